# Common compile options carried by the INTERFACE target fakeprint_options; every target links it.
add_library(fakeprint_options INTERFACE)
add_library(Fakeprint::options ALIAS fakeprint_options)
target_compile_features(fakeprint_options INTERFACE cxx_std_20)
set(CMAKE_CXX_STANDARD 20)
set(CMAKE_CXX_STANDARD_REQUIRED ON)
set(CMAKE_CXX_EXTENSIONS OFF)
target_compile_options(fakeprint_options INTERFACE
    $<$<CXX_COMPILER_ID:GNU,Clang>:-Wall -Wextra -Wno-deprecated-declarations>)
target_compile_definitions(fakeprint_options INTERFACE
    QT_NO_CAST_FROM_ASCII
    QT_NO_CONTEXTLESS_CONNECT
    QT_NO_KEYWORDS_FOR_SIGNALS_ONLY
    QT_MESSAGELOGCONTEXT)

option(FAKEPRINT_SANITIZE "Build with AddressSanitizer and UndefinedBehaviorSanitizer" OFF)
if(FAKEPRINT_SANITIZE)
    # -g1 (line tables) is enough for sanitizer reports and builds faster. -fvisibility-inlines-hidden: LibTorch
    # loads Qt 5 (through OpenCV's highgui); unoptimised code emits Qt 6 inline functions out of line, and without
    # it the executable exports them and Qt 5's libraries bind to them (a crash at start-up in Qt5Widgets).
    target_compile_options(fakeprint_options INTERFACE -fsanitize=address,undefined -fno-omit-frame-pointer
        -fno-sanitize-recover=undefined -g1 -fvisibility-inlines-hidden)
    target_link_options(fakeprint_options INTERFACE -fsanitize=address,undefined)
endif()

# FAKEPRINT_FUZZ (clang only, the `fuzz` preset): coverage instrumentation for libFuzzer plus ASan/UBSan on every
# library the fuzz targets link; tests/fuzz adds -fsanitize=fuzzer to its executables.
if(FAKEPRINT_FUZZ)
    target_compile_options(fakeprint_options INTERFACE -fsanitize=fuzzer-no-link,address,undefined
        -fno-omit-frame-pointer -fno-sanitize-recover=undefined)
    target_link_options(fakeprint_options INTERFACE -fsanitize=address,undefined)
endif()
