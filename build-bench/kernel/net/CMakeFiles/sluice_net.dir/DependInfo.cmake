
# Consider dependencies only in project.
set(CMAKE_DEPENDS_IN_PROJECT_ONLY OFF)

# The set of languages for which implicit dependencies are needed:
set(CMAKE_DEPENDS_LANGUAGES
  )

# The set of dependency files which are needed:
set(CMAKE_DEPENDS_DEPENDENCY_FILES
  "/work/main/kernel/net/ByteBuffer.cpp" "kernel/net/CMakeFiles/sluice_net.dir/ByteBuffer.cpp.o" "gcc" "kernel/net/CMakeFiles/sluice_net.dir/ByteBuffer.cpp.o.d"
  "/work/main/kernel/net/ChunkedDecoder.cpp" "kernel/net/CMakeFiles/sluice_net.dir/ChunkedDecoder.cpp.o" "gcc" "kernel/net/CMakeFiles/sluice_net.dir/ChunkedDecoder.cpp.o.d"
  "/work/main/kernel/net/ClientCall.cpp" "kernel/net/CMakeFiles/sluice_net.dir/ClientCall.cpp.o" "gcc" "kernel/net/CMakeFiles/sluice_net.dir/ClientCall.cpp.o.d"
  "/work/main/kernel/net/ClientTlsContext.cpp" "kernel/net/CMakeFiles/sluice_net.dir/ClientTlsContext.cpp.o" "gcc" "kernel/net/CMakeFiles/sluice_net.dir/ClientTlsContext.cpp.o.d"
  "/work/main/kernel/net/ConnectionAcceptor.cpp" "kernel/net/CMakeFiles/sluice_net.dir/ConnectionAcceptor.cpp.o" "gcc" "kernel/net/CMakeFiles/sluice_net.dir/ConnectionAcceptor.cpp.o.d"
  "/work/main/kernel/net/ConnectionChannel.cpp" "kernel/net/CMakeFiles/sluice_net.dir/ConnectionChannel.cpp.o" "gcc" "kernel/net/CMakeFiles/sluice_net.dir/ConnectionChannel.cpp.o.d"
  "/work/main/kernel/net/ConnectionPool.cpp" "kernel/net/CMakeFiles/sluice_net.dir/ConnectionPool.cpp.o" "gcc" "kernel/net/CMakeFiles/sluice_net.dir/ConnectionPool.cpp.o.d"
  "/work/main/kernel/net/EventLoop.cpp" "kernel/net/CMakeFiles/sluice_net.dir/EventLoop.cpp.o" "gcc" "kernel/net/CMakeFiles/sluice_net.dir/EventLoop.cpp.o.d"
  "/work/main/kernel/net/HttpClient.cpp" "kernel/net/CMakeFiles/sluice_net.dir/HttpClient.cpp.o" "gcc" "kernel/net/CMakeFiles/sluice_net.dir/HttpClient.cpp.o.d"
  "/work/main/kernel/net/HttpMessage.cpp" "kernel/net/CMakeFiles/sluice_net.dir/HttpMessage.cpp.o" "gcc" "kernel/net/CMakeFiles/sluice_net.dir/HttpMessage.cpp.o.d"
  "/work/main/kernel/net/HttpServer.cpp" "kernel/net/CMakeFiles/sluice_net.dir/HttpServer.cpp.o" "gcc" "kernel/net/CMakeFiles/sluice_net.dir/HttpServer.cpp.o.d"
  "/work/main/kernel/net/HttpText.cpp" "kernel/net/CMakeFiles/sluice_net.dir/HttpText.cpp.o" "gcc" "kernel/net/CMakeFiles/sluice_net.dir/HttpText.cpp.o.d"
  "/work/main/kernel/net/RequestParser.cpp" "kernel/net/CMakeFiles/sluice_net.dir/RequestParser.cpp.o" "gcc" "kernel/net/CMakeFiles/sluice_net.dir/RequestParser.cpp.o.d"
  "/work/main/kernel/net/Resolver.cpp" "kernel/net/CMakeFiles/sluice_net.dir/Resolver.cpp.o" "gcc" "kernel/net/CMakeFiles/sluice_net.dir/Resolver.cpp.o.d"
  "/work/main/kernel/net/ResponseFormat.cpp" "kernel/net/CMakeFiles/sluice_net.dir/ResponseFormat.cpp.o" "gcc" "kernel/net/CMakeFiles/sluice_net.dir/ResponseFormat.cpp.o.d"
  "/work/main/kernel/net/ResponseParser.cpp" "kernel/net/CMakeFiles/sluice_net.dir/ResponseParser.cpp.o" "gcc" "kernel/net/CMakeFiles/sluice_net.dir/ResponseParser.cpp.o.d"
  "/work/main/kernel/net/ServerConnection.cpp" "kernel/net/CMakeFiles/sluice_net.dir/ServerConnection.cpp.o" "gcc" "kernel/net/CMakeFiles/sluice_net.dir/ServerConnection.cpp.o.d"
  "/work/main/kernel/net/TimerQueue.cpp" "kernel/net/CMakeFiles/sluice_net.dir/TimerQueue.cpp.o" "gcc" "kernel/net/CMakeFiles/sluice_net.dir/TimerQueue.cpp.o.d"
  "/work/main/kernel/net/TlsSession.cpp" "kernel/net/CMakeFiles/sluice_net.dir/TlsSession.cpp.o" "gcc" "kernel/net/CMakeFiles/sluice_net.dir/TlsSession.cpp.o.d"
  "/work/main/kernel/net/UpstreamConnection.cpp" "kernel/net/CMakeFiles/sluice_net.dir/UpstreamConnection.cpp.o" "gcc" "kernel/net/CMakeFiles/sluice_net.dir/UpstreamConnection.cpp.o.d"
  "/work/main/kernel/net/UpstreamUrl.cpp" "kernel/net/CMakeFiles/sluice_net.dir/UpstreamUrl.cpp.o" "gcc" "kernel/net/CMakeFiles/sluice_net.dir/UpstreamUrl.cpp.o.d"
  )

# Targets to which this target links.
set(CMAKE_TARGET_LINKED_INFO_FILES
  )

# Fortran module output directory.
set(CMAKE_Fortran_TARGET_MODULE_DIR "")
