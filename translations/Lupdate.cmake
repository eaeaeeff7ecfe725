# Extracts the translatable strings of the product (fakeprint, fakeprint-cli, the PDF report) into .ts files.
#   cmake -DLUPDATE=<lupdate> -DSOURCE_DIR=<repo root> -DTS_DIR=<folder of the .ts files> -P Lupdate.cmake
# Scans every .cpp/.h under app/, core/ and ui/ except the developer tool fakeprint-lab (app/lab, core/lab),
# which stays English. lupdate keeps existing translations, drops vanished strings (-no-obsolete) and stores no
# source locations, so a .ts changes only when the set of strings changes. Used by the `fakeprint_lupdate`
# target (in place) and by the translation test (on a copy).
foreach(var LUPDATE SOURCE_DIR TS_DIR)
    if(NOT DEFINED ${var})
        message(FATAL_ERROR "Lupdate.cmake: -D${var}=... is required")
    endif()
endforeach()
include(${CMAKE_CURRENT_LIST_DIR}/Languages.cmake)

file(GLOB_RECURSE sources LIST_DIRECTORIES false RELATIVE ${SOURCE_DIR}
    ${SOURCE_DIR}/app/*.cpp ${SOURCE_DIR}/app/*.h
    ${SOURCE_DIR}/core/*.cpp ${SOURCE_DIR}/core/*.h
    ${SOURCE_DIR}/ui/*.cpp ${SOURCE_DIR}/ui/*.h)
list(FILTER sources EXCLUDE REGEX "^(app|core)/lab/")
list(SORT sources)
set(list_file "${TS_DIR}/.lupdate-sources.lst")
list(TRANSFORM sources PREPEND "${SOURCE_DIR}/")
list(JOIN sources "\n" list_text)
file(WRITE ${list_file} "${list_text}\n")

foreach(lang IN LISTS FAKEPRINT_LANGUAGES)
    set(extra)
    if(lang STREQUAL "en")
        set(extra -pluralonly)
    endif()
    execute_process(
        COMMAND ${LUPDATE} -silent -I ${SOURCE_DIR} -locations none -no-obsolete -source-language en
                -target-language ${lang} ${extra} @${list_file} -ts ${TS_DIR}/fakeprint_${lang}.ts
        RESULT_VARIABLE rc)
    if(NOT rc EQUAL 0)
        file(REMOVE ${list_file})
        message(FATAL_ERROR "lupdate failed (${rc}) for fakeprint_${lang}.ts")
    endif()
endforeach()
file(REMOVE ${list_file})
