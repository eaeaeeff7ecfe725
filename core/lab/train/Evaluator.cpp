#include "core/lab/train/Evaluator.h"

#include "core/lab/train/LabCard.h"
#include "core/lab/train/LabDataset.h"
#include "core/lab/train/ModelRunner.h"

#include <QCoreApplication>

namespace fp::lab {

Result<std::vector<EvaluationReport>> Evaluator::run(const EvalParams &params)
{
    auto card = LabCard::load(params.cardPath);
    if (!card)
        return card.error();
    auto ds = LabDataset::open(params.dataDir);
    if (!ds)
        return ds.error();
    setTorchThreads(params.threads);
    auto runner = ModelRunner::load(card->weightsPath(), card->input(), card->outputs());
    if (!runner)
        return runner.error();
    const QStringList datasets = params.dataset.isEmpty() ? ds->datasets() : QStringList{params.dataset};
    std::vector<EvaluationReport> reports;
    for (const QString &d : datasets) {
        const auto rows = ds->limitPerClass(ds->select(d, params.split), params.maxPerClass, 7);
        if (rows.empty()) {
            if (!params.dataset.isEmpty())
                return makeError(
                    Error::Code::InvalidArgument,
                    QCoreApplication::translate("fp::lab::Evaluator", "No crops of dataset '%1' split '%2' in %3")
                        .arg(d, params.split, ds->dir()));
            continue;
        }
        auto samples = ds->load(rows);
        if (!samples)
            return samples.error();
        auto p = runner->predict(samples.value(), params.batchSize);
        if (!p)
            return p.error();
        EvaluationReport r = evaluatePredictions(p.value(), card->binaryTemperature(), card->attributionTemperature(),
                                                 card->fakeThreshold());
        r.dataset = d;
        r.split = params.split;
        reports.push_back(r);
    }
    return reports;
}

Result<double> Evaluator::throughput(const QString &cardPath, int batchSize, int batches, int threads)
{
    auto card = LabCard::load(cardPath);
    if (!card)
        return card.error();
    setTorchThreads(threads);
    auto runner = ModelRunner::load(card->weightsPath(), card->input(), card->outputs());
    if (!runner)
        return runner.error();
    return runner->throughput(batchSize, batches);
}

} // namespace fp::lab
