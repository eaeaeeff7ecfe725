#pragma once

#include <QStringList>
#include <QVector>
#include <QWidget>

namespace fp::ui {

// Horizontal bars, one per class: label, bar, percentage. Painted, no child widgets.
class ProbabilityBars : public QWidget {
    Q_OBJECT

public:
    explicit ProbabilityBars(QWidget *parent = nullptr);
    void setValues(const QStringList &labels, const QVector<double> &values);
    QStringList labels() const { return m_labels; }
    QVector<double> values() const { return m_values; }
    QSize sizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    QStringList m_labels;
    QVector<double> m_values;
};

} // namespace fp::ui
