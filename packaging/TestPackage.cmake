# ctest package_deb: builds the Debian package of this build tree with CPack, checks its metadata and contents,
# unpacks it into a scratch root (dpkg-deb -x, no root rights needed) and runs the installed programs from there:
# fakeprint-cli --version, models list (the installed model must be the one found), a short analysis of a generated
# clip with the installed model and detector, a report, and the GUI's offscreen screenshot. User data goes to a
# scratch XDG_DATA_HOME; nothing may be written next to the installed binaries.
#   cmake -DBINARY_DIR=<build dir> -DWORK_DIR=<scratch dir> -DVERSION=<x.y.z> -DAPP_ID=<id> -P TestPackage.cmake
foreach(var BINARY_DIR WORK_DIR VERSION APP_ID)
    if(NOT DEFINED ${var})
        message(FATAL_ERROR "TestPackage.cmake: -D${var}=... is required")
    endif()
endforeach()

function(run what)
    execute_process(COMMAND ${ARGN} RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE err)
    if(NOT rc EQUAL 0)
        message(FATAL_ERROR "${what} failed (exit ${rc}):\n${out}\n${err}")
    endif()
    set(last_out "${out}" PARENT_SCOPE)
    set(last_err "${err}" PARENT_SCOPE)
endfunction()

file(REMOVE_RECURSE ${WORK_DIR})
file(MAKE_DIRECTORY ${WORK_DIR}/cpack ${WORK_DIR}/home)
set(root ${WORK_DIR}/root)

# 1. The package.
run("cpack" ${CMAKE_CPACK_COMMAND} -G DEB -B ${WORK_DIR}/cpack --config ${BINARY_DIR}/CPackConfig.cmake)
file(GLOB debs ${WORK_DIR}/cpack/fakeprint_*.deb)
list(LENGTH debs n)
if(NOT n EQUAL 1)
    message(FATAL_ERROR "expected one fakeprint_*.deb in ${WORK_DIR}/cpack, found: ${debs}")
endif()
message(STATUS "package: ${debs}")

run("dpkg-deb --field" dpkg-deb --field ${debs} Package Version Architecture Depends Recommends)
set(fields "${last_out}")
message(STATUS "control fields:\n${fields}")
foreach(expected "Package: fakeprint" "Version: ${VERSION}" "libqt6widgets6" "libqt6sql6-sqlite" "libtorch"
                 "libopencv-" "libavcodec" "libqcustomplot" "qt6-qpa-plugins" "libdlib-data")
    string(FIND "${fields}" "${expected}" at)
    if(at EQUAL -1)
        message(FATAL_ERROR "the package's control fields lack \"${expected}\":\n${fields}")
    endif()
endforeach()

run("dpkg-deb -x" dpkg-deb -x ${debs} ${root})
foreach(path usr/bin/fakeprint usr/bin/fakeprint-cli usr/share/fakeprint/models/fakeprint-default.pt
             usr/share/fakeprint/models/fakeprint-default.json usr/share/applications/${APP_ID}.desktop
             usr/share/metainfo/${APP_ID}.metainfo.xml usr/share/icons/hicolor/scalable/apps/${APP_ID}.svg
             usr/share/icons/hicolor/16x16/apps/${APP_ID}.png usr/share/icons/hicolor/256x256/apps/${APP_ID}.png
             usr/share/man/man1/fakeprint.1.gz usr/share/man/man1/fakeprint-cli.1.gz
             usr/share/doc/fakeprint/copyright)
    if(NOT EXISTS ${root}/${path})
        message(FATAL_ERROR "the package lacks /${path}")
    endif()
endforeach()
file(GLOB_RECURSE local_files RELATIVE ${root} ${root}/usr/local/*)
if(local_files)
    message(FATAL_ERROR "the package installs under /usr/local: ${local_files}")
endif()

# 2. Desktop integration files are valid (the tools come with packaging/setup-debian.sh).
find_program(DESKTOP_FILE_VALIDATE desktop-file-validate)
if(DESKTOP_FILE_VALIDATE)
    run("desktop-file-validate" ${DESKTOP_FILE_VALIDATE} ${root}/usr/share/applications/${APP_ID}.desktop)
    if(last_out MATCHES "error")
        message(FATAL_ERROR "desktop-file-validate: ${last_out}")
    endif()
endif()
find_program(APPSTREAMCLI appstreamcli)
if(APPSTREAMCLI)
    run("appstreamcli validate" ${APPSTREAMCLI} validate --no-net ${root}/usr/share/metainfo/${APP_ID}.metainfo.xml)
endif()
find_program(MAN man)
if(MAN)
    foreach(page fakeprint fakeprint-cli)
        run("man ${page}" ${CMAKE_COMMAND} -E env MANWIDTH=100 ${MAN} -l ${root}/usr/share/man/man1/${page}.1.gz)
        if(NOT last_out MATCHES "SYNOPSIS")
            message(FATAL_ERROR "man page ${page} renders without a SYNOPSIS:\n${last_out}")
        endif()
    endforeach()
endif()

# 3. The installed programs, from the scratch root, with a scratch home (no settings or data of the machine).
set(env ${CMAKE_COMMAND} -E env --unset=FAKEPRINT_DATA_DIR --unset=DISPLAY --unset=WAYLAND_DISPLAY
        HOME=${WORK_DIR}/home XDG_CONFIG_HOME=${WORK_DIR}/home/config XDG_DATA_HOME=${WORK_DIR}/home/data
        XDG_CACHE_HOME=${WORK_DIR}/home/cache QT_QPA_PLATFORM=offscreen)
set(cli ${root}/usr/bin/fakeprint-cli)
file(GLOB bin_before RELATIVE ${root}/usr/bin ${root}/usr/bin/*)

run("fakeprint-cli --version" ${env} ${cli} --version)
if(NOT last_out MATCHES "^fakeprint-cli ${VERSION}")
    message(FATAL_ERROR "fakeprint-cli --version printed \"${last_out}\"")
endif()

run("fakeprint-cli models list" ${env} ${cli} models list --json)
string(FIND "${last_out}" "${root}/usr/share/fakeprint/models" at)
if(at EQUAL -1)
    message(FATAL_ERROR "the installed fakeprint-cli does not use the installed model dir:\n${last_out}")
endif()

# A short clip: a face photo from setup-debian.sh when present (faces to track), else a test pattern.
set(clip ${WORK_DIR}/clip.mp4)
set(photo /usr/local/share/fakeprint/photos/face-api/sample1.jpg)
if(EXISTS ${photo})
    set(input -loop 1 -framerate 10 -i ${photo})
else()
    set(input -f lavfi -i testsrc2=size=320x240:rate=10)
endif()
run("ffmpeg" ffmpeg -v error -y ${input} -t 1 -vf "scale=640:-2,format=yuv420p" -c:v libx264 ${clip})

set(db ${WORK_DIR}/case.fpcase.db)
run("fakeprint-cli analyze" ${env} ${cli} analyze ${clip} --db ${db} --case Package --json)
string(JSON analysis_id GET "${last_out}" analysis_id)
string(JSON track_count LENGTH "${last_out}" tracks)
string(JSON model GET "${last_out}" model name)
string(JSON faces_scored GET "${last_out}" coverage faces_scored)
message(STATUS "analysis ${analysis_id}: ${track_count} face tracks, ${faces_scored} faces scored by model ${model}")
if(EXISTS ${photo} AND (track_count EQUAL 0 OR faces_scored EQUAL 0))
    message(FATAL_ERROR "the installed fakeprint-cli scored no face in ${photo}:\n${last_out}\n${last_err}")
endif()

run("fakeprint-cli report" ${env} ${cli} --lang de report --db ${db} --analysis ${analysis_id}
    -o ${WORK_DIR}/report-ar.pdf --lang ar --json)
string(JSON pages GET "${last_out}" pages)
if(pages LESS 1)
    message(FATAL_ERROR "the report has no pages: ${last_out}")
endif()

run("fakeprint --screenshot" ${env} ${root}/usr/bin/fakeprint --lang ar --db ${db} --analysis ${analysis_id}
    --screenshot ${WORK_DIR}/window-ar.png)
if(NOT EXISTS ${WORK_DIR}/window-ar.png)
    message(FATAL_ERROR "fakeprint --screenshot wrote no image")
endif()

file(GLOB bin_after RELATIVE ${root}/usr/bin ${root}/usr/bin/*)
if(NOT bin_before STREQUAL bin_after)
    message(FATAL_ERROR "files appeared next to the installed binaries: ${bin_after}")
endif()
file(GLOB_RECURSE user_data RELATIVE ${WORK_DIR}/home/data ${WORK_DIR}/home/data/*)
message(STATUS "user data dir: ${user_data}")
message(STATUS "the installed package works from ${root}")
