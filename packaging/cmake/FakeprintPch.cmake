# Precompiled headers (GCC only): parsing Qt, OpenCV and LibTorch headers is most of the compile time of a
# translation unit here, and every target parses the same ones. A few small "owner" targets each precompile one set
# of headers; every other target reuses the owner's PCH that matches it (REUSE_FROM), so each set is compiled once.
#
# A GCC PCH is only used by compiles with the same code-generation settings, so owners are split by
#   - what the target may see: core (Qt Core/Gui/Sql/Concurrent, OpenCV core), ui (core + Widgets), torch
#     (core + LibTorch, with QT_NO_KEYWORDS as LibTorch needs);
#   - -fPIC (libraries) or -fPIE (executables);
# The core set has no Widgets headers, so core code still cannot use them. QtTest is not precompiled: its headers
# test QT_TESTCASE_BUILDDIR, which Qt defines differently for every test folder.
# fakeprint_apply_pch() runs once at the end of the top-level CMakeLists and picks an owner for every target.
# Targets can opt out with the target property FAKEPRINT_NO_PCH; sources with SKIP_PRECOMPILE_HEADERS.
option(FAKEPRINT_PCH "Precompile the common Qt, OpenCV and LibTorch headers (GCC)" ON)
if(FAKEPRINT_PCH AND NOT CMAKE_CXX_COMPILER_ID STREQUAL "GNU")
    message(STATUS "Precompiled headers: off (used with GCC only)")
    set(FAKEPRINT_PCH OFF)
endif()
if(FAKEPRINT_PCH)
    # A PCH that does not match a compile is silently parsed as a plain header; say so instead.
    target_compile_options(fakeprint_options INTERFACE -Winvalid-pch)
endif()

set(FAKEPRINT_PCH_CORE_HEADERS
    <algorithm> <array> <atomic> <chrono> <cmath> <cstdint> <functional> <map> <memory> <mutex> <optional>
    <string> <unordered_map> <utility> <vector>
    <QByteArray> <QCoreApplication> <QCryptographicHash> <QDateTime> <QDir> <QElapsedTimer> <QFile> <QFileInfo>
    <QHash> <QImage> <QJsonArray> <QJsonDocument> <QJsonObject> <QJsonValue> <QList> <QLocale> <QObject>
    <QPainter> <QPointF> <QRectF> <QRegularExpression> <QSaveFile> <QSet> <QSettings> <QSqlDatabase>
    <QSqlError> <QSqlQuery> <QStandardPaths> <QString> <QStringList> <QTemporaryDir> <QTextStream> <QThread>
    <QVariant> <QVector>
    <opencv2/core.hpp>)
set(FAKEPRINT_PCH_UI_HEADERS
    <QAction> <QApplication> <QComboBox> <QDialog> <QDialogButtonBox> <QFormLayout> <QHBoxLayout> <QLabel>
    <QPushButton> <QVBoxLayout> <QWidget>)
set(FAKEPRINT_PCH_TORCH_HEADERS <torch/script.h>)

# A GCC PCH is refused by a compile that lacks a macro defined when the PCH was made, or defines one that its headers
# test (extra macros are fine otherwise), so an owner defines only what every user of its set defines: the common
# options, QT_CORE_LIB (and QT_WIDGETS_LIB, QT_GUI_LIB for ui, LibTorch's and QT_NO_KEYWORDS for torch). The other
# modules' headers come in by include directory only. Users get the same include directories, so a compile that cannot use
# the PCH (warned by -Winvalid-pch) still builds, only slower.
set(FAKEPRINT_PCH_INCLUDES
    $<TARGET_PROPERTY:Qt6::Gui,INTERFACE_INCLUDE_DIRECTORIES>
    $<TARGET_PROPERTY:Qt6::Sql,INTERFACE_INCLUDE_DIRECTORIES>
    $<TARGET_PROPERTY:Qt6::Concurrent,INTERFACE_INCLUDE_DIRECTORIES>
    $<TARGET_PROPERTY:opencv_core,INTERFACE_INCLUDE_DIRECTORIES>)

# The owner of one header set for one kind of target (STATIC_LIBRARY or EXECUTABLE); created on first use.
function(_fakeprint_pch_owner out set type)
    set(name fakeprint_pch_${set})
    if(type STREQUAL "EXECUTABLE")
        string(APPEND name _exe)
    else()
        string(APPEND name _lib)
    endif()
    set(${out} ${name} PARENT_SCOPE)
    if(TARGET ${name})
        return()
    endif()
    # file(CONFIGURE) writes only when the content changes, so a re-configure rebuilds nothing.
    set(source ${CMAKE_BINARY_DIR}/pch/${name}.cpp)
    if(type STREQUAL "EXECUTABLE")
        file(CONFIGURE OUTPUT ${source} CONTENT "int main() { return 0; }\n")
        add_executable(${name} ${source})
    else()
        file(CONFIGURE OUTPUT ${source} CONTENT "// precompiled headers only\n")
        add_library(${name} STATIC ${source})
    endif()
    set_target_properties(${name} PROPERTIES AUTOMOC OFF FAKEPRINT_NO_PCH ON)
    target_link_libraries(${name} PRIVATE fakeprint_options Qt6::Core)
    target_include_directories(${name} SYSTEM PRIVATE ${FAKEPRINT_PCH_INCLUDES})
    set(headers ${FAKEPRINT_PCH_CORE_HEADERS})
    if(set STREQUAL "ui")
        target_link_libraries(${name} PRIVATE Qt6::Widgets)
        list(APPEND headers ${FAKEPRINT_PCH_UI_HEADERS})
    elseif(set STREQUAL "torch")
        target_link_libraries(${name} PRIVATE ${TORCH_LIBRARIES})
        target_compile_definitions(${name} PRIVATE QT_NO_KEYWORDS)
        list(APPEND headers ${FAKEPRINT_PCH_TORCH_HEADERS})
    endif()
    # C++ headers for C++ sources only ('>' inside a generator expression is written $<ANGLE-R>).
    list(TRANSFORM headers REPLACE "^<(.+)>$" "$<$<COMPILE_LANGUAGE:CXX>:<\\1$<ANGLE-R>>")
    target_precompile_headers(${name} PRIVATE ${headers})
endfunction()

function(_fakeprint_collect_targets dir out)
    get_property(targets DIRECTORY ${dir} PROPERTY BUILDSYSTEM_TARGETS)
    get_property(subdirs DIRECTORY ${dir} PROPERTY SUBDIRECTORIES)
    foreach(sub IN LISTS subdirs)
        _fakeprint_collect_targets(${sub} more)
        list(APPEND targets ${more})
    endforeach()
    set(${out} ${targets} PARENT_SCOPE)
endfunction()

function(fakeprint_apply_pch)
    if(NOT FAKEPRINT_PCH)
        return()
    endif()
    _fakeprint_collect_targets(${PROJECT_SOURCE_DIR} targets)
    set(count 0)
    foreach(target IN LISTS targets)
        get_target_property(type ${target} TYPE)
        get_target_property(skip ${target} FAKEPRINT_NO_PCH)
        if(skip OR NOT (type STREQUAL "STATIC_LIBRARY" OR type STREQUAL "EXECUTABLE"))
            continue()
        endif()
        get_target_property(own ${target} PRECOMPILE_HEADERS)
        if(own)
            continue()
        endif()
        get_target_property(defines ${target} COMPILE_DEFINITIONS)
        get_target_property(libs ${target} LINK_LIBRARIES)
        if(NOT libs)
            set(libs)
        endif()
        # Which header set the target may see, from what it links directly.
        set(set core)
        if("QT_NO_KEYWORDS" IN_LIST defines)
            set(set torch)
        elseif(libs MATCHES "(^|;)(Qt6::Widgets|fakeprint_ui|fakeprint_report)(;|$)")
            set(set ui)
        endif()
        if(set STREQUAL "torch" AND type STREQUAL "EXECUTABLE")
            # Too few LibTorch executables to pay for their own PCH.
            continue()
        endif()
        _fakeprint_pch_owner(owner ${set} ${type})
        target_precompile_headers(${target} REUSE_FROM ${owner})
        # In a LibTorch library only the sources listed in FAKEPRINT_TORCH_SOURCES include LibTorch; the others
        # would pay for loading its large PCH without using it, so they parse their own (few) headers.
        get_target_property(torch_sources ${target} FAKEPRINT_TORCH_SOURCES)
        if(set STREQUAL "torch" AND torch_sources)
            get_target_property(sources ${target} SOURCES)
            foreach(source IN LISTS sources)
                get_filename_component(source_name ${source} NAME)
                if(source MATCHES "\\.cpp$" AND NOT source_name IN_LIST torch_sources)
                    set_source_files_properties(${source} TARGET_DIRECTORY ${target}
                        PROPERTIES SKIP_PRECOMPILE_HEADERS ON)
                endif()
            endforeach()
        endif()
        target_include_directories(${target} SYSTEM PRIVATE ${FAKEPRINT_PCH_INCLUDES})
        math(EXPR count "${count} + 1")
    endforeach()
    message(STATUS "Precompiled headers: ${count} targets reuse the PCH of one of the fakeprint_pch_* targets")
endfunction()
