#include "core/inference/ModelCard.h"
#include "tests/fuzz/FuzzSupport.h"
#include "tests/fuzz/FuzzTargets.h"

namespace fp::fuzz {

int modelCard(const uint8_t *data, size_t size)
{
    ensureApplication();
    const QString path = writeScratch(QStringLiteral("model.json"), data, size);
    auto card = inference::ModelCard::load(path);
    if (card)
        (void)card->toJson();
    return 0;
}

} // namespace fp::fuzz
