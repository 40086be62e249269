#!/usr/bin/env bash
# Makes the application icon's PNG sizes and the Windows .ico from the hand-drawn resources/icons/shuangsui.svg.
# Run it after changing the SVG and commit the results. Needs rsvg-convert (librsvg2-bin: ImageMagick 6's own SVG
# renderer in Debian 12 places rotated shapes wrongly) and ImageMagick's convert (imagemagick).
set -euo pipefail
cd "$(dirname "$0")/../resources/icons"
for tool in rsvg-convert convert; do
  command -v "$tool" >/dev/null || { echo "make-icons: $tool is missing (apt-get install librsvg2-bin imagemagick)" >&2; exit 1; }
done
sizes=(16 32 48 64 128 256)
pngs=()
for s in "${sizes[@]}"; do
  rsvg-convert --width "$s" --height "$s" --background-color none shuangsui.svg --output "shuangsui-$s.png.tmp"
  # Strip timestamps so an unchanged SVG gives unchanged files.
  convert "shuangsui-$s.png.tmp" -strip -define png:exclude-chunks=date,time "PNG32:shuangsui-$s.png"
  rm "shuangsui-$s.png.tmp"
  pngs+=("shuangsui-$s.png")
done
convert "${pngs[@]}" shuangsui.ico
identify shuangsui.ico
