#pragma once

#include "core/common/Result.h"
#include "core/lab/synth/IdentityBank.h"
#include "core/lab/synth/Manipulator.h"

#include <QString>
#include <QStringList>

#include <random>
#include <vector>

namespace fp::lab {

// A named synthetic "dataset": which identities it draws, how it composites swaps and how hard it degrades
// its output. The variants differ the way public deepfake datasets differ (identities, compression, blending),
// so cross-dataset questions can be asked. Every range is sampled uniformly per crop or per clip.
struct DatasetVariant {
    QString name;
    QString description;
    std::vector<IdentityPool> trainPools; // identities for the train and val splits
    std::vector<IdentityPool> testPools;  // identities for the test split (always held out)

    std::vector<BlendMode> blends;       // FaceSwap blend, picked per sample
    std::vector<ColourTransfer> colours; // colour transfer of the swaps, picked per sample
    std::vector<MaskShape> masks;        // FaceSwap mask shape, picked per sample

    // Degradation of the whole image after manipulation (see Degradation.h for the order).
    double lightGainMin, lightGainMax; // contrast gain applied before manipulation (scene lighting)
    double lightBiasMin, lightBiasMax; // brightness offset, 0..255 scale
    double gammaMin, gammaMax;         // gamma of the scene
    double resizeMin, resizeMax;       // down-scale factor of the frame (camera resolution), then back up
    double blurProbability, blurSigmaMin, blurSigmaMax; // Gaussian blur (focus, motion)
    double noiseSigmaMin, noiseSigmaMax;                // Gaussian sensor noise, 0..255 scale
    int jpegQualityMin, jpegQualityMax;                 // crops: JPEG quality standing in for the CRF range below
    int crfMin, crfMax;                                 // videos: libx264 CRF

    ManipulationStyle sampleStyle(std::mt19937 &rng) const;
};

QStringList datasetVariantNames(); // "synth-a", "synth-b", "synth-c"
Result<DatasetVariant> datasetVariant(const QString &name);

} // namespace fp::lab
