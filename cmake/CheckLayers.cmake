# The layering check (docs/architecture.md): every #include "X.h" of a project file must name a header of its own
# folder or of a folder its folder may include. Run by the test `layers` (tests/CMakeLists.txt):
#   cmake -DSOURCE_DIR=<checkout> -P cmake/CheckLayers.cmake
# Prints each include that breaks the rule ("layer break: …": file, header, both folders) and fails; else a summary.
cmake_minimum_required(VERSION 3.25)
if(NOT SOURCE_DIR)
    get_filename_component(SOURCE_DIR "${CMAKE_CURRENT_LIST_DIR}/.." ABSOLUTE)
endif()

# Who may include whom. A folder always includes its own headers; nothing may include a folder not listed here.
# core: the domain folders, lower first.
set(may_core_base "")
set(may_core_tables core/base)
set(may_core_draw core/base)
set(may_core_storage core/base)
set(may_core_office core/base core/storage)
set(may_core_registry core/base core/tables core/storage core/office)
set(may_core_plan core/base core/tables core/draw core/storage core/office core/registry)
set(may_core_results ${may_core_plan} core/plan)
set(may_core_publish ${may_core_results} core/results)
set(may_core_audit ${may_core_publish} core/publish)
set(may_core_demo ${may_core_audit} core/audit)
set(core_all core/base core/tables core/draw core/storage core/office core/registry core/plan core/results
    core/publish core/audit core/demo)
# The programs and the window use the whole core, never each other.
set(may_app_cli ${core_all})
set(may_app_gui ${core_all} ui/widgets ui/help ui/registry ui/audit ui/admin ui/results ui/plans ui/plans/wizard ui/shell)
# The screenshot walk (scripts/screenshots.sh) drives the real window, as the program does.
set(may_tools_screenshots ${may_app_gui})
# ui: shared widgets, then the features, then the window that puts them together.
set(may_ui_widgets ${core_all})
set(may_ui_help ${core_all} ui/widgets)
set(may_ui_registry ${core_all} ui/widgets)
set(may_ui_audit ${core_all} ui/widgets)
set(may_ui_admin ${core_all} ui/widgets)
set(may_ui_results ${core_all} ui/widgets)
set(may_ui_plans ${core_all} ui/widgets ui/results ui/plans/wizard)
set(may_ui_plans_wizard ${core_all} ui/widgets ui/plans)
set(may_ui_shell ${core_all} ui/widgets ui/help ui/registry ui/audit ui/admin ui/results ui/plans ui/plans/wizard)

set(folders "")
foreach(var IN ITEMS core_base core_tables core_draw core_storage core_office core_registry core_plan core_results
                     core_publish core_audit core_demo app_cli app_gui ui_widgets ui_help ui_registry ui_audit ui_admin
                     ui_results ui_plans ui_plans_wizard ui_shell tools_screenshots)
    string(REPLACE "_" "/" folder "${var}")
    list(APPEND folders "${folder}")
endforeach()

# Where each header lives.
file(GLOB_RECURSE headers RELATIVE "${SOURCE_DIR}" "${SOURCE_DIR}/core/*.h" "${SOURCE_DIR}/ui/*.h"
     "${SOURCE_DIR}/app/*.h" "${SOURCE_DIR}/tools/*.h")
foreach(h IN LISTS headers)
    get_filename_component(name "${h}" NAME)
    get_filename_component(dir "${h}" DIRECTORY)
    if(DEFINED home_${name})
        message(SEND_ERROR "Two headers named ${name}: ${home_${name}} and ${dir} (includes name headers alone)")
    endif()
    set(home_${name} "${dir}")
endforeach()

set(broken 0)
set(checked 0)
file(GLOB_RECURSE sources RELATIVE "${SOURCE_DIR}" "${SOURCE_DIR}/core/*.[ch]*" "${SOURCE_DIR}/ui/*.[ch]*"
     "${SOURCE_DIR}/app/*.[ch]*" "${SOURCE_DIR}/tools/*.[ch]*")
foreach(source IN LISTS sources)
    if(NOT source MATCHES "\\.(h|cpp)$")
        continue()
    endif()
    get_filename_component(dir "${source}" DIRECTORY)
    if(NOT dir IN_LIST folders)
        message(STATUS "layer break: ${source}: the folder ${dir} is not in the layering (cmake/CheckLayers.cmake)")
        math(EXPR broken "${broken} + 1")
        continue()
    endif()
    string(REPLACE "/" "_" var "${dir}")
    file(STRINGS "${SOURCE_DIR}/${source}" lines REGEX "^#include \"")
    foreach(line IN LISTS lines)
        string(REGEX REPLACE "^#include \"([^\"]+)\".*" "\\1" header "${line}")
        get_filename_component(name "${header}" NAME)
        if(NOT DEFINED home_${name})
            continue() # generated or third-party
        endif()
        math(EXPR checked "${checked} + 1")
        set(target "${home_${name}}")
        if(target STREQUAL dir OR target IN_LIST may_${var})
            continue()
        endif()
        message(STATUS "layer break: ${source} includes ${name} of ${target}/: ${dir}/ may not include ${target}/")
        math(EXPR broken "${broken} + 1")
    endforeach()
endforeach()
if(broken GREATER 0)
    message(FATAL_ERROR "${broken} include(s) break the layering (docs/architecture.md)")
endif()
list(LENGTH sources nsources)
message(STATUS "layers: ${checked} includes in ${nsources} files follow docs/architecture.md")
