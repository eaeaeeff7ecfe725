#include "app/cli/CommandTable.h"

#include <QtGlobal>

namespace fp::cli {

namespace {

const CommandSpec kCommands[] = {
    {"version", QT_TRANSLATE_NOOP("cli", "Print the version and the library versions"), &runVersion},
    {"models", QT_TRANSLATE_NOOP("cli", "List, show or add models (list [--json], show NAME, add CARD.json)"),
     &runModels},
    {"info", QT_TRANSLATE_NOOP("cli", "Media info and SHA-256 of a video (--json, --md5, --frame-hashes)"), &runInfo},
    {"frame", QT_TRANSLATE_NOOP("cli", "Write decoded frame INDEX of a video as PNG (-o OUT.png)"), &runFrame},
    {"faces",
     QT_TRANSLATE_NOOP("cli", "Detect (and track) faces in an image or a video (--json, --every K, --detector)"),
     &runFaces},
    {"case", QT_TRANSLATE_NOOP("cli", "Create, list and show cases (new NAME, list, show NAME_OR_ID [--verify])"),
     &runCase},
    {"audit", QT_TRANSLATE_NOOP("cli", "Verify the hash chain of a case database's audit log (verify --db F)"),
     &runAudit},
    {"export", QT_TRANSLATE_NOOP("cli", "Export a case as a bundle file (--db F --case C -o BUNDLE)"),
     &runExportBundle},
    {"import", QT_TRANSLATE_NOOP("cli", "Import a case bundle into a case database (BUNDLE --db F [--as NAME])"),
     &runImportBundle},
    {"analyze", QT_TRANSLATE_NOOP("cli", "Analyse the face tracks of a video into a case database"), &runAnalyze},
    {"report", QT_TRANSLATE_NOOP("cli", "Write the PDF case report of an analysis"), &runReport},
    {"export-data", QT_TRANSLATE_NOOP("cli", "Export an analysis as JSON and per-frame scores as CSV"), &runExportData},
};

} // namespace

std::span<const CommandSpec> commandTable()
{
    return kCommands;
}

} // namespace fp::cli
