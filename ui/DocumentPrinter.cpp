#include "DocumentPrinter.h"

#include "AuditTrail.h"
#include "ExportFile.h"
#include "FileDialog.h"
#include "MessageBox.h"

#include <QAbstractTextDocumentLayout>
#include <QDir>
#include <QFileInfo>
#include <QPageLayout>
#include <QPainter>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QStandardPaths>
#include <QTextDocument>

namespace {

QString& previewed()
{
    static QString title;
    return title;
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

    QTextDocument text;
    text.documentLayout()->setPaintDevice(printer);
    QFont base = footerFont;
    base.setPointSizeF(10.5);
    text.setDefaultFont(base);
    text.setDocumentMargin(0);
    text.setHtml(document.html);
    const QSizeF body(area.width(), area.height() - footerHeight);
    text.setPageSize(body);
    const int pages = text.pageCount();

    for (int i = 0; i < pages; ++i) {
        if (i > 0)
            printer->newPage();
        painter.save();
        painter.translate(0, -i * body.height());
        text.drawContents(&painter, QRectF(0, i * body.height(), body.width(), body.height()));
        painter.restore();

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

bool DocumentPrinter::preview(QWidget* parent, const DrawDocument& document)
{
    previewed() = document.title;
    if (MessageBox::testMode())
        return true;
    QPrinter printer(QPrinter::HighResolution);
    setUp(&printer, document);
    QPrintPreviewDialog dialog(&printer, parent);
    dialog.setWindowTitle(tr("Print preview — %1").arg(document.title));
    dialog.resize(900, 1000);
    QObject::connect(&dialog, &QPrintPreviewDialog::paintRequested, &dialog,
                     [&document](QPrinter* p) { paint(p, document); });
    // The preview accepts itself once it has printed; closing it is a rejection.
    return dialog.exec() == QDialog::Accepted;
}

void DocumentPrinter::preview(QWidget* parent, Database& db, const DrawDocument& document)
{
    if (!preview(parent, document))
        return;
    QString error;
    if (!AuditTrail::recordEvent(db, QStringLiteral("print"), QStringLiteral("document"), document.title,
                                 {{QStringLiteral("footer"), document.footer}}, &error))
        MessageBox::warning(parent, tr("Printing was not recorded"), error);
}

void DocumentPrinter::savePdf(QWidget* parent, Database& db, const DrawDocument& document)
{
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    QString fileName = FileDialog::getSaveFileName(parent, tr("Save as PDF"),
                                                   QDir(dir).filePath(document.title + QStringLiteral(".pdf")),
                                                   tr("PDF files (*.pdf)"));
    if (fileName.isEmpty())
        return;
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
    MessageBox::information(parent, tr("PDF saved"),
                            tr("%1 (%n page(s)) was saved as %2.", nullptr, pages)
                                .arg(document.title, QDir::toNativeSeparators(fileName)));
}

QString DocumentPrinter::lastPreviewed()
{
    return previewed();
}
