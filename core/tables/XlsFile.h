// An Excel 97–2003 workbook (.xls, BIFF8 in an OLE2 compound file), read with FreeXL. Before FreeXL sees the file,
// our own bounded walk of the compound file and the workbook's records says what the file is (BIFF8, BIFF5 or
// older, password-protected, an encrypted .xlsx, another Office document), which worksheet to read (the first
// visible one, as for .xlsx), how large it claims to be, and its merged ranges — FreeXL reports no merges.
// TableReader::readXls turns the cells into a Table; this class says nothing to the clerk itself.
#pragma once

#include <QList>
#include <QString>

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

    // A cell of the opened worksheet; false when FreeXL could not read it (the file is damaged).
    bool cell(int row, int column, Cell* cell);

    // The checks open() makes before FreeXL is asked, on the file's bytes.
    static Status inspect(const QByteArray& bytes, qint64 maxCells, QString* sheetName = nullptr,
                          QList<Merge>* merges = nullptr, QString* detail = nullptr);

private:
    const void* m_handle = nullptr;
    QString m_sheetName;
    QList<Merge> m_merges;
    int m_rows = 0;
    int m_columns = 0;
    QString m_detail;
};
