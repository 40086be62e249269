# Installation and packages. Linux: a .deb that depends on Debian's Qt packages (nothing of Qt is copied).
# Windows: windeployqt (through Qt's deploy script) puts the Qt libraries, the SQLite driver, the print support
# plugin and the Qt translations beside the program; the other DLLs come from vcpkg; an NSIS installer.
# The installer test on Linux (scripts/ci-installer.sh, tests/installer/) includes this file too, with
# SHUANGSUI_WINDOWS_TREE naming a folder laid out as windeployqt lays out the Windows installation: that folder is
# what the installer installs, with the same CPack settings as the Windows build's.
# GNUInstallDirs needs a language to know the library folder; the installer test project has none (and no use for it).
if(NOT SHUANGSUI_WINDOWS_TREE)
    include(GNUInstallDirs)
endif()
set(SHUANGSUI_SOURCE_DIR "${CMAKE_CURRENT_LIST_DIR}/..")

if(SHUANGSUI_WINDOWS_TREE)
    install(DIRECTORY "${SHUANGSUI_WINDOWS_TREE}/" DESTINATION . USE_SOURCE_PERMISSIONS)
elseif(WIN32)
    install(TARGETS shuangsui shuangsui-cli RUNTIME_DEPENDENCY_SET shuangsui_runtime
            RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR})
    # The non-Qt DLLs (OpenSSL, libxlsxwriter, minizip, FreeXL, zlib, SQLite) from the folder vcpkg installed them to.
    if(DEFINED VCPKG_INSTALLED_DIR AND DEFINED VCPKG_TARGET_TRIPLET)
        set(SHUANGSUI_RUNTIME_DIRS "${VCPKG_INSTALLED_DIR}/${VCPKG_TARGET_TRIPLET}/bin" CACHE STRING
            "Folders with the DLLs the programs need besides Qt's")
    endif()
    install(RUNTIME_DEPENDENCY_SET shuangsui_runtime
            DESTINATION ${CMAKE_INSTALL_BINDIR}
            DIRECTORIES ${SHUANGSUI_RUNTIME_DIRS}
            PRE_EXCLUDE_REGEXES "^api-ms-" "^ext-ms-" "^[Qq]t6" "^MSVCP" "^VCRUNTIME" "^vcruntime"
            POST_EXCLUDE_REGEXES ".*[Ss]ystem32/.*")
    # Qt 6.4 names the output FILENAME_VARIABLE, later versions OUTPUT_SCRIPT.
    if(Qt6_VERSION VERSION_LESS 6.5)
        qt_generate_deploy_app_script(TARGET shuangsui FILENAME_VARIABLE SHUANGSUI_DEPLOY_SCRIPT)
    else()
        qt_generate_deploy_app_script(TARGET shuangsui OUTPUT_SCRIPT SHUANGSUI_DEPLOY_SCRIPT)
    endif()
    install(SCRIPT ${SHUANGSUI_DEPLOY_SCRIPT})
    # windeployqt merges the Qt catalogs into qt_zh_CN.qm; Translations.cpp loads qtbase_zh_CN.qm by name.
    install(FILES "${QT6_INSTALL_PREFIX}/${QT6_INSTALL_TRANSLATIONS}/qtbase_zh_CN.qm" DESTINATION translations
            OPTIONAL)
else()
    install(TARGETS shuangsui shuangsui-cli RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR})
    install(FILES ${SHUANGSUI_SOURCE_DIR}/resources/shuangsui.desktop DESTINATION ${CMAKE_INSTALL_DATADIR}/applications)
    foreach(size 16 32 48 64 128 256)
        install(FILES ${SHUANGSUI_SOURCE_DIR}/resources/icons/shuangsui-${size}.png
                DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/${size}x${size}/apps RENAME shuangsui.png)
    endforeach()
    install(FILES ${SHUANGSUI_SOURCE_DIR}/resources/icons/shuangsui.svg
            DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/scalable/apps)
endif()
# The program's own translations are embedded (qt_add_translations in CMakeLists.txt), as are the demo data,
# the document templates and the calendar (core/CMakeLists.txt): nothing else to install.

set(CPACK_PACKAGE_NAME shuangsui)
set(CPACK_PACKAGE_VENDOR shuangsui)
set(CPACK_PACKAGE_CONTACT "shuangsui project <noreply@shuangsui.invalid>")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "双随机抽查系统 — double-random inspection system for county education bureaus")
set(CPACK_PACKAGE_DESCRIPTION
    "县级教育局“双随机、一公开”抽查系统：维护抽查事项清单、检查对象名录库与执法检查人员名录库，按公开、可复核的算法\
随机抽取检查对象和执法检查人员，打印抽取结果单，记录检查结果并公示。\n\
A desktop program for a county education bureau's double-random, one-public inspections: the item list, the entity \
and inspector registries, a draw anyone can recompute, printed draw sheets, results and publication. Includes \
shuangsui-cli, the command-line tool.")
set(CPACK_PACKAGE_INSTALL_DIRECTORY shuangsui)
set(CPACK_PACKAGE_EXECUTABLES shuangsui "双随机抽查系统")
set(CPACK_STRIP_FILES ON)
set(CPACK_VERBATIM_VARIABLES ON)

# .deb: Debian's Qt libraries through dpkg-shlibdeps, plus what the program loads at run time (the SQLite driver
# plugin, Qt's own Chinese texts) and a font with Chinese glyphs.
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_SECTION misc)
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_PACKAGE_DEPENDS "libqt6sql6-sqlite, qt6-translations-l10n, fonts-noto-cjk | fonts-wqy-microhei")
# The control file's Description: CPack puts the summary on its first line and the description below it.

# NSIS (Windows): a Start-menu entry in Chinese; the uninstaller removes only the installed files, so the data
# under %APPDATA%\shuangsui stays.
set(CPACK_NSIS_PACKAGE_NAME "双随机抽查系统")
set(CPACK_NSIS_DISPLAY_NAME "双随机抽查系统 ${PROJECT_VERSION}")
set(CPACK_NSIS_MUI_ICON "${SHUANGSUI_SOURCE_DIR}/resources/icons/shuangsui.ico")
set(CPACK_NSIS_MUI_UNIICON "${SHUANGSUI_SOURCE_DIR}/resources/icons/shuangsui.ico")
set(CPACK_NSIS_INSTALLED_ICON_NAME "bin\\shuangsui.exe")
set(CPACK_NSIS_EXECUTABLES_DIRECTORY bin)
set(CPACK_NSIS_ENABLE_UNINSTALL_BEFORE_INSTALL ON)
set(CPACK_NSIS_MODIFY_PATH OFF)
set(CPACK_NSIS_IGNORE_LICENSE_PAGE ON)
# A 64-bit program: C:\Program Files, not C:\Program Files (x86), also from the 32-bit installer stub.
set(CPACK_NSIS_INSTALL_ROOT "$PROGRAMFILES64")
# windeployqt puts Microsoft's C++ runtime installer beside the program, in bin\ (MSVC builds): run it quietly (it
# does nothing when the same or a newer runtime is there), then remove it (25 MB the program never needs again).
set(CPACK_NSIS_EXTRA_INSTALL_COMMANDS
    "IfFileExists '$INSTDIR\\bin\\vc_redist.x64.exe' 0 +3\n  ExecWait '\"$INSTDIR\\bin\\vc_redist.x64.exe\" /install /quiet /norestart'\n  Delete '$INSTDIR\\bin\\vc_redist.x64.exe'")
# CPack's NSIS template is UTF-8 (with a BOM) but makes an ANSI installer, which cannot show Chinese: make a
# Unicode one. In the script (CPACK_NSIS_DEFINES, before any data), not as makensis -X arguments: CPack puts its
# option sign before each argument and splits "-XUnicode true" at the space (found by the installer test).
# The stub: x86-unicode (the only Unicode one the Windows NSIS releases ship) unless told, e.g. amd64-unicode for
# the test under Debian's wine64, which runs 64-bit programs only.
set(CPACK_NSIS_DEFINES "  Unicode true")
if(SHUANGSUI_NSIS_TARGET)
    string(APPEND CPACK_NSIS_DEFINES "\n  Target ${SHUANGSUI_NSIS_TARGET}")
endif()

if(WIN32 OR SHUANGSUI_WINDOWS_TREE)
    set(CPACK_GENERATOR NSIS)
else()
    set(CPACK_GENERATOR DEB)
endif()
include(CPack)
