#include "DocumentPrinter.h"

#include "AuditTrail.h"
#include "ExportFile.h"
#include "ExportFolder.h"
#include "FileDialog.h"
#include "MessageBox.h"
#include "PrintPreviewDialog.h"

#include <QAbstractTextDocumentLayout>
#include <QDir>
#include <QFileInfo>
#include <QPageLayout>
#include <QPainter>
#include <QPrinter>
#include <QStandardPaths>
#include <QTextBlock>
#include <QTextDocument>
#include <QTextFrame>
#include <QTextLayout>
#include <QTextTable>

#include <algorithm>
#include <limits>

namespace {

QString& previewed()
{
    static QString title;
    return title;
}

// A stretch of the laid-out document (device pixels, top to bottom) that a page break must not cut: a line of
// text, or a table row together with the rows its cells span.
struct Unit
{
    qreal top = 0;
    qreal bottom = 0;
    int table = -1; // index into Pagination::tables for a body row of a table with header rows
    bool keepWithNext = false; // a heading, or a table's header rows: never the last thing on a page
    bool breakBefore = false; // page-break-before: always
    qreal overlap = 0; // how far the pages on either side of a cut after this unit paint past it (table borders)
};

// The header rows of a table, painted again at the top of each page the table continues on.
struct RepeatedHeader
{
    qreal top = 0; // above the table's top border
    qreal bottom = 0; // the middle of the border under the header rows
    qreal textTop = 0; // inside the first cells' padding: nothing above this is the header's
};

// One printed page: the document from `from` to `to`, below the header of `header` when it is >= 0.
struct PageSlice
{
    qreal from = 0;
    qreal to = 0;
    int header = -1;
    qreal overlapBefore = 0;
    qreal overlapAfter = 0;
};

class Pagination
{
public:
    Pagination(QTextDocument& document, qreal pageHeight)
        : m_document(document)
        , m_layout(document.documentLayout())
        , m_pageHeight(pageHeight)
    {
        collect(document.rootFrame());
        std::stable_sort(m_units.begin(), m_units.end(), [](const Unit& a, const Unit& b) { return a.top < b.top; });
    }

    QList<PageSlice> pages() const
    {
        const qreal pageHeight = m_pageHeight;
        QList<PageSlice> pages;
        const qsizetype n = m_units.size();
        const qreal end = m_document.size().height();
        if (n == 0) {
            pages << PageSlice {0, end, -1, 0, 0};
            return pages;
        }
        const auto cutAfter
            = [&](qsizetype j) { return j + 1 < n ? (m_units.at(j).bottom + m_units.at(j + 1).top) / 2 : end; };
        qreal pos = 0;
        qreal overlapBefore = 0;
        qsizetype i = 0;
        while (i < n) {
            const Unit& first = m_units.at(i);
            // A table continued from the page before gets its header rows again.
            // Below a repeated header the border between the two is drawn half by each, so no overlap is needed.
            int header = -1;
            if (first.table >= 0 && pos > m_headers.at(first.table).bottom) {
                header = first.table;
                overlapBefore = 0;
            }
            const qreal available = pageHeight - overlapBefore
                - (header >= 0 ? m_headers.at(header).bottom - m_headers.at(header).top : 0);
            if (available <= pageHeight / 4 || cutAfter(i) + first.overlap - pos > available) {
                // Taller than a page (or no room beside a huge header): cut it where the page ends.
                const qreal to = pos + (available > pageHeight / 4 ? available : pageHeight);
                pages << PageSlice {pos, to, available > pageHeight / 4 ? header : -1, overlapBefore, 0};
                pos = to;
                overlapBefore = 0;
                while (i < n && m_units.at(i).bottom <= pos)
                    ++i;
                continue;
            }
            qsizetype j = i;
            while (j + 1 < n && !m_units.at(j + 1).breakBefore
                   && cutAfter(j + 1) + m_units.at(j + 1).overlap - pos <= available)
                ++j;
            const qsizetype last = j;
            while (j > i && j + 1 < n && m_units.at(j).keepWithNext)
                --j;
            if (j == i && m_units.at(i).keepWithNext && last > i)
                j = last; // a heading followed by something that does not fit anyway: keep what fits
            const qreal to = cutAfter(j);
            const qreal overlapAfter = j + 1 < n ? m_units.at(j).overlap : 0;
            pages << PageSlice {pos, to, header, overlapBefore, overlapAfter};
            pos = to;
            overlapBefore = overlapAfter;
            i = j + 1;
        }
        return pages;
    }

    const RepeatedHeader& header(int index) const { return m_headers.at(index); }

private:
    void collect(QTextFrame* frame)
    {
        for (auto it = frame->begin(); !it.atEnd(); ++it) {
            if (QTextFrame* child = it.currentFrame()) {
                if (auto* table = qobject_cast<QTextTable*>(child))
                    collectTable(table);
                else
                    collect(child);
            } else if (it.currentBlock().isValid()) {
                collectBlock(it.currentBlock());
            }
        }
    }

    void collectBlock(const QTextBlock& block)
    {
        const QTextLayout* layout = block.layout();
        if (!layout || layout->lineCount() == 0)
            return;
        const QRectF rect = m_layout->blockBoundingRect(block);
        const qreal origin = rect.top() - layout->boundingRect().top();
        const QTextBlockFormat format = block.blockFormat();
        for (int l = 0; l < layout->lineCount(); ++l) {
            const QTextLine line = layout->lineAt(l);
            Unit unit;
            unit.top = origin + line.y();
            unit.bottom = unit.top + line.height();
            unit.keepWithNext = format.headingLevel() > 0;
            unit.breakBefore = l == 0 && (format.pageBreakPolicy() & QTextFormat::PageBreak_AlwaysBefore);
            m_units << unit;
        }
    }

    void collectTable(QTextTable* table)
    {
        const int rows = table->rows();
        const int columns = table->columns();
        if (rows == 0 || columns == 0)
            return;
        // The content of each row, from the first line of its cells to the last, and how far each row's group
        // reaches down (a cell spanning rows ties them together).
        QList<qreal> contentTop(rows, std::numeric_limits<qreal>::max());
        QList<qreal> contentBottom(rows, std::numeric_limits<qreal>::lowest());
        QList<int> reach(rows);
        for (int r = 0; r < rows; ++r)
            reach[r] = r;
        for (int r = 0; r < rows; ++r) {
            for (int c = 0; c < columns; ++c) {
                const QTextTableCell cell = table->cellAt(r, c);
                if (!cell.isValid() || cell.row() != r || cell.column() != c)
                    continue;
                const QTextBlock first = cell.firstCursorPosition().block();
                const QTextBlock last = cell.lastCursorPosition().block();
                const int lastRow = std::min(rows - 1, r + cell.rowSpan() - 1);
                contentTop[r] = std::min(contentTop[r], m_layout->blockBoundingRect(first).top());
                contentBottom[lastRow] = std::max(contentBottom[lastRow], m_layout->blockBoundingRect(last).bottom());
                reach[r] = std::max(reach[r], lastRow);
            }
        }
        for (int r = 1; r < rows; ++r) {
            if (contentTop[r] == std::numeric_limits<qreal>::max())
                contentTop[r] = contentBottom[r - 1];
        }
        for (int r = 0; r < rows; ++r) {
            if (contentBottom[r] == std::numeric_limits<qreal>::lowest())
                contentBottom[r] = contentTop[r];
        }
        // Half the space between two rows' contents: their padding and the border line in its middle.
        const auto halfGap = [&](int r) {
            return r + 1 < rows ? std::max<qreal>(0, (contentTop[r + 1] - contentBottom[r]) / 2)
                                : (r > 0 ? std::max<qreal>(0, (contentTop[r] - contentBottom[r - 1]) / 2) : 0);
        };

        const int headerRows = std::min(table->format().headerRowCount(), rows - 1);
        int headerIndex = -1;
        if (headerRows > 0) {
            headerIndex = int(m_headers.size());
            // From above the table's top border to the middle of the border under the header rows.
            m_headers << RepeatedHeader {contentTop[0] - halfGap(0) * 1.4,
                                         contentBottom[headerRows - 1] + halfGap(headerRows - 1),
                                         contentTop[0] - halfGap(0) * 0.5};
        }
        // A small table without header rows (the facts of a plan, the signature lines) stays in one piece.
        const qreal tableTop = contentTop[0] - halfGap(0);
        const qreal tableBottom = contentBottom[rows - 1] + halfGap(rows - 1);
        if (headerRows == 0 && tableBottom - tableTop <= m_pageHeight / 3) {
            m_units << Unit {tableTop, tableBottom, -1, false, false, 0};
            return;
        }
        for (int r = 0; r < rows;) {
            int to = reach[r];
            for (int k = r; k <= to; ++k)
                to = std::max(to, reach[k]);
            Unit unit;
            unit.top = contentTop[r] - (r == 0 ? halfGap(0) : 0);
            unit.bottom = contentBottom[to] + (to == rows - 1 ? halfGap(to) : 0);
            unit.table = r >= headerRows ? headerIndex : -1;
            unit.keepWithNext = r < headerRows;
            // The border between two rows is painted on both pages; a fifth of the gap covers the line.
            unit.overlap = to + 1 < rows ? halfGap(to) * 0.4 : 0;
            m_units << unit;
            r = to + 1;
        }
    }

    QTextDocument& m_document;
    QAbstractTextDocumentLayout* m_layout;
    qreal m_pageHeight;
    QList<Unit> m_units;
    QList<RepeatedHeader> m_headers;
};

// Paints the part `visible` of the laid-out document (document coordinates) at `pageY` on the page. Only text
// between textFrom and textTo is drawn: a PDF keeps the text of a clipped line, and a line of the page before or
// after must not be found on this page by a search or by copying.
void drawRegion(QPainter& painter, QTextDocument& text, qreal pageY, const QRectF& visible, qreal textFrom,
                qreal textTo)
{
    painter.save();
    painter.translate(0, pageY - visible.top());
    painter.setClipRect(visible);
    QAbstractTextDocumentLayout::PaintContext context;
    context.clip = QRectF(visible.left(), textFrom + 0.5, visible.width(), std::max<qreal>(0, textTo - textFrom - 1));
    text.documentLayout()->draw(&painter, context);
    painter.restore();
}

} // namespace

void DocumentPrinter::setUp(QPrinter* printer, const DrawDocument& document)
{
    printer->setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait, QMarginsF(18, 15, 18, 12),
                                       QPageLayout::Millimeter));
    printer->setDocName(document.title);
    printer->setCreator(QCoreApplication::applicationName());
}

int DocumentPrinter::paint(QPrinter* printer, const DrawDocument& document)
{
    QPainter painter;
    if (!painter.begin(printer))
        return -1;
    const QRectF area = printer->pageLayout().paintRectPixels(printer->resolution());
    const double dpi = printer->resolution();
    // The footer takes two small lines at the bottom of the printable area.
    QFont footerFont(QStringLiteral("Noto Sans CJK SC"));
    footerFont.setFamilies({QStringLiteral("Microsoft YaHei"), QStringLiteral("SimSun"),
                            QStringLiteral("Noto Sans CJK SC"), QStringLiteral("WenQuanYi Micro Hei")});
    footerFont.setPointSizeF(7.5);
    const QFontMetricsF footerMetrics(footerFont, printer);
    const double footerHeight = footerMetrics.lineSpacing() * 2 + dpi * 0.08;

    // The document is laid out as one long page and cut into pages here, not by QTextDocument: its own pagination
    // splits a table row across two pages and does not repeat the header rows (<thead>) on the next one.
    QTextDocument text;
    text.documentLayout()->setPaintDevice(printer);
    QFont base = footerFont;
    base.setPointSizeF(10.5);
    text.setDefaultFont(base);
    text.setDocumentMargin(0);
    text.setHtml(document.html);
    text.setPageSize(QSizeF(area.width(), -1));
    const QSizeF body(area.width(), area.height() - footerHeight);
    const Pagination pagination(text, body.height());
    const QList<PageSlice> slices = pagination.pages();
    const int pages = int(slices.size());

    for (int i = 0; i < pages; ++i) {
        if (i > 0)
            printer->newPage();
        const PageSlice& slice = slices.at(i);
        qreal y = 0;
        if (slice.header >= 0) {
            const RepeatedHeader& header = pagination.header(slice.header);
            drawRegion(painter, text, 0, QRectF(0, header.top, body.width(), header.bottom - header.top),
                       header.textTop, header.bottom);
            y = header.bottom - header.top;
        }
        drawRegion(painter, text, y,
                   QRectF(0, slice.from - slice.overlapBefore, body.width(),
                          slice.to - slice.from + slice.overlapBefore + slice.overlapAfter),
                   slice.from, slice.to);

        painter.save();
        painter.setFont(footerFont);
        painter.setPen(QColor(60, 60, 60));
        const double top = area.height() - footerHeight + dpi * 0.06;
        painter.drawLine(QPointF(0, top), QPointF(area.width(), top));
        const QRectF lines(0, top + dpi * 0.02, area.width(), footerHeight);
        painter.drawText(lines, Qt::AlignLeft | Qt::AlignTop,
                         footerMetrics.elidedText(document.footer, Qt::ElideMiddle, area.width() * 0.8));
        painter.drawText(lines, Qt::AlignRight | Qt::AlignTop,
                         QStringLiteral("第 %1 页 共 %2 页").arg(i + 1).arg(pages));
        painter.restore();
    }
    painter.end();
    return pages;
}

int DocumentPrinter::writePdf(const DrawDocument& document, const QString& fileName, QString* error)
{
    QPrinter printer(QPrinter::HighResolution);
    printer.setOutputFormat(QPrinter::PdfFormat);
    printer.setOutputFileName(fileName);
    setUp(&printer, document);
    const int pages = paint(&printer, document);
    if (pages < 0 || !QFileInfo(fileName).isFile() || QFileInfo(fileName).size() == 0) {
        if (error)
            *error = tr("Cannot write %1. Is the folder writable, and the file not open in another program?")
                         .arg(QDir::toNativeSeparators(fileName));
        return -1;
    }
    return pages;
}

bool DocumentPrinter::preview(QWidget* parent, Database& db, const DrawDocument& document, PrintEntry entry)
{
    previewed() = document.title;
    bool printed = true;
    if (!MessageBox::testMode()) {
        PrintPreviewDialog dialog(db, document, parent);
        dialog.exec();
        printed = dialog.printed();
    }
    if (!printed || entry != PrintEntry::Record)
        return printed;
    QString error;
    if (!AuditTrail::recordEvent(db, QStringLiteral("print"), QStringLiteral("document"), document.title,
                                 {{QStringLiteral("footer"), document.footer}}, &error))
        MessageBox::warning(parent, tr("Printing was not recorded"), error);
    return printed;
}

void DocumentPrinter::savePdf(QWidget* parent, Database& db, const DrawDocument& document)
{
    QString fileName = FileDialog::getSaveFileName(parent, tr("Save as PDF"),
                                                   ExportFolder::proposed(db, document.title + QStringLiteral(".pdf")),
                                                   tr("PDF files (*.pdf)"));
    if (fileName.isEmpty())
        return;
    ExportFolder::remember(db, fileName);
    if (!fileName.endsWith(QLatin1String(".pdf"), Qt::CaseInsensitive))
        fileName += QStringLiteral(".pdf");
    QString error;
    const int pages = writePdf(document, fileName, &error);
    if (pages < 0) {
        MessageBox::warning(parent, tr("PDF not saved"), error);
        return;
    }
    if (!ExportFile::record(db, fileName, {{QStringLiteral("title"), document.title}, {QStringLiteral("pages"), pages}},
                            &error))
        MessageBox::warning(parent, tr("Saving was not recorded"), error);
    MessageBox::information(
        parent, tr("PDF saved"),
        tr("%1 (%n page(s)) was saved as %2.", nullptr, pages).arg(document.title, QDir::toNativeSeparators(fileName)));
}

QString DocumentPrinter::lastPreviewed()
{
    return previewed();
}
