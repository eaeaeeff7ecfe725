#pragma once

#include "app/cli/CliCommand.h"

#include <span>

namespace fp::cases {
struct ModelIdentity;
}

namespace fp::cli {

// Every subcommand, in the order --help lists them. Each lives in its own <Name>Command.cpp.
std::span<const CommandSpec> commandTable();

int runVersion(CliContext &ctx);
int runFaces(CliContext &ctx);  // FacesCommand.cpp
int runModels(CliContext &ctx); // ModelsCommand.cpp
int runAnalyze(CliContext &ctx);
int runInfo(CliContext &ctx);         // InfoCommand.cpp
int runFrame(CliContext &ctx);        // FrameCommand.cpp
int runReport(CliContext &ctx);       // ReportCommand.cpp
int runExportData(CliContext &ctx);   // ExportDataCommand.cpp
int runCase(CliContext &ctx);         // CaseCommand.cpp
int runAudit(CliContext &ctx);        // AuditCommand.cpp
int runExportBundle(CliContext &ctx); // BundleCommand.cpp
int runImportBundle(CliContext &ctx); // BundleCommand.cpp
// True when the model has the name and SHA-256 of a bundled model (ReportCommand.cpp).
bool isBundledModel(const cases::ModelIdentity &model);

} // namespace fp::cli
