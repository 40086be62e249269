// Prints the documents of a draw (DrawDocuments): lays the HTML out on A4 and paints each page itself, with the
// document's footer line and "第 x 页 共 y 页" (QTextDocument has no page-number field). Preview, print and PDF.
#pragma once

#include "DrawDocuments.h"

#include <QCoreApplication>
#include <QString>

class Database;
class QPrinter;
class QWidget;

class DocumentPrinter final
{
    Q_DECLARE_TR_FUNCTIONS(DocumentPrinter)

public:
    // Whether preview() writes a print into the audit log (全程留痕: who printed which sheet), or the caller does
    // (the audit log's own printout names its filter and rows).
    enum class PrintEntry { Record, CallerRecords };

    // Shows the print preview (PrintPreviewDialog: print, or save as PDF, from there); true when the clerk printed.
    // In MessageBox's test mode nothing is shown, the document is only remembered (lastPreviewed) and counts as
    // printed.
    static bool preview(QWidget* parent, Database& db, const DrawDocument& document,
                        PrintEntry entry = PrintEntry::Record);
    // Asks for a PDF file name (FileDialog) and writes the document there; says so or says what went wrong. The
    // saved file is an export in the audit log.
    static void savePdf(QWidget* parent, Database& db, const DrawDocument& document);
    // Writes the document as an A4 PDF without asking anything; the page count, or -1 with *error set.
    static int writePdf(const DrawDocument& document, const QString& fileName, QString* error);
    // Lays the document out on the printer's page and paints every page with its footer; returns the page count.
    static int paint(QPrinter* printer, const DrawDocument& document);

    // Gives the printer the document's A4 page with its margins, its name and the program as creator.
    static void setUp(QPrinter* printer, const DrawDocument& document);

    static QString lastPreviewed();
};
