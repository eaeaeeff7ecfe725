#pragma once

#include "core/lab/synth/IdentityBank.h"

#include <QString>

#include <memory>

namespace fp::test {

// The identity bank of the installed face-api photos, loaded once per test process. Null with reason set when
// the photos or the models are not installed.
const lab::IdentityBank *synthBank(QString *reason);

} // namespace fp::test
