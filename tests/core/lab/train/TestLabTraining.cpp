// The lab trainer end to end on a tiny generated dataset: networks, SupCon, training, save/load, card.
#include "TinyLabData.h"

#include "core/inference/ModelCard.h"
#include "core/lab/train/Evaluator.h"
#include "core/lab/train/LabCard.h"
#include "core/lab/train/Losses.h"
#include "core/lab/train/ModelRunner.h"
#include "core/lab/train/Networks.h"
#include "core/lab/train/Trainer.h"

#include <QJsonArray>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>

using namespace fp::lab;

class TestLabTraining : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void supConHandBatch();
    void uncertaintyWeights();
    void networkMethods_data();
    void networkMethods();
    void saveLoadIdentical();
    void trainTinyModel();

private:
    QTemporaryDir m_dir;
    QString m_data;
};

void TestLabTraining::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_data = m_dir.filePath(QStringLiteral("tiny"));
    QCOMPARE(fp::test::writeTinyLabDataset(m_data, 6), 2 * 3 * 6 * 6);
    setTorchThreads(2);
}

void TestLabTraining::supConHandBatch()
{
    // z0 = (1, 0), z1 = (0, 1), z2 = (0.6, 0.8), labels 0 1 0, t = 0.5. Anchor 1 has no positive.
    // Anchor 0: sims/t to 1, 2 = 0, 1.2 -> log p(2) = 1.2 - log(e^0 + e^1.2).
    // Anchor 2: sims/t to 0, 1 = 1.2, 1.6 -> log p(0) = 1.2 - log(e^1.2 + e^1.6).
    const at::Tensor z = at::tensor({1.0f, 0.0f, 0.0f, 1.0f, 0.6f, 0.8f}).view({3, 2});
    const at::Tensor labels = at::tensor({0, 1, 0}, at::kLong);
    const double lp0 = 1.2 - std::log(std::exp(0.0) + std::exp(1.2));
    const double lp2 = 1.2 - std::log(std::exp(1.2) + std::exp(1.6));
    const double expected = -(lp0 + lp2) / 2.0;
    const double got = supConLoss(z, labels, 0.5).item<double>();
    QVERIFY2(std::abs(got - expected) < 1e-5, qPrintable(QStringLiteral("%1 vs %2").arg(got).arg(expected)));
    // All labels different: no positives, zero loss.
    QCOMPARE(supConLoss(z, at::tensor({0, 1, 2}, at::kLong), 0.5).item<double>(), 0.0);
}

void TestLabTraining::uncertaintyWeights()
{
    // exp(-s) L + s with s = (0, ln 2): 1 * 3 + 0 + 0.5 * 4 + ln 2.
    const at::Tensor s = at::tensor({0.0, std::log(2.0)}, at::kDouble);
    const double got =
        uncertaintyWeighted({at::tensor(3.0, at::kDouble), at::tensor(4.0, at::kDouble)}, s).item<double>();
    QVERIFY(std::abs(got - (3.0 + 2.0 + std::log(2.0))) < 1e-9);
}

void TestLabTraining::networkMethods_data()
{
    QTest::addColumn<int>("backbone");
    QTest::addColumn<bool>("binary");
    QTest::addColumn<int>("attribution");
    QTest::newRow("dnadet both") << int(Backbone::DnaDet) << true << 6;
    QTest::newRow("dnadet binary") << int(Backbone::DnaDet) << true << 0;
    QTest::newRow("mobilenet attribution") << int(Backbone::MobileNet) << false << 6;
}

void TestLabTraining::networkMethods()
{
    QFETCH(int, backbone);
    QFETCH(bool, binary);
    QFETCH(int, attribution);
    NetworkSpec spec;
    spec.backbone = Backbone(backbone);
    spec.inputSize = 64;
    spec.width = 8;
    spec.binaryHead = binary;
    spec.attributionUnits = attribution;
    spec.projectionDim = 16;
    torch::manual_seed(3);
    torch::jit::Module m = buildNetwork(spec);
    m.eval();
    const at::Tensor x = at::randn({3, 3, 64, 64});
    const at::Tensor f = m.run_method("features", x).toTensor();
    QCOMPARE(f.sizes().vec(), (std::vector<int64_t>{3, spec.featureChannels(), 4, 4}));
    const c10::IValue direct = m.forward({x});
    const c10::IValue viaHead = m.run_method("head", f);
    const int heads = (binary ? 1 : 0) + (attribution > 0 ? 1 : 0);
    if (heads == 2) {
        QVERIFY(direct.isTuple());
        const auto a = direct.toTuple()->elements();
        const auto b = viaHead.toTuple()->elements();
        QCOMPARE(a[0].toTensor().size(1), 2);
        QCOMPARE(a[1].toTensor().size(1), attribution);
        QVERIFY(at::equal(a[0].toTensor(), b[0].toTensor()));
        QVERIFY(at::equal(a[1].toTensor(), b[1].toTensor()));
    } else {
        QVERIFY(direct.isTensor());
        QCOMPARE(direct.toTensor().size(1), binary ? 2 : attribution);
        QVERIFY(at::equal(direct.toTensor(), viaHead.toTensor()));
    }
    const at::Tensor z = m.run_method("project", f).toTensor();
    QCOMPARE(z.size(1), 16);
    QVERIFY(at::allclose(z.norm(2, 1), at::ones({3}), 1e-4, 1e-5));
    // BatchNorm running statistics are buffers that move in training mode only.
    const at::Tensor before = m.attr("f0_rm").toTensor().clone();
    m.forward({x});
    QVERIFY(at::equal(before, m.attr("f0_rm").toTensor()));
    m.train(true);
    m.forward({x});
    QVERIFY(!at::equal(before, m.attr("f0_rm").toTensor()));
}

void TestLabTraining::saveLoadIdentical()
{
    NetworkSpec spec;
    spec.inputSize = 64;
    spec.width = 8;
    torch::manual_seed(5);
    torch::jit::Module m = buildNetwork(spec);
    m.train(true);
    m.forward({at::randn({4, 3, 64, 64})}); // move the running statistics away from their initial values
    m.eval();
    const QString path = m_dir.filePath(QStringLiteral("saved.pt"));
    m.save(path.toStdString());
    torch::jit::Module loaded = torch::jit::load(path.toStdString());
    loaded.eval();
    const at::Tensor x = at::randn({2, 3, 64, 64});
    const auto a = m.forward({x}).toTuple()->elements();
    const auto b = loaded.forward({x}).toTuple()->elements();
    QVERIFY(at::equal(a[0].toTensor(), b[0].toTensor()));
    QVERIFY(at::equal(a[1].toTensor(), b[1].toTensor()));
    QVERIFY(loaded.find_method("features").has_value());
    QVERIFY(loaded.find_method("head").has_value());
}

void TestLabTraining::trainTinyModel()
{
    TrainParams p;
    p.dataDir = m_data;
    p.datasets = QStringList{QStringLiteral("alpha")};
    p.network.inputSize = 64;
    p.network.width = 8;
    p.network.projectionDim = 16;
    p.supCon = true;
    p.learnedLossWeights = true;
    p.epochs = 4;
    p.patience = 10;
    p.batchSize = 12;
    p.learningRate = 3e-3;
    p.pretrainEpochs = 1;
    p.threads = 2;
    p.outputDir = m_dir.filePath(QStringLiteral("models"));
    p.name = QStringLiteral("tiny-test");
    p.command = QStringLiteral("TestLabTraining");
    p.checkpointDir = m_dir.filePath(QStringLiteral("checkpoints"));
    int progressCalls = 0;
    auto r = Trainer().run(p, [&](const TrainProgress &) { ++progressCalls; });
    QVERIFY2(r.ok(), r.ok() ? "" : qPrintable(r.error().message));
    QVERIFY(progressCalls > 0);
    QCOMPARE(r->epochsRun, 4);
    QVERIFY2(r->lastLoss < r->firstLoss,
             qPrintable(QStringLiteral("loss %1 -> %2").arg(r->firstLoss).arg(r->lastLoss)));
    QVERIFY(QFile::exists(r->weightsPath));
    QVERIFY(QFile::exists(QDir(p.checkpointDir).filePath(QStringLiteral("tiny-test.checkpoint.pt"))));
    QCOMPARE(int(r->heldOut.size()), 1); // alpha test
    QCOMPARE(int(r->others.size()), 1);  // beta test
    QCOMPARE(r->heldOut.front().dataset, QStringLiteral("alpha"));
    QVERIFY(r->calibration.binaryTemperature > 0);

    // The card passes the product's validation (core/inference) and the lab's own loader, digest included.
    auto card = fp::inference::ModelCard::load(r->cardPath);
    QVERIFY2(card.ok(), card.ok() ? "" : qPrintable(card.error().message));
    QVERIFY(card->verifyWeights().ok());
    QCOMPARE(card->input.size, 64);
    QCOMPARE(int(card->classes.size()), 6);
    QCOMPARE(card->binaryUnits(), 2);
    QCOMPARE(card->training.value(QStringLiteral("synthetic")).toBool(), true);
    QVERIFY(card->limitations.join(QLatin1Char(' ')).contains(QStringLiteral("NOT been validated on real deepfakes")));
    QVERIFY(card->metrics.contains(QStringLiteral("held_out_identities")));

    // The evaluator reproduces the held-out numbers from the saved files.
    EvalParams e;
    e.cardPath = r->cardPath;
    e.dataDir = m_data;
    e.dataset = QStringLiteral("alpha");
    auto reports = Evaluator().run(e);
    QVERIFY2(reports.ok(), reports.ok() ? "" : qPrintable(reports.error().message));
    QCOMPARE(reports->front().samples, r->heldOut.front().samples);
    QVERIFY(std::abs(reports->front().binaryAuc - r->heldOut.front().binaryAuc) < 1e-6);
    QCOMPARE(reports->front().attribution.confusion, r->heldOut.front().attribution.confusion);

    // A changed weights file is refused.
    QFile f(r->weightsPath);
    QVERIFY(f.open(QIODevice::Append));
    f.write("x");
    f.close();
    auto tampered = LabCard::load(r->cardPath);
    QVERIFY(!tampered.ok());
    QCOMPARE(tampered.error().code, fp::Error::Code::ChecksumMismatch);
}

QTEST_GUILESS_MAIN(TestLabTraining)
#include "TestLabTraining.moc"
