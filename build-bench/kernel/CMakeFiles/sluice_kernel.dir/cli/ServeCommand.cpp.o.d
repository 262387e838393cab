kernel/CMakeFiles/sluice_kernel.dir/cli/ServeCommand.cpp.o: \
 /work/main/kernel/cli/ServeCommand.cpp /usr/include/stdc-predef.h \
 /work/main/kernel/cli/ServeCommand.h /work/main/kernel/cli/Command.h \
 /usr/include/c++/12/map /usr/include/c++/12/bits/stl_tree.h \
 /usr/include/c++/12/bits/stl_algobase.h \
 /usr/include/x86_64-linux-gnu/c++/12/bits/c++config.h \
 /usr/include/x86_64-linux-gnu/c++/12/bits/os_defines.h \
 /usr/include/features.h /usr/include/features-time64.h \
 /usr/include/x86_64-linux-gnu/bits/wordsize.h \
 /usr/include/x86_64-linux-gnu/bits/timesize.h \
 /usr/include/x86_64-linux-gnu/sys/cdefs.h \
 /usr/include/x86_64-linux-gnu/bits/long-double.h \
 /usr/include/x86_64-linux-gnu/gnu/stubs.h \
 /usr/include/x86_64-linux-gnu/gnu/stubs-64.h \
 /usr/include/x86_64-linux-gnu/c++/12/bits/cpu_defines.h \
 /usr/include/c++/12/pstl/pstl_config.h \
 /usr/include/c++/12/bits/functexcept.h \
 /usr/include/c++/12/bits/exception_defines.h \
 /usr/include/c++/12/bits/cpp_type_traits.h \
 /usr/include/c++/12/ext/type_traits.h \
 /usr/include/c++/12/ext/numeric_traits.h \
 /usr/include/c++/12/bits/stl_pair.h /usr/include/c++/12/type_traits \
 /usr/include/c++/12/bits/move.h /usr/include/c++/12/bits/utility.h \
 /usr/include/c++/12/compare /usr/include/c++/12/concepts \
 /usr/include/c++/12/bits/stl_iterator_base_types.h \
 /usr/include/c++/12/bits/iterator_concepts.h \
 /usr/include/c++/12/bits/ptr_traits.h \
 /usr/include/c++/12/bits/ranges_cmp.h \
 /usr/include/c++/12/bits/stl_iterator_base_funcs.h \
 /usr/include/c++/12/bits/concept_check.h \
 /usr/include/c++/12/debug/assertions.h \
 /usr/include/c++/12/bits/stl_iterator.h /usr/include/c++/12/new \
 /usr/include/c++/12/bits/exception.h \
 /usr/include/c++/12/bits/stl_construct.h \
 /usr/include/c++/12/debug/debug.h \
 /usr/include/c++/12/bits/predefined_ops.h \
 /usr/include/c++/12/bits/allocator.h \
 /usr/include/x86_64-linux-gnu/c++/12/bits/c++allocator.h \
 /usr/include/c++/12/bits/new_allocator.h \
 /usr/include/c++/12/bits/memoryfwd.h \
 /usr/include/c++/12/bits/stl_function.h \
 /usr/include/c++/12/backward/binders.h \
 /usr/include/c++/12/ext/alloc_traits.h \
 /usr/include/c++/12/bits/alloc_traits.h \
 /usr/include/c++/12/ext/aligned_buffer.h \
 /usr/include/c++/12/bits/node_handle.h \
 /usr/include/c++/12/bits/stl_map.h /usr/include/c++/12/initializer_list \
 /usr/include/c++/12/tuple /usr/include/c++/12/bits/uses_allocator.h \
 /usr/include/c++/12/bits/invoke.h \
 /usr/include/c++/12/bits/stl_multimap.h \
 /usr/include/c++/12/bits/range_access.h \
 /usr/include/c++/12/bits/erase_if.h /usr/include/c++/12/ostream \
 /usr/include/c++/12/ios /usr/include/c++/12/iosfwd \
 /usr/include/c++/12/bits/stringfwd.h /usr/include/c++/12/bits/postypes.h \
 /usr/include/c++/12/cwchar /usr/include/wchar.h \
 /usr/include/x86_64-linux-gnu/bits/libc-header-start.h \
 /usr/include/x86_64-linux-gnu/bits/floatn.h \
 /usr/include/x86_64-linux-gnu/bits/floatn-common.h \
 /usr/lib/gcc/x86_64-linux-gnu/12/include/stddef.h \
 /usr/lib/gcc/x86_64-linux-gnu/12/include/stdarg.h \
 /usr/include/x86_64-linux-gnu/bits/wchar.h \
 /usr/include/x86_64-linux-gnu/bits/types/wint_t.h \
 /usr/include/x86_64-linux-gnu/bits/types/mbstate_t.h \
 /usr/include/x86_64-linux-gnu/bits/types/__mbstate_t.h \
 /usr/include/x86_64-linux-gnu/bits/types/__FILE.h \
 /usr/include/x86_64-linux-gnu/bits/types/FILE.h \
 /usr/include/x86_64-linux-gnu/bits/types/locale_t.h \
 /usr/include/x86_64-linux-gnu/bits/types/__locale_t.h \
 /usr/include/c++/12/exception /usr/include/c++/12/bits/exception_ptr.h \
 /usr/include/c++/12/bits/cxxabi_init_exception.h \
 /usr/include/c++/12/typeinfo /usr/include/c++/12/bits/hash_bytes.h \
 /usr/include/c++/12/bits/nested_exception.h \
 /usr/include/c++/12/bits/char_traits.h /usr/include/c++/12/cstdint \
 /usr/lib/gcc/x86_64-linux-gnu/12/include/stdint.h /usr/include/stdint.h \
 /usr/include/x86_64-linux-gnu/bits/types.h \
 /usr/include/x86_64-linux-gnu/bits/typesizes.h \
 /usr/include/x86_64-linux-gnu/bits/time64.h \
 /usr/include/x86_64-linux-gnu/bits/stdint-intn.h \
 /usr/include/x86_64-linux-gnu/bits/stdint-uintn.h \
 /usr/include/c++/12/bits/localefwd.h \
 /usr/include/x86_64-linux-gnu/c++/12/bits/c++locale.h \
 /usr/include/c++/12/clocale /usr/include/locale.h \
 /usr/include/x86_64-linux-gnu/bits/locale.h /usr/include/c++/12/cctype \
 /usr/include/ctype.h /usr/include/x86_64-linux-gnu/bits/endian.h \
 /usr/include/x86_64-linux-gnu/bits/endianness.h \
 /usr/include/c++/12/bits/ios_base.h /usr/include/c++/12/ext/atomicity.h \
 /usr/include/x86_64-linux-gnu/c++/12/bits/gthr.h \
 /usr/include/x86_64-linux-gnu/c++/12/bits/gthr-default.h \
 /usr/include/pthread.h /usr/include/sched.h \
 /usr/include/x86_64-linux-gnu/bits/types/time_t.h \
 /usr/include/x86_64-linux-gnu/bits/types/struct_timespec.h \
 /usr/include/x86_64-linux-gnu/bits/sched.h \
 /usr/include/x86_64-linux-gnu/bits/types/struct_sched_param.h \
 /usr/include/x86_64-linux-gnu/bits/cpu-set.h /usr/include/time.h \
 /usr/include/x86_64-linux-gnu/bits/time.h \
 /usr/include/x86_64-linux-gnu/bits/timex.h \
 /usr/include/x86_64-linux-gnu/bits/types/struct_timeval.h \
 /usr/include/x86_64-linux-gnu/bits/types/clock_t.h \
 /usr/include/x86_64-linux-gnu/bits/types/struct_tm.h \
 /usr/include/x86_64-linux-gnu/bits/types/clockid_t.h \
 /usr/include/x86_64-linux-gnu/bits/types/timer_t.h \
 /usr/include/x86_64-linux-gnu/bits/types/struct_itimerspec.h \
 /usr/include/x86_64-linux-gnu/bits/pthreadtypes.h \
 /usr/include/x86_64-linux-gnu/bits/thread-shared-types.h \
 /usr/include/x86_64-linux-gnu/bits/pthreadtypes-arch.h \
 /usr/include/x86_64-linux-gnu/bits/atomic_wide_counter.h \
 /usr/include/x86_64-linux-gnu/bits/struct_mutex.h \
 /usr/include/x86_64-linux-gnu/bits/struct_rwlock.h \
 /usr/include/x86_64-linux-gnu/bits/setjmp.h \
 /usr/include/x86_64-linux-gnu/bits/types/__sigset_t.h \
 /usr/include/x86_64-linux-gnu/bits/types/struct___jmp_buf_tag.h \
 /usr/include/x86_64-linux-gnu/bits/pthread_stack_min-dynamic.h \
 /usr/include/x86_64-linux-gnu/c++/12/bits/atomic_word.h \
 /usr/include/x86_64-linux-gnu/sys/single_threaded.h \
 /usr/include/c++/12/bits/locale_classes.h /usr/include/c++/12/string \
 /usr/include/c++/12/bits/ostream_insert.h \
 /usr/include/c++/12/bits/cxxabi_forced.h \
 /usr/include/c++/12/bits/refwrap.h \
 /usr/include/c++/12/bits/basic_string.h /usr/include/c++/12/string_view \
 /usr/include/c++/12/bits/functional_hash.h \
 /usr/include/c++/12/bits/ranges_base.h \
 /usr/include/c++/12/bits/max_size_type.h /usr/include/c++/12/numbers \
 /usr/include/c++/12/bits/string_view.tcc \
 /usr/include/c++/12/ext/string_conversions.h /usr/include/c++/12/cstdlib \
 /usr/include/stdlib.h /usr/include/x86_64-linux-gnu/bits/waitflags.h \
 /usr/include/x86_64-linux-gnu/bits/waitstatus.h \
 /usr/include/x86_64-linux-gnu/sys/types.h /usr/include/endian.h \
 /usr/include/x86_64-linux-gnu/bits/byteswap.h \
 /usr/include/x86_64-linux-gnu/bits/uintn-identity.h \
 /usr/include/x86_64-linux-gnu/sys/select.h \
 /usr/include/x86_64-linux-gnu/bits/select.h \
 /usr/include/x86_64-linux-gnu/bits/types/sigset_t.h \
 /usr/include/alloca.h \
 /usr/include/x86_64-linux-gnu/bits/stdlib-bsearch.h \
 /usr/include/x86_64-linux-gnu/bits/stdlib-float.h \
 /usr/include/c++/12/bits/std_abs.h /usr/include/c++/12/cstdio \
 /usr/include/stdio.h /usr/include/x86_64-linux-gnu/bits/types/__fpos_t.h \
 /usr/include/x86_64-linux-gnu/bits/types/__fpos64_t.h \
 /usr/include/x86_64-linux-gnu/bits/types/struct_FILE.h \
 /usr/include/x86_64-linux-gnu/bits/types/cookie_io_functions_t.h \
 /usr/include/x86_64-linux-gnu/bits/stdio_lim.h \
 /usr/include/x86_64-linux-gnu/bits/stdio.h /usr/include/c++/12/cerrno \
 /usr/include/errno.h /usr/include/x86_64-linux-gnu/bits/errno.h \
 /usr/include/linux/errno.h /usr/include/x86_64-linux-gnu/asm/errno.h \
 /usr/include/asm-generic/errno.h /usr/include/asm-generic/errno-base.h \
 /usr/include/x86_64-linux-gnu/bits/types/error_t.h \
 /usr/include/c++/12/bits/charconv.h \
 /usr/include/c++/12/bits/basic_string.tcc \
 /usr/include/c++/12/bits/locale_classes.tcc \
 /usr/include/c++/12/system_error \
 /usr/include/x86_64-linux-gnu/c++/12/bits/error_constants.h \
 /usr/include/c++/12/stdexcept /usr/include/c++/12/streambuf \
 /usr/include/c++/12/bits/streambuf.tcc \
 /usr/include/c++/12/bits/basic_ios.h \
 /usr/include/c++/12/bits/locale_facets.h /usr/include/c++/12/cwctype \
 /usr/include/wctype.h /usr/include/x86_64-linux-gnu/bits/wctype-wchar.h \
 /usr/include/x86_64-linux-gnu/c++/12/bits/ctype_base.h \
 /usr/include/c++/12/bits/streambuf_iterator.h \
 /usr/include/x86_64-linux-gnu/c++/12/bits/ctype_inline.h \
 /usr/include/c++/12/bits/locale_facets.tcc \
 /usr/include/c++/12/bits/basic_ios.tcc \
 /usr/include/c++/12/bits/ostream.tcc /usr/include/c++/12/vector \
 /usr/include/c++/12/bits/stl_uninitialized.h \
 /usr/include/c++/12/bits/stl_vector.h \
 /usr/include/c++/12/bits/stl_bvector.h \
 /usr/include/c++/12/bits/vector.tcc /work/main/kernel/app/Gateway.h \
 /work/main/kernel/admin/AdminEndpoints.h /work/main/kernel/http/Router.h \
 /work/main/kernel/http/RequestContext.h \
 /work/main/kernel/http/ApiError.h /work/main/kernel/net/HttpMessage.h \
 /usr/include/c++/12/utility /usr/include/c++/12/bits/stl_relops.h \
 /work/main/kernel/net/ResponseChannel.h \
 /work/main/kernel/net/EventLoop.h /usr/include/c++/12/chrono \
 /usr/include/c++/12/bits/chrono.h /usr/include/c++/12/ratio \
 /usr/include/c++/12/limits /usr/include/c++/12/ctime \
 /usr/include/c++/12/bits/parse_numbers.h /usr/include/c++/12/sstream \
 /usr/include/c++/12/istream /usr/include/c++/12/bits/istream.tcc \
 /usr/include/c++/12/bits/sstream.tcc /usr/include/c++/12/functional \
 /usr/include/c++/12/bits/std_function.h \
 /usr/include/c++/12/unordered_map /usr/include/c++/12/bits/hashtable.h \
 /usr/include/c++/12/bits/hashtable_policy.h \
 /usr/include/c++/12/bits/enable_special_members.h \
 /usr/include/c++/12/bits/unordered_map.h /usr/include/c++/12/array \
 /usr/include/c++/12/bits/stl_algo.h \
 /usr/include/c++/12/bits/algorithmfwd.h \
 /usr/include/c++/12/bits/stl_heap.h \
 /usr/include/c++/12/bits/stl_tempbuf.h \
 /usr/include/c++/12/bits/uniform_int_dist.h /usr/include/c++/12/memory \
 /usr/include/c++/12/bits/stl_raw_storage_iter.h \
 /usr/include/c++/12/bits/align.h /usr/include/c++/12/bit \
 /usr/include/c++/12/bits/unique_ptr.h \
 /usr/include/c++/12/bits/shared_ptr.h \
 /usr/include/c++/12/bits/shared_ptr_base.h \
 /usr/include/c++/12/bits/allocated_ptr.h \
 /usr/include/c++/12/ext/concurrence.h \
 /usr/include/c++/12/bits/shared_ptr_atomic.h \
 /usr/include/c++/12/bits/atomic_base.h \
 /usr/include/c++/12/bits/atomic_lockfree_defines.h \
 /usr/include/c++/12/bits/atomic_wait.h /usr/include/c++/12/climits \
 /usr/lib/gcc/x86_64-linux-gnu/12/include/limits.h \
 /usr/lib/gcc/x86_64-linux-gnu/12/include/syslimits.h \
 /usr/include/limits.h /usr/include/x86_64-linux-gnu/bits/posix1_lim.h \
 /usr/include/x86_64-linux-gnu/bits/local_lim.h \
 /usr/include/linux/limits.h \
 /usr/include/x86_64-linux-gnu/bits/posix2_lim.h \
 /usr/include/x86_64-linux-gnu/bits/xopen_lim.h \
 /usr/include/x86_64-linux-gnu/bits/uio_lim.h /usr/include/unistd.h \
 /usr/include/x86_64-linux-gnu/bits/posix_opt.h \
 /usr/include/x86_64-linux-gnu/bits/environments.h \
 /usr/include/x86_64-linux-gnu/bits/confname.h \
 /usr/include/x86_64-linux-gnu/bits/getopt_posix.h \
 /usr/include/x86_64-linux-gnu/bits/getopt_core.h \
 /usr/include/x86_64-linux-gnu/bits/unistd_ext.h \
 /usr/include/linux/close_range.h /usr/include/syscall.h \
 /usr/include/x86_64-linux-gnu/sys/syscall.h \
 /usr/include/x86_64-linux-gnu/asm/unistd.h \
 /usr/include/x86_64-linux-gnu/asm/unistd_64.h \
 /usr/include/x86_64-linux-gnu/bits/syscall.h \
 /usr/include/c++/12/bits/std_mutex.h \
 /usr/include/c++/12/backward/auto_ptr.h \
 /usr/include/c++/12/bits/ranges_uninitialized.h \
 /usr/include/c++/12/bits/ranges_algobase.h \
 /usr/include/c++/12/bits/uses_allocator_args.h \
 /usr/include/c++/12/pstl/glue_memory_defs.h \
 /usr/include/c++/12/pstl/execution_defs.h /usr/include/c++/12/mutex \
 /usr/include/c++/12/bits/unique_lock.h \
 /work/main/kernel/plugins/PluginHost.h \
 /work/main/kernel/plugins/AuthPlugin.h \
 /work/main/kernel/plugins/PluginManifest.h \
 /work/main/sdk/include/sluice/abi.h \
 /work/main/kernel/plugins/ProviderPlugin.h \
 /work/main/kernel/plugins/HostServices.h /usr/include/Poco/Logger.h \
 /usr/include/Poco/Foundation.h /usr/include/Poco/Config.h \
 /usr/include/Poco/Platform.h /usr/include/Poco/Platform_POSIX.h \
 /usr/include/Poco/Alignment.h /usr/include/Poco/Bugcheck.h \
 /usr/include/Poco/Types.h /usr/include/Poco/Channel.h \
 /usr/include/Poco/Configurable.h /usr/include/Poco/Mutex.h \
 /usr/include/Poco/Exception.h /usr/include/Poco/ScopedLock.h \
 /usr/include/Poco/Timestamp.h /usr/include/c++/12/atomic \
 /usr/include/Poco/Mutex_POSIX.h /usr/include/Poco/RefCountedObject.h \
 /usr/include/Poco/AtomicCounter.h /usr/include/Poco/AutoPtr.h \
 /usr/include/c++/12/algorithm /usr/include/c++/12/bits/ranges_algo.h \
 /usr/include/c++/12/bits/ranges_util.h \
 /usr/include/c++/12/pstl/glue_algorithm_defs.h \
 /usr/include/c++/12/cstddef /usr/include/Poco/Message.h \
 /usr/include/Poco/Format.h /usr/include/Poco/Any.h \
 /usr/include/Poco/MetaProgramming.h /usr/include/c++/12/cstring \
 /usr/include/string.h /usr/include/strings.h \
 /work/main/kernel/plugins/PluginRecord.h \
 /usr/include/boost/dll/shared_library.hpp \
 /usr/include/boost/dll/config.hpp /usr/include/boost/config.hpp \
 /usr/include/boost/config/user.hpp \
 /usr/include/boost/config/detail/select_compiler_config.hpp \
 /usr/include/boost/config/compiler/gcc.hpp \
 /usr/include/boost/config/detail/select_stdlib_config.hpp \
 /usr/include/c++/12/version \
 /usr/include/boost/config/stdlib/libstdcpp3.hpp \
 /usr/include/boost/config/detail/select_platform_config.hpp \
 /usr/include/boost/config/platform/linux.hpp \
 /usr/include/boost/config/detail/posix_features.hpp \
 /usr/include/boost/config/detail/suffix.hpp \
 /usr/include/boost/config/helper_macros.hpp \
 /usr/include/boost/filesystem/path.hpp /usr/include/boost/assert.hpp \
 /usr/include/assert.h /usr/include/boost/filesystem/config.hpp \
 /usr/include/boost/system/api_config.hpp \
 /usr/include/boost/detail/workaround.hpp \
 /usr/include/boost/config/workaround.hpp \
 /usr/include/boost/filesystem/path_traits.hpp \
 /usr/include/boost/type_traits/is_array.hpp \
 /usr/include/boost/type_traits/integral_constant.hpp \
 /usr/include/boost/type_traits/decay.hpp \
 /usr/include/boost/type_traits/is_function.hpp \
 /usr/include/boost/type_traits/detail/config.hpp \
 /usr/include/boost/version.hpp \
 /usr/include/boost/type_traits/detail/is_function_cxx_11.hpp \
 /usr/include/boost/type_traits/remove_bounds.hpp \
 /usr/include/boost/type_traits/remove_extent.hpp \
 /usr/include/boost/type_traits/add_pointer.hpp \
 /usr/include/boost/type_traits/remove_reference.hpp \
 /usr/include/boost/type_traits/remove_cv.hpp \
 /usr/include/boost/system/error_code.hpp \
 /usr/include/boost/system/detail/config.hpp \
 /usr/include/boost/cstdint.hpp /usr/include/boost/cerrno.hpp \
 /usr/include/boost/system/detail/generic_category.hpp \
 /usr/include/boost/system/detail/system_category_posix.hpp \
 /usr/include/boost/system/detail/std_interoperability.hpp \
 /usr/include/boost/core/enable_if.hpp /usr/include/c++/12/list \
 /usr/include/c++/12/bits/stl_list.h /usr/include/c++/12/bits/list.tcc \
 /usr/include/c++/12/iterator /usr/include/c++/12/bits/stream_iterator.h \
 /usr/include/c++/12/locale \
 /usr/include/c++/12/bits/locale_facets_nonio.h \
 /usr/include/x86_64-linux-gnu/c++/12/bits/time_members.h \
 /usr/include/x86_64-linux-gnu/c++/12/bits/messages_members.h \
 /usr/include/libintl.h /usr/include/c++/12/bits/codecvt.h \
 /usr/include/c++/12/bits/locale_facets_nonio.tcc \
 /usr/include/c++/12/bits/locale_conv.h \
 /usr/include/boost/config/abi_prefix.hpp \
 /usr/include/boost/config/abi_suffix.hpp \
 /usr/include/boost/system/system_error.hpp /usr/include/c++/12/cassert \
 /usr/include/boost/iterator/iterator_facade.hpp \
 /usr/include/boost/iterator/interoperable.hpp \
 /usr/include/boost/mpl/bool.hpp /usr/include/boost/mpl/bool_fwd.hpp \
 /usr/include/boost/mpl/aux_/adl_barrier.hpp \
 /usr/include/boost/mpl/aux_/config/adl.hpp \
 /usr/include/boost/mpl/aux_/config/msvc.hpp \
 /usr/include/boost/mpl/aux_/config/intel.hpp \
 /usr/include/boost/mpl/aux_/config/gcc.hpp \
 /usr/include/boost/mpl/aux_/config/workaround.hpp \
 /usr/include/boost/mpl/integral_c_tag.hpp \
 /usr/include/boost/mpl/aux_/config/static_constant.hpp \
 /usr/include/boost/mpl/or.hpp \
 /usr/include/boost/mpl/aux_/config/use_preprocessed.hpp \
 /usr/include/boost/mpl/aux_/nested_type_wknd.hpp \
 /usr/include/boost/mpl/aux_/na_spec.hpp \
 /usr/include/boost/mpl/lambda_fwd.hpp \
 /usr/include/boost/mpl/void_fwd.hpp /usr/include/boost/mpl/aux_/na.hpp \
 /usr/include/boost/mpl/aux_/na_fwd.hpp \
 /usr/include/boost/mpl/aux_/config/ctps.hpp \
 /usr/include/boost/mpl/aux_/config/lambda.hpp \
 /usr/include/boost/mpl/aux_/config/ttp.hpp \
 /usr/include/boost/mpl/int.hpp /usr/include/boost/mpl/int_fwd.hpp \
 /usr/include/boost/mpl/aux_/nttp_decl.hpp \
 /usr/include/boost/mpl/aux_/config/nttp.hpp \
 /usr/include/boost/mpl/aux_/integral_wrapper.hpp \
 /usr/include/boost/mpl/aux_/static_cast.hpp \
 /usr/include/boost/preprocessor/cat.hpp \
 /usr/include/boost/preprocessor/config/config.hpp \
 /usr/include/boost/mpl/aux_/lambda_arity_param.hpp \
 /usr/include/boost/mpl/aux_/template_arity_fwd.hpp \
 /usr/include/boost/mpl/aux_/arity.hpp \
 /usr/include/boost/mpl/aux_/config/dtp.hpp \
 /usr/include/boost/mpl/aux_/preprocessor/params.hpp \
 /usr/include/boost/mpl/aux_/config/preprocessor.hpp \
 /usr/include/boost/preprocessor/comma_if.hpp \
 /usr/include/boost/preprocessor/punctuation/comma_if.hpp \
 /usr/include/boost/preprocessor/control/if.hpp \
 /usr/include/boost/preprocessor/control/iif.hpp \
 /usr/include/boost/preprocessor/logical/bool.hpp \
 /usr/include/boost/preprocessor/facilities/empty.hpp \
 /usr/include/boost/preprocessor/punctuation/comma.hpp \
 /usr/include/boost/preprocessor/repeat.hpp \
 /usr/include/boost/preprocessor/repetition/repeat.hpp \
 /usr/include/boost/preprocessor/debug/error.hpp \
 /usr/include/boost/preprocessor/detail/auto_rec.hpp \
 /usr/include/boost/preprocessor/tuple/eat.hpp \
 /usr/include/boost/preprocessor/inc.hpp \
 /usr/include/boost/preprocessor/arithmetic/inc.hpp \
 /usr/include/boost/mpl/aux_/preprocessor/enum.hpp \
 /usr/include/boost/mpl/aux_/preprocessor/def_params_tail.hpp \
 /usr/include/boost/mpl/limits/arity.hpp \
 /usr/include/boost/preprocessor/logical/and.hpp \
 /usr/include/boost/preprocessor/logical/bitand.hpp \
 /usr/include/boost/preprocessor/identity.hpp \
 /usr/include/boost/preprocessor/facilities/identity.hpp \
 /usr/include/boost/preprocessor/empty.hpp \
 /usr/include/boost/preprocessor/arithmetic/add.hpp \
 /usr/include/boost/preprocessor/arithmetic/dec.hpp \
 /usr/include/boost/preprocessor/control/while.hpp \
 /usr/include/boost/preprocessor/list/fold_left.hpp \
 /usr/include/boost/preprocessor/list/detail/fold_left.hpp \
 /usr/include/boost/preprocessor/control/expr_iif.hpp \
 /usr/include/boost/preprocessor/list/adt.hpp \
 /usr/include/boost/preprocessor/detail/is_binary.hpp \
 /usr/include/boost/preprocessor/detail/check.hpp \
 /usr/include/boost/preprocessor/logical/compl.hpp \
 /usr/include/boost/preprocessor/list/fold_right.hpp \
 /usr/include/boost/preprocessor/list/detail/fold_right.hpp \
 /usr/include/boost/preprocessor/list/reverse.hpp \
 /usr/include/boost/preprocessor/control/detail/while.hpp \
 /usr/include/boost/preprocessor/tuple/elem.hpp \
 /usr/include/boost/preprocessor/facilities/expand.hpp \
 /usr/include/boost/preprocessor/facilities/overload.hpp \
 /usr/include/boost/preprocessor/variadic/size.hpp \
 /usr/include/boost/preprocessor/tuple/rem.hpp \
 /usr/include/boost/preprocessor/tuple/detail/is_single_return.hpp \
 /usr/include/boost/preprocessor/variadic/elem.hpp \
 /usr/include/boost/preprocessor/arithmetic/sub.hpp \
 /usr/include/boost/mpl/aux_/config/eti.hpp \
 /usr/include/boost/mpl/aux_/config/overload_resolution.hpp \
 /usr/include/boost/mpl/aux_/lambda_support.hpp \
 /usr/include/boost/mpl/aux_/include_preprocessed.hpp \
 /usr/include/boost/mpl/aux_/config/compiler.hpp \
 /usr/include/boost/preprocessor/stringize.hpp \
 /usr/include/boost/mpl/aux_/preprocessed/gcc/or.hpp \
 /usr/include/boost/type_traits/is_convertible.hpp \
 /usr/include/boost/type_traits/intrinsics.hpp \
 /usr/include/boost/type_traits/is_complete.hpp \
 /usr/include/boost/type_traits/declval.hpp \
 /usr/include/boost/type_traits/add_rvalue_reference.hpp \
 /usr/include/boost/type_traits/is_void.hpp \
 /usr/include/boost/type_traits/is_reference.hpp \
 /usr/include/boost/type_traits/is_lvalue_reference.hpp \
 /usr/include/boost/type_traits/is_rvalue_reference.hpp \
 /usr/include/boost/type_traits/detail/yes_no_type.hpp \
 /usr/include/boost/static_assert.hpp \
 /usr/include/boost/type_traits/is_arithmetic.hpp \
 /usr/include/boost/type_traits/is_integral.hpp \
 /usr/include/boost/type_traits/is_floating_point.hpp \
 /usr/include/boost/type_traits/is_abstract.hpp \
 /usr/include/boost/type_traits/add_lvalue_reference.hpp \
 /usr/include/boost/type_traits/add_reference.hpp \
 /usr/include/boost/iterator/detail/config_def.hpp \
 /usr/include/boost/iterator/detail/config_undef.hpp \
 /usr/include/boost/iterator/iterator_traits.hpp \
 /usr/include/boost/iterator/iterator_categories.hpp \
 /usr/include/boost/mpl/eval_if.hpp /usr/include/boost/mpl/if.hpp \
 /usr/include/boost/mpl/aux_/value_wknd.hpp \
 /usr/include/boost/mpl/aux_/config/integral.hpp \
 /usr/include/boost/mpl/identity.hpp \
 /usr/include/boost/mpl/placeholders.hpp /usr/include/boost/mpl/arg.hpp \
 /usr/include/boost/mpl/arg_fwd.hpp \
 /usr/include/boost/mpl/aux_/na_assert.hpp \
 /usr/include/boost/mpl/assert.hpp /usr/include/boost/mpl/not.hpp \
 /usr/include/boost/mpl/aux_/yes_no.hpp \
 /usr/include/boost/mpl/aux_/config/arrays.hpp \
 /usr/include/boost/mpl/aux_/config/gpu.hpp \
 /usr/include/boost/mpl/aux_/config/pp_counter.hpp \
 /usr/include/boost/mpl/aux_/arity_spec.hpp \
 /usr/include/boost/mpl/aux_/arg_typedef.hpp \
 /usr/include/boost/mpl/aux_/preprocessed/gcc/arg.hpp \
 /usr/include/boost/mpl/aux_/preprocessed/gcc/placeholders.hpp \
 /usr/include/boost/iterator/detail/facade_iterator_category.hpp \
 /usr/include/boost/core/use_default.hpp /usr/include/boost/mpl/and.hpp \
 /usr/include/boost/mpl/aux_/preprocessed/gcc/and.hpp \
 /usr/include/boost/type_traits/is_same.hpp \
 /usr/include/boost/type_traits/is_const.hpp \
 /usr/include/boost/detail/indirect_traits.hpp \
 /usr/include/boost/type_traits/is_pointer.hpp \
 /usr/include/boost/type_traits/is_class.hpp \
 /usr/include/boost/type_traits/is_volatile.hpp \
 /usr/include/boost/type_traits/is_member_function_pointer.hpp \
 /usr/include/boost/type_traits/detail/is_member_function_pointer_cxx_11.hpp \
 /usr/include/boost/type_traits/is_member_pointer.hpp \
 /usr/include/boost/type_traits/remove_pointer.hpp \
 /usr/include/boost/detail/select_type.hpp \
 /usr/include/boost/iterator/detail/enable_if.hpp \
 /usr/include/boost/core/addressof.hpp \
 /usr/include/boost/type_traits/add_const.hpp \
 /usr/include/boost/type_traits/remove_const.hpp \
 /usr/include/boost/type_traits/is_pod.hpp \
 /usr/include/boost/type_traits/is_scalar.hpp \
 /usr/include/boost/type_traits/is_enum.hpp \
 /usr/include/boost/mpl/always.hpp \
 /usr/include/boost/mpl/aux_/preprocessor/default_params.hpp \
 /usr/include/boost/mpl/apply.hpp /usr/include/boost/mpl/apply_fwd.hpp \
 /usr/include/boost/mpl/aux_/preprocessed/gcc/apply_fwd.hpp \
 /usr/include/boost/mpl/apply_wrap.hpp \
 /usr/include/boost/mpl/aux_/has_apply.hpp \
 /usr/include/boost/mpl/has_xxx.hpp \
 /usr/include/boost/mpl/aux_/type_wrapper.hpp \
 /usr/include/boost/mpl/aux_/config/has_xxx.hpp \
 /usr/include/boost/mpl/aux_/config/msvc_typename.hpp \
 /usr/include/boost/preprocessor/array/elem.hpp \
 /usr/include/boost/preprocessor/array/data.hpp \
 /usr/include/boost/preprocessor/array/size.hpp \
 /usr/include/boost/preprocessor/repetition/enum_params.hpp \
 /usr/include/boost/preprocessor/repetition/enum_trailing_params.hpp \
 /usr/include/boost/mpl/aux_/config/has_apply.hpp \
 /usr/include/boost/mpl/aux_/msvc_never_true.hpp \
 /usr/include/boost/mpl/aux_/preprocessed/gcc/apply_wrap.hpp \
 /usr/include/boost/mpl/lambda.hpp /usr/include/boost/mpl/bind.hpp \
 /usr/include/boost/mpl/bind_fwd.hpp \
 /usr/include/boost/mpl/aux_/config/bind.hpp \
 /usr/include/boost/mpl/aux_/preprocessed/gcc/bind_fwd.hpp \
 /usr/include/boost/mpl/next.hpp /usr/include/boost/mpl/next_prior.hpp \
 /usr/include/boost/mpl/aux_/common_name_wknd.hpp \
 /usr/include/boost/mpl/protect.hpp \
 /usr/include/boost/mpl/aux_/preprocessed/gcc/bind.hpp \
 /usr/include/boost/mpl/aux_/full_lambda.hpp \
 /usr/include/boost/mpl/quote.hpp /usr/include/boost/mpl/void.hpp \
 /usr/include/boost/mpl/aux_/has_type.hpp \
 /usr/include/boost/mpl/aux_/config/bcc.hpp \
 /usr/include/boost/mpl/aux_/preprocessed/gcc/quote.hpp \
 /usr/include/boost/mpl/aux_/template_arity.hpp \
 /usr/include/boost/mpl/aux_/preprocessed/gcc/template_arity.hpp \
 /usr/include/boost/mpl/aux_/preprocessed/gcc/full_lambda.hpp \
 /usr/include/boost/mpl/aux_/preprocessed/gcc/apply.hpp \
 /usr/include/boost/io/quoted.hpp \
 /usr/include/boost/io/detail/buffer_fill.hpp \
 /usr/include/boost/io/detail/ostream_guard.hpp \
 /usr/include/boost/io/ios_state.hpp /usr/include/boost/io_fwd.hpp \
 /usr/include/boost/functional/hash_fwd.hpp \
 /usr/include/boost/container_hash/hash_fwd.hpp \
 /usr/include/boost/filesystem/operations.hpp \
 /usr/include/boost/filesystem/file_status.hpp \
 /usr/include/boost/detail/bitmask.hpp \
 /usr/include/boost/filesystem/exception.hpp \
 /usr/include/boost/smart_ptr/intrusive_ptr.hpp \
 /usr/include/boost/smart_ptr/detail/sp_convertible.hpp \
 /usr/include/boost/smart_ptr/detail/sp_nullptr_t.hpp \
 /usr/include/boost/smart_ptr/detail/sp_noexcept.hpp \
 /usr/include/boost/config/no_tr1/functional.hpp \
 /usr/include/boost/smart_ptr/detail/operator_bool.hpp \
 /usr/include/boost/smart_ptr/intrusive_ref_counter.hpp \
 /usr/include/boost/smart_ptr/detail/atomic_count.hpp \
 /usr/include/boost/smart_ptr/detail/sp_has_gcc_intrinsics.hpp \
 /usr/include/boost/smart_ptr/detail/sp_has_sync_intrinsics.hpp \
 /usr/include/boost/smart_ptr/detail/atomic_count_gcc_atomic.hpp \
 /usr/include/boost/filesystem/directory.hpp \
 /usr/include/boost/core/scoped_enum.hpp /usr/include/boost/predef/os.h \
 /usr/include/boost/predef/os/aix.h \
 /usr/include/boost/predef/version_number.h \
 /usr/include/boost/predef/make.h /usr/include/boost/predef/detail/test.h \
 /usr/include/boost/predef/os/amigaos.h \
 /usr/include/boost/predef/os/beos.h /usr/include/boost/predef/os/bsd.h \
 /usr/include/boost/predef/os/macos.h /usr/include/boost/predef/os/ios.h \
 /usr/include/boost/predef/os/bsd/bsdi.h \
 /usr/include/boost/predef/os/bsd/dragonfly.h \
 /usr/include/boost/predef/os/bsd/free.h \
 /usr/include/boost/predef/os/bsd/open.h \
 /usr/include/boost/predef/os/bsd/net.h \
 /usr/include/boost/predef/os/cygwin.h \
 /usr/include/boost/predef/os/haiku.h /usr/include/boost/predef/os/hpux.h \
 /usr/include/boost/predef/os/irix.h /usr/include/boost/predef/os/linux.h \
 /usr/include/boost/predef/detail/os_detected.h \
 /usr/include/boost/predef/os/os400.h \
 /usr/include/boost/predef/os/qnxnto.h \
 /usr/include/boost/predef/os/solaris.h \
 /usr/include/boost/predef/os/unix.h /usr/include/boost/predef/os/vms.h \
 /usr/include/boost/predef/os/windows.h \
 /usr/include/boost/core/explicit_operator_bool.hpp \
 /usr/include/boost/dll/detail/system_error.hpp \
 /usr/include/boost/throw_exception.hpp \
 /usr/include/boost/assert/source_location.hpp \
 /usr/include/boost/current_function.hpp \
 /usr/include/boost/exception/exception.hpp /usr/include/dlfcn.h \
 /usr/include/x86_64-linux-gnu/bits/dlfcn.h \
 /usr/include/x86_64-linux-gnu/bits/dl_find_object.h \
 /usr/include/boost/dll/detail/aggressive_ptr_cast.hpp \
 /usr/include/boost/dll/detail/posix/shared_library_impl.hpp \
 /usr/include/boost/dll/shared_library_load_mode.hpp \
 /usr/include/boost/predef/library/c.h \
 /usr/include/boost/predef/library/c/_prefix.h \
 /usr/include/boost/predef/detail/_cassert.h \
 /usr/include/boost/predef/library/c/cloudabi.h \
 /usr/include/boost/predef/library/c/gnu.h \
 /usr/include/boost/predef/library/c/uc.h \
 /usr/include/boost/predef/library/c/vms.h \
 /usr/include/boost/predef/library/c/zos.h \
 /usr/include/boost/dll/detail/posix/path_from_handle.hpp \
 /usr/include/boost/dll/detail/posix/program_location_impl.hpp \
 /usr/include/link.h /usr/include/elf.h \
 /usr/include/x86_64-linux-gnu/bits/auxv.h \
 /usr/include/x86_64-linux-gnu/bits/elfclass.h \
 /usr/include/x86_64-linux-gnu/bits/link.h \
 /usr/include/x86_64-linux-gnu/bits/link_lavcurrent.h \
 /usr/include/boost/move/utility.hpp \
 /usr/include/boost/move/detail/config_begin.hpp \
 /usr/include/boost/move/detail/workaround.hpp \
 /usr/include/boost/move/utility_core.hpp \
 /usr/include/boost/move/core.hpp \
 /usr/include/boost/move/detail/config_end.hpp \
 /usr/include/boost/move/detail/meta_utils.hpp \
 /usr/include/boost/move/detail/meta_utils_core.hpp \
 /usr/include/boost/move/traits.hpp \
 /usr/include/boost/move/detail/type_traits.hpp \
 /usr/include/boost/swap.hpp /usr/include/boost/core/swap.hpp \
 /work/main/kernel/catalog/CatalogService.h \
 /work/main/kernel/catalog/Catalog.h /work/main/kernel/catalog/Channel.h \
 /work/main/kernel/catalog/Token.h /usr/include/c++/12/optional \
 /usr/include/c++/12/set /usr/include/c++/12/bits/stl_set.h \
 /usr/include/c++/12/bits/stl_multiset.h \
 /work/main/kernel/store/Database.h /usr/include/soci/connection-pool.h \
 /usr/include/soci/soci-platform.h /usr/include/soci/soci-config.h \
 /usr/include/soci/session.h /usr/include/soci/once-temp-type.h \
 /usr/include/soci/ref-counted-statement.h /usr/include/soci/statement.h \
 /usr/include/soci/bind-values.h /usr/include/soci/exchange-traits.h \
 /usr/include/soci/type-conversion-traits.h \
 /usr/include/soci/soci-backend.h /usr/include/soci/error.h \
 /usr/include/soci/type-wrappers.h /usr/include/soci/into-type.h \
 /usr/include/soci/type-ptr.h /usr/include/soci/exchange-traits.h \
 /usr/include/soci/into.h /usr/include/soci/into-type.h \
 /usr/include/soci/type-conversion.h /usr/include/soci/use-type.h \
 /usr/include/soci/soci-backend.h /usr/include/soci/use-type.h \
 /usr/include/soci/use.h \
 /usr/include/boost/fusion/algorithm/iteration/for_each.hpp \
 /usr/include/boost/fusion/support/config.hpp \
 /usr/include/boost/fusion/algorithm/iteration/detail/for_each.hpp \
 /usr/include/boost/fusion/sequence/intrinsic/begin.hpp \
 /usr/include/boost/utility/enable_if.hpp \
 /usr/include/boost/mpl/empty_base.hpp \
 /usr/include/boost/type_traits/is_empty.hpp \
 /usr/include/boost/fusion/sequence/intrinsic_fwd.hpp \
 /usr/include/boost/fusion/support/is_sequence.hpp \
 /usr/include/boost/fusion/support/sequence_base.hpp \
 /usr/include/boost/mpl/begin_end_fwd.hpp \
 /usr/include/boost/fusion/support/tag_of.hpp \
 /usr/include/boost/fusion/support/tag_of_fwd.hpp \
 /usr/include/boost/fusion/support/detail/is_mpl_sequence.hpp \
 /usr/include/boost/fusion/support/detail/is_native_fusion_sequence.hpp \
 /usr/include/boost/mpl/is_sequence.hpp \
 /usr/include/boost/mpl/begin_end.hpp \
 /usr/include/boost/mpl/aux_/begin_end_impl.hpp \
 /usr/include/boost/mpl/sequence_tag_fwd.hpp \
 /usr/include/boost/mpl/aux_/has_begin.hpp \
 /usr/include/boost/mpl/aux_/traits_lambda_spec.hpp \
 /usr/include/boost/mpl/sequence_tag.hpp \
 /usr/include/boost/mpl/aux_/has_tag.hpp \
 /usr/include/boost/mpl/aux_/is_msvc_eti_arg.hpp \
 /usr/include/boost/config/no_tr1/utility.hpp \
 /usr/include/boost/fusion/support/is_segmented.hpp \
 /usr/include/boost/fusion/sequence/intrinsic/detail/segmented_begin.hpp \
 /usr/include/boost/fusion/sequence/intrinsic/detail/segmented_begin_impl.hpp \
 /usr/include/boost/fusion/container/list/cons_fwd.hpp \
 /usr/include/boost/fusion/sequence/intrinsic/detail/segmented_end_impl.hpp \
 /usr/include/boost/fusion/support/detail/segmented_fold_until_impl.hpp \
 /usr/include/boost/utility/result_of.hpp \
 /usr/include/boost/preprocessor/iteration/iterate.hpp \
 /usr/include/boost/preprocessor/slot/slot.hpp \
 /usr/include/boost/preprocessor/slot/detail/def.hpp \
 /usr/include/boost/preprocessor/repetition/enum_binary_params.hpp \
 /usr/include/boost/preprocessor/repetition/enum_shifted_params.hpp \
 /usr/include/boost/preprocessor/facilities/intercept.hpp \
 /usr/include/boost/type_traits/conditional.hpp \
 /usr/include/boost/type_traits/type_identity.hpp \
 /usr/include/boost/preprocessor/iteration/detail/iter/forward1.hpp \
 /usr/include/boost/preprocessor/iteration/detail/bounds/lower1.hpp \
 /usr/include/boost/preprocessor/slot/detail/shared.hpp \
 /usr/include/boost/preprocessor/iteration/detail/bounds/upper1.hpp \
 /usr/include/boost/utility/detail/result_of_iterate.hpp \
 /usr/include/boost/fusion/support/void.hpp \
 /usr/include/boost/fusion/iterator/equal_to.hpp \
 /usr/include/boost/fusion/support/is_iterator.hpp \
 /usr/include/boost/type_traits/is_base_of.hpp \
 /usr/include/boost/type_traits/is_base_and_derived.hpp \
 /usr/include/boost/fusion/iterator/deref.hpp \
 /usr/include/boost/fusion/support/iterator_base.hpp \
 /usr/include/boost/fusion/iterator/next.hpp \
 /usr/include/boost/fusion/sequence/intrinsic/segments.hpp \
 /usr/include/boost/fusion/iterator/segmented_iterator.hpp \
 /usr/include/boost/fusion/iterator/detail/segmented_iterator.hpp \
 /usr/include/boost/fusion/iterator/iterator_facade.hpp \
 /usr/include/boost/fusion/iterator/detail/advance.hpp \
 /usr/include/boost/fusion/iterator/prior.hpp \
 /usr/include/boost/fusion/iterator/detail/distance.hpp \
 /usr/include/boost/fusion/support/category_of.hpp \
 /usr/include/boost/fusion/iterator/deref_data.hpp \
 /usr/include/boost/fusion/iterator/key_of.hpp \
 /usr/include/boost/fusion/iterator/value_of.hpp \
 /usr/include/boost/fusion/iterator/value_of_data.hpp \
 /usr/include/boost/fusion/iterator/detail/segmented_equal_to.hpp \
 /usr/include/boost/fusion/iterator/detail/segmented_next_impl.hpp \
 /usr/include/boost/fusion/container/list/cons.hpp \
 /usr/include/boost/fusion/support/detail/enabler.hpp \
 /usr/include/boost/fusion/support/detail/access.hpp \
 /usr/include/boost/fusion/sequence/intrinsic/end.hpp \
 /usr/include/boost/fusion/sequence/intrinsic/detail/segmented_end.hpp \
 /usr/include/boost/fusion/container/list/nil.hpp \
 /usr/include/boost/fusion/container/list/cons_iterator.hpp \
 /usr/include/boost/fusion/container/list/detail/deref_impl.hpp \
 /usr/include/boost/fusion/container/list/detail/next_impl.hpp \
 /usr/include/boost/fusion/container/list/detail/value_of_impl.hpp \
 /usr/include/boost/fusion/container/list/detail/equal_to_impl.hpp \
 /usr/include/boost/mpl/equal_to.hpp \
 /usr/include/boost/mpl/aux_/comparison_op.hpp \
 /usr/include/boost/mpl/aux_/numeric_op.hpp \
 /usr/include/boost/mpl/numeric_cast.hpp /usr/include/boost/mpl/tag.hpp \
 /usr/include/boost/mpl/aux_/numeric_cast_utils.hpp \
 /usr/include/boost/mpl/aux_/config/forwarding.hpp \
 /usr/include/boost/mpl/aux_/msvc_eti_base.hpp \
 /usr/include/boost/mpl/aux_/preprocessed/gcc/equal_to.hpp \
 /usr/include/boost/fusion/container/list/list_fwd.hpp \
 /usr/include/boost/fusion/container/list/detail/begin_impl.hpp \
 /usr/include/boost/fusion/container/list/detail/end_impl.hpp \
 /usr/include/boost/fusion/container/list/detail/at_impl.hpp \
 /usr/include/boost/fusion/container/list/detail/value_at_impl.hpp \
 /usr/include/boost/fusion/container/list/detail/empty_impl.hpp \
 /usr/include/boost/fusion/view/iterator_range.hpp \
 /usr/include/boost/fusion/view/iterator_range/iterator_range.hpp \
 /usr/include/boost/fusion/iterator/distance.hpp \
 /usr/include/boost/fusion/iterator/mpl/convert_iterator.hpp \
 /usr/include/boost/fusion/view/iterator_range/detail/begin_impl.hpp \
 /usr/include/boost/fusion/view/iterator_range/detail/end_impl.hpp \
 /usr/include/boost/fusion/view/iterator_range/detail/at_impl.hpp \
 /usr/include/boost/fusion/iterator/advance.hpp \
 /usr/include/boost/fusion/view/iterator_range/detail/size_impl.hpp \
 /usr/include/boost/fusion/view/iterator_range/detail/value_at_impl.hpp \
 /usr/include/boost/fusion/view/iterator_range/detail/is_segmented_impl.hpp \
 /usr/include/boost/fusion/view/iterator_range/detail/segments_impl.hpp \
 /usr/include/boost/fusion/view/iterator_range/detail/segmented_iterator_range.hpp \
 /usr/include/boost/fusion/algorithm/transformation/push_back.hpp \
 /usr/include/boost/fusion/support/detail/as_fusion_element.hpp \
 /usr/include/boost/ref.hpp /usr/include/boost/core/ref.hpp \
 /usr/include/boost/fusion/view/joint_view/joint_view.hpp \
 /usr/include/boost/fusion/view/joint_view/joint_view_fwd.hpp \
 /usr/include/boost/fusion/support/is_view.hpp \
 /usr/include/boost/fusion/sequence/intrinsic/size.hpp \
 /usr/include/boost/fusion/sequence/intrinsic/detail/segmented_size.hpp \
 /usr/include/boost/mpl/fold.hpp /usr/include/boost/mpl/O1_size.hpp \
 /usr/include/boost/mpl/O1_size_fwd.hpp \
 /usr/include/boost/mpl/aux_/O1_size_impl.hpp \
 /usr/include/boost/mpl/long.hpp /usr/include/boost/mpl/long_fwd.hpp \
 /usr/include/boost/mpl/aux_/has_size.hpp \
 /usr/include/boost/mpl/aux_/fold_impl.hpp \
 /usr/include/boost/mpl/deref.hpp \
 /usr/include/boost/mpl/aux_/msvc_type.hpp \
 /usr/include/boost/mpl/aux_/preprocessed/gcc/fold_impl.hpp \
 /usr/include/boost/mpl/plus.hpp \
 /usr/include/boost/mpl/aux_/arithmetic_op.hpp \
 /usr/include/boost/mpl/integral_c.hpp \
 /usr/include/boost/mpl/integral_c_fwd.hpp \
 /usr/include/boost/mpl/aux_/largest_int.hpp \
 /usr/include/boost/mpl/aux_/preprocessed/gcc/plus.hpp \
 /usr/include/boost/mpl/size_t.hpp /usr/include/boost/mpl/size_t_fwd.hpp \
 /usr/include/boost/fusion/mpl/begin.hpp \
 /usr/include/boost/fusion/adapted/mpl/detail/begin_impl.hpp \
 /usr/include/boost/fusion/adapted/mpl/mpl_iterator.hpp \
 /usr/include/boost/fusion/support/detail/mpl_iterator_category.hpp \
 /usr/include/boost/mpl/prior.hpp /usr/include/boost/mpl/advance.hpp \
 /usr/include/boost/mpl/advance_fwd.hpp /usr/include/boost/mpl/less.hpp \
 /usr/include/boost/mpl/aux_/preprocessed/gcc/less.hpp \
 /usr/include/boost/mpl/negate.hpp \
 /usr/include/boost/mpl/aux_/advance_forward.hpp \
 /usr/include/boost/mpl/aux_/preprocessed/gcc/advance_forward.hpp \
 /usr/include/boost/mpl/aux_/advance_backward.hpp \
 /usr/include/boost/mpl/aux_/preprocessed/gcc/advance_backward.hpp \
 /usr/include/boost/mpl/distance.hpp \
 /usr/include/boost/mpl/distance_fwd.hpp \
 /usr/include/boost/mpl/iter_fold.hpp \
 /usr/include/boost/mpl/aux_/iter_fold_impl.hpp \
 /usr/include/boost/mpl/aux_/preprocessed/gcc/iter_fold_impl.hpp \
 /usr/include/boost/mpl/iterator_range.hpp \
 /usr/include/boost/mpl/begin.hpp \
 /usr/include/boost/fusion/iterator/mpl/fusion_iterator.hpp \
 /usr/include/boost/mpl/iterator_tags.hpp \
 /usr/include/boost/fusion/mpl/end.hpp \
 /usr/include/boost/fusion/adapted/mpl/detail/end_impl.hpp \
 /usr/include/boost/mpl/end.hpp \
 /usr/include/boost/fusion/view/joint_view/joint_view_iterator.hpp \
 /usr/include/boost/fusion/view/joint_view/detail/deref_impl.hpp \
 /usr/include/boost/fusion/iterator/detail/adapt_deref_traits.hpp \
 /usr/include/boost/fusion/view/joint_view/detail/next_impl.hpp \
 /usr/include/boost/fusion/view/joint_view/detail/value_of_impl.hpp \
 /usr/include/boost/fusion/iterator/detail/adapt_value_traits.hpp \
 /usr/include/boost/fusion/view/joint_view/detail/deref_data_impl.hpp \
 /usr/include/boost/fusion/view/joint_view/detail/value_of_data_impl.hpp \
 /usr/include/boost/fusion/view/joint_view/detail/key_of_impl.hpp \
 /usr/include/boost/fusion/view/joint_view/detail/begin_impl.hpp \
 /usr/include/boost/fusion/view/joint_view/detail/end_impl.hpp \
 /usr/include/boost/mpl/inherit.hpp \
 /usr/include/boost/mpl/aux_/preprocessed/gcc/inherit.hpp \
 /usr/include/boost/fusion/view/single_view/single_view.hpp \
 /usr/include/boost/fusion/view/single_view/single_view_iterator.hpp \
 /usr/include/boost/fusion/view/single_view/detail/deref_impl.hpp \
 /usr/include/boost/fusion/view/single_view/detail/next_impl.hpp \
 /usr/include/boost/fusion/view/single_view/detail/prior_impl.hpp \
 /usr/include/boost/fusion/view/single_view/detail/advance_impl.hpp \
 /usr/include/boost/fusion/view/single_view/detail/distance_impl.hpp \
 /usr/include/boost/mpl/minus.hpp \
 /usr/include/boost/mpl/aux_/preprocessed/gcc/minus.hpp \
 /usr/include/boost/fusion/view/single_view/detail/equal_to_impl.hpp \
 /usr/include/boost/fusion/view/single_view/detail/value_of_impl.hpp \
 /usr/include/boost/fusion/view/single_view/detail/at_impl.hpp \
 /usr/include/boost/fusion/view/single_view/detail/begin_impl.hpp \
 /usr/include/boost/fusion/view/single_view/detail/end_impl.hpp \
 /usr/include/boost/fusion/view/single_view/detail/size_impl.hpp \
 /usr/include/boost/fusion/view/single_view/detail/value_at_impl.hpp \
 /usr/include/boost/fusion/sequence/intrinsic/value_at.hpp \
 /usr/include/boost/fusion/algorithm/transformation/push_front.hpp \
 /usr/include/boost/fusion/container/list/detail/reverse_cons.hpp \
 /usr/include/boost/fusion/iterator/detail/segment_sequence.hpp \
 /usr/include/boost/fusion/sequence/intrinsic/empty.hpp \
 /usr/include/boost/fusion/algorithm/iteration/detail/segmented_for_each.hpp \
 /usr/include/boost/fusion/algorithm/iteration/for_each_fwd.hpp \
 /usr/include/boost/fusion/support/segmented_fold_until.hpp \
 /usr/include/soci/into.h /usr/include/soci/noreturn.h \
 /usr/include/soci/use.h /usr/include/soci/row.h \
 /usr/include/soci/type-holder.h /usr/include/soci/prepare-temp-type.h \
 /usr/include/soci/ref-counted-prepare-info.h \
 /usr/include/soci/query_transformation.h \
 /usr/include/soci/connection-parameters.h /usr/include/soci/logger.h \
 /usr/include/c++/12/condition_variable /usr/include/c++/12/stop_token \
 /usr/include/c++/12/bits/std_thread.h /usr/include/c++/12/semaphore \
 /usr/include/c++/12/bits/semaphore_base.h \
 /usr/include/c++/12/bits/atomic_timed_wait.h \
 /usr/include/c++/12/bits/this_thread_sleep.h \
 /usr/include/x86_64-linux-gnu/sys/time.h /usr/include/semaphore.h \
 /usr/include/x86_64-linux-gnu/bits/semaphore.h \
 /usr/include/c++/12/thread /work/main/kernel/config/Settings.h \
 /usr/include/Poco/Util/AbstractConfiguration.h \
 /usr/include/Poco/Util/Util.h /usr/include/Poco/BasicEvent.h \
 /usr/include/Poco/AbstractEvent.h /usr/include/Poco/SingletonHolder.h \
 /usr/include/Poco/SharedPtr.h /usr/include/Poco/ActiveResult.h \
 /usr/include/Poco/Event.h /usr/include/Poco/Event_POSIX.h \
 /usr/include/Poco/ActiveMethod.h /usr/include/Poco/ActiveRunnable.h \
 /usr/include/Poco/Runnable.h /usr/include/Poco/ActiveStarter.h \
 /usr/include/Poco/ThreadPool.h /usr/include/Poco/Thread.h \
 /usr/include/Poco/Thread_POSIX.h /usr/include/Poco/SignalHandler.h \
 /usr/include/setjmp.h /usr/include/Poco/DefaultStrategy.h \
 /usr/include/Poco/NotificationStrategy.h \
 /usr/include/Poco/AbstractDelegate.h /work/main/kernel/net/HttpServer.h \
 /work/main/kernel/pipeline/ChatPipeline.h \
 /work/main/kernel/pipeline/PipelineServices.h \
 /work/main/kernel/pipeline/UpstreamClients.h \
 /work/main/kernel/net/HttpClient.h /work/main/kernel/net/UpstreamCall.h \
 /work/main/kernel/usage/UsageSink.h \
 /work/main/kernel/usage/UsageRecord.h \
 /work/main/kernel/pipeline/ModelsEndpoint.h \
 /work/main/kernel/usage/UsageWriter.h /usr/include/c++/12/deque \
 /usr/include/c++/12/bits/stl_deque.h /usr/include/c++/12/bits/deque.tcc \
 /work/main/kernel/cli/CommandLine.h \
 /work/main/kernel/cli/CommandSupport.h /usr/include/c++/12/csignal \
 /usr/include/signal.h \
 /usr/include/x86_64-linux-gnu/bits/signum-generic.h \
 /usr/include/x86_64-linux-gnu/bits/signum-arch.h \
 /usr/include/x86_64-linux-gnu/bits/types/sig_atomic_t.h \
 /usr/include/x86_64-linux-gnu/bits/types/siginfo_t.h \
 /usr/include/x86_64-linux-gnu/bits/types/__sigval_t.h \
 /usr/include/x86_64-linux-gnu/bits/siginfo-arch.h \
 /usr/include/x86_64-linux-gnu/bits/siginfo-consts.h \
 /usr/include/x86_64-linux-gnu/bits/siginfo-consts-arch.h \
 /usr/include/x86_64-linux-gnu/bits/types/sigval_t.h \
 /usr/include/x86_64-linux-gnu/bits/types/sigevent_t.h \
 /usr/include/x86_64-linux-gnu/bits/sigevent-consts.h \
 /usr/include/x86_64-linux-gnu/bits/sigaction.h \
 /usr/include/x86_64-linux-gnu/bits/sigcontext.h \
 /usr/include/x86_64-linux-gnu/bits/types/stack_t.h \
 /usr/include/x86_64-linux-gnu/sys/ucontext.h \
 /usr/include/x86_64-linux-gnu/bits/sigstack.h \
 /usr/include/x86_64-linux-gnu/bits/sigstksz.h \
 /usr/include/x86_64-linux-gnu/bits/ss_flags.h \
 /usr/include/x86_64-linux-gnu/bits/types/struct_sigstack.h \
 /usr/include/x86_64-linux-gnu/bits/sigthread.h \
 /usr/include/x86_64-linux-gnu/bits/signal_ext.h \
 /usr/include/x86_64-linux-gnu/sys/resource.h \
 /usr/include/x86_64-linux-gnu/bits/resource.h \
 /usr/include/x86_64-linux-gnu/bits/types/struct_rusage.h
