// Model cards and the registry; torch-free (the weights here are arbitrary bytes: only their digest matters).
#include "core/common/Sha256.h"
#include "core/inference/ModelCard.h"
#include "core/inference/ModelRegistry.h"

#include "tests/testsupport/Fixtures.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>

using namespace fp;
using namespace fp::inference;

namespace {

QJsonObject validCard(const QString &name, const QString &weights, const QString &sha)
{
    QJsonArray classes;
    const QStringList keys{QStringLiteral("real"), QStringLiteral("deepfakes"), QStringLiteral("faceswap")};
    for (int i = 0; i < keys.size(); ++i)
        classes.append(QJsonObject{{QStringLiteral("id"), i},
                                   {QStringLiteral("key"), keys[i]},
                                   {QStringLiteral("label"), keys[i].toUpper()},
                                   {QStringLiteral("description"), QStringLiteral("class %1").arg(i)}});
    return QJsonObject{
        {QStringLiteral("format"), QStringLiteral("fakeprint-model-card")},
        {QStringLiteral("format_version"), 1},
        {QStringLiteral("name"), name},
        {QStringLiteral("version"), QStringLiteral("1.0")},
        {QStringLiteral("weights"), weights},
        {QStringLiteral("sha256"), sha},
        {QStringLiteral("architecture"), QStringLiteral("test")},
        {QStringLiteral("input"), QJsonObject{{QStringLiteral("size"), 32},
                                              {QStringLiteral("color_order"), QStringLiteral("BGR")},
                                              {QStringLiteral("mean"), QJsonArray{0.5, 0.25, 0.125}},
                                              {QStringLiteral("std"), QJsonArray{0.5, 0.5, 0.25}},
                                              {QStringLiteral("crop_scale"), 1.3}}},
        {QStringLiteral("classes"), classes},
        {QStringLiteral("outputs"),
         QJsonArray{
             QJsonObject{{QStringLiteral("head"), QStringLiteral("binary")}, {QStringLiteral("units"), 1}},
             QJsonObject{{QStringLiteral("head"), QStringLiteral("attribution")}, {QStringLiteral("units"), 3}}}},
        {QStringLiteral("calibration"),
         QJsonObject{{QStringLiteral("binary_temperature"), 1.5}, {QStringLiteral("attribution_temperature"), 2.0}}},
        {QStringLiteral("decision"), QJsonObject{{QStringLiteral("fake_threshold"), 0.5},
                                                 {QStringLiteral("inconclusive_low"), 0.4},
                                                 {QStringLiteral("inconclusive_high"), 0.6},
                                                 {QStringLiteral("min_frames"), 3},
                                                 {QStringLiteral("min_method_probability"), 0.6},
                                                 {QStringLiteral("max_energy"), -1.5}}},
        {QStringLiteral("gradcam"), QJsonObject{{QStringLiteral("features_method"), QStringLiteral("features")},
                                                {QStringLiteral("head_method"), QStringLiteral("head")}}},
        {QStringLiteral("training"), QJsonObject{{QStringLiteral("data"), QStringLiteral("synthetic")},
                                                 {QStringLiteral("synthetic"), true},
                                                 {QStringLiteral("seed"), 7}}},
        {QStringLiteral("metrics"), QJsonObject{{QStringLiteral("accuracy"), 0.9}}},
        {QStringLiteral("limitations"), QJsonArray{QStringLiteral("test only")}},
        {QStringLiteral("license"), QStringLiteral("CC0-1.0")},
    };
}

QString writeJson(const QString &path, const QJsonObject &object)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return {};
    file.write(QJsonDocument(object).toJson());
    return path;
}

// Writes NAME.pt (content) and NAME.json (a valid card for it, edited by edit) into dir.
QString writeModel(const QString &dir, const QString &name, const QByteArray &content,
                   const std::function<void(QJsonObject &)> &edit = {})
{
    test::makeFile(dir, name + QStringLiteral(".pt"), content);
    QJsonObject card = validCard(name, name + QStringLiteral(".pt"), sha256Hex(content));
    if (edit)
        edit(card);
    return writeJson(dir + QLatin1Char('/') + name + QStringLiteral(".json"), card);
}

void setPath(QJsonObject &card, const QString &object, const QString &key, const QJsonValue &value)
{
    QJsonObject inner = card.value(object).toObject();
    if (value.isUndefined())
        inner.remove(key);
    else
        inner.insert(key, value);
    card.insert(object, inner);
}

} // namespace

class TestModelCard : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void parsesEveryField()
    {
        QTemporaryDir dir;
        const QString path = writeModel(dir.path(), QStringLiteral("alpha"), "weights");
        auto card = ModelCard::load(path);
        QVERIFY2(card.ok(), qPrintable(card.ok() ? QString() : card.error().message));
        QCOMPARE(card->name, QStringLiteral("alpha"));
        QCOMPARE(card->input.size, 32);
        QCOMPARE(card->input.colorOrder, ColorOrder::Bgr);
        QCOMPARE(card->input.mean[2], 0.125f);
        QCOMPARE(card->input.std[2], 0.25f);
        QCOMPARE(int(card->classes.size()), 3);
        QCOMPARE(card->classes[2].label, QStringLiteral("FACESWAP"));
        QCOMPARE(card->binaryUnits(), 1);
        QCOMPARE(card->outputIndex(HeadKind::Attribution), 1);
        QCOMPARE(card->realClassIndex(), 0);
        QCOMPARE(card->fakeClassIndices(), (std::vector<int>{1, 2}));
        QCOMPARE(card->calibration.attributionTemperature, 2.0);
        QCOMPARE(card->decision.minFrames, 3);
        QCOMPARE(card->decision.maxEnergy, -1.5);
        QCOMPARE(card->limitations, QStringList{QStringLiteral("test only")});
        QCOMPARE(card->weightsPath(), QDir(dir.path()).filePath(QStringLiteral("alpha.pt")));
        QVERIFY(card->verifyWeights().ok());
        QVERIFY(card->validate().ok());
    }

    void toJsonRoundTrips()
    {
        QTemporaryDir dir;
        auto card = ModelCard::load(writeModel(dir.path(), QStringLiteral("beta"), "w"));
        QVERIFY(card.ok());
        const QString copy = dir.filePath(QStringLiteral("copy.json"));
        QVERIFY(card->save(copy).ok());
        auto again = ModelCard::load(copy);
        QVERIFY(again.ok());
        QCOMPARE(again->toJson(), card->toJson());
        QCOMPARE(
            again->toJson().value(QStringLiteral("metrics")).toObject().value(QStringLiteral("accuracy")).toDouble(),
            0.9);
    }

    void errorsNameFileAndField_data()
    {
        QTest::addColumn<QString>("object");
        QTest::addColumn<QString>("key");
        QTest::addColumn<QJsonValue>("value");
        QTest::addColumn<QString>("expected");
        QTest::newRow("missing name") << QString() << QStringLiteral("name") << QJsonValue(QJsonValue::Undefined)
                                      << QStringLiteral("field 'name' is missing");
        QTest::newRow("wrong type") << QStringLiteral("input") << QStringLiteral("size")
                                    << QJsonValue(QStringLiteral("32"))
                                    << QStringLiteral("field 'input.size' must be an integer, not a string");
        QTest::newRow("fractional int") << QStringLiteral("input") << QStringLiteral("size") << QJsonValue(32.5)
                                        << QStringLiteral("field 'input.size' must be an integer");
        QTest::newRow("size range") << QStringLiteral("input") << QStringLiteral("size") << QJsonValue(8)
                                    << QStringLiteral("field 'input.size' must be between 16 and 1024");
        QTest::newRow("bad sha") << QString() << QStringLiteral("sha256") << QJsonValue(QStringLiteral("ABC"))
                                 << QStringLiteral("field 'sha256' must be 64 lower-case hex digits");
        QTest::newRow("colour") << QStringLiteral("input") << QStringLiteral("color_order")
                                << QJsonValue(QStringLiteral("YUV")) << QStringLiteral("field 'input.color_order'");
        QTest::newRow("mean size") << QStringLiteral("input") << QStringLiteral("mean") << QJsonValue(QJsonArray{1, 2})
                                   << QStringLiteral("field 'input.mean' must hold 3 numbers");
        QTest::newRow("temperature") << QStringLiteral("calibration") << QStringLiteral("binary_temperature")
                                     << QJsonValue(0) << QStringLiteral("field 'calibration.binary_temperature'");
        QTest::newRow("threshold") << QStringLiteral("decision") << QStringLiteral("fake_threshold") << QJsonValue(1.5)
                                   << QStringLiteral("field 'decision.fake_threshold' must lie in (0, 1)");
        QTest::newRow("missing decision")
            << QStringLiteral("decision") << QStringLiteral("max_energy") << QJsonValue(QJsonValue::Undefined)
            << QStringLiteral("field 'decision.max_energy' is missing");
        QTest::newRow("weights path") << QString() << QStringLiteral("weights") << QJsonValue(QStringLiteral("../x.pt"))
                                      << QStringLiteral("field 'weights'");
        QTest::newRow("name chars") << QString() << QStringLiteral("name") << QJsonValue(QStringLiteral("Big Model"))
                                    << QStringLiteral("field 'name' must match");
        QTest::newRow("format") << QString() << QStringLiteral("format") << QJsonValue(QStringLiteral("other"))
                                << QStringLiteral("field 'format'");
        QTest::newRow("format version") << QString() << QStringLiteral("format_version") << QJsonValue(2)
                                        << QStringLiteral("field 'format_version' is 2");
        QTest::newRow("training type") << QStringLiteral("training") << QStringLiteral("synthetic")
                                       << QJsonValue(QStringLiteral("yes"))
                                       << QStringLiteral("field 'training.synthetic' must be a boolean");
    }

    void errorsNameFileAndField()
    {
        QFETCH(QString, object);
        QFETCH(QString, key);
        QFETCH(QJsonValue, value);
        QFETCH(QString, expected);
        QTemporaryDir dir;
        const QString path = writeModel(dir.path(), QStringLiteral("gamma"), "w", [&](QJsonObject &card) {
            if (object.isEmpty()) {
                if (value.isUndefined())
                    card.remove(key);
                else
                    card.insert(key, value);
            } else {
                setPath(card, object, key, value);
            }
        });
        auto card = ModelCard::load(path);
        QVERIFY(!card.ok());
        QCOMPARE(card.error().code, Error::Code::ModelInvalid);
        QVERIFY2(card.error().message.contains(path), qPrintable(card.error().message));
        QVERIFY2(card.error().message.contains(expected), qPrintable(card.error().message));
    }

    void classCountMustMatchAttributionUnits()
    {
        QTemporaryDir dir;
        const QString path = writeModel(dir.path(), QStringLiteral("delta"), "w", [](QJsonObject &card) {
            QJsonArray outputs = card.value(QStringLiteral("outputs")).toArray();
            outputs[1] =
                QJsonObject{{QStringLiteral("head"), QStringLiteral("attribution")}, {QStringLiteral("units"), 5}};
            card.insert(QStringLiteral("outputs"), outputs);
        });
        auto card = ModelCard::load(path);
        QVERIFY(!card.ok());
        QVERIFY2(card.error().message.contains(QStringLiteral("field 'outputs[1].units' is 5 but classes lists 3")),
                 qPrintable(card.error().message));
    }

    void unknownHeadAndBadClassesRefused()
    {
        QTemporaryDir dir;
        auto unknownHead = ModelCard::load(writeModel(dir.path(), QStringLiteral("e1"), "w", [](QJsonObject &card) {
            card.insert(QStringLiteral("outputs"),
                        QJsonArray{QJsonObject{{QStringLiteral("head"), QStringLiteral("segmentation")},
                                               {QStringLiteral("units"), 3}}});
        }));
        QVERIFY(!unknownHead.ok());
        QVERIFY2(unknownHead.error().message.contains(QStringLiteral("'outputs[0].head' names an unknown head")),
                 qPrintable(unknownHead.error().message));

        auto badId = ModelCard::load(writeModel(dir.path(), QStringLiteral("e2"), "w", [](QJsonObject &card) {
            QJsonArray classes = card.value(QStringLiteral("classes")).toArray();
            QJsonObject c = classes[1].toObject();
            c.insert(QStringLiteral("id"), 7);
            classes[1] = c;
            card.insert(QStringLiteral("classes"), classes);
        }));
        QVERIFY(!badId.ok());
        QVERIFY(badId.error().message.contains(QStringLiteral("'classes[1].id' must be 1")));

        // Attribution only needs the real class to give P(fake).
        auto noReal = ModelCard::load(writeModel(dir.path(), QStringLiteral("e3"), "w", [](QJsonObject &card) {
            card.insert(QStringLiteral("outputs"),
                        QJsonArray{QJsonObject{{QStringLiteral("head"), QStringLiteral("attribution")},
                                               {QStringLiteral("units"), 3}}});
            QJsonArray classes = card.value(QStringLiteral("classes")).toArray();
            QJsonObject c = classes[0].toObject();
            c.insert(QStringLiteral("key"), QStringLiteral("pristine"));
            classes[0] = c;
            card.insert(QStringLiteral("classes"), classes);
        }));
        QVERIFY(!noReal.ok());
        QVERIFY(
            noReal.error().message.contains(QStringLiteral("'classes' must hold exactly one class with key 'real'")));

        QFile broken(dir.filePath(QStringLiteral("broken.json")));
        QVERIFY(broken.open(QIODevice::WriteOnly));
        broken.write("{ \"name\": ");
        broken.close();
        auto notJson = ModelCard::load(broken.fileName());
        QVERIFY(!notJson.ok());
        QVERIFY(notJson.error().message.contains(QStringLiteral("is not valid JSON")));
    }

    void tamperedWeightsRefused()
    {
        QTemporaryDir dir;
        const QString path = writeModel(dir.path(), QStringLiteral("zeta"), "original weights");
        auto card = ModelCard::load(path);
        QVERIFY(card.ok());
        test::makeFile(dir.path(), QStringLiteral("zeta.pt"), "tampered weights");
        const Status verified = card->verifyWeights();
        QVERIFY(!verified.ok());
        QCOMPARE(verified.error().code, Error::Code::ChecksumMismatch);
        QVERIFY(verified.error().message.contains(QStringLiteral("field 'sha256'")));
        QVERIFY(verified.error().message.contains(card->weightsPath()));
        QFile::remove(card->weightsPath());
        QCOMPARE(card->verifyWeights().error().code, Error::Code::NotFound);
    }

    void registryListsBundledThenUser()
    {
        QTemporaryDir bundled;
        QTemporaryDir user;
        QTemporaryDir elsewhere;
        writeModel(bundled.path(), QStringLiteral("shipped"), "a");
        writeModel(user.path(), QStringLiteral("mine"), "b");
        writeModel(user.path(), QStringLiteral("shipped"), "c"); // same name: the bundled one wins
        writeJson(user.filePath(QStringLiteral("junk.json")), QJsonObject{{QStringLiteral("format"), 3}});
        ModelRegistry registry({bundled.path()}, user.path());
        QCOMPARE(registry.models().size(), 2);
        QCOMPARE(registry.models()[0].card.name, QStringLiteral("shipped"));
        QVERIFY(registry.models()[0].bundled);
        QCOMPARE(registry.models()[1].card.name, QStringLiteral("mine"));
        QVERIFY(!registry.models()[1].bundled);
        QCOMPARE(registry.problems().size(), 2);
        QCOMPARE(registry.defaultModel()->card.name, QStringLiteral("shipped"));

        QVERIFY(registry.find(QStringLiteral("mine")).ok());
        auto missing = registry.find(QStringLiteral("nope"));
        QVERIFY(!missing.ok());
        QVERIFY(missing.error().message.contains(QStringLiteral("shipped, mine")));

        const QString outside = writeModel(elsewhere.path(), QStringLiteral("other"), "d");
        auto byPath = registry.find(outside);
        QVERIFY(byPath.ok());
        QVERIFY(!byPath->bundled);
        auto byWeights = registry.find(elsewhere.filePath(QStringLiteral("other.pt")));
        QVERIFY(byWeights.ok());
        QCOMPARE(byWeights->card.name, QStringLiteral("other"));
        QVERIFY(registry.find(bundled.filePath(QStringLiteral("shipped.json")))->bundled);
    }

    void addModelCopiesIntoUserDir()
    {
        QTemporaryDir user;
        QTemporaryDir source;
        ModelRegistry registry({}, user.path());
        QVERIFY(registry.models().isEmpty());
        QVERIFY(!registry.defaultModel().ok());

        const QString card = writeModel(source.path(), QStringLiteral("added"), "payload");
        auto added = registry.addModel(card);
        QVERIFY2(added.ok(), qPrintable(added.ok() ? QString() : added.error().message));
        QCOMPARE(added->card.cardPath, QDir(user.path()).filePath(QStringLiteral("added.json")));
        QVERIFY(added->card.verifyWeights().ok());
        QVERIFY(!added->bundled);
        QCOMPARE(registry.models().size(), 1);
        QVERIFY(registry.addModel(card).ok()); // idempotent

        const QString clash = writeModel(source.path(), QStringLiteral("clash"), "other payload", [](QJsonObject &c) {
            c.insert(QStringLiteral("name"), QStringLiteral("added"));
        });
        auto refused = registry.addModel(clash);
        QVERIFY(!refused.ok());
        QVERIFY(refused.error().message.contains(QStringLiteral("already installed")));

        const QString tampered = writeModel(source.path(), QStringLiteral("bad"), "payload");
        test::makeFile(source.path(), QStringLiteral("bad.pt"), "changed");
        auto tamperedAdd = registry.addModel(tampered);
        QVERIFY(!tamperedAdd.ok());
        QCOMPARE(tamperedAdd.error().code, Error::Code::ChecksumMismatch);
        QVERIFY(!QFileInfo::exists(QDir(user.path()).filePath(QStringLiteral("bad.pt"))));
    }
};

QTEST_GUILESS_MAIN(TestModelCard)
#include "TestModelCard.moc"
