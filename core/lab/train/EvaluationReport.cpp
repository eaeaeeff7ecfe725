#include "core/lab/train/EvaluationReport.h"

#include "core/lab/train/LabDataset.h"

#include <QJsonArray>

#include <cmath>

namespace fp::lab {

namespace {

QJsonValue number(double v)
{
    if (std::isnan(v) || std::isinf(v))
        return QJsonValue(QJsonValue::Null);
    return std::round(v * 10000.0) / 10000.0;
}

QString fmt(double v)
{
    return std::isnan(v) ? QStringLiteral("n/a") : QString::number(v, 'f', 3);
}

QString classKey(int id)
{
    const auto &classes = labClasses();
    return id >= 0 && id < int(classes.size()) ? QString::fromLatin1(classes[std::size_t(id)].key)
                                               : QString::number(id);
}

} // namespace

EvaluationReport evaluatePredictions(const Predictions &p, double binaryT, double attributionT, double fakeThreshold)
{
    EvaluationReport r;
    r.samples = p.samples();
    r.fakeThreshold = fakeThreshold;
    const std::vector<int> truth = p.binaryTruth();
    const std::vector<double> pFake = p.fakeProbabilities(binaryT, attributionT);
    r.binaryAuc = rocAuc(pFake, truth);
    const EqualErrorRate e = equalErrorRate(pFake, truth);
    r.binaryEer = e.eer;
    r.binaryEerThreshold = e.threshold;
    std::vector<int> called(pFake.size());
    for (std::size_t i = 0; i < pFake.size(); ++i)
        called[i] = pFake[i] >= fakeThreshold ? 1 : 0;
    r.binary = classificationMetrics(truth, called, 2);
    r.attributionAuc = std::nan("");
    if (p.hasAttribution()) {
        r.hasAttribution = true;
        std::vector<int> predicted(std::size_t(p.samples()));
        std::vector<double> notReal(std::size_t(p.samples()));
        for (int i = 0; i < p.samples(); ++i) {
            predicted[std::size_t(i)] = p.attributionArgmax(i);
            notReal[std::size_t(i)] = 1.0 - p.attributionProbabilities(i, attributionT).front();
        }
        r.attribution = classificationMetrics(p.labels, predicted, p.attributionUnits);
        r.attributionAuc = rocAuc(notReal, truth);
    }
    return r;
}

QJsonObject reportToJson(const EvaluationReport &r)
{
    QJsonObject o;
    if (!r.dataset.isEmpty())
        o[QStringLiteral("dataset")] = r.dataset;
    if (!r.split.isEmpty())
        o[QStringLiteral("split")] = r.split;
    o[QStringLiteral("samples")] = r.samples;
    o[QStringLiteral("binary_auc")] = number(r.binaryAuc);
    o[QStringLiteral("binary_eer")] = number(r.binaryEer);
    o[QStringLiteral("binary_accuracy")] = number(r.binary.accuracy);
    o[QStringLiteral("binary_balanced_accuracy")] = number(r.binary.balancedAccuracy);
    o[QStringLiteral("fake_threshold")] = number(r.fakeThreshold);
    if (r.hasAttribution) {
        o[QStringLiteral("accuracy")] = number(r.attribution.accuracy);
        o[QStringLiteral("balanced_accuracy")] = number(r.attribution.balancedAccuracy);
        o[QStringLiteral("macro_f1")] = number(r.attribution.macroF1);
        QJsonObject recall;
        for (int c = 0; c < r.attribution.classes; ++c)
            recall[classKey(c)] = number(r.attribution.recall[std::size_t(c)]);
        o[QStringLiteral("per_class_recall")] = recall;
        QJsonArray confusion;
        for (const auto &row : r.attribution.confusion) {
            QJsonArray a;
            for (auto v : row)
                a.append(qint64(v));
            confusion.append(a);
        }
        o[QStringLiteral("confusion")] = confusion;
    }
    return o;
}

QString reportToMarkdown(const EvaluationReport &r)
{
    QString s;
    s += QStringLiteral("### %1 (%2), %3 crops\n\n").arg(r.dataset, r.split).arg(r.samples);
    s += QStringLiteral("| metric | value |\n|---|---|\n");
    s += QStringLiteral("| binary AUC | %1 |\n| binary EER | %2 |\n| binary balanced accuracy (P(fake) >= %3) | %4 |\n")
             .arg(fmt(r.binaryAuc), fmt(r.binaryEer), fmt(r.fakeThreshold), fmt(r.binary.balancedAccuracy));
    if (!r.hasAttribution)
        return s;
    s += QStringLiteral(
             "| attribution accuracy | %1 |\n| attribution balanced accuracy | %2 |\n| attribution macro-F1 | %3 |\n\n")
             .arg(fmt(r.attribution.accuracy), fmt(r.attribution.balancedAccuracy), fmt(r.attribution.macroF1));
    s += QStringLiteral("| true \\ predicted |");
    for (int c = 0; c < r.attribution.classes; ++c)
        s += QStringLiteral(" %1 |").arg(classKey(c));
    s += QStringLiteral(" recall |\n|---|");
    for (int c = 0; c <= r.attribution.classes; ++c)
        s += QStringLiteral("---|");
    s += QLatin1Char('\n');
    for (int t = 0; t < r.attribution.classes; ++t) {
        s += QStringLiteral("| %1 |").arg(classKey(t));
        for (int c = 0; c < r.attribution.classes; ++c)
            s += QStringLiteral(" %1 |").arg(r.attribution.confusion[std::size_t(t)][std::size_t(c)]);
        s += QStringLiteral(" %1 |\n").arg(fmt(r.attribution.recall[std::size_t(t)]));
    }
    return s;
}

} // namespace fp::lab
