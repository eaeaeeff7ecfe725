# Use ccache when it is installed and the build does not use precompiled headers (FakeprintPch.cmake; e.g. the clang
# fuzz build): with PCHs ccache hashes the 190-600 MB PCH file for every compile, which made a cold build slower
# (about 17 min instead of 12.6 min for the release preset here) and a warm one only a little faster.
find_program(FAKEPRINT_CCACHE ccache)
if(FAKEPRINT_CCACHE AND NOT CMAKE_CXX_COMPILER_LAUNCHER)
    if(FAKEPRINT_PCH)
        message(STATUS "ccache: not used with precompiled headers")
    else()
        set(CMAKE_C_COMPILER_LAUNCHER "${FAKEPRINT_CCACHE}")
        set(CMAKE_CXX_COMPILER_LAUNCHER "${FAKEPRINT_CCACHE}")
        message(STATUS "ccache: ${FAKEPRINT_CCACHE}")
    endif()
endif()
