#include "core/inference/ClassifierImpl.h"

#include "core/inference/Preprocess.h"

#include <QCoreApplication>
#include <QThread>

#include <torch/cuda.h>

#include <cmath>
#include <limits>
#include <stdexcept>

namespace fp::inference {

namespace {

// A mismatch between the module and its card, already phrased for the user.
struct CardMismatch : std::runtime_error {
    using std::runtime_error::runtime_error;
};

QString firstLine(const QString &text)
{
    const QString trimmed = text.trimmed();
    const qsizetype newline = trimmed.indexOf(QLatin1Char('\n'));
    return newline < 0 ? trimmed : trimmed.left(newline);
}

// The useful line of a LibTorch exception: c10::Error without its backtrace, or the last line of a TorchScript
// interpreter traceback (where the original RuntimeError stands).
QString torchMessage(const std::exception &e)
{
    if (const auto *c10error = dynamic_cast<const c10::Error *>(&e))
        return firstLine(QString::fromUtf8(c10error->what_without_backtrace()));
    const QString text = QString::fromUtf8(e.what()).trimmed();
    if (text.contains(QLatin1String("Traceback of TorchScript")))
        return text.mid(text.lastIndexOf(QLatin1Char('\n')) + 1).trimmed();
    return firstLine(text);
}

QString shapeString(const torch::Tensor &t)
{
    QStringList dims;
    for (const int64_t d : t.sizes())
        dims << QString::number(d);
    return QStringLiteral("[%1]").arg(dims.join(QStringLiteral(", ")));
}

void setEvalMode(torch::jit::Module &module)
{
    for (torch::jit::Module m : module.modules()) {
        if (m.hasattr("training"))
            m.setattr("training", false);
    }
}

// Checks forward() and the Grad-CAM methods against the card on a dummy batch.
void checkModule(Classifier::Impl &impl)
{
    const ModelCard &card = impl.card;
    const QString cardPath = card.cardPath;
    for (const QString &method : {card.gradcamFeaturesMethod, card.gradcamHeadMethod}) {
        if (!impl.module.find_method(method.toStdString()))
            throw CardMismatch(
                QCoreApplication::translate(
                    "fp::inference",
                    "Model card %1: field 'gradcam.%2' names the method '%3', which the TorchScript module does not "
                    "have")
                    .arg(cardPath,
                         method == card.gradcamFeaturesMethod ? QStringLiteral("features_method")
                                                              : QStringLiteral("head_method"),
                         method)
                    .toStdString());
    }
    const int64_t size = card.input.size;
    const torch::Tensor dummy =
        torch::linspace(-1.0, 1.0, 2 * 3 * size * size).reshape({2, 3, size, size}).to(impl.device);
    torch::NoGradGuard noGrad;
    c10::IValue out;
    try {
        out = impl.module.forward({dummy});
    } catch (const std::exception &e) {
        throw CardMismatch(QCoreApplication::translate(
                               "fp::inference",
                               "Model card %1: field 'input.size' is %2, but the module rejects a [2, 3, %2, %2] "
                               "input: %3")
                               .arg(cardPath)
                               .arg(size)
                               .arg(torchMessage(e))
                               .toStdString());
    }
    const std::vector<torch::Tensor> outputs = impl.splitOutputs(out);
    for (size_t i = 0; i < outputs.size(); ++i) {
        const torch::Tensor &t = outputs[i];
        const ModelOutput &spec = card.outputs[i];
        if (t.dim() != 2 || t.size(0) != 2 || t.size(1) != spec.units) {
            const QString unitsNote =
                spec.head == HeadKind::Attribution
                    ? QCoreApplication::translate("fp::inference", " (one per class in 'classes')")
                    : QString();
            throw CardMismatch(
                QCoreApplication::translate("fp::inference",
                                            "Model card %1: field 'outputs[%2].units' says the %3 head has %4 units%5, "
                                            "but for a batch of 2 the module returns a tensor of shape %6")
                    .arg(cardPath)
                    .arg(i)
                    .arg(headKindName(spec.head))
                    .arg(spec.units)
                    .arg(unitsNote, shapeString(t))
                    .toStdString());
        }
    }
    // The contract: forward(x) == head(features(x)); Grad-CAM relies on it.
    const c10::IValue features = impl.module.get_method(card.gradcamFeaturesMethod.toStdString())({dummy});
    if (!features.isTensor() || features.toTensor().dim() != 4)
        throw CardMismatch(QCoreApplication::translate(
                               "fp::inference",
                               "Model card %1: field 'gradcam.features_method': '%2' must return a feature map "
                               "[N, C, h, w]")
                               .arg(cardPath, card.gradcamFeaturesMethod)
                               .toStdString());
    const std::vector<torch::Tensor> viaHead =
        impl.splitOutputs(impl.module.get_method(card.gradcamHeadMethod.toStdString())({features}));
    for (size_t i = 0; i < outputs.size(); ++i) {
        if (!torch::allclose(viaHead[i], outputs[i], 1e-3, 1e-4))
            throw CardMismatch(QCoreApplication::translate(
                                   "fp::inference",
                                   "Model card %1: field 'gradcam.head_method': %2(%3(x)) differs from forward(x) "
                                   "for output %4")
                                   .arg(cardPath, card.gradcamHeadMethod, card.gradcamFeaturesMethod)
                                   .arg(i)
                                   .toStdString());
    }
}

} // namespace

Error torchError(const ModelCard &card, const QString &what, const std::exception &e)
{
    const QString message = torchMessage(e);
    return makeError(Error::Code::ModelInvalid,
                     QCoreApplication::translate("fp::inference", "Model %1 (%2): %3 failed: %4")
                         .arg(card.displayName(), card.weightsPath(), what, message));
}

torch::Tensor Classifier::Impl::makeBatch(const std::vector<QImage> &crops, size_t begin, size_t end) const
{
    const int64_t size = card.input.size;
    torch::Tensor batch = torch::empty({int64_t(end - begin), 3, size, size}, torch::kFloat32);
    float *data = batch.data_ptr<float>();
    const size_t stride = size_t(3 * size * size);
    for (size_t i = begin; i < end; ++i)
        fillInputTensor(crops[i], card.input, data + (i - begin) * stride);
    return batch.to(device);
}

std::vector<torch::Tensor> Classifier::Impl::splitOutputs(const c10::IValue &value) const
{
    std::vector<torch::Tensor> out;
    if (value.isTensor()) {
        out.push_back(value.toTensor());
    } else if (value.isTuple()) {
        for (const c10::IValue &element : value.toTupleRef().elements()) {
            if (!element.isTensor())
                throw CardMismatch(
                    QCoreApplication::translate(
                        "fp::inference",
                        "Model card %1: field 'outputs': the module returns a tuple holding something other than "
                        "tensors")
                        .arg(card.cardPath)
                        .toStdString());
            out.push_back(element.toTensor());
        }
    } else if (value.isTensorList()) {
        for (const torch::Tensor &t : value.toTensorVector())
            out.push_back(t);
    } else {
        throw CardMismatch(QCoreApplication::translate(
                               "fp::inference", "Model card %1: field 'outputs': the module returns %2, not tensors")
                               .arg(card.cardPath, QString::fromStdString(value.tagKind()))
                               .toStdString());
    }
    if (out.size() != card.outputs.size())
        throw CardMismatch(
            QCoreApplication::translate(
                "fp::inference", "Model card %1: field 'outputs' lists %2 heads, but the module returns %3 tensors")
                .arg(card.cardPath)
                .arg(card.outputs.size())
                .arg(out.size())
                .toStdString());
    return out;
}

Classifier::Classifier(std::unique_ptr<Impl> impl) : d(std::move(impl))
{
}

Classifier::~Classifier() = default;

bool Classifier::cudaAvailable()
{
    try {
        return torch::cuda::is_available();
    } catch (const std::exception &) {
        return false;
    }
}

Result<std::unique_ptr<Classifier>> Classifier::load(const ModelCard &card, DeviceChoice device, int cpuThreads)
{
    if (auto valid = card.validate(); !valid)
        return valid.error();
    if (auto verified = card.verifyWeights(); !verified)
        return verified.error();
    const bool cuda = cudaAvailable();
    if (device == DeviceChoice::Cuda && !cuda)
        return makeError(Error::Code::InvalidArgument,
                         QCoreApplication::translate(
                             "fp::inference",
                             "CUDA was requested for model %1, but LibTorch sees no CUDA device; choose CPU or Auto")
                             .arg(card.displayName()));
    auto impl = std::make_unique<Impl>();
    impl->card = card;
    impl->device = (device == DeviceChoice::Cpu || !cuda) ? torch::Device(torch::kCPU) : torch::Device(torch::kCUDA, 0);
    impl->cpuThreads = cpuThreads > 0 ? cpuThreads : std::max(1, QThread::idealThreadCount());
    try {
        if (impl->device.is_cpu())
            at::set_num_threads(impl->cpuThreads);
        impl->module = torch::jit::load(card.weightsPath().toStdString(), impl->device);
        setEvalMode(impl->module);
        checkModule(*impl);
    } catch (const CardMismatch &e) {
        return makeError(Error::Code::ModelInvalid, QString::fromStdString(e.what()));
    } catch (const std::exception &e) {
        return torchError(card, QCoreApplication::translate("fp::inference", "loading the TorchScript module"), e);
    }
    return std::unique_ptr<Classifier>(new Classifier(std::move(impl)));
}

const ModelCard &Classifier::card() const
{
    return d->card;
}

bool Classifier::usesCuda() const
{
    return d->device.is_cuda();
}

QString Classifier::deviceName() const
{
    if (d->device.is_cuda())
        return QStringLiteral("cuda:%1").arg(d->device.index());
    return QStringLiteral("cpu (%1 threads)").arg(d->cpuThreads);
}

Result<std::vector<CropScores>> Classifier::classify(const std::vector<QImage> &crops, int maxBatch)
{
    std::lock_guard lock(d->mutex);
    const ModelCard &card = d->card;
    const int binaryIndex = card.outputIndex(HeadKind::Binary);
    const int attributionIndex = card.outputIndex(HeadKind::Attribution);
    const int realIndex = card.realClassIndex();
    const double tb = card.calibration.binaryTemperature;
    const double ta = card.calibration.attributionTemperature;
    const size_t chunk = size_t(std::max(1, maxBatch));
    constexpr float nan = std::numeric_limits<float>::quiet_NaN();
    std::vector<CropScores> scores;
    scores.reserve(crops.size());
    for (size_t i = 0; i < crops.size(); ++i) {
        if (crops[i].isNull())
            return makeError(
                Error::Code::InvalidArgument,
                QCoreApplication::translate("fp::inference", "Crop %1 of the batch is an empty image").arg(i));
    }
    try {
        torch::NoGradGuard noGrad;
        if (d->device.is_cpu() && at::get_num_threads() != d->cpuThreads)
            at::set_num_threads(d->cpuThreads);
        for (size_t begin = 0; begin < crops.size(); begin += chunk) {
            const size_t end = std::min(crops.size(), begin + chunk);
            const std::vector<torch::Tensor> outputs =
                d->splitOutputs(d->module.forward({d->makeBatch(crops, begin, end)}));
            torch::Tensor pFake;
            torch::Tensor probs;
            torch::Tensor energy;
            torch::Tensor maxLogit;
            if (attributionIndex >= 0) {
                const torch::Tensor z = outputs[size_t(attributionIndex)].to(torch::kCPU, torch::kFloat32);
                const torch::Tensor scaled = z / ta;
                probs = torch::softmax(scaled, 1).contiguous();
                energy = (-ta * torch::logsumexp(scaled, 1)).contiguous();
                maxLogit = std::get<0>(z.max(1)).contiguous();
                if (binaryIndex < 0)
                    pFake = (1.0 - probs.select(1, realIndex)).contiguous();
            }
            if (binaryIndex >= 0) {
                const torch::Tensor z = outputs[size_t(binaryIndex)].to(torch::kCPU, torch::kFloat32);
                pFake = (z.size(1) == 1 ? torch::sigmoid(z.select(1, 0) / tb) : torch::softmax(z / tb, 1).select(1, 1))
                            .contiguous();
            }
            const int64_t classes = probs.defined() ? probs.size(1) : 0;
            for (size_t i = 0; i < end - begin; ++i) {
                CropScores s;
                s.hasBinary = binaryIndex >= 0;
                s.hasAttribution = attributionIndex >= 0;
                s.pFake = pFake.data_ptr<float>()[i];
                if (s.hasAttribution) {
                    const float *row = probs.data_ptr<float>() + int64_t(i) * classes;
                    s.classProbabilities.assign(row, row + classes);
                    s.energy = energy.data_ptr<float>()[i];
                    s.maxLogit = maxLogit.data_ptr<float>()[i];
                } else {
                    s.energy = nan;
                    s.maxLogit = nan;
                }
                scores.push_back(std::move(s));
            }
        }
    } catch (const std::exception &e) {
        return torchError(card, QCoreApplication::translate("fp::inference", "scoring %1 crops").arg(crops.size()), e);
    }
    return scores;
}

} // namespace fp::inference
