#include "SynthTestBank.h"

#include "core/lab/synth/FaceFinder.h"

namespace fp::test {

const lab::IdentityBank *synthBank(QString *reason)
{
    static std::unique_ptr<lab::IdentityBank> bank;
    static QString why;
    static bool loaded = false;
    if (!loaded) {
        loaded = true;
        auto photos = lab::IdentityBank::defaultPhotos();
        auto finder = lab::FaceFinder::create();
        if (!photos)
            why = photos.error().message;
        else if (!finder)
            why = finder.error().message;
        else {
            auto b = lab::IdentityBank::load(photos.value(), *finder.value());
            if (b)
                bank = std::make_unique<lab::IdentityBank>(std::move(b.value()));
            else
                why = b.error().message;
        }
    }
    if (reason)
        *reason = why;
    return bank.get();
}

} // namespace fp::test
