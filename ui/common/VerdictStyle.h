#pragma once

#include <QColor>
#include <QString>

namespace fp::ui {

// How verdicts look everywhere (view, timeline, track list, report plots): one colour and one name each.
// Verdicts are the database's keys: pending, real, manipulated, unknown_method, inconclusive.
class VerdictStyle {
public:
    static QColor color(const QString &verdict);
    static QString displayName(const QString &verdict);
    // "Manipulated (FaceSwap)", "Real", ...
    static QString describe(const QString &verdict, const QString &label);
    // A distinct colour for the i-th attribution class.
    static QColor classColor(int classIndex);
};

} // namespace fp::ui
