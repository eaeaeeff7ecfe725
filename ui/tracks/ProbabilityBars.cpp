#include "ui/tracks/ProbabilityBars.h"

#include "ui/common/VerdictStyle.h"

#include <QPainter>

namespace fp::ui {

namespace {
constexpr int kRowHeight = 15;
}

ProbabilityBars::ProbabilityBars(QWidget *parent) : QWidget(parent)
{
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
}

void ProbabilityBars::setValues(const QStringList &labels, const QVector<double> &values)
{
    m_labels = labels;
    m_values = values;
    updateGeometry();
    update();
}

QSize ProbabilityBars::sizeHint() const
{
    return QSize(220, kRowHeight * int(m_values.size()) + 2);
}

void ProbabilityBars::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    QFont font = p.font();
    font.setPointSizeF(8.5);
    p.setFont(font);
    const QFontMetrics fm(font);
    int labelWidth = 0;
    for (const QString &label : m_labels)
        labelWidth = qMax(labelWidth, fm.horizontalAdvance(label));
    labelWidth = qMin(labelWidth + 6, width() / 2);
    const int percentWidth = fm.horizontalAdvance(QStringLiteral("100%")) + 6;
    const int barWidth = qMax(10, width() - labelWidth - percentWidth);
    const QColor text = palette().color(QPalette::WindowText);
    for (int i = 0; i < m_values.size(); ++i) {
        const int y = i * kRowHeight;
        const QString label = i < m_labels.size() ? m_labels.at(i) : QString::number(i);
        p.setPen(text);
        p.drawText(QRect(0, y, labelWidth - 4, kRowHeight), Qt::AlignVCenter | Qt::AlignRight,
                   fm.elidedText(label, Qt::ElideRight, labelWidth - 4));
        const QRect track(labelWidth, y + 3, barWidth, kRowHeight - 6);
        p.fillRect(track, QColor(0x3a, 0x3d, 0x42));
        const double v = qBound(0.0, m_values.at(i), 1.0);
        p.fillRect(QRect(track.topLeft(), QSize(int(track.width() * v), track.height())), VerdictStyle::classColor(i));
        p.drawText(QRect(labelWidth + barWidth + 4, y, percentWidth, kRowHeight), Qt::AlignVCenter | Qt::AlignLeft,
                   QStringLiteral("%1%").arg(qRound(v * 100)));
    }
}

} // namespace fp::ui
