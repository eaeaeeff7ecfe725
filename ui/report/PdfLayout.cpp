#include "ui/report/PdfLayout.h"

#include <qcustomplot.h>

#include <QFontMetricsF>
#include <QRegularExpression>

#include <algorithm>
#include <cmath>

namespace fp::report {

namespace {

constexpr double kFooterPt = 7.0;
constexpr double kEps = 0.5; // device units; rects that merely touch do not overlap

} // namespace

PdfLayout::PdfLayout(QPdfWriter &writer, QCPPainter *painter, int totalPages, Footer footer, QString fontFamily)
    : m_writer(writer), m_painter(painter), m_totalPages(totalPages), m_footer(std::move(footer)),
      m_family(std::move(fontFamily))
{
    m_page0 = QRectF(0, 0, m_writer.width(), m_writer.height());
    const double footerHeight = 3 * lineHeight(font(kFooterPt)) + mm(3);
    m_content = QRectF(m_page0.left(), m_page0.top(), m_page0.width(), m_page0.height() - footerHeight);
    m_y = m_content.top();
    m_placed.resize(1);
}

QFont PdfLayout::font(double pointSize, bool bold) const
{
    QFont f(m_family);
    f.setPointSizeF(pointSize);
    f.setBold(bold);
    f.setKerning(false); // measured and drawn advances then agree exactly
    // No ligatures: "ff" in a hash must stay two letters when the PDF's text is copied or searched. Scripts that
    // need shaping are shaped regardless (Qt ignores this strategy for them).
    f.setStyleStrategy(QFont::PreferNoShaping);
    return f;
}

double PdfLayout::mm(double millimetres) const
{
    return millimetres / 25.4 * m_writer.resolution();
}

void PdfLayout::ensureSpace(double height)
{
    if (m_y + height > m_content.bottom() && m_pageHasContent)
        newPage();
}

void PdfLayout::newPage()
{
    drawFooter();
    if (m_painter)
        m_writer.newPage();
    ++m_page;
    m_placed.resize(m_page);
    m_y = m_content.top();
    m_pageHasContent = false;
}

void PdfLayout::skip(double height)
{
    if (m_pageHasContent)
        m_y = std::min(m_y + height, m_content.bottom());
}

double PdfLayout::lineHeight(const QFont &font) const
{
    return QFontMetricsF(font, &m_writer).lineSpacing();
}

QStringList PdfLayout::wrap(const QString &text, const QFont &font, double width) const
{
    const QFontMetricsF fm(font, &m_writer);
    QStringList lines;
    const auto breakWord = [&](QString word, QString *rest) {
        // Emits full lines of a word too long for one line; the tail stays in *rest.
        while (fm.horizontalAdvance(word) > width && word.size() > 1) {
            int n = word.size() - 1;
            while (n > 1 && fm.horizontalAdvance(word.left(n)) > width)
                --n;
            lines << word.left(n);
            word = word.mid(n);
        }
        *rest = word;
    };
    for (const QString &para : text.split(QLatin1Char('\n'))) {
        const QStringList words = para.split(QLatin1Char(' '), Qt::SkipEmptyParts);
        if (words.isEmpty()) {
            lines << QString();
            continue;
        }
        QString current;
        for (const QString &word : words) {
            const QString candidate = current.isEmpty() ? word : current + QLatin1Char(' ') + word;
            if (fm.horizontalAdvance(candidate) <= width) {
                current = candidate;
                continue;
            }
            if (!current.isEmpty())
                lines << current;
            breakWord(word, &current);
        }
        lines << current;
    }
    return lines;
}

double PdfLayout::textHeight(const QString &text, const QFont &font, double width) const
{
    return wrap(text, font, width).size() * lineHeight(font);
}

void PdfLayout::setRightToLeft(bool rightToLeft)
{
    m_rightToLeft = rightToLeft;
    if (m_painter)
        m_painter->setLayoutDirection(rightToLeft ? Qt::RightToLeft : Qt::LeftToRight);
}

QRectF PdfLayout::visual(const QRectF &rect) const
{
    if (!m_rightToLeft)
        return rect;
    return QRectF(m_page0.left() + m_page0.right() - rect.right(), rect.top(), rect.width(), rect.height());
}

void PdfLayout::record(const QRectF &rect, const QString &what, bool text)
{
    m_placed[m_page - 1].append(Placed{rect, what, text});
    m_pageHasContent = true;
    if (rect.left() < m_page0.left() - kEps || rect.right() > m_page0.right() + kEps ||
        rect.top() < m_page0.top() - kEps || rect.bottom() > m_page0.bottom() + kEps)
        m_problems << QStringLiteral("page %1: \"%2\" runs off the page").arg(m_page).arg(what.left(40));
}

void PdfLayout::drawLine(const QString &line, const QFont &font, const QColor &color, double x, double top,
                         const QRectF &box)
{
    const QFontMetricsF fm(font, &m_writer);
    const QRectF rect(x, top, fm.horizontalAdvance(line), fm.height());
    if (rect.right() > box.right() + kEps || rect.bottom() > box.bottom() + kEps || rect.left() < box.left() - kEps)
        m_problems << QStringLiteral("page %1: text \"%2\" does not fit its box").arg(m_page).arg(line.left(40));
    if (line.isEmpty())
        return;
    const QRectF shown = visual(rect);
    record(shown, line, true);
    if (m_painter) {
        m_painter->setFont(font);
        m_painter->setPen(color);
        m_painter->drawText(QPointF(shown.left(), top + fm.ascent()), line);
    }
}

void PdfLayout::paragraph(const QString &text, const QFont &font, const QColor &color, double indent)
{
    const double width = m_content.width() - indent;
    const double lh = lineHeight(font);
    for (const QString &line : wrap(text, font, width)) {
        ensureSpace(lh);
        drawLine(line, font, color, m_content.left() + indent, m_y, QRectF(m_content.left() + indent, m_y, width, lh));
        m_y += lh;
    }
    m_pageHasContent = true;
}

void PdfLayout::heading(const QString &text, int level)
{
    const double size = level <= 1 ? 15 : (level == 2 ? 12 : 10);
    const QFont f = font(size, true);
    // Keep a heading with at least a few lines of what follows.
    ensureSpace(textHeight(text, f, m_content.width()) + mm(level <= 1 ? 4 : 2) + 4 * lineHeight(font(9)));
    skip(mm(level <= 1 ? 3 : 2));
    paragraph(text, f, QColor(0x20, 0x30, 0x50));
    if (level <= 1 && m_painter) {
        m_painter->setPen(QPen(QColor(0x20, 0x30, 0x50), mm(0.3)));
        m_painter->drawLine(QPointF(m_content.left(), m_y + mm(0.5)), QPointF(m_content.right(), m_y + mm(0.5)));
    }
    m_y += mm(level <= 1 ? 2.5 : 1);
}

void PdfLayout::banner(const QString &text, const QColor &background, const QColor &border)
{
    const QFont f = font(9, true);
    const double pad = mm(2.5);
    const double width = m_content.width() - 2 * pad;
    const double height = textHeight(text, f, width) + 2 * pad;
    ensureSpace(height);
    const QRectF box(m_content.left(), m_y, m_content.width(), height);
    if (m_painter) {
        m_painter->setPen(QPen(border, mm(0.4)));
        m_painter->setBrush(background);
        m_painter->drawRect(box);
        m_painter->setBrush(Qt::NoBrush);
    }
    textIn(box.adjusted(pad, pad, -pad, -pad), text, f, QColor(0x50, 0x20, 0x00));
    m_y += height + mm(2);
}

void PdfLayout::table(const QVector<Column> &columns, const QVector<QStringList> &rows, double fontSize)
{
    const QFont body = font(fontSize);
    const QFont head = font(fontSize, true);
    const double pad = mm(1.0);
    double total = 0;
    for (const Column &c : columns)
        total += c.weight;
    QVector<double> widths;
    for (const Column &c : columns)
        widths << m_content.width() * c.weight / total;

    const auto rowHeight = [&](const QStringList &cells, const QFont &f) {
        double h = 0;
        for (int i = 0; i < columns.size(); ++i)
            h = std::max(h, textHeight(cells.value(i), f, widths[i] - 2 * pad));
        return h + 2 * pad;
    };
    const auto drawRow = [&](const QStringList &cells, const QFont &f, bool header, double h) {
        double x = m_content.left();
        if (m_painter) {
            m_painter->setPen(QPen(QColor(0xb0, 0xb0, 0xb0), mm(0.15)));
            m_painter->setBrush(header ? QColor(0xe8, 0xec, 0xf2) : QColor(Qt::white));
            m_painter->drawRect(QRectF(m_content.left(), m_y, m_content.width(), h));
            m_painter->setBrush(Qt::NoBrush);
        }
        for (int i = 0; i < columns.size(); ++i) {
            textIn(QRectF(x + pad, m_y + pad, widths[i] - 2 * pad, h - 2 * pad), cells.value(i), f);
            x += widths[i];
        }
        m_y += h;
    };
    QStringList headers;
    for (const Column &c : columns)
        headers << c.header;
    const double headerHeight = rowHeight(headers, head);
    bool headerOnPage = false;
    int pageOfHeader = 0;
    for (const QStringList &row : rows) {
        const double h = rowHeight(row, body);
        ensureSpace(h + (headerOnPage && pageOfHeader == m_page ? 0 : headerHeight));
        if (!headerOnPage || pageOfHeader != m_page) {
            drawRow(headers, head, true, headerHeight);
            headerOnPage = true;
            pageOfHeader = m_page;
        }
        drawRow(row, body, false, h);
    }
    if (rows.isEmpty()) {
        ensureSpace(headerHeight);
        drawRow(headers, head, true, headerHeight);
    }
    m_y += mm(2);
}

void PdfLayout::keyValues(const QVector<QPair<QString, QString>> &rows, double labelWeight)
{
    const QFont label = font(9, true);
    const QFont value = font(9);
    const double gap = mm(2);
    const double labelWidth = m_content.width() * labelWeight - gap;
    const double valueWidth = m_content.width() * (1 - labelWeight);
    const double valueX = m_content.left() + m_content.width() * labelWeight;
    // Digests are set a little smaller so that a SHA-256 stays on one line, where it is easy to compare.
    static const QRegularExpression digest(QStringLiteral("^[0-9a-f]{32,64}$"));
    const QFont digestFont = font(8);
    for (const auto &[key, text] : rows) {
        const QFont &valueFont = digest.match(text).hasMatch() ? digestFont : value;
        const double h =
            std::max(textHeight(key, label, labelWidth), textHeight(text, valueFont, valueWidth)) + mm(0.8);
        ensureSpace(h);
        textIn(QRectF(m_content.left(), m_y, labelWidth, h), key, label, QColor(0x30, 0x30, 0x30));
        textIn(QRectF(valueX, m_y, valueWidth, h), text, valueFont);
        m_y += h;
    }
    m_y += mm(2);
}

void PdfLayout::block(double height, const std::function<void(QCPPainter *, const QRectF &)> &draw, bool figure)
{
    ensureSpace(height);
    const QRectF box(m_content.left(), m_y, m_content.width(), height);
    m_pageHasContent = true;
    if (figure)
        record(box, QStringLiteral("figure"), false);
    if (m_painter) {
        m_painter->save();
        draw(m_painter, box);
        m_painter->restore();
    } else {
        draw(nullptr, box);
    }
    m_y += height;
}

double PdfLayout::textIn(const QRectF &box, const QString &text, const QFont &font, const QColor &color)
{
    const double lh = lineHeight(font);
    double top = box.top();
    for (const QString &line : wrap(text, font, box.width())) {
        drawLine(line, font, color, box.left(), top, box);
        top += lh;
    }
    return top - box.top();
}

void PdfLayout::imageIn(const QRectF &box, const QImage &image)
{
    if (image.isNull())
        return;
    QSizeF size = QSizeF(image.size()).scaled(box.size(), Qt::KeepAspectRatio);
    const QRectF target(box.left() + (box.width() - size.width()) / 2, box.top() + (box.height() - size.height()) / 2,
                        size.width(), size.height());
    record(visual(target), QStringLiteral("image"), false);
    if (m_painter)
        m_painter->drawImage(visual(target), image);
}

void PdfLayout::drawFooter()
{
    // Three footer lines below the content: the identity text (up to two lines) beside "Page X of Y", then the
    // evidence hash.
    const QFont f = font(kFooterPt);
    const double lh = lineHeight(f);
    const double top = m_content.bottom() + mm(3);
    const QColor grey(0x40, 0x40, 0x40);
    const QString pageText = m_footer.pageFormat.arg(m_footer.number(m_page), m_footer.number(m_totalPages));
    const double pageWidth = QFontMetricsF(f, &m_writer).horizontalAdvance(pageText);
    const QRectF leftBox(m_page0.left(), top, m_page0.width() - pageWidth - mm(4), 2 * lh);
    const bool saved = m_pageHasContent;
    if (m_painter) {
        m_painter->setPen(QPen(QColor(0x90, 0x90, 0x90), mm(0.15)));
        m_painter->drawLine(QPointF(m_page0.left(), top - mm(1.2)), QPointF(m_page0.right(), top - mm(1.2)));
    }
    if (wrap(m_footer.left, f, leftBox.width()).size() > 2)
        m_problems << QStringLiteral("page %1: footer text needs more than two lines").arg(m_page);
    textIn(leftBox, m_footer.left, f, grey);
    drawLine(pageText, f, grey, m_page0.right() - pageWidth, top,
             QRectF(m_page0.right() - pageWidth, top, pageWidth, lh));
    const QRectF line2Box(m_page0.left(), top + 2 * lh, m_page0.width(), lh);
    if (wrap(m_footer.line2, f, line2Box.width()).size() > 1)
        m_problems << QStringLiteral("page %1: second footer line is too long").arg(m_page);
    textIn(line2Box, m_footer.line2, f, grey);
    m_pageHasContent = saved;
}

void PdfLayout::finish()
{
    drawFooter();
}

QStringList PdfLayout::check() const
{
    QStringList problems = m_problems;
    for (int p = 0; p < m_placed.size(); ++p) {
        const QVector<Placed> &items = m_placed[p];
        for (int i = 0; i < items.size(); ++i) {
            const QRectF a = items[i].rect.adjusted(kEps, kEps, -kEps, -kEps);
            for (int j = i + 1; j < items.size(); ++j) {
                if (a.intersects(items[j].rect.adjusted(kEps, kEps, -kEps, -kEps)))
                    problems << QStringLiteral("page %1: \"%2\" overlaps \"%3\"")
                                    .arg(p + 1)
                                    .arg(items[i].what.left(40), items[j].what.left(40));
            }
        }
    }
    return problems;
}

} // namespace fp::report
