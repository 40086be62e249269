#!/usr/bin/env bash
# Sets up a fresh Debian 12 machine, builds everything and runs every test headless.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup-debian.sh
export QT_QPA_PLATFORM=offscreen
export CCACHE_DIR="${CCACHE_DIR:-$HOME/.cache/shuangsui-ccache}"
cmake --workflow --preset dev
