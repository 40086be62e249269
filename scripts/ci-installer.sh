#!/usr/bin/env bash
# CI: the Windows installer, built and installed on Linux (issue 20). Debian's nsis builds it from
# cmake/Packaging.cmake (through tests/installer/, with the Windows build's CPack settings) over a folder laid out as
# windeployqt lays out the installation; Debian's wine64 runs it silently (/S) and then its uninstaller. Checked:
#  - the install folder C:\Program Files\shuangsui holds every file of the folder, byte for byte;
#  - the Start-menu folder 双随机抽查系统 holds 双随机抽查系统.lnk (to bin\shuangsui.exe) and Uninstall.lnk;
#  - the uninstall registry key (HKLM\…\Uninstall\shuangsui, one for every version) names 双随机抽查系统 VERSION, the version and
#    the uninstaller;
#  - the VC++ runtime step ran vc_redist.x64.exe /install /quiet /norestart and removed it again;
#  - the silent uninstall (the key's UninstallString /S) removes the program, its shortcuts and its key, and keeps
#    the data under %APPDATA%\shuangsui byte for byte.
# What stands in for what (there are no Windows Qt libraries here): the two programs are the Linux build's
# (build/package, made by scripts/ci-package.sh or here), Qt's DLLs and plugins are Debian's .so files under the
# Windows names, Qt's Chinese catalog is Debian's. vc_redist.x64.exe is a real Windows program built here with
# mingw-w64 (tests/installer/vc_redist_standin.c) that writes down how it was started. The installer stub is
# amd64-unicode because Debian's wine64 runs 64-bit programs only; the Windows build uses the x86-unicode stub
# (SHUANGSUI_NSIS_TARGET in cmake/Packaging.cmake), with the same script.
#   scripts/ci-installer.sh
set -euo pipefail
cd "$(dirname "$0")/.."
started=$SECONDS
step() { echo "ci-installer: $*"; }
fail() { echo "ci-installer: FAILED: $*" >&2; exit 1; }

# Only this stage needs them (setup-debian.sh installs without recommends: wine64 alone, no 32-bit wine).
scripts/setup-debian.sh nsis wine64 gcc-mingw-w64-x86-64-posix
WINE=/usr/lib/wine/wine64
export WINESERVER=/usr/lib/wine/wineserver64
version=$(sed -n 's/^project(shuangsui VERSION \([0-9.]*\).*/\1/p' CMakeLists.txt)
[ -n "$version" ] || fail "no version in CMakeLists.txt"

if [ ! -x build/package/app/shuangsui ] || [ ! -x build/package/app/shuangsui-cli ]; then
  step "building the package preset for the stand-in programs"
  export CCACHE_DIR="${CCACHE_DIR:-$HOME/.cache/shuangsui-ccache}" CCACHE_BASEDIR="$PWD" CCACHE_NOHASHDIR=true
  cmake --preset package >/dev/null
  cmake --build --preset package
fi

work="$PWD/build/installer"
rm -rf "$work"
tree="$work/tree"
mkdir -p "$tree/bin" "$tree/plugins"/{platforms,styles,sqldrivers,imageformats,generic} "$tree/translations"

step "laying out the installation as windeployqt does"
qtlib=/usr/lib/x86_64-linux-gnu
qtplugins=$qtlib/qt6/plugins
cp build/package/app/shuangsui "$tree/bin/shuangsui.exe"
cp build/package/app/shuangsui-cli "$tree/bin/shuangsui-cli.exe"
for module in Core Gui Widgets Sql PrintSupport; do
  cp "$qtlib/libQt6$module.so.6" "$tree/bin/Qt6$module.dll"
done
# Qt's deploy script (qt_generate_deploy_app_script) puts the plugins and translations beside bin\ and says where
# in bin\qt.conf.
printf '[Paths]\nPrefix = ..\nPlugins = plugins\nTranslations = translations\n' > "$tree/bin/qt.conf"
cp "$qtplugins/platforms/libqxcb.so" "$tree/plugins/platforms/qwindows.dll"
cp "$qtplugins/platforms/libqminimal.so" "$tree/plugins/styles/qwindowsvistastyle.dll"
cp "$qtplugins/sqldrivers/libqsqlite.so" "$tree/plugins/sqldrivers/qsqlite.dll"
for format in gif ico jpeg; do cp "$qtplugins/imageformats/libq$format.so" "$tree/plugins/imageformats/q$format.dll"; done
cp "$qtplugins/generic/libqtuiotouchplugin.so" "$tree/plugins/generic/qtuiotouchplugin.dll"
cp /usr/share/qt6/translations/qt_zh_CN.qm /usr/share/qt6/translations/qtbase_zh_CN.qm "$tree/translations/"
# The libraries vcpkg builds (README: Windows), installed beside the programs by RUNTIME_DEPENDENCY_SET.
for pair in libcrypto.so.3:libcrypto-3-x64 libsodium.so.23:libsodium libxlsxwriter.so.4:xlsxwriter \
            libminizip.so.1:minizip libfreexl.so.1:freexl libz.so.1:zlib1 libsqlite3.so.0:sqlite3; do
  cp "$qtlib/${pair%%:*}" "$tree/bin/${pair##*:}.dll"
done
x86_64-w64-mingw32-gcc-posix -O2 -Wall -Wextra -Werror -o "$tree/bin/vc_redist.x64.exe" \
  tests/installer/vc_redist_standin.c || fail "the vc_redist stand-in does not compile"
(cd "$tree" && find . -type f ! -name vc_redist.x64.exe | sort | xargs sha256sum) > "$work/tree.sha256"
step "$(wc -l < "$work/tree.sha256") files, $(du -sm "$tree" | cut -f1) MB"

step "building the installer with makensis (cmake/Packaging.cmake)"
cmake -S tests/installer -B "$work/cmake" -DSHUANGSUI_WINDOWS_TREE="$tree" -DSHUANGSUI_NSIS_TARGET=amd64-unicode \
  >"$work/configure.log" || { cat "$work/configure.log"; fail "configure tests/installer"; }
(cd "$work/cmake" && cpack -G NSIS >"$work/cpack.log" 2>&1) || { tail -40 "$work/cpack.log";
  cat "$work/cmake/_CPack_Packages/"*/NSIS/NSISOutput.log 2>/dev/null | tail -40; fail "cpack -G NSIS"; }
installer=$(ls "$work/cmake/shuangsui-$version-"*.exe)
step "$(basename "$installer") ($(du -k "$installer" | cut -f1) KB)"

step "a new Wine prefix"
export WINEPREFIX="$work/wine" WINEDEBUG=-all WINEARCH=win64
# No Mono or Gecko download prompts, no Linux menu entries for the Start-menu shortcuts.
export WINEDLLOVERRIDES="mscoree,mshtml=;winemenubuilder.exe=d"
"$WINE" wineboot -i >"$work/wineboot.log" 2>&1 || { cat "$work/wineboot.log"; fail "wineboot"; }
"$WINESERVER" -w
windows_path() { "$WINE" winepath -w "$1" 2>/dev/null | tr -d '\r'; }
unix_path() { "$WINE" winepath -u "$1" 2>/dev/null | tr -d '\r'; }
appdata=$(unix_path "$("$WINE" cmd /c echo %APPDATA% 2>/dev/null | tr -d '\r')")
programs=$(unix_path "$("$WINE" cmd /c echo %ProgramW6432% 2>/dev/null | tr -d '\r')")
start_menu=$(unix_path "$("$WINE" cmd /c echo %ProgramData% 2>/dev/null | tr -d '\r')")/Microsoft/Windows/"Start Menu"/Programs
[ -d "$appdata" ] && [ -d "$programs" ] || fail "no %APPDATA% ($appdata) or %ProgramW6432% ($programs) in the prefix"
instdir="$programs/shuangsui"

step "installing silently (/S)"
export SHUANGSUI_REDIST_LOG
SHUANGSUI_REDIST_LOG=$(windows_path "$work/vc_redist.log")
"$WINE" "$installer" /S >"$work/install.log" 2>&1 || { cat "$work/install.log"; fail "the installer exited with $?"; }
"$WINESERVER" -w

(cd "$instdir" && sha256sum --quiet -c "$work/tree.sha256") || fail "the install folder differs from the tree"
[ -e "$instdir/Uninstall.exe" ] || fail "no Uninstall.exe in $instdir"
[ ! -e "$instdir/bin/vc_redist.x64.exe" ] || fail "vc_redist.x64.exe left in bin\\"
[ -s "$work/vc_redist.log" ] || fail "the VC++ runtime step did not run vc_redist.x64.exe"
grep -q -- '/install /quiet /norestart' "$work/vc_redist.log" || fail "vc_redist.x64.exe was run as: $(cat "$work/vc_redist.log")"
shortcut="$start_menu/双随机抽查系统/双随机抽查系统.lnk"
[ -f "$shortcut" ] || fail "no Start-menu entry $shortcut ($(ls -R "$start_menu" 2>&1 | head -20))"
[ -f "$start_menu/双随机抽查系统/Uninstall.lnk" ] || fail "no Uninstall.lnk in the Start-menu folder"
# A shell link holds its target's path (as UTF-16 in the string data): the program, not the uninstaller.
python3 - "$shortcut" <<'PYTHON' || fail "the Start-menu entry does not start bin\\shuangsui.exe"
import sys
data = open(sys.argv[1], 'rb').read()
sys.exit(0 if 'bin\\shuangsui.exe'.encode('utf-16-le') in data or b'bin\\shuangsui.exe' in data else 1)
PYTHON

# The uninstall key, read from Wine's registry file (non-ASCII characters are written there as \xNNNN).
uninstall_value() {
  python3 - "$WINEPREFIX/system.reg" shuangsui "$1" <<'PYTHON'
import re, sys
path, key, name = sys.argv[1:]
text = open(path, encoding='utf-8', errors='replace').read()
header = '[Software\\\\Microsoft\\\\Windows\\\\CurrentVersion\\\\Uninstall\\\\' + key + ']'
start = text.find(header)
if start < 0:
    sys.exit(1)
section = text[start:].split('\n\n', 1)[0]
m = re.search('^"' + re.escape(name) + r'"="(.*)"$', section, re.M)
if not m:
    sys.exit(2)
value = re.sub(r'\\x([0-9a-fA-F]{1,4})', lambda x: chr(int(x.group(1), 16)), m.group(1))
print(value.replace('\\\\', '\\').replace('\\"', '"'))
PYTHON
}
display_name=$(uninstall_value DisplayName) || fail "no uninstall key 'shuangsui' with a DisplayName"
[ "$display_name" = "双随机抽查系统 $version" ] || fail "DisplayName is '$display_name'"
[ "$(uninstall_value DisplayVersion)" = "$version" ] || fail "DisplayVersion is '$(uninstall_value DisplayVersion)'"
uninstaller=$(uninstall_value UninstallString | tr -d '"')
[ "$(unix_path "$uninstaller")" = "$instdir/Uninstall.exe" ] || fail "UninstallString is '$uninstaller'"
step "installed: $instdir, Start menu 双随机抽查系统, uninstall key 'shuangsui' ($display_name), VC++ runtime step run"

step "uninstalling silently, with a data file under %APPDATA%\\shuangsui"
mkdir -p "$appdata/shuangsui"
head -c 65536 /dev/urandom > "$appdata/shuangsui/shuangsui.sqlite"
data_sum=$(sha256sum < "$appdata/shuangsui/shuangsui.sqlite")
"$WINE" "$uninstaller" /S >"$work/uninstall.log" 2>&1 || { cat "$work/uninstall.log"; fail "the uninstaller exited with $?"; }
"$WINESERVER" -w
[ ! -e "$instdir/bin/shuangsui.exe" ] && [ ! -e "$instdir/Uninstall.exe" ] || fail "program files left in $instdir"
left=$( (find "$instdir" -type f 2>/dev/null || true) | head -5)
[ -z "$left" ] || fail "files left after uninstalling: $left"
[ ! -e "$shortcut" ] || fail "the Start-menu entry is left"
! uninstall_value DisplayName >/dev/null || fail "the uninstall key is left"
[ "$(sha256sum < "$appdata/shuangsui/shuangsui.sqlite")" = "$data_sum" ] || fail "the data under %APPDATA% changed or went"
"$WINESERVER" -k 2>/dev/null || true
step "ok in $((SECONDS - started)) s"
