#include "core/lab/train/Trainer.h"

#include "core/common/Sha256.h"
#include "core/lab/train/LabCard.h"
#include "core/lab/train/LabDataset.h"
#include "core/lab/train/Losses.h"
#include "core/lab/train/ModelRunner.h"
#include "core/lab/train/Networks.h"
#include "core/lab/train/TorchSupport.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QSet>

#include <torch/optim/adam.h>
#include <torch/optim/schedulers/step_lr.h>

#include <algorithm>
#include <future>
#include <map>
#include <numeric>
#include <random>

namespace fp::lab {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("fp::lab::Trainer", text);
}

struct Batch {
    at::Tensor x;
    at::Tensor labels; // class ids (or transformation ids in pre-training)
};

// Named tensors of a module (parameters, then buffers), for keeping and restoring the best epoch.
std::vector<at::Tensor> snapshot(const torch::jit::Module &m)
{
    at::NoGradGuard noGrad;
    std::vector<at::Tensor> out;
    for (const auto &p : m.named_parameters())
        out.push_back(p.value.detach().clone());
    for (const auto &b : m.named_buffers())
        out.push_back(b.value.detach().clone());
    return out;
}

void restore(torch::jit::Module &m, const std::vector<at::Tensor> &state)
{
    at::NoGradGuard noGrad;
    std::size_t k = 0;
    for (const auto &p : m.named_parameters())
        p.value.copy_(state[k++]);
    for (const auto &b : m.named_buffers())
        b.value.copy_(state[k++]);
}

std::vector<at::Tensor> parameterList(const torch::jit::Module &m)
{
    std::vector<at::Tensor> out;
    for (const auto &p : m.parameters())
        out.push_back(p);
    return out;
}

// Inverse-frequency class weights so that a class with fewer crops counts as much in the loss.
at::Tensor classWeights(const std::vector<LabSample> &samples, int classes, bool binary)
{
    std::vector<double> counts(std::size_t(classes), 0.0);
    for (const auto &s : samples) {
        const int c = binary ? (s.classId != 0 ? 1 : 0) : s.classId;
        if (c >= 0 && c < classes)
            counts[std::size_t(c)] += 1.0;
    }
    const double present = double(std::count_if(counts.begin(), counts.end(), [](double c) { return c > 0; }));
    at::Tensor w = at::zeros({classes});
    for (int c = 0; c < classes; ++c)
        if (counts[std::size_t(c)] > 0)
            w[c] = double(samples.size()) / (present * counts[std::size_t(c)]);
    return w;
}

class ProgressClock {
public:
    void start(qint64 steps)
    {
        m_steps = steps;
        m_timer.start();
    }
    double eta(qint64 done) const
    {
        if (done <= 0)
            return -1.0;
        return double(m_timer.elapsed()) / 1000.0 / double(done) * double(m_steps - done);
    }
    double seconds() const { return double(m_timer.elapsed()) / 1000.0; }

private:
    QElapsedTimer m_timer;
    qint64 m_steps = 0;
};

Status cancelled()
{
    return makeError(Error::Code::Cancelled, tr("Training was cancelled"));
}

// DNA-Det's self-supervised pre-training: the backbone learns to tell image transformations (JPEG, blur,
// resizing, noise) apart on real crops, then the heads are trained on the lab's classes.
Status pretrain(torch::jit::Module &net, const TrainParams &params, const std::vector<LabSample> &train,
                const Trainer::ProgressFunction &progress, const std::atomic_bool *cancel, double &seconds)
{
    NetworkSpec spec = params.network;
    spec.binaryHead = false;
    spec.attributionUnits = Augmenter::transformClassCount();
    spec.projectionDim = 0;
    torch::jit::Module pre = buildNetwork(spec);
    std::vector<const LabSample *> reals;
    for (const auto &s : train)
        if (s.classId == 0)
            reals.push_back(&s);
    if (reals.empty())
        return makeError(Error::Code::InvalidArgument,
                         tr("Pre-training needs real crops (class 0) in the training split; there are none"));
    if (int(reals.size()) > params.pretrainMaxImages)
        reals.resize(std::size_t(params.pretrainMaxImages));
    Augmenter aug(params.seed ^ 0x9e3779b97f4a7c15ULL, params.augment);
    torch::optim::Adam opt(parameterList(pre), torch::optim::AdamOptions(params.learningRate));
    const int k = Augmenter::transformClassCount();
    const qint64 perEpoch = qint64((reals.size() + std::size_t(params.batchSize) - 1) / std::size_t(params.batchSize));
    ProgressClock clock;
    clock.start(perEpoch * params.pretrainEpochs);
    pre.train(true);
    qint64 done = 0;
    for (int epoch = 1; epoch <= params.pretrainEpochs; ++epoch) {
        std::shuffle(reals.begin(), reals.end(), aug.rng());
        for (std::size_t start = 0; start < reals.size(); start += std::size_t(params.batchSize)) {
            if (cancel && cancel->load())
                return cancelled();
            const std::size_t end = std::min(reals.size(), start + std::size_t(params.batchSize));
            std::vector<cv::Mat> images;
            std::vector<int64_t> labels;
            for (std::size_t i = start; i < end; ++i) {
                const int cls = std::uniform_int_distribution<int>(0, k - 1)(aug.rng());
                images.push_back(aug.transform(reals[i]->rgb, cls, params.network.inputSize));
                labels.push_back(cls);
            }
            const at::Tensor logits = pre.forward({makeBatch(images, params.input)}).toTensor();
            const at::Tensor loss = at::cross_entropy_loss(logits, at::tensor(labels, at::kLong));
            opt.zero_grad();
            loss.backward();
            opt.step();
            ++done;
            if (progress && (done % 10 == 0 || done == perEpoch * params.pretrainEpochs))
                progress({QStringLiteral("pretrain"), epoch, params.pretrainEpochs, done,
                          perEpoch * params.pretrainEpochs, loss.item<double>(), clock.eta(done)});
        }
    }
    copyBackbone(pre, net);
    seconds = clock.seconds();
    return Ok{};
}

struct Data {
    std::vector<LabSample> train;
    std::vector<LabSample> validation;
    QString summary;
};

Result<Data> loadData(const LabDataset &ds, const TrainParams &params)
{
    const QStringList datasets = params.datasets.isEmpty() ? ds.datasets() : params.datasets;
    std::vector<int> trainRows, valRows;
    for (const QString &d : datasets) {
        if (!ds.datasets().contains(d))
            return makeError(Error::Code::InvalidArgument,
                             tr("The dataset '%1' is not in %2/manifest.csv (it has: %3)")
                                 .arg(d, ds.dir(), ds.datasets().join(QStringLiteral(", "))));
        const auto t = ds.select(d, params.trainSplit);
        const auto v = ds.select(d, params.validationSplit);
        trainRows.insert(trainRows.end(), t.begin(), t.end());
        valRows.insert(valRows.end(), v.begin(), v.end());
    }
    if (trainRows.empty())
        return makeError(Error::Code::InvalidArgument,
                         tr("No crops of split '%1' in datasets %2 of %3")
                             .arg(params.trainSplit, datasets.join(QLatin1Char(',')), ds.dir()));
    QString validationNote = QStringLiteral("split '%1'").arg(params.validationSplit);
    if (valRows.empty()) {
        // No validation split: every 7th training crop of each class (a seeded shuffle) validates instead.
        std::vector<int> shuffled = trainRows;
        std::mt19937_64 rng(params.seed + 3);
        std::shuffle(shuffled.begin(), shuffled.end(), rng);
        std::map<int, int> seen;
        std::vector<int> keep;
        for (int r : shuffled)
            (seen[ds.rows()[std::size_t(r)].classId]++ % 7 == 0 ? valRows : keep).push_back(r);
        std::sort(keep.begin(), keep.end());
        std::sort(valRows.begin(), valRows.end());
        trainRows = keep;
        validationNote =
            QStringLiteral("1/7 of split '%1' held back, no '%2' split").arg(params.trainSplit, params.validationSplit);
    }
    trainRows = ds.limitPerClass(trainRows, params.maxPerClass, params.seed);
    valRows = ds.limitPerClass(valRows, params.maxEvalPerClass, params.seed + 1);
    Data data;
    auto train = ds.load(trainRows);
    if (!train)
        return train.error();
    auto val = ds.load(valRows);
    if (!val)
        return val.error();
    data.train = std::move(train.value());
    data.validation = std::move(val.value());
    QSet<QString> identities;
    for (int r : trainRows)
        identities.insert(ds.rows()[std::size_t(r)].identity);
    data.summary = tr("Synthetic lab crops (%1) from %2, datasets %3, split '%4': %5 crops of %6 identities (%7); "
                      "validation (%8): %9 crops")
                       .arg(QStringLiteral("128x128"), ds.dir(), datasets.join(QStringLiteral(", ")), params.trainSplit)
                       .arg(trainRows.size())
                       .arg(identities.size())
                       .arg(ds.describe(trainRows), validationNote)
                       .arg(valRows.size());
    return data;
}

// Early-stopping score: attribution macro-F1, or the binary macro-F1 for a binary-only network.
double selectionScore(const EvaluationReport &r)
{
    return r.hasAttribution ? r.attribution.macroF1 : r.binary.macroF1;
}

} // namespace

Result<TrainResult> Trainer::run(const TrainParams &paramsIn, const ProgressFunction &progress,
                                 const std::atomic_bool *cancel)
{
    TrainParams params = paramsIn;
    params.input.size = params.network.inputSize;
    if (params.name.isEmpty() || params.outputDir.isEmpty())
        return makeError(Error::Code::InvalidArgument, tr("Training needs an output folder and a model name"));
    if (params.supCon && params.network.projectionDim <= 0)
        return makeError(Error::Code::InvalidArgument, tr("SupCon needs a projection head (projection size > 0)"));
    if (params.batchSize < 2)
        return makeError(Error::Code::InvalidArgument, tr("The batch size must be at least 2"));
    auto ds = LabDataset::open(params.dataDir);
    if (!ds)
        return ds.error();
    auto data = loadData(ds.value(), params);
    if (!data)
        return data.error();
    const std::vector<OutputSpec> outputs = params.network.outputs();
    const bool binary = params.network.binaryHead;
    const bool attribution = params.network.attributionUnits > 0;

    TrainResult result;
    result.dataSummary = data->summary;
    result.trainCrops = std::int64_t(data->train.size());
    try {
        setTorchThreads(params.threads);
        torch::manual_seed(params.seed);
        torch::jit::Module net = buildNetwork(params.network);
        if (params.pretrainEpochs > 0) {
            const Status s = pretrain(net, params, data->train, progress, cancel, result.pretrainSeconds);
            if (!s)
                return s.error();
        }
        std::vector<at::Tensor> trainable = parameterList(net);
        at::Tensor logVariances;
        if (params.learnedLossWeights) {
            logVariances = at::zeros({3}).set_requires_grad(true);
            trainable.push_back(logVariances);
        }
        torch::optim::Adam opt(trainable,
                               torch::optim::AdamOptions(params.learningRate).weight_decay(params.weightDecay));
        torch::optim::StepLR scheduler(opt, unsigned(std::max(1, params.stepSize)), params.gamma);
        const at::Tensor attWeights = classWeights(data->train, int(labClasses().size()), false);
        const at::Tensor binWeights = classWeights(data->train, 2, true);

        Augmenter aug(params.seed, params.augment);
        std::vector<std::size_t> order(data->train.size());
        std::iota(order.begin(), order.end(), 0);
        const qint64 perEpoch = qint64(data->train.size() / std::size_t(params.batchSize)); // drop the last partial
        if (perEpoch == 0)
            return makeError(
                Error::Code::InvalidArgument,
                tr("Fewer training crops (%1) than one batch (%2)").arg(data->train.size()).arg(params.batchSize));
        auto makeTrainBatch = [&](qint64 step) {
            Batch b;
            std::vector<cv::Mat> images;
            std::vector<int64_t> labels;
            for (qint64 i = step * params.batchSize; i < (step + 1) * params.batchSize; ++i) {
                const LabSample &s = data->train[order[std::size_t(i)]];
                images.push_back(aug.train(s.rgb, params.network.inputSize));
                labels.push_back(s.classId);
            }
            b.x = makeBatch(images, params.input);
            b.labels = at::tensor(labels, at::kLong);
            return b;
        };

        const QString checkpointDir =
            params.checkpointDir.isEmpty()
                ? QDir::temp().filePath(QStringLiteral("fakeprint-lab-checkpoints/%1").arg(params.name))
                : params.checkpointDir;
        QDir().mkpath(checkpointDir);
        const QString checkpointPath = QDir(checkpointDir).filePath(params.name + QStringLiteral(".checkpoint.pt"));

        std::vector<at::Tensor> best;
        double bestScore = -1.0;
        int sinceBest = 0;
        std::vector<double> recentLosses;
        ProgressClock total;
        total.start(perEpoch * params.epochs);
        qint64 done = 0;
        for (int epoch = 1; epoch <= params.epochs; ++epoch) {
            ProgressClock clock;
            clock.start(perEpoch);
            net.train(true);
            std::shuffle(order.begin(), order.end(), aug.rng());
            double lossSum = 0.0;
            std::future<Batch> next = std::async(std::launch::async, makeTrainBatch, qint64(0));
            for (qint64 step = 0; step < perEpoch; ++step) {
                if (cancel && cancel->load())
                    return cancelled().error();
                Batch b = next.get();
                if (step + 1 < perEpoch)
                    next = std::async(std::launch::async, makeTrainBatch, step + 1);
                const at::Tensor f = net.run_method("features", b.x).toTensor();
                at::Tensor binLogits, attLogits;
                splitOutputs(net.run_method("head", f), outputs, binLogits, attLogits);
                std::vector<at::Tensor> losses;
                std::vector<double> fixedWeights;
                if (attribution) {
                    losses.push_back(at::cross_entropy_loss(attLogits, b.labels, attWeights));
                    fixedWeights.push_back(1.0);
                }
                if (binary) {
                    losses.push_back(at::cross_entropy_loss(binLogits, (b.labels > 0).to(at::kLong), binWeights));
                    fixedWeights.push_back(attribution ? params.binaryWeight : 1.0);
                }
                if (params.supCon) {
                    const at::Tensor z = net.run_method("project", f).toTensor();
                    const at::Tensor supLabels = attribution ? b.labels : (b.labels > 0).to(at::kLong);
                    losses.push_back(supConLoss(z, supLabels, params.supConTemperature));
                    fixedWeights.push_back(params.supConWeight);
                }
                at::Tensor loss;
                if (params.learnedLossWeights) {
                    loss = uncertaintyWeighted(losses, logVariances.slice(0, 0, int64_t(losses.size())));
                } else {
                    loss = at::zeros({});
                    for (std::size_t k = 0; k < losses.size(); ++k)
                        loss = loss + losses[k] * fixedWeights[k];
                }
                opt.zero_grad();
                loss.backward();
                opt.step();
                // Report the unweighted sum so that runs with learned and fixed weights compare.
                double plain = 0.0;
                for (const auto &l : losses)
                    plain += l.item<double>();
                lossSum += plain;
                recentLosses.push_back(plain);
                if (done < 10)
                    result.firstLoss += plain / 10.0;
                ++done;
                if (progress && (done % 10 == 0 || step + 1 == perEpoch))
                    progress({QStringLiteral("train"), epoch, params.epochs, step + 1, perEpoch,
                              lossSum / double(step + 1), clock.eta(step + 1)});
            }
            scheduler.step();
            EpochRecord rec;
            rec.epoch = epoch;
            rec.trainLoss = lossSum / double(perEpoch);
            rec.learningRate = opt.param_groups().front().options().get_lr();
            if (progress)
                progress({QStringLiteral("validate"), epoch, params.epochs, 0, 0, rec.trainLoss, -1.0});
            const Predictions val = predictModule(net, data->validation, params.input, outputs);
            const EvaluationReport report = evaluatePredictions(val, 1.0, 1.0, 0.5);
            rec.validationMacroF1 = selectionScore(report);
            rec.validationBalancedAccuracy =
                report.hasAttribution ? report.attribution.balancedAccuracy : report.binary.balancedAccuracy;
            rec.validationAuc = report.binaryAuc;
            rec.seconds = clock.seconds();
            result.history.push_back(rec);
            result.epochsRun = epoch;
            net.save(checkpointPath.toStdString());
            if (rec.validationMacroF1 > bestScore) {
                bestScore = rec.validationMacroF1;
                result.bestEpoch = epoch;
                best = snapshot(net);
                sinceBest = 0;
            } else if (++sinceBest >= params.patience) {
                break;
            }
            if (params.maxMinutes > 0 && total.seconds() / 60.0 >= params.maxMinutes)
                break;
        }
        result.trainSeconds = total.seconds();
        const std::size_t tail = std::min<std::size_t>(10, recentLosses.size());
        result.lastLoss =
            std::accumulate(recentLosses.end() - std::ptrdiff_t(tail), recentLosses.end(), 0.0) / double(tail);
        restore(net, best);
        result.bestValidationMacroF1 = bestScore;
        net.eval();

        // Calibration and thresholds on validation only.
        const Predictions val = predictModule(net, data->validation, params.input, outputs);
        result.calibration = calibrate(val);
        result.validation =
            evaluatePredictions(val, result.calibration.binaryTemperature, result.calibration.attributionTemperature,
                                result.calibration.fakeThreshold);
        result.validation.dataset =
            params.datasets.isEmpty() ? ds->datasets().join(QLatin1Char('+')) : params.datasets.join(QLatin1Char('+'));
        result.validation.split = params.validationSplit;
        result.cropsPerSecond = measureThroughput(net, params.input, 32, 10);

        QDir().mkpath(params.outputDir);
        result.weightsPath = QDir(params.outputDir).filePath(params.name + QStringLiteral(".pt"));
        result.cardPath = QDir(params.outputDir).filePath(params.name + QStringLiteral(".json"));
        net.save(result.weightsPath.toStdString());

        if (params.evaluateTest) {
            const QStringList trained = params.datasets.isEmpty() ? ds->datasets() : params.datasets;
            for (const QString &d : ds->datasets()) {
                const auto rows =
                    ds->limitPerClass(ds->select(d, params.testSplit), params.maxEvalPerClass, params.seed + 2);
                if (rows.empty())
                    continue;
                if (progress)
                    progress({QStringLiteral("test"), 0, 0, 0, 0, 0.0, -1.0});
                auto samples = ds->load(rows);
                if (!samples)
                    return samples.error();
                const Predictions p = predictModule(net, samples.value(), params.input, outputs);
                EvaluationReport r =
                    evaluatePredictions(p, result.calibration.binaryTemperature,
                                        result.calibration.attributionTemperature, result.calibration.fakeThreshold);
                r.dataset = d;
                r.split = params.testSplit;
                (trained.contains(d) ? result.heldOut : result.others).push_back(r);
            }
        }
    } catch (const std::exception &e) {
        return makeError(Error::Code::Internal,
                         tr("Training of %1 failed: %2")
                             .arg(params.name, QString::fromUtf8(e.what()).section(QLatin1Char('\n'), 0, 1)));
    }
    auto digest = hashFile(result.weightsPath);
    if (!digest)
        return digest.error();
    const Status written = LabCard::write(LabCard::build(params, result, digest->sha256), result.cardPath);
    if (!written)
        return written.error();
    return result;
}

} // namespace fp::lab
