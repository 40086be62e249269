#!/usr/bin/env bash
# Installs the Debian 12 packages shuangsui needs to build, test and run. Idempotent: quiet when all are there.
#   scripts/setup-debian.sh            the packages below
#   scripts/setup-debian.sh PACKAGE…   these packages instead (scripts/run-fuzz.sh: clang and libFuzzer)
set -euo pipefail
packages=(
  cmake ninja-build g++ lld pkg-config ccache
  qt6-base-dev qt6-tools-dev libqt6sql6-sqlite qt6-translations-l10n
  libxlsxwriter-dev libminizip-dev libfreexl-dev libfreexl1 libsodium-dev libssl-dev libsqlite3-dev sqlite3
  fonts-noto-cjk xvfb xauth poppler-utils imagemagick python3-openpyxl
  chromium libreoffice-calc-nogui
  g++-mingw-w64-x86-64-posix binutils-mingw-w64-x86-64
)
[ $# -gt 0 ] && packages=("$@")
missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
[ ${#missing[@]} -eq 0 ] && exit 0
echo "setup: installing ${missing[*]}"
sudo=""
[ "$(id -u)" -ne 0 ] && sudo="sudo"
export DEBIAN_FRONTEND=noninteractive
$sudo apt-get update -qq
$sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
