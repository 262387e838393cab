# Empty compiler generated dependencies file for sluice-bench-probe.
# This may be replaced when dependencies are built.
