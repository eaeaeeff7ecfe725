#pragma once

#include "app/cli/CliCommand.h"

#include <span>

namespace fp::labapp {

using fp::cli::CliContext;
using fp::cli::CommandSpec;

// Every fakeprint-lab subcommand, in the order --help lists them. Each lives in its own <Name>Command.cpp;
// register a new one in LabCommands.cpp.
std::span<const CommandSpec> labCommandTable();

int runClasses(CliContext &ctx); // ClassesCommand.cpp

} // namespace fp::labapp
