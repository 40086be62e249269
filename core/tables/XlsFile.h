// An Excel 97–2003 workbook (.xls, BIFF8 in an OLE2 compound file), read with FreeXL. Before FreeXL sees the file,
// our own bounded walk of the compound file and the workbook's records says what the file is (BIFF8, BIFF5 or
// older, password-protected, an encrypted .xlsx, another Office document), which worksheet to read (the first
// visible one, as for .xlsx), how large it claims to be, and its merged ranges — FreeXL reports no merges.
// TableReader::readXls turns the cells into a Table; this class says nothing to the clerk itself.
#pragma once

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <memory>

class XlsFile final
{
public:
    enum class Status {
        Ok,
        CannotOpen, // the file cannot be read from disk
        Damaged, // not a compound file, or its structure or records are broken
        NotWorkbook, // a compound file without a workbook stream (a Word or PowerPoint file …)
        EncryptedXlsx, // an .xlsx workbook protected with a password (an "EncryptedPackage" stream)
        Encrypted, // a BIFF8 workbook protected with a password (FILEPASS)
        OldFormat, // BIFF5 (Excel 5.0/95) or older
        NoWorksheet, // only chart sheets or macro sheets
        TooManyCells, // the worksheet's declared size is over the cap
        TextTooLong, // a text FreeXL cannot read whole (problem(): its cell and length)
        DateOutOfRange, // a date cell after 9999-12-31 (problem(): its cell and serial number)
        TooManyDates, // more date cells than FreeXL reads in a few seconds
    };

    // Where a check stopped: the worksheet, the row and column (0-based; -1 when no cell is known) and a number
    // (a text's length, a date's serial number).
    struct Problem
    {
        QString sheet;
        int row = -1;
        int column = -1;
        qint64 value = 0;
    };

    struct Merge
    {
        int top, left, bottom, right;
    };

    enum class CellKind { Empty, Integer, Number, Text, SharedText, Date, DateTime, Time };
    struct Cell
    {
        CellKind kind = CellKind::Empty;
        double number = 0; // Integer, Number
        const char* text = nullptr; // UTF-8, owned by FreeXL: Text, SharedText (the same pointer for the same
                                    // shared string), Date ("yyyy-MM-dd"), DateTime ("yyyy-MM-dd HH:mm:ss"), Time
        int shared = -1; // SharedText: its index in sharedStrings(), -1 when only FreeXL's text is known
    };

    XlsFile();
    ~XlsFile();
    XlsFile(const XlsFile&) = delete;
    XlsFile& operator=(const XlsFile&) = delete;

    // Reads the file (at most maxBytes; the caller checks the size first), checks it, and opens the chosen worksheet
    // with FreeXL when it holds at most maxCells cells. detail() says more when Damaged.
    Status open(const QString& path, qint64 maxBytes, qint64 maxCells);

    QString sheetName() const { return m_sheetName; }
    const QList<Merge>& merges() const { return m_merges; }
    int rows() const { return m_rows; }
    int columns() const { return m_columns; }
    QString detail() const { return m_detail; }
    // The shared string table as we read it ourselves, whole (FreeXL 1.0 cuts texts that run over several CONTINUE
    // records); a cell's `shared` indexes it.
    const QStringList& sharedStrings() const { return m_sharedStrings; }

    // A cell of the opened worksheet; false when FreeXL could not read it (the file is damaged).
    bool cell(int row, int column, Cell* cell);

    Problem problem() const { return m_problem; }

    // What the checks found: the worksheet to read, its merged ranges, the shared strings; why not.
    struct Inspection
    {
        QString sheetName;
        QList<Merge> merges;
        QStringList sharedStrings;
        QString detail;
        Problem problem;
    };
    // The checks open() makes before FreeXL is asked, on the file's bytes.
    static Status inspect(const QByteArray& bytes, qint64 maxCells, Inspection* inspection = nullptr);

private:
    const void* m_handle = nullptr;
    QString m_sheetName;
    QList<Merge> m_merges;
    QStringList m_sharedStrings;
    QHash<const char*, int> m_sharedIndex;
    int m_rows = 0;
    int m_columns = 0;
    QString m_detail;
    Problem m_problem;
};
