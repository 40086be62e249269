#!/usr/bin/env bash
# Photographs the demo office at 1024×768 and 1440×900: every page, wizard step and dialog (shuangsui-shots, in
# tools/screenshots/), every printed document (PDF → PNG pages with pdftoppm) and, with headless Chromium, the
# website package's index.html and verify page. For the user manual and for looking before each submission.
#
#   scripts/screenshots.sh [--manual] [OUTDIR]     default OUTDIR: build/screenshots
#
# Writes OUTDIR/1024x768/ and OUTDIR/1440x900/ (NAME.png, doc-NAME.pdf and doc-NAME-1.png … of its first pages, package/,
# package-index.png, verify-page.png). With --manual it also copies the 1024×768 PNGs the manual shows into
# docs/manual/images/. Needs: the dev preset's dependencies, pdftoppm (poppler-utils); chromium is optional.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$PWD

manual=0
out=build/screenshots
for arg in "$@"; do
    case "$arg" in
        --manual) manual=1 ;;
        -h|--help) sed -n '2,10p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
        -*) echo "screenshots.sh: unknown option $arg (see --help)" >&2; exit 2 ;;
        *) out=$arg ;;
    esac
done
mkdir -p "$out"
out=$(cd "$out" && pwd)

command -v pdftoppm >/dev/null || { echo "screenshots.sh: pdftoppm is missing (apt-get install poppler-utils)" >&2; exit 1; }

export CCACHE_DIR="${CCACHE_DIR:-$HOME/.cache/shuangsui-ccache}"
export CCACHE_BASEDIR="$root" CCACHE_NOHASHDIR=true
cmake --preset dev >/dev/null
cmake --build build/dev --target shuangsui-shots -j2
shots=$root/build/dev/tools/screenshots/shuangsui-shots

chromium=$(command -v chromium || command -v chromium-browser || true)
started=$(date +%s)
for size in 1024x768 1440x900; do
    dir=$out/$size
    rm -rf "$dir"
    mkdir -p "$dir"
    echo "== $size"
    QT_QPA_PLATFORM="offscreen:configfile=$root/tests/support/offscreen-$size.json" LANG=zh_CN.UTF-8 \
        "$shots" --out "$dir"
    # The printed documents: their first pages (at most 3: the audit log's printout runs to 100+ pages) as PNG,
    # doc-NAME-1.png …; pdftoppm pads the numbers of a long document (doc-NAME-001.png), which are renamed so that
    # page 1 is always doc-NAME-1.png.
    for pdf in "$dir"/doc-*.pdf; do
        base=${pdf%.pdf}
        pdftoppm -png -r 80 -l 3 "$pdf" "$base"
        for page in "$base"-0*.png; do
            [ -e "$page" ] || continue
            number=${page#"$base"-}
            number=$((10#${number%.png}))
            mv "$page" "$base-$number.png"
        done
    done
    # The website package's pages, as a visitor's browser shows them.
    if [ -n "$chromium" ]; then
        width=${size%x*}
        height=${size#*x}
        for page in index:package-index verify:verify-page; do
            html=$dir/package/${page%%:*}.html
            "$chromium" --headless --no-sandbox --disable-gpu --hide-scrollbars --window-size="$width,$height" \
                --screenshot="$dir/${page#*:}.png" "file://$html" >/dev/null 2>&1 \
                || echo "note: chromium could not photograph $html"
        done
    else
        echo "note: chromium is not installed: package-index.png and verify-page.png are not taken"
    fi
    "$shots" --check "$dir" --max "$size"
done
elapsed=$(( $(date +%s) - started ))

if [ "$manual" = 1 ]; then
    # The manual shows the 1024×768 pictures of the windows (not the doc-* pages): they go into the program's
    # resources, so they are written as 8-bit palette PNGs when pngquant is there.
    images=$root/docs/manual/images
    mkdir -p "$images"
    # Exactly the pictures the chapters show (<img src="images/NAME.png">): a picture no chapter shows any more is
    # removed, one a chapter shows but the walk did not take stops the script.
    wanted=$(grep -ho 'src="images/[^"]*\.png"' "$root"/docs/manual/*.html | sed 's|src="images/||; s|\.png"||' | sort -u)
    for old in "$images"/*.png; do
        [ -e "$old" ] || continue
        echo "$wanted" | grep -qx "$(basename "$old" .png)" || rm -v "$old"
    done
    for name in $wanted; do
        src=$out/1024x768/$name.png
        [ -e "$src" ] || { echo "error: the manual shows $name.png, which the walk did not take" >&2; exit 1; }
        if command -v pngquant >/dev/null; then
            pngquant --force --quality 70-95 --output "$images/$name.png" "$src" || cp "$src" "$images/$name.png"
        else
            cp "$src" "$images/$name.png"
        fi
    done
    echo "== copied into docs/manual/images/: $(ls "$images" | wc -l) PNG(s), $(du -sh "$images" | cut -f1)"
fi

echo "== written in ${elapsed}s:"
(cd "$out" && find . -type f \( -name '*.png' -o -name '*.pdf' \) | sort | sed 's|^\./||')
echo "($(find "$out" -name '*.png' | wc -l) PNG(s), $(find "$out" -name '*.pdf' | wc -l) PDF(s), package/ in each size)"
