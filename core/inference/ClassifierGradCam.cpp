// Grad-CAM and Grad-CAM++ over the card's features/head split (docs/model-contract.md).
#include "core/inference/ClassifierImpl.h"

#include <QCoreApplication>

namespace fp::inference {

namespace {

// The per-sample scalar to explain, [N]: see Classifier::gradcam().
torch::Tensor targetScore(const ModelCard &card, const std::vector<torch::Tensor> &outputs, int classIndex)
{
    if (classIndex >= 0)
        return outputs[size_t(card.outputIndex(HeadKind::Attribution))].select(1, classIndex);
    const int binaryIndex = card.outputIndex(HeadKind::Binary);
    if (binaryIndex >= 0) {
        const torch::Tensor &z = outputs[size_t(binaryIndex)];
        return z.size(1) == 1 ? z.select(1, 0) : z.select(1, 1) - z.select(1, 0);
    }
    const torch::Tensor &z = outputs[size_t(card.outputIndex(HeadKind::Attribution))];
    std::vector<int64_t> fake;
    for (const int i : card.fakeClassIndices())
        fake.push_back(i);
    const torch::Tensor fakeLogits = z.index_select(1, torch::tensor(fake, torch::kLong).to(z.device()));
    return torch::logsumexp(fakeLogits, 1) - z.select(1, card.realClassIndex());
}

// Class-activation maps [N, h, w] from the feature maps A and the gradients dY/dA, both [N, C, h, w].
torch::Tensor camFrom(const torch::Tensor &a, const torch::Tensor &grads, GradCamKind kind)
{
    torch::Tensor weights;
    if (kind == GradCamKind::GradCam) {
        weights = grads.mean({2, 3}, true);
    } else {
        // Grad-CAM++ (Chattopadhay et al. 2018) with the usual exponential-score shortcut: the higher
        // derivatives are powers of the first, alpha = g^2 / (2 g^2 + sum(A) g^3).
        const torch::Tensor g2 = grads.pow(2);
        const torch::Tensor g3 = grads.pow(3);
        torch::Tensor denominator = 2 * g2 + a.sum({2, 3}, true) * g3;
        denominator = torch::where(denominator != 0, denominator, torch::ones_like(denominator));
        const torch::Tensor alpha = g2 / denominator;
        weights = (alpha * torch::relu(grads)).sum({2, 3}, true);
    }
    return torch::relu((weights * a).sum(1));
}

} // namespace

Result<Heatmap> Classifier::gradcam(const QImage &crop, int classIndex, GradCamKind kind)
{
    auto maps = gradcamBatch({crop}, classIndex, kind);
    if (!maps)
        return maps.error();
    return std::move(maps->front());
}

Result<std::vector<Heatmap>> Classifier::gradcamBatch(const std::vector<QImage> &crops, int classIndex,
                                                      GradCamKind kind)
{
    std::lock_guard lock(d->mutex);
    const ModelCard &card = d->card;
    if (crops.empty())
        return std::vector<Heatmap>{};
    for (size_t i = 0; i < crops.size(); ++i) {
        if (crops[i].isNull())
            return makeError(
                Error::Code::InvalidArgument,
                QCoreApplication::translate("fp::inference", "Crop %1 of the batch is an empty image").arg(i));
    }
    if (classIndex >= 0 && (!card.hasAttribution() || classIndex >= int(card.classes.size())))
        return makeError(
            Error::Code::InvalidArgument,
            QCoreApplication::translate("fp::inference",
                                        "Grad-CAM: model %1 has no attribution class %2 (it has %3 classes%4)")
                .arg(card.displayName())
                .arg(classIndex)
                .arg(card.classes.size())
                .arg(card.hasAttribution() ? QString()
                                           : QCoreApplication::translate("fp::inference", " and no attribution head")));
    if (classIndex < -1)
        return makeError(
            Error::Code::InvalidArgument,
            QCoreApplication::translate("fp::inference", "Grad-CAM: class index %1 is invalid").arg(classIndex));

    std::vector<Heatmap> maps;
    try {
        if (d->device.is_cpu() && at::get_num_threads() != d->cpuThreads)
            at::set_num_threads(d->cpuThreads);
        const torch::Tensor x = d->makeBatch(crops, 0, crops.size());
        torch::Tensor features;
        {
            torch::NoGradGuard noGrad;
            features = d->module.get_method(card.gradcamFeaturesMethod.toStdString())({x}).toTensor();
        }
        // A leaf: the gradient of the score with respect to the feature map is all Grad-CAM needs.
        features = features.detach().clone().requires_grad_(true);
        torch::AutoGradMode enableGrad(true);
        const std::vector<torch::Tensor> outputs =
            d->splitOutputs(d->module.get_method(card.gradcamHeadMethod.toStdString())({features}));
        // Samples are independent (eval mode), so the gradient of the sum is each sample's own gradient.
        targetScore(card, outputs, classIndex).sum().backward();
        const torch::Tensor grads = features.grad();
        if (!grads.defined())
            throw std::runtime_error(
                QCoreApplication::translate("fp::inference", "the score does not depend on the output of '%1'")
                    .arg(card.gradcamFeaturesMethod)
                    .toStdString());
        const torch::Tensor cams = camFrom(features.detach(), grads, kind).to(torch::kCPU, torch::kFloat32);
        for (size_t i = 0; i < crops.size(); ++i) {
            const torch::Tensor cam = cams[int64_t(i)];
            const int width = crops[i].width();
            const int height = crops[i].height();
            const torch::Tensor up =
                at::upsample_bilinear2d(cam.unsqueeze(0).unsqueeze(0), {height, width}, false).squeeze().contiguous();
            Heatmap map;
            map.width = width;
            map.height = height;
            map.classIndex = classIndex;
            map.kind = kind;
            map.rawMax = cam.max().item<float>();
            const float upMax = up.max().item<float>();
            const float *data = up.data_ptr<float>();
            map.values.assign(data, data + size_t(width) * size_t(height));
            if (upMax > 0.f) {
                for (float &v : map.values)
                    v /= upMax;
            } else {
                std::fill(map.values.begin(), map.values.end(), 0.f);
            }
            maps.push_back(std::move(map));
        }
    } catch (const std::exception &e) {
        return torchError(card, QCoreApplication::translate("fp::inference", "Grad-CAM on %1 crops").arg(crops.size()),
                          e);
    }
    return maps;
}

} // namespace fp::inference
