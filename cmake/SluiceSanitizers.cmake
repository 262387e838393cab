# Build options that change how every target is compiled and linked; included before the
# dependencies and before any target, so that the kernel, the plugins (MODULE libraries the
# kernel loads with dlopen), the test plugins and the tests all get the same flags.
#
#   SLUICE_USE_MIMALLOC  link mimalloc as the `sluice` binary's allocator (default ON)
#   SLUICE_SANITIZE      sanitizers to build everything with, as -fsanitize= takes them:
#                        "address,undefined" (ON means that), "thread", ...; empty = none.
#                        Sanitizers bring their own allocator, so mimalloc is left out.
#
# tools/test.sh --sanitize builds build-asan with SLUICE_SANITIZE=address,undefined.

option(SLUICE_USE_MIMALLOC "Link mimalloc as the allocator of the sluice binary" ON)
set(SLUICE_SANITIZE "" CACHE STRING "Sanitizers for every target, e.g. address,undefined (empty: none)")

if(SLUICE_SANITIZE)
  set(sanitizers ${SLUICE_SANITIZE})
  if(sanitizers MATCHES "^(ON|On|on|TRUE|True|true|YES|Yes|yes|1)$")
    set(sanitizers address,undefined)
  endif()
  add_compile_options(-fsanitize=${sanitizers} -fno-omit-frame-pointer)
  # A UBSan finding stops the process (and so fails the test) instead of printing and going on.
  # Without UBSan's vptr check: it needs the typeinfo of every polymorphic class it meets, and
  # Debian's libsoci does not export its backends' (the link fails), nor do plugins, whose
  # symbols are hidden.
  if(sanitizers MATCHES "undefined")
    add_compile_options(-fno-sanitize-recover=undefined -fno-sanitize=vptr)
  endif()
  add_link_options(-fsanitize=${sanitizers})
  if(SLUICE_USE_MIMALLOC)
    message(STATUS "SLUICE_SANITIZE=${sanitizers}: mimalloc left out (the sanitizers replace malloc)")
    # A normal variable, so the cached choice is back once SLUICE_SANITIZE is cleared.
    set(SLUICE_USE_MIMALLOC OFF)
  endif()
  unset(sanitizers)
endif()
