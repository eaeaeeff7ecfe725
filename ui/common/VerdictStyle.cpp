#include "ui/common/VerdictStyle.h"

#include <QCoreApplication>

namespace fp::ui {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("fp::ui::VerdictStyle", text);
}

} // namespace

QColor VerdictStyle::color(const QString &verdict)
{
    if (verdict == QStringLiteral("real"))
        return QColor(0x3f, 0xb9, 0x50);
    if (verdict == QStringLiteral("manipulated"))
        return QColor(0xe5, 0x48, 0x4d);
    if (verdict == QStringLiteral("unknown_method"))
        return QColor(0xf0, 0x8c, 0x2e);
    if (verdict == QStringLiteral("inconclusive"))
        return QColor(0x9a, 0xa0, 0xa6);
    return QColor(0x4a, 0x90, 0xe2); // pending
}

QString VerdictStyle::displayName(const QString &verdict)
{
    if (verdict == QStringLiteral("real"))
        return tr("Real");
    if (verdict == QStringLiteral("manipulated"))
        return tr("Manipulated");
    if (verdict == QStringLiteral("unknown_method"))
        return tr("Manipulated, method unknown");
    if (verdict == QStringLiteral("inconclusive"))
        return tr("Inconclusive");
    return tr("Pending");
}

QString VerdictStyle::describe(const QString &verdict, const QString &label)
{
    if (verdict == QStringLiteral("manipulated") && !label.isEmpty())
        return tr("Manipulated (%1)").arg(label);
    return displayName(verdict);
}

QColor VerdictStyle::classColor(int classIndex)
{
    static const QColor palette[] = {
        QColor(0x3f, 0xb9, 0x50), QColor(0xe5, 0x48, 0x4d), QColor(0x4a, 0x90, 0xe2), QColor(0xf0, 0x8c, 0x2e),
        QColor(0xb0, 0x6a, 0xd9), QColor(0x2b, 0xc0, 0xb4), QColor(0xd9, 0xc2, 0x3a), QColor(0xd9, 0x6a, 0xa8),
        QColor(0x8c, 0x9e, 0x5a), QColor(0x7a, 0x86, 0xe0),
    };
    const int n = int(sizeof(palette) / sizeof(palette[0]));
    return palette[((classIndex % n) + n) % n];
}

} // namespace fp::ui
