// fakeprint-cli models list|show|add against a user models folder of its own.
#include "tests/core/inference/TestModels.h"
#include "tests/testsupport/TestEnv.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace fp;

class TestModelsCommand : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_home; // XDG_DATA_HOME of the CLI: its user models folder lives below it
    QTemporaryDir m_source;
    QProcessEnvironment m_env;

    test::ProcessResult cli(const QStringList &args) { return test::runProcess(test::cliPath(), args, 60000, m_env); }

    Result<inference::ModelCard> makeModel(const QString &name)
    {
        test::LinearModelSpec spec;
        spec.inputSize = 16;
        spec.binary = {1, std::vector<float>(3 * 16 * 16, 0.01f), {0.f}};
        spec.attribution = {2, std::vector<float>(2 * 3 * 16 * 16, 0.02f), {0.f, 0.f}};
        const auto card = test::makeTestCard(name, 16, 1, {QStringLiteral("real"), QStringLiteral("faceswap")});
        return test::installModel(m_source.path(), card,
                                  [&](const QString &path) { return test::writeLinearModel(path, spec); });
    }

    QJsonArray listedModels()
    {
        const auto result = cli({QStringLiteral("models"), QStringLiteral("list"), QStringLiteral("--json")});
        if (result.exitCode != 0)
            return {};
        return QJsonDocument::fromJson(result.out).object().value(QStringLiteral("models")).toArray();
    }

    static QJsonObject byName(const QJsonArray &models, const QString &name)
    {
        for (const QJsonValue &m : models) {
            if (m.toObject().value(QStringLiteral("name")).toString() == name)
                return m.toObject();
        }
        return {};
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_env = QProcessEnvironment::systemEnvironment();
        m_env.insert(QStringLiteral("XDG_DATA_HOME"), m_home.path());
    }

    void addThenListAndShow()
    {
        auto card = makeModel(QStringLiteral("cli-model"));
        QVERIFY2(card.ok(), qPrintable(card.ok() ? QString() : card.error().message));
        QVERIFY(byName(listedModels(), QStringLiteral("cli-model")).isEmpty());

        const auto added = cli({QStringLiteral("models"), QStringLiteral("add"), card->cardPath});
        QVERIFY2(added.exitCode == 0, added.err.constData());

        const QJsonObject listed = byName(listedModels(), QStringLiteral("cli-model"));
        QCOMPARE(listed.value(QStringLiteral("version")).toString(), QStringLiteral("test-1"));
        QCOMPARE(listed.value(QStringLiteral("sha256")).toString(), card->sha256);
        QCOMPARE(listed.value(QStringLiteral("status")).toString(), QStringLiteral("unverified"));
        QCOMPARE(listed.value(QStringLiteral("bundled")).toBool(), false);
        QVERIFY(listed.value(QStringLiteral("path")).toString().startsWith(QDir(m_home.path()).canonicalPath()) ||
                listed.value(QStringLiteral("path")).toString().startsWith(m_home.path()));
        const QJsonArray classes = listed.value(QStringLiteral("classes")).toArray();
        QCOMPARE(classes.size(), 2);
        QCOMPARE(classes[1].toObject().value(QStringLiteral("key")).toString(), QStringLiteral("faceswap"));

        const auto shown = cli(
            {QStringLiteral("models"), QStringLiteral("show"), QStringLiteral("cli-model"), QStringLiteral("--json")});
        QCOMPARE(shown.exitCode, 0);
        const QJsonObject show = QJsonDocument::fromJson(shown.out).object();
        QCOMPARE(show.value(QStringLiteral("weights_ok")).toBool(), true);
        QCOMPARE(show.value(QStringLiteral("card")).toObject().value(QStringLiteral("name")).toString(),
                 QStringLiteral("cli-model"));

        // Tamper with the installed weights: show refuses with the model exit code.
        QFile weights(listed.value(QStringLiteral("weights_path")).toString());
        QVERIFY(weights.open(QIODevice::Append));
        weights.write("x");
        weights.close();
        const auto tampered = cli({QStringLiteral("models"), QStringLiteral("show"), QStringLiteral("cli-model")});
        QCOMPARE(tampered.exitCode, 4);
        QVERIFY(tampered.err.contains("sha256"));
    }

    void invalidModelsExitWithCode4()
    {
        auto card = makeModel(QStringLiteral("cli-bad"));
        QVERIFY(card.ok());
        QFile weights(card->weightsPath());
        QVERIFY(weights.open(QIODevice::Append));
        weights.write("tampered");
        weights.close();
        const auto tampered = cli({QStringLiteral("models"), QStringLiteral("add"), card->cardPath});
        QCOMPARE(tampered.exitCode, 4);
        QVERIFY(tampered.err.contains(card->cardPath.toUtf8()));

        QFile cardFile(card->cardPath);
        QVERIFY(cardFile.open(QIODevice::WriteOnly | QIODevice::Truncate));
        cardFile.write("{\"format\": \"fakeprint-model-card\"}");
        cardFile.close();
        const auto invalid = cli({QStringLiteral("models"), QStringLiteral("add"), card->cardPath});
        QCOMPARE(invalid.exitCode, 4);
        QVERIFY(invalid.err.contains("field 'format_version' is missing"));

        const auto missing = cli({QStringLiteral("models"), QStringLiteral("show"), QStringLiteral("no-such-model")});
        QCOMPARE(missing.exitCode, 4);
        const auto usage = cli({QStringLiteral("models"), QStringLiteral("frobnicate")});
        QCOMPARE(usage.exitCode, 2);
    }
};

QTEST_GUILESS_MAIN(TestModelsCommand)
#include "TestModelsCommand.moc"
