#pragma once

class QApplication;

namespace fp::ui {

// The dark neutral look of the analyst's window (Fusion style, palette, a small style sheet for docks).
class Theme {
public:
    static void apply(QApplication &app);
};

} // namespace fp::ui
