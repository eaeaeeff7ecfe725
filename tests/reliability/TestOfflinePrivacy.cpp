// Privacy and evidence: the whole workflow (info, frame, faces, analyze, report, export-data, export/import of a
// bundle, audit verify, the GUI's screenshot) on a generated face clip. Every step leaves the evidence file's size,
// mtime and SHA-256 as they were; the analysis and the report open no network socket (strace) and work in a
// network namespace with no network at all (unshare -n); a model from outside the bundled set is called
// unverified in the report and its JSON export, and the bundled one is not.
#include "tests/core/inference/TestModels.h"
#include "tests/reliability/ReliabilitySupport.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace fp;
using namespace fp::test::reliability;

namespace {

QString lab()
{
    return test::binDir() + QStringLiteral("/fakeprint-lab");
}

bool haveTool(const char *name)
{
    return !QStandardPaths::findExecutable(QString::fromLatin1(name)).isEmpty();
}

// Socket families a local desktop program may use without talking to a network:
//  AF_UNIX: local IPC; glibc's name service switch asks nscd over /var/run/nscd/socket when Qt looks up the
//           user's name or home, and a desktop session's D-Bus lives there too.
//  AF_NETLINK: the kernel's routing socket; glibc's getaddrinfo/if_nameindex read the local interface list
//           through it. Neither can reach another machine.
const QSet<QString> &allowedFamilies()
{
    static const QSet<QString> families{QStringLiteral("AF_UNIX"), QStringLiteral("AF_LOCAL"),
                                        QStringLiteral("AF_NETLINK")};
    return families;
}

// The network calls in an `strace -f -e trace=network` log that use any other family.
QStringList forbiddenCalls(const QString &logPath)
{
    QFile log(logPath);
    if (!log.open(QIODevice::ReadOnly))
        return {QStringLiteral("no strace log at %1").arg(logPath)};
    static const QRegularExpression socketCall(QStringLiteral(R"(\b(socket|socketpair)\((AF_\w+|\d+))"));
    static const QRegularExpression addressCall(
        QStringLiteral(R"(\b(connect|bind|sendto|sendmsg)\(\d+, \{sa_family=(AF_\w+|\d+))"));
    QStringList bad;
    while (!log.atEnd()) {
        const QString line = QString::fromUtf8(log.readLine()).trimmed();
        for (const QRegularExpression *pattern : {&socketCall, &addressCall}) {
            const auto match = pattern->match(line);
            if (match.hasMatch() && !allowedFamilies().contains(match.captured(2)))
                bad << line;
        }
    }
    return bad;
}

} // namespace

class TestOfflinePrivacy : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_clip;
    QString m_userCard;
    FileFingerprint m_before;

    QString path(const QString &name) const { return m_dir.filePath(name); }

    void verifyEvidenceUnchanged(const QString &after)
    {
        const FileFingerprint now = fingerprint(m_clip);
        QVERIFY2(now == m_before, qPrintable(QStringLiteral("evidence changed by %1: was %2, now %3")
                                                 .arg(after, m_before.toString(), now.toString())));
    }

    // Runs fakeprint-cli args and checks that it succeeds and leaves the evidence alone.
    test::ProcessResult step(const QString &what, const QStringList &args)
    {
        const auto run = cli(args);
        if (run.exitCode != 0 || run.crashed)
            qWarning().noquote() << what << describe(run);
        return run;
    }

    qint64 analyze(const QString &dbPath, const QStringList &extra = {})
    {
        const auto run =
            step(QStringLiteral("analyze"),
                 QStringList{QStringLiteral("analyze"), m_clip, QStringLiteral("--db"), dbPath,
                             QStringLiteral("--case"), QStringLiteral("Privacy"), QStringLiteral("--device"),
                             QStringLiteral("cpu"), QStringLiteral("--quiet"), QStringLiteral("--json")}
                     << extra);
        return run.exitCode == 0
                   ? QJsonDocument::fromJson(run.out).object().value(QStringLiteral("analysis_id")).toInteger(-1)
                   : -1;
    }

    QString reportText(const QString &dbPath, qint64 analysisId, const QString &pdfName)
    {
        const QString pdf = path(pdfName);
        const auto report = step(QStringLiteral("report"), {QStringLiteral("report"), QStringLiteral("--db"), dbPath,
                                                            QStringLiteral("--analysis"), QString::number(analysisId),
                                                            QStringLiteral("-o"), pdf});
        if (report.exitCode != 0)
            return {};
        const auto text = test::runProcess(QStringLiteral("pdftotext"), {pdf, QStringLiteral("-")});
        return QString::fromUtf8(text.out).simplified();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_clip = path(QStringLiteral("evidence.mp4"));
        const auto made = test::runProcess(
            lab(),
            {QStringLiteral("synth"), QStringLiteral("video"), QStringLiteral("-o"), m_clip, QStringLiteral("--truth"),
             path(QStringLiteral("evidence.truth.json")), QStringLiteral("--seed"), QStringLiteral("5"),
             QStringLiteral("--faces"), QStringLiteral("1"), QStringLiteral("--seconds"), QStringLiteral("2"),
             QStringLiteral("--split"), QStringLiteral("test")},
            240000);
        QVERIFY2(made.exitCode == 0, made.err.constData());
        // Evidence is kept write-protected; nothing may need to write to it.
        QVERIFY(QFile::setPermissions(m_clip, QFile::ReadOwner | QFile::ReadGroup | QFile::ReadOther));
        m_before = fingerprint(m_clip);
        QCOMPARE(m_before.sha256.size(), 64);

        // A model from outside the bundled set (random weights: only its provenance matters here).
        test::CnnModelSpec spec;
        spec.inputSize = 64;
        spec.channels = {8, 16, 16, 16};
        const QStringList keys{QStringLiteral("real"),           QStringLiteral("deepfakes"),
                               QStringLiteral("face2face"),      QStringLiteral("faceswap"),
                               QStringLiteral("neuraltextures"), QStringLiteral("faceshifter")};
        QVERIFY(QDir().mkpath(path(QStringLiteral("downloaded"))));
        auto card = test::installModel(path(QStringLiteral("downloaded")),
                                       test::makeTestCard(QStringLiteral("someone-elses-model"), 64, 2, keys),
                                       [&spec](const QString &pt) { return test::writeCnnModel(pt, spec); });
        QVERIFY2(card.ok(), card.ok() ? "" : qPrintable(card.error().message));
        m_userCard = card->cardPath;
    }

    void everyOperationLeavesTheEvidenceUnchanged()
    {
        const QString db = path(QStringLiteral("evidence-ops.db"));
        struct Op {
            QString name;
            QStringList args;
        };
        QList<Op> ops{
            {QStringLiteral("info"),
             {QStringLiteral("info"), m_clip, QStringLiteral("--json"), QStringLiteral("--md5"),
              QStringLiteral("--frame-hashes")}},
            {QStringLiteral("frame"),
             {QStringLiteral("frame"), m_clip, QStringLiteral("7"), QStringLiteral("-o"),
              path(QStringLiteral("f7.png"))}},
            {QStringLiteral("faces"),
             {QStringLiteral("faces"), m_clip, QStringLiteral("--json"), QStringLiteral("--every"),
              QStringLiteral("10")}},
        };
        for (const Op &op : ops) {
            const auto run = step(op.name, op.args);
            QVERIFY2(run.exitCode == 0, qPrintable(op.name + QLatin1String(": ") + describe(run)));
            verifyEvidenceUnchanged(op.name);
        }
        const qint64 id = analyze(db);
        QVERIFY(id > 0);
        verifyEvidenceUnchanged(QStringLiteral("analyze"));
        const QString idText = QString::number(id);
        const QString bundle = path(QStringLiteral("case.fpbundle"));
        ops = {
            {QStringLiteral("report"),
             {QStringLiteral("report"), QStringLiteral("--db"), db, QStringLiteral("--analysis"), idText,
              QStringLiteral("-o"), path(QStringLiteral("ops.pdf"))}},
            {QStringLiteral("export-data"),
             {QStringLiteral("export-data"), QStringLiteral("--db"), db, QStringLiteral("--analysis"), idText,
              QStringLiteral("--json"), path(QStringLiteral("ops.json")), QStringLiteral("--csv"),
              path(QStringLiteral("ops.csv"))}},
            {QStringLiteral("case show --verify"),
             {QStringLiteral("case"), QStringLiteral("show"), QStringLiteral("Privacy"), QStringLiteral("--db"), db,
              QStringLiteral("--verify")}},
            {QStringLiteral("audit verify"),
             {QStringLiteral("audit"), QStringLiteral("verify"), QStringLiteral("--db"), db}},
            {QStringLiteral("export"),
             {QStringLiteral("export"), QStringLiteral("--db"), db, QStringLiteral("--case"), QStringLiteral("Privacy"),
              QStringLiteral("-o"), bundle}},
            {QStringLiteral("import"),
             {QStringLiteral("import"), bundle, QStringLiteral("--db"), path(QStringLiteral("imported.db"))}},
            {QStringLiteral("analyze --resume of a finished analysis"),
             {QStringLiteral("analyze"), m_clip, QStringLiteral("--db"), db, QStringLiteral("--resume"), idText,
              QStringLiteral("--device"), QStringLiteral("cpu"), QStringLiteral("--quiet")}},
        };
        for (const Op &op : ops) {
            const auto run = step(op.name, op.args);
            QVERIFY2(!run.crashed, qPrintable(op.name + QLatin1String(": ") + describe(run)));
            if (!op.name.startsWith(QLatin1String("analyze")))
                QVERIFY2(run.exitCode == 0, qPrintable(op.name + QLatin1String(": ") + describe(run)));
            verifyEvidenceUnchanged(op.name);
        }
        const auto screenshot =
            test::runProcess(test::guiPath(), {QStringLiteral("--screenshot"), path(QStringLiteral("window.png")),
                                               QStringLiteral("--db"), db, QStringLiteral("--analysis"), idText,
                                               QStringLiteral("--frame"), QStringLiteral("10")});
        QVERIFY2(screenshot.exitCode == 0, qPrintable(describe(screenshot)));
        verifyEvidenceUnchanged(QStringLiteral("fakeprint --screenshot"));
    }

    void analysisAndReportOpenNoNetworkSocket()
    {
        if (!haveTool("strace"))
            QSKIP("strace is not installed (packaging/setup-debian.sh installs it)");
        const QString db = path(QStringLiteral("strace.db"));
        const QString log = path(QStringLiteral("analyze.strace"));
        auto traced = [&log](const QString &program, const QStringList &args) {
            return test::runProcess(QStringLiteral("strace"),
                                    QStringList{QStringLiteral("-f"), QStringLiteral("-qq"), QStringLiteral("-e"),
                                                QStringLiteral("trace=network"), QStringLiteral("-o"), log, program}
                                        << args,
                                    300000);
        };
        const auto probe = test::runProcess(QStringLiteral("strace"), {QStringLiteral("-qq"), QStringLiteral("true")});
        if (probe.exitCode != 0)
            QSKIP(qPrintable(QStringLiteral("strace cannot trace here (ptrace not permitted?): ") +
                             QString::fromUtf8(probe.err).trimmed()));
        const auto run =
            traced(test::cliPath(), {QStringLiteral("analyze"), m_clip, QStringLiteral("--db"), db,
                                     QStringLiteral("--case"), QStringLiteral("Traced"), QStringLiteral("--device"),
                                     QStringLiteral("cpu"), QStringLiteral("--quiet"), QStringLiteral("--json")});
        QVERIFY2(run.exitCode == 0, qPrintable(describe(run)));
        QStringList bad = forbiddenCalls(log);
        QVERIFY2(bad.isEmpty(), qPrintable(QStringLiteral("analyze: ") + bad.join(QLatin1Char('\n'))));
        const qint64 id = QJsonDocument::fromJson(run.out).object().value(QStringLiteral("analysis_id")).toInteger();
        const auto report =
            traced(test::cliPath(), {QStringLiteral("report"), QStringLiteral("--db"), db, QStringLiteral("--analysis"),
                                     QString::number(id), QStringLiteral("-o"), path(QStringLiteral("traced.pdf"))});
        QVERIFY2(report.exitCode == 0, qPrintable(describe(report)));
        bad = forbiddenCalls(log);
        QVERIFY2(bad.isEmpty(), qPrintable(QStringLiteral("report: ") + bad.join(QLatin1Char('\n'))));
        const auto gui =
            traced(test::guiPath(), {QStringLiteral("--screenshot"), path(QStringLiteral("traced.png")),
                                     QStringLiteral("--db"), db, QStringLiteral("--analysis"), QString::number(id)});
        QVERIFY2(gui.exitCode == 0, qPrintable(describe(gui)));
        bad = forbiddenCalls(log);
        QVERIFY2(bad.isEmpty(), qPrintable(QStringLiteral("fakeprint: ") + bad.join(QLatin1Char('\n'))));
    }

    void analysisAndReportWorkWithoutNetwork()
    {
        if (!haveTool("unshare"))
            QSKIP("unshare (util-linux) is not installed");
        const auto probe = test::runProcess(QStringLiteral("unshare"), {QStringLiteral("-n"), QStringLiteral("true")});
        if (probe.exitCode != 0)
            QSKIP(qPrintable(QStringLiteral("cannot create a network namespace here (unshare -n needs root or user "
                                            "namespaces): ") +
                             QString::fromUtf8(probe.err).trimmed()));
        const QString db = path(QStringLiteral("offline.db"));
        const auto run = test::runProcess(QStringLiteral("unshare"),
                                          {QStringLiteral("-n"), test::cliPath(), QStringLiteral("analyze"), m_clip,
                                           QStringLiteral("--db"), db, QStringLiteral("--case"),
                                           QStringLiteral("Offline"), QStringLiteral("--device"), QStringLiteral("cpu"),
                                           QStringLiteral("--quiet"), QStringLiteral("--json")},
                                          300000);
        QVERIFY2(run.exitCode == 0, qPrintable(describe(run)));
        const QJsonObject json = QJsonDocument::fromJson(run.out).object();
        QVERIFY(!json.value(QStringLiteral("tracks")).toArray().isEmpty());
        QCOMPARE(json.value(QStringLiteral("evidence_sha256")).toString(), m_before.sha256);
        const auto report = test::runProcess(QStringLiteral("unshare"),
                                             {QStringLiteral("-n"), test::cliPath(), QStringLiteral("report"),
                                              QStringLiteral("--db"), db, QStringLiteral("--analysis"),
                                              QString::number(json.value(QStringLiteral("analysis_id")).toInteger()),
                                              QStringLiteral("-o"), path(QStringLiteral("offline.pdf"))},
                                             300000);
        QVERIFY2(report.exitCode == 0, qPrintable(describe(report)));
        QVERIFY(QFileInfo(path(QStringLiteral("offline.pdf"))).size() > 10000);
        QCOMPARE(integrityCheck(db), QStringLiteral("ok"));
        const QString audit = auditProblem(db);
        QVERIFY2(audit.isEmpty(), qPrintable(audit));
    }

    void modelsOutsideTheBundledSetAreUnverified()
    {
        if (!haveTool("pdftotext"))
            QSKIP("pdftotext (poppler-utils) is needed to read the report");
        const QString db = path(QStringLiteral("provenance.db"));
        const qint64 bundledId = analyze(db);
        QVERIFY(bundledId > 0);
        const qint64 userId = analyze(db, {QStringLiteral("--model"), m_userCard});
        QVERIFY(userId > 0);

        const QString bundledText = reportText(db, bundledId, QStringLiteral("bundled.pdf"));
        QVERIFY2(bundledText.contains(QLatin1String("bundled with Fakeprint")), qPrintable(bundledText.left(3000)));
        QVERIFY(!bundledText.contains(QLatin1String("unverified"), Qt::CaseInsensitive));
        const QString userText = reportText(db, userId, QStringLiteral("user.pdf"));
        QVERIFY2(userText.contains(QLatin1String("unverified"), Qt::CaseInsensitive), qPrintable(userText.left(3000)));
        QVERIFY(userText.contains(QLatin1String("someone-elses-model")));

        for (const auto &[id, bundled] : {std::pair{bundledId, true}, std::pair{userId, false}}) {
            const QString json = path(QStringLiteral("export-%1.json").arg(id));
            const auto exported =
                step(QStringLiteral("export-data"),
                     {QStringLiteral("export-data"), QStringLiteral("--db"), db, QStringLiteral("--analysis"),
                      QString::number(id), QStringLiteral("--json"), json});
            QCOMPARE(exported.exitCode, 0);
            QFile file(json);
            QVERIFY(file.open(QIODevice::ReadOnly));
            const QJsonObject model =
                QJsonDocument::fromJson(file.readAll()).object().value(QStringLiteral("model")).toObject();
            QCOMPARE(model.value(QStringLiteral("bundled")).toBool(!bundled), bundled);
        }
        verifyEvidenceUnchanged(QStringLiteral("analyses with two models and their reports"));
    }
};

QTEST_GUILESS_MAIN(TestOfflinePrivacy)
#include "TestOfflinePrivacy.moc"
