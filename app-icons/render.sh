#!/bin/sh
# Renders app-icons/lifeline.svg to the PNGs the app and packagers use, at every size the
# window loads (16..256), into app-icons/ and src/main/resources/lifeline/ui/icons/.
# Needs rsvg-convert (Debian/Ubuntu: apt-get install librsvg2-bin) and, to strip timestamps
# so the PNGs are byte-reproducible, ImageMagick's convert.
set -eu
here=$(cd "$(dirname "$0")" && pwd)
res="$here/../src/main/resources/lifeline/ui/icons"
mkdir -p "$res"
for size in 16 32 48 64 128 256; do
    out="$here/lifeline-$size.png"
    rsvg-convert --width "$size" --height "$size" --keep-aspect-ratio "$here/lifeline.svg" \
        | convert png:- -strip -define png:exclude-chunks=date,time "png32:$out"
    cp "$out" "$res/lifeline-$size.png"
    echo "wrote $out"
done
