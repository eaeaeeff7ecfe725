#pragma once

#include "core/common/Result.h"
#include "core/lab/synth/DatasetVariant.h"
#include "core/lab/synth/Degradation.h"
#include "core/lab/synth/IdentityBank.h"

#include <random>

namespace fp::lab {

// One labelled manipulated image before cropping (internal to fakeprint_synth; used by crops and videos).
struct Sample {
    cv::Mat manipulated; // after manipulation, before capture degradation
    FaceImage target;    // the lit, posed target (its landmarks locate the face in `manipulated`)
    QString sourceIdentity;
    ManipulationStyle style;
    Degradation degradation;
};

// Draws target and donor from the given identities, poses and lights the target, manipulates it with cls.
// Everything random comes from rng.
Result<Sample> makeSample(const IdentityBank &bank, const std::vector<int> &pool, const DatasetVariant &variant,
                          ManipulationClass cls, std::mt19937 &rng, int fixedTarget = -1);

// The split's identity pool of a variant: train/val -> trainPools, test -> testPools.
Result<std::vector<int>> poolForSplit(const IdentityBank &bank, const DatasetVariant &variant, const QString &split);

} // namespace fp::lab
