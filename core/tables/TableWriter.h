// Writes a table (a header row and text rows) to CSV or .xlsx for the clerk's Excel, the website or the city
// platform; a failed export never leaves half a file, since the file is written beside the target and renamed.
#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

class TableWriter final
{
    Q_DECLARE_TR_FUNCTIONS(TableWriter)

public:
    // UTF-8 with BOM (so that Excel detects the encoding), CR LF line ends, cells quoted when they contain
    // , " CR or LF (quotes doubled). Against CSV injection a cell starting with = + - @ TAB or CR gets a leading
    // apostrophe, except plain numbers ("-12.5", "+8613812345678"), so negative amounts and phone numbers with a
    // country code stay as they are; so does a cell whose own apostrophes are followed by one of these ("'=1"
    // becomes "''=1"), which makes the guard removable exactly: withoutCsvGuard(csvSafeText(x)) == x for every x.
    // TableReader keeps the apostrophe (it reads any CSV); the registry import takes it away again.
    // Note: Excel, opening a CSV by double-click, turns long digit strings and leading zeros into numbers; the .xlsx
    // export keeps them.
    static bool writeCsv(const QString& path, const QStringList& headers, const QList<QStringList>& rows,
                         QString* error);

    // One worksheet: every cell a string (codes never become numbers, and no cell is ever a formula), the columns
    // formatted as text so that what the clerk types in later stays text too; the header row bold on a fill,
    // frozen, with an autofilter. columnWidths in Excel character units; when empty (or shorter than headers) the
    // widths come from the content, CJK characters counting double. The sheet name is made valid for Excel.
    static bool writeXlsx(const QString& path, const QString& sheetName, const QStringList& headers,
                          const QList<QStringList>& rows, QString* error, const QList<double>& columnWidths = {});

    // By extension: .csv or .xlsx (any case); anything else is an error saying so.
    static bool write(const QString& path, const QString& sheetName, const QStringList& headers,
                      const QList<QStringList>& rows, QString* error, const QList<double>& columnWidths = {});

    // The text a cell gets in CSV (the injection guard; no quoting).
    static QString csvSafeText(const QString& cell);
    // The cell without the guard csvSafeText added: one leading apostrophe, only where csvSafeText would have put
    // it (before = + - @ TAB or CR, possibly after further apostrophes); any other cell is given back unchanged.
    static QString withoutCsvGuard(const QString& cell);

    // A valid Excel sheet name: at most 31 characters, none of []:*?/\, no leading or trailing apostrophe.
    static QString sheetNameFor(const QString& name);
};
