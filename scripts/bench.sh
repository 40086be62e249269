#!/usr/bin/env bash
# Runs every benchmark in bench/ on the release preset and prints the README's benchmark table with today's date:
# each benchmark prints its table row(s) as lines that start with "README| "; this script collects them, in the
# README's order, so the table in README.md can be replaced by what it prints. The benchmarks' own output goes to
# the terminal (standard error) and to build/release/bench-logs/<name>.txt; only the table goes to standard output.
#
#   scripts/bench.sh                      build (release preset), run all, print the table
#   scripts/bench.sh --no-build           run what is built
#   scripts/bench.sh bench_draw ...       only these benchmarks
#   scripts/bench.sh > table.md           the table alone in a file
#
# Needs: the release preset's dependencies, sqlite3 (bench_import's baseline), chromium (bench_verifypage; skipped
# with a note when missing). The machine should be quiet: the figures are only as good as the load allows.
set -uo pipefail

cd "$(dirname "$0")/.."
build=build/release
all=(bench_draw bench_ui_entitymodel bench_import bench_publish bench_verifypage bench_hostile bench_auditverify
     bench_auditanchor bench_overview)

do_build=1
chosen=()
for arg in "$@"; do
    case "$arg" in
        --no-build) do_build=0 ;;
        -h|--help) sed -n '2,13p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
        bench_*) chosen+=("$arg") ;;
        *) echo "bench.sh: unknown argument $arg (see --help)" >&2; exit 2 ;;
    esac
done
[ ${#chosen[@]} -eq 0 ] && chosen=("${all[@]}")

# Every benchmark in bench/ must be in the list above, so that none is forgotten in the table.
for source in bench/bench_*.cpp; do
    name=$(basename "$source" .cpp)
    if [[ ! " ${all[*]} " == *" $name "* ]]; then
        echo "bench.sh: $name is not in the list of benchmarks in scripts/bench.sh" >&2
        exit 2
    fi
done

if [ "$do_build" = 1 ]; then
    cmake --preset release >&2 || exit 1
    cmake --build "$build" --target shuangsui-cli "${chosen[@]}" -j2 >&2 || exit 1
fi

logs="$build/bench-logs"
mkdir -p "$logs"
rows=()
for name in "${chosen[@]}"; do
    exe="$build/bench/$name"
    log="$logs/$name.txt"
    if [ ! -x "$exe" ]; then
        rows+=("| \`$name\` | not built | |")
        continue
    fi
    if [ "$name" = bench_verifypage ] && ! command -v chromium >/dev/null 2>&1; then
        rows+=("| \`$name\` | not run: chromium is not installed (scripts/setup-debian.sh) | |")
        continue
    fi
    echo "=== $name ($(date '+%H:%M:%S'))" >&2
    # The window benchmarks need no display.
    QT_QPA_PLATFORM=offscreen "$exe" 2>&1 | tee "$log" >&2
    status=${PIPESTATUS[0]}
    found=$(sed -n 's/^README| /| /p' "$log")
    if [ "$status" -ne 0 ] || [ -z "$found" ]; then
        rows+=("| \`$name\` | failed (exit $status), see $log | |")
    fi
    [ -n "$found" ] && while IFS= read -r row; do rows+=("$row"); done <<< "$found"
done

echo
echo "Figures of \`scripts/bench.sh\` on $(date +%F) ($(nproc) cores, $(uname -m), release preset):"
echo
echo "| benchmark | figure | goal |"
echo "|---|---|---|"
printf '%s\n' "${rows[@]}"
