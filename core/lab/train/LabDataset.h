#pragma once

#include "core/common/Result.h"
#include "core/lab/synth/ManipulationClass.h"

#include <QString>
#include <QStringList>

#include <opencv2/core/mat.hpp>

#include <cstdint>
#include <span>
#include <vector>

namespace fp::lab {

// The six classes of the lab in id order: the synthetic generator's table (core/lab/synth/ManipulationClass.h).
std::span<const ManipulationClassInfo> labClasses();

// One row of OUT/manifest.csv written by the synthetic generator.
struct ManifestRow {
    QString path; // absolute, resolved against the manifest's folder
    int classId = 0;
    QString classKey;
    QString dataset;
    QString split;
    QString identity;
    QString sourceIdentity;
    qint64 seed = 0;
    QString quality;
};

// A crop in memory: RGB, 8-bit, 3 channels.
struct LabSample {
    cv::Mat rgb;
    int classId = 0;
    int row = -1; // index into LabDataset::rows()
};

// A labelled crop dataset read from DIR/manifest.csv (header path,class_id,class_key,dataset,split,identity,
// source_identity,seed,quality). Immutable after open(); may be read from several threads.
class LabDataset {
public:
    static Result<LabDataset> open(const QString &dir);

    const QString &dir() const { return m_dir; }
    const std::vector<ManifestRow> &rows() const { return m_rows; }
    QStringList datasets() const; // sorted, distinct
    QStringList splits() const;

    // Rows of one dataset (empty: every dataset) and split (empty: every split), in manifest order.
    std::vector<int> select(const QString &dataset, const QString &split) const;
    // Keeps at most maxPerClass rows of each class (a seeded random choice; <= 0 keeps all).
    std::vector<int> limitPerClass(const std::vector<int> &rows, int maxPerClass, std::uint64_t seed) const;
    // Decodes the crops of the given rows (PNG/JPEG), converted to RGB.
    Result<std::vector<LabSample>> load(const std::vector<int> &rows) const;

    // Per-class counts of the given rows, e.g. "real 120, deepfakes 118, ...".
    QString describe(const std::vector<int> &rows) const;

private:
    QString m_dir;
    std::vector<ManifestRow> m_rows;
};

} // namespace fp::lab
