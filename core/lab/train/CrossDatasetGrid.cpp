#include "core/lab/train/CrossDatasetGrid.h"

#include "core/lab/train/LabDataset.h"

#include <QDir>

#include <array>
#include <cmath>
#include <map>

namespace fp::lab {

namespace {

QString fmt(double v)
{
    return std::isnan(v) ? QStringLiteral("n/a") : QString::number(v, 'f', 3);
}

struct Mean {
    double sum = 0.0;
    int n = 0;
    void add(double v)
    {
        if (!std::isnan(v)) {
            sum += v;
            ++n;
        }
    }
    double value() const { return n > 0 ? sum / n : std::nan(""); }
};

} // namespace

QString gridVariantName(GridVariant v)
{
    switch (v) {
    case GridVariant::BinaryCe: return QStringLiteral("binary-CE");
    case GridVariant::MultiCe: return QStringLiteral("multi-CE");
    case GridVariant::MultiSupConCe: return QStringLiteral("multi-SupCon+CE");
    }
    return {};
}

Result<std::vector<GridCell>> CrossDatasetGrid::run(const TrainParams &base, const QString &workDir,
                                                    const Trainer::ProgressFunction &progress,
                                                    const std::atomic_bool *cancel)
{
    auto ds = LabDataset::open(base.dataDir);
    if (!ds)
        return ds.error();
    const QStringList trainSets = base.datasets.isEmpty() ? ds->datasets() : base.datasets;
    std::vector<GridCell> cells;
    for (const QString &trainSet : trainSets) {
        for (GridVariant v : {GridVariant::BinaryCe, GridVariant::MultiCe, GridVariant::MultiSupConCe}) {
            TrainParams p = base;
            p.datasets = QStringList{trainSet};
            p.network.binaryHead = v == GridVariant::BinaryCe;
            p.network.attributionUnits = v == GridVariant::BinaryCe ? 0 : int(labClasses().size());
            p.supCon = v == GridVariant::MultiSupConCe;
            p.network.projectionDim = p.supCon ? std::max(16, base.network.projectionDim) : 0;
            p.outputDir = workDir;
            p.name = QStringLiteral("grid-%1-%2")
                         .arg(trainSet, gridVariantName(v).toLower().replace(QLatin1Char('+'), QLatin1Char('-')));
            p.evaluateTest = true;
            auto r = Trainer().run(p, progress, cancel);
            if (!r)
                return r.error();
            for (const auto *list : {&r->heldOut, &r->others})
                for (const EvaluationReport &e : *list)
                    cells.push_back({v, trainSet, e.dataset, e});
        }
    }
    return cells;
}

QString CrossDatasetGrid::toCsv(const std::vector<GridCell> &cells)
{
    QString s = QStringLiteral("variant,train_dataset,test_dataset,in_dataset,samples,binary_auc,binary_eer,"
                               "binary_balanced_accuracy,attribution_accuracy,attribution_balanced_accuracy,"
                               "attribution_macro_f1");
    for (const auto &c : labClasses())
        s += QStringLiteral(",recall_%1").arg(QString::fromLatin1(c.key));
    s += QLatin1Char('\n');
    for (const GridCell &c : cells) {
        const EvaluationReport &r = c.report;
        s += QStringLiteral("%1,%2,%3,%4,%5,%6,%7,%8")
                 .arg(gridVariantName(c.variant), c.trainDataset, c.testDataset,
                      c.inDataset() ? QStringLiteral("1") : QStringLiteral("0"))
                 .arg(r.samples)
                 .arg(fmt(r.binaryAuc), fmt(r.binaryEer), fmt(r.binary.balancedAccuracy));
        if (r.hasAttribution) {
            s += QStringLiteral(",%1,%2,%3")
                     .arg(fmt(r.attribution.accuracy), fmt(r.attribution.balancedAccuracy), fmt(r.attribution.macroF1));
            for (double rec : r.attribution.recall)
                s += QLatin1Char(',') + fmt(rec);
        } else {
            s += QStringLiteral(",,,");
            for (std::size_t k = 0; k < labClasses().size(); ++k)
                s += QLatin1Char(',');
        }
        s += QLatin1Char('\n');
    }
    return s;
}

QString CrossDatasetGrid::toMarkdown(const std::vector<GridCell> &cells)
{
    QString s =
        QStringLiteral("| variant | train | test | binary AUC | EER | binary bal. acc. | attribution bal. acc. | "
                       "attribution macro-F1 |\n|---|---|---|---|---|---|---|---|\n");
    for (const GridCell &c : cells) {
        const EvaluationReport &r = c.report;
        s += QStringLiteral("| %1 | %2 | %3%4 | %5 | %6 | %7 | %8 | %9 |\n")
                 .arg(gridVariantName(c.variant), c.trainDataset, c.testDataset,
                      c.inDataset() ? QStringLiteral(" (held-out ids)") : QString(), fmt(r.binaryAuc), fmt(r.binaryEer),
                      fmt(r.binary.balancedAccuracy),
                      r.hasAttribution ? fmt(r.attribution.balancedAccuracy) : QStringLiteral("-"),
                      r.hasAttribution ? fmt(r.attribution.macroF1) : QStringLiteral("-"));
    }
    return s;
}

QString CrossDatasetGrid::summaryMarkdown(const std::vector<GridCell> &cells)
{
    // mean[variant][in/cross] of AUC, balanced accuracy, macro-F1; recall[variant][in/cross][class].
    std::map<GridVariant, std::array<Mean, 2>> auc, bal, f1;
    std::map<GridVariant, std::array<std::vector<Mean>, 2>> recall;
    for (const GridCell &c : cells) {
        const int k = c.inDataset() ? 0 : 1;
        auc[c.variant][std::size_t(k)].add(c.report.binaryAuc);
        if (c.report.hasAttribution) {
            bal[c.variant][std::size_t(k)].add(c.report.attribution.balancedAccuracy);
            f1[c.variant][std::size_t(k)].add(c.report.attribution.macroF1);
            auto &rv = recall[c.variant][std::size_t(k)];
            rv.resize(c.report.attribution.recall.size());
            for (std::size_t j = 0; j < rv.size(); ++j)
                rv[j].add(c.report.attribution.recall[j]);
        }
    }
    const GridVariant all[] = {GridVariant::BinaryCe, GridVariant::MultiCe, GridVariant::MultiSupConCe};
    QString s;
    s += QStringLiteral("**Q1, binary vs multi-class across datasets** (P(fake) AUC; multi-class: 1 - P(real))\n\n"
                        "| variant | AUC same dataset | AUC other datasets | drop |\n|---|---|---|---|\n");
    for (GridVariant v : all) {
        const double in = auc[v][0].value();
        const double cross = auc[v][1].value();
        s += QStringLiteral("| %1 | %2 | %3 | %4 |\n").arg(gridVariantName(v), fmt(in), fmt(cross), fmt(in - cross));
    }
    s += QStringLiteral(
        "\n**Q2, the same method in another dataset** (per-class recall of multi-CE)\n\n| class | same dataset | "
        "other datasets |\n|---|---|---|\n");
    for (std::size_t j = 0; j < labClasses().size(); ++j) {
        const auto &rv = recall[GridVariant::MultiCe];
        const double in = j < rv[0].size() ? rv[0][j].value() : std::nan("");
        const double cross = j < rv[1].size() ? rv[1][j].value() : std::nan("");
        s += QStringLiteral("| %1 | %2 | %3 |\n").arg(QString::fromLatin1(labClasses()[j].label), fmt(in), fmt(cross));
    }
    s += QStringLiteral("\n**Q3, SupCon+CE vs CE** (attribution)\n\n| variant | bal. acc. same | bal. acc. other | "
                        "macro-F1 same | macro-F1 other |\n|---|---|---|---|---|\n");
    for (GridVariant v : {GridVariant::MultiCe, GridVariant::MultiSupConCe})
        s += QStringLiteral("| %1 | %2 | %3 | %4 | %5 |\n")
                 .arg(gridVariantName(v), fmt(bal[v][0].value()), fmt(bal[v][1].value()), fmt(f1[v][0].value()),
                      fmt(f1[v][1].value()));
    return s;
}

} // namespace fp::lab
