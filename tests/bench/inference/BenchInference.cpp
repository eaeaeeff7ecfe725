// bench_inference: crops/s at batch 1, 8 and 32 and Grad-CAM ms per crop on CPU (or CUDA when present), for a
// DNA-Det-like CNN of the default model's size built here (usage: bench_inference [THREADS]), and for the bundled
// default model when one is installed. Prints a table; asserts nothing about time.
#include "core/inference/Classifier.h"
#include "core/inference/ModelRegistry.h"

#include "tests/core/inference/TestModels.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTextStream>
#include <QThread>

#include <cstdio>

using namespace fp;
using namespace fp::inference;

namespace {

std::vector<QImage> randomCrops(int count, int size)
{
    QRandomGenerator rng(42);
    std::vector<QImage> crops;
    for (int i = 0; i < count; ++i) {
        QImage image(size, size, QImage::Format_RGB888);
        for (int y = 0; y < size; ++y) {
            uchar *line = image.scanLine(y);
            for (int x = 0; x < 3 * size; ++x)
                line[x] = uchar(rng.bounded(256));
        }
        crops.push_back(image);
    }
    return crops;
}

int benchModel(QTextStream &out, const ModelCard &card, const QString &title, int threads)
{
    auto loaded = Classifier::load(card, DeviceChoice::Auto, threads);
    if (!loaded) {
        out << "cannot load " << title << ": " << loaded.error().message << Qt::endl;
        return 1;
    }
    Classifier &classifier = **loaded;
    out << "\n"
        << title << " — input " << card.input.size << "x" << card.input.size << ", " << classifier.deviceName() << "\n";
    out << QStringLiteral("%1 %2 %3\n")
               .arg(QStringLiteral("measure"), -28)
               .arg(QStringLiteral("value"), 12)
               .arg(QStringLiteral("unit"));
    const std::vector<QImage> crops = randomCrops(64, 160); // face crops are resized to the input size
    for (const int batch : {1, 8, 32}) {
        const std::vector<QImage> chunk(crops.begin(), crops.begin() + batch);
        if (!classifier.classify(chunk, batch)) // warm-up (profiling executor)
            return 1;
        classifier.classify(chunk, batch);
        int done = 0;
        QElapsedTimer timer;
        timer.start();
        while (timer.elapsed() < 1500 || done < 3 * batch) {
            if (!classifier.classify(chunk, batch))
                return 1;
            done += batch;
        }
        out << QStringLiteral("%1 %2 %3\n")
                   .arg(QStringLiteral("classify, batch %1").arg(batch), -28)
                   .arg(done * 1000.0 / double(timer.elapsed()), 12, 'f', 1)
                   .arg(QStringLiteral("crops/s"));
    }
    for (const GradCamKind kind : {GradCamKind::GradCam, GradCamKind::GradCamPlusPlus}) {
        const QString name = kind == GradCamKind::GradCam ? QStringLiteral("Grad-CAM") : QStringLiteral("Grad-CAM++");
        for (const int batch : {1, 8}) {
            const std::vector<QImage> chunk(crops.begin(), crops.begin() + batch);
            classifier.gradcamBatch(chunk, -1, kind);
            classifier.gradcamBatch(chunk, -1, kind);
            int done = 0;
            QElapsedTimer timer;
            timer.start();
            while (timer.elapsed() < 1500 || done < 3 * batch) {
                auto maps = classifier.gradcamBatch(chunk, -1, kind);
                if (!maps) {
                    out << maps.error().message << Qt::endl;
                    return 1;
                }
                done += batch;
            }
            out << QStringLiteral("%1 %2 %3\n")
                       .arg(QStringLiteral("%1, batch %2").arg(name).arg(batch), -28)
                       .arg(double(timer.elapsed()) / done, 12, 'f', 2)
                       .arg(QStringLiteral("ms/crop"));
        }
    }
    out.flush();
    return 0;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    // Optional first argument: LibTorch CPU threads (default 0 = all cores).
    const int threads = argc > 1 ? QString::fromLocal8Bit(argv[1]).toInt() : 0;
    out << "bench_inference: " << QThread::idealThreadCount() << " cores, CUDA "
        << (Classifier::cudaAvailable() ? "available" : "not available") << "\n";

    QTemporaryDir dir;
    test::CnnModelSpec spec; // 128 px, 16-32-64-128 channels, binary (2) + attribution (6)
    ModelCard card = test::makeTestCard(QStringLiteral("bench-cnn"), spec.inputSize, spec.binaryUnits,
                                        {QStringLiteral("real"), QStringLiteral("deepfakes"),
                                         QStringLiteral("face2face"), QStringLiteral("faceswap"),
                                         QStringLiteral("neuraltextures"), QStringLiteral("faceshifter")});
    auto installed =
        test::installModel(dir.path(), card, [&](const QString &path) { return test::writeCnnModel(path, spec); });
    if (!installed) {
        out << installed.error().message << Qt::endl;
        return 1;
    }
    int rc = benchModel(out, *installed, QStringLiteral("DNA-Det-like CNN 16-32-64-128 (random weights)"), threads);

    const ModelRegistry registry = ModelRegistry::fromAppPaths();
    if (auto bundled = registry.defaultModel(); bundled && bundled->bundled)
        rc |= benchModel(out, bundled->card, QStringLiteral("bundled model %1").arg(bundled->card.displayName()),
                         threads);
    else
        out << "\n(no bundled model installed: only the built-in CNN was measured)\n";
    out.flush();
    return rc;
}
