#include "core/inference/ModelCard.h"

#include "core/common/Sha256.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSaveFile>

#include <cmath>
#include <optional>
#include <set>

namespace fp::inference {

namespace {

QString typeName(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Null: return QStringLiteral("null");
    case QJsonValue::Bool: return QStringLiteral("a boolean");
    case QJsonValue::Double: return QStringLiteral("a number");
    case QJsonValue::String: return QStringLiteral("a string");
    case QJsonValue::Array: return QStringLiteral("an array");
    case QJsonValue::Object: return QStringLiteral("an object");
    case QJsonValue::Undefined: return QStringLiteral("missing");
    }
    return QStringLiteral("unknown");
}

// Reads typed fields from the card and remembers the first problem, naming the card and the field.
class CardReader {
public:
    explicit CardReader(QString cardPath) : m_cardPath(std::move(cardPath)) {}

    bool failed() const { return m_error.has_value(); }
    Error error() const { return *m_error; }

    void fail(const QString &field, const QString &problem)
    {
        if (!m_error)
            m_error =
                makeError(Error::Code::ModelInvalid,
                          QCoreApplication::translate("fp::inference", "Model card %1: field '%2' %3")
                              .arg(m_cardPath.isEmpty() ? QCoreApplication::translate("fp::inference", "(in memory)")
                                                        : m_cardPath,
                                   field, problem));
    }

    QJsonValue require(const QJsonObject &object, const QString &prefix, const QString &key)
    {
        const QJsonValue value = object.value(key);
        if (value.isUndefined())
            fail(prefix + key, QCoreApplication::translate("fp::inference", "is missing"));
        return value;
    }

    QString string(const QJsonObject &object, const QString &prefix, const QString &key, bool optional = false)
    {
        const QJsonValue value = object.value(key);
        if (optional && value.isUndefined())
            return {};
        if (!value.isUndefined() && !value.isString())
            fail(prefix + key,
                 QCoreApplication::translate("fp::inference", "must be a string, not %1").arg(typeName(value)));
        else
            require(object, prefix, key);
        return value.toString();
    }

    double number(const QJsonObject &object, const QString &prefix, const QString &key)
    {
        const QJsonValue value = require(object, prefix, key);
        if (!value.isUndefined() && !value.isDouble())
            fail(prefix + key,
                 QCoreApplication::translate("fp::inference", "must be a number, not %1").arg(typeName(value)));
        return value.toDouble();
    }

    int integer(const QJsonObject &object, const QString &prefix, const QString &key)
    {
        const QJsonValue value = require(object, prefix, key);
        if (value.isUndefined())
            return 0;
        return integerValue(value, prefix + key);
    }

    int integerValue(const QJsonValue &value, const QString &field)
    {
        const double d = value.toDouble();
        if (!value.isDouble() || std::floor(d) != d || std::abs(d) > 1e9) {
            fail(field, QCoreApplication::translate("fp::inference", "must be an integer, not %1")
                            .arg(value.isDouble() ? QString::number(d) : typeName(value)));
            return 0;
        }
        return static_cast<int>(d);
    }

    QJsonObject object(const QJsonObject &parent, const QString &prefix, const QString &key, bool optional = false)
    {
        const QJsonValue value = parent.value(key);
        if (optional && value.isUndefined())
            return {};
        if (!value.isUndefined() && !value.isObject())
            fail(prefix + key,
                 QCoreApplication::translate("fp::inference", "must be an object, not %1").arg(typeName(value)));
        else
            require(parent, prefix, key);
        return value.toObject();
    }

    QJsonArray array(const QJsonObject &parent, const QString &prefix, const QString &key, bool optional = false)
    {
        const QJsonValue value = parent.value(key);
        if (optional && value.isUndefined())
            return {};
        if (!value.isUndefined() && !value.isArray())
            fail(prefix + key,
                 QCoreApplication::translate("fp::inference", "must be an array, not %1").arg(typeName(value)));
        else
            require(parent, prefix, key);
        return value.toArray();
    }

    std::array<float, 3> triple(const QJsonObject &parent, const QString &prefix, const QString &key)
    {
        std::array<float, 3> out{0.f, 0.f, 0.f};
        const QJsonArray values = array(parent, prefix, key);
        if (failed())
            return out;
        if (values.size() != 3) {
            fail(prefix + key,
                 QCoreApplication::translate("fp::inference", "must hold 3 numbers, not %1").arg(values.size()));
            return out;
        }
        for (int i = 0; i < 3; ++i) {
            if (!values.at(i).isDouble())
                fail(QStringLiteral("%1%2[%3]").arg(prefix, key).arg(i),
                     QCoreApplication::translate("fp::inference", "must be a number, not %1")
                         .arg(typeName(values.at(i))));
            out[static_cast<size_t>(i)] = static_cast<float>(values.at(i).toDouble());
        }
        return out;
    }

private:
    QString m_cardPath;
    std::optional<Error> m_error;
};

const QRegularExpression &nameRe()
{
    static const QRegularExpression re(QStringLiteral("^[a-z0-9._-]+$"));
    return re;
}

const QRegularExpression &sha256Re()
{
    static const QRegularExpression re(QStringLiteral("^[0-9a-f]{64}$"));
    return re;
}

QJsonArray tripleJson(const std::array<float, 3> &values)
{
    return QJsonArray{double(values[0]), double(values[1]), double(values[2])};
}

// Semantic checks shared by fromJson() and validate(); field types are already right here.
void checkSemantics(const ModelCard &card, CardReader &reader)
{
    if (!nameRe().match(card.name).hasMatch())
        reader.fail(QStringLiteral("name"),
                    QCoreApplication::translate("fp::inference", "must match [a-z0-9._-]+, not '%1'").arg(card.name));
    if (card.version.isEmpty())
        reader.fail(QStringLiteral("version"), QCoreApplication::translate("fp::inference", "must not be empty"));
    if (card.weights.isEmpty() || card.weights.contains(QLatin1Char('/')) || card.weights.contains(QLatin1Char('\\')) ||
        card.weights == QLatin1String(".") || card.weights == QLatin1String(".."))
        reader.fail(
            QStringLiteral("weights"),
            QCoreApplication::translate("fp::inference", "must be a file name beside the card without '/', not '%1'")
                .arg(card.weights));
    if (!sha256Re().match(card.sha256).hasMatch())
        reader.fail(QStringLiteral("sha256"),
                    QCoreApplication::translate("fp::inference", "must be 64 lower-case hex digits, not '%1'")
                        .arg(card.sha256));
    if (card.input.size < 16 || card.input.size > 1024)
        reader.fail(
            QStringLiteral("input.size"),
            QCoreApplication::translate("fp::inference", "must be between 16 and 1024, not %1").arg(card.input.size));
    for (size_t i = 0; i < 3; ++i) {
        if (!(card.input.std[i] > 0.f) || !std::isfinite(card.input.std[i]))
            reader.fail(QStringLiteral("input.std[%1]").arg(i),
                        QCoreApplication::translate("fp::inference", "must be a positive number"));
        if (!std::isfinite(card.input.mean[i]))
            reader.fail(QStringLiteral("input.mean[%1]").arg(i),
                        QCoreApplication::translate("fp::inference", "must be a finite number"));
    }
    if (!(card.input.cropScale > 0.0))
        reader.fail(QStringLiteral("input.crop_scale"),
                    QCoreApplication::translate("fp::inference", "must be a positive number"));

    if (card.classes.empty())
        reader.fail(QStringLiteral("classes"),
                    QCoreApplication::translate("fp::inference", "must list at least one class"));
    std::set<QString> keys;
    int realCount = 0;
    for (size_t i = 0; i < card.classes.size(); ++i) {
        const ModelClass &c = card.classes[i];
        const QString field = QStringLiteral("classes[%1]").arg(i);
        if (c.id != int(i))
            reader.fail(field + QStringLiteral(".id"),
                        QCoreApplication::translate("fp::inference", "must be %1 (ids are 0..K-1 in order), not %2")
                            .arg(i)
                            .arg(c.id));
        if (c.key.isEmpty())
            reader.fail(field + QStringLiteral(".key"),
                        QCoreApplication::translate("fp::inference", "must not be empty"));
        if (!keys.insert(c.key).second)
            reader.fail(field + QStringLiteral(".key"),
                        QCoreApplication::translate("fp::inference", "repeats the key '%1'").arg(c.key));
        if (c.label.isEmpty())
            reader.fail(field + QStringLiteral(".label"),
                        QCoreApplication::translate("fp::inference", "must not be empty"));
        if (c.key == QLatin1String("real"))
            ++realCount;
    }

    if (card.outputs.empty() || card.outputs.size() > 2)
        reader.fail(QStringLiteral("outputs"),
                    QCoreApplication::translate("fp::inference", "must list one or two heads, not %1")
                        .arg(card.outputs.size()));
    int binaries = 0;
    int attributions = 0;
    for (size_t i = 0; i < card.outputs.size(); ++i) {
        const ModelOutput &o = card.outputs[i];
        const QString field = QStringLiteral("outputs[%1].units").arg(i);
        if (o.head == HeadKind::Binary) {
            ++binaries;
            if (o.units != 1 && o.units != 2)
                reader.fail(field,
                            QCoreApplication::translate("fp::inference", "must be 1 or 2 for a binary head, not %1")
                                .arg(o.units));
        } else {
            ++attributions;
            if (o.units != int(card.classes.size()))
                reader.fail(field, QCoreApplication::translate(
                                       "fp::inference",
                                       "is %1 but classes lists %2 classes; the attribution head needs one unit per "
                                       "class")
                                       .arg(o.units)
                                       .arg(card.classes.size()));
        }
    }
    if (binaries > 1 || attributions > 1)
        reader.fail(QStringLiteral("outputs"),
                    QCoreApplication::translate("fp::inference", "lists the same head twice"));
    if (binaries == 0 && realCount != 1)
        reader.fail(
            QStringLiteral("classes"),
            QCoreApplication::translate(
                "fp::inference", "must hold exactly one class with key 'real' when the model has no binary head"));

    if (!(card.calibration.binaryTemperature > 0.0))
        reader.fail(QStringLiteral("calibration.binary_temperature"),
                    QCoreApplication::translate("fp::inference", "must be greater than 0"));
    if (!(card.calibration.attributionTemperature > 0.0))
        reader.fail(QStringLiteral("calibration.attribution_temperature"),
                    QCoreApplication::translate("fp::inference", "must be greater than 0"));

    const DecisionRules &d = card.decision;
    if (!(d.fakeThreshold > 0.0 && d.fakeThreshold < 1.0))
        reader.fail(QStringLiteral("decision.fake_threshold"),
                    QCoreApplication::translate("fp::inference", "must lie in (0, 1), not %1").arg(d.fakeThreshold));
    if (!(d.inconclusiveLow >= 0.0 && d.inconclusiveLow <= 1.0))
        reader.fail(QStringLiteral("decision.inconclusive_low"),
                    QCoreApplication::translate("fp::inference", "must lie in [0, 1]"));
    if (!(d.inconclusiveHigh >= d.inconclusiveLow && d.inconclusiveHigh <= 1.0))
        reader.fail(QStringLiteral("decision.inconclusive_high"),
                    QCoreApplication::translate("fp::inference", "must lie in [inconclusive_low, 1]"));
    if (d.minFrames < 1)
        reader.fail(QStringLiteral("decision.min_frames"),
                    QCoreApplication::translate("fp::inference", "must be at least 1, not %1").arg(d.minFrames));
    if (!(d.minMethodProbability > 0.0 && d.minMethodProbability < 1.0))
        reader.fail(QStringLiteral("decision.min_method_probability"),
                    QCoreApplication::translate("fp::inference", "must lie in (0, 1)"));
    if (!std::isfinite(d.maxEnergy))
        reader.fail(QStringLiteral("decision.max_energy"),
                    QCoreApplication::translate("fp::inference", "must be a finite number"));

    if (card.gradcamFeaturesMethod.isEmpty())
        reader.fail(QStringLiteral("gradcam.features_method"),
                    QCoreApplication::translate("fp::inference", "must not be empty"));
    if (card.gradcamHeadMethod.isEmpty())
        reader.fail(QStringLiteral("gradcam.head_method"),
                    QCoreApplication::translate("fp::inference", "must not be empty"));
}

void checkTraining(const QJsonObject &training, CardReader &reader)
{
    const QString prefix = QStringLiteral("training.");
    for (const char *key : {"data", "command", "loss"})
        reader.string(training, prefix, QString::fromLatin1(key), true);
    for (const char *key : {"seed", "epochs"}) {
        const QJsonValue v = training.value(QString::fromLatin1(key));
        if (!v.isUndefined())
            reader.integerValue(v, prefix + QString::fromLatin1(key));
    }
    const QJsonValue synthetic = training.value(QStringLiteral("synthetic"));
    if (!synthetic.isUndefined() && !synthetic.isBool())
        reader.fail(prefix + QStringLiteral("synthetic"),
                    QCoreApplication::translate("fp::inference", "must be a boolean, not %1").arg(typeName(synthetic)));
}

} // namespace

Result<ModelCard> ModelCard::fromJson(const QJsonObject &o, const QString &cardPath)
{
    CardReader r(cardPath);
    ModelCard card;
    card.cardPath = cardPath.isEmpty() ? QString() : QFileInfo(cardPath).absoluteFilePath();
    const QString top;

    const QString format = r.string(o, top, QStringLiteral("format"));
    if (!r.failed() && format != QLatin1String(kFormat))
        r.fail(QStringLiteral("format"), QCoreApplication::translate("fp::inference", "must be \"%1\", not \"%2\"")
                                             .arg(QLatin1String(kFormat), format));
    const int formatVersion = r.integer(o, top, QStringLiteral("format_version"));
    if (!r.failed() && formatVersion != kFormatVersion)
        r.fail(QStringLiteral("format_version"),
               QCoreApplication::translate("fp::inference", "is %1; this Fakeprint reads version %2")
                   .arg(formatVersion)
                   .arg(kFormatVersion));
    card.name = r.string(o, top, QStringLiteral("name"));
    card.version = r.string(o, top, QStringLiteral("version"));
    card.weights = r.string(o, top, QStringLiteral("weights"));
    card.sha256 = r.string(o, top, QStringLiteral("sha256"));
    card.architecture = r.string(o, top, QStringLiteral("architecture"));

    const QString in = QStringLiteral("input.");
    const QJsonObject input = r.object(o, top, QStringLiteral("input"));
    if (!r.failed()) {
        card.input.size = r.integer(input, in, QStringLiteral("size"));
        const QString order = r.string(input, in, QStringLiteral("color_order"));
        if (!r.failed() && order != QLatin1String("RGB") && order != QLatin1String("BGR"))
            r.fail(in + QStringLiteral("color_order"),
                   QCoreApplication::translate("fp::inference", "must be \"RGB\" or \"BGR\", not \"%1\"").arg(order));
        card.input.colorOrder = order == QLatin1String("BGR") ? ColorOrder::Bgr : ColorOrder::Rgb;
        card.input.mean = r.triple(input, in, QStringLiteral("mean"));
        card.input.std = r.triple(input, in, QStringLiteral("std"));
        card.input.cropScale = r.number(input, in, QStringLiteral("crop_scale"));
    }

    const QJsonArray classes = r.array(o, top, QStringLiteral("classes"));
    for (int i = 0; i < classes.size() && !r.failed(); ++i) {
        const QString prefix = QStringLiteral("classes[%1].").arg(i);
        if (!classes.at(i).isObject()) {
            r.fail(
                QStringLiteral("classes[%1]").arg(i),
                QCoreApplication::translate("fp::inference", "must be an object, not %1").arg(typeName(classes.at(i))));
            break;
        }
        const QJsonObject c = classes.at(i).toObject();
        ModelClass mc;
        mc.id = r.integer(c, prefix, QStringLiteral("id"));
        mc.key = r.string(c, prefix, QStringLiteral("key"));
        mc.label = r.string(c, prefix, QStringLiteral("label"));
        mc.description = r.string(c, prefix, QStringLiteral("description"));
        card.classes.push_back(mc);
    }

    const QJsonArray outputs = r.array(o, top, QStringLiteral("outputs"));
    for (int i = 0; i < outputs.size() && !r.failed(); ++i) {
        const QString prefix = QStringLiteral("outputs[%1].").arg(i);
        if (!outputs.at(i).isObject()) {
            r.fail(
                QStringLiteral("outputs[%1]").arg(i),
                QCoreApplication::translate("fp::inference", "must be an object, not %1").arg(typeName(outputs.at(i))));
            break;
        }
        const QJsonObject out = outputs.at(i).toObject();
        ModelOutput mo;
        const QString head = r.string(out, prefix, QStringLiteral("head"));
        if (!r.failed() && head != QLatin1String("binary") && head != QLatin1String("attribution"))
            r.fail(prefix + QStringLiteral("head"),
                   QCoreApplication::translate("fp::inference",
                                               "names an unknown head \"%1\" (known: \"binary\", \"attribution\")")
                       .arg(head));
        mo.head = head == QLatin1String("binary") ? HeadKind::Binary : HeadKind::Attribution;
        mo.units = r.integer(out, prefix, QStringLiteral("units"));
        card.outputs.push_back(mo);
    }

    const QJsonObject calibration = r.object(o, top, QStringLiteral("calibration"));
    if (!r.failed()) {
        const QString p = QStringLiteral("calibration.");
        card.calibration.binaryTemperature = r.number(calibration, p, QStringLiteral("binary_temperature"));
        card.calibration.attributionTemperature = r.number(calibration, p, QStringLiteral("attribution_temperature"));
    }
    const QJsonObject decision = r.object(o, top, QStringLiteral("decision"));
    if (!r.failed()) {
        const QString p = QStringLiteral("decision.");
        card.decision.fakeThreshold = r.number(decision, p, QStringLiteral("fake_threshold"));
        card.decision.inconclusiveLow = r.number(decision, p, QStringLiteral("inconclusive_low"));
        card.decision.inconclusiveHigh = r.number(decision, p, QStringLiteral("inconclusive_high"));
        card.decision.minFrames = r.integer(decision, p, QStringLiteral("min_frames"));
        card.decision.minMethodProbability = r.number(decision, p, QStringLiteral("min_method_probability"));
        card.decision.maxEnergy = r.number(decision, p, QStringLiteral("max_energy"));
    }
    const QJsonObject gradcam = r.object(o, top, QStringLiteral("gradcam"));
    if (!r.failed()) {
        const QString p = QStringLiteral("gradcam.");
        card.gradcamFeaturesMethod = r.string(gradcam, p, QStringLiteral("features_method"));
        card.gradcamHeadMethod = r.string(gradcam, p, QStringLiteral("head_method"));
    }

    card.training = r.object(o, top, QStringLiteral("training"), true);
    if (!r.failed())
        checkTraining(card.training, r);
    card.metrics = r.object(o, top, QStringLiteral("metrics"), true);
    const QJsonArray limitations = r.array(o, top, QStringLiteral("limitations"), true);
    for (int i = 0; i < limitations.size() && !r.failed(); ++i) {
        if (!limitations.at(i).isString())
            r.fail(QStringLiteral("limitations[%1]").arg(i),
                   QCoreApplication::translate("fp::inference", "must be a string, not %1")
                       .arg(typeName(limitations.at(i))));
        card.limitations << limitations.at(i).toString();
    }
    card.license = r.string(o, top, QStringLiteral("license"), true);

    if (!r.failed())
        checkSemantics(card, r);
    if (r.failed())
        return r.error();
    return card;
}

Result<ModelCard> ModelCard::load(const QString &cardPath)
{
    QFile file(cardPath);
    if (!file.exists())
        return makeError(Error::Code::NotFound,
                         QCoreApplication::translate("fp::inference", "Model card %1 does not exist").arg(cardPath));
    if (!file.open(QIODevice::ReadOnly))
        return makeError(Error::Code::PermissionDenied,
                         QCoreApplication::translate("fp::inference", "Cannot read model card %1: %2")
                             .arg(cardPath, file.errorString()));
    if (file.size() > 16 * 1024 * 1024)
        return makeError(
            Error::Code::ModelInvalid,
            QCoreApplication::translate("fp::inference", "Model card %1 is larger than 16 MiB").arg(cardPath));
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(file.readAll(), &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return makeError(
            Error::Code::ModelInvalid,
            QCoreApplication::translate("fp::inference", "Model card %1 is not valid JSON: %2 at offset %3")
                .arg(cardPath, parseError.errorString())
                .arg(parseError.offset));
    if (!doc.isObject())
        return makeError(
            Error::Code::ModelInvalid,
            QCoreApplication::translate("fp::inference", "Model card %1 must hold a JSON object").arg(cardPath));
    return fromJson(doc.object(), cardPath);
}

QJsonObject ModelCard::toJson() const
{
    QJsonObject o;
    o.insert(QStringLiteral("format"), QLatin1String(kFormat));
    o.insert(QStringLiteral("format_version"), kFormatVersion);
    o.insert(QStringLiteral("name"), name);
    o.insert(QStringLiteral("version"), version);
    o.insert(QStringLiteral("weights"), weights);
    o.insert(QStringLiteral("sha256"), sha256);
    o.insert(QStringLiteral("architecture"), architecture);
    o.insert(QStringLiteral("input"), QJsonObject{{QStringLiteral("size"), input.size},
                                                  {QStringLiteral("color_order"), colorOrderName(input.colorOrder)},
                                                  {QStringLiteral("mean"), tripleJson(input.mean)},
                                                  {QStringLiteral("std"), tripleJson(input.std)},
                                                  {QStringLiteral("crop_scale"), input.cropScale}});
    QJsonArray classArray;
    for (const ModelClass &c : classes)
        classArray.append(QJsonObject{{QStringLiteral("id"), c.id},
                                      {QStringLiteral("key"), c.key},
                                      {QStringLiteral("label"), c.label},
                                      {QStringLiteral("description"), c.description}});
    o.insert(QStringLiteral("classes"), classArray);
    QJsonArray outputArray;
    for (const ModelOutput &out : outputs)
        outputArray.append(
            QJsonObject{{QStringLiteral("head"), headKindName(out.head)}, {QStringLiteral("units"), out.units}});
    o.insert(QStringLiteral("outputs"), outputArray);
    o.insert(QStringLiteral("calibration"),
             QJsonObject{{QStringLiteral("binary_temperature"), calibration.binaryTemperature},
                         {QStringLiteral("attribution_temperature"), calibration.attributionTemperature}});
    o.insert(QStringLiteral("decision"),
             QJsonObject{{QStringLiteral("fake_threshold"), decision.fakeThreshold},
                         {QStringLiteral("inconclusive_low"), decision.inconclusiveLow},
                         {QStringLiteral("inconclusive_high"), decision.inconclusiveHigh},
                         {QStringLiteral("min_frames"), decision.minFrames},
                         {QStringLiteral("min_method_probability"), decision.minMethodProbability},
                         {QStringLiteral("max_energy"), decision.maxEnergy}});
    o.insert(QStringLiteral("gradcam"), QJsonObject{{QStringLiteral("features_method"), gradcamFeaturesMethod},
                                                    {QStringLiteral("head_method"), gradcamHeadMethod}});
    o.insert(QStringLiteral("training"), training);
    o.insert(QStringLiteral("metrics"), metrics);
    o.insert(QStringLiteral("limitations"), QJsonArray::fromStringList(limitations));
    o.insert(QStringLiteral("license"), license);
    return o;
}

Status ModelCard::save(const QString &path) const
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return makeError(Error::Code::IoError,
                         QCoreApplication::translate("fp::inference", "Cannot write model card %1: %2")
                             .arg(path, file.errorString()));
    file.write(QJsonDocument(toJson()).toJson(QJsonDocument::Indented));
    if (!file.commit())
        return makeError(Error::Code::IoError,
                         QCoreApplication::translate("fp::inference", "Cannot write model card %1: %2")
                             .arg(path, file.errorString()));
    return Ok{};
}

Status ModelCard::validate() const
{
    CardReader reader(cardPath);
    checkTraining(training, reader);
    checkSemantics(*this, reader);
    if (reader.failed())
        return reader.error();
    return Ok{};
}

QString ModelCard::weightsPath() const
{
    if (cardPath.isEmpty())
        return weights;
    return QFileInfo(cardPath).absoluteDir().filePath(weights);
}

Status ModelCard::verifyWeights() const
{
    const QString path = weightsPath();
    if (!QFileInfo::exists(path))
        return makeError(Error::Code::NotFound,
                         QCoreApplication::translate("fp::inference",
                                                     "Model card %1: field 'weights' names %2, which does not exist")
                             .arg(cardPath, path));
    auto digests = hashFile(path);
    if (!digests)
        return digests.error();
    if (digests->sha256 != sha256)
        return makeError(Error::Code::ChecksumMismatch,
                         QCoreApplication::translate(
                             "fp::inference",
                             "Model card %1: field 'sha256' is %2 but the weights file %3 hashes to %4; the weights "
                             "were changed or belong to another card. Refusing to load it.")
                             .arg(cardPath, sha256, path, digests->sha256));
    return Ok{};
}

int ModelCard::outputIndex(HeadKind head) const
{
    for (size_t i = 0; i < outputs.size(); ++i) {
        if (outputs[i].head == head)
            return int(i);
    }
    return -1;
}

int ModelCard::binaryUnits() const
{
    const int index = outputIndex(HeadKind::Binary);
    return index < 0 ? 0 : outputs[size_t(index)].units;
}

int ModelCard::realClassIndex() const
{
    for (size_t i = 0; i < classes.size(); ++i) {
        if (classes[i].key == QLatin1String("real"))
            return int(i);
    }
    return -1;
}

std::vector<int> ModelCard::fakeClassIndices() const
{
    std::vector<int> out;
    for (size_t i = 0; i < classes.size(); ++i) {
        if (classes[i].key != QLatin1String("real"))
            out.push_back(int(i));
    }
    return out;
}

QString ModelCard::displayName() const
{
    return QStringLiteral("%1 %2").arg(name, version);
}

QString headKindName(HeadKind head)
{
    return head == HeadKind::Binary ? QStringLiteral("binary") : QStringLiteral("attribution");
}

QString colorOrderName(ColorOrder order)
{
    return order == ColorOrder::Bgr ? QStringLiteral("BGR") : QStringLiteral("RGB");
}

} // namespace fp::inference
