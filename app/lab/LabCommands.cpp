#include "app/lab/LabCommands.h"

#include <QtGlobal>

namespace fp::labapp {

namespace {

const CommandSpec kCommands[] = {
    {"classes", QT_TRANSLATE_NOOP("lab", "List the attribution classes (id, key, label)"), &runClasses},
    {"synth", QT_TRANSLATE_NOOP("lab", "Generate synthetic manipulations: crops, videos, the demo clip"), &runSynth},
    {"train", QT_TRANSLATE_NOOP("lab", "Train a model (TorchScript + model card) on lab crops"), &runTrain},
    {"eval", QT_TRANSLATE_NOOP("lab", "Evaluate a model on lab crops; --grid for the cross-dataset table"), &runEval},
    {"truth", QT_TRANSLATE_NOOP("lab", "Compare an analysis of a generated clip with its ground truth"), &runTruth},
};

} // namespace

std::span<const CommandSpec> labCommandTable()
{
    return kCommands;
}

} // namespace fp::labapp
