// The model manager marks models from outside the bundled set as unverified, and only those: a copy of the bundled
// model under another name, installed as a user model, is unverified even though its weights are identical.
#include "core/inference/ModelRegistry.h"
#include "tests/testsupport/TestEnv.h"
#include "ui/dialogs/ModelManagerDialog.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QListWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace fp;

class TestUnverifiedModelUi : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_bundledDir;
    QString m_userDir;

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_bundledDir = test::sourceDir() + QStringLiteral("/models");
        QFile card(m_bundledDir + QStringLiteral("/fakeprint-default.json"));
        QVERIFY(card.open(QIODevice::ReadOnly));
        QJsonObject json = QJsonDocument::fromJson(card.readAll()).object();
        QVERIFY(!json.isEmpty());
        m_userDir = m_dir.filePath(QStringLiteral("user-models"));
        QVERIFY(QDir().mkpath(m_userDir));
        json.insert(QStringLiteral("name"), QStringLiteral("copied-model"));
        json.insert(QStringLiteral("weights"), QStringLiteral("copied-model.pt"));
        QVERIFY(QFile::copy(m_bundledDir + QStringLiteral("/fakeprint-default.pt"),
                            m_userDir + QStringLiteral("/copied-model.pt")));
        QFile copy(m_userDir + QStringLiteral("/copied-model.json"));
        QVERIFY(copy.open(QIODevice::WriteOnly));
        copy.write(QJsonDocument(json).toJson());
    }

    void registryKnowsWhichModelsAreBundled()
    {
        const inference::ModelRegistry registry({m_bundledDir}, m_userDir);
        QVERIFY2(registry.problems().isEmpty(),
                 qPrintable(registry.problems().isEmpty() ? QString() : registry.problems().first().message));
        auto bundled = registry.find(QStringLiteral("fakeprint-default"));
        QVERIFY(bundled.ok());
        QVERIFY(bundled->bundled);
        auto copied = registry.find(QStringLiteral("copied-model"));
        QVERIFY(copied.ok());
        QVERIFY(!copied->bundled);
        QCOMPARE(copied->card.sha256, bundled->card.sha256);
        auto byPath = registry.find(m_userDir + QStringLiteral("/copied-model.json"));
        QVERIFY(byPath.ok() && !byPath->bundled);
    }

    void modelManagerFlagsOnlyTheUserModel()
    {
        const inference::ModelRegistry registry({m_bundledDir}, m_userDir);
        ui::ModelManagerDialog dialog(registry);
        QCOMPARE(dialog.modelCount(), 2);
        auto *list = dialog.findChild<QListWidget *>(QStringLiteral("modelList"));
        QVERIFY(list);
        int flagged = 0;
        for (int row = 0; row < list->count(); ++row) {
            const QString text = list->item(row)->text();
            const bool unverified = text.contains(QLatin1String("unverified"));
            QCOMPARE(unverified, text.contains(QLatin1String("copied-model")));
            flagged += unverified ? 1 : 0;
        }
        QCOMPARE(flagged, 1);
    }
};

QTEST_MAIN(TestUnverifiedModelUi)
#include "TestUnverifiedModelUi.moc"
