# The Windows resource file of one program (its icon and VERSIONINFO, from app/shuangsui.rc.in), with the version
# from project(VERSION) — its one source. app/CMakeLists.txt adds them to the programs on Windows; on Linux
# scripts/check-mingw.sh writes them the same way and compiles them with x86_64-w64-mingw32-windres:
#   cmake -DEXE=shuangsui -DOUTPUT=<file.rc> -DSOURCE_DIR=<checkout> -DVERSION=0.1.0 -P cmake/WindowsResources.cmake
function(shuangsui_windows_rc exe output source_dir version)
    string(REPLACE "." ";" parts "${version}")
    list(GET parts 0 PROJECT_VERSION_MAJOR)
    list(GET parts 1 PROJECT_VERSION_MINOR)
    list(GET parts 2 PROJECT_VERSION_PATCH)
    set(PROJECT_VERSION "${version}")
    set(RC_ORIGINAL_FILENAME "${exe}.exe")
    if(exe STREQUAL "shuangsui")
        set(RC_FILE_DESCRIPTION "双随机抽查系统")
    else()
        set(RC_FILE_DESCRIPTION "双随机抽查系统 命令行工具")
    endif()
    set(RC_ICON "${source_dir}/resources/icons/shuangsui.ico")
    configure_file("${source_dir}/app/shuangsui.rc.in" "${output}" @ONLY)
endfunction()

if(CMAKE_SCRIPT_MODE_FILE STREQUAL CMAKE_CURRENT_LIST_FILE)
    shuangsui_windows_rc("${EXE}" "${OUTPUT}" "${SOURCE_DIR}" "${VERSION}")
endif()
