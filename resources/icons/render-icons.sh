#!/usr/bin/env bash
# Renders the PNG sizes of the application icon from its SVG (needs rsvg-convert, Debian package librsvg2-bin).
# The PNGs are committed so that building the package needs no SVG renderer; run this after editing the SVG.
set -euo pipefail
cd "$(dirname "$0")"
for size in 16 22 24 32 48 64 128 256; do
    rsvg-convert -w "$size" -h "$size" org.fakeprint.Fakeprint.svg -o "org.fakeprint.Fakeprint-$size.png"
done
