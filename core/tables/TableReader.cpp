#include "TableReader.h"

#include "Platform.h"
#include "TableText.h"
#include "XlsFile.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QIODevice>
#include <QRegularExpression>
#include <QStringDecoder>
#include <QXmlStreamReader>

#include <minizip/unzip.h>

#include <algorithm>
#include <cmath>
#include <initializer_list>
#include <map>

namespace {

constexpr int kMaxSheetRows = 1048576;
constexpr int kMaxSheetColumns = 16384;
constexpr qint64 kProgressStep = 256 * 1024;

// ---------------------------------------------------------------------------------------------------------------
// Encodings

struct Utf8Census
{
    qint64 invalid = 0;
    qint64 multibyte = 0;
    qsizetype cutAtEnd = 0; // bytes of a character cut off by the end of the data
};

Utf8Census utf8Census(const QByteArray& bytes)
{
    Utf8Census census;
    const auto* p = reinterpret_cast<const uchar*>(bytes.constData());
    const qsizetype n = bytes.size();
    qsizetype i = 0;
    while (i < n) {
        const uchar c = p[i];
        if (c < 0x80) {
            ++i;
            continue;
        }
        int length = 0;
        if (c >= 0xC2 && c <= 0xDF)
            length = 2;
        else if (c >= 0xE0 && c <= 0xEF)
            length = 3;
        else if (c >= 0xF0 && c <= 0xF4)
            length = 4;
        if (length == 0) {
            ++census.invalid;
            ++i;
            continue;
        }
        bool ok = true;
        const qsizetype available = qMin<qsizetype>(length, n - i);
        for (qsizetype k = 1; k < available; ++k)
            ok = ok && (p[i + k] & 0xC0) == 0x80;
        if (ok && available >= 2) {
            const uchar second = p[i + 1];
            if ((c == 0xE0 && second < 0xA0) || (c == 0xED && second > 0x9F) || (c == 0xF0 && second < 0x90)
                || (c == 0xF4 && second > 0x8F))
                ok = false;
        }
        if (available < length) {
            // A character cut off by the end of the file (a truncated copy) does not make the file GBK.
            if (ok)
                census.cutAtEnd = available;
            else
                ++census.invalid;
            break;
        }
        if (ok) {
            ++census.multibyte;
            i += length;
        } else {
            ++census.invalid;
            ++i;
        }
    }
    return census;
}

// GB18030 (a superset of GBK and GB2312, what Chinese Excel and WPS write). Qt decodes it through ICU; a Windows
// build without ICU asks the system (code page 54936).
std::optional<QString> decodeGb18030(const QByteArray& bytes)
{
    QStringDecoder decoder("GB18030");
    if (decoder.isValid())
        return QString(decoder.decode(bytes));
    return Platform::decodeWithWindowsCodePage(54936, bytes);
}

// UTF-16 without a BOM shows as one NUL byte in every pair of (mostly ASCII) characters.
std::optional<QStringDecoder::Encoding> utf16WithoutBom(const QByteArray& bytes)
{
    const qsizetype n = qMin<qsizetype>(bytes.size(), 4096) & ~qsizetype(1);
    if (n < 4)
        return std::nullopt;
    qsizetype evenZero = 0;
    qsizetype oddZero = 0;
    for (qsizetype i = 0; i < n; i += 2) {
        evenZero += bytes.at(i) == '\0';
        oddZero += bytes.at(i + 1) == '\0';
    }
    const qsizetype pairs = n / 2;
    if (oddZero * 10 > pairs * 4 && evenZero * 20 < pairs)
        return QStringDecoder::Utf16LE;
    if (evenZero * 10 > pairs * 4 && oddZero * 20 < pairs)
        return QStringDecoder::Utf16BE;
    return std::nullopt;
}

bool looksBinary(const QString& text)
{
    const qsizetype n = qMin<qsizetype>(text.size(), 1 << 20);
    qsizetype bad = 0;
    for (qsizetype i = 0; i < n; ++i) {
        const char16_t u = text.at(i).unicode();
        if ((u < 0x20 && u != '\t' && u != '\n' && u != '\r' && u != 0x0C && u != 0x1A) || u == 0x7F || u == 0xFFFD)
            ++bad;
    }
    return bad >= 2 && bad * 100 > n;
}

bool looksLikeMarkup(const QByteArray& bytes)
{
    QByteArray head = bytes.left(4096).toLower();
    if (head.startsWith("\xef\xbb\xbf"))
        head.remove(0, 3);
    head = head.trimmed();
    if (!head.startsWith('<'))
        return false;
    return head.contains("<html") || head.contains("<table") || head.contains("<!doctype")
        || head.contains("urn:schemas-microsoft-com:office") || head.contains("<?xml");
}

// ---------------------------------------------------------------------------------------------------------------
// CSV

QChar detectDelimiter(const QString& text)
{
    const QChar candidates[3] = {QLatin1Char(','), QLatin1Char('\t'), QLatin1Char(';')};
    int lines[3] = {0, 0, 0};
    qint64 totals[3] = {0, 0, 0};
    int counts[3] = {0, 0, 0};
    int nonBlank = 0;
    bool inQuotes = false;
    bool lineHasText = false;
    auto endLine = [&] {
        if (lineHasText) {
            ++nonBlank;
            for (int k = 0; k < 3; ++k) {
                lines[k] += counts[k] > 0;
                totals[k] += counts[k];
            }
        }
        counts[0] = counts[1] = counts[2] = 0;
        lineHasText = false;
    };
    const qsizetype limit = qMin<qsizetype>(text.size(), 1 << 20);
    for (qsizetype i = 0; i < limit && nonBlank < 20; ++i) {
        const QChar c = text.at(i);
        if (c == QLatin1Char('"')) {
            inQuotes = !inQuotes;
            lineHasText = true;
        } else if (inQuotes) {
            continue;
        } else if (c == QLatin1Char('\n') || c == QLatin1Char('\r')) {
            endLine();
        } else {
            for (int k = 0; k < 3; ++k)
                counts[k] += c == candidates[k];
            if (!c.isSpace())
                lineHasText = true;
        }
    }
    endLine();
    int best = 0;
    for (int k = 1; k < 3; ++k) {
        if (lines[k] > lines[best] || (lines[k] == lines[best] && totals[k] > totals[best]))
            best = k;
    }
    return candidates[best];
}

QString normalizedLineBreaks(QString text)
{
    if (text.contains(QLatin1Char('\r'))) {
        text.replace(QStringLiteral("\r\n"), QStringLiteral("\n"));
        text.replace(QLatin1Char('\r'), QLatin1Char('\n'));
    }
    return text;
}

bool hasAnyText(const QList<QStringList>& rows)
{
    for (const QStringList& row : rows) {
        for (const QString& cell : row) {
            if (!TableText::isBlank(cell))
                return true;
        }
    }
    return false;
}

// "Row 3, column C: …": a cell longer than Excel allows is refused before anything else is done with it. Where
// the reading passed over part of a text, its length is a lower bound.
QString tooLongMessage(int rowNumber, int column, qint64 length, bool atLeast = false)
{
    if (atLeast)
        return TableReader::tr("Row %1, column %2: the cell holds over %L3 characters, more than an Excel cell can "
                               "hold (%L4). The file is damaged or was not written by a spreadsheet program; "
                               "check that cell and save the file again.")
            .arg(rowNumber)
            .arg(TableReader::columnName(column))
            .arg(length)
            .arg(TableReader::kMaxCellCharacters);
    return TableReader::tr("Row %1, column %2: the cell holds %L3 characters, more than an Excel cell can hold "
                           "(%L4). The file is damaged or was not written by a spreadsheet program; check that "
                           "cell and save the file again.")
        .arg(rowNumber)
        .arg(TableReader::columnName(column))
        .arg(length)
        .arg(TableReader::kMaxCellCharacters);
}

// ---------------------------------------------------------------------------------------------------------------
// XLSX: minizip reading through QFile (no path encoding trouble on any system)

voidpf ZCALLBACK qfileOpen(voidpf, const void* filename, int mode)
{
    if ((mode & ZLIB_FILEFUNC_MODE_READWRITEFILTER) != ZLIB_FILEFUNC_MODE_READ)
        return nullptr;
    auto* file = new QFile(*static_cast<const QString*>(filename));
    if (!file->open(QIODevice::ReadOnly)) {
        delete file;
        return nullptr;
    }
    return file;
}

uLong ZCALLBACK qfileRead(voidpf, voidpf stream, void* buffer, uLong size)
{
    const qint64 n = static_cast<QFile*>(stream)->read(static_cast<char*>(buffer), qint64(size));
    return n < 0 ? 0 : uLong(n);
}

uLong ZCALLBACK qfileWrite(voidpf, voidpf, const void*, uLong)
{
    return 0;
}

ZPOS64_T ZCALLBACK qfileTell(voidpf, voidpf stream)
{
    return ZPOS64_T(static_cast<QFile*>(stream)->pos());
}

long ZCALLBACK qfileSeek(voidpf, voidpf stream, ZPOS64_T offset, int origin)
{
    auto* file = static_cast<QFile*>(stream);
    qint64 target = 0;
    switch (origin) {
    case ZLIB_FILEFUNC_SEEK_SET:
        target = qint64(offset);
        break;
    case ZLIB_FILEFUNC_SEEK_CUR:
        target = file->pos() + qint64(offset);
        break;
    case ZLIB_FILEFUNC_SEEK_END:
        target = file->size() + qint64(offset);
        break;
    default:
        return -1;
    }
    return file->seek(target) ? 0 : -1;
}

int ZCALLBACK qfileClose(voidpf, voidpf stream)
{
    delete static_cast<QFile*>(stream);
    return 0;
}

int ZCALLBACK qfileError(voidpf, voidpf stream)
{
    return static_cast<QFile*>(stream)->error() == QFileDevice::NoError ? 0 : 1;
}

// Refused: a rule about the content (a cell too long, overlapping merges …), with the clerk's sentence in message.
enum class Failure { None, Damaged, TooLarge, TooManyCells, Cancelled, Encrypted, Refused };

// Bytes inflated so far across all parts of one workbook, against the cap, and the progress of the parts counted.
struct Budget
{
    qint64 used = 0;
    qint64 cap = 0;
    qint64 done = 0;
    qint64 total = 0;
    qint64 reported = -kProgressStep;
    const TableReader::Progress* progress = nullptr;
    Failure failure = Failure::None;
    QString detail;
    QString message; // Failure::Refused
    bool textCut = false; // a stretch of XML was too long to read whole (ZipEntryDevice)

    bool refuse(const QString& sentence)
    {
        failure = Failure::Refused;
        message = sentence;
        return false;
    }

    // Between two steps of work that read nothing (merging cells): asks whether the clerk still wants the file.
    bool stillWanted()
    {
        if (!progress || !*progress)
            return true;
        const qint64 t = qMax(total, done);
        if (!(*progress)(qMin(done, t), t)) {
            failure = Failure::Cancelled;
            return false;
        }
        return true;
    }

    bool report(bool force)
    {
        if (!progress || !*progress)
            return true;
        if (!force && done - reported < kProgressStep)
            return true;
        reported = done;
        const qint64 t = qMax(total, done);
        if (!(*progress)(qMin(done, t), t)) {
            failure = Failure::Cancelled;
            return false;
        }
        return true;
    }
};

// One inflating zip entry as a sequential device for QXmlStreamReader; stops at the budget's cap. No stretch of the
// XML between two "<" (a text, a tag) goes to the XML reader longer than kMaxXmlRun bytes: the rest of it is passed
// over (cut where a character and an entity reference begin), since QXmlStreamReader holds a whole text in memory —
// 512 MB of one shared string, from a 1 MB file, would otherwise take a gigabyte. A text cut so is far longer than a
// cell may be (at least kMaxXmlRun / 10 characters) and is refused as such; a tag cut so no longer parses.
class ZipEntryDevice final : public QIODevice
{
public:
    ZipEntryDevice(unzFile zip, Budget* budget, bool counted)
        : m_zip(zip)
        , m_budget(budget)
        , m_counted(counted)
    {
        open(QIODevice::ReadOnly | QIODevice::Unbuffered);
    }
    bool isSequential() const override { return true; }

protected:
    qint64 readData(char* data, qint64 maxSize) override
    {
        // A chunk of which nothing was kept (all passed over) is not the end of the entry: read on.
        for (;;) {
            if (m_budget->failure != Failure::None)
                return -1;
            const int n = unzReadCurrentFile(m_zip, data, unsigned(qMin<qint64>(maxSize, 1 << 20)));
            if (n < 0) {
                m_budget->failure = Failure::Damaged;
                m_budget->detail = QStringLiteral("inflate error %1").arg(n);
                return -1;
            }
            m_budget->used += n;
            if (m_budget->used > m_budget->cap) {
                m_budget->failure = Failure::TooLarge;
                return -1;
            }
            if (m_counted) {
                m_budget->done += n;
                if (!m_budget->report(false))
                    return -1;
            }
            const qint64 kept = keepShortRuns(data, n);
            if (kept > 0 || n == 0)
                return kept;
        }
    }
    qint64 writeData(const char*, qint64) override { return -1; }

private:
    // A cell's text is at most 32,767 characters: 128 KB of UTF-8, 320 KB written as character references.
    static constexpr qint64 kMaxXmlRun = 1024 * 1024;

    qint64 keepShortRuns(char* data, qint64 n)
    {
        qint64 kept = 0;
        for (qint64 i = 0; i < n; ++i) {
            const char c = data[i];
            if (c == '<') {
                m_run = 0;
                m_passingOver = false;
                m_inEntity = false;
            } else if (m_passingOver) {
                continue;
            } else if (++m_run > kMaxXmlRun && (uchar(c) & 0xC0) != 0x80 && !m_inEntity) {
                m_passingOver = true;
                m_budget->textCut = true;
                continue;
            } else if (c == '&') {
                m_inEntity = true;
            } else if (c == ';') {
                m_inEntity = false;
            }
            data[kept++] = c;
        }
        return kept;
    }

    unzFile m_zip;
    Budget* m_budget;
    bool m_counted;
    qint64 m_run = 0; // bytes since the last '<'
    bool m_passingOver = false; // up to the next '<'
    bool m_inEntity = false; // between '&' and ';'
};

class Zip final
{
public:
    explicit Zip(const QString& path)
        : m_path(path)
    {
        fill(&m_functions);
        m_zip = unzOpen2_64(&m_path, &m_functions);
    }
    ~Zip()
    {
        if (m_zip)
            unzClose(m_zip);
    }
    Q_DISABLE_COPY_MOVE(Zip)

    bool isOpen() const { return m_zip != nullptr; }
    unzFile handle() const { return m_zip; }

    // Declared uncompressed size of an entry, or -1 when there is no such entry.
    qint64 entrySize(const QString& name)
    {
        if (name.isEmpty() || unzLocateFile(m_zip, name.toUtf8().constData(), 2) != UNZ_OK)
            return -1;
        unz_file_info64 info {};
        if (unzGetCurrentFileInfo64(m_zip, &info, nullptr, 0, nullptr, 0, nullptr, 0) != UNZ_OK)
            return -1;
        return qint64(info.uncompressed_size);
    }

    bool contains(const QString& name) { return entrySize(name) >= 0; }

    // Parses one entry with parse(QXmlStreamReader&); false with budget->failure set when it could not.
    template<typename Parse> bool parse(const QString& name, Budget* budget, bool counted, Parse&& parseXml)
    {
        if (unzLocateFile(m_zip, name.toUtf8().constData(), 2) != UNZ_OK) {
            budget->failure = Failure::Damaged;
            budget->detail = QStringLiteral("missing %1").arg(name);
            return false;
        }
        unz_file_info64 info {};
        if (unzGetCurrentFileInfo64(m_zip, &info, nullptr, 0, nullptr, 0, nullptr, 0) != UNZ_OK) {
            budget->failure = Failure::Damaged;
            return false;
        }
        if (info.flag & 1) {
            budget->failure = Failure::Encrypted;
            return false;
        }
        if (qint64(info.uncompressed_size) > budget->cap - budget->used) {
            budget->failure = Failure::TooLarge;
            return false;
        }
        if (unzOpenCurrentFile(m_zip) != UNZ_OK) {
            budget->failure = Failure::Damaged;
            budget->detail = QStringLiteral("cannot open %1").arg(name);
            return false;
        }
        bool ok = false;
        {
            ZipEntryDevice device(m_zip, budget, counted);
            QXmlStreamReader xml(&device);
            ok = parseXml(xml);
            if (ok && xml.hasError()) {
                ok = false;
                if (budget->failure == Failure::None) {
                    budget->failure = Failure::Damaged;
                    budget->detail = QStringLiteral("%1: %2").arg(name, xml.errorString());
                }
            }
        }
        if (budget->failure != Failure::None)
            ok = false;
        const int closed = unzCloseCurrentFile(m_zip);
        if (ok && closed == UNZ_CRCERROR) {
            budget->failure = Failure::Damaged;
            budget->detail = QStringLiteral("%1: CRC error").arg(name);
            ok = false;
        }
        if (!ok && budget->failure == Failure::None)
            budget->failure = Failure::Damaged;
        return ok;
    }

private:
    static void fill(zlib_filefunc64_def* f)
    {
        f->zopen64_file = qfileOpen;
        f->zread_file = qfileRead;
        f->zwrite_file = qfileWrite;
        f->ztell64_file = qfileTell;
        f->zseek64_file = qfileSeek;
        f->zclose_file = qfileClose;
        f->zerror_file = qfileError;
        f->opaque = nullptr;
    }

    QString m_path;
    zlib_filefunc64_def m_functions {};
    unzFile m_zip = nullptr;
};

QString resolvePart(const QString& baseDir, const QString& target)
{
    QString path = target.startsWith(QLatin1Char('/')) ? target.mid(1) : baseDir + target;
    path = QDir::cleanPath(path);
    while (path.startsWith(QLatin1String("../")))
        path.remove(0, 3);
    return path;
}

QString directoryOf(const QString& part)
{
    const qsizetype slash = part.lastIndexOf(QLatin1Char('/'));
    return slash < 0 ? QString() : part.left(slash + 1);
}

QString relsPathOf(const QString& part)
{
    const qsizetype slash = part.lastIndexOf(QLatin1Char('/'));
    return part.left(slash + 1) + QStringLiteral("_rels/") + part.mid(slash + 1) + QStringLiteral(".rels");
}

QString attribute(const QXmlStreamReader& xml, const char* name)
{
    return xml.attributes().value(QLatin1String(name)).toString();
}

// Excel writes characters XML cannot hold as _xHHHH_ (and a literal "_x" as _x005F_x).
QString decodeEscapes(const QString& text)
{
    if (!text.contains(QLatin1String("_x")))
        return text;
    QString out;
    out.reserve(text.size());
    qsizetype i = 0;
    while (i < text.size()) {
        if (text.at(i) == QLatin1Char('_') && i + 6 < text.size() && text.at(i + 1) == QLatin1Char('x')
            && text.at(i + 6) == QLatin1Char('_')) {
            bool ok = false;
            const uint code = QStringView(text).mid(i + 2, 4).toUInt(&ok, 16);
            if (ok) {
                out.append(QChar(char16_t(code)));
                i += 7;
                continue;
            }
        }
        out.append(text.at(i));
        ++i;
    }
    return out;
}

// Text as written in the XML, kept up to this length: _xHHHH_ escapes (7 characters for 1) may make it longer than
// the cell's text; anything longer than this is more than kMaxCellCharacters once decoded.
constexpr qint64 kMaxRawCellText = 7 * TableReader::kMaxCellCharacters + 7;

// The text of a cell: at most kMaxCellCharacters are kept; length is the whole length (longer: refused).
struct CellString
{
    QString text;
    qint64 length = 0;

    bool tooLong() const { return length > TableReader::kMaxCellCharacters; }
};

// The character data up to the end tag of the element whose start tag was just read, appended to *out while *out
// stays within kMaxRawCellText (the rest is only counted in *length): a cell of 50 million characters costs no
// copy of them. A child element is an error, as with QXmlStreamReader::readElementText().
void readLimitedText(QXmlStreamReader& xml, QString* out, qint64* length)
{
    while (!xml.atEnd()) {
        const QXmlStreamReader::TokenType token = xml.readNext();
        if (token == QXmlStreamReader::Characters || token == QXmlStreamReader::EntityReference) {
            const QStringView text = xml.text();
            if (*length + text.size() <= kMaxRawCellText)
                out->append(text);
            *length += text.size();
        } else if (token == QXmlStreamReader::StartElement) {
            xml.raiseError(QStringLiteral("Expected character data."));
            return;
        } else if (token == QXmlStreamReader::EndElement) {
            return;
        }
    }
}

CellString decodedCell(const QString& raw, qint64 rawLength)
{
    if (rawLength > kMaxRawCellText)
        return {QString(), rawLength};
    CellString cell {decodeEscapes(raw), 0};
    cell.length = cell.text.size();
    if (cell.tooLong())
        cell.text.clear();
    return cell;
}

// The text of an <si> or <is>: plain <t>, or the <t> of each run; phonetic guides (<rPh>) are not cell text.
CellString readStringItem(QXmlStreamReader& xml)
{
    QString out;
    qint64 length = 0;
    int depth = 1;
    while (!xml.atEnd()) {
        const QXmlStreamReader::TokenType token = xml.readNext();
        if (token == QXmlStreamReader::StartElement) {
            if (xml.name() == u"t") {
                readLimitedText(xml, &out, &length);
                continue;
            }
            if (xml.name() == u"rPh" || xml.name() == u"phoneticPr") {
                xml.skipCurrentElement();
                continue;
            }
            ++depth;
        } else if (token == QXmlStreamReader::EndElement) {
            if (--depth == 0)
                break;
        }
    }
    return decodedCell(out, length);
}

struct CellFormat
{
    enum Kind { General, Date, DateTime, Time, ZeroPadded, Text };
    Kind kind = General;
    int width = 0;
};

// Built-in number formats have no code in styles.xml. 27–36 and 50–58 are the ones Excel defines for Chinese.
CellFormat builtinFormat(int id)
{
    const auto in = [id](std::initializer_list<int> ids) { return std::find(ids.begin(), ids.end(), id) != ids.end(); };
    if ((id >= 14 && id <= 17) || (id >= 27 && id <= 31) || id == 36 || (id >= 50 && id <= 54) || in({57, 58}))
        return {CellFormat::Date, 0};
    if (id == 22)
        return {CellFormat::DateTime, 0};
    if ((id >= 18 && id <= 21) || (id >= 32 && id <= 35) || (id >= 45 && id <= 47) || in({55, 56}))
        return {CellFormat::Time, 0};
    if (id == 49)
        return {CellFormat::Text, 0};
    return {};
}

CellFormat customFormat(const QString& code)
{
    if (code.compare(QLatin1String("General"), Qt::CaseInsensitive) == 0)
        return {};
    if (code == QLatin1String("@"))
        return {CellFormat::Text, 0};
    // Only the first section (positive numbers) says how a date looks; quoted text, escaped characters, fill and
    // padding characters and [colour]/[$-804] codes are not format letters.
    QString letters;
    QString section;
    bool elapsedTime = false;
    for (qsizetype i = 0; i < code.size(); ++i) {
        const QChar c = code.at(i);
        if (c == QLatin1Char(';'))
            break;
        section.append(c);
        if (c == QLatin1Char('"')) {
            const qsizetype close = code.indexOf(QLatin1Char('"'), i + 1);
            i = close < 0 ? code.size() : close;
        } else if (c == QLatin1Char('\\') || c == QLatin1Char('_') || c == QLatin1Char('*')) {
            ++i;
        } else if (c == QLatin1Char('[')) {
            const qsizetype close = code.indexOf(QLatin1Char(']'), i + 1);
            const QString inside = code.mid(i + 1, close < 0 ? -1 : close - i - 1).toLower();
            static const QStringList elapsed = {QStringLiteral("h"),  QStringLiteral("hh"), QStringLiteral("m"),
                                                QStringLiteral("mm"), QStringLiteral("s"),  QStringLiteral("ss")};
            if (elapsed.contains(inside))
                elapsedTime = true;
            i = close < 0 ? code.size() : close;
        } else if (c.isLetter() && c.unicode() < 0x80) {
            letters.append(c.toLower());
        }
    }
    letters.remove(QLatin1String("am/pm"));
    letters.remove(QLatin1String("ampm"));
    letters.remove(QLatin1String("ap"));
    const bool hasDate = letters.contains(QLatin1Char('y')) || letters.contains(QLatin1Char('d'));
    const bool hasHour = letters.contains(QLatin1Char('h')) || letters.contains(QLatin1Char('s')) || elapsedTime;
    const bool hasMonth = letters.contains(QLatin1Char('m'));
    if (hasDate || (hasMonth && !hasHour))
        return {hasHour ? CellFormat::DateTime : CellFormat::Date, 0};
    if (hasHour)
        return {CellFormat::Time, 0};
    static const QRegularExpression zeros(QStringLiteral("^0+$"));
    if (section.size() > 1 && zeros.match(section).hasMatch())
        return {CellFormat::ZeroPadded, int(section.size())};
    return {};
}

// A General number as Excel shows it; from 1e15 on in scientific form, because Excel keeps 15 digits.
QString generalNumber(double value)
{
    const double v = QString::number(value, 'g', 15).toDouble();
    if (v == 0)
        return QStringLiteral("0");
    if (std::fabs(v) >= 1e15) {
        QString s = QString::number(v, 'E', 14);
        const qsizetype e = s.indexOf(QLatin1Char('E'));
        QString mantissa = s.left(e);
        while (mantissa.endsWith(QLatin1Char('0')))
            mantissa.chop(1);
        if (mantissa.endsWith(QLatin1Char('.')))
            mantissa.chop(1);
        return mantissa + s.mid(e);
    }
    if (v == std::floor(v))
        return QString::number(qint64(v));
    return QString::number(v, 'f', QLocale::FloatingPointShortest);
}

QString timeText(int seconds)
{
    const QTime time = QTime(0, 0).addSecs(seconds);
    return time.toString(time.second() == 0 ? QStringLiteral("HH:mm") : QStringLiteral("HH:mm:ss"));
}

QString dateText(double serial, CellFormat::Kind kind, bool date1904)
{
    if (serial < 0)
        return {};
    double day = std::floor(serial);
    int seconds = int(std::lround((serial - day) * 86400.0));
    if (seconds >= 86400) {
        seconds -= 86400;
        day += 1;
    }
    if (kind == CellFormat::Time)
        return timeText(seconds);
    QString text;
    if (!date1904 && day == 60) {
        text = QStringLiteral("1900-02-29");
    } else {
        const QDate date = TableText::excelSerialToDate(day, date1904);
        if (!date.isValid())
            return {};
        text = date.toString(QStringLiteral("yyyy-MM-dd"));
    }
    if (kind == CellFormat::DateTime && seconds != 0)
        text += QLatin1Char(' ') + timeText(seconds);
    return text;
}

QString numberText(const QString& raw, const CellFormat& format, bool date1904)
{
    bool ok = false;
    const double value = raw.trimmed().toDouble(&ok);
    if (!ok || !std::isfinite(value))
        return raw;
    switch (format.kind) {
    case CellFormat::Date:
    case CellFormat::DateTime:
    case CellFormat::Time: {
        const QString text = dateText(value, format.kind, date1904);
        if (!text.isEmpty())
            return text;
        break;
    }
    case CellFormat::ZeroPadded:
        if (value >= 0 && value < 1e15 && value == std::floor(value))
            return QString::number(qint64(value)).rightJustified(format.width, QLatin1Char('0'));
        break;
    default:
        break;
    }
    return generalNumber(value);
}

QString isoDateText(const QString& raw)
{
    const QDateTime dt = QDateTime::fromString(raw.trimmed(), Qt::ISODate);
    if (!dt.isValid()) {
        const QDate d = QDate::fromString(raw.trimmed(), Qt::ISODate);
        return d.isValid() ? d.toString(QStringLiteral("yyyy-MM-dd")) : raw;
    }
    const QTime t = dt.time();
    QString text = dt.date().toString(QStringLiteral("yyyy-MM-dd"));
    if (t != QTime(0, 0))
        text += QLatin1Char(' ') + timeText(QTime(0, 0).secsTo(t));
    return text;
}

// "C12" → (row 11, column 2). False for anything that is not a cell inside Excel's grid.
bool parseCellRef(QStringView ref, int* row, int* column)
{
    qsizetype i = 0;
    qint64 col = 0;
    while (i < ref.size() && ref[i].isLetter() && ref[i].unicode() < 0x80) {
        col = col * 26 + (ref[i].toUpper().unicode() - 'A' + 1);
        if (col > kMaxSheetColumns)
            return false;
        ++i;
    }
    if (i == 0 || i == ref.size())
        return false;
    bool ok = false;
    const int r = ref.mid(i).toInt(&ok);
    if (!ok || r < 1 || r > kMaxSheetRows)
        return false;
    *row = r - 1;
    *column = int(col - 1);
    return true;
}

struct Merge
{
    int top, left, bottom, right;
};

// The cells of the sheet being read, with the cap on cells kept (row padding included).
struct Grid
{
    QList<QStringList> rows;
    qint64 cells = 0;

    bool set(int row, int column, const QString& text)
    {
        if (rows.size() <= row)
            rows.resize(row + 1);
        QStringList& r = rows[row];
        if (r.size() <= column) {
            cells += column + 1 - r.size();
            if (cells > TableReader::kMaxCells)
                return false;
            r.resize(column + 1);
        }
        r[column] = text;
        return true;
    }
};

// Excel 5.0/95 and older: FreeXL and this program read Excel 97–2003 workbooks (BIFF8) only.
QString oldExcelMessage()
{
    return TableReader::tr("This workbook is in the format of Excel 5.0/95 or older, which this program cannot read. "
                           "Open it in Excel or WPS and save it as an Excel workbook (.xlsx).");
}

} // namespace

// -------------------------------------------------------------------------------------------------------------------

QString TableReader::columnName(int column)
{
    QString letters;
    for (qint64 n = qint64(qMax(column, 0)) + 1; n > 0; n = (n - 1) / 26)
        letters.prepend(QLatin1Char(char('A' + (n - 1) % 26)));
    return letters;
}

QString TableReader::cancelledMessage()
{
    return tr("Reading the file was cancelled.");
}

std::optional<Table> TableReader::read(const QString& path, QString* error, const Progress& progress)
{
    auto fail = [error](const QString& message) -> std::optional<Table> {
        if (error)
            *error = message;
        return std::nullopt;
    };
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return fail(tr("Cannot open the file %1: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
    const qint64 size = file.size();
    if (size == 0)
        return fail(tr("The file is empty."));
    if (size > kMaxFileBytes)
        return fail(tr("The file is too large to import (%1 MiB; at most %2 MiB). Split it into smaller files.")
                        .arg(size / (1024 * 1024))
                        .arg(kMaxFileBytes / (1024 * 1024)));
    const QByteArray head = file.peek(8);
    std::optional<Table> table;
    if (head.startsWith("PK\x03\x04") || head.startsWith("PK\x05\x06")) {
        file.close();
        table = readXlsx(path, error, progress);
    } else if (head.startsWith("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1")) {
        file.close();
        table = readXls(path, error, progress);
    } else if (head.size() >= 4 && head.at(0) == '\x09' && (head.at(1) == 0 || head.at(1) == 2 || head.at(1) == 4)
               && head.at(3) == 0 && (head.at(2) == 4 || head.at(2) == 6 || head.at(2) == 8)) {
        // The BOF record of an Excel 2.x, 3.0 or 4.0 worksheet, which is not a compound file.
        return fail(oldExcelMessage());
    } else if (head.startsWith("%PDF")) {
        return fail(tr("This is a PDF document, not a table. Choose the spreadsheet the data came from, saved as an "
                       "Excel workbook (.xlsx) or as CSV."));
    } else {
        const QByteArray data = file.readAll();
        if (data.size() != size)
            return fail(tr("Cannot read the file %1: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
        table = readCsv(data, error, progress);
    }
    if (table)
        table->sourceName = QFileInfo(path).fileName();
    return table;
}

std::optional<Table> TableReader::readCsv(const QByteArray& data, QString* error, const Progress& progress)
{
    auto fail = [error](const QString& message) -> std::optional<Table> {
        if (error)
            *error = message;
        return std::nullopt;
    };
    const QString binaryMessage
        = tr("The file is not a table this program can read: it is neither an Excel workbook (.xlsx) nor a text (CSV) "
             "file. Choose the right file, or open it in Excel or WPS and save it as .xlsx or CSV.");
    if (data.size() > kMaxFileBytes)
        return fail(tr("The file is too large to import (at most %1 MiB). Split it into smaller files.")
                        .arg(kMaxFileBytes / (1024 * 1024)));

    Table table;
    QString text;
    if (data.startsWith("\xEF\xBB\xBF")) {
        text = QString::fromUtf8(data.constData() + 3, data.size() - 3);
        table.encoding = QStringLiteral("UTF-8");
    } else if (data.startsWith("\xFF\xFE") || data.startsWith("\xFE\xFF")) {
        QStringDecoder decoder(data.startsWith("\xFF\xFE") ? QStringDecoder::Utf16LE : QStringDecoder::Utf16BE);
        text = decoder.decode(data.mid(2));
        table.encoding = QStringLiteral("UTF-16");
    } else if (data.contains('\0')) {
        const auto utf16 = utf16WithoutBom(data);
        if (!utf16)
            return fail(binaryMessage);
        QStringDecoder decoder(*utf16);
        text = decoder.decode(data);
        table.encoding = QStringLiteral("UTF-16");
    } else {
        if (looksLikeMarkup(data))
            return fail(tr("This file is a web page or an XML spreadsheet saved under a spreadsheet name, not an "
                           "Excel workbook or a CSV file. Open it in Excel or WPS and save it as an Excel workbook "
                           "(.xlsx) or as CSV."));
        const Utf8Census census = utf8Census(data);
        if (census.invalid == 0 || census.multibyte >= 20 * census.invalid) {
            text = QString::fromUtf8(data.constData(), data.size() - census.cutAtEnd);
            table.encoding = QStringLiteral("UTF-8");
        } else {
            const std::optional<QString> decoded = decodeGb18030(data);
            if (!decoded)
                return fail(tr("The file is not in UTF-8 and this computer cannot read the Chinese GB18030 (GBK) "
                               "encoding. Save the file from Excel as \"CSV UTF-8\" or as .xlsx."));
            text = *decoded;
            table.encoding = QStringLiteral("GB18030");
        }
    }
    if (text.startsWith(QChar(0xFEFF)))
        text.remove(0, 1);
    if (text.trimmed().isEmpty())
        return fail(tr("The file is empty."));
    if (looksBinary(text))
        return fail(binaryMessage);

    QChar delimiter;
    static const QRegularExpression sepLine(QStringLiteral("^sep=(.)\\r?(\\n|\\r|$)"));
    const QRegularExpressionMatch sep = sepLine.match(text);
    if (sep.hasMatch()) {
        delimiter = sep.captured(1).at(0);
        text.remove(0, sep.capturedLength(0));
    } else {
        delimiter = detectDelimiter(text);
    }

    const QChar quote = QLatin1Char('"');
    const QChar cr = QLatin1Char('\r');
    const QChar lf = QLatin1Char('\n');
    const qsizetype n = text.size();
    const QChar* p = text.constData();
    qsizetype i = 0;
    qint64 cells = 0;
    qint64 lastReport = 0;
    QStringList row;
    while (i < n) {
        if (p[i] == quote) {
            const int startRow = Table::rowNumber(table.rows.size());
            QString field;
            ++i;
            for (;;) {
                const qsizetype close = text.indexOf(quote, i);
                if (close < 0)
                    return fail(tr("Row %1: a cell opened with a quotation mark (\") is never closed, so the rest of "
                                   "the file cannot be read. The file is damaged or not a proper CSV file.")
                                    .arg(startRow));
                field.append(QStringView(text).mid(i, close - i));
                if (close + 1 < n && p[close + 1] == quote) {
                    field.append(quote);
                    i = close + 2;
                    continue;
                }
                i = close + 1;
                break;
            }
            // Text after the closing quote (not valid CSV) is kept, as Excel does.
            const qsizetype start = i;
            while (i < n && p[i] != delimiter && p[i] != cr && p[i] != lf)
                ++i;
            field.append(QStringView(text).mid(start, i - start));
            field = normalizedLineBreaks(field);
            if (field.size() > kMaxCellCharacters)
                return fail(tooLongMessage(startRow, int(row.size()), field.size()));
            row.append(field);
        } else {
            const qsizetype start = i;
            while (i < n && p[i] != delimiter && p[i] != cr && p[i] != lf)
                ++i;
            if (i - start > kMaxCellCharacters)
                return fail(tooLongMessage(Table::rowNumber(table.rows.size()), int(row.size()), i - start));
            row.append(text.mid(start, i - start));
        }
        if (++cells > kMaxCells)
            return fail(tr("The file is too large to import (more than %L1 cells). Split it into smaller files.")
                            .arg(kMaxCells));
        if (i < n && p[i] == delimiter) {
            ++i;
            if (i == n)
                row.append(QString());
            continue;
        }
        if (i < n) {
            if (p[i] == cr && i + 1 < n && p[i + 1] == lf)
                ++i;
            ++i;
        }
        if (row.size() == 1 && row.front().isEmpty())
            row.clear();
        // Rows of a file mostly have the same number of cells: one allocation per row.
        const qsizetype width = row.size();
        table.rows.append(std::move(row));
        row = QStringList();
        row.reserve(width);
        if (progress && i - lastReport >= kProgressStep) {
            lastReport = i;
            if (!progress(i, n))
                return fail(cancelledMessage());
        }
    }
    if (!hasAnyText(table.rows))
        return fail(tr("The file contains no data."));
    if (progress && !progress(n, n))
        return fail(cancelledMessage());
    return table;
}

// -------------------------------------------------------------------------------------------------------------------
// .xlsx: the phases of reading a workbook, in the order readXlsx runs them

namespace {

// The clerk's sentence for a workbook the reading stopped in (budget.failure, with its detail when damaged).
QString failureMessage(const Budget& budget)
{
    switch (budget.failure) {
    case Failure::Cancelled:
        return TableReader::cancelledMessage();
    case Failure::TooLarge:
        return TableReader::tr("The workbook is too large to import (more than %1 MiB of data once unpacked). Split "
                               "it into smaller files.")
            .arg(budget.cap / (1024 * 1024));
    case Failure::TooManyCells:
        return TableReader::tr("The sheet is too large to import (more than %L1 cells). Split it into smaller files.")
            .arg(TableReader::kMaxCells);
    case Failure::Refused:
        return budget.message;
    case Failure::Encrypted:
        return TableReader::tr("The workbook is protected with a password. Open it in Excel or WPS, remove the "
                               "password and save it again.");
    case Failure::Damaged:
    case Failure::None:
        break;
    }
    const QString damaged = TableReader::tr("The file looks like an Excel workbook (.xlsx) but is damaged or "
                                            "incomplete, so it cannot be read. Open it in Excel or WPS, save it "
                                            "again and import the saved file.");
    return budget.detail.isEmpty() ? damaged : damaged + QStringLiteral(" (") + budget.detail + QLatin1Char(')');
}

// What a ZIP file without a workbook part is, and what to do with it.
QString notAWorkbookMessage(Zip& zip)
{
    if (zip.contains(QStringLiteral("xl/workbook.bin")))
        return TableReader::tr("This is an Excel binary workbook (.xlsb). Open it in Excel and save it as an Excel "
                               "workbook (.xlsx) or as CSV.");
    if (zip.contains(QStringLiteral("content.xml")) && zip.contains(QStringLiteral("mimetype")))
        return TableReader::tr("This is an OpenDocument spreadsheet (.ods). Open it in WPS, LibreOffice or Excel and "
                               "save it as an Excel workbook (.xlsx) or as CSV.");
    if (zip.contains(QStringLiteral("[Content_Types].xml")))
        return TableReader::tr("This is an Office document but not an Excel workbook. Choose the spreadsheet file.");
    return TableReader::tr("The file is a ZIP archive, not an Excel workbook (.xlsx). Choose the spreadsheet file.");
}

// The package relationships name the workbook part (nearly always xl/workbook.xml, also when they name none that
// exists). False only when reading them ran over the budget or was cancelled: damaged relationships are passed over.
bool findWorkbookPart(Zip& zip, Budget* budget, QString* workbookPart)
{
    if (zip.contains(QStringLiteral("_rels/.rels"))) {
        zip.parse(QStringLiteral("_rels/.rels"), budget, false, [&](QXmlStreamReader& xml) {
            while (!xml.atEnd()) {
                if (xml.readNext() == QXmlStreamReader::StartElement && xml.name() == u"Relationship"
                    && attribute(xml, "Type").endsWith(QLatin1String("/officeDocument")))
                    *workbookPart = resolvePart(QString(), attribute(xml, "Target"));
            }
            return true;
        });
        if (budget->failure == Failure::TooLarge || budget->failure == Failure::Cancelled)
            return false;
        budget->failure = Failure::None;
    }
    if (workbookPart->isEmpty() || !zip.contains(*workbookPart))
        *workbookPart = QStringLiteral("xl/workbook.xml");
    return true;
}

struct SheetEntry
{
    QString name;
    QString relId;
    bool hidden = false;
};

// What the workbook part and its relationships say: the sheets in their order, the date system, and the parts.
struct Workbook
{
    QString part;
    QList<SheetEntry> sheets;
    bool date1904 = false;
    QHash<QString, QPair<QString, QString>> relations; // id → (type, part)
    QString sharedStringsPart; // empty when the workbook has none
    QString stylesPart; // empty when it has none
    QString sheetPart; // the worksheet read
    QString sheetName;
};

bool readSheetList(Zip& zip, Budget* budget, Workbook* workbook)
{
    return zip.parse(workbook->part, budget, false, [&](QXmlStreamReader& xml) {
        while (!xml.atEnd()) {
            if (xml.readNext() != QXmlStreamReader::StartElement)
                continue;
            if (xml.name() == u"workbookPr") {
                const QString v = attribute(xml, "date1904").toLower();
                workbook->date1904 = v == QLatin1String("1") || v == QLatin1String("true");
            } else if (xml.name() == u"sheet") {
                SheetEntry sheet;
                sheet.name = attribute(xml, "name");
                const QString state = attribute(xml, "state");
                sheet.hidden = state == QLatin1String("hidden") || state == QLatin1String("veryHidden");
                for (const QXmlStreamAttribute& a : xml.attributes()) {
                    if (a.name() == u"id" && !a.namespaceUri().isEmpty())
                        sheet.relId = a.value().toString();
                }
                workbook->sheets.append(sheet);
            }
        }
        return true;
    });
}

bool readWorkbookRelations(Zip& zip, Budget* budget, Workbook* workbook)
{
    const QString workbookDir = directoryOf(workbook->part);
    const QString workbookRels = relsPathOf(workbook->part);
    if (!zip.contains(workbookRels))
        return true;
    return zip.parse(workbookRels, budget, false, [&](QXmlStreamReader& xml) {
        while (!xml.atEnd()) {
            if (xml.readNext() != QXmlStreamReader::StartElement || xml.name() != u"Relationship")
                continue;
            if (attribute(xml, "TargetMode") == QLatin1String("External"))
                continue;
            const QString type = attribute(xml, "Type");
            const QString part = resolvePart(workbookDir, attribute(xml, "Target"));
            workbook->relations.insert(attribute(xml, "Id"), {type, part});
            if (type.endsWith(QLatin1String("/sharedStrings")))
                workbook->sharedStringsPart = part;
            else if (type.endsWith(QLatin1String("/styles")))
                workbook->stylesPart = part;
        }
        return true;
    });
}

// The first visible worksheet (chart sheets and hidden sheets are passed over), else the first worksheet, else
// xl/worksheets/sheet1.xml; and the shared strings and styles parts where the relationships do not name them.
// False when the workbook has no worksheet.
bool choosePartsToRead(Zip& zip, Workbook* workbook)
{
    for (int pass = 0; pass < 2 && workbook->sheetPart.isEmpty(); ++pass) {
        for (const SheetEntry& sheet : std::as_const(workbook->sheets)) {
            const auto rel = workbook->relations.value(sheet.relId);
            if (!rel.first.endsWith(QLatin1String("/worksheet")) || (pass == 0 && sheet.hidden))
                continue;
            workbook->sheetPart = rel.second;
            workbook->sheetName = sheet.name;
            break;
        }
    }
    if (workbook->sheetPart.isEmpty() && zip.contains(QStringLiteral("xl/worksheets/sheet1.xml"))) {
        workbook->sheetPart = QStringLiteral("xl/worksheets/sheet1.xml");
        workbook->sheetName = workbook->sheets.isEmpty() ? QStringLiteral("Sheet1") : workbook->sheets.front().name;
    }
    if (workbook->sheetPart.isEmpty() || !zip.contains(workbook->sheetPart))
        return false;
    if (workbook->sharedStringsPart.isEmpty() && zip.contains(QStringLiteral("xl/sharedStrings.xml")))
        workbook->sharedStringsPart = QStringLiteral("xl/sharedStrings.xml");
    if (workbook->stylesPart.isEmpty() && zip.contains(QStringLiteral("xl/styles.xml")))
        workbook->stylesPart = QStringLiteral("xl/styles.xml");
    if (!workbook->sharedStringsPart.isEmpty() && !zip.contains(workbook->sharedStringsPart))
        workbook->sharedStringsPart.clear();
    if (!workbook->stylesPart.isEmpty() && !zip.contains(workbook->stylesPart))
        workbook->stylesPart.clear();
    return true;
}

// The number format of each cell style (the s attribute of a cell indexes this list).
bool readStyles(Zip& zip, const QString& part, Budget* budget, QList<CellFormat>* styles)
{
    if (part.isEmpty())
        return true;
    QHash<int, QString> custom;
    QList<int> xfFormats;
    if (!zip.parse(part, budget, false, [&](QXmlStreamReader& xml) {
            bool inCellXfs = false;
            while (!xml.atEnd()) {
                const auto token = xml.readNext();
                if (token == QXmlStreamReader::EndElement && xml.name() == u"cellXfs")
                    inCellXfs = false;
                if (token != QXmlStreamReader::StartElement)
                    continue;
                if (xml.name() == u"numFmt")
                    custom.insert(attribute(xml, "numFmtId").toInt(), attribute(xml, "formatCode"));
                else if (xml.name() == u"cellXfs")
                    inCellXfs = true;
                else if (xml.name() == u"xf" && inCellXfs)
                    xfFormats.append(attribute(xml, "numFmtId").toInt());
            }
            return true;
        }))
        return false;
    styles->reserve(xfFormats.size());
    for (const int id : std::as_const(xfFormats))
        styles->append(custom.contains(id) ? customFormat(custom.value(id)) : builtinFormat(id));
    return true;
}

// The shared strings, once each: every cell that names one shares its text (QString's implicit sharing).
struct SharedStrings
{
    QStringList texts;
    QHash<qsizetype, qint64> tooLong; // index → length of the strings longer than a cell may be (text not kept)
};

bool readSharedStrings(Zip& zip, const QString& part, Budget* budget, SharedStrings* sharedStrings)
{
    if (part.isEmpty())
        return true;
    return zip.parse(part, budget, true, [&](QXmlStreamReader& xml) {
        while (!xml.atEnd()) {
            if (xml.readNext() == QXmlStreamReader::StartElement && xml.name() == u"si") {
                CellString item = readStringItem(xml);
                if (item.tooLong())
                    sharedStrings->tooLong.insert(sharedStrings->texts.size(), item.length);
                sharedStrings->texts.append(std::move(item.text));
            }
        }
        return true;
    });
}

QString rangeName(const Merge& m)
{
    const auto cell = [](int row, int column) { return TableReader::columnName(column) + QString::number(row + 1); };
    return cell(m.top, m.left) + QLatin1Char(':') + cell(m.bottom, m.right);
}

// The cells and merged ranges of the worksheet part, as Excel shows the cells' values.
//
// Budgets, so that what a small file claims cannot cost more than what it holds: a cell longer than Excel allows
// is refused; text repeated by reference (a shared string named again, a merged value copied into the range) may
// add up to kMaxRepeatedCharacters; merged ranges that overlap are refused, the others are clipped to the cells in
// use, so that filling them costs at most one step per cell kept.
class SheetReader final
{
public:
    SheetReader(const SharedStrings& sharedStrings, const QList<CellFormat>& styles, bool date1904, Budget* budget)
        : m_sharedStrings(sharedStrings)
        , m_styles(styles)
        , m_date1904(date1904)
        , m_budget(budget)
        , m_sharedUsed(sharedStrings.texts.size(), false)
    { }

    bool read(QXmlStreamReader& xml)
    {
        while (!xml.atEnd()) {
            if (xml.readNext() != QXmlStreamReader::StartElement)
                continue;
            const QStringView name = xml.name();
            if (name == u"row" && !startRow(xml))
                return false;
            if (name == u"c" && !readCell(xml))
                return false;
            if (name == u"mergeCell")
                readMerge(xml);
        }
        return true;
    }

    // Merged cells: every cell of the range shows the top-left value (a merged title, a value filled down).
    // Overlapping or repeated ranges are refused (Excel itself calls such a file damaged); ranges are clipped to
    // the cells in use so that a merge over whole rows or columns cannot blow the sheet up.
    bool fillMerges()
    {
        if (!refuseOverlappingMerges())
            return false;
        qsizetype usedColumns = 0;
        for (const QStringList& r : std::as_const(m_grid.rows))
            usedColumns = qMax(usedColumns, r.size());
        const int usedRows = int(m_grid.rows.size());
        qint64 steps = 0;
        for (const Merge& m : std::as_const(m_merges)) {
            if (++steps % kPollSteps == 0 && !m_budget->stillWanted())
                return false;
            const QString value = m_grid.rows.value(m.top).value(m.left);
            if (value.isEmpty())
                continue;
            const int bottom = qMin(m.bottom, usedRows - 1);
            const int right = qMin<int>(m.right, int(usedColumns) - 1);
            for (int r = m.top; r <= bottom; ++r) {
                for (int c = m.left; c <= right; ++c) {
                    if (r == m.top && c == m.left)
                        continue;
                    if (++steps % kPollSteps == 0 && !m_budget->stillWanted())
                        return false;
                    if (!repeat(value.size()))
                        return false;
                    if (!m_grid.set(r, c, value)) {
                        m_budget->failure = Failure::TooManyCells;
                        return false;
                    }
                }
            }
        }
        return true;
    }

    // .xls: a cell read by FreeXL, and a merged range from the file's records. A text named again (a shared string
    // a cell before used too) counts against the repeated-text budget.
    bool put(int row, int column, const QString& text, bool repeated)
    {
        if (text.size() > TableReader::kMaxCellCharacters)
            return m_budget->refuse(tooLongMessage(Table::rowNumber(row), column, text.size()));
        if (repeated && !repeat(text.size()))
            return false;
        if (!m_grid.set(row, column, text)) {
            m_budget->failure = Failure::TooManyCells;
            return false;
        }
        return true;
    }
    void addMerge(const Merge& merge) { m_merges.append(merge); }

    QList<QStringList> takeRows() { return std::move(m_grid.rows); }
    const QList<QStringList>& rows() const { return m_grid.rows; }

private:
    static constexpr qint64 kPollSteps = 1 << 16;

    // Text that costs nothing in the file but a copy of itself in the table (a reference to a text seen before).
    bool repeat(qint64 characters)
    {
        m_repeated += characters;
        if (m_repeated <= TableReader::kMaxRepeatedCharacters)
            return true;
        return m_budget->refuse(
            TableReader::tr("The worksheet repeats too much text: its cells name the same shared texts or merged "
                            "cells for more than %L1 characters in all. A normal table does not; the file is damaged "
                            "or was made to be too large. Save it again from Excel or WPS, or split it.")
                .arg(TableReader::kMaxRepeatedCharacters));
    }

    // One sweep down the rows with the ranges that cross the current row, ordered by their left column (they must
    // not overlap, so each new range is compared with its two neighbours only): n log n for n ranges.
    bool refuseOverlappingMerges()
    {
        struct Event
        {
            int row;
            bool opens;
            int merge;
        };
        QList<Event> events;
        events.reserve(m_merges.size() * 2);
        for (int i = 0; i < m_merges.size(); ++i) {
            events.append({m_merges.at(i).top, true, i});
            events.append({m_merges.at(i).bottom + 1, false, i});
        }
        std::sort(events.begin(), events.end(), [](const Event& a, const Event& b) {
            if (a.row != b.row)
                return a.row < b.row;
            if (a.opens != b.opens)
                return !a.opens; // a range ending above this row is gone before one starting on it is compared
            return a.merge < b.merge;
        });
        std::map<int, int> crossing; // left column → merge, for the ranges that cross the current row
        qint64 steps = 0;
        for (const Event& e : std::as_const(events)) {
            if (++steps % kPollSteps == 0 && !m_budget->stillWanted())
                return false;
            const Merge& m = m_merges.at(e.merge);
            if (!e.opens) {
                const auto it = crossing.find(m.left);
                if (it != crossing.end() && it->second == e.merge)
                    crossing.erase(it);
                continue;
            }
            auto next = crossing.lower_bound(m.left);
            if (next != crossing.end() && next->first <= m.right)
                return refuseOverlap(next->second, e.merge);
            if (next != crossing.begin()) {
                const auto previous = std::prev(next);
                if (m_merges.at(previous->second).right >= m.left)
                    return refuseOverlap(previous->second, e.merge);
            }
            crossing.emplace(m.left, e.merge);
        }
        return true;
    }

    bool refuseOverlap(int first, int second)
    {
        const QString a = rangeName(m_merges.at(qMin(first, second)));
        const QString b = rangeName(m_merges.at(qMax(first, second)));
        if (a == b)
            return m_budget->refuse(TableReader::tr("The worksheet merges the cells %1 twice. Excel calls such a file "
                                                    "damaged: open it in Excel or WPS, let it repair the file, save "
                                                    "it and import the saved file.")
                                        .arg(a));
        return m_budget->refuse(TableReader::tr("The worksheet has merged cells that overlap: %1 and %2. Excel calls "
                                                "such a file damaged: open it in Excel or WPS, let it repair the "
                                                "file, save it and import the saved file.")
                                    .arg(a, b));
    }

    bool startRow(const QXmlStreamReader& xml)
    {
        const QString r = attribute(xml, "r");
        bool ok = true;
        m_rowIndex = r.isEmpty() ? m_rowIndex + 1 : r.toInt(&ok) - 1;
        if (!ok || m_rowIndex < 0 || m_rowIndex >= kMaxSheetRows) {
            m_budget->detail = QStringLiteral("row %1").arg(r);
            return false;
        }
        m_nextColumn = 0;
        return true;
    }

    bool readCell(QXmlStreamReader& xml)
    {
        const QString ref = attribute(xml, "r");
        int row = qMax(m_rowIndex, 0);
        int column = m_nextColumn;
        if (!ref.isEmpty() && !parseCellRef(ref, &row, &column)) {
            m_budget->detail = QStringLiteral("cell %1").arg(ref);
            return false;
        }
        if (column >= kMaxSheetColumns) {
            m_budget->detail = QStringLiteral("column %1").arg(column + 1);
            return false;
        }
        m_nextColumn = column + 1;
        const QString type = attribute(xml, "t");
        const int style = attribute(xml, "s").toInt();
        QString value;
        qint64 valueLength = 0;
        CellString inlineText;
        bool hasInline = false;
        while (!xml.atEnd()) {
            const auto token = xml.readNext();
            if (token == QXmlStreamReader::StartElement) {
                if (xml.name() == u"v") {
                    value.clear();
                    valueLength = 0;
                    readLimitedText(xml, &value, &valueLength);
                } else if (xml.name() == u"is") {
                    inlineText = readStringItem(xml);
                    hasInline = true;
                } else {
                    xml.skipCurrentElement();
                }
            } else if (token == QXmlStreamReader::EndElement && xml.name() == u"c") {
                break;
            }
        }
        const auto tooLong = [&](qint64 length) {
            return m_budget->refuse(tooLongMessage(Table::rowNumber(row), column, length, m_budget->textCut));
        };
        QString text;
        if (hasInline) {
            if (inlineText.tooLong())
                return tooLong(inlineText.length);
            text = inlineText.text;
        } else if (valueLength > kMaxRawCellText) {
            return tooLong(valueLength);
        } else if (value.isEmpty()) {
            return true;
        } else if (!cellText(type, value, style, row, column, &text)) {
            return false;
        }
        if (text.size() > TableReader::kMaxCellCharacters)
            return tooLong(text.size());
        if (text.isEmpty())
            return true;
        if (!m_grid.set(row, column, text)) {
            m_budget->failure = Failure::TooManyCells;
            return false;
        }
        return true;
    }

    // The text Excel shows for a stored value of type t (the cell's t attribute) in style s.
    bool cellText(const QString& type, const QString& value, int style, int row, int column, QString* text)
    {
        if (type == QLatin1String("s")) {
            bool ok = false;
            const int index = value.trimmed().toInt(&ok);
            if (!ok || index < 0 || index >= m_sharedStrings.texts.size()) {
                m_budget->detail = QStringLiteral("shared string %1").arg(value);
                return false;
            }
            if (const auto tooLong = m_sharedStrings.tooLong.constFind(index);
                tooLong != m_sharedStrings.tooLong.constEnd())
                return m_budget->refuse(
                    tooLongMessage(Table::rowNumber(row), column, tooLong.value(), m_budget->textCut));
            *text = m_sharedStrings.texts.at(index);
            if (m_sharedUsed.at(index))
                return repeat(text->size());
            m_sharedUsed[index] = true;
        } else if (type == QLatin1String("b")) {
            *text = value.trimmed() == QLatin1String("1") ? QStringLiteral("TRUE") : QStringLiteral("FALSE");
        } else if (type == QLatin1String("str") || type == QLatin1String("e") || type == QLatin1String("inlineStr")) {
            *text = decodeEscapes(value);
        } else if (type == QLatin1String("d")) {
            *text = isoDateText(value);
        } else {
            *text = numberText(value, m_styles.value(style), m_date1904);
        }
        return true;
    }

    void readMerge(const QXmlStreamReader& xml)
    {
        const QString ref = attribute(xml, "ref");
        const qsizetype colon = ref.indexOf(QLatin1Char(':'));
        Merge m {};
        if (colon < 0 || !parseCellRef(QStringView(ref).left(colon), &m.top, &m.left)
            || !parseCellRef(QStringView(ref).mid(colon + 1), &m.bottom, &m.right))
            return;
        if (m.bottom < m.top)
            std::swap(m.top, m.bottom);
        if (m.right < m.left)
            std::swap(m.left, m.right);
        m_merges.append(m);
    }

    const SharedStrings& m_sharedStrings;
    const QList<CellFormat>& m_styles;
    const bool m_date1904;
    Budget* m_budget;
    QList<bool> m_sharedUsed;
    qint64 m_repeated = 0;
    Grid m_grid;
    QList<Merge> m_merges;
    int m_rowIndex = -1;
    int m_nextColumn = 0;
};

} // namespace

std::optional<Table> TableReader::readXlsx(const QString& path, QString* error, const Progress& progress,
                                           qint64 maxUncompressedBytes)
{
    auto fail = [error](const QString& message) -> std::optional<Table> {
        if (error)
            *error = message;
        return std::nullopt;
    };
    Budget budget;
    budget.cap = maxUncompressedBytes;
    budget.progress = &progress;
    const auto failure = [&] { return fail(failureMessage(budget)); };

    QFileInfo info(path);
    if (!info.isFile())
        return fail(tr("Cannot open the file %1: it does not exist.").arg(QDir::toNativeSeparators(path)));
    Zip zip(path);
    if (!zip.isOpen())
        return failure();

    Workbook workbook;
    if (!findWorkbookPart(zip, &budget, &workbook.part))
        return failure();
    if (!zip.contains(workbook.part))
        return fail(notAWorkbookMessage(zip));
    if (!readSheetList(zip, &budget, &workbook) || !readWorkbookRelations(zip, &budget, &workbook))
        return failure();
    if (!choosePartsToRead(zip, &workbook))
        return fail(tr("The workbook has no worksheet with cells (only chart sheets, or it is damaged)."));

    budget.total = qMax<qint64>(0, zip.entrySize(workbook.sheetPart))
        + (workbook.sharedStringsPart.isEmpty() ? 0 : qMax<qint64>(0, zip.entrySize(workbook.sharedStringsPart)));
    if (!budget.report(true))
        return failure();

    QList<CellFormat> styles;
    SharedStrings sharedStrings;
    if (!readStyles(zip, workbook.stylesPart, &budget, &styles)
        || !readSharedStrings(zip, workbook.sharedStringsPart, &budget, &sharedStrings))
        return failure();
    SheetReader sheet(sharedStrings, styles, workbook.date1904, &budget);
    if (!zip.parse(workbook.sheetPart, &budget, true, [&](QXmlStreamReader& xml) { return sheet.read(xml); }))
        return failure();
    if (!sheet.fillMerges())
        return failure();

    budget.done = qMax(budget.done, budget.total);
    if (!budget.report(true))
        return failure();
    if (!hasAnyText(sheet.rows()))
        return fail(tr("The worksheet \"%1\" of the workbook is empty.").arg(workbook.sheetName));
    Table table;
    table.rows = sheet.takeRows();
    table.sheetName = workbook.sheetName;
    table.sourceName = info.fileName();
    return table;
}

// -------------------------------------------------------------------------------------------------------------------
// .xls: FreeXL's cells (XlsFile) into the same table as an .xlsx

namespace {

// FreeXL's date and time texts ("yyyy-MM-dd HH:mm:ss") as readXlsx writes them: no time at midnight, no seconds
// when they are zero.
QString xlsDateText(XlsFile::CellKind kind, const QString& text)
{
    if (kind == XlsFile::CellKind::Date)
        return text;
    QString date;
    QString time = text;
    if (kind == XlsFile::CellKind::DateTime) {
        date = text.left(10);
        time = text.mid(11);
        if (time.isEmpty() || time == QLatin1String("00:00:00"))
            return date;
        date += QLatin1Char(' ');
    }
    if (time.size() == 8 && time.endsWith(QLatin1String(":00")))
        time.chop(3);
    return date + time;
}

QString xlsFailureMessage(XlsFile::Status status, const XlsFile& file)
{
    switch (status) {
    case XlsFile::Status::Encrypted:
    case XlsFile::Status::EncryptedXlsx:
        return TableReader::tr("The workbook is protected with a password. Open it in Excel or WPS, remove the "
                               "password and save it again.");
    case XlsFile::Status::OldFormat:
        return oldExcelMessage();
    case XlsFile::Status::NotWorkbook:
        return TableReader::tr("This is an Office document (such as a Word or PowerPoint file) but not an Excel "
                               "workbook. Choose the spreadsheet file.");
    case XlsFile::Status::NoWorksheet:
        return TableReader::tr("The workbook has no worksheet with cells (only chart sheets, or it is damaged).");
    case XlsFile::Status::TooManyCells:
        return TableReader::tr("The sheet is too large to import (more than %L1 cells). Split it into smaller files.")
            .arg(TableReader::kMaxCells);
    case XlsFile::Status::TextTooLong: {
        const XlsFile::Problem p = file.problem();
        const QString advice = TableReader::tr("Open the file in Excel or WPS, save it as an Excel workbook (.xlsx) "
                                               "and import that: long texts are read whole from .xlsx files.");
        if (p.row < 0)
            return TableReader::tr("The workbook holds a text of %L1 characters that cannot be read whole from an "
                                   "Excel 97–2003 file (.xls). %2")
                .arg(p.value)
                .arg(advice);
        return TableReader::tr("Worksheet \"%1\", row %2, column %3: the text of %L4 characters cannot be read whole "
                               "from an Excel 97–2003 file (.xls). %5")
            .arg(p.sheet)
            .arg(p.row + 1)
            .arg(TableReader::columnName(p.column))
            .arg(p.value)
            .arg(advice);
    }
    case XlsFile::Status::DateOutOfRange: {
        const XlsFile::Problem p = file.problem();
        return TableReader::tr("Worksheet \"%1\", row %2, column %3: the date is after 9999-12-31 (Excel shows "
                               "#####); it is not a real date. Correct that cell and save the file again.")
            .arg(p.sheet)
            .arg(p.row + 1)
            .arg(TableReader::columnName(p.column));
    }
    case XlsFile::Status::TooManyDates:
        return TableReader::tr("The workbook holds too many dates to read from an Excel 97–2003 file (.xls) in "
                               "reasonable time. Open it in Excel or WPS, save it as an Excel workbook (.xlsx) and "
                               "import that.");
    case XlsFile::Status::Ok:
    case XlsFile::Status::CannotOpen:
    case XlsFile::Status::Damaged:
        break;
    }
    const QString damaged = TableReader::tr("The file looks like an Excel 97–2003 workbook (.xls) but is damaged or "
                                            "incomplete, so it cannot be read. Open it in Excel or WPS, save it "
                                            "again and import the saved file.");
    return file.detail().isEmpty() ? damaged : damaged + QStringLiteral(" (") + file.detail() + QLatin1Char(')');
}

} // namespace

std::optional<Table> TableReader::readXls(const QString& path, QString* error, const Progress& progress,
                                          qint64 maxFileBytes)
{
    auto fail = [error](const QString& message) -> std::optional<Table> {
        if (error)
            *error = message;
        return std::nullopt;
    };
    const QFileInfo info(path);
    if (!info.isFile())
        return fail(tr("Cannot open the file %1: it does not exist.").arg(QDir::toNativeSeparators(path)));
    if (info.size() > maxFileBytes)
        return fail(tr("The file is too large to import (%1 MiB; at most %2 MiB). Split it into smaller files.")
                        .arg(info.size() / (1024 * 1024))
                        .arg(maxFileBytes / (1024 * 1024)));

    Budget budget;
    budget.progress = &progress;
    budget.total = 1;
    if (!budget.report(true))
        return fail(cancelledMessage());
    XlsFile file;
    const XlsFile::Status status = file.open(path, maxFileBytes, kMaxCells);
    if (status == XlsFile::Status::CannotOpen)
        return fail(tr("Cannot read the file %1.").arg(QDir::toNativeSeparators(path)));
    if (status != XlsFile::Status::Ok)
        return fail(xlsFailureMessage(status, file));

    const QList<CellFormat> noStyles;
    const SharedStrings noSharedStrings;
    SheetReader sheet(noSharedStrings, noStyles, false, &budget);
    const auto failure = [&] { return fail(failureMessage(budget)); };
    // The same shared string (one pointer in FreeXL) gives the same QString: its text is held once.
    QHash<const char*, QString> shared;
    budget.total = qMax(1, file.rows());
    for (int row = 0; row < file.rows(); ++row) {
        budget.done = row;
        if (!budget.stillWanted())
            return failure();
        for (int column = 0; column < file.columns(); ++column) {
            XlsFile::Cell cell;
            if (!file.cell(row, column, &cell))
                return fail(xlsFailureMessage(XlsFile::Status::Damaged, file));
            QString text;
            bool repeated = false;
            switch (cell.kind) {
            case XlsFile::CellKind::Empty:
                continue;
            case XlsFile::CellKind::Integer:
                text = QString::number(qint64(cell.number));
                break;
            case XlsFile::CellKind::Number:
                if (!std::isfinite(cell.number))
                    continue;
                text = generalNumber(cell.number);
                break;
            case XlsFile::CellKind::SharedText: {
                const auto it = shared.constFind(cell.text);
                if (it != shared.constEnd()) {
                    text = it.value();
                    repeated = true;
                } else {
                    text = cell.shared >= 0 ? file.sharedStrings().at(cell.shared) : QString::fromUtf8(cell.text);
                    shared.insert(cell.text, text);
                }
                break;
            }
            case XlsFile::CellKind::Text:
                text = QString::fromUtf8(cell.text);
                break;
            case XlsFile::CellKind::Date:
            case XlsFile::CellKind::DateTime:
            case XlsFile::CellKind::Time:
                text = xlsDateText(cell.kind, QString::fromUtf8(cell.text));
                break;
            }
            if (text.isEmpty())
                continue;
            if (!sheet.put(row, column, text, repeated))
                return failure();
        }
    }
    for (const XlsFile::Merge& m : file.merges())
        sheet.addMerge({m.top, m.left, m.bottom, m.right});
    if (!sheet.fillMerges())
        return failure();
    budget.done = budget.total;
    if (!budget.report(true))
        return failure();
    if (!hasAnyText(sheet.rows()))
        return fail(tr("The worksheet \"%1\" of the workbook is empty.").arg(file.sheetName()));
    Table table;
    table.rows = sheet.takeRows();
    table.sheetName = file.sheetName();
    table.sourceName = info.fileName();
    return table;
}
