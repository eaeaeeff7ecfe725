#include "app/cli/CommandTable.h"

#include "core/cases/CaseStore.h"
#include "core/cases/NoteStore.h"
#include "core/common/AppPaths.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>

namespace fp::cli {

namespace {

int exitFor(const Error &error)
{
    switch (error.code) {
    case Error::Code::InvalidArgument: return ExitFailure;
    case Error::Code::NotFound: return ExitFailure;
    case Error::Code::ChecksumMismatch: return ExitIntegrity;
    default: return ExitDatabase;
    }
}

QJsonObject caseJson(const cases::CaseInfo &c)
{
    return QJsonObject{{QStringLiteral("id"), c.id},
                       {QStringLiteral("uuid"), c.uuid},
                       {QStringLiteral("name"), c.name},
                       {QStringLiteral("description"), c.description},
                       {QStringLiteral("analyst"), c.analyst},
                       {QStringLiteral("created_at"), c.createdAtUtc},
                       {QStringLiteral("evidence_count"), c.evidenceCount},
                       {QStringLiteral("analysis_count"), c.analysisCount}};
}

QJsonObject evidenceJson(const cases::EvidenceInfo &e)
{
    return QJsonObject{{QStringLiteral("id"), e.id},
                       {QStringLiteral("sha256"), e.sha256},
                       {QStringLiteral("md5"), e.md5},
                       {QStringLiteral("path"), e.path},
                       {QStringLiteral("file_name"), e.fileName},
                       {QStringLiteral("size_bytes"), e.sizeBytes},
                       {QStringLiteral("mtime"), e.mtimeUtc},
                       {QStringLiteral("media_info"), e.mediaInfo},
                       {QStringLiteral("added_at"), e.addedAtUtc}};
}

QJsonObject analysisJson(const cases::AnalysisInfo &a)
{
    return QJsonObject{{QStringLiteral("id"), a.id},
                       {QStringLiteral("evidence_id"), a.evidenceId},
                       {QStringLiteral("status"), cases::analysisStatusName(a.status)},
                       {QStringLiteral("app_version"), a.appVersion},
                       {QStringLiteral("model"), QJsonObject{{QStringLiteral("name"), a.model.name},
                                                             {QStringLiteral("version"), a.model.version},
                                                             {QStringLiteral("sha256"), a.model.sha256}}},
                       {QStringLiteral("detector"), a.detector},
                       {QStringLiteral("settings"), a.settings},
                       {QStringLiteral("progress_frame"), a.progressFrame},
                       {QStringLiteral("frame_count"), a.frameCount},
                       {QStringLiteral("started_at"), a.startedAtUtc},
                       {QStringLiteral("finished_at"), a.finishedAtUtc},
                       {QStringLiteral("error"), a.error}};
}

QJsonObject noteJson(const cases::NoteRecord &n)
{
    auto idOrNull = [](qint64 v) { return v < 0 ? QJsonValue() : QJsonValue(v); };
    return QJsonObject{{QStringLiteral("id"), n.id},
                       {QStringLiteral("kind"),
                        n.kind == cases::NoteKind::Bookmark ? QStringLiteral("bookmark") : QStringLiteral("note")},
                       {QStringLiteral("status"), cases::noteStatusName(n.status)},
                       {QStringLiteral("text"), n.text},
                       {QStringLiteral("author"), n.author},
                       {QStringLiteral("evidence_id"), idOrNull(n.evidenceId)},
                       {QStringLiteral("analysis_id"), idOrNull(n.analysisId)},
                       {QStringLiteral("track_id"), idOrNull(n.trackId)},
                       {QStringLiteral("frame_index"), idOrNull(n.frameIndex)},
                       {QStringLiteral("created_at"), n.createdAtUtc},
                       {QStringLiteral("updated_at"), n.updatedAtUtc}};
}

} // namespace

int runCase(CliContext &ctx)
{
    const QString action = ctx.arguments.value(1);
    const QStringList actions{QStringLiteral("new"), QStringLiteral("list"), QStringLiteral("show")};
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "cli", "Manage cases in a case database.\n"
               "  case new NAME [--analyst A] [--description D]   create a case\n"
               "  case list                                       list the cases\n"
               "  case show NAME_OR_ID [--verify]                 evidence, analyses and notes of a case;\n"
               "                                                  --verify re-hashes every evidence file"));
    parser.addHelpOption();
    const QCommandLineOption dbOption(
        QStringLiteral("db"),
        QCoreApplication::translate("cli", "Case database (default: %1).").arg(AppPaths::defaultCaseDatabase()),
        QStringLiteral("CASE.db"));
    const QCommandLineOption analystOption(QStringLiteral("analyst"),
                                           QCoreApplication::translate("cli", "Analyst name (case new)."),
                                           QStringLiteral("NAME"));
    const QCommandLineOption descriptionOption(QStringLiteral("description"),
                                               QCoreApplication::translate("cli", "Case description (case new)."),
                                               QStringLiteral("TEXT"));
    const QCommandLineOption verifyOption(
        QStringLiteral("verify"),
        QCoreApplication::translate("cli",
                                    "Re-hash the evidence files and compare (case show); exit 6 on a mismatch."));
    const QCommandLineOption jsonOption(
        QStringLiteral("json"), QCoreApplication::translate("cli", "Print the result as JSON on standard output."));
    parser.addOptions({dbOption, analystOption, descriptionOption, verifyOption, jsonOption});
    parser.addPositionalArgument(QStringLiteral("ACTION"), QCoreApplication::translate("cli", "new, list or show"));
    QStringList arguments = ctx.arguments;
    if (actions.contains(action)) {
        arguments.removeAt(1);
        arguments[0] += QLatin1Char(' ') + action;
    }
    if (!parser.parse(arguments))
        return ctx.fail(ExitUsage, parser.errorText());
    if (parser.isSet(QStringLiteral("help"))) {
        ctx.out << parser.helpText();
        return ExitOk;
    }
    if (!actions.contains(action))
        return ctx.fail(ExitUsage,
                        QCoreApplication::translate(
                            "cli", "case needs an action: new, list or show; see 'fakeprint-cli case --help'"));
    const QStringList positional = parser.positionalArguments();
    const int wanted = action == QLatin1String("list") ? 0 : 1;
    if (positional.size() != wanted)
        return ctx.fail(ExitUsage, action == QLatin1String("new")
                                       ? QCoreApplication::translate("cli", "case new needs exactly one NAME")
                                   : action == QLatin1String("show")
                                       ? QCoreApplication::translate("cli", "case show needs exactly one NAME_OR_ID")
                                       : QCoreApplication::translate("cli", "case list takes no arguments"));
    const bool json = parser.isSet(jsonOption);
    const QString dbPath = parser.isSet(dbOption) ? parser.value(dbOption) : AppPaths::defaultCaseDatabase();
    cases::CaseDatabase::Options options;
    options.create = action == QLatin1String("new");
    options.actor = parser.value(analystOption);
    auto db = cases::CaseDatabase::open(dbPath, options);
    if (!db)
        return ctx.fail(db.error().code == Error::Code::NotFound ? ExitDatabase : exitFor(db.error()),
                        db.error().message);
    for (qint64 id : (*db)->interruptedAtOpen())
        ctx.err << QCoreApplication::translate(
                       "cli", "warning: analysis %1 was left running by a program that stopped; marked interrupted")
                       .arg(id)
                << Qt::endl;
    cases::CaseStore store(**db);

    if (action == QLatin1String("new")) {
        auto created =
            store.createCase(positional.first(), parser.value(analystOption), parser.value(descriptionOption));
        if (!created)
            return ctx.fail(exitFor(created.error()), created.error().message);
        if (json)
            ctx.printJson(QJsonDocument(caseJson(*created)));
        else
            ctx.out << QCoreApplication::translate("cli", "Created case %1 '%2' in %3")
                           .arg(created->id)
                           .arg(created->name, (*db)->path())
                    << Qt::endl;
        return ExitOk;
    }
    if (action == QLatin1String("list")) {
        auto list = store.listCases();
        if (!list)
            return ctx.fail(exitFor(list.error()), list.error().message);
        if (json) {
            QJsonArray array;
            for (const auto &c : *list)
                array.append(caseJson(c));
            ctx.printJson(QJsonDocument(
                QJsonObject{{QStringLiteral("database"), (*db)->path()}, {QStringLiteral("cases"), array}}));
            return ExitOk;
        }
        if (list->isEmpty())
            ctx.out << QCoreApplication::translate("cli", "No case in %1").arg((*db)->path()) << Qt::endl;
        for (const auto &c : *list)
            ctx.out << QStringLiteral("%1  %2  %3").arg(c.id, 4).arg(c.name.leftJustified(30), c.createdAtUtc) << "  "
                    << QCoreApplication::translate("cli", "%1 videos, %2 analyses")
                           .arg(c.evidenceCount)
                           .arg(c.analysisCount)
                    << "\n";
        ctx.out.flush();
        return ExitOk;
    }

    auto found = store.findCase(positional.first());
    if (!found)
        return ctx.fail(exitFor(found.error()), found.error().message);
    auto evidence = store.evidenceOfCase(found->id);
    auto analyses = store.analysesOfCase(found->id);
    auto notes = cases::NoteStore(**db).list(found->id);
    for (const Error *error : {evidence ? nullptr : &evidence.error(), analyses ? nullptr : &analyses.error(),
                               notes ? nullptr : &notes.error()})
        if (error)
            return ctx.fail(exitFor(*error), error->message);
    bool integrityOk = true;
    QJsonArray evidenceArray;
    QStringList evidenceLines;
    for (const auto &e : *evidence) {
        QJsonObject object = evidenceJson(e);
        QString line = QStringLiteral("  [%1] %2  %3  %4 bytes").arg(e.id).arg(e.fileName, e.sha256).arg(e.sizeBytes);
        if (parser.isSet(verifyOption)) {
            auto check = store.verifyEvidence(e.id);
            if (!check)
                return ctx.fail(exitFor(check.error()), check.error().message);
            const QString result = check->check == cases::EvidenceCheck::Match      ? QStringLiteral("match")
                                   : check->check == cases::EvidenceCheck::Mismatch ? QStringLiteral("mismatch")
                                                                                    : QStringLiteral("missing");
            object.insert(QStringLiteral("verification"), result);
            line += QStringLiteral("  ") + result;
            if (check->check != cases::EvidenceCheck::Match) {
                integrityOk = false;
                ctx.err << "fakeprint-cli: " << check->detail << Qt::endl;
            }
        }
        evidenceArray.append(object);
        evidenceLines << line;
    }
    if (json) {
        QJsonArray analysisArray, noteArray;
        for (const auto &a : *analyses)
            analysisArray.append(analysisJson(a));
        for (const auto &n : *notes)
            noteArray.append(noteJson(n));
        ctx.printJson(QJsonDocument(QJsonObject{{QStringLiteral("case"), caseJson(*found)},
                                                {QStringLiteral("evidence"), evidenceArray},
                                                {QStringLiteral("analyses"), analysisArray},
                                                {QStringLiteral("notes"), noteArray}}));
    } else {
        ctx.out
            << QCoreApplication::translate("cli", "Case %1 '%2'  uuid %3").arg(found->id).arg(found->name, found->uuid)
            << "\n"
            << QCoreApplication::translate("cli", "Analyst: %1  created %2").arg(found->analyst, found->createdAtUtc)
            << "\n";
        if (!found->description.isEmpty())
            ctx.out << found->description << "\n";
        ctx.out << QCoreApplication::translate("cli", "Evidence (%1):").arg(evidence->size()) << "\n";
        for (const QString &line : evidenceLines)
            ctx.out << line << "\n";
        ctx.out << QCoreApplication::translate("cli", "Analyses (%1):").arg(analyses->size()) << "\n";
        for (const auto &a : *analyses)
            ctx.out << QStringLiteral("  [%1] evidence %2  %3  %4 %5  frame %6  %7")
                           .arg(a.id)
                           .arg(a.evidenceId)
                           .arg(cases::analysisStatusLabel(a.status), a.model.name, a.model.version)
                           .arg(a.progressFrame)
                           .arg(a.startedAtUtc)
                    << "\n";
        ctx.out << QCoreApplication::translate("cli", "Notes and bookmarks (%1):").arg(notes->size()) << "\n";
        for (const auto &n : *notes)
            ctx.out << QStringLiteral("  [%1] %2 %3%4: %5")
                           .arg(n.id)
                           .arg(cases::noteStatusName(n.status), n.author,
                                n.frameIndex >= 0 ? QCoreApplication::translate("cli", " (frame %1)").arg(n.frameIndex)
                                                  : QString(),
                                n.text)
                    << "\n";
        ctx.out.flush();
    }
    return integrityOk ? ExitOk : ExitIntegrity;
}

} // namespace fp::cli
