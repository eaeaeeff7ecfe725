#include "app/lab/LabCommands.h"

#include <QtGlobal>

namespace fp::labapp {

namespace {

const CommandSpec kCommands[] = {
    {"classes", QT_TRANSLATE_NOOP("lab", "List the attribution classes (id, key, label)"), &runClasses},
};

} // namespace

std::span<const CommandSpec> labCommandTable()
{
    return kCommands;
}

} // namespace fp::labapp
