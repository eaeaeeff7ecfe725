#include "app/lab/LabCommands.h"

#include "core/analysis/TruthComparison.h"
#include "core/cases/AnalysisReader.h"
#include "core/cases/CaseDatabase.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>

namespace fp::labapp {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("lab", text);
}

} // namespace

int runTruth(CliContext &ctx)
{
    QCommandLineParser p;
    p.setApplicationDescription(tr("Compare an analysis of a generated clip with the clip's ground truth. Exit 0 "
                                   "when every truth track's verdict (and method) agrees, 1 otherwise."));
    p.addHelpOption();
    const QCommandLineOption truthOption(QStringLiteral("truth"), tr("Ground-truth JSON of fakeprint-lab synth"),
                                         QStringLiteral("JSON"));
    const QCommandLineOption dbOption(QStringLiteral("db"), tr("Case database"), QStringLiteral("CASE.db"));
    const QCommandLineOption analysisOption(QStringLiteral("analysis"), tr("Analysis id"), QStringLiteral("ID"));
    const QCommandLineOption jsonOption(QStringLiteral("json"), tr("Print the comparison as JSON"));
    p.addOptions({truthOption, dbOption, analysisOption, jsonOption});
    p.process(ctx.arguments);
    if (!p.isSet(truthOption) || !p.isSet(dbOption) || !p.isSet(analysisOption))
        return ctx.fail(cli::ExitUsage, tr("truth needs --truth, --db and --analysis"));
    bool ok = false;
    const qint64 analysisId = p.value(analysisOption).toLongLong(&ok);
    if (!ok)
        return ctx.fail(cli::ExitUsage, tr("--analysis needs a number"));

    QFile file(p.value(truthOption));
    if (!file.open(QIODevice::ReadOnly))
        return ctx.fail(cli::ExitBadInput, tr("Cannot read %1: %2").arg(file.fileName(), file.errorString()));
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(file.readAll(), &parseError);
    if (!doc.isObject())
        return ctx.fail(cli::ExitBadInput, tr("%1 is not JSON: %2").arg(file.fileName(), parseError.errorString()));

    cases::CaseDatabase::Options options;
    options.create = false;
    options.readOnly = true;
    auto db = cases::CaseDatabase::open(p.value(dbOption), options);
    if (!db)
        return ctx.fail(cli::exitCodeFor(db.error()), db.error().message);
    cases::AnalysisReader reader(**db);
    auto stored = reader.tracks(analysisId);
    if (!stored)
        return ctx.fail(cli::exitCodeFor(stored.error()), stored.error().message);
    auto detections = reader.detections(analysisId);
    if (!detections)
        return ctx.fail(cli::exitCodeFor(detections.error()), detections.error().message);
    QVector<cases::TrackRecord> tracks;
    for (const cases::StoredTrack &t : *stored)
        tracks.push_back(t.record);
    auto comparison = analysis::compareWithTruth(doc.object(), tracks, *detections);
    if (!comparison)
        return ctx.fail(cli::exitCodeFor(comparison.error()), comparison.error().message);
    if (p.isSet(jsonOption)) {
        QJsonArray rows;
        for (const analysis::TruthRow &r : comparison->rows)
            rows.append(QJsonObject{{QStringLiteral("truth_track"), r.truthTrack},
                                    {QStringLiteral("truth_label"), r.truthLabel},
                                    {QStringLiteral("matched_track"), r.matchedTrack},
                                    {QStringLiteral("overlap"), r.overlap},
                                    {QStringLiteral("verdict"), r.verdict},
                                    {QStringLiteral("label"), r.label},
                                    {QStringLiteral("confidence"), r.confidence},
                                    {QStringLiteral("agrees"), r.agrees}});
        ctx.printJson(QJsonDocument(QJsonObject{{QStringLiteral("rows"), rows},
                                                {QStringLiteral("agreeing"), comparison->agreeing},
                                                {QStringLiteral("extra_tracks"), comparison->extraTracks}}));
    } else {
        ctx.out << comparison->table() << Qt::endl;
    }
    return comparison->allAgree() ? cli::ExitOk : cli::ExitFailure;
}

} // namespace fp::labapp
