# fakeprint_add_test(NAME SOURCES ... [LIBS ...] [LABELS ...] [GUI] [TIMEOUT s])
# One Qt Test executable per feature; ctest runs it on the offscreen platform with its own settings dir.
function(fakeprint_add_test name)
    cmake_parse_arguments(ARG "GUI" "TIMEOUT" "SOURCES;LIBS;LABELS" ${ARGN})
    add_executable(${name} ${ARG_SOURCES})
    target_link_libraries(${name} PRIVATE fakeprint_testsupport Qt6::Test fakeprint_options ${ARG_LIBS})
    if(ARG_GUI)
        target_link_libraries(${name} PRIVATE fakeprint_ui Qt6::Widgets)
        list(APPEND ARG_LABELS gui)
    endif()
    add_test(NAME ${name} COMMAND ${name})
    if(NOT ARG_TIMEOUT)
        set(ARG_TIMEOUT 300)
    endif()
    set(labels ${ARG_LABELS})
    if(NOT labels)
        set(labels core)
    endif()
    set_tests_properties(${name} PROPERTIES
        TIMEOUT ${ARG_TIMEOUT}
        LABELS "${labels}"
        ENVIRONMENT "QT_QPA_PLATFORM=offscreen;FAKEPRINT_DATA_DIR=${FAKEPRINT_BUILD_DATA_DIR};FAKEPRINT_SOURCE_DIR=${PROJECT_SOURCE_DIR};FAKEPRINT_BINARY_DIR=${PROJECT_BINARY_DIR};XDG_CONFIG_HOME=${CMAKE_CURRENT_BINARY_DIR}/${name}.home/config;XDG_DATA_HOME=${CMAKE_CURRENT_BINARY_DIR}/${name}.home/data;XDG_CACHE_HOME=${CMAKE_CURRENT_BINARY_DIR}/${name}.home/cache;ASAN_OPTIONS=detect_leaks=0")
endfunction()
