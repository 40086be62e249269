#!/usr/bin/env bash
# Builds the libFuzzer harnesses (preset `fuzz`: clang, ASan + UBSan) and runs each for SECONDS (default 60),
# starting from the seed corpus in tests/fuzz-corpus/<harness>/. Exits 1 when a harness finds a crash, a leak,
# a timeout or an out-of-memory; the input that did it is saved as build/fuzz/runs/artifacts/<harness>-crash-…
# and can be replayed with `build/fuzz/fuzz/<harness> FILE`.
#   scripts/run-fuzz.sh [SECONDS] [HARNESS…]
set -euo pipefail
cd "$(dirname "$0")/.."
seconds="${1:-60}"
shift || true
harnesses=("$@")
[ ${#harnesses[@]} -gt 0 ] || harnesses=(fuzz_csv fuzz_xlsx fuzz_xls fuzz_drawjson fuzz_validators fuzz_manifest)

# clang and libFuzzer (compiler-rt) are only needed here, so the normal setup does not install them.
scripts/setup-debian.sh clang libclang-rt-14-dev

export CCACHE_DIR="${CCACHE_DIR:-$HOME/.cache/shuangsui-ccache}"
export CCACHE_BASEDIR="$PWD" CCACHE_NOHASHDIR=true
start=$SECONDS
cmake --preset fuzz >/dev/null
# Only the harnesses and what they link (the core library): the GUI is not fuzzed.
cmake --build --preset fuzz --target "${harnesses[@]}"
echo "run-fuzz: build $((SECONDS - start)) s"

runs=build/fuzz/runs
# Leaks inside system libraries we do not build (FreeXL) are listed there; ours are all reported.
export LSAN_OPTIONS="suppressions=$PWD/fuzz/lsan-suppressions.txt${LSAN_OPTIONS:+:$LSAN_OPTIONS}"
mkdir -p "$runs/artifacts"
failed=()
for harness in "${harnesses[@]}"; do
    # New inputs go into the first folder (build/, not the repository); the seeds are only read.
    corpus="$runs/corpus/$harness"
    mkdir -p "$corpus"
    echo "== $harness: ${seconds} s"
    if build/fuzz/fuzz/"$harness" -max_total_time="$seconds" -timeout=25 -rss_limit_mb=2048 \
        -artifact_prefix="$runs/artifacts/$harness-" -print_final_stats=1 \
        "$corpus" "tests/fuzz-corpus/$harness" >"$runs/$harness.log" 2>&1; then
        grep -E '^(stat::number_of_executed_units|stat::peak_rss_mb|#[0-9]+.*DONE)' "$runs/$harness.log" || true
    else
        failed+=("$harness")
        tail -n 80 "$runs/$harness.log"
    fi
done
if [ ${#failed[@]} -gt 0 ]; then
    echo "run-fuzz: a crash was found by: ${failed[*]} (inputs in $runs/artifacts/)" >&2
    exit 1
fi
echo "run-fuzz: no crash in ${#harnesses[@]} harnesses, ${seconds} s each"
