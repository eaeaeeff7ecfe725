#pragma once

#include "core/common/Result.h"
#include "core/lab/train/EvaluationReport.h"
#include "core/lab/train/Trainer.h"

#include <QString>
#include <QStringList>

#include <vector>

namespace fp::lab {

// The three model variants the attribution paper compares.
enum class GridVariant {
    BinaryCe,      // binary head only, cross-entropy
    MultiCe,       // attribution head only, cross-entropy
    MultiSupConCe, // attribution head, SupCon + cross-entropy
};
QString gridVariantName(GridVariant v);

struct GridCell {
    GridVariant variant = GridVariant::MultiCe;
    QString trainDataset;
    QString testDataset;
    EvaluationReport report;
    bool inDataset() const { return trainDataset == testDataset; }
};

// Trains each variant on each dataset's train split and tests it on every dataset's test split. base gives
// the data folder, network size, epochs and budget; its heads, loss, name and output folder are set here
// (models go to workDir). Blocking, long: progress as Trainer's.
class CrossDatasetGrid {
public:
    Result<std::vector<GridCell>> run(const TrainParams &base, const QString &workDir,
                                      const Trainer::ProgressFunction &progress = {},
                                      const std::atomic_bool *cancel = nullptr);

    static QString toCsv(const std::vector<GridCell> &cells);
    static QString toMarkdown(const std::vector<GridCell> &cells);
    // Answers to the paper's three questions from the cells (means over in- and cross-dataset pairs).
    static QString summaryMarkdown(const std::vector<GridCell> &cells);
};

} // namespace fp::lab
