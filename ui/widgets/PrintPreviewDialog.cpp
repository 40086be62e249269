#include "PrintPreviewDialog.h"

#include "DocumentPrinter.h"
#include "MessageBox.h"
#include "PlainText.h"
#include "ScreenFit.h"

#include <QHBoxLayout>
#include <QPrintDialog>
#include <QPrintPreviewWidget>
#include <QPrinterInfo>
#include <QPushButton>
#include <QVBoxLayout>

PrintPreviewDialog::PrintPreviewDialog(Database& db, const DrawDocument& document, QWidget* parent)
    : QDialog(parent)
    , m_db(db)
    , m_document(document)
    , m_printer(QPrinter::HighResolution)
{
    setWindowTitle(tr("Print preview — %1").arg(document.title));
    DocumentPrinter::setUp(&m_printer, m_document);
    m_view = new QPrintPreviewWidget(&m_printer, this);
    m_view->setObjectName(QStringLiteral("previewView"));
    connect(m_view, &QPrintPreviewWidget::paintRequested, this,
            [this](QPrinter* printer) { DocumentPrinter::paint(printer, m_document); });

    const auto button = [this](const QString& text, const QString& name) {
        auto* b = new QPushButton(text, this);
        b->setObjectName(name);
        b->setAutoDefault(false);
        return b;
    };
    m_previous = button(tr("Previous page"), QStringLiteral("previousPageButton"));
    m_next = button(tr("Next page"), QStringLiteral("nextPageButton"));
    m_pageLabel = new PlainLabel(this);
    m_pageLabel->setObjectName(QStringLiteral("pageLabel"));
    auto* fitWidthButton = button(tr("Fit width"), QStringLiteral("fitWidthButton"));
    auto* fitPageButton = button(tr("Whole page"), QStringLiteral("fitPageButton"));
    auto* zoomIn = button(tr("Zoom in"), QStringLiteral("zoomInButton"));
    auto* zoomOut = button(tr("Zoom out"), QStringLiteral("zoomOutButton"));
    m_print = button(tr("Print…"), QStringLiteral("printButton"));
    m_pdf = button(tr("Save as PDF…"), QStringLiteral("pdfButton"));
    auto* close = button(tr("Close"), QStringLiteral("closeButton"));

    auto* tools = new QHBoxLayout;
    tools->addWidget(m_previous);
    tools->addWidget(m_pageLabel);
    tools->addWidget(m_next);
    tools->addSpacing(12);
    tools->addWidget(fitWidthButton);
    tools->addWidget(fitPageButton);
    tools->addWidget(zoomIn);
    tools->addWidget(zoomOut);
    tools->addStretch(1);
    tools->addWidget(m_print);
    tools->addWidget(m_pdf);
    tools->addWidget(close);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(tools);
    layout->addWidget(m_view, 1);

    connect(m_previous, &QPushButton::clicked, this, [this] { showPage(currentPage() - 1); });
    connect(m_next, &QPushButton::clicked, this, [this] { showPage(currentPage() + 1); });
    connect(fitWidthButton, &QPushButton::clicked, this, &PrintPreviewDialog::fitWidth);
    connect(fitPageButton, &QPushButton::clicked, this, &PrintPreviewDialog::fitPage);
    connect(zoomIn, &QPushButton::clicked, m_view, [this] { m_view->zoomIn(); });
    connect(zoomOut, &QPushButton::clicked, m_view, [this] { m_view->zoomOut(); });
    connect(m_print, &QPushButton::clicked, this, &PrintPreviewDialog::print);
    connect(m_pdf, &QPushButton::clicked, this, &PrintPreviewDialog::savePdf);
    connect(close, &QPushButton::clicked, this, &QDialog::reject);
    connect(m_view, &QPrintPreviewWidget::previewChanged, this, &PrintPreviewDialog::updatePageLabel);

    // Without a printer nothing can be printed; a PDF can still be saved (and printed elsewhere).
    if (QPrinterInfo::availablePrinters().isEmpty()) {
        m_print->setEnabled(false);
        m_print->setToolTip(tr("No printer was found; save the document as a PDF instead."));
    }

    // The pages are laid out now, not when the dialog is first shown: the page count is known at once.
    m_view->updatePreview();
    fitWidth();
    ScreenFit::resize(this, {900, 1000});
    updatePageLabel();
}

PrintPreviewDialog::~PrintPreviewDialog() = default;

int PrintPreviewDialog::pageCount() const
{
    return m_view->pageCount();
}

int PrintPreviewDialog::currentPage() const
{
    return m_view->currentPage();
}

void PrintPreviewDialog::showPage(int page)
{
    m_view->setCurrentPage(qBound(1, page, qMax(1, pageCount())));
    updatePageLabel();
}

void PrintPreviewDialog::fitWidth()
{
    m_view->fitToWidth();
}

void PrintPreviewDialog::fitPage()
{
    m_view->fitInView();
}

std::unique_ptr<QPrintDialog> PrintPreviewDialog::printDialog()
{
    auto dialog = std::make_unique<QPrintDialog>(&m_printer, this);
    dialog->setWindowTitle(tr("Print %1").arg(m_document.title));
    // "Print to file" would write a PDF without asking for its name; 另存为PDF… asks.
    dialog->setOption(QAbstractPrintDialog::PrintToFile, false);
    return dialog;
}

void PrintPreviewDialog::print()
{
    const auto dialog = printDialog();
    if (dialog->exec() != QDialog::Accepted)
        return;
    // Never a file behind the clerk's back, whatever the platform's dialog offered.
    if (m_printer.outputFormat() != QPrinter::NativeFormat || !m_printer.outputFileName().isEmpty()) {
        m_printer.setOutputFileName({});
        MessageBox::warning(this, tr("Not printed"),
                            tr("Choose a printer to print; to keep the document as a file, use “Save as PDF…”."));
        return;
    }
    m_view->print();
    m_printed = true;
    accept();
}

void PrintPreviewDialog::savePdf()
{
    DocumentPrinter::savePdf(this, m_db, m_document);
}

void PrintPreviewDialog::updatePageLabel()
{
    const int pages = pageCount();
    const int page = qBound(pages > 0 ? 1 : 0, currentPage(), pages);
    m_pageLabel->setText(tr("Page %1 of %2").arg(page).arg(pages));
    m_previous->setEnabled(page > 1);
    m_next->setEnabled(page < pages);
}
