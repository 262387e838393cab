# Empty compiler generated dependencies file for provider-mock.
# This may be replaced when dependencies are built.
