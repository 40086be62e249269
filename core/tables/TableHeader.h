// Finds the header row of an imported table and the column of each expected field, by header name in any order:
// title rows and blank rows above are passed over, and a header spread over two rows (merged cells) is understood.
#pragma once

#include "TableReader.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <functional>

struct ColumnSpec
{
    QString key; // the field the importer fills, e.g. "creditCode"; an English header equal to it also matches
    QStringList names; // header names that mean this field, the usual one first ("统一社会信用代码", "信用代码" …)
    bool required = false;
};

// The file column the clerk chose for a field: ColumnSpec::key → the column's name as the file has it (one of
// HeaderMatch::columnNames, compared by TableText::headerKey). A chosen column wins over the built-in names.
using ColumnMapping = QHash<QString, QString>;

struct HeaderMatch
{
    int headerRow = -1; // index into Table::rows of the (first) header row; -1 when no header was found
    int headerRows = 0; // 1, or 2 for a header spread over two rows
    int firstDataRow = -1; // index of the first row after the header (it may be blank: skip blank rows)
    QHash<QString, int> columns; // ColumnSpec::key → column index, for the specs found
    QStringList unknownColumns; // header texts that match no spec, in column order; a second column for a key
                                // already found is listed as "<text> (duplicate column)"
    QStringList missingRequired; // the first name of each required spec not found
    QStringList missingKeys; // the key of each required spec not found, in the specs' order
    // The header's name of every column ("" for an unnamed one; a two-row header as "upper / lower"). When no
    // header was found: the names in the first non-blank row, for choosing columns by hand.
    QStringList columnNames;
    int namesRow = -1; // the row columnNames come from (headerRow, or the first non-blank row)
    QStringList unmatchedMapping; // the keys of the mapping whose column is not in the header
    bool cancelled = false; // locate() was cancelled through its keepGoing: nothing else is set

    bool found() const { return headerRow >= 0; }
    bool isComplete() const { return found() && missingRequired.isEmpty(); }
};

class TableHeader final
{
    Q_DECLARE_TR_FUNCTIONS(TableHeader)

public:
    static constexpr int kScanRows = 30;
    // Asked between rows; returning false cancels locate().
    using KeepGoing = std::function<bool()>;

    // Looks at the first kScanRows rows for the row, or pair of rows, whose cells match the most specs by
    // TableText::headerKey. For a pair (rows r and r + 1) each column is tried as upper + lower text
    // ("联系人" + "电话"), lower text, then upper text; a pair is taken only when it matches more specs than either
    // row alone. On equal counts the earlier row wins. Each column serves one spec; the first column wins.
    // A mapping (ColumnMapping) is tried first in every row: its columns count for the header row like built-in
    // names, and take their field before any built-in name does.
    static HeaderMatch locate(const Table& table, const QList<ColumnSpec>& specs, const KeepGoing& keepGoing = {},
                              const ColumnMapping& mapping = {});

    // What identifies a set of header names, whatever their order, spacing or width: where a mapping chosen for
    // files with these columns is remembered. Empty for no names.
    static QString headerSetKey(const QStringList& columnNames);

    // True when no cell has anything but white space (U+3000 and line breaks included).
    static bool isBlankRow(const QStringList& row);
};
