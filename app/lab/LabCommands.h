#pragma once

#include "app/cli/CliCommand.h"
#include "core/common/Result.h"
#include "core/lab/synth/IdentityBank.h"

#include <span>

namespace fp::labapp {

using fp::cli::CliContext;
using fp::cli::CommandSpec;

// Every fakeprint-lab subcommand, in the order --help lists them. Each lives in its own <Name>Command.cpp;
// register a new one in LabCommands.cpp.
std::span<const CommandSpec> labCommandTable();

int runClasses(CliContext &ctx); // ClassesCommand.cpp
int runSynth(CliContext &ctx);   // SynthCommand.cpp: synth crops|video|demo

// Helpers of the synth command (SynthCommand.cpp, SynthVideoCommand.cpp).
Result<lab::IdentityBank> loadIdentityBank(const QString &photoDir); // empty: the installed face-api photos
int synthVideo(CliContext &ctx, const QStringList &args, bool demo);
int synthVideoCrops(CliContext &ctx, const QStringList &args); // SynthVideoCropsCommand.cpp
int runTrain(CliContext &ctx);                                 // TrainCommand.cpp
int runEval(CliContext &ctx);                                  // EvalCommand.cpp (also --grid)
int runTruth(CliContext &ctx);                                 // TruthCommand.cpp

} // namespace fp::labapp
