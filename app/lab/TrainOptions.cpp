#include "app/lab/TrainOptions.h"

#include "core/lab/train/LabDataset.h"

#include <QCoreApplication>

#include <cmath>

namespace fp::labapp {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("lab", text);
}

} // namespace

void TrainOptions::addTo(QCommandLineParser &parser)
{
    const lab::TrainParams d;
    auto add = [&](const char *name, const QString &help, const QString &valueName = {}, const QString &def = {}) {
        QCommandLineOption o(QString::fromLatin1(name), help, valueName, def);
        m_options.push_back(o);
        parser.addOption(o);
    };
    add("data", tr("Dataset folder with manifest.csv (fakeprint-lab synth output)"), QStringLiteral("DIR"));
    add("dataset", tr("Train on these datasets of the manifest (comma list; default all)"), QStringLiteral("NAMES"));
    add("backbone", tr("dnadet or mobilenet"), QStringLiteral("NAME"), QStringLiteral("dnadet"));
    add("input-size", tr("Network input side in pixels"), QStringLiteral("N"), QStringLiteral("96"));
    add("width", tr("Channels of the first block (later blocks 2x, 4x, 8x)"), QStringLiteral("N"),
        QStringLiteral("16"));
    add("heads", tr("both, binary or attribution"), QStringLiteral("H"), QStringLiteral("both"));
    add("loss", tr("ce or supcon-ce"), QStringLiteral("L"), QStringLiteral("ce"));
    add("loss-weights", tr("learned (uncertainty weights) or fixed"), QStringLiteral("W"), QStringLiteral("fixed"));
    add("binary-weight", tr("Fixed weight of the binary loss"), QStringLiteral("X"), QString::number(d.binaryWeight));
    add("supcon-weight", tr("Fixed weight of the SupCon loss"), QStringLiteral("X"), QString::number(d.supConWeight));
    add("projection", tr("SupCon projection size"), QStringLiteral("N"), QStringLiteral("128"));
    add("epochs", tr("Maximum epochs"), QStringLiteral("N"), QString::number(d.epochs));
    add("batch", tr("Batch size"), QStringLiteral("N"), QString::number(d.batchSize));
    add("lr", tr("Adam learning rate"), QStringLiteral("X"), QString::number(d.learningRate));
    add("step-size", tr("StepLR: epochs between learning-rate decays"), QStringLiteral("N"),
        QString::number(d.stepSize));
    add("gamma", tr("StepLR decay factor"), QStringLiteral("X"), QString::number(d.gamma));
    add("patience", tr("Early stopping: epochs without a better validation macro-F1"), QStringLiteral("N"),
        QString::number(d.patience));
    add("max-minutes", tr("Start no epoch after this many minutes of training (0: no limit)"), QStringLiteral("X"),
        QStringLiteral("0"));
    add("pretrain-epochs", tr("DNA-Det image-transformation pre-training epochs on real crops (0: none)"),
        QStringLiteral("N"), QStringLiteral("0"));
    add("max-per-class", tr("Training crops per class (0: all)"), QStringLiteral("N"), QStringLiteral("0"));
    add("max-eval-per-class", tr("Validation and test crops per class (0: all)"), QStringLiteral("N"),
        QStringLiteral("0"));
    add("seed", tr("Random seed (network, shuffling, augmentation)"), QStringLiteral("N"), QStringLiteral("1"));
    add("threads", tr("LibTorch threads (0: every core)"), QStringLiteral("N"), QStringLiteral("0"));
    add("no-augment", tr("Train without augmentations"));
}

const QCommandLineOption *TrainOptions::find(const char *name) const
{
    for (const auto &o : m_options)
        if (o.names().front() == QLatin1String(name))
            return &o;
    return nullptr;
}

bool TrainOptions::read(const QCommandLineParser &parser, lab::TrainParams &p, QString *error) const
{
    auto value = [&](const char *name) { return parser.value(*find(name)); };
    bool allOk = true;
    QString bad;
    auto toInt = [&](const char *name, int lo, int hi) {
        bool ok = false;
        const int v = value(name).toInt(&ok);
        if ((!ok || v < lo || v > hi) && allOk) {
            allOk = false;
            bad = tr("--%1 must be an integer in %2..%3, not '%4'")
                      .arg(QString::fromLatin1(name))
                      .arg(lo)
                      .arg(hi)
                      .arg(value(name));
        }
        return v;
    };
    auto toDouble = [&](const char *name, double lo, double hi) {
        bool ok = false;
        const double v = value(name).toDouble(&ok);
        if ((!ok || !(v >= lo && v <= hi)) && allOk) {
            allOk = false;
            bad = tr("--%1 must be a number in %2..%3, not '%4'")
                      .arg(QString::fromLatin1(name))
                      .arg(lo)
                      .arg(hi)
                      .arg(value(name));
        }
        return v;
    };
    p.dataDir = value("data");
    if (p.dataDir.isEmpty()) {
        *error = tr("--data DIR is required (a folder with manifest.csv)");
        return false;
    }
    if (!value("dataset").isEmpty())
        p.datasets = value("dataset").split(QLatin1Char(','), Qt::SkipEmptyParts);
    const auto backbone = lab::parseBackbone(value("backbone"));
    if (!backbone) {
        *error = tr("--backbone must be dnadet or mobilenet, not '%1'").arg(value("backbone"));
        return false;
    }
    p.network.backbone = *backbone;
    p.network.inputSize = toInt("input-size", 32, 512);
    if (p.network.inputSize % 16 != 0 && allOk) {
        *error = tr("--input-size must be a multiple of 16");
        return false;
    }
    p.network.width = toInt("width", 4, 256);
    const QString heads = value("heads");
    if (heads != QLatin1String("both") && heads != QLatin1String("binary") && heads != QLatin1String("attribution")) {
        *error = tr("--heads must be both, binary or attribution, not '%1'").arg(heads);
        return false;
    }
    p.network.binaryHead = heads != QLatin1String("attribution");
    p.network.attributionUnits = heads == QLatin1String("binary") ? 0 : int(lab::labClasses().size());
    const QString loss = value("loss");
    if (loss != QLatin1String("ce") && loss != QLatin1String("supcon-ce")) {
        *error = tr("--loss must be ce or supcon-ce, not '%1'").arg(loss);
        return false;
    }
    p.supCon = loss == QLatin1String("supcon-ce");
    p.network.projectionDim = p.supCon ? toInt("projection", 8, 1024) : 0;
    const QString weights = value("loss-weights");
    if (weights != QLatin1String("learned") && weights != QLatin1String("fixed")) {
        *error = tr("--loss-weights must be learned or fixed, not '%1'").arg(weights);
        return false;
    }
    p.learnedLossWeights = weights == QLatin1String("learned");
    p.binaryWeight = toDouble("binary-weight", 0.0, 100.0);
    p.supConWeight = toDouble("supcon-weight", 0.0, 100.0);
    p.epochs = toInt("epochs", 1, 1000);
    p.batchSize = toInt("batch", 2, 4096);
    p.learningRate = toDouble("lr", 1e-7, 1.0);
    p.stepSize = toInt("step-size", 1, 1000);
    p.gamma = toDouble("gamma", 0.01, 1.0);
    p.patience = toInt("patience", 1, 1000);
    p.maxMinutes = toDouble("max-minutes", 0.0, 1e6);
    p.pretrainEpochs = toInt("pretrain-epochs", 0, 1000);
    p.maxPerClass = toInt("max-per-class", 0, 100000000);
    p.maxEvalPerClass = toInt("max-eval-per-class", 0, 100000000);
    p.seed = std::uint64_t(toInt("seed", 0, 2147483647));
    p.threads = toInt("threads", 0, 256);
    if (parser.isSet(*find("no-augment"))) {
        p.augment.randomCrop = false;
        p.augment.flip = false;
        p.augment.colorJitter = false;
        p.augment.blurProbability = 0.0;
        p.augment.jpegProbability = 0.0;
    }
    if (!allOk)
        *error = bad;
    return allOk;
}

void TrainOptions::printProgress(QTextStream &err, const lab::TrainProgress &p)
{
    auto eta = [](double s) {
        if (s < 0)
            return QStringLiteral("--:--");
        const int t = int(std::lround(s));
        return QStringLiteral("%1:%2").arg(t / 60, 2, 10, QLatin1Char('0')).arg(t % 60, 2, 10, QLatin1Char('0'));
    };
    if (p.phase == QLatin1String("validate") || p.phase == QLatin1String("test")) {
        err << '\r' << p.phase << ' '
            << (p.epoch > 0 ? QStringLiteral("epoch %1/%2").arg(p.epoch).arg(p.epochs) : QString())
            << QStringLiteral(" (train loss %1)          ").arg(p.loss, 0, 'f', 4) << Qt::flush;
        return;
    }
    err << '\r' << p.phase
        << QStringLiteral(" epoch %1/%2 step %3/%4 loss %5 ETA %6   ")
               .arg(p.epoch)
               .arg(p.epochs)
               .arg(p.step)
               .arg(p.steps)
               .arg(p.loss, 0, 'f', 4)
               .arg(eta(p.etaSeconds))
        << Qt::flush;
    if (p.step == p.steps && p.steps > 0)
        err << '\n';
}

QString commandLine(const QStringList &arguments)
{
    QStringList parts;
    for (const QString &a : arguments) {
        if (a.isEmpty() || a.contains(QLatin1Char(' ')) || a.contains(QLatin1Char('\'')))
            parts << (a.startsWith(QLatin1String("fakeprint-lab "))
                          ? a
                          : QLatin1Char('\'') + QString(a).replace(QLatin1String("'"), QLatin1String("'\\''")) +
                                QLatin1Char('\''));
        else
            parts << a;
    }
    return parts.join(QLatin1Char(' '));
}

} // namespace fp::labapp
