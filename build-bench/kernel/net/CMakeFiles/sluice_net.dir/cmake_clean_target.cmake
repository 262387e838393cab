file(REMOVE_RECURSE
  "libsluice_net.a"
)
