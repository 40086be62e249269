// Reads the rows of a spreadsheet a clerk chooses to import: CSV (UTF-8 with or without BOM, GBK/GB18030, UTF-16)
// or the first worksheet of an .xlsx or .xls workbook, cell texts as Excel shows them; finding columns is
// TableHeader's job.
#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

#include <functional>
#include <optional>

struct Table
{
    // rows[i] is row i + 1 of the sheet or the CSV file (the number Excel shows), blank rows included. Rows may have
    // different lengths and need not reach the last column: read cells with cell() or value().
    QList<QStringList> rows;
    QString sourceName; // the file name without folder, for messages
    QString sheetName; // .xlsx and .xls: the worksheet that was read; CSV: empty
    QString encoding; // CSV: "UTF-8", "GB18030" or "UTF-16"; .xlsx and .xls: empty

    QString cell(qsizetype row, qsizetype column) const { return rows.value(row).value(column); }
    static int rowNumber(qsizetype index) { return int(index + 1); }
};

class TableReader final
{
    Q_DECLARE_TR_FUNCTIONS(TableReader)

public:
    // Called now and then while reading: done and total are in the same unit (bytes or characters), done <= total,
    // and the last call has done == total. Returning false cancels the reading.
    using Progress = std::function<bool(qint64 done, qint64 total)>;

    static constexpr qint64 kMaxFileBytes = 512LL * 1024 * 1024; // CSV files, and .xlsx files on disk
    static constexpr qint64 kMaxUncompressedBytes = 512LL * 1024 * 1024; // all .xlsx parts read, once inflated
    // .xls files: FreeXL holds the whole workbook (its strings, and a cell slot for every cell of the worksheet's
    // declared size) in memory, and our structure check reads the file once before it. A BIFF8 sheet of kMaxCells
    // cells takes well under this.
    static constexpr qint64 kMaxXlsFileBytes = 128LL * 1024 * 1024;
    static constexpr qint64 kMaxCells = 10'000'000; // cells kept, merged-cell fill included
    // Excel's own limit on the text of one cell: a longer cell (or header) is refused, naming its row and column,
    // before anything else is done with it.
    static constexpr qint64 kMaxCellCharacters = 32'767;
    // .xlsx: text that the file names again rather than holds (a shared string used by a second cell, a merged
    // value copied into the other cells of its range) may add up to this many characters. The text itself is
    // shared by the cells, not copied; the cap bounds what the importer does with each cell.
    static constexpr qint64 kMaxRepeatedCharacters = 16'000'000;

    // Recognises the format from the content, not the extension: "PK\3\4" is read as .xlsx, an OLE2 file as .xls
    // (a password-protected workbook, an older Excel format or another Office document gets a message naming it),
    // other known non-table formats give a message saying what to do, anything else (a web page or CSV saved under
    // the name .xls too) is read as CSV. On failure returns nullopt and sets *error to one or two sentences for the
    // clerk; cancelling through progress gives cancelledMessage().
    static std::optional<Table> read(const QString& path, QString* error, const Progress& progress = {});

    // CSV bytes (every cell at most kMaxCellCharacters): encoding from the BOM, else UTF-8 when the bytes are UTF-8,
    // else GB18030 (superset of GBK and GB2312); delimiter ',' unless the first lines clearly use tab or ';' ("sep=;"
    // as first line is honoured); RFC 4180 quotes ("" inside quotes, delimiters and line breaks inside quotes, which
    // come out as "\n"); CR LF, LF and CR line ends. An empty line gives an empty row. A "sep=" line is not counted as
    // a row (Excel does not show it). A quote that is never closed is an error naming its row. sourceName is left
    // empty.
    static std::optional<Table> readCsv(const QByteArray& data, QString* error, const Progress& progress = {});

    // The first visible worksheet of an .xlsx file. Cells: shared strings (rich text runs joined, phonetic runs
    // left out), inline strings, numbers, booleans (TRUE / FALSE), errors (#N/A …) and formulas' cached values.
    // Numbers come out as Excel shows them in a General cell: integers without ".0" or exponent (13812345678),
    // other values rounded to 15 significant digits in their shortest form, and magnitudes from 1e15 on in Excel's
    // scientific form ("9.14690062012665E+17"), since their last digits were lost when Excel stored them. Cells
    // with a date format come out as yyyy-MM-dd (yyyy-MM-dd HH:mm[:ss] when a date-time has a time), time formats
    // as HH:mm[:ss], formats of zeros only ("000000") pad with zeros. Every cell of a merged range gets the value of
    // its top-left cell; overlapping or repeated merged ranges are refused with a message naming them. Budgets:
    // kMaxCellCharacters per cell, kMaxRepeatedCharacters, kMaxCells; the progress is also asked, so the reading
    // can be cancelled, while merged ranges are checked and filled. maxUncompressedBytes is a parameter so that tests
    // can try the guard on small files.
    static std::optional<Table> readXlsx(const QString& path, QString* error, const Progress& progress = {},
                                         qint64 maxUncompressedBytes = kMaxUncompressedBytes);

    // The first visible worksheet of an Excel 97–2003 workbook (BIFF8), read with FreeXL, into the same table as
    // readXlsx: texts, numbers as a General cell shows them (as readXlsx), dates as yyyy-MM-dd (and HH:mm[:ss] when
    // a date-time has a time), times as HH:mm[:ss]; merged ranges filled and checked as in readXlsx (read from the
    // file's MERGEDCELLS records, since FreeXL does not report them). Number formats other than dates and times
    // (such as "000000") are not known to FreeXL: such numbers come out as General. Refused by name: files
    // protected with a password, Excel 5.0/95 and older, other Office documents. Budgets: maxFileBytes before
    // anything is read, kMaxCells from the worksheet's declared size before FreeXL reads it, kMaxCellCharacters
    // and kMaxRepeatedCharacters as in readXlsx; progress is asked for every row read.
    static std::optional<Table> readXls(const QString& path, QString* error, const Progress& progress = {},
                                        qint64 maxFileBytes = kMaxXlsFileBytes);

    static QString cancelledMessage();

    // The column's letters as Excel shows them: 0 → "A", 25 → "Z", 26 → "AA", 16383 → "XFD".
    static QString columnName(int column);
};
