# Empty compiler generated dependencies file for sluice-mock-upstream.
# This may be replaced when dependencies are built.
