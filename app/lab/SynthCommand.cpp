#include "app/lab/LabCommands.h"

#include "core/lab/synth/CropGenerator.h"
#include "core/lab/synth/DatasetVariant.h"
#include "core/lab/synth/FaceFinder.h"
#include "core/lab/synth/IdentityBank.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

#include <mutex>

namespace fp::labapp {

namespace {

QString tr(const char *s)
{
    return QCoreApplication::translate("lab", s);
}

} // namespace

Result<lab::IdentityBank> loadIdentityBank(const QString &photoDir)
{
    QStringList photos;
    if (photoDir.isEmpty()) {
        auto def = lab::IdentityBank::defaultPhotos();
        if (!def)
            return def.error();
        photos = def.value();
    } else {
        const QDir dir(photoDir);
        for (const QString &name : dir.entryList(
                 {QStringLiteral("*.jpg"), QStringLiteral("*.jpeg"), QStringLiteral("*.png")}, QDir::Files, QDir::Name))
            photos << dir.filePath(name);
        if (photos.isEmpty())
            return Error::make(Error::Code::NotFound, tr("no .jpg or .png photos in %1").arg(photoDir));
    }
    auto finder = lab::FaceFinder::create();
    if (!finder)
        return finder.error();
    return lab::IdentityBank::load(photos, *finder.value());
}

namespace {

int crops(CliContext &ctx, const QStringList &args)
{
    QCommandLineParser p;
    p.setApplicationDescription(tr("Generate labelled 128x128 face crops of every class into OUT (PNG files and "
                                   "OUT/manifest.csv, appended when present)."));
    p.addHelpOption();
    const QCommandLineOption dataset(
        QStringLiteral("dataset"), tr("Dataset variant: %1").arg(lab::datasetVariantNames().join(QStringLiteral(", "))),
        QStringLiteral("NAME"), QStringLiteral("synth-a"));
    const QCommandLineOption split(QStringLiteral("split"), tr("train, val or test (test uses held-out identities)"),
                                   QStringLiteral("SPLIT"), QStringLiteral("train"));
    const QCommandLineOption perClass(QStringLiteral("per-class"), tr("Crops per class"), QStringLiteral("N"),
                                      QStringLiteral("100"));
    const QCommandLineOption seed(QStringLiteral("seed"), tr("Random seed"), QStringLiteral("S"), QStringLiteral("1"));
    const QCommandLineOption outDir({QStringLiteral("o"), QStringLiteral("output")}, tr("Output directory"),
                                    QStringLiteral("OUT"));
    const QCommandLineOption threads(QStringLiteral("threads"), tr("Worker threads"), QStringLiteral("N"),
                                     QStringLiteral("2"));
    const QCommandLineOption size(QStringLiteral("size"), tr("Crop size in pixels"), QStringLiteral("PX"),
                                  QStringLiteral("128"));
    const QCommandLineOption classes(QStringLiteral("classes"), tr("Comma-separated class keys (default: all)"),
                                     QStringLiteral("KEYS"));
    const QCommandLineOption photos(QStringLiteral("photos"),
                                    tr("Directory of source photos (default: the installed face-api samples)"),
                                    QStringLiteral("DIR"));
    p.addOptions({dataset, split, perClass, seed, outDir, threads, size, classes, photos});
    if (!p.parse(args))
        return ctx.fail(fp::cli::ExitUsage, p.errorText());
    if (p.isSet(QStringLiteral("help"))) {
        ctx.out << p.helpText();
        return fp::cli::ExitOk;
    }
    if (!p.isSet(outDir))
        return ctx.fail(fp::cli::ExitUsage, tr("synth crops: -o OUT is required"));
    lab::CropParams params;
    params.dataset = p.value(dataset);
    params.split = p.value(split);
    bool ok1 = false, ok2 = false, ok3 = false, ok4 = false;
    params.perClass = p.value(perClass).toInt(&ok1);
    params.seed = p.value(seed).toUInt(&ok2);
    params.threads = p.value(threads).toInt(&ok3);
    params.size = p.value(size).toInt(&ok4);
    if (!ok1 || !ok2 || !ok3 || !ok4 || params.perClass <= 0 || params.threads <= 0 || params.size < 16)
        return ctx.fail(fp::cli::ExitUsage,
                        tr("synth crops: --per-class, --seed, --threads and --size need positive integers"));
    params.outDir = p.value(outDir);
    if (p.isSet(classes)) {
        for (const QString &key : p.value(classes).split(QLatin1Char(','), Qt::SkipEmptyParts)) {
            const auto c = lab::classFromKey(key.trimmed());
            if (!c)
                return ctx.fail(fp::cli::ExitUsage, tr("synth crops: unknown class '%1'").arg(key));
            params.classes.push_back(*c);
        }
    }
    auto bank = loadIdentityBank(p.value(photos));
    if (!bank)
        return ctx.fail(fp::cli::ExitBadInput, bank.error().message);
    std::mutex printMutex;
    int lastPercent = -1;
    auto progress = [&](int done, int total) {
        const int percent = done * 100 / total;
        std::lock_guard lock(printMutex);
        if (percent / 5 != lastPercent / 5) {
            lastPercent = percent;
            ctx.err << QStringLiteral("\rsynth crops %1/%2 (%3%)").arg(done).arg(total).arg(percent);
            ctx.err.flush();
        }
    };
    lab::CropGenerator generator(bank.value());
    auto summary = generator.run(params, progress);
    ctx.err << Qt::endl;
    if (!summary)
        return ctx.fail(fp::cli::ExitFailure, summary.error().message);
    ctx.err << tr("%1 crops (%2 new manifest rows) in %3 s, %4 crops/s, %5 boxed from landmarks; manifest %6")
                   .arg(summary->written)
                   .arg(summary->rowsAppended)
                   .arg(summary->seconds, 0, 'f', 1)
                   .arg(summary->written / std::max(0.001, summary->seconds), 0, 'f', 1)
                   .arg(summary->detectorFallbacks)
                   .arg(summary->manifestPath)
            << Qt::endl;
    return fp::cli::ExitOk;
}

int identities(CliContext &ctx, const QStringList &args)
{
    QCommandLineParser p;
    p.setApplicationDescription(tr("List the identities found in the source photos and their pools (A, B, heldout)."));
    p.addHelpOption();
    const QCommandLineOption photos(QStringLiteral("photos"), tr("Directory of source photos"), QStringLiteral("DIR"));
    p.addOption(photos);
    if (!p.parse(args))
        return ctx.fail(fp::cli::ExitUsage, p.errorText());
    if (p.isSet(QStringLiteral("help"))) {
        ctx.out << p.helpText();
        return fp::cli::ExitOk;
    }
    auto bank = loadIdentityBank(p.value(photos));
    if (!bank)
        return ctx.fail(fp::cli::ExitBadInput, bank.error().message);
    ctx.out << "identity,pool\n";
    for (const auto &id : bank->identities())
        ctx.out << id.id << ',' << lab::poolName(id.pool) << '\n';
    ctx.out.flush();
    return fp::cli::ExitOk;
}

} // namespace

int runSynth(CliContext &ctx)
{
    const QStringList usage{
        tr("Usage: fakeprint-lab synth crops|video-crops|video|demo|identities [options]; add --help after the mode")};
    if (ctx.arguments.size() < 2 || ctx.arguments.at(1).startsWith(QLatin1Char('-'))) {
        ctx.err << usage.first() << Qt::endl;
        return ctx.arguments.contains(QStringLiteral("--help")) || ctx.arguments.contains(QStringLiteral("-h"))
                   ? fp::cli::ExitOk
                   : fp::cli::ExitUsage;
    }
    const QString mode = ctx.arguments.at(1);
    QStringList args = ctx.arguments.mid(2);
    args.prepend(QStringLiteral("fakeprint-lab synth %1").arg(mode));
    if (mode == QLatin1String("crops"))
        return crops(ctx, args);
    if (mode == QLatin1String("identities"))
        return identities(ctx, args);
    if (mode == QLatin1String("video"))
        return synthVideo(ctx, args, false);
    if (mode == QLatin1String("demo"))
        return synthVideo(ctx, args, true);
    if (mode == QLatin1String("video-crops"))
        return synthVideoCrops(ctx, args);
    return ctx.fail(fp::cli::ExitUsage,
                    tr("synth: unknown mode '%1'; use crops, video-crops, video, demo or identities").arg(mode));
}

} // namespace fp::labapp
