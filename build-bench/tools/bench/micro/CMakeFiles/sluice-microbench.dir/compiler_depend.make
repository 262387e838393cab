# Empty compiler generated dependencies file for sluice-microbench.
# This may be replaced when dependencies are built.
