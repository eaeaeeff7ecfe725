#include "core/lab/train/LabCard.h"

#include "core/common/Sha256.h"
#include "core/lab/train/LabDataset.h"
#include "core/lab/train/Trainer.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>

#include <cmath>

namespace fp::lab {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("fp::lab::LabCard", text);
}

double round4(double v)
{
    return std::round(v * 10000.0) / 10000.0;
}

QJsonArray array3(const std::array<float, 3> &v)
{
    return QJsonArray{round4(v[0]), round4(v[1]), round4(v[2])};
}

QString lossDescription(const TrainParams &p)
{
    QStringList parts;
    if (p.network.attributionUnits > 0)
        parts << QStringLiteral("cross-entropy on the attribution head (inverse-frequency class weights)");
    if (p.network.binaryHead)
        parts << QStringLiteral("cross-entropy on the binary head (real/fake, inverse-frequency weights)");
    if (p.supCon)
        parts << QStringLiteral("SupCon (temperature %1) on the L2-normalised %2-d projection, positives = same class")
                     .arg(p.supConTemperature)
                     .arg(p.network.projectionDim);
    QString weights = p.learnedLossWeights
                          ? QStringLiteral("summed with learned uncertainty weights exp(-s_k) L_k + s_k")
                          : QStringLiteral("weighted sum, fixed weights 1 (attribution), %1 (binary), %2 (SupCon)")
                                .arg(p.binaryWeight)
                                .arg(p.supConWeight);
    QString s =
        parts.join(QStringLiteral(" + ")) + QStringLiteral("; ") + weights +
        QStringLiteral("; Adam lr %1, StepLR gamma %2 every %3 epoch(s), batch %4; early stopping on validation "
                       "macro-F1 (patience %5)")
            .arg(p.learningRate)
            .arg(p.gamma)
            .arg(p.stepSize)
            .arg(p.batchSize)
            .arg(p.patience);
    if (p.pretrainEpochs > 0)
        s += QStringLiteral("; backbone pre-trained %1 epoch(s) on %2 image-transformation classes (DNA-Det)")
                 .arg(p.pretrainEpochs)
                 .arg(Augmenter::transformClassCount());
    return s;
}

} // namespace

QJsonObject LabCard::build(const TrainParams &p, const TrainResult &r, const QString &sha256)
{
    QJsonObject card;
    card[QStringLiteral("format")] = QStringLiteral("fakeprint-model-card");
    card[QStringLiteral("format_version")] = 1;
    card[QStringLiteral("name")] = p.name;
    card[QStringLiteral("version")] = p.version;
    card[QStringLiteral("weights")] = QFileInfo(r.weightsPath).fileName();
    card[QStringLiteral("sha256")] = sha256;
    card[QStringLiteral("architecture")] = p.network.describe();
    QJsonObject input;
    input[QStringLiteral("size")] = p.network.inputSize;
    input[QStringLiteral("color_order")] = p.input.bgr ? QStringLiteral("BGR") : QStringLiteral("RGB");
    input[QStringLiteral("mean")] = array3(p.input.mean);
    input[QStringLiteral("std")] = array3(p.input.std);
    input[QStringLiteral("crop_scale")] = p.input.cropScale;
    input[QStringLiteral("resize")] = QStringLiteral("area");
    card[QStringLiteral("input")] = input;
    QJsonArray classes;
    const int classCount = p.network.attributionUnits > 0 ? p.network.attributionUnits : int(labClasses().size());
    for (int c = 0; c < classCount && c < int(labClasses().size()); ++c) {
        const ManipulationClassInfo &lc = labClasses()[std::size_t(c)];
        classes.append(QJsonObject{{QStringLiteral("id"), int(lc.id)},
                                   {QStringLiteral("key"), QString::fromLatin1(lc.key)},
                                   {QStringLiteral("label"), QString::fromLatin1(lc.label)},
                                   {QStringLiteral("description"), QString::fromLatin1(lc.description)}});
    }
    card[QStringLiteral("classes")] = classes;
    QJsonArray outputs;
    for (const OutputSpec &o : p.network.outputs())
        outputs.append(QJsonObject{{QStringLiteral("head"), o.head == HeadKind::Binary ? QStringLiteral("binary")
                                                                                       : QStringLiteral("attribution")},
                                   {QStringLiteral("units"), o.units}});
    card[QStringLiteral("outputs")] = outputs;
    const CalibrationResult &c = r.calibration;
    card[QStringLiteral("calibration")] = QJsonObject{
        {QStringLiteral("binary_temperature"), round4(c.binaryTemperature)},
        {QStringLiteral("attribution_temperature"), round4(c.attributionTemperature)},
        {QStringLiteral("method"), QStringLiteral("temperature scaling, NLL minimised on the validation split "
                                                  "(grid + golden-section search over log T)")},
        {QStringLiteral("validation_nll"),
         QJsonObject{{QStringLiteral("binary_before"), round4(c.binaryNllBefore)},
                     {QStringLiteral("binary_after"), round4(c.binaryNllAfter)},
                     {QStringLiteral("attribution_before"), round4(c.attributionNllBefore)},
                     {QStringLiteral("attribution_after"), round4(c.attributionNllAfter)}}}};
    card[QStringLiteral("decision")] = QJsonObject{
        {QStringLiteral("fake_threshold"), round4(c.fakeThreshold)},
        {QStringLiteral("inconclusive_low"), round4(c.inconclusiveLow)},
        {QStringLiteral("inconclusive_high"), round4(c.inconclusiveHigh)},
        {QStringLiteral("min_frames"), 5},
        {QStringLiteral("min_method_probability"), round4(c.minMethodProbability)},
        {QStringLiteral("max_energy"), round4(c.maxEnergy)},
        {QStringLiteral("notes"),
         QStringLiteral("fake_threshold: best balanced accuracy on validation; inconclusive band: threshold +/- 0.15; "
                        "max_energy: the %1 quantile of the attribution energy on validation; min_method_probability: "
                        "5 % quantile of the winning fake-class probability (renormalised) on validation fakes")
             .arg(c.energyQuantile)}};
    card[QStringLiteral("gradcam")] = QJsonObject{{QStringLiteral("features_method"), QStringLiteral("features")},
                                                  {QStringLiteral("head_method"), QStringLiteral("head")}};
    QJsonArray history;
    for (const EpochRecord &e : r.history)
        history.append(QJsonObject{{QStringLiteral("epoch"), e.epoch},
                                   {QStringLiteral("train_loss"), round4(e.trainLoss)},
                                   {QStringLiteral("validation_macro_f1"), round4(e.validationMacroF1)},
                                   {QStringLiteral("validation_auc"), round4(e.validationAuc)},
                                   {QStringLiteral("learning_rate"), e.learningRate},
                                   {QStringLiteral("seconds"), round4(e.seconds)}});
    card[QStringLiteral("training")] = QJsonObject{
        {QStringLiteral("data"), r.dataSummary},
        {QStringLiteral("synthetic"), true},
        {QStringLiteral("seed"), qint64(p.seed)},
        {QStringLiteral("command"), p.command},
        {QStringLiteral("epochs"), r.epochsRun},
        {QStringLiteral("best_epoch"), r.bestEpoch},
        {QStringLiteral("loss"), lossDescription(p)},
        {QStringLiteral("augmentations"),
         QStringLiteral("random square crop 85-100 %, horizontal flip, colour jitter (p 0.5), Gaussian blur (p %1), "
                        "JPEG re-compression q 40-95 (p %2); evaluation: whole crop resized (area)")
             .arg(p.augment.blurProbability)
             .arg(p.augment.jpegProbability)},
        {QStringLiteral("train_seconds"), std::round(r.trainSeconds + r.pretrainSeconds)},
        {QStringLiteral("threads"), p.threads},
        {QStringLiteral("history"), history}};
    QJsonObject metrics;
    metrics[QStringLiteral("validation")] = reportToJson(r.validation);
    QJsonObject heldOut;
    for (const auto &e : r.heldOut)
        heldOut[e.dataset] = reportToJson(e);
    metrics[QStringLiteral("held_out_identities")] = heldOut;
    QJsonObject others;
    for (const auto &e : r.others)
        others[e.dataset] = reportToJson(e);
    metrics[QStringLiteral("other_datasets")] = others;
    metrics[QStringLiteral("cpu_crops_per_second")] =
        QJsonObject{{QStringLiteral("value"), std::round(r.cropsPerSecond)},
                    {QStringLiteral("batch"), 32},
                    {QStringLiteral("threads"), p.threads},
                    {QStringLiteral("note"), QStringLiteral("forward() only, measured right after training")}};
    card[QStringLiteral("metrics")] = metrics;
    card[QStringLiteral("limitations")] = QJsonArray{
        QStringLiteral("Trained only on synthetic manipulations made by Fakeprint's own generator (fakeprint-lab "
                       "synth) from the face photos the set-up installs (the sample photos of the npm package "
                       "@vladmandic/face-api); it has NOT been validated on real deepfakes (FaceForensics++, "
                       "Celeb-DF, DFDC or videos found in the wild). Treat its output as a lead for an examiner, "
                       "never as proof."),
        QStringLiteral("The class names (Deepfakes, Face2Face, FaceSwap, NeuralTextures, FaceShifter) name the "
                       "generator's imitations of those methods, not the methods themselves."),
        QStringLiteral("Small CPU network (%1x%1 input): heavy compression, low resolution or faces smaller than about "
                       "64 pixels degrade it; methods outside the six classes may be attributed to the nearest class, "
                       "so the energy and method-probability thresholds flag them only partly.")
            .arg(p.network.inputSize)};
    card[QStringLiteral("license")] = p.license;
    return card;
}

Status LabCard::write(const QJsonObject &card, const QString &path)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return makeError(Error::Code::IoError, tr("Cannot write the model card %1: %2").arg(path, file.errorString()));
    file.write(QJsonDocument(card).toJson(QJsonDocument::Indented));
    if (!file.commit())
        return makeError(Error::Code::IoError, tr("Cannot write the model card %1: %2").arg(path, file.errorString()));
    return Ok{};
}

QString LabCard::name() const
{
    return m_json.value(QStringLiteral("name")).toString();
}

Result<LabCard> LabCard::load(const QString &cardPath)
{
    QFile file(cardPath);
    if (!file.open(QIODevice::ReadOnly))
        return makeError(Error::Code::NotFound,
                         tr("Cannot open the model card %1: %2").arg(cardPath, file.errorString()));
    QJsonParseError pe;
    const QJsonDocument doc = QJsonDocument::fromJson(file.readAll(), &pe);
    if (!doc.isObject())
        return makeError(Error::Code::ModelInvalid,
                         tr("The model card %1 is not a JSON object: %2").arg(cardPath, pe.errorString()));
    LabCard card;
    card.m_json = doc.object();
    const QJsonObject &o = card.m_json;
    auto bad = [&](const char *field, const QString &why) {
        return makeError(Error::Code::ModelInvalid,
                         tr("The model card %1: field '%2' %3").arg(cardPath, QString::fromLatin1(field), why));
    };
    if (o.value(QStringLiteral("format")).toString() != QLatin1String("fakeprint-model-card"))
        return bad("format", tr("must be \"fakeprint-model-card\""));
    const QString weights = o.value(QStringLiteral("weights")).toString();
    if (weights.isEmpty() || weights.contains(QLatin1Char('/')))
        return bad("weights", tr("must name a file beside the card"));
    card.m_weightsPath = QFileInfo(cardPath).absoluteDir().filePath(weights);
    const QString sha = o.value(QStringLiteral("sha256")).toString();
    auto digest = hashFile(card.m_weightsPath);
    if (!digest)
        return digest.error();
    if (digest->sha256 != sha)
        return makeError(Error::Code::ChecksumMismatch, tr("The model card %1: sha256 %2 does not match the weights %3 "
                                                           "(%4); the weights were changed or the card is stale")
                                                            .arg(cardPath, sha, card.m_weightsPath, digest->sha256));
    const QJsonObject input = o.value(QStringLiteral("input")).toObject();
    card.m_input.size = input.value(QStringLiteral("size")).toInt();
    if (card.m_input.size < 16 || card.m_input.size > 1024)
        return bad("input.size", tr("must be an integer in 16..1024"));
    card.m_input.bgr = input.value(QStringLiteral("color_order")).toString() == QLatin1String("BGR");
    const QJsonArray mean = input.value(QStringLiteral("mean")).toArray();
    const QJsonArray stdv = input.value(QStringLiteral("std")).toArray();
    if (mean.size() != 3 || stdv.size() != 3)
        return bad("input.mean", tr("and input.std must be arrays of 3 numbers"));
    for (int k = 0; k < 3; ++k) {
        card.m_input.mean[std::size_t(k)] = float(mean.at(k).toDouble());
        card.m_input.std[std::size_t(k)] = float(stdv.at(k).toDouble(1.0));
    }
    card.m_input.cropScale = input.value(QStringLiteral("crop_scale")).toDouble(1.3);
    card.m_classCount = int(o.value(QStringLiteral("classes")).toArray().size());
    for (const QJsonValue &v : o.value(QStringLiteral("outputs")).toArray()) {
        const QJsonObject out = v.toObject();
        const QString head = out.value(QStringLiteral("head")).toString();
        OutputSpec spec;
        spec.units = out.value(QStringLiteral("units")).toInt();
        if (head == QLatin1String("binary"))
            spec.head = HeadKind::Binary;
        else if (head == QLatin1String("attribution"))
            spec.head = HeadKind::Attribution;
        else
            return bad("outputs", tr("has a head '%1' (expected binary or attribution)").arg(head));
        if (spec.head == HeadKind::Attribution && spec.units != card.m_classCount)
            return bad("outputs",
                       tr("has an attribution head of %1 units for %2 classes").arg(spec.units).arg(card.m_classCount));
        card.m_outputs.push_back(spec);
    }
    if (card.m_outputs.empty())
        return bad("outputs", tr("must list at least one head"));
    const QJsonObject cal = o.value(QStringLiteral("calibration")).toObject();
    card.m_binaryT = cal.value(QStringLiteral("binary_temperature")).toDouble(1.0);
    card.m_attributionT = cal.value(QStringLiteral("attribution_temperature")).toDouble(1.0);
    if (card.m_binaryT <= 0 || card.m_attributionT <= 0)
        return bad("calibration", tr("temperatures must be > 0"));
    card.m_fakeThreshold =
        o.value(QStringLiteral("decision")).toObject().value(QStringLiteral("fake_threshold")).toDouble(0.5);
    return card;
}

} // namespace fp::lab
