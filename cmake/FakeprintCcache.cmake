# Use ccache when it is installed: LibTorch translation units are slow to compile.
find_program(FAKEPRINT_CCACHE ccache)
if(FAKEPRINT_CCACHE AND NOT CMAKE_CXX_COMPILER_LAUNCHER)
    set(CMAKE_C_COMPILER_LAUNCHER "${FAKEPRINT_CCACHE}")
    set(CMAKE_CXX_COMPILER_LAUNCHER "${FAKEPRINT_CCACHE}")
    message(STATUS "ccache: ${FAKEPRINT_CCACHE}")
endif()
