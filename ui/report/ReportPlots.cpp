#include "ui/report/ReportPlots.h"

#include <qcustomplot.h>

#include <algorithm>

namespace fp::report {

namespace {

const QColor kSeriesColors[] = {QColor(0xd6, 0x27, 0x28), QColor(0x1f, 0x77, 0xb4), QColor(0x2c, 0xa0, 0x2c),
                                QColor(0x94, 0x67, 0xbd), QColor(0xff, 0x7f, 0x0e), QColor(0x8c, 0x56, 0x4b),
                                QColor(0xe3, 0x77, 0xc2), QColor(0x7f, 0x7f, 0x7f), QColor(0xbc, 0xbd, 0x22)};

QFont plotFont(int pixels, bool bold = false)
{
    QFont f(QStringLiteral("DejaVu Sans"));
    f.setPixelSize(pixels);
    f.setBold(bold);
    f.setStyleStrategy(QFont::PreferNoShaping); // no ligatures in extracted text
    return f;
}

void styleAxes(QCustomPlot &plot)
{
    for (QCPAxis *axis : {plot.xAxis, plot.yAxis}) {
        axis->setTickLabelFont(plotFont(10));
        axis->setLabelFont(plotFont(11));
    }
    plot.legend->setFont(plotFont(10));
    plot.setBackground(Qt::white);
}

double decisionValue(const ReportData &data, const char *key, double fallback)
{
    const QJsonValue v =
        data.analysis.model.card.value(QStringLiteral("decision")).toObject().value(QLatin1String(key));
    return v.isDouble() ? v.toDouble() : fallback;
}

} // namespace

void ReportPlots::buildTimeline(QCustomPlot &plot, const ReportData &data, const TrackData &track)
{
    plot.clearPlottables();
    plot.clearItems();
    styleAxes(plot);
    const double first = double(track.record.firstFrame);
    const double last = std::max(double(track.record.lastFrame), first + 1);

    // The inconclusive band and the threshold first, so that the series draw over them.
    const double low = decisionValue(data, "inconclusive_low", -1);
    const double high = decisionValue(data, "inconclusive_high", -1);
    if (low >= 0 && high > low) {
        auto *band = new QCPItemRect(&plot);
        band->topLeft->setCoords(first, high);
        band->bottomRight->setCoords(last, low);
        band->setPen(Qt::NoPen);
        band->setBrush(QColor(0xff, 0xd7, 0x00, 60));
    }
    const double threshold = decisionValue(data, "fake_threshold", 0.5);
    auto *line = new QCPItemStraightLine(&plot);
    line->point1->setCoords(first, threshold);
    line->point2->setCoords(last, threshold);
    line->setPen(QPen(QColor(0x60, 0x60, 0x60), 1.2, Qt::DashLine));

    QVector<double> x, pFake;
    for (const cases::FrameScoreRecord &s : track.scores) {
        x << double(s.frameIndex);
        pFake << s.pFake;
    }
    QCPGraph *fake = plot.addGraph();
    fake->setName(tr("P(fake)"));
    fake->setData(x, pFake, true);
    fake->setPen(QPen(Qt::black, 2.0));
    if (x.size() < 40)
        fake->setScatterStyle(QCPScatterStyle(QCPScatterStyle::ssDisc, 4));

    const QStringList labels = data.classLabels();
    const QStringList keys = data.classKeys();
    int colour = 0;
    for (int c = 0; c < labels.size(); ++c) {
        if (keys.at(c) == QLatin1String("real"))
            continue; // P(real) mirrors P(fake); the fake methods are what attribution adds
        QVector<double> y;
        QVector<double> cx;
        for (const cases::FrameScoreRecord &s : track.scores) {
            if (c < s.classProbabilities.size()) {
                cx << double(s.frameIndex);
                y << double(s.classProbabilities.at(c));
            }
        }
        if (y.isEmpty())
            continue;
        QCPGraph *g = plot.addGraph();
        g->setName(tr("P(%1)").arg(labels.at(c)));
        g->setData(cx, y, true);
        g->setPen(QPen(kSeriesColors[colour++ % std::size(kSeriesColors)], 1.2));
    }
    plot.xAxis->setLabel(tr("Frame index"));
    plot.yAxis->setLabel(tr("Probability"));
    plot.xAxis->setRange(first, last);
    plot.yAxis->setRange(0, 1.02);
    plot.legend->setVisible(true);
    plot.legend->setBrush(QColor(255, 255, 255, 220));
    plot.axisRect()->insetLayout()->setInsetAlignment(0, Qt::AlignTop | Qt::AlignLeft);
}

void ReportPlots::buildClassBars(QCustomPlot &plot, const ReportData &data, const TrackData &track)
{
    plot.clearPlottables();
    plot.clearItems();
    styleAxes(plot);
    const QStringList labels = data.classLabels();
    const QStringList keys = data.classKeys();
    QVector<double> ticks, values, errLow, errHigh;
    QVector<QString> names;
    const QVector<ConfidenceInterval> intervals = data.intervalsOf(track.record);
    bool anyInterval = false;
    for (int c = 0; c < labels.size(); ++c) {
        const QJsonValue v = track.record.classProbabilities.value(keys.at(c));
        const QJsonValue byLabel = track.record.classProbabilities.value(labels.at(c));
        const double p = v.isDouble() ? v.toDouble() : byLabel.toDouble();
        ticks << c + 1;
        values << p;
        names << labels.at(c);
        double lo = 0, hi = 0;
        for (const ConfidenceInterval &iv : intervals) {
            if (iv.name == keys.at(c) || iv.name == labels.at(c)) {
                lo = std::max(0.0, p - iv.low);
                hi = std::max(0.0, iv.high - p);
                anyInterval = true;
            }
        }
        errLow << lo;
        errHigh << hi;
    }
    auto *bars = new QCPBars(plot.xAxis, plot.yAxis);
    bars->setData(ticks, values, true);
    bars->setWidth(0.6);
    bars->setPen(QPen(QColor(0x1f, 0x4e, 0x79), 1));
    bars->setBrush(QColor(0x5b, 0x9b, 0xd5));
    if (anyInterval) {
        auto *errors = new QCPErrorBars(plot.xAxis, plot.yAxis);
        errors->setDataPlottable(bars);
        errors->setData(errLow, errHigh);
        errors->setPen(QPen(Qt::black, 1.2));
        errors->setWhiskerWidth(8);
    }
    QSharedPointer<QCPAxisTickerText> ticker(new QCPAxisTickerText);
    ticker->addTicks(ticks, names);
    plot.xAxis->setTicker(ticker);
    plot.xAxis->setTickLabelRotation(labels.size() > 4 ? 30 : 0);
    plot.xAxis->setRange(0.3, labels.size() + 0.7);
    plot.yAxis->setRange(0, 1.05);
    plot.yAxis->setLabel(tr("Mean probability"));
    plot.xAxis->setLabel(tr("Class"));
    plot.legend->setVisible(false);
}

void ReportPlots::render(QCustomPlot &plot, QCPPainter *painter, const QRectF &box, double deviceDpi)
{
    const double scale = deviceDpi / kPlotPixelsPerInch;
    const int width = int(box.width() / scale);
    const int height = int(box.height() / scale);
    plot.resize(width, height);
    // A full replot lays out axes, margins and the legend for this size before drawing onto the PDF.
    plot.replot(QCustomPlot::rpImmediateRefresh);
    painter->save();
    painter->translate(box.topLeft());
    painter->scale(scale, scale);
    painter->setMode(QCPPainter::pmVectorized);
    painter->setMode(QCPPainter::pmNoCaching);
    plot.toPainter(painter, width, height);
    painter->restore();
}

} // namespace fp::report
