#pragma once

#include "core/common/Result.h"
#include "core/inference/CropScores.h"
#include "core/inference/Heatmap.h"
#include "core/inference/ModelCard.h"

#include <QImage>
#include <QString>

#include <memory>
#include <vector>

namespace fp::inference {

enum class DeviceChoice { Auto, Cpu, Cuda };

// A loaded TorchScript model and its card. load() checks the weights' digest, loads the module on the chosen
// device and runs a dummy batch to check that the module accepts the card's input size and returns the heads the
// card declares. All calls are serialised by an internal mutex, so one Classifier may be shared between threads;
// for parallel work create one per worker. LibTorch errors never escape: they come back as fp::Error.
class Classifier {
public:
    ~Classifier();
    Classifier(const Classifier &) = delete;
    Classifier &operator=(const Classifier &) = delete;

    // cpuThreads: LibTorch's intra-op threads on CPU (process-wide setting); 0 = all cores.
    static Result<std::unique_ptr<Classifier>> load(const ModelCard &card, DeviceChoice device = DeviceChoice::Auto,
                                                    int cpuThreads = 0);
    static bool cudaAvailable();

    const ModelCard &card() const;
    bool usesCuda() const;
    QString deviceName() const; // "cpu (N threads)" or "cuda:0"

    // Scores crops of any size (converted to RGB, resized to the card's input size); batched on the device in
    // chunks of maxBatch. One CropScores per crop, in order.
    Result<std::vector<CropScores>> classify(const std::vector<QImage> &crops, int maxBatch = 32);

    // Grad-CAM (or Grad-CAM++) of the crop for attribution class classIndex, or for the binary fake score when
    // classIndex is -1 (the fake log-odds: the fake logit of a 1-unit head, fake minus real logit of a 2-unit
    // head, logsumexp of the fake classes minus the real logit without a binary head). The map has the crop's
    // size. It shows where the model's evidence came from, not which pixels are manipulated.
    Result<Heatmap> gradcam(const QImage &crop, int classIndex = -1, GradCamKind kind = GradCamKind::GradCam);
    // One map per crop, computed in one batched forward and backward pass.
    Result<std::vector<Heatmap>> gradcamBatch(const std::vector<QImage> &crops, int classIndex = -1,
                                              GradCamKind kind = GradCamKind::GradCam);

    struct Impl;

private:
    explicit Classifier(std::unique_ptr<Impl> impl);
    std::unique_ptr<Impl> d;
};

} // namespace fp::inference
