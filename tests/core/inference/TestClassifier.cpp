// Classifier on hand-set linear TorchScript models: outputs computed by hand must match exactly.
#include "core/inference/Classifier.h"
#include "core/inference/Preprocess.h"

#include "tests/core/inference/TestModels.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>

using namespace fp;
using namespace fp::inference;
using fp::test::LinearHead;
using fp::test::LinearModelSpec;

namespace {

constexpr int kSize = 16;
const QStringList kKeys{QStringLiteral("real"), QStringLiteral("deepfakes"), QStringLiteral("faceswap")};

// Per-channel coefficients a[unit][channel] spread evenly over the map, so logit = sum_c a_c * mean(x_c) + b.
LinearHead spreadHead(const std::vector<std::array<float, 3>> &a, std::vector<float> bias)
{
    LinearHead head;
    head.units = int(a.size());
    head.bias = std::move(bias);
    for (const auto &unit : a) {
        for (int c = 0; c < 3; ++c)
            head.weights.insert(head.weights.end(), size_t(kSize * kSize), unit[size_t(c)] / float(kSize * kSize));
    }
    return head;
}

QImage solid(int width, int height, QColor colour)
{
    QImage image(width, height, QImage::Format_RGB888);
    image.fill(colour);
    return image;
}

double sigmoid(double z)
{
    return 1.0 / (1.0 + std::exp(-z));
}

std::vector<double> softmax(const std::vector<double> &z, double t)
{
    double maxZ = z[0];
    for (const double v : z)
        maxZ = std::max(maxZ, v);
    std::vector<double> out;
    double sum = 0.0;
    for (const double v : z) {
        out.push_back(std::exp((v - maxZ) / t));
        sum += out.back();
    }
    for (double &v : out)
        v /= sum;
    return out;
}

double logsumexp(const std::vector<double> &z, double t)
{
    double maxZ = z[0] / t;
    for (const double v : z)
        maxZ = std::max(maxZ, v / t);
    double sum = 0.0;
    for (const double v : z)
        sum += std::exp(v / t - maxZ);
    return maxZ + std::log(sum);
}

const std::vector<std::array<float, 3>> kBinaryA{{1.5f, -0.5f, 0.25f}};
const std::vector<std::array<float, 3>> kAttributionA{{1.f, 0.f, 0.f}, {0.f, 2.f, 0.f}, {-1.f, 0.5f, 1.f}};
const std::vector<float> kBinaryB{0.1f};
const std::vector<float> kAttributionB{0.f, -0.5f, 0.25f};

std::vector<double> logits(const std::vector<std::array<float, 3>> &a, const std::vector<float> &b,
                           const std::array<double, 3> &v)
{
    std::vector<double> z;
    for (size_t j = 0; j < a.size(); ++j)
        z.push_back(a[j][0] * v[0] + a[j][1] * v[1] + a[j][2] * v[2] + b[j]);
    return z;
}

} // namespace

class TestClassifier : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    Result<ModelCard> install(ModelCard card, const LinearModelSpec &spec)
    {
        return test::installModel(m_dir.path(), std::move(card),
                                  [&](const QString &path) { return test::writeLinearModel(path, spec); });
    }

private Q_SLOTS:
    void preprocessFollowsTheCard()
    {
        ModelCard card = test::makeTestCard(QStringLiteral("pre"), kSize, 1, kKeys);
        card.input.colorOrder = ColorOrder::Bgr;
        card.input.mean = {0.5f, 0.25f, 0.f};
        card.input.std = {0.5f, 0.25f, 2.f};
        const std::vector<float> t = inputTensor(solid(40, 30, QColor(255, 51, 0)), card.input);
        QCOMPARE(int(t.size()), 3 * kSize * kSize);
        const size_t plane = size_t(kSize * kSize);
        QCOMPARE(t[0], (0.f - 0.5f) / 0.5f);                    // B first
        QCOMPARE(t[plane + 7], (51.f / 255.f - 0.25f) / 0.25f); // G
        QCOMPARE(t[2 * plane + plane - 1], (1.f - 0.f) / 2.f);  // R last
    }

    void exactOutputsWithTemperature()
    {
        ModelCard card = test::makeTestCard(QStringLiteral("exact"), kSize, 1, kKeys);
        card.calibration.binaryTemperature = 2.0;
        card.calibration.attributionTemperature = 0.5;
        card.input.mean = {0.5f, 0.5f, 0.5f};
        card.input.std = {0.25f, 0.5f, 1.f};
        LinearModelSpec spec;
        spec.inputSize = kSize;
        spec.binary = spreadHead(kBinaryA, kBinaryB);
        spec.attribution = spreadHead(kAttributionA, kAttributionB);
        auto installed = install(card, spec);
        QVERIFY2(installed.ok(), qPrintable(installed.ok() ? QString() : installed.error().message));
        auto classifier = Classifier::load(*installed, DeviceChoice::Cpu, 2);
        QVERIFY2(classifier.ok(), qPrintable(classifier.ok() ? QString() : classifier.error().message));
        QVERIFY(!(*classifier)->usesCuda());
        QCOMPARE((*classifier)->deviceName(), QStringLiteral("cpu (2 threads)"));

        const std::vector<QColor> colours{QColor(255, 0, 128), QColor(10, 200, 30), QColor(128, 128, 128)};
        std::vector<QImage> crops;
        for (size_t i = 0; i < colours.size(); ++i)
            crops.push_back(solid(kSize + 8 * int(i), kSize + 8 * int(i), colours[i])); // any size is resized
        auto scores = (*classifier)->classify(crops, 2);                                // two chunks
        QVERIFY(scores.ok());
        QCOMPARE(scores->size(), colours.size());
        for (size_t i = 0; i < colours.size(); ++i) {
            const std::array<double, 3> v{(colours[i].red() / 255.0 - 0.5) / 0.25,
                                          (colours[i].green() / 255.0 - 0.5) / 0.5,
                                          (colours[i].blue() / 255.0 - 0.5) / 1.0};
            const double zb = logits(kBinaryA, kBinaryB, v)[0];
            const std::vector<double> za = logits(kAttributionA, kAttributionB, v);
            const std::vector<double> pa = softmax(za, 0.5);
            const CropScores &s = (*scores)[i];
            QVERIFY(s.hasBinary && s.hasAttribution);
            QVERIFY2(std::abs(s.pFake - sigmoid(zb / 2.0)) < 1e-5, qPrintable(QString::number(s.pFake)));
            QCOMPARE(int(s.classProbabilities.size()), 3);
            for (size_t c = 0; c < 3; ++c)
                QVERIFY(std::abs(s.classProbabilities[c] - pa[c]) < 1e-5);
            QVERIFY(std::abs(s.energy - (-0.5 * logsumexp(za, 0.5))) < 1e-4);
            QVERIFY(std::abs(s.maxLogit - *std::max_element(za.begin(), za.end())) < 1e-5);
        }
        QVERIFY((*classifier)->classify({}).ok());
        QVERIFY(!(*classifier)->classify({QImage()}).ok());
    }

    void binaryOnlyTwoUnitsLoads()
    {
        ModelCard card = test::makeTestCard(QStringLiteral("binary2"), kSize, 2,
                                            {QStringLiteral("real"), QStringLiteral("fake")}, false);
        card.calibration.binaryTemperature = 3.0;
        LinearModelSpec spec;
        spec.inputSize = kSize;
        spec.binary = spreadHead({{0.f, 0.f, 0.f}, {1.f, 1.f, 1.f}}, {0.2f, -0.3f});
        auto installed = install(card, spec);
        QVERIFY(installed.ok());
        auto classifier = Classifier::load(*installed, DeviceChoice::Auto, 1);
        QVERIFY2(classifier.ok(), qPrintable(classifier.ok() ? QString() : classifier.error().message));
        auto scores = (*classifier)->classify({solid(kSize, kSize, QColor(255, 255, 0))});
        QVERIFY(scores.ok());
        const CropScores &s = scores->front();
        QVERIFY(s.hasBinary && !s.hasAttribution);
        QVERIFY(s.classProbabilities.empty());
        QVERIFY(std::isnan(s.energy));
        const std::vector<double> p = softmax({0.2, 2.0 - 0.3}, 3.0); // x = (1, 1, 0)
        QVERIFY(std::abs(s.pFake - p[1]) < 1e-5);
    }

    void attributionOnlyGivesPFakeFromRealClass()
    {
        ModelCard card = test::makeTestCard(QStringLiteral("attronly"), kSize, 0, kKeys);
        LinearModelSpec spec;
        spec.inputSize = kSize;
        spec.attribution = spreadHead(kAttributionA, kAttributionB);
        auto installed = install(card, spec);
        QVERIFY(installed.ok());
        auto classifier = Classifier::load(*installed, DeviceChoice::Cpu, 1);
        QVERIFY2(classifier.ok(), qPrintable(classifier.ok() ? QString() : classifier.error().message));
        auto scores = (*classifier)->classify({solid(kSize, kSize, QColor(0, 255, 255))});
        QVERIFY(scores.ok());
        const std::vector<double> pa = softmax(logits(kAttributionA, kAttributionB, {0.0, 1.0, 1.0}), 1.0);
        QVERIFY(!scores->front().hasBinary);
        QVERIFY(std::abs(scores->front().pFake - (1.0 - pa[0])) < 1e-5);
    }

    void tupleOrderFollowsTheCard()
    {
        ModelCard card = test::makeTestCard(QStringLiteral("swapped"), kSize, 1, kKeys, true, true);
        LinearModelSpec spec;
        spec.inputSize = kSize;
        spec.attributionFirst = true;
        spec.binary = spreadHead(kBinaryA, kBinaryB);
        spec.attribution = spreadHead(kAttributionA, kAttributionB);
        auto installed = install(card, spec);
        QVERIFY(installed.ok());
        auto classifier = Classifier::load(*installed, DeviceChoice::Cpu, 1);
        QVERIFY(classifier.ok());
        auto scores = (*classifier)->classify({solid(kSize, kSize, QColor(255, 255, 255))});
        QVERIFY(scores.ok());
        QVERIFY(std::abs(scores->front().pFake - sigmoid(logits(kBinaryA, kBinaryB, {1, 1, 1})[0])) < 1e-5);
    }

    void tamperedWeightsRefused()
    {
        ModelCard card = test::makeTestCard(QStringLiteral("tampered"), kSize, 1, kKeys);
        LinearModelSpec spec;
        spec.inputSize = kSize;
        spec.binary = spreadHead(kBinaryA, kBinaryB);
        spec.attribution = spreadHead(kAttributionA, kAttributionB);
        auto installed = install(card, spec);
        QVERIFY(installed.ok());
        spec.binary.bias = {5.f};
        QVERIFY(test::writeLinearModel(installed->weightsPath(), spec).ok());
        auto classifier = Classifier::load(*installed);
        QVERIFY(!classifier.ok());
        QCOMPARE(classifier.error().code, Error::Code::ChecksumMismatch);
        QVERIFY(classifier.error().message.contains(QStringLiteral("sha256")));
    }

    void moduleClassCountMismatchRefused()
    {
        // The card is consistent (3 classes, 3 units) but the module's attribution head has 2 units.
        ModelCard card = test::makeTestCard(QStringLiteral("wrongclasses"), kSize, 1, kKeys);
        LinearModelSpec spec;
        spec.inputSize = kSize;
        spec.binary = spreadHead(kBinaryA, kBinaryB);
        spec.attribution = spreadHead({kAttributionA[0], kAttributionA[1]}, {0.f, 0.f});
        auto installed = install(card, spec);
        QVERIFY(installed.ok());
        auto classifier = Classifier::load(*installed, DeviceChoice::Cpu, 1);
        QVERIFY(!classifier.ok());
        QCOMPARE(classifier.error().code, Error::Code::ModelInvalid);
        const QString message = classifier.error().message;
        QVERIFY2(message.contains(installed->cardPath), qPrintable(message));
        QVERIFY2(message.contains(QStringLiteral("field 'outputs[1].units'")), qPrintable(message));
        QVERIFY2(message.contains(QStringLiteral("[2, 2]")), qPrintable(message));
    }

    void wrongInputSizeRefused()
    {
        ModelCard card = test::makeTestCard(QStringLiteral("wrongsize"), 24, 1, kKeys);
        LinearModelSpec spec; // weights for 16x16 inputs
        spec.inputSize = kSize;
        spec.binary = spreadHead(kBinaryA, kBinaryB);
        spec.attribution = spreadHead(kAttributionA, kAttributionB);
        auto installed = install(card, spec);
        QVERIFY(installed.ok());
        auto classifier = Classifier::load(*installed, DeviceChoice::Cpu, 1);
        QVERIFY(!classifier.ok());
        QVERIFY2(classifier.error().message.contains(QStringLiteral("field 'input.size' is 24")),
                 qPrintable(classifier.error().message));
    }

    void headCountMismatchAndCudaRequestRefused()
    {
        ModelCard card = test::makeTestCard(QStringLiteral("onehead"), kSize, 1, kKeys);
        LinearModelSpec spec;
        spec.inputSize = kSize;
        spec.binary = spreadHead(kBinaryA, kBinaryB); // no attribution head in the module
        auto installed = install(card, spec);
        QVERIFY(installed.ok());
        auto classifier = Classifier::load(*installed, DeviceChoice::Cpu, 1);
        QVERIFY(!classifier.ok());
        QVERIFY2(classifier.error().message.contains(QStringLiteral("field 'outputs' lists 2 heads")),
                 qPrintable(classifier.error().message));
        if (!Classifier::cudaAvailable()) {
            auto cuda = Classifier::load(*installed, DeviceChoice::Cuda, 1);
            QVERIFY(!cuda.ok());
            QVERIFY(cuda.error().message.contains(QStringLiteral("CUDA")));
        }
    }

    void garbageWeightsGiveAnError()
    {
        ModelCard card = test::makeTestCard(QStringLiteral("garbage"), kSize, 1, kKeys);
        auto installed = test::installModel(m_dir.path(), card, [](const QString &path) -> Status {
            QFile file(path);
            if (!file.open(QIODevice::WriteOnly))
                return makeError(Error::Code::IoError, path);
            file.write("not a zip archive");
            return Ok{};
        });
        QVERIFY(installed.ok());
        auto classifier = Classifier::load(*installed);
        QVERIFY(!classifier.ok());
        QCOMPARE(classifier.error().code, Error::Code::ModelInvalid);
        QVERIFY(classifier.error().message.contains(installed->weightsPath()));
    }
};

QTEST_GUILESS_MAIN(TestClassifier)
#include "TestClassifier.moc"
