#include "tests/testsupport/TestEnv.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace fp;

// case / audit / export / import through the fakeprint-cli binary.
class TestCliCases : public QObject {
    Q_OBJECT

    test::ProcessResult cli(const QStringList &args) { return test::runProcess(test::cliPath(), args, 60000); }

    static void rawSql(const QString &path, const QString &sql)
    {
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("tamper"));
            db.setDatabaseName(path);
            QVERIFY(db.open());
            QSqlQuery q(db);
            QVERIFY(q.exec(sql));
        }
        QSqlDatabase::removeDatabase(QStringLiteral("tamper"));
    }

private Q_SLOTS:
    void caseNewListShow()
    {
        QTemporaryDir dir;
        const QString db = dir.filePath(QStringLiteral("cases.db"));
        auto created =
            cli({QStringLiteral("case"), QStringLiteral("new"), QStringLiteral("Case 17"), QStringLiteral("--db"), db,
                 QStringLiteral("--analyst"), QStringLiteral("alice"), QStringLiteral("--json")});
        QCOMPARE(created.exitCode, 0);
        const QJsonObject c = QJsonDocument::fromJson(created.out).object();
        QCOMPARE(c.value(QStringLiteral("name")).toString(), QStringLiteral("Case 17"));
        QCOMPARE(c.value(QStringLiteral("analyst")).toString(), QStringLiteral("alice"));
        auto duplicate =
            cli({QStringLiteral("case"), QStringLiteral("new"), QStringLiteral("Case 17"), QStringLiteral("--db"), db});
        QCOMPARE(duplicate.exitCode, 1);
        QVERIFY(duplicate.err.contains("already exists"));

        auto list =
            cli({QStringLiteral("case"), QStringLiteral("list"), QStringLiteral("--db"), db, QStringLiteral("--json")});
        QCOMPARE(list.exitCode, 0);
        QCOMPARE(QJsonDocument::fromJson(list.out).object().value(QStringLiteral("cases")).toArray().size(), 1);

        auto show = cli({QStringLiteral("case"), QStringLiteral("show"), QStringLiteral("Case 17"),
                         QStringLiteral("--db"), db, QStringLiteral("--json")});
        QCOMPARE(show.exitCode, 0);
        const QJsonObject shown = QJsonDocument::fromJson(show.out).object();
        QCOMPARE(shown.value(QStringLiteral("case")).toObject().value(QStringLiteral("uuid")),
                 c.value(QStringLiteral("uuid")));
        QVERIFY(shown.value(QStringLiteral("evidence")).isArray());
        QVERIFY(shown.value(QStringLiteral("analyses")).isArray());
        QVERIFY(shown.value(QStringLiteral("notes")).isArray());
        auto human =
            cli({QStringLiteral("case"), QStringLiteral("show"), QStringLiteral("1"), QStringLiteral("--db"), db});
        QCOMPARE(human.exitCode, 0);
        QVERIFY(human.out.contains("Case 17"));

        auto missing =
            cli({QStringLiteral("case"), QStringLiteral("show"), QStringLiteral("nope"), QStringLiteral("--db"), db});
        QVERIFY(missing.exitCode != 0);
        QVERIFY(missing.err.contains("nope"));
        QCOMPARE(cli({QStringLiteral("case"), QStringLiteral("frobnicate")}).exitCode, 2);
        QCOMPARE(cli({QStringLiteral("case"), QStringLiteral("list"), QStringLiteral("--db"),
                      dir.filePath(QStringLiteral("absent.db"))})
                     .exitCode,
                 5);
    }

    void auditVerifyDetectsTampering()
    {
        QTemporaryDir dir;
        const QString db = dir.filePath(QStringLiteral("audit.db"));
        QCOMPARE(cli({QStringLiteral("case"), QStringLiteral("new"), QStringLiteral("A"), QStringLiteral("--db"), db})
                     .exitCode,
                 0);
        QCOMPARE(cli({QStringLiteral("case"), QStringLiteral("new"), QStringLiteral("B"), QStringLiteral("--db"), db})
                     .exitCode,
                 0);
        auto good = cli(
            {QStringLiteral("audit"), QStringLiteral("verify"), QStringLiteral("--db"), db, QStringLiteral("--json")});
        QCOMPARE(good.exitCode, 0);
        QCOMPARE(QJsonDocument::fromJson(good.out).object().value(QStringLiteral("entries")).toInt(), 3);
        rawSql(db, QStringLiteral("UPDATE audit_log SET details = replace(details, '\"A\"', '\"Z\"') WHERE seq = 2"));
        auto bad = cli({QStringLiteral("audit"), QStringLiteral("verify"), QStringLiteral("--db"), db});
        QCOMPARE(bad.exitCode, 6);
        QVERIFY2(bad.err.contains("entry 2"), bad.err.constData());
        QCOMPARE(cli({QStringLiteral("audit"), QStringLiteral("check"), QStringLiteral("--db"), db}).exitCode, 2);
    }

    void exportAndImportABundle()
    {
        QTemporaryDir dir;
        const QString db = dir.filePath(QStringLiteral("src.db"));
        const QString target = dir.filePath(QStringLiteral("dst.db"));
        const QString bundle = dir.filePath(QStringLiteral("case.fpbundle"));
        QCOMPARE(
            cli({QStringLiteral("case"), QStringLiteral("new"), QStringLiteral("Harbour"), QStringLiteral("--db"), db})
                .exitCode,
            0);
        auto exported = cli({QStringLiteral("export"), QStringLiteral("--db"), db, QStringLiteral("--case"),
                             QStringLiteral("Harbour"), QStringLiteral("-o"), bundle, QStringLiteral("--json")});
        QCOMPARE(exported.exitCode, 0);
        QCOMPARE(QJsonDocument::fromJson(exported.out).object().value(QStringLiteral("sha256")).toString().size(), 64);
        auto imported =
            cli({QStringLiteral("import"), bundle, QStringLiteral("--db"), target, QStringLiteral("--json")});
        QCOMPARE(imported.exitCode, 0);
        QCOMPARE(QJsonDocument::fromJson(imported.out).object().value(QStringLiteral("case")).toString(),
                 QStringLiteral("Harbour"));
        auto again = cli({QStringLiteral("import"), bundle, QStringLiteral("--db"), target});
        QCOMPARE(again.exitCode, 1);
        QVERIFY(again.err.contains("already exists"));
        auto renamed = cli({QStringLiteral("import"), bundle, QStringLiteral("--db"), target, QStringLiteral("--as"),
                            QStringLiteral("Harbour copy")});
        QCOMPARE(renamed.exitCode, 0);
        QCOMPARE(cli({QStringLiteral("audit"), QStringLiteral("verify"), QStringLiteral("--db"), target}).exitCode, 0);

        // A damaged bundle: digest mismatch (exit 6); a truncated one: bad input (exit 3).
        QFile file(bundle);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QByteArray bytes = file.readAll();
        file.close();
        QByteArray flipped = bytes;
        flipped[flipped.size() - 5] = char(flipped[flipped.size() - 5] ^ 0x01);
        const QString flippedPath = dir.filePath(QStringLiteral("flipped.fpbundle"));
        QFile out(flippedPath);
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write(flipped);
        out.close();
        QCOMPARE(
            cli({QStringLiteral("import"), flippedPath, QStringLiteral("--db"), dir.filePath(QStringLiteral("x.db"))})
                .exitCode,
            6);
        const QString cutPath = dir.filePath(QStringLiteral("cut.fpbundle"));
        QFile cut(cutPath);
        QVERIFY(cut.open(QIODevice::WriteOnly));
        cut.write(bytes.left(bytes.size() / 2));
        cut.close();
        auto truncated =
            cli({QStringLiteral("import"), cutPath, QStringLiteral("--db"), dir.filePath(QStringLiteral("y.db"))});
        QCOMPARE(truncated.exitCode, 3);
        QVERIFY(truncated.err.contains("truncated"));
        auto tooBig = cli({QStringLiteral("import"), bundle, QStringLiteral("--db"),
                           dir.filePath(QStringLiteral("z.db")), QStringLiteral("--max-size-mb"), QStringLiteral("0")});
        QCOMPARE(tooBig.exitCode, 2);
    }
};

QTEST_GUILESS_MAIN(TestCliCases)
#include "TestCliCases.moc"
