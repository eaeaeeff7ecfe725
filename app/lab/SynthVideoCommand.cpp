#include "app/lab/LabCommands.h"

#include "core/lab/synth/DatasetVariant.h"
#include "core/lab/synth/IdentityBank.h"
#include "core/lab/synth/VideoSynthesizer.h"

#include <QCommandLineParser>
#include <QCoreApplication>

namespace fp::labapp {

int synthVideo(CliContext &ctx, const QStringList &args, bool demo)
{
    auto tr = [](const char *s) { return QCoreApplication::translate("lab", s); };
    QCommandLineParser p;
    p.setApplicationDescription(demo ? tr("Write the README demo clip DIR/demo.mp4 and DIR/demo.truth.json (8 s, "
                                          "held-out identities: Real, FaceSwap, NeuralTextures; deterministic).")
                                     : tr("Render a 1280x720 30 fps clip of moving faces, each a track of one class, "
                                          "and its per-frame ground truth."));
    p.addHelpOption();
    const QCommandLineOption out({QStringLiteral("o"), QStringLiteral("output")},
                                 demo ? tr("Output directory") : tr("Output .mp4"), QStringLiteral("PATH"));
    const QCommandLineOption truth(QStringLiteral("truth"), tr("Ground-truth JSON path"), QStringLiteral("JSON"));
    const QCommandLineOption seed(QStringLiteral("seed"), tr("Random seed"), QStringLiteral("S"), QStringLiteral("1"));
    const QCommandLineOption faces(QStringLiteral("faces"), tr("Faces (tracks)"), QStringLiteral("N"),
                                   QStringLiteral("3"));
    const QCommandLineOption seconds(QStringLiteral("seconds"), tr("Duration"), QStringLiteral("S"),
                                     QStringLiteral("6"));
    const QCommandLineOption classes(QStringLiteral("classes"),
                                     tr("Comma-separated class keys, one per track (cycled)"), QStringLiteral("KEYS"));
    const QCommandLineOption dataset(QStringLiteral("dataset"), tr("Dataset variant"), QStringLiteral("NAME"),
                                     QStringLiteral("synth-a"));
    const QCommandLineOption split(QStringLiteral("split"), tr("Identity split (test: held out)"),
                                   QStringLiteral("SPLIT"), QStringLiteral("test"));
    const QCommandLineOption crf(QStringLiteral("crf"), tr("libx264 CRF (default: from the dataset's range)"),
                                 QStringLiteral("N"));
    const QCommandLineOption lanes(QStringLiteral("lanes"), tr("Keep each face in its own band (no crossing)"));
    const QCommandLineOption plain(QStringLiteral("plain-background"), tr("Plain gradient instead of a blurred photo"));
    if (demo)
        p.addOption(out);
    else
        p.addOptions({out, truth, seed, faces, seconds, classes, dataset, split, crf, lanes, plain});
    if (!p.parse(args))
        return ctx.fail(fp::cli::ExitUsage, p.errorText());
    if (p.isSet(QStringLiteral("help"))) {
        ctx.out << p.helpText();
        return fp::cli::ExitOk;
    }
    if (!p.isSet(out))
        return ctx.fail(fp::cli::ExitUsage, tr("synth: -o is required"));
    lab::VideoParams params;
    if (demo) {
        params = lab::VideoSynthesizer::demoParams(p.value(out));
    } else {
        params.outPath = p.value(out);
        params.truthPath = p.isSet(truth)
                               ? p.value(truth)
                               : params.outPath.section(QLatin1Char('.'), 0, -2) + QStringLiteral(".truth.json");
        bool ok1 = false, ok2 = false, ok3 = false, ok4 = true;
        params.seed = p.value(seed).toUInt(&ok1);
        params.faces = p.value(faces).toInt(&ok2);
        params.seconds = p.value(seconds).toDouble(&ok3);
        if (p.isSet(crf))
            params.crf = p.value(crf).toInt(&ok4);
        if (!ok1 || !ok2 || !ok3 || !ok4)
            return ctx.fail(fp::cli::ExitUsage, tr("synth video: --seed, --faces, --seconds and --crf need numbers"));
        params.dataset = p.value(dataset);
        params.split = p.value(split);
        params.lanes = p.isSet(lanes);
        params.blurredPhotoBackground = !p.isSet(plain);
        if (p.isSet(classes)) {
            for (const QString &key : p.value(classes).split(QLatin1Char(','), Qt::SkipEmptyParts)) {
                const auto c = lab::classFromKey(key.trimmed());
                if (!c)
                    return ctx.fail(fp::cli::ExitUsage, tr("synth video: unknown class '%1'").arg(key));
                params.classes.push_back(*c);
            }
        }
    }
    auto bank = loadIdentityBank(QString());
    if (!bank)
        return ctx.fail(fp::cli::ExitBadInput, bank.error().message);
    auto result = lab::VideoSynthesizer(bank.value()).run(params);
    if (!result)
        return ctx.fail(fp::cli::ExitFailure, result.error().message);
    ctx.err << tr("wrote %1 (%2 frames, CRF %3) and %4")
                   .arg(params.outPath)
                   .arg(result->frameCount)
                   .arg(result->crf)
                   .arg(params.truthPath)
            << Qt::endl;
    for (const auto &t : result->tracks)
        ctx.err << QStringLiteral("  track %1: %2 %3%4")
                       .arg(t.id)
                       .arg(QString::fromLatin1(lab::classInfo(t.cls).label), t.identity,
                            t.sourceIdentity.isEmpty() ? QString() : QStringLiteral(" <- ") + t.sourceIdentity)
                << Qt::endl;
    return fp::cli::ExitOk;
}

} // namespace fp::labapp
