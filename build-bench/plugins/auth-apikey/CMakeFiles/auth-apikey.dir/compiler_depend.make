# Empty compiler generated dependencies file for auth-apikey.
# This may be replaced when dependencies are built.
