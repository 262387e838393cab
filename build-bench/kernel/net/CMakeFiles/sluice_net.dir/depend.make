# Empty dependencies file for sluice_net.
# This may be replaced when dependencies are built.
