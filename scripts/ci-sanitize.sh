#!/usr/bin/env bash
# CI, after the normal tests: every test again under AddressSanitizer + UndefinedBehaviorSanitizer (preset `asan`,
# gcc, leak detection on), in its own build folder (build/asan) so that ccache keeps it warm. The preset compiles
# without optimisation and with line tables only (-O0 -g1: the reports keep their file:line), builds core and ui as
# shared libraries (each test program held its own copy before: 7 GB of programs) and links with lld;
# measured on 2 cores, cold cache: 16 minutes to build instead of 30 with -O1 -g and GNU ld, for tests that take
# 15 % longer (11.5 minutes instead of 10). The libFuzzer harnesses run separately (scripts/run-fuzz.sh): with
# SHUANGSUI_CI_FUZZ_SECONDS=N this script runs each for N s too.
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
