# Empty dependencies file for sluice_kernel.
# This may be replaced when dependencies are built.
