#include "core/lab/train/ModelRunner.h"

#include "core/lab/train/Augmenter.h"
#include "core/lab/train/TorchSupport.h"

#include <QCoreApplication>

#include <ATen/Parallel.h>

#include <opencv2/imgproc.hpp>

#include <chrono>
#include <thread>

namespace fp::lab {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("fp::lab::ModelRunner", text);
}

} // namespace

at::Tensor makeBatch(const std::vector<cv::Mat> &images, const InputSpec &input)
{
    const int s = input.size;
    at::Tensor batch = at::empty({int64_t(images.size()), 3, s, s}, at::kFloat);
    float *dst = batch.data_ptr<float>();
    for (std::size_t i = 0; i < images.size(); ++i) {
        cv::Mat img = images[i];
        if (input.bgr) {
            cv::Mat swapped;
            cv::cvtColor(img, swapped, cv::COLOR_RGB2BGR);
            img = swapped;
        }
        Augmenter::writeNormalizedChw(img, input.mean, input.std, dst + i * std::size_t(3 * s * s));
    }
    return batch;
}

void splitOutputs(const c10::IValue &out, const std::vector<OutputSpec> &outputs, at::Tensor &binary,
                  at::Tensor &attribution)
{
    std::vector<at::Tensor> tensors;
    if (out.isTuple()) {
        for (const auto &e : out.toTuple()->elements())
            tensors.push_back(e.toTensor());
    } else {
        tensors.push_back(out.toTensor());
    }
    if (tensors.size() != outputs.size())
        throw std::runtime_error("forward returned " + std::to_string(tensors.size()) + " tensors, the outputs list " +
                                 std::to_string(outputs.size()));
    for (std::size_t k = 0; k < outputs.size(); ++k) {
        if (tensors[k].dim() != 2 || tensors[k].size(1) != outputs[k].units)
            throw std::runtime_error("output " + std::to_string(k) + " has shape " + c10::str(tensors[k].sizes()) +
                                     ", expected [N, " + std::to_string(outputs[k].units) + "]");
        (outputs[k].head == HeadKind::Binary ? binary : attribution) = tensors[k];
    }
}

Predictions predictModule(torch::jit::Module &module, const std::vector<LabSample> &samples, const InputSpec &input,
                          const std::vector<OutputSpec> &outputs, int batchSize)
{
    const bool wasTraining = module.is_training();
    module.eval();
    at::NoGradGuard noGrad;
    Predictions p;
    for (const auto &o : outputs)
        (o.head == HeadKind::Binary ? p.binaryUnits : p.attributionUnits) = o.units;
    for (std::size_t start = 0; start < samples.size(); start += std::size_t(batchSize)) {
        const std::size_t end = std::min(samples.size(), start + std::size_t(batchSize));
        std::vector<cv::Mat> images;
        for (std::size_t i = start; i < end; ++i) {
            images.push_back(Augmenter::evaluate(samples[i].rgb, input.size));
            p.labels.push_back(samples[i].classId);
        }
        at::Tensor binary, attribution;
        splitOutputs(module.forward({makeBatch(images, input)}), outputs, binary, attribution);
        if (binary.defined()) {
            const at::Tensor c = binary.contiguous();
            p.binaryLogits.insert(p.binaryLogits.end(), c.data_ptr<float>(), c.data_ptr<float>() + c.numel());
        }
        if (attribution.defined()) {
            const at::Tensor c = attribution.contiguous();
            p.attributionLogits.insert(p.attributionLogits.end(), c.data_ptr<float>(), c.data_ptr<float>() + c.numel());
        }
    }
    module.train(wasTraining);
    return p;
}

double measureThroughput(torch::jit::Module &module, const InputSpec &input, int batchSize, int batches)
{
    const bool wasTraining = module.is_training();
    module.eval();
    at::NoGradGuard noGrad;
    const at::Tensor x = at::randn({batchSize, 3, input.size, input.size});
    module.forward({x});
    const auto start = std::chrono::steady_clock::now();
    for (int b = 0; b < batches; ++b)
        module.forward({x});
    const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    module.train(wasTraining);
    return seconds > 0 ? double(batchSize) * batches / seconds : 0.0;
}

struct ModelRunner::Impl {
    torch::jit::Module module;
    InputSpec input;
    std::vector<OutputSpec> outputs;
    QString path;
};

ModelRunner::ModelRunner() : d(std::make_unique<Impl>())
{
}
ModelRunner::ModelRunner(ModelRunner &&) noexcept = default;
ModelRunner &ModelRunner::operator=(ModelRunner &&) noexcept = default;
ModelRunner::~ModelRunner() = default;

Result<ModelRunner> ModelRunner::load(const QString &weightsPath, const InputSpec &input,
                                      const std::vector<OutputSpec> &outputs)
{
    ModelRunner r;
    try {
        r.d->module = torch::jit::load(weightsPath.toStdString(), c10::Device(c10::kCPU));
    } catch (const std::exception &e) {
        return makeError(Error::Code::ModelInvalid,
                         tr("Cannot load the TorchScript model %1: %2")
                             .arg(weightsPath, QString::fromUtf8(e.what()).section(QLatin1Char('\n'), 0, 0)));
    }
    r.d->module.eval();
    r.d->input = input;
    r.d->outputs = outputs;
    r.d->path = weightsPath;
    return r;
}

Result<Predictions> ModelRunner::predict(const std::vector<LabSample> &samples, int batchSize)
{
    try {
        return predictModule(d->module, samples, d->input, d->outputs, batchSize);
    } catch (const std::exception &e) {
        return makeError(Error::Code::ModelInvalid,
                         tr("The model %1 failed on a batch: %2")
                             .arg(d->path, QString::fromUtf8(e.what()).section(QLatin1Char('\n'), 0, 0)));
    }
}

Result<double> ModelRunner::throughput(int batchSize, int batches)
{
    try {
        return measureThroughput(d->module, d->input, batchSize, batches);
    } catch (const std::exception &e) {
        return makeError(Error::Code::ModelInvalid,
                         tr("The model %1 failed on a batch: %2")
                             .arg(d->path, QString::fromUtf8(e.what()).section(QLatin1Char('\n'), 0, 0)));
    }
}

void setTorchThreads(int threads)
{
    const int n = threads > 0 ? threads : int(std::max(1u, std::thread::hardware_concurrency()));
    at::set_num_threads(n);
}

int torchThreads()
{
    return at::get_num_threads();
}

} // namespace fp::lab
