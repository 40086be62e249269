#!/usr/bin/env bash
# CI, after the normal tests: every test again under AddressSanitizer + UndefinedBehaviorSanitizer (preset `asan`,
# gcc, leak detection on; debug information as line tables only, -g1: the reports keep their file:line, and the
# build takes a quarter less than with -g), in its own build folder (build/asan) so that ccache keeps it warm. The libFuzzer
# harnesses run separately (scripts/run-fuzz.sh): with SHUANGSUI_CI_FUZZ_SECONDS=N this script runs each for N s too.
set -euo pipefail
cd "$(dirname "$0")/.."
export QT_QPA_PLATFORM=offscreen
export CCACHE_DIR="${CCACHE_DIR:-$HOME/.cache/shuangsui-ccache}"
export CCACHE_BASEDIR="$PWD" CCACHE_NOHASHDIR=true
start=$SECONDS
cmake --workflow --preset asan
echo "ci-sanitize: asan build and tests $((SECONDS - start)) s"
if [ -n "${SHUANGSUI_CI_FUZZ_SECONDS:-}" ]; then
  scripts/run-fuzz.sh "$SHUANGSUI_CI_FUZZ_SECONDS"
  echo "ci-sanitize: with fuzzing $((SECONDS - start)) s"
fi
