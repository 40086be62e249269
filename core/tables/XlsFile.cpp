#include "XlsFile.h"

#include <QFile>
#include <QHash>
#include <QSet>

#include <freexl.h>

#include <algorithm>
#include <cstring>

namespace {

constexpr quint32 kEndOfChain = 0xFFFFFFFE;
constexpr quint32 kFreeSector = 0xFFFFFFFF;
constexpr int kMaxBiffRows = 65536;
constexpr int kMaxBiffColumns = 256;
constexpr double kLastExcelDate = 2958465; // 9999-12-31
// FreeXL counts a date's days one by one on opening the file: at most this many days in all (a few seconds; 100,000
// dates of this century take 4.6 billion).
constexpr qint64 kMaxDateDays = 6'000'000'000;

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

// The shared string table (SST and its CONTINUE records) read by ourselves: FreeXL 1.0 cuts a text whose characters
// run over more than one CONTINUE record. Each string is an XLUnicodeRichExtendedString: cch, flags (0x01 two bytes a
// character, 0x04 phonetic data follows, 0x08 formatting runs follow), the run count and phonetic size when
// flagged, the characters, then the runs and the phonetic data. Where the characters cross into a CONTINUE record,
// that record starts with a flags byte of its own (one or two bytes a character from there on). Reading stops at the
// end of the records: a short table gives fewer strings, never a read past the data.
class SharedStringReader final
{
public:
    SharedStringReader(const QByteArray& stream, QList<Record> records)
        : m_stream(stream)
        , m_records(std::move(records))
    { }

    // Strings FreeXL 1.0 cannot read, by index: it takes the rest of a string split between records from the next
    // record alone, so characters running over three or more records are cut short or read past the record (a
    // 9,001-character text came out as 8,144). A header split between records (Excel never writes one) too.
    QList<int> unsafe;

    QStringList read(quint32 declared)
    {
        QStringList strings;
        if (m_records.isEmpty() || m_records.front().size < 8)
            return strings;
        m_position = m_records.front().data + 8; // after cstTotal and cstUnique
        while (quint32(strings.size()) < declared) {
            quint16 characters = 0;
            quint8 flags = 0;
            if (!u16At(&characters))
                break;
            const qsizetype startRecord = m_record;
            if (!byteAt(&flags))
                break;
            quint16 runs = 0;
            quint32 phonetic = 0;
            if ((flags & 0x08) && !u16At(&runs))
                break;
            if ((flags & 0x04) && !u32At(&phonetic))
                break;
            const bool headerWhole = m_record == startRecord;
            QString text;
            m_crossings = 0;
            if (!charactersAt(characters, flags & 0x01, &text) || !skip(qint64(runs) * 4 + phonetic))
                break;
            const bool safe = headerWhole && m_crossings <= 1;
            if (!safe)
                unsafe.append(int(strings.size()));
            strings.append(text);
        }
        return strings;
    }

private:
    qsizetype left() const
    {
        const Record& r = m_records.at(m_record);
        return r.data + r.size - m_position;
    }

    // The next record when this one is used up; false at the end.
    bool nextRecord()
    {
        if (m_record + 1 >= m_records.size())
            return false;
        m_position = m_records.at(++m_record).data;
        return true;
    }

    bool byteAt(quint8* out)
    {
        while (left() <= 0) {
            if (!nextRecord())
                return false;
        }
        *out = uchar(m_stream.at(m_position++));
        return true;
    }

    bool u16At(quint16* out)
    {
        quint8 low = 0, high = 0;
        if (!byteAt(&low) || !byteAt(&high))
            return false;
        *out = quint16(low | (high << 8));
        return true;
    }

    bool u32At(quint32* out)
    {
        quint16 low = 0, high = 0;
        if (!u16At(&low) || !u16At(&high))
            return false;
        *out = quint32(low) | (quint32(high) << 16);
        return true;
    }

    bool skip(qint64 bytes)
    {
        while (bytes > 0) {
            if (left() <= 0 && !nextRecord())
                return false;
            const qint64 step = qMin<qint64>(bytes, left());
            m_position += step;
            bytes -= step;
        }
        return true;
    }

    bool charactersAt(int count, bool wide, QString* out)
    {
        out->reserve(count);
        while (count > 0) {
            if (left() <= 0) {
                if (!nextRecord() || left() <= 0)
                    return false;
                wide = uchar(m_stream.at(m_position++)) & 0x01; // a CONTINUE inside the characters: its flags
                ++m_crossings;
            }
            const qsizetype width = wide ? 2 : 1;
            const int here = int(qMin<qsizetype>(count, left() / width));
            if (here == 0)
                return false; // half a two-byte character at the end of a record
            const char* at = m_stream.constData() + m_position;
            for (int i = 0; i < here; ++i)
                out->append(wide ? QChar(char16_t(uchar(at[2 * i]) | (uchar(at[2 * i + 1]) << 8)))
                                 : QChar(char16_t(uchar(at[i]))));
            m_position += here * width;
            count -= here;
        }
        return true;
    }

    const QByteArray& m_stream;
    const QList<Record> m_records;
    qsizetype m_record = 0;
    qsizetype m_position = 0;
    int m_crossings = 0;
};

// Whether a number format shows a date, as FreeXL decides it (it then counts the days one by one: the cost of a
// date cell is its serial number). Built-in formats 14–17 and 22; a format of the workbook when it names a year and
// a month, or a month and a day.
bool isDateFormat(int index, const QHash<int, QString>& formats)
{
    if ((index >= 14 && index <= 17) || index == 22)
        return true;
    const auto it = formats.constFind(index);
    if (it == formats.constEnd())
        return false;
    const QString code = it.value().toLower();
    const bool y = code.contains(QLatin1Char('y'));
    const bool m = code.contains(QLatin1Char('m'));
    const bool d = code.contains(QLatin1Char('d'));
    return (y && m) || (m && d);
}

// An RK number (a 30-bit integer or the high 30 bits of a double, perhaps × 100).
double rkValue(quint32 rk)
{
    double value = 0;
    if (rk & 0x02) {
        value = double(qint32(rk) >> 2);
    } else {
        const quint64 bits = quint64(rk & 0xFFFFFFFC) << 32;
        std::memcpy(&value, &bits, sizeof value);
    }
    return rk & 0x01 ? value / 100 : value;
}

double doubleAt(const QByteArray& b, qsizetype at)
{
    const quint64 bits = quint64(u32(b, at)) | (quint64(u32(b, at + 4)) << 32);
    double value = 0;
    std::memcpy(&value, &bits, sizeof value);
    return value;
}

} // namespace

XlsFile::XlsFile() = default;

XlsFile::~XlsFile()
{
    if (m_handle)
        freexl_close(m_handle);
}

XlsFile::Status XlsFile::inspect(const QByteArray& bytes, qint64 maxCells, Inspection* out)
{
    Inspection ignored;
    if (!out)
        out = &ignored;
    QString* detail = &out->detail;
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
    QList<Record> sharedStringRecords; // SST and the CONTINUE records right after it
    QList<int> cellFormats; // the number format of each XF record, in order
    QHash<int, QString> formats; // the workbook's own number formats
    qsizetype at = r.data + r.size;
    for (;;) {
        if (!recordAt(stream, at, &r))
            return Status::Damaged;
        at = r.data + r.size;
        if (r.type == 0x000A) // EOF
            break;
        if ((r.type == 0x00FC && sharedStringRecords.isEmpty())
            || (r.type == 0x003C && !sharedStringRecords.isEmpty()
                && sharedStringRecords.back().data + sharedStringRecords.back().size + 4 == r.data))
            sharedStringRecords.append(r);
        if (r.type == 0x00E0 && r.size >= 4) // XF
            cellFormats.append(u16(stream, r.data + 2));
        if (r.type == 0x041E && r.size >= 5) { // FORMAT: index, then an XLUnicodeString
            const int characters = u16(stream, r.data + 2);
            const bool wide = uchar(stream.at(r.data + 4)) & 1;
            const qsizetype bytesThere = qMin<qsizetype>(qsizetype(characters) * (wide ? 2 : 1), r.size - 5);
            QString code;
            for (qsizetype i = 0; i + (wide ? 1 : 0) < bytesThere; i += wide ? 2 : 1)
                code.append(wide ? QChar(char16_t(u16(stream, r.data + 5 + i)))
                                 : QLatin1Char(stream.at(r.data + 5 + i)));
            formats.insert(u16(stream, r.data), code);
        }
        if (r.type == 0x002F) // FILEPASS
            return Status::Encrypted;
        if (r.type == 0x0085 && r.size >= 6) // BOUNDSHEET
            sheets.append({u32(stream, r.data), uchar(stream.at(r.data + 4)) & 3, uchar(stream.at(r.data + 5)),
                           boundSheetName(stream, r)});
    }

    SharedStringReader sharedStrings(stream, sharedStringRecords);
    if (!sharedStringRecords.isEmpty() && sharedStringRecords.front().size >= 8)
        out->sharedStrings = sharedStrings.read(u32(stream, sharedStringRecords.front().data + 4));
    QSet<int> unsafe(sharedStrings.unsafe.cbegin(), sharedStrings.unsafe.cend());

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

    // Every worksheet's declared size must fit BIFF8's grid (FreeXL allocates it); the chosen one's, the cap. Every
    // worksheet's cells are what FreeXL reads on opening: a text it cannot read, a date beyond 9999-12-31, or more
    // date cells than it counts through in a few seconds stop the file here.
    QList<Merge> merges;
    qint64 dateDays = 0;
    const auto dateCell = [&](const SheetEntry& sheet, int row, int column, int xf, double value) {
        if (xf < 0 || xf >= cellFormats.size() || !isDateFormat(cellFormats.at(xf), formats) || !(value >= 1))
            return Status::Ok;
        if (value > kLastExcelDate) {
            out->problem = {sheet.name, row, column, qint64(qMin(value, 1e15))};
            return Status::DateOutOfRange;
        }
        dateDays += qint64(value);
        return dateDays > kMaxDateDays ? Status::TooManyDates : Status::Ok;
    };
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
            Status cellStatus = Status::Ok;
            if (r.type == 0x00FD && r.size >= 10 && unsafe.contains(int(u32(stream, r.data + 6)))) { // LABELSST
                const int index = int(u32(stream, r.data + 6));
                out->problem = {s.name, u16(stream, r.data), u16(stream, r.data + 2),
                                index < out->sharedStrings.size() ? out->sharedStrings.at(index).size() : 0};
                return Status::TextTooLong;
            }
            if (r.type == 0x0203 && r.size >= 14) // NUMBER
                cellStatus = dateCell(s, u16(stream, r.data), u16(stream, r.data + 2), u16(stream, r.data + 4),
                                      doubleAt(stream, r.data + 6));
            if (r.type == 0x027E && r.size >= 10) // RK
                cellStatus = dateCell(s, u16(stream, r.data), u16(stream, r.data + 2), u16(stream, r.data + 4),
                                      rkValue(u32(stream, r.data + 6)));
            if (r.type == 0x00BD && r.size >= 6) { // MULRK: row, first column, (XF, RK) × n, last column
                for (int i = 0; 4 + 6 * i + 6 <= r.size - 2 && cellStatus == Status::Ok; ++i)
                    cellStatus = dateCell(s, u16(stream, r.data), u16(stream, r.data + 2) + i,
                                          u16(stream, r.data + 4 + 6 * i), rkValue(u32(stream, r.data + 6 + 6 * i)));
            }
            if (r.type == 0x0006 && r.size >= 14 && u16(stream, r.data + 12) != 0xFFFF) // FORMULA with a number
                cellStatus = dateCell(s, u16(stream, r.data), u16(stream, r.data + 2), u16(stream, r.data + 4),
                                      doubleAt(stream, r.data + 6));
            if (cellStatus != Status::Ok)
                return cellStatus;
            if (r.type == 0x0200 && r.size >= 12) { // DIMENSIONS: first row, last row + 1, first col, last col + 1
                const quint32 lastRow = u32(stream, r.data + 4);
                const quint32 lastColumn = u16(stream, r.data + 10);
                if (lastRow > quint32(kMaxBiffRows) || lastColumn > quint32(kMaxBiffColumns))
                    return Status::Damaged;
                if (isChosen && qint64(lastRow) * qint64(lastColumn) > maxCells)
                    return Status::TooManyCells;
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
    // A text FreeXL cannot read that no cell of a worksheet names (a formula's result, another substream) still
    // stops FreeXL while it opens the file.
    if (!unsafe.isEmpty()) {
        const int index = sharedStrings.unsafe.front();
        out->problem = {QString(), -1, -1, out->sharedStrings.at(index).size()};
        return Status::TextTooLong;
    }
    out->sheetName = chosen->name;
    out->merges = merges;
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
        Inspection inspection;
        const Status status = inspect(bytes, maxCells, &inspection);
        m_detail = inspection.detail;
        m_problem = inspection.problem;
        if (status != Status::Ok)
            return status;
        m_sheetName = inspection.sheetName;
        m_merges = inspection.merges;
        m_sharedStrings = inspection.sharedStrings;
    }

    // FreeXL opens the file by name (fopen): the local 8-bit form of the path.
    const int opened = freexl_open(QFile::encodeName(path).constData(), &m_handle);
    if (opened != FREEXL_OK || !m_handle) { // FreeXL may give up with FREEXL_OK and no handle
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
    // FreeXL's shared strings by their address, to give a cell our own reading of its text.
    unsigned int strings = 0;
    if (freexl_get_info(m_handle, FREEXL_BIFF_STRING_COUNT, &strings) == FREEXL_OK) {
        const qsizetype known = qMin<qsizetype>(strings, m_sharedStrings.size());
        m_sharedIndex.reserve(known);
        for (qsizetype i = 0; i < known; ++i) {
            const char* text = nullptr;
            if (freexl_get_SST_string(m_handle, unsigned(i), &text) == FREEXL_OK && text)
                m_sharedIndex.insert(text, int(i));
        }
    }
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
        if (value.type == FREEXL_CELL_SST_TEXT)
            cell->shared = m_sharedIndex.value(cell->text, -1);
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
