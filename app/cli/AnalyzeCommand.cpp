#include "app/cli/CommandTable.h"

#include "core/analysis/AnalysisJob.h"
#include "core/common/AppPaths.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>

#include <csignal>
#include <unistd.h>

namespace fp::cli {

namespace {

std::atomic<analysis::AnalysisJob *> g_runningJob{nullptr};

void onInterrupt(int)
{
    if (analysis::AnalysisJob *job = g_runningJob.load())
        job->cancel(); // only stores an atomic flag: async-signal-safe
}

QJsonObject trackJson(const cases::TrackRecord &t)
{
    return QJsonObject{
        {QStringLiteral("id"), t.trackNumber},
        {QStringLiteral("first_frame"), t.firstFrame},
        {QStringLiteral("last_frame"), t.lastFrame},
        {QStringLiteral("box"),
         QJsonArray{t.medianBox.x(), t.medianBox.y(), t.medianBox.width(), t.medianBox.height()}},
        {QStringLiteral("verdict"), t.verdict},
        {QStringLiteral("label"), t.label},
        {QStringLiteral("confidence"), t.confidence},
        {QStringLiteral("p_fake"), t.pFake},
        {QStringLiteral("probabilities"), t.classProbabilities},
        {QStringLiteral("intervals"), t.intervals},
        {QStringLiteral("driving_frames"), t.drivingFrames},
        {QStringLiteral("aggregation"), t.aggregation},
    };
}

QString progressLine(const analysis::AnalysisProgress &p)
{
    const int width = 30;
    const double fraction = p.frameCount > 0 ? double(p.framesDone) / double(p.frameCount) : 0.0;
    const int filled = int(fraction * width);
    QString bar = QString(filled, QLatin1Char('#')) + QString(width - filled, QLatin1Char('.'));
    QString eta = p.etaSeconds >= 0 ? QStringLiteral("%1 s").arg(qint64(p.etaSeconds + 0.5)) : QStringLiteral("?");
    return QCoreApplication::translate("cli", "%1 [%2] %3/%4 frames  %5 fps  ETA %6  %7 tracks")
        .arg(p.stage.leftJustified(20), bar)
        .arg(p.framesDone)
        .arg(p.frameCount)
        .arg(p.fps, 0, 'f', 1)
        .arg(eta)
        .arg(p.tracks);
}

} // namespace

int runAnalyze(CliContext &ctx)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "cli", "Analyse every face track of a video with a model and store the results in a case database.\n"
               "The verdicts come from a model; the bundled model learned synthetic manipulations only."));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("VIDEO"),
                                 QCoreApplication::translate("cli", "The evidence file (opened read-only)."));
    const QCommandLineOption dbOption(
        QStringLiteral("db"),
        QCoreApplication::translate("cli", "Case database (default: %1).").arg(AppPaths::defaultCaseDatabase()),
        QStringLiteral("CASE.db"));
    const QCommandLineOption caseOption(QStringLiteral("case"),
                                        QCoreApplication::translate("cli", "Case name; created when missing."),
                                        QStringLiteral("NAME"), QStringLiteral("Default case"));
    const QCommandLineOption modelOption(
        QStringLiteral("model"),
        QCoreApplication::translate("cli", "Model name or card path (default: the bundled model)."),
        QStringLiteral("NAME_OR_PATH"));
    const QCommandLineOption deviceOption(QStringLiteral("device"),
                                          QCoreApplication::translate("cli", "auto, cpu or cuda (default auto)."),
                                          QStringLiteral("DEVICE"), QStringLiteral("auto"));
    const QCommandLineOption threadsOption(
        QStringLiteral("threads"), QCoreApplication::translate("cli", "CPU threads for inference, 0 = all cores."),
        QStringLiteral("N"), QStringLiteral("0"));
    const QCommandLineOption strideOption(QStringLiteral("stride"),
                                          QCoreApplication::translate("cli", "Analyse every N-th frame (default 1)."),
                                          QStringLiteral("N"), QStringLiteral("1"));
    const QCommandLineOption detectOption(
        QStringLiteral("detect-every"),
        QCoreApplication::translate("cli",
                                    "Run the face detector every K analysed frames, track in between (default 3)."),
        QStringLiteral("K"), QStringLiteral("3"));
    const QCommandLineOption minFaceOption(
        QStringLiteral("min-face"),
        QCoreApplication::translate("cli", "Faces smaller than this many pixels are counted, not scored (default 40)."),
        QStringLiteral("PX"), QStringLiteral("40"));
    const QCommandLineOption detectorOption(
        QStringLiteral("detector"), QCoreApplication::translate("cli", "auto, blazeface, haar or lbp (default auto)."),
        QStringLiteral("KIND"), QStringLiteral("auto"));
    const QCommandLineOption resumeOption(QStringLiteral("resume"),
                                          QCoreApplication::translate("cli", "Continue the interrupted analysis ID."),
                                          QStringLiteral("ID"));
    const QCommandLineOption jsonOption(
        QStringLiteral("json"), QCoreApplication::translate("cli", "Print the result as JSON on standard output."));
    const QCommandLineOption quietOption(QStringLiteral("quiet"),
                                         QCoreApplication::translate("cli", "No progress output."));
    parser.addOptions({dbOption, caseOption, modelOption, deviceOption, threadsOption, strideOption, detectOption,
                       minFaceOption, detectorOption, resumeOption, jsonOption, quietOption});
    if (!parser.parse(ctx.arguments))
        return ctx.fail(ExitUsage, parser.errorText());
    if (parser.isSet(QStringLiteral("help"))) {
        ctx.out << parser.helpText();
        return ExitOk;
    }
    if (parser.positionalArguments().size() != 1)
        return ctx.fail(ExitUsage, QCoreApplication::translate(
                                       "cli", "analyze needs exactly one VIDEO; see 'fakeprint-cli analyze --help'"));

    analysis::AnalysisParams params;
    params.evidencePath = parser.positionalArguments().constFirst();
    params.databasePath = parser.isSet(dbOption) ? parser.value(dbOption) : AppPaths::defaultCaseDatabase();
    params.caseName = parser.value(caseOption);
    params.model = parser.value(modelOption);
    const QString device = parser.value(deviceOption);
    if (device == QLatin1String("cpu"))
        params.device = inference::DeviceChoice::Cpu;
    else if (device == QLatin1String("cuda"))
        params.device = inference::DeviceChoice::Cuda;
    else if (device != QLatin1String("auto"))
        return ctx.fail(ExitUsage,
                        QCoreApplication::translate("cli", "--device must be auto, cpu or cuda, not '%1'").arg(device));
    bool ok = true;
    auto intValue = [&](const QCommandLineOption &option, int minimum, int *target) {
        const int v = parser.value(option).toInt(&ok);
        if (!ok || v < minimum) {
            ok = false;
            return ctx.fail(ExitUsage, QCoreApplication::translate("cli", "--%1 must be an integer >= %2")
                                           .arg(option.names().constFirst())
                                           .arg(minimum));
        }
        *target = v;
        return 0;
    };
    if (int rc = intValue(threadsOption, 0, &params.threads); !ok)
        return rc;
    if (int rc = intValue(strideOption, 1, &params.frameStride); !ok)
        return rc;
    if (int rc = intValue(detectOption, 1, &params.detectionInterval); !ok)
        return rc;
    if (int rc = intValue(minFaceOption, 0, &params.minFaceSize); !ok)
        return rc;
    params.detector.kind = parser.value(detectorOption);
    if (parser.isSet(resumeOption)) {
        params.resumeAnalysisId = parser.value(resumeOption).toLongLong(&ok);
        if (!ok || params.resumeAnalysisId < 0)
            return ctx.fail(ExitUsage, QCoreApplication::translate("cli", "--resume needs an analysis id"));
    }

    const bool json = parser.isSet(jsonOption);
    const bool quiet = parser.isSet(quietOption);
    const bool terminal = isatty(STDERR_FILENO);
    analysis::AnalysisJob job(params);
    QObject context;
    QObject::connect(&job, &analysis::AnalysisJob::notice, &context, [&ctx, quiet](const QString &message) {
        if (!quiet)
            ctx.err << QCoreApplication::translate("cli", "notice: %1").arg(message) << Qt::endl;
    });
    QString lastStage;
    QObject::connect(&job, &analysis::AnalysisJob::progress, &context,
                     [&ctx, quiet, terminal, &lastStage](const analysis::AnalysisProgress &p) {
                         if (quiet)
                             return;
                         if (terminal) {
                             ctx.err << '\r' << progressLine(p) << "\x1b[K";
                             ctx.err.flush();
                         } else if (p.stage != lastStage) {
                             ctx.err << p.stage << Qt::endl;
                         }
                         lastStage = p.stage;
                     });
    g_runningJob = &job;
    std::signal(SIGINT, onInterrupt);
    std::signal(SIGTERM, onInterrupt);
    auto outcome = job.run();
    g_runningJob = nullptr;
    std::signal(SIGINT, SIG_DFL);
    std::signal(SIGTERM, SIG_DFL);
    if (!quiet && terminal)
        ctx.err << Qt::endl;
    if (!outcome)
        return ctx.fail(exitCodeFor(outcome.error()), outcome.error().message);

    const analysis::AnalysisOutcome &o = *outcome;
    if (json) {
        QJsonArray tracks;
        for (const cases::TrackRecord &t : o.tracks)
            tracks.append(trackJson(t));
        ctx.printJson(QJsonDocument(QJsonObject{
            {QStringLiteral("analysis_id"), o.analysisId},
            {QStringLiteral("case_id"), o.caseId},
            {QStringLiteral("evidence_id"), o.evidenceId},
            {QStringLiteral("evidence_sha256"), o.evidenceSha256},
            {QStringLiteral("database"), params.databasePath},
            {QStringLiteral("model"), o.model},
            {QStringLiteral("detector"), o.detector},
            {QStringLiteral("settings"), params.toJson()},
            {QStringLiteral("video"), o.video},
            {QStringLiteral("coverage"), o.coverage},
            {QStringLiteral("timings"), o.timings},
            {QStringLiteral("notices"), QJsonArray::fromStringList(o.notices)},
            {QStringLiteral("warnings"), QJsonArray::fromStringList(o.warnings)},
            {QStringLiteral("tracks"), tracks},
        }));
        return ExitOk;
    }
    QTextStream &out = ctx.out;
    out << QCoreApplication::translate("cli", "Analysis %1 of %2 (sha256 %3) in case database %4")
               .arg(o.analysisId)
               .arg(params.evidencePath, o.evidenceSha256, params.databasePath)
        << "\n";
    out << QCoreApplication::translate(
               "cli", "Model %1 %2 (sha256 %3)%4; trained on synthetic manipulations only, see its card.")
               .arg(o.model.value(QStringLiteral("name")).toString(),
                    o.model.value(QStringLiteral("version")).toString(),
                    o.model.value(QStringLiteral("sha256")).toString(),
                    o.model.value(QStringLiteral("bundled")).toBool()
                        ? QString()
                        : QCoreApplication::translate("cli", " [UNVERIFIED]"))
        << "\n";
    for (const cases::TrackRecord &t : o.tracks) {
        out << QCoreApplication::translate("cli", "  track %1  frames %2-%3  %4%5  confidence %6  P(fake) %7")
                   .arg(t.trackNumber)
                   .arg(t.firstFrame)
                   .arg(t.lastFrame)
                   .arg(t.verdict, t.label.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(t.label))
                   .arg(t.confidence, 0, 'f', 2)
                   .arg(t.pFake, 0, 'f', 2)
            << "\n";
    }
    out << QCoreApplication::translate("cli", "Video: %1 — %2")
               .arg(o.video.value(QStringLiteral("verdict")).toString(),
                    o.video.value(QStringLiteral("reason")).toString())
        << "\n";
    out.flush();
    return ExitOk;
}

} // namespace fp::cli
