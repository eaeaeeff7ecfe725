#!/usr/bin/env bash
# Makes the bundled default model from nothing but the lab's generator: synthetic photo crops and video crops of the
# face photos installed by packaging/setup-debian.sh, then one training run, then the evaluation printed for the card.
# docs/lab.md ("The bundled default model") explains every step and what the result measured.
#
#   models/train-default.sh [--quick] [BUILD_DIR [WORK_DIR [OUT_DIR]]]
#
# BUILD_DIR  a release build with fakeprint-lab (default build/release)
# WORK_DIR   where the crops go (default /tmp/fakeprint-default-data; about 250 MB; reused when it is there: the
#            generator skips crops already in its manifest)
# OUT_DIR    where fakeprint-default.pt and .json are written (default /tmp/fakeprint-default-model; pass models to
#            replace the bundled files)
# --quick    a few crops, clips and one epoch: checks that every step runs (90 s here), not a usable model
#
# Every step is seeded: the same command gives the same crops whatever the thread count, and training with
# --threads 1 is repeatable.
set -euo pipefail
cd "$(dirname "$0")/.."

quick=0
if [[ ${1:-} == --quick ]]; then
    quick=1
    shift
fi
build=${1:-build/release}
work=${2:-/tmp/fakeprint-default-data}
out=${3:-/tmp/fakeprint-default-model}
lab=$build/bin/fakeprint-lab
if [[ ! -x $lab ]]; then
    echo "train-default: $lab not found; build first: cmake --preset release && cmake --build --preset release" >&2
    exit 2
fi

if ((quick)); then
    per_class_train=12 per_class_val=4 per_class_test=4 clips_train=2 clips_val=1 clips_test=1 epochs=1
else
    per_class_train=1800 per_class_val=260 per_class_test=340 clips_train=72 clips_val=12 clips_test=24 epochs=20
fi

step() {
    echo "train-default: $*" >&2
    "$@"
}
start=$SECONDS

# Photo crops: synth-a for training and validation; the held-out identities' test split of all three dataset
# variants for the card's metrics (other datasets = synth-b, synth-c).
step "$lab" synth crops --dataset synth-a --split train --per-class "$per_class_train" --seed 1 -o "$work" --threads 2
step "$lab" synth crops --dataset synth-a --split val --per-class "$per_class_val" --seed 2 -o "$work" --threads 2
for dataset in synth-a synth-b synth-c; do
    step "$lab" synth crops --dataset "$dataset" --split test --per-class "$per_class_test" --seed 3 -o "$work" \
        --threads 2
done

# Video crops: faces rendered into H.264 clips and found again by the product's reader, detector and tracker.
step "$lab" synth video-crops --dataset synth-a --split train --clips "$clips_train" --seed 1 -o "$work" --threads 2 \
    --seconds 0.8 --frames 10
step "$lab" synth video-crops --dataset synth-a --split train --clips "$clips_train" --seed 11 -o "$work" --threads 2 \
    --seconds 0.8 --frames 10
step "$lab" synth video-crops --dataset synth-a --split val --clips "$clips_val" --seed 2 -o "$work" --threads 2 \
    --seconds 0.8 --frames 10
step "$lab" synth video-crops --dataset synth-a --split test --clips "$clips_test" --seed 3 -o "$work" --threads 2 \
    --seconds 0.8 --frames 10
echo "train-default: data ready after $((SECONDS - start)) s" >&2

mkdir -p "$out"
step "$lab" train --data "$work" --dataset synth-a,synth-a-video --backbone dnadet --width 16 --input-size 96 \
    --heads both --loss supcon-ce --loss-weights fixed --supcon-weight 0.5 --binary-weight 1 --epochs "$epochs" \
    --patience 6 --lr 0.001 --gamma 0.9 --batch 32 --seed 1 --threads 1 --max-minutes 0 --out "$out" \
    --name fakeprint-default
step "$lab" eval --model "$out/fakeprint-default.json" --data "$work"
echo "train-default: done after $((SECONDS - start)) s: $out/fakeprint-default.pt and .json" >&2
