#include "app/lab/LabCommands.h"

#include "core/lab/synth/DatasetVariant.h"
#include "core/lab/synth/IdentityBank.h"
#include "core/lab/synth/VideoCropGenerator.h"

#include <QCommandLineParser>
#include <QCoreApplication>

#include <algorithm>
#include <mutex>

namespace fp::labapp {

int synthVideoCrops(CliContext &ctx, const QStringList &args)
{
    auto tr = [](const char *s) { return QCoreApplication::translate("lab", s); };
    QCommandLineParser p;
    p.setApplicationDescription(
        tr("Render short clips as `synth video` does (H.264 at the dataset's CRF), decode them, follow the faces with "
           "the product's detector and tracker and write the product's crops of each face, labelled by its truth "
           "track, into OUT (dataset '<dataset>-video' of OUT/manifest.csv, appended when present)."));
    p.addHelpOption();
    const QCommandLineOption dataset(
        QStringLiteral("dataset"), tr("Dataset variant: %1").arg(lab::datasetVariantNames().join(QStringLiteral(", "))),
        QStringLiteral("NAME"), QStringLiteral("synth-a"));
    const QCommandLineOption split(QStringLiteral("split"), tr("train, val or test (test uses held-out identities)"),
                                   QStringLiteral("SPLIT"), QStringLiteral("train"));
    const QCommandLineOption clips(QStringLiteral("clips"), tr("Clips to render"), QStringLiteral("N"),
                                   QStringLiteral("20"));
    const QCommandLineOption faces(QStringLiteral("faces"), tr("Faces (tracks) per clip"), QStringLiteral("N"),
                                   QStringLiteral("3"));
    const QCommandLineOption seconds(QStringLiteral("seconds"), tr("Clip duration"), QStringLiteral("S"),
                                     QStringLiteral("1"));
    const QCommandLineOption frames(QStringLiteral("frames"), tr("Frames cropped per clip"), QStringLiteral("N"),
                                    QStringLiteral("6"));
    const QCommandLineOption seed(QStringLiteral("seed"), tr("Random seed"), QStringLiteral("S"), QStringLiteral("1"));
    const QCommandLineOption outDir({QStringLiteral("o"), QStringLiteral("output")}, tr("Output directory"),
                                    QStringLiteral("OUT"));
    const QCommandLineOption threads(QStringLiteral("threads"), tr("Worker threads"), QStringLiteral("N"),
                                     QStringLiteral("2"));
    const QCommandLineOption size(QStringLiteral("size"), tr("Crop size in pixels"), QStringLiteral("PX"),
                                  QStringLiteral("128"));
    const QCommandLineOption classes(QStringLiteral("classes"),
                                     tr("Comma-separated class keys, cycled over the tracks (default: all)"),
                                     QStringLiteral("KEYS"));
    p.addOptions({dataset, split, clips, faces, seconds, frames, seed, outDir, threads, size, classes});
    if (!p.parse(args))
        return ctx.fail(fp::cli::ExitUsage, p.errorText());
    if (p.isSet(QStringLiteral("help"))) {
        ctx.out << p.helpText();
        return fp::cli::ExitOk;
    }
    if (!p.isSet(outDir))
        return ctx.fail(fp::cli::ExitUsage, tr("synth video-crops: -o OUT is required"));
    lab::VideoCropParams params;
    params.dataset = p.value(dataset);
    params.split = p.value(split);
    params.outDir = p.value(outDir);
    bool ok[7] = {};
    params.clips = p.value(clips).toInt(&ok[0]);
    params.faces = p.value(faces).toInt(&ok[1]);
    params.seconds = p.value(seconds).toDouble(&ok[2]);
    params.framesPerClip = p.value(frames).toInt(&ok[3]);
    params.seed = p.value(seed).toUInt(&ok[4]);
    params.threads = p.value(threads).toInt(&ok[5]);
    params.size = p.value(size).toInt(&ok[6]);
    if (!std::all_of(std::begin(ok), std::end(ok), [](bool b) { return b; }) || params.clips <= 0 ||
        params.faces <= 0 || params.seconds <= 0 || params.framesPerClip <= 0 || params.threads <= 0 ||
        params.size < 16)
        return ctx.fail(fp::cli::ExitUsage, tr("synth video-crops: --clips, --faces, --seconds, --frames, --seed, "
                                               "--threads and --size need positive numbers"));
    if (p.isSet(classes)) {
        for (const QString &key : p.value(classes).split(QLatin1Char(','), Qt::SkipEmptyParts)) {
            const auto c = lab::classFromKey(key.trimmed());
            if (!c)
                return ctx.fail(fp::cli::ExitUsage, tr("synth video-crops: unknown class '%1'").arg(key));
            params.classes.push_back(*c);
        }
    }
    auto bank = loadIdentityBank(QString());
    if (!bank)
        return ctx.fail(fp::cli::ExitBadInput, bank.error().message);
    std::mutex printMutex;
    auto progress = [&](int done, int total) {
        std::lock_guard lock(printMutex);
        ctx.err << QStringLiteral("\rsynth video-crops: clip %1/%2").arg(done).arg(total);
        ctx.err.flush();
    };
    auto summary = lab::VideoCropGenerator(bank.value()).run(params, progress);
    ctx.err << Qt::endl;
    if (!summary)
        return ctx.fail(fp::cli::ExitFailure, summary.error().message);
    QStringList counts;
    for (size_t c = 0; c < summary->perClass.size(); ++c)
        if (summary->perClass[c] > 0)
            counts << QStringLiteral("%1 %2")
                          .arg(QString::fromLatin1(lab::classInfo(static_cast<lab::ManipulationClass>(c)).key))
                          .arg(summary->perClass[c]);
    ctx.err << tr("%1 crops of dataset %2 (%3) from %4 clips (%5 new manifest rows) in %6 s; %7 visible faces not "
                  "tracked on sampled frames; manifest %8")
                   .arg(summary->written)
                   .arg(summary->datasetName, counts.join(QStringLiteral(", ")))
                   .arg(summary->clips)
                   .arg(summary->rowsAppended)
                   .arg(summary->seconds, 0, 'f', 1)
                   .arg(summary->missed)
                   .arg(summary->manifestPath)
            << Qt::endl;
    return fp::cli::ExitOk;
}

} // namespace fp::labapp
