#pragma once

#include <QFont>
#include <QImage>
#include <QPdfWriter>
#include <QRectF>
#include <QString>
#include <QStringList>
#include <QVector>

#include <functional>

class QCPPainter;

namespace fp::report {

// A small flow-layout engine for the PDF report. Everything is in device units of the QPdfWriter it is given
// (its resolution); text is wrapped by measuring with QFontMetricsF against that device and drawn line by line,
// so no line can be clipped by Qt. With painter == nullptr it only measures: the report runs once to count the
// pages, then again with a painter and the total for "Page X of Y".
//
// Every drawn text line and every image/plot box is recorded per page; check() reports text that runs out of its
// box or off the page, and any two recorded rects on a page that overlap. Not thread-safe; GUI thread (QFont).
class PdfLayout {
public:
    struct Footer {
        QString left;                       // e.g. case name and id
        QString line2;                      // e.g. evidence SHA-256
        QString pageFormat;                 // translated "Page %1 of %2"
        std::function<QString(int)> number; // localised page numbers
    };

    PdfLayout(QPdfWriter &writer, QCPPainter *painter, int totalPages, Footer footer, QString fontFamily);

    // Right-to-left reports (Arabic) mirror every text line and image across the page: labels stand right of their
    // values, table columns run from the right, lines are right-aligned, and the painter lays text out from the right.
    void setRightToLeft(bool rightToLeft);

    // Fonts of the report, sized in points.
    QFont font(double pointSize, bool bold = false) const;
    double mm(double millimetres) const; // millimetres -> device units
    double dpi() const { return m_writer.resolution(); }

    double contentWidth() const { return m_content.width(); }
    double left() const { return m_content.left(); }
    double y() const { return m_y; }
    double remaining() const { return m_content.bottom() - m_y; }
    int page() const { return m_page; }
    bool painting() const { return m_painter != nullptr; }
    QCPPainter *painter() const { return m_painter; }

    void ensureSpace(double height); // starts a new page unless height fits below the cursor
    void newPage();
    void skip(double height); // vertical space (dropped at the top of a page)

    // Greedy word wrap to width; words wider than the width are broken between characters.
    QStringList wrap(const QString &text, const QFont &font, double width) const;
    double lineHeight(const QFont &font) const;
    double textHeight(const QString &text, const QFont &font, double width) const;

    // A paragraph across the content width (or indented); splits across pages line by line.
    void paragraph(const QString &text, const QFont &font, const QColor &color = Qt::black, double indent = 0);
    void heading(const QString &text, int level);
    // Text in a coloured box (warnings); kept on one page.
    void banner(const QString &text, const QColor &background, const QColor &border);

    struct Column {
        QString header;
        double weight = 1; // share of the table width
    };
    // Cells wrap; a row never splits across pages; the header repeats on each new page.
    void table(const QVector<Column> &columns, const QVector<QStringList> &rows, double fontSize = 8.5);
    // Two-column label/value list.
    void keyValues(const QVector<QPair<QString, QString>> &rows, double labelWeight = 0.3);

    // Reserves height across the content width and calls draw with the box (painter is null when measuring).
    // figure: the whole box is one figure (a plot) for the overlap check; otherwise what draw places is checked.
    void block(double height, const std::function<void(QCPPainter *, const QRectF &)> &draw, bool figure = false);
    // Draws text lines inside box (wrapped), records them; returns the height used. For captions in a block.
    double textIn(const QRectF &box, const QString &text, const QFont &font, const QColor &color = Qt::black);
    // Records an image/plot rect for the overlap check and draws the image (scaled to fit, aspect kept).
    void imageIn(const QRectF &box, const QImage &image);

    // Draws the footer of the last page. Call once at the end.
    void finish();
    int pageCount() const { return m_page; }
    // Layout problems found so far (empty when every text fits and nothing overlaps).
    QStringList check() const;

private:
    struct Placed {
        QRectF rect;
        QString what;
        bool text = false;
    };
    void drawLine(const QString &line, const QFont &font, const QColor &color, double x, double top, const QRectF &box);
    void record(const QRectF &rect, const QString &what, bool text);
    QRectF visual(const QRectF &rect) const; // the rect as drawn: mirrored across the page when right-to-left
    void drawFooter();

    QPdfWriter &m_writer;
    QCPPainter *m_painter;
    int m_totalPages;
    Footer m_footer;
    QString m_family;
    QRectF m_page0;   // the printable area
    QRectF m_content; // the page minus the footer
    double m_y = 0;
    int m_page = 1;
    bool m_pageHasContent = false;
    bool m_rightToLeft = false;
    QVector<QVector<Placed>> m_placed; // per page
    QStringList m_problems;
};

} // namespace fp::report
