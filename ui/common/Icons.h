#pragma once

#include <QIcon>

namespace fp::ui {

// Small transport icons drawn in the theme's text colour, so they stay legible on the dark palette (the style's
// standard media icons are dark grey).
class Icons {
public:
    enum class Kind { Play, Pause, StepBack, StepForward, SkipBack, SkipForward };
    static QIcon transport(Kind kind);
};

} // namespace fp::ui
