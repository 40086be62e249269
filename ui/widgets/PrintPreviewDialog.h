// The print preview of a document (issue 17): fits the screen and opens at the page's width, pages through with
// 上一页/下一页 and "第 x 页 共 y 页", zooms, and from there prints or saves a PDF. 打印… opens the printer dialog
// without its "print to file" entry (that wrote a PDF silently into the home folder under the document's name);
// 另存为PDF… asks for the name in the remembered export folder (DocumentPrinter::savePdf). Without a printer 打印…
// is disabled and says to save a PDF instead.
#pragma once

#include "DrawDocuments.h"

#include <QDialog>
#include <QPrinter>

#include <memory>

class Database;
class QLabel;
class QPrintDialog;
class QPrintPreviewWidget;
class QPushButton;

class PrintPreviewDialog final : public QDialog
{
    Q_OBJECT

public:
    PrintPreviewDialog(Database& db, const DrawDocument& document, QWidget* parent = nullptr);
    ~PrintPreviewDialog() override;

    // True once the document went to a printer.
    bool printed() const { return m_printed; }
    int pageCount() const;
    int currentPage() const;

    void showPage(int page);
    void fitWidth();
    void fitPage();
    // Prints through the printer dialog (printDialog()); closes the preview once printed.
    void print();
    // Saves a PDF under a name the clerk chooses (FileDialog); the preview stays open.
    void savePdf();

    // The printer dialog 打印… opens: without the "print to file" entry.
    std::unique_ptr<QPrintDialog> printDialog();

    QPrintPreviewWidget* view() const { return m_view; }
    QLabel* pageLabel() const { return m_pageLabel; }
    QPushButton* printButton() const { return m_print; }
    QPushButton* pdfButton() const { return m_pdf; }

private:
    void updatePageLabel();

    Database& m_db;
    DrawDocument m_document;
    QPrinter m_printer;
    QPrintPreviewWidget* m_view;
    QLabel* m_pageLabel;
    QPushButton* m_previous;
    QPushButton* m_next;
    QPushButton* m_print;
    QPushButton* m_pdf;
    bool m_printed = false;
};
