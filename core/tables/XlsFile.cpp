#include "XlsFile.h"

#include <QFile>
#include <QHash>

#include <freexl.h>

#include <algorithm>
#include <cstring>

namespace {

constexpr quint32 kEndOfChain = 0xFFFFFFFE;
constexpr quint32 kFreeSector = 0xFFFFFFFF;
constexpr int kMaxBiffRows = 65536;
constexpr int kMaxBiffColumns = 256;

quint16 u16(const QByteArray& b, qsizetype at)
{
    return quint16(uchar(b.at(at)) | (uchar(b.at(at + 1)) << 8));
}

quint32 u32(const QByteArray& b, qsizetype at)
{
    return quint32(u16(b, at)) | (quint32(u16(b, at + 2)) << 16);
}

// The compound file in memory: sectors, the allocation tables and the directory, every index checked.
class Compound final
{
public:
    explicit Compound(const QByteArray& bytes)
        : m_bytes(bytes)
    { }

    bool load(QString* detail)
    {
        if (m_bytes.size() < 512 || !m_bytes.startsWith("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1"))
            return fail(detail, QStringLiteral("no compound file header"));
        const int shift = u16(m_bytes, 0x1E);
        if (shift != 9 && shift != 12)
            return fail(detail, QStringLiteral("sector size 2^%1").arg(shift));
        m_sectorSize = 1 << shift;
        const int miniShift = u16(m_bytes, 0x20);
        if (miniShift != 6)
            return fail(detail, QStringLiteral("mini sector size 2^%1").arg(miniShift));
        // Whole sectors after the header only: a cut-off last sector is not read.
        m_sectorCount = quint32(qMax<qsizetype>(0, m_bytes.size() - m_sectorSize) / m_sectorSize);
        m_miniCutoff = u32(m_bytes, 0x38);

        // The sectors of the FAT: 109 in the header, the rest in the DIFAT chain.
        const quint32 fatSectors = u32(m_bytes, 0x2C);
        if (fatSectors > m_sectorCount)
            return fail(detail, QStringLiteral("%1 FAT sectors").arg(fatSectors));
        QList<quint32> fatList;
        for (int i = 0; i < 109 && quint32(fatList.size()) < fatSectors; ++i)
            fatList.append(u32(m_bytes, 0x4C + 4 * i));
        quint32 difat = u32(m_bytes, 0x44);
        quint32 guard = 0;
        while (quint32(fatList.size()) < fatSectors && difat != kEndOfChain && difat != kFreeSector) {
            if (difat >= m_sectorCount || ++guard > m_sectorCount)
                return fail(detail, QStringLiteral("DIFAT chain"));
            const qsizetype at = offset(difat);
            const int perSector = m_sectorSize / 4 - 1;
            for (int i = 0; i < perSector && quint32(fatList.size()) < fatSectors; ++i)
                fatList.append(u32(m_bytes, at + 4 * i));
            difat = u32(m_bytes, at + 4 * perSector);
        }
        if (quint32(fatList.size()) < fatSectors)
            return fail(detail, QStringLiteral("FAT incomplete"));
        m_fat.reserve(qsizetype(fatSectors) * (m_sectorSize / 4));
        for (const quint32 sector : std::as_const(fatList)) {
            if (sector >= m_sectorCount)
                return fail(detail, QStringLiteral("FAT sector %1").arg(sector));
            const qsizetype at = offset(sector);
            for (int i = 0; i < m_sectorSize / 4; ++i)
                m_fat.append(u32(m_bytes, at + 4 * i));
        }

        // The directory: 128-byte entries in the chain from the header's first directory sector.
        QByteArray directory;
        if (!chain(u32(m_bytes, 0x30), m_fat, false, -1, &directory))
            return fail(detail, QStringLiteral("directory chain"));
        for (qsizetype at = 0; at + 128 <= directory.size(); at += 128) {
            Entry e;
            const int nameBytes = qBound(0, int(u16(directory, at + 0x40)) - 2, 62);
            for (int k = 0; k + 1 < nameBytes; k += 2)
                e.name.append(QChar(char16_t(u16(directory, at + k))));
            e.type = uchar(directory.at(at + 0x42));
            e.start = u32(directory, at + 0x74);
            e.size = u32(directory, at + 0x78);
            m_entries.append(e);
        }
        if (m_entries.isEmpty() || m_entries.front().type != 5)
            return fail(detail, QStringLiteral("no root entry"));
        return true;
    }

    bool hasStream(const QString& name) const { return find(name) >= 0; }

    // The bytes of a stream; false when its chain is broken.
    bool stream(const QString& name, QByteArray* out, QString* detail)
    {
        const qsizetype i = find(name);
        if (i < 0)
            return fail(detail, QStringLiteral("no %1 stream").arg(name));
        const Entry& e = m_entries.at(i);
        if (e.size >= m_miniCutoff) {
            if (!chain(e.start, m_fat, false, e.size, out))
                return fail(detail, QStringLiteral("%1 chain").arg(name));
            return true;
        }
        // A small stream lives in the mini stream (the root entry's chain) in 64-byte sectors.
        if (m_miniStream.isNull()) {
            QByteArray miniFatBytes;
            if (!chain(u32(m_bytes, 0x3C), m_fat, false, -1, &miniFatBytes)
                || !chain(m_entries.front().start, m_fat, false, m_entries.front().size, &m_miniStream))
                return fail(detail, QStringLiteral("mini stream"));
            for (qsizetype at = 0; at + 4 <= miniFatBytes.size(); at += 4)
                m_miniFat.append(u32(miniFatBytes, at));
            if (m_miniStream.isNull())
                m_miniStream = QByteArray("");
        }
        if (!chain(e.start, m_miniFat, true, e.size, out))
            return fail(detail, QStringLiteral("%1 mini chain").arg(name));
        return true;
    }

private:
    struct Entry
    {
        QString name;
        int type = 0;
        quint32 start = 0;
        quint32 size = 0;
    };

    static bool fail(QString* detail, const QString& why)
    {
        if (detail)
            *detail = why;
        return false;
    }

    qsizetype offset(quint32 sector) const { return qsizetype(sector + 1) * m_sectorSize; }

    qsizetype find(const QString& name) const
    {
        for (qsizetype i = 1; i < m_entries.size(); ++i) {
            if (m_entries.at(i).type == 2 && m_entries.at(i).name.compare(name, Qt::CaseInsensitive) == 0)
                return i;
        }
        return -1;
    }

    // Follows a chain of (mini) sectors; stops at its end, or once size bytes are read (size < 0: to the end).
    bool chain(quint32 sector, const QList<quint32>& table, bool mini, qint64 size, QByteArray* out) const
    {
        out->clear();
        const int unit = mini ? 64 : m_sectorSize;
        const qsizetype available = mini ? m_miniStream.size() : m_bytes.size();
        qsizetype steps = 0;
        while (sector != kEndOfChain && (size < 0 || out->size() < size)) {
            if (sector >= quint32(table.size()) || ++steps > table.size())
                return false;
            const qsizetype at = mini ? qsizetype(sector) * 64 : offset(sector);
            if (at + unit > available)
                return false;
            out->append((mini ? m_miniStream : m_bytes).constData() + at, unit);
            sector = table.at(sector);
        }
        if (size >= 0) {
            if (out->size() < size)
                return false;
            out->truncate(size);
        }
        return true;
    }

    const QByteArray& m_bytes;
    int m_sectorSize = 512;
    quint32 m_sectorCount = 0;
    quint32 m_miniCutoff = 4096;
    QList<quint32> m_fat;
    QList<quint32> m_miniFat;
    QByteArray m_miniStream;
    QList<Entry> m_entries;
};

struct Record
{
    quint16 type;
    qsizetype data; // offset of its data in the stream
    quint16 size;
};

// The BIFF record at `at`, when the stream holds all of it.
bool recordAt(const QByteArray& stream, qsizetype at, Record* record)
{
    if (at < 0 || at + 4 > stream.size())
        return false;
    record->type = u16(stream, at);
    record->size = u16(stream, at + 2);
    record->data = at + 4;
    return record->data + record->size <= stream.size();
}

struct SheetEntry
{
    quint32 position;
    int visibility; // 0 visible, 1 hidden, 2 very hidden
    int type; // 0 worksheet, 2 chart, 6 VB module
    QString name;
};

// A BOUNDSHEET record's sheet name (ShortXLUnicodeString).
QString boundSheetName(const QByteArray& stream, const Record& r)
{
    if (r.size < 8)
        return {};
    const int characters = uchar(stream.at(r.data + 6));
    const bool wide = uchar(stream.at(r.data + 7)) & 1;
    const qsizetype at = r.data + 8;
    const qsizetype bytes = qMin<qsizetype>(qsizetype(characters) * (wide ? 2 : 1), r.data + r.size - at);
    if (wide) {
        QString name;
        for (qsizetype i = 0; i + 1 < bytes; i += 2)
            name.append(QChar(char16_t(u16(stream, at + i))));
        return name;
    }
    return QString::fromLatin1(stream.constData() + at, bytes);
}

} // namespace

XlsFile::XlsFile() = default;

XlsFile::~XlsFile()
{
    if (m_handle)
        freexl_close(m_handle);
}

XlsFile::Status XlsFile::inspect(const QByteArray& bytes, qint64 maxCells, QString* sheetNameOut,
                                 QList<Merge>* mergesOut, QString* detail)
{
    Compound file(bytes);
    if (!file.load(detail))
        return Status::Damaged;
    if (file.hasStream(QStringLiteral("EncryptedPackage")))
        return Status::EncryptedXlsx;
    if (!file.hasStream(QStringLiteral("Workbook"))) {
        if (file.hasStream(QStringLiteral("Book")))
            return Status::OldFormat;
        return Status::NotWorkbook;
    }
    QByteArray stream;
    if (!file.stream(QStringLiteral("Workbook"), &stream, detail))
        return Status::Damaged;

    // The workbook globals: BOF (BIFF8?), FILEPASS, the sheets, up to EOF.
    Record r {};
    if (!recordAt(stream, 0, &r) || r.type != 0x0809 || r.size < 4)
        return recordAt(stream, 0, &r) && (r.type == 0x0009 || r.type == 0x0209 || r.type == 0x0409) ? Status::OldFormat
                                                                                                     : Status::Damaged;
    if (u16(stream, r.data) != 0x0600)
        return Status::OldFormat;
    QList<SheetEntry> sheets;
    qsizetype at = r.data + r.size;
    for (;;) {
        if (!recordAt(stream, at, &r))
            return Status::Damaged;
        at = r.data + r.size;
        if (r.type == 0x000A) // EOF
            break;
        if (r.type == 0x002F) // FILEPASS
            return Status::Encrypted;
        if (r.type == 0x0085 && r.size >= 6) // BOUNDSHEET
            sheets.append({u32(stream, r.data), uchar(stream.at(r.data + 4)) & 3, uchar(stream.at(r.data + 5)),
                           boundSheetName(stream, r)});
    }

    // The first visible worksheet, else the first worksheet.
    const SheetEntry* chosen = nullptr;
    for (int pass = 0; pass < 2 && !chosen; ++pass) {
        for (const SheetEntry& s : std::as_const(sheets)) {
            if (s.type == 0 && (pass == 1 || s.visibility == 0)) {
                chosen = &s;
                break;
            }
        }
    }
    if (!chosen)
        return Status::NoWorksheet;

    // Every worksheet's declared size must fit BIFF8's grid (FreeXL allocates it); the chosen one's, the cap.
    QList<Merge> merges;
    for (const SheetEntry& s : std::as_const(sheets)) {
        if (s.type != 0)
            continue;
        qsizetype p = qsizetype(s.position);
        if (!recordAt(stream, p, &r) || r.type != 0x0809)
            return Status::Damaged;
        p = r.data + r.size;
        const bool isChosen = &s == chosen;
        for (;;) {
            if (!recordAt(stream, p, &r))
                return Status::Damaged;
            p = r.data + r.size;
            if (r.type == 0x000A || r.type == 0x0809) // EOF, or the next substream's BOF
                break;
            if (r.type == 0x0200 && r.size >= 12) { // DIMENSIONS: first row, last row + 1, first col, last col + 1
                const quint32 lastRow = u32(stream, r.data + 4);
                const quint32 lastColumn = u16(stream, r.data + 10);
                if (lastRow > quint32(kMaxBiffRows) || lastColumn > quint32(kMaxBiffColumns))
                    return Status::Damaged;
                if (isChosen && qint64(lastRow) * qint64(lastColumn) > maxCells)
                    return Status::TooManyCells;
                if (!isChosen)
                    break;
            }
            if (isChosen && r.type == 0x00E5 && r.size >= 2) { // MERGEDCELLS
                const int count = qMin<int>(u16(stream, r.data), (r.size - 2) / 8);
                for (int i = 0; i < count; ++i) {
                    const qsizetype m = r.data + 2 + 8 * i;
                    Merge merge {u16(stream, m), u16(stream, m + 4), u16(stream, m + 2), u16(stream, m + 6)};
                    if (merge.bottom < merge.top)
                        std::swap(merge.top, merge.bottom);
                    if (merge.right < merge.left)
                        std::swap(merge.left, merge.right);
                    if (merge.right >= kMaxBiffColumns)
                        return Status::Damaged;
                    merges.append(merge);
                }
            }
        }
    }
    if (sheetNameOut)
        *sheetNameOut = chosen->name;
    if (mergesOut)
        *mergesOut = merges;
    return Status::Ok;
}

XlsFile::Status XlsFile::open(const QString& path, qint64 maxBytes, qint64 maxCells)
{
    {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly) || file.size() > maxBytes)
            return Status::CannotOpen;
        const QByteArray bytes = file.readAll();
        if (bytes.size() != file.size())
            return Status::CannotOpen;
        const Status status = inspect(bytes, maxCells, &m_sheetName, &m_merges, &m_detail);
        if (status != Status::Ok)
            return status;
    }

    // FreeXL opens the file by name (fopen): the local 8-bit form of the path.
    const int opened = freexl_open(QFile::encodeName(path).constData(), &m_handle);
    if (opened != FREEXL_OK) {
        m_detail = QStringLiteral("FreeXL %1").arg(opened);
        if (m_handle) {
            freexl_close(m_handle);
            m_handle = nullptr;
        }
        return opened == FREEXL_FILE_NOT_FOUND ? Status::CannotOpen : Status::Damaged;
    }
    unsigned int info = 0;
    if (freexl_get_info(m_handle, FREEXL_BIFF_PASSWORD, &info) == FREEXL_OK && info == FREEXL_BIFF_OBFUSCATED)
        return Status::Encrypted;
    if (freexl_get_info(m_handle, FREEXL_BIFF_VERSION, &info) == FREEXL_OK && info != FREEXL_BIFF_VER_8)
        return Status::OldFormat;
    unsigned int sheets = 0;
    if (freexl_get_info(m_handle, FREEXL_BIFF_SHEET_COUNT, &sheets) != FREEXL_OK)
        return Status::Damaged;
    // FreeXL counts its sheets its own way: the chosen one is found by name.
    int index = -1;
    for (unsigned int i = 0; i < sheets && i < 0xFFFF && index < 0; ++i) {
        const char* name = nullptr;
        if (freexl_get_worksheet_name(m_handle, (unsigned short)i, &name) == FREEXL_OK && name
            && QString::fromUtf8(name) == m_sheetName)
            index = int(i);
    }
    if (index < 0) {
        m_detail = QStringLiteral("sheet %1").arg(m_sheetName);
        return Status::Damaged;
    }
    unsigned int rows = 0;
    unsigned short columns = 0;
    if (const int selected = freexl_select_active_worksheet(m_handle, (unsigned short)index); selected != FREEXL_OK) {
        m_detail = QStringLiteral("FreeXL %1").arg(selected);
        return Status::Damaged;
    }
    if (freexl_worksheet_dimensions(m_handle, &rows, &columns) != FREEXL_OK || rows > unsigned(kMaxBiffRows)
        || columns > kMaxBiffColumns) {
        m_detail = QStringLiteral("dimensions");
        return Status::Damaged;
    }
    if (qint64(rows) * columns > maxCells)
        return Status::TooManyCells;
    m_rows = int(rows);
    m_columns = columns;
    return Status::Ok;
}

bool XlsFile::cell(int row, int column, Cell* cell)
{
    FreeXL_CellValue value {};
    if (!m_handle)
        return false;
    if (const int got = freexl_get_cell_value(m_handle, unsigned(row), (unsigned short)column, &value);
        got != FREEXL_OK) {
        m_detail = QStringLiteral("FreeXL %1 at row %2, column %3").arg(got).arg(row + 1).arg(column + 1);
        return false;
    }
    *cell = Cell();
    switch (value.type) {
    case FREEXL_CELL_INT:
        cell->kind = CellKind::Integer;
        cell->number = value.value.int_value;
        break;
    case FREEXL_CELL_DOUBLE:
        cell->kind = CellKind::Number;
        cell->number = value.value.double_value;
        break;
    case FREEXL_CELL_TEXT:
    case FREEXL_CELL_SST_TEXT:
    case FREEXL_CELL_DATE:
    case FREEXL_CELL_DATETIME:
    case FREEXL_CELL_TIME:
        cell->text = value.value.text_value;
        if (!cell->text)
            return true;
        cell->kind = value.type == FREEXL_CELL_TEXT ? CellKind::Text
            : value.type == FREEXL_CELL_SST_TEXT    ? CellKind::SharedText
            : value.type == FREEXL_CELL_DATE        ? CellKind::Date
            : value.type == FREEXL_CELL_DATETIME    ? CellKind::DateTime
                                                    : CellKind::Time;
        break;
    default:
        break;
    }
    return true;
}
