file(REMOVE_RECURSE
  "libsluice_kernel.a"
)
