#include "app/cli/CommandTable.h"

#include <QtGlobal>

namespace fp::cli {

namespace {

const CommandSpec kCommands[] = {
    {"version", QT_TRANSLATE_NOOP("cli", "Print the version and the library versions"), &runVersion},
};

} // namespace

std::span<const CommandSpec> commandTable()
{
    return kCommands;
}

} // namespace fp::cli
