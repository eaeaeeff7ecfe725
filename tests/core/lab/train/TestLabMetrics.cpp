// Metric functions of the lab against values computed by hand.
#include "core/lab/train/Calibration.h"
#include "core/lab/train/Metrics.h"

#include <QTest>

#include <cmath>

using namespace fp::lab;

class TestLabMetrics : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void classification();
    void aucWithTies();
    void eer();
    void quantiles();
    void temperatureFit();
};

void TestLabMetrics::classification()
{
    // truth 0 0 0 1 1 2, predicted 0 1 0 1 1 0: confusion rows [2 1 0] [0 2 0] [1 0 0].
    const auto m = classificationMetrics({0, 0, 0, 1, 1, 2}, {0, 1, 0, 1, 1, 0}, 3);
    QCOMPARE(m.samples, 6);
    QCOMPARE(m.confusion[0], (std::vector<std::int64_t>{2, 1, 0}));
    QCOMPARE(m.confusion[1], (std::vector<std::int64_t>{0, 2, 0}));
    QCOMPARE(m.confusion[2], (std::vector<std::int64_t>{1, 0, 0}));
    QVERIFY(std::abs(m.accuracy - 4.0 / 6.0) < 1e-12);
    QVERIFY(std::abs(m.recall[0] - 2.0 / 3.0) < 1e-12);
    QVERIFY(std::abs(m.recall[1] - 1.0) < 1e-12);
    QVERIFY(std::abs(m.recall[2] - 0.0) < 1e-12);
    QVERIFY(std::abs(m.balancedAccuracy - 5.0 / 9.0) < 1e-12);
    QVERIFY(std::abs(m.precision[0] - 2.0 / 3.0) < 1e-12);
    QVERIFY(std::isnan(m.precision[2]));
    // F1: 2TP / (2TP + FP + FN) = 4/6, 4/5, 0.
    QVERIFY(std::abs(m.f1[1] - 0.8) < 1e-12);
    QVERIFY(std::abs(m.macroF1 - 22.0 / 45.0) < 1e-12);
    // A class absent from truth and predictions does not count.
    const auto m2 = classificationMetrics({0, 1}, {0, 1}, 3);
    QCOMPARE(m2.macroF1, 1.0);
    QCOMPARE(m2.balancedAccuracy, 1.0);
}

void TestLabMetrics::aucWithTies()
{
    QVERIFY(std::abs(rocAuc({0.1, 0.4, 0.35, 0.8}, {0, 0, 1, 1}) - 0.75) < 1e-12);
    // Two ties between a positive and two negatives count one half each: (0.5 + 0.5 + 1 + 1) / 4.
    QVERIFY(std::abs(rocAuc({0.5, 0.5, 0.5, 0.9}, {0, 1, 0, 1}) - 0.75) < 1e-12);
    QCOMPARE(rocAuc({0.1, 0.9}, {0, 1}), 1.0);
    QCOMPARE(rocAuc({0.9, 0.1}, {0, 1}), 0.0);
    QVERIFY(std::isnan(rocAuc({0.1, 0.2}, {1, 1})));
}

void TestLabMetrics::eer()
{
    const auto perfect = equalErrorRate({0.1, 0.2, 0.8, 0.9}, {0, 0, 1, 1});
    QCOMPARE(perfect.eer, 0.0);
    QCOMPARE(perfect.threshold, 0.8);
    // At threshold 0.4: one of two negatives (0.4) is called fake and one of two positives (0.35) real.
    const auto half = equalErrorRate({0.1, 0.4, 0.35, 0.8}, {0, 0, 1, 1});
    QVERIFY(std::abs(half.eer - 0.5) < 1e-12);
    QCOMPARE(half.threshold, 0.4);
    // Inverted scores: at threshold 0.9 the negative is called fake and the positive real, FPR = FNR = 1.
    const auto inverted = equalErrorRate({0.9, 0.1}, {0, 1});
    QCOMPARE(inverted.eer, 1.0);
    QCOMPARE(inverted.threshold, 0.9);
}

void TestLabMetrics::quantiles()
{
    QCOMPARE(quantile({4, 1, 3, 2}, 0.5), 2.5);
    std::vector<double> v;
    for (int i = 0; i <= 100; ++i)
        v.push_back(i);
    QVERIFY(std::abs(quantile(v, 0.99) - 99.0) < 1e-9);
    QCOMPARE(quantile({7}, 0.3), 7.0);
}

void TestLabMetrics::temperatureFit()
{
    // Over-confident logits: right 3 times in 4 with margin 4; the best temperature softens them. By hand:
    // NLL(T) = -(3 log s(4/T) + log(1 - s(4/T))) / 4 is minimal where s(4/T) = 3/4, i.e. T = 4 / ln 3.
    Predictions p;
    p.attributionUnits = 2;
    p.labels = {1, 1, 1, 0};
    p.attributionLogits = {0, 4, 0, 4, 0, 4, 0, 4};
    const double t = fitTemperature(p, false);
    QVERIFY2(std::abs(t - 4.0 / std::log(3.0)) < 1e-3, qPrintable(QString::number(t)));
    const double nll = attributionNll(p, t);
    QVERIFY(std::abs(nll - -(0.75 * std::log(0.75) + 0.25 * std::log(0.25))) < 1e-6);
    const CalibrationResult c = calibrate(p);
    QVERIFY(c.attributionNllAfter <= c.attributionNllBefore);
    QVERIFY(c.maxEnergy < 0);
}

QTEST_GUILESS_MAIN(TestLabMetrics)
#include "TestLabMetrics.moc"
