#include "app/cli/CommandTable.h"

#include <QtGlobal>

namespace fp::cli {

namespace {

const CommandSpec kCommands[] = {
    {"version", QT_TRANSLATE_NOOP("cli", "Print the version and the library versions"), &runVersion},
    {"faces", QT_TRANSLATE_NOOP("cli", "Detect (and track) faces in an image or a video (--json, --every K, --detector)"), &runFaces},
    {"models", QT_TRANSLATE_NOOP("cli", "List, show or add models (list [--json], show NAME, add CARD.json)"), &runModels},
    {"info", QT_TRANSLATE_NOOP("cli", "Media info and SHA-256 of a video (--json, --md5, --frame-hashes)"), &runInfo},
    {"frame", QT_TRANSLATE_NOOP("cli", "Write decoded frame INDEX of a video as PNG (-o OUT.png)"), &runFrame},
};

} // namespace

std::span<const CommandSpec> commandTable()
{
    return kCommands;
}

} // namespace fp::cli
