# Fails unless every translations/fakeprint_<lang>.ts is up to date with the sources and completely translated.
#   cmake -DLUPDATE=<lupdate> -DLRELEASE=<lrelease> -DSOURCE_DIR=<repo root> -DWORK_DIR=<scratch dir>
#         -P CheckTranslations.cmake
# Up to date: lupdate (same options as the fakeprint_lupdate target) run on a copy changes no context or source text.
# Complete: no message is unfinished, obsolete or vanished, and lrelease reports no untranslated text.
foreach(var LUPDATE LRELEASE SOURCE_DIR WORK_DIR)
    if(NOT DEFINED ${var})
        message(FATAL_ERROR "CheckTranslations.cmake: -D${var}=... is required")
    endif()
endforeach()
include(${CMAKE_CURRENT_LIST_DIR}/Languages.cmake)

file(REMOVE_RECURSE ${WORK_DIR})
file(MAKE_DIRECTORY ${WORK_DIR})
foreach(lang IN LISTS FAKEPRINT_LANGUAGES)
    set(ts ${SOURCE_DIR}/translations/fakeprint_${lang}.ts)
    if(NOT EXISTS ${ts})
        message(FATAL_ERROR "${ts} is missing")
    endif()
    file(COPY ${ts} DESTINATION ${WORK_DIR})
endforeach()

execute_process(
    COMMAND ${CMAKE_COMMAND} -DLUPDATE=${LUPDATE} -DSOURCE_DIR=${SOURCE_DIR} -DTS_DIR=${WORK_DIR}
            -P ${CMAKE_CURRENT_LIST_DIR}/Lupdate.cmake
    RESULT_VARIABLE rc ERROR_QUIET)
if(NOT rc EQUAL 0)
    message(FATAL_ERROR "lupdate failed on the copy in ${WORK_DIR}")
endif()

set(problems)
foreach(lang IN LISTS FAKEPRINT_LANGUAGES)
    set(name fakeprint_${lang}.ts)
    file(READ ${SOURCE_DIR}/translations/${name} committed)
    file(READ ${WORK_DIR}/${name} refreshed)
    # Compare the contexts and source texts in order, not the bytes: lupdate may spell a translation's characters
    # differently (e.g. a no-break space as &#xa0;) without any change to the strings.
    string(REGEX MATCHALL "<(name|source|comment)>[^<]*</(name|source|comment)>" committed_keys "${committed}")
    string(REGEX MATCHALL "<(name|source|comment)>[^<]*</(name|source|comment)>" refreshed_keys "${refreshed}")
    if(NOT committed_keys STREQUAL refreshed_keys)
        # Name the strings that lupdate added or removed.
        string(REGEX MATCHALL "<source>[^<]*</source>" committed_sources "${committed}")
        string(REGEX MATCHALL "<source>[^<]*</source>" refreshed_sources "${refreshed}")
        set(added ${refreshed_sources})
        list(REMOVE_ITEM added ${committed_sources})
        set(removed ${committed_sources})
        list(REMOVE_ITEM removed ${refreshed_sources})
        list(LENGTH added n_added)
        list(LENGTH removed n_removed)
        list(SUBLIST added 0 5 added_head)
        list(SUBLIST removed 0 5 removed_head)
        list(APPEND problems "${name} is out of date with the sources (${n_added} new strings, e.g. ${added_head}; "
            "${n_removed} vanished, e.g. ${removed_head}): build the target fakeprint_lupdate and translate")
    endif()

    string(REGEX MATCHALL "type=\"unfinished\"" unfinished "${committed}")
    string(REGEX MATCHALL "type=\"(obsolete|vanished)\"" obsolete "${committed}")
    list(LENGTH unfinished n_unfinished)
    list(LENGTH obsolete n_obsolete)
    if(n_unfinished GREATER 0)
        string(REGEX MATCH "<source>[^<]*</source>[ \n]*(<[a-z]+comment>[^<]*</[a-z]+comment>[ \n]*)*<translation type=\"unfinished\"" first "${committed}")
        list(APPEND problems "${name}: ${n_unfinished} unfinished translations (first: ${first})")
    endif()
    if(n_obsolete GREATER 0)
        list(APPEND problems "${name}: ${n_obsolete} obsolete or vanished messages")
    endif()

    execute_process(
        COMMAND ${LRELEASE} ${SOURCE_DIR}/translations/${name} -qm ${WORK_DIR}/fakeprint_${lang}.qm
        OUTPUT_VARIABLE out ERROR_VARIABLE err RESULT_VARIABLE rc)
    if(NOT rc EQUAL 0)
        list(APPEND problems "lrelease failed on ${name}: ${err}")
    elseif(out MATCHES "([0-9]+) unfinished" AND NOT CMAKE_MATCH_1 EQUAL 0)
        list(APPEND problems "lrelease: ${name} has ${CMAKE_MATCH_1} unfinished translations")
    elseif(out MATCHES "Ignored ([0-9]+) untranslated")
        list(APPEND problems "lrelease: ${name}: ${CMAKE_MATCH_1} untranslated source texts")
    endif()
    message(STATUS "${name}: ${out}")
endforeach()

if(problems)
    list(JOIN problems "\n  " text)
    message(FATAL_ERROR "Translations are not complete:\n  ${text}")
endif()
message(STATUS "All translations are complete and up to date")
