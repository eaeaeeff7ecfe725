# Use ccache when it is installed: LibTorch translation units are slow to compile. The sloppiness lets ccache cache
# compiles that use a precompiled header (FakeprintPch.cmake); nothing here uses __DATE__ or __TIME__.
find_program(FAKEPRINT_CCACHE ccache)
if(FAKEPRINT_CCACHE AND NOT CMAKE_CXX_COMPILER_LAUNCHER)
    set(launcher ${CMAKE_COMMAND} -E env
        "CCACHE_SLOPPINESS=pch_defines,time_macros,include_file_mtime,include_file_ctime" ${FAKEPRINT_CCACHE})
    set(CMAKE_C_COMPILER_LAUNCHER ${launcher})
    set(CMAKE_CXX_COMPILER_LAUNCHER ${launcher})
    message(STATUS "ccache: ${FAKEPRINT_CCACHE}")
endif()
