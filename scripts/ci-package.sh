#!/usr/bin/env bash
# CI: builds the .deb (the "package" preset), installs it into this machine with dpkg, runs the installed programs
# (shuangsui-cli --version, a demo data file made with the installed CLI, the installed GUI offscreen on it for a
# few seconds) and removes the package again. Every step is checked; the first failure stops the script.
set -euo pipefail
cd "$(dirname "$0")/.."
started=$(date +%s)
sudo=""
[ "$(id -u)" -ne 0 ] && sudo="sudo"
step() { echo "ci-package: $*"; }
fail() { echo "ci-package: FAILED: $*" >&2; exit 1; }

export CCACHE_DIR="${CCACHE_DIR:-$HOME/.cache/shuangsui-ccache}"
export CCACHE_BASEDIR="$PWD" CCACHE_NOHASHDIR=true
version=$(sed -n 's/^project(shuangsui VERSION \([0-9.]*\).*/\1/p' CMakeLists.txt)
[ -n "$version" ] || fail "no version in CMakeLists.txt"

step "building the package preset (version $version)"
cmake --preset package >/dev/null
cmake --build --preset package
rm -f build/package/shuangsui_*.deb
(cd build/package && cpack -G DEB >/dev/null)
deb=$(ls build/package/shuangsui_"$version"_*.deb)
contents=$(dpkg-deb --contents "$deb")
for f in ./usr/bin/shuangsui ./usr/bin/shuangsui-cli ./usr/share/applications/shuangsui.desktop \
         ./usr/share/icons/hicolor/256x256/apps/shuangsui.png ./usr/share/icons/hicolor/16x16/apps/shuangsui.png \
         ./usr/share/icons/hicolor/scalable/apps/shuangsui.svg; do
  grep -q " $f\$" <<<"$contents" || fail "$deb lacks $f"
done
depends=$(dpkg-deb --field "$deb" Depends)
for d in libqt6widgets6 libqt6sql6-sqlite qt6-translations-l10n; do
  grep -q "$d" <<<"$depends" || fail "Depends lacks $d: $depends"
done
step "$deb ($(du -k "$deb" | cut -f1) KB), Depends: $depends"

# A package left by an earlier, interrupted run would make this one an upgrade: start from none.
if dpkg-query -W -f='${Status}' shuangsui 2>/dev/null | grep -q "install ok installed"; then
  $sudo dpkg -r shuangsui >/dev/null
fi
work=$(mktemp -d)
cleanup() {
  if dpkg-query -W -f='${Status}' shuangsui 2>/dev/null | grep -q installed; then $sudo dpkg -r shuangsui >/dev/null || true; fi
  rm -rf "$work"
}
trap cleanup EXIT

step "installing"
if ! $sudo dpkg -i "$deb" >"$work/dpkg.log" 2>&1; then
  # Missing dependencies: apt installs them and finishes configuring the package.
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -f -y -qq >/dev/null || { cat "$work/dpkg.log"; fail "dpkg -i"; }
fi
dpkg-query -W -f='${Status} ${Version}' shuangsui | grep -q "install ok installed $version" || fail "not installed"

step "running /usr/bin/shuangsui-cli"
out=$(/usr/bin/shuangsui-cli --version)
grep -q "^shuangsui-cli $version " <<<"$out" || fail "shuangsui-cli --version said: $out"
out=$(/usr/bin/shuangsui --version)
grep -q "$version" <<<"$out" || fail "shuangsui --version said: $out"
/usr/bin/shuangsui-cli --db "$work/演示数据.sqlite" demo >/dev/null || fail "shuangsui-cli demo"
out=$(/usr/bin/shuangsui-cli --db "$work/演示数据.sqlite" audit verify) || fail "audit verify: $out"

step "starting /usr/bin/shuangsui offscreen for 4 s"
rc=0
QT_QPA_PLATFORM=offscreen SHUANGSUI_PASSWORD=demo1234 timeout 120 /usr/bin/shuangsui --db "$work/演示数据.sqlite" \
  --user admin --quit-after 4000 \
  >"$work/gui.log" 2>&1 || rc=$?
[ "$rc" -eq 0 ] || { cat "$work/gui.log" >&2; fail "the installed GUI exited with $rc"; }

step "removing"
$sudo dpkg -r shuangsui >/dev/null
[ ! -e /usr/bin/shuangsui ] && [ ! -e /usr/bin/shuangsui-cli ] || fail "files left after dpkg -r"
step "ok in $(( $(date +%s) - started )) s"
