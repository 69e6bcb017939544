#!/usr/bin/env bash
# make-icons.sh: render the Papershelf app icon set from its SVG source.
#
#   Source:  icons/papershelf.svg
#   Output:  icons/papershelf-{16,24,32,48,64,128,256,512}.png
#            icons/papershelf.ico   (Windows: 16, 24, 32, 48, 64, 128, 256)
#            icons/papershelf.icns  (macOS:   16, 32, 48, 128, 256, 512)
#
# Usage:    packaging/make-icons.sh        (from any directory)
#
# Re-runnable: every output is rewritten from the SVG on each run. The
# outputs are committed, so only someone who changes the SVG needs to run it.
#
# Tools it needs, and the Debian packages that provide them (this script
# installs nothing; it stops with the package name if a tool is missing):
#   rsvg-convert       librsvg2-bin   SVG -> PNG at each size
#   convert, identify  imagemagick    PNGs -> .ico, and checking the outputs
#   png2icns, icns2png icnsutils      PNGs -> .icns, and listing its contents
# e.g.  sudo apt-get install librsvg2-bin imagemagick icnsutils
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
icons="$(cd "$here/.." && pwd)/icons"
svg="$icons/papershelf.svg"
name="papershelf"

png_sizes=(16 24 32 48 64 128 256 512)
ico_sizes=(16 24 32 48 64 128 256)
# png2icns takes 16, 32, 48, 128, 256, 512 and 1024 px images only.
icns_sizes=(16 32 48 128 256 512)

die() { echo "make-icons.sh: $*" >&2; exit 1; }

need() { # need TOOL PACKAGE
  command -v "$1" >/dev/null 2>&1 \
    || die "'$1' not found: install the Debian package '$2' (apt-get install $2)"
}

need rsvg-convert librsvg2-bin
need png2icns icnsutils
need icns2png icnsutils
need identify imagemagick
need convert imagemagick
# Some machines have a 'convert' that is not ImageMagick's; make sure it is.
convert -version 2>/dev/null | grep -q ImageMagick \
  || die "'convert' is not ImageMagick's: install the Debian package 'imagemagick'"

[ -f "$svg" ] || die "source SVG not found: $svg"

# 1. PNGs, rendered straight from the SVG at each size (transparent outside
#    the rounded square).
for s in "${png_sizes[@]}"; do
  rsvg-convert --width "$s" --height "$s" --keep-aspect-ratio \
    --format png --output "$icons/$name-$s.png" "$svg"
done

# 2. Windows .ico with one image per size. No date chunks, so that a re-run
#    on an unchanged SVG gives the same bytes.
ico_in=()
for s in "${ico_sizes[@]}"; do ico_in+=("$icons/$name-$s.png"); done
convert "${ico_in[@]}" -define png:exclude-chunks=date,time "$icons/$name.ico"

# 3. macOS .icns.
icns_in=()
for s in "${icns_sizes[@]}"; do icns_in+=("$icons/$name-$s.png"); done
png2icns "$icons/$name.icns" "${icns_in[@]}" >/dev/null

# 4. Check what was made.
for s in "${png_sizes[@]}"; do
  got="$(identify -format '%wx%h' "$icons/$name-$s.png")"
  [ "$got" = "${s}x${s}" ] || die "$name-$s.png is $got, expected ${s}x${s}"
done
ico_got="$(identify -format '%w ' "$icons/$name.ico" | xargs)"
[ "$ico_got" = "${ico_sizes[*]}" ] \
  || die "$name.ico holds sizes '$ico_got', expected '${ico_sizes[*]}'"
icns_list="$(icns2png -l "$icons/$name.icns" 2>&1)"
for s in "${icns_sizes[@]}"; do
  grep -q "${s}x${s}" <<<"$icns_list" \
    || die "$name.icns has no ${s}x${s} image: $icns_list"
done

echo "make-icons.sh: wrote to $icons:"
echo "  PNG  ${png_sizes[*]}"
echo "  ICO  $ico_got"
echo "  ICNS ${icns_sizes[*]}"
