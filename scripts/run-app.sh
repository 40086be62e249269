#!/usr/bin/env bash
# Sets up a fresh Debian 12 machine, builds the program and starts it. With no database yet, a demo one is made.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup-debian.sh
export CCACHE_DIR="${CCACHE_DIR:-$HOME/.cache/shuangsui-ccache}"
# Paths relative to the checkout, so a clone in another folder reuses the cache.
export CCACHE_BASEDIR="$PWD" CCACHE_NOHASHDIR=true
cmake --preset release >/dev/null
cmake --build --preset release --target shuangsui shuangsui-cli
exec build/release/app/shuangsui --demo-if-new "$@"
