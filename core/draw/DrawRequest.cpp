#include "DrawRequest.h"

#include <QCryptographicHash>
#include <QHash>
#include <QIODevice>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QJsonValue>
#include <QSet>
#include <QStringDecoder>
#include <algorithm>
#include <array>
#include <charconv>
#include <climits>
#include <cmath>
#include <cstring>
#include <utility>
#include <vector>

namespace {

// ---------------------------------------------------------------------------------------------------------------
// Reading

QString child(const QString& path, QLatin1StringView key)
{
    return path.isEmpty() ? QString(key) : path + QLatin1Char('.') + key;
}

QString element(const QString& path, qsizetype index)
{
    return path + QLatin1Char('[') + QString::number(index) + QLatin1Char(']');
}

// A value as it can be quoted in a message: control characters shown as \uXXXX so the message stays readable.
QString quoted(const QString& text)
{
    QString shown;
    shown.reserve(text.size() + 2);
    shown += QLatin1Char('"');
    for (const QChar ch : text) {
        if (ch.category() == QChar::Other_Control || ch.isSurrogate())
            shown += QStringLiteral("\\u%1").arg(uint(ch.unicode()), 4, 16, QLatin1Char('0'));
        else
            shown += ch;
    }
    shown += QLatin1Char('"');
    return shown;
}

// Walks the JSON objects, keeps the first error, and says where it is by its path.
class Reader final
{
public:
    bool ok() const { return m_error.isEmpty(); }
    const QString& error() const { return m_error; }
    void fail(const QString& message)
    {
        if (m_error.isEmpty())
            m_error = message;
    }

    std::optional<QJsonValue> value(const QJsonObject& object, QLatin1StringView key, const QString& path,
                                    bool required = true)
    {
        const auto it = object.constFind(key);
        if (it == object.constEnd()) {
            if (required)
                fail(DrawJson::tr("The required key %1 is missing.").arg(child(path, key)));
            return std::nullopt;
        }
        return it.value();
    }

    bool string(const QJsonObject& object, QLatin1StringView key, const QString& path, QString* out,
                bool required = true)
    {
        const auto v = value(object, key, path, required);
        if (!v)
            return false;
        if (!v->isString()) {
            fail(DrawJson::tr("%1 must be a string.").arg(child(path, key)));
            return false;
        }
        *out = v->toString();
        return true;
    }

    bool boolean(const QJsonObject& object, QLatin1StringView key, const QString& path, bool* out)
    {
        const auto v = value(object, key, path);
        if (!v)
            return false;
        if (!v->isBool()) {
            fail(DrawJson::tr("%1 must be true or false.").arg(child(path, key)));
            return false;
        }
        *out = v->toBool();
        return true;
    }

    bool integer(const QJsonObject& object, QLatin1StringView key, const QString& path, int* out, bool required = true)
    {
        const auto v = value(object, key, path, required);
        if (!v)
            return false;
        const double d = v->toDouble();
        if (!v->isDouble() || !std::isfinite(d) || std::floor(d) != d) {
            fail(DrawJson::tr("%1 must be a whole number.").arg(child(path, key)));
            return false;
        }
        if (d > INT_MAX || d < INT_MIN) {
            fail(DrawJson::tr("%1 is too large (%2).").arg(child(path, key)).arg(d, 0, 'g', 17));
            return false;
        }
        *out = int(d);
        return true;
    }

    bool array(const QJsonObject& object, QLatin1StringView key, const QString& path, QJsonArray* out,
               bool required = true)
    {
        const auto v = value(object, key, path, required);
        if (!v)
            return false;
        if (!v->isArray()) {
            fail(DrawJson::tr("%1 must be a list.").arg(child(path, key)));
            return false;
        }
        *out = v->toArray();
        return true;
    }

    bool object(const QJsonObject& parent, QLatin1StringView key, const QString& path, QJsonObject* out)
    {
        const auto v = value(parent, key, path);
        if (!v)
            return false;
        if (!v->isObject()) {
            fail(DrawJson::tr("%1 must be an object.").arg(child(path, key)));
            return false;
        }
        *out = v->toObject();
        return true;
    }

    // The objects of a list, or nothing (and an error) if one element is not an object.
    QList<QJsonObject> objects(const QJsonArray& array, const QString& path)
    {
        QList<QJsonObject> objects;
        objects.reserve(array.size());
        for (qsizetype i = 0; i < array.size(); ++i) {
            if (!array.at(i).isObject()) {
                fail(DrawJson::tr("%1 must be an object.").arg(element(path, i)));
                return {};
            }
            objects.append(array.at(i).toObject());
        }
        return objects;
    }

    bool strings(const QJsonObject& object, QLatin1StringView key, const QString& path, QStringList* out)
    {
        QJsonArray array;
        if (!this->array(object, key, path, &array))
            return false;
        const QString listPath = child(path, key);
        out->clear();
        out->reserve(array.size());
        for (qsizetype i = 0; i < array.size(); ++i) {
            const QJsonValue v = array.at(i);
            if (!v.isString()) {
                fail(DrawJson::tr("%1 must be a string.").arg(element(listPath, i)));
                return false;
            }
            out->append(v.toString());
        }
        return true;
    }

    // The spec key of a request or result: present and the version this program implements.
    bool spec(const QJsonObject& object, const QString& path)
    {
        QString spec;
        if (!string(object, QLatin1StringView("spec"), path, &spec))
            return false;
        if (spec != drawSpecVersion) {
            fail(DrawJson::tr("%1 is %2: this program implements the draw specification %3 only.")
                     .arg(child(path, QLatin1StringView("spec")), quoted(spec), drawSpecVersion));
            return false;
        }
        return true;
    }

private:
    QString m_error;
};

std::optional<QJsonObject> parseObject(const QByteArray& json, QString* error)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        const QByteArray before = json.left(parseError.offset);
        const qsizetype line = before.count('\n') + 1;
        const qsizetype column = parseError.offset - (before.lastIndexOf('\n') + 1) + 1;
        if (error)
            *error = DrawJson::tr("The file is not valid JSON: %1 at line %2, column %3.")
                         .arg(parseError.errorString())
                         .arg(line)
                         .arg(column);
        return std::nullopt;
    }
    if (!document.isObject()) {
        if (error)
            *error = DrawJson::tr("The file must hold one JSON object.");
        return std::nullopt;
    }
    return document.object();
}

std::optional<DrawRequest> readRequestObject(Reader& r, const QJsonObject& object, const QString& path,
                                             DrawJson::Seed seedRule)
{
    DrawRequest request;
    if (!r.spec(object, path))
        return std::nullopt;
    r.string(object, QLatin1StringView("plan"), path, &request.plan);
    r.string(object, QLatin1StringView("seed"), path, &request.seed, seedRule == DrawJson::Seed::Required);

    QJsonArray items;
    if (r.array(object, QLatin1StringView("items"), path, &items)) {
        const QString itemsPath = child(path, QLatin1StringView("items"));
        const QList<QJsonObject> itemObjects = r.objects(items, itemsPath);
        for (qsizetype i = 0; i < itemObjects.size() && r.ok(); ++i) {
            const QString itemPath = element(itemsPath, i);
            DrawItem item;
            r.string(itemObjects[i], QLatin1StringView("code"), itemPath, &item.code);
            QJsonArray strata;
            if (r.array(itemObjects[i], QLatin1StringView("strata"), itemPath, &strata)) {
                const QString strataPath = child(itemPath, QLatin1StringView("strata"));
                const QList<QJsonObject> strataObjects = r.objects(strata, strataPath);
                for (qsizetype s = 0; s < strataObjects.size() && r.ok(); ++s) {
                    const QString stratumPath = element(strataPath, s);
                    const QJsonObject& o = strataObjects[s];
                    DrawStratum stratum;
                    r.string(o, QLatin1StringView("name"), stratumPath, &stratum.name);
                    int number = 0;
                    if (r.integer(o, QLatin1StringView("ratioBp"), stratumPath, &number, false))
                        stratum.ratioBp = number;
                    if (r.integer(o, QLatin1StringView("count"), stratumPath, &number, false))
                        stratum.count = number;
                    r.strings(o, QLatin1StringView("ids"), stratumPath, &stratum.ids);
                    item.strata.append(std::move(stratum));
                }
            }
            request.items.append(std::move(item));
        }
    }

    QJsonArray inspectors;
    if (r.array(object, QLatin1StringView("inspectors"), path, &inspectors)) {
        const QString inspectorsPath = child(path, QLatin1StringView("inspectors"));
        const QList<QJsonObject> objects = r.objects(inspectors, inspectorsPath);
        for (qsizetype i = 0; i < objects.size() && r.ok(); ++i) {
            DrawInspector inspector;
            r.string(objects[i], QLatin1StringView("id"), element(inspectorsPath, i), &inspector.id);
            r.boolean(objects[i], QLatin1StringView("certified"), element(inspectorsPath, i), &inspector.certified);
            request.inspectors.append(inspector);
        }
    }

    QJsonObject teams;
    if (r.object(object, QLatin1StringView("teams"), path, &teams)) {
        const QString teamsPath = child(path, QLatin1StringView("teams"));
        r.integer(teams, QLatin1StringView("size"), teamsPath, &request.teams.size);
        r.integer(teams, QLatin1StringView("minCertified"), teamsPath, &request.teams.minCertified);
        r.integer(teams, QLatin1StringView("backupFactor"), teamsPath, &request.teams.backupFactor);
        r.integer(teams, QLatin1StringView("maxTeamsPerInspector"), teamsPath, &request.teams.maxTeamsPerInspector);
    }

    QJsonArray exclusions;
    if (r.array(object, QLatin1StringView("exclusions"), path, &exclusions, false)) {
        const QString exclusionsPath = child(path, QLatin1StringView("exclusions"));
        const QList<QJsonObject> objects = r.objects(exclusions, exclusionsPath);
        for (qsizetype i = 0; i < objects.size() && r.ok(); ++i) {
            DrawExclusion exclusion;
            const QString exclusionPath = element(exclusionsPath, i);
            r.string(objects[i], QLatin1StringView("inspector"), exclusionPath, &exclusion.inspector);
            r.string(objects[i], QLatin1StringView("entity"), exclusionPath, &exclusion.entity);
            r.string(objects[i], QLatin1StringView("reason"), exclusionPath, &exclusion.reason);
            request.exclusions.append(exclusion);
        }
    }
    if (!r.ok())
        return std::nullopt;
    return request;
}

std::optional<DrawResult> readResultObject(Reader& r, const QJsonObject& object, const QString& path)
{
    DrawResult result;
    if (!r.spec(object, path))
        return std::nullopt;
    QJsonArray items;
    if (r.array(object, QLatin1StringView("items"), path, &items)) {
        const QString itemsPath = child(path, QLatin1StringView("items"));
        const QList<QJsonObject> itemObjects = r.objects(items, itemsPath);
        for (qsizetype i = 0; i < itemObjects.size() && r.ok(); ++i) {
            const QString itemPath = element(itemsPath, i);
            DrawItemResult item;
            r.string(itemObjects[i], QLatin1StringView("code"), itemPath, &item.code);
            QJsonArray strata;
            if (r.array(itemObjects[i], QLatin1StringView("strata"), itemPath, &strata)) {
                const QString strataPath = child(itemPath, QLatin1StringView("strata"));
                const QList<QJsonObject> strataObjects = r.objects(strata, strataPath);
                for (qsizetype s = 0; s < strataObjects.size() && r.ok(); ++s) {
                    DrawStratumResult stratum;
                    r.string(strataObjects[s], QLatin1StringView("name"), element(strataPath, s), &stratum.name);
                    r.strings(strataObjects[s], QLatin1StringView("selected"), element(strataPath, s),
                              &stratum.selected);
                    item.strata.append(std::move(stratum));
                }
            }
            result.items.append(std::move(item));
        }
    }
    QJsonArray teams;
    if (r.array(object, QLatin1StringView("teams"), path, &teams)) {
        const QString teamsPath = child(path, QLatin1StringView("teams"));
        const QList<QJsonObject> objects = r.objects(teams, teamsPath);
        for (qsizetype i = 0; i < objects.size() && r.ok(); ++i) {
            const QString teamPath = element(teamsPath, i);
            DrawTeam team;
            r.string(objects[i], QLatin1StringView("entity"), teamPath, &team.entity);
            r.strings(objects[i], QLatin1StringView("items"), teamPath, &team.items);
            r.strings(objects[i], QLatin1StringView("members"), teamPath, &team.members);
            r.strings(objects[i], QLatin1StringView("backups"), teamPath, &team.backups);
            result.teams.append(std::move(team));
        }
    }
    if (!r.ok())
        return std::nullopt;
    return result;
}

// ---------------------------------------------------------------------------------------------------------------
// The fast path of readRequest: a well-formed request read straight from its bytes (a million ids several times
// faster than through QJsonDocument and QJsonValue). It accepts a strict subset of what QJsonDocument parses and the
// Reader above reads without a message: anything else — a syntax error, a value of another type, a missing or
// repeated key, a \u escape, a key with an escape, a number with a fraction or an exponent, bytes that are not
// UTF-8, a byte order mark — makes it give up, and readRequest reads the file the general way, which gives the same
// request or the precise message. What it accepts, it reads as the general way does (tst_draw_json and
// tst_draw_record_bytes compare the two).

// Strict UTF-8: no overlong forms, no surrogates, nothing above U+10FFFF, no noncharacters.
bool validUtf8(const char* begin, const char* end)
{
    auto p = reinterpret_cast<const uchar*>(begin);
    const auto e = reinterpret_cast<const uchar*>(end);
    while (p < e) {
        const uchar c = *p++;
        if (c < 0x80)
            continue;
        int more = 0;
        uchar low = 0x80;
        uchar high = 0xBF;
        if (c >= 0xC2 && c <= 0xDF) {
            more = 1;
        } else if (c >= 0xE0 && c <= 0xEF) {
            more = 2;
            low = c == 0xE0 ? 0xA0 : 0x80;
            high = c == 0xED ? 0x9F : 0xBF;
        } else if (c >= 0xF0 && c <= 0xF4) {
            more = 3;
            low = c == 0xF0 ? 0x90 : 0x80;
            high = c == 0xF4 ? 0x8F : 0xBF;
        } else {
            return false;
        }
        if (e - p < more || p[0] < low || p[0] > high)
            return false;
        char32_t code = c & (0x3F >> more);
        for (int i = 0; i < more; ++i) {
            if ((p[i] & 0xC0) != 0x80)
                return false;
            code = (code << 6) | (p[i] & 0x3F);
        }
        if ((code & 0xFFFE) == 0xFFFE || (code >= 0xFDD0 && code <= 0xFDEF))
            return false; // a noncharacter, refused by some Qt versions' JSON parser: the general way decides
        p += more;
    }
    return true;
}

// The ids of a long list as QStrings without an allocation each: an id's UTF-16, followed by a 0 as in any QString, is
// written into a block it shares with the ids read before and after it, and the QString refers to its place in the
// block and counts a reference to it. A million ids take a few dozen allocations instead of a million, and 40 % less
// memory (memory touched for the first time is most of what reading them costs). An id stays an ordinary QString: a
// copy shares the block, a change copies the id out of it first (the last id left in a block changes in place, no
// other id sees it), and a block is freed with the last id that refers to it. Blocks grow from 512 bytes to 1 MiB,
// so that a short list takes little and one id kept long keeps at most 1 MiB.
class IdBlocks final
{
public:
    IdBlocks() = default;
    IdBlocks(const IdBlocks&) = delete;
    IdBlocks& operator=(const IdBlocks&) = delete;
    ~IdBlocks() { release(); }

    // The id of these UTF-8 bytes (valid UTF-8; `ascii` when all of them are below 0x80).
    QString add(QByteArrayView utf8, bool ascii)
    {
        const qsizetype need = (ascii ? utf8.size() : m_decoder.requiredSpace(utf8.size())) + 1;
        if (m_end - m_next < need)
            startBlock(need);
        char16_t* const begin = m_next;
        if (ascii) {
            for (const char c : utf8)
                *m_next++ = char16_t(uchar(c));
        } else {
            m_next = reinterpret_cast<char16_t*>(m_decoder.appendToBuffer(reinterpret_cast<QChar*>(begin), utf8));
        }
        const qsizetype size = m_next - begin;
        *m_next++ = u'\0';
        m_block->ref();
        return QString(QStringPrivate(m_block, begin, size));
    }

private:
    using Block = QTypedArrayData<char16_t>;

    void startBlock(qsizetype need)
    {
        const qsizetype units = std::max(need, std::clamp<qsizetype>(2 * m_units, 256, 512 * 1024));
        release();
        const auto [block, data] = Block::allocate(units);
        Q_CHECK_PTR(block);
        m_block = block;
        m_units = units;
        m_next = data;
        m_end = data + units;
    }
    // Drops this reader's own reference: the block lives on as long as an id refers to it.
    void release()
    {
        if (m_block && !m_block->deref())
            Block::deallocate(m_block);
        m_block = nullptr;
    }

    Block* m_block = nullptr;
    qsizetype m_units = 0;
    char16_t* m_next = nullptr;
    char16_t* m_end = nullptr;
    QStringDecoder m_decoder {QStringDecoder::Utf8, QStringDecoder::Flag::Stateless};
};

class FastRequestReader final
{
public:
    explicit FastRequestReader(const QByteArray& json)
        : m_p(json.constData())
        , m_end(json.constData() + json.size())
    { }

    std::optional<DrawRequest> read(DrawJson::Seed seedRule)
    {
        DrawRequest request;
        bool spec = false;
        bool plan = false;
        bool seed = false;
        bool items = false;
        bool inspectors = false;
        bool teams = false;
        bool exclusions = false;
        const bool ok = object([&](QByteArrayView key) {
            if (key == "spec") {
                QString version;
                return once(spec) && string(&version) && version == drawSpecVersion;
            }
            if (key == "plan")
                return once(plan) && string(&request.plan);
            if (key == "seed")
                return once(seed) && string(&request.seed);
            if (key == "items")
                return once(items) && array([&] { return item(&request.items); });
            if (key == "inspectors")
                return once(inspectors) && array([&] { return inspector(&request.inspectors); });
            if (key == "teams")
                return once(teams) && teamRules(&request.teams);
            if (key == "exclusions")
                return once(exclusions) && array([&] { return exclusion(&request.exclusions); });
            return skipValue(1);
        });
        if (!ok || !spec || !plan || !items || !inspectors || !teams || (!seed && seedRule == DrawJson::Seed::Required))
            return std::nullopt;
        space();
        if (m_p != m_end)
            return std::nullopt;
        return request;
    }

private:
    static bool once(bool& seen) { return !std::exchange(seen, true); }

    void space()
    {
        while (m_p < m_end && (*m_p == ' ' || *m_p == '\n' || *m_p == '\r' || *m_p == '\t'))
            ++m_p;
    }

    // The next character, after white space, is c: consumes it.
    bool consume(char c)
    {
        space();
        if (m_p == m_end || *m_p != c)
            return false;
        ++m_p;
        return true;
    }

    template<typename Member> bool object(Member member)
    {
        if (!consume('{'))
            return false;
        if (consume('}'))
            return true;
        for (;;) {
            QByteArrayView key;
            if (!rawKey(&key) || !consume(':') || !member(key))
                return false;
            if (consume('}'))
                return true;
            if (!consume(','))
                return false;
        }
    }

    template<typename Element> bool array(Element element)
    {
        if (!consume('['))
            return false;
        if (consume(']'))
            return true;
        for (;;) {
            if (!element())
                return false;
            if (consume(']'))
                return true;
            if (!consume(','))
                return false;
        }
    }

    // A key as its bytes: plain printable ASCII only.
    bool rawKey(QByteArrayView* key)
    {
        if (!consume('"'))
            return false;
        const char* begin = m_p;
        while (m_p < m_end && *m_p != '"') {
            const auto c = uchar(*m_p);
            if (c < 0x20 || c >= 0x7F || c == '\\')
                return false;
            ++m_p;
        }
        if (m_p == m_end)
            return false;
        *key = QByteArrayView(begin, m_p - begin);
        ++m_p;
        return true;
    }

    // A string; with `blocks`, one without escapes is placed in them (an id of a list).
    bool string(QString* out, IdBlocks* blocks = nullptr)
    {
        if (!consume('"'))
            return false;
        const char* begin = m_p;
        bool ascii = true;
        for (; m_p < m_end; ++m_p) {
            const auto c = uchar(*m_p);
            if (c == '"' || c == '\\' || c < 0x20)
                break;
            ascii = ascii && c < 0x80;
        }
        if (m_p == m_end || uchar(*m_p) < 0x20)
            return false;
        if (*m_p == '\\')
            return escapedString(begin, out);
        const qsizetype size = m_p - begin;
        ++m_p;
        if (!ascii && !validUtf8(begin, begin + size))
            return false;
        if (blocks)
            *out = blocks->add(QByteArrayView(begin, size), ascii);
        else
            *out = ascii ? QString::fromLatin1(begin, size) : QString::fromUtf8(begin, size);
        return true;
    }

    // The rest of a string from m_p, at its first backslash: the escapes \" \\ \/ \b \f \n \r \t.
    bool escapedString(const char* begin, QString* out)
    {
        QByteArray utf8(begin, m_p - begin);
        while (m_p < m_end && *m_p != '"') {
            const auto c = uchar(*m_p++);
            if (c < 0x20)
                return false;
            if (c != '\\') {
                utf8 += char(c);
                continue;
            }
            if (m_p == m_end)
                return false;
            switch (*m_p++) {
            case '"':
                utf8 += '"';
                break;
            case '\\':
                utf8 += '\\';
                break;
            case '/':
                utf8 += '/';
                break;
            case 'b':
                utf8 += '\b';
                break;
            case 'f':
                utf8 += '\f';
                break;
            case 'n':
                utf8 += '\n';
                break;
            case 'r':
                utf8 += '\r';
                break;
            case 't':
                utf8 += '\t';
                break;
            default:
                return false; // \u and anything unknown: the general way
            }
        }
        if (m_p == m_end || !validUtf8(utf8.cbegin(), utf8.cend()))
            return false;
        ++m_p;
        *out = QString::fromUtf8(utf8);
        return true;
    }

    // A whole number of at most 9 digits, without fraction or exponent.
    bool integer(int* out)
    {
        space();
        const char* p = m_p;
        const bool negative = p < m_end && *p == '-';
        if (negative)
            ++p;
        const char* digits = p;
        int value = 0;
        while (p < m_end && *p >= '0' && *p <= '9' && p - digits < 9)
            value = value * 10 + (*p++ - '0');
        const qsizetype count = p - digits;
        if (count == 0 || (count > 1 && *digits == '0'))
            return false;
        if (p < m_end && ((*p >= '0' && *p <= '9') || *p == '.' || *p == 'e' || *p == 'E'))
            return false;
        m_p = p;
        *out = negative ? -value : value;
        return true;
    }

    bool literal(QByteArrayView word)
    {
        space();
        if (m_end - m_p < word.size() || QByteArrayView(m_p, word.size()) != word)
            return false;
        m_p += word.size();
        return true;
    }

    bool boolean(bool* out)
    {
        if (literal("true"))
            *out = true;
        else if (literal("false"))
            *out = false;
        else
            return false;
        return true;
    }

    // The value of a key this program does not know: checked as JSON, then ignored.
    bool skipValue(int depth)
    {
        space();
        if (m_p == m_end || depth > 32)
            return false;
        switch (*m_p) {
        case '"': {
            QString unused;
            return string(&unused);
        }
        case '{':
            return object([&](QByteArrayView) { return skipValue(depth + 1); });
        case '[':
            return array([&] { return skipValue(depth + 1); });
        case 't':
            return literal("true");
        case 'f':
            return literal("false");
        case 'n':
            return literal("null");
        default: {
            int unused = 0;
            return integer(&unused);
        }
        }
    }

    bool item(QList<DrawItem>* items)
    {
        DrawItem item;
        bool code = false;
        bool strata = false;
        const bool ok = object([&](QByteArrayView key) {
            if (key == "code")
                return once(code) && string(&item.code);
            if (key == "strata")
                return once(strata) && array([&] { return stratum(&item.strata); });
            return skipValue(2);
        });
        if (!ok || !code || !strata)
            return false;
        items->append(std::move(item));
        return true;
    }

    bool stratum(QList<DrawStratum>* strata)
    {
        DrawStratum stratum;
        bool name = false;
        bool ratio = false;
        bool count = false;
        bool ids = false;
        const bool ok = object([&](QByteArrayView key) {
            int number = 0;
            if (key == "name")
                return once(name) && string(&stratum.name);
            if (key == "ratioBp") {
                if (!once(ratio) || !integer(&number))
                    return false;
                stratum.ratioBp = number;
                return true;
            }
            if (key == "count") {
                if (!once(count) || !integer(&number))
                    return false;
                stratum.count = number;
                return true;
            }
            if (key == "ids") {
                if (!once(ids))
                    return false;
                IdBlocks blocks;
                return array([&] {
                    QString id;
                    if (!string(&id, &blocks))
                        return false;
                    stratum.ids.append(std::move(id));
                    return true;
                });
            }
            return skipValue(3);
        });
        if (!ok || !name || !ids)
            return false;
        strata->append(std::move(stratum));
        return true;
    }

    bool inspector(QList<DrawInspector>* inspectors)
    {
        DrawInspector inspector;
        bool id = false;
        bool certified = false;
        const bool ok = object([&](QByteArrayView key) {
            if (key == "id")
                return once(id) && string(&inspector.id);
            if (key == "certified")
                return once(certified) && boolean(&inspector.certified);
            return skipValue(2);
        });
        if (!ok || !id || !certified)
            return false;
        inspectors->append(std::move(inspector));
        return true;
    }

    bool teamRules(DrawTeamRules* rules)
    {
        bool size = false;
        bool minCertified = false;
        bool backupFactor = false;
        bool maxTeams = false;
        const bool ok = object([&](QByteArrayView key) {
            if (key == "size")
                return once(size) && integer(&rules->size);
            if (key == "minCertified")
                return once(minCertified) && integer(&rules->minCertified);
            if (key == "backupFactor")
                return once(backupFactor) && integer(&rules->backupFactor);
            if (key == "maxTeamsPerInspector")
                return once(maxTeams) && integer(&rules->maxTeamsPerInspector);
            return skipValue(2);
        });
        return ok && size && minCertified && backupFactor && maxTeams;
    }

    bool exclusion(QList<DrawExclusion>* exclusions)
    {
        DrawExclusion exclusion;
        bool inspector = false;
        bool entity = false;
        bool reason = false;
        const bool ok = object([&](QByteArrayView key) {
            if (key == "inspector")
                return once(inspector) && string(&exclusion.inspector);
            if (key == "entity")
                return once(entity) && string(&exclusion.entity);
            if (key == "reason")
                return once(reason) && string(&exclusion.reason);
            return skipValue(2);
        });
        if (!ok || !inspector || !entity || !reason)
            return false;
        exclusions->append(std::move(exclusion));
        return true;
    }

    const char* m_p;
    const char* m_end;
};

// Checks one id or seed; the message names the place and quotes the value.
bool checkString(const QString& text, const QString& path, QString* problem)
{
    const QString what = DrawJson::stringProblem(text);
    if (what.isEmpty())
        return true;
    *problem = DrawJson::tr("%1 (%2): %3").arg(path, quoted(text), what);
    return false;
}

// Puts the numbers in 256 buckets by their byte at `shift`, in place (each number swapped into its bucket; 256 places
// to write stay in the processor's cache). Returns where each bucket starts, and the end.
std::array<size_t, 257> spreadByByte(quint64* numbers, size_t count, int shift)
{
    std::array<size_t, 257> start {};
    for (size_t i = 0; i < count; ++i)
        ++start[((numbers[i] >> shift) & 0xFF) + 1];
    for (size_t b = 1; b < start.size(); ++b)
        start[b] += start[b - 1];
    std::array<size_t, 256> next;
    std::copy(start.begin(), start.end() - 1, next.begin());
    for (size_t b = 0; b < 256; ++b) {
        while (next[b] < start[b + 1]) {
            quint64 x = numbers[next[b]];
            for (size_t to = (x >> shift) & 0xFF; to != b; to = (x >> shift) & 0xFF)
                std::swap(x, numbers[next[to]++]);
            numbers[next[b]++] = x;
        }
    }
    return start;
}

// True if two of the numbers are equal. Sorts them in place: a long list by its top byte, each of those buckets by
// the next byte, and each of the small buckets left (about 15 numbers for a million) by comparison.
bool anyEqual(std::vector<quint64>& numbers)
{
    if (numbers.size() >= 4096) {
        const std::array<size_t, 257> top = spreadByByte(numbers.data(), numbers.size(), 56);
        for (size_t b = 0; b < 256; ++b) {
            quint64* const bucket = numbers.data() + top[b];
            const std::array<size_t, 257> next = spreadByByte(bucket, top[b + 1] - top[b], 48);
            for (size_t c = 0; c < 256; ++c)
                std::sort(bucket + next[c], bucket + next[c + 1]);
        }
    } else {
        std::sort(numbers.begin(), numbers.end());
    }
    return std::adjacent_find(numbers.cbegin(), numbers.cend()) != numbers.cend();
}

// The first string of a list that repeats an earlier one, as (first position, repeated position), from the strings'
// hashes (which it sorts). Sorting the hashes is several times faster than filling a hash table with a million ids.
// When no two hashes are equal (the usual case) no string repeats; otherwise the strings of equal hashes are compared.
std::optional<std::pair<qsizetype, qsizetype>> firstRepeat(const QStringList& list, std::vector<quint64>& hashes)
{
    if (!anyEqual(hashes))
        return std::nullopt;
    std::vector<std::pair<size_t, qsizetype>> hashed;
    hashed.reserve(size_t(list.size()));
    for (qsizetype i = 0; i < list.size(); ++i)
        hashed.emplace_back(qHash(QStringView(list[i])), i);
    std::sort(hashed.begin(), hashed.end()); // equal hashes together, by position
    std::optional<std::pair<qsizetype, qsizetype>> first;
    for (size_t run = 0; run < hashed.size();) {
        size_t end = run + 1;
        while (end < hashed.size() && hashed[end].first == hashed[run].first)
            ++end;
        for (size_t b = run + 1; b < end; ++b) {
            for (size_t a = run; a < b; ++a) {
                const qsizetype later = hashed[b].second;
                if (list[hashed[a].second] == list[later]) {
                    if (!first || later < first->second)
                        first = std::make_pair(hashed[a].second, later);
                    break;
                }
            }
        }
        run = end;
    }
    return first;
}

// Checks each string of a list, then that none appears twice. One pass over the strings checks each and takes its
// hash: a million ids are read from memory once.
bool checkList(const QStringList& list, const QString& path, QString* problem)
{
    std::vector<quint64> hashes(size_t(list.size()));
    for (qsizetype i = 0; i < list.size(); ++i) {
        const QString what = DrawJson::stringProblem(list[i]);
        if (!what.isEmpty()) {
            *problem = DrawJson::tr("%1 (%2): %3").arg(element(path, i), quoted(list[i]), what);
            return false;
        }
        hashes[size_t(i)] = qHash(QStringView(list[i]));
    }
    if (const auto repeat = firstRepeat(list, hashes)) {
        *problem
            = DrawJson::tr("%1 appears twice in %2: at %3 and at %4.")
                  .arg(quoted(list[repeat->first]), path, element(path, repeat->first), element(path, repeat->second));
        return false;
    }
    return true;
}

// ---------------------------------------------------------------------------------------------------------------
// Writing

// Streams JSON in the order the caller gives: indented like Python's json.dump(indent=1, ensure_ascii=False),
// or compact (no white space at all) for the canonical form. Writes into a buffer it grows itself (a record of a
// million ids is tens of megabytes), or, given a device, into a buffer of about 1 MiB that goes to the device each
// time it is full; a string of printable ASCII is copied as it is, any other goes through QString::toUtf8 and is
// escaped byte by byte.
class JsonWriter final
{
public:
    explicit JsonWriter(bool indented, QIODevice* device = nullptr)
        : m_indented(indented)
        , m_device(device)
    { }

    void beginObject()
    {
        beforeValue();
        put('{');
        m_counts.push_back(0);
    }
    void endObject() { end('}'); }
    void beginArray()
    {
        beforeValue();
        put('[');
        m_counts.push_back(0);
    }
    void endArray() { end(']'); }

    void key(QLatin1StringView key)
    {
        separator();
        appendString(key);
        if (m_indented)
            put(": ", 2);
        else
            put(':');
        m_afterKey = true;
    }
    void value(const QString& text)
    {
        beforeValue();
        appendString(QStringView(text));
    }
    void value(int number)
    {
        beforeValue();
        char digits[16];
        const auto end = std::to_chars(digits, digits + sizeof digits, number).ptr;
        put(digits, end - digits);
    }
    void value(bool flag)
    {
        beforeValue();
        if (flag)
            put("true", 4);
        else
            put("false", 5);
    }
    void value(const QStringList& list)
    {
        beginArray();
        for (const QString& text : list)
            value(text);
        endArray();
    }
    void field(QLatin1StringView name, const QString& text)
    {
        key(name);
        value(text);
    }
    void field(QLatin1StringView name, int number)
    {
        key(name);
        value(number);
    }
    void field(QLatin1StringView name, bool flag)
    {
        key(name);
        value(flag);
    }
    void field(QLatin1StringView name, const QStringList& list)
    {
        key(name);
        value(list);
    }

    QByteArray finish()
    {
        if (m_indented)
            put('\n');
        m_out.truncate(m_size);
        return std::move(m_out);
    }
    // With a device: writes what is left; false if the device refused some of the text.
    bool finishToDevice()
    {
        if (m_indented)
            put('\n');
        flush();
        return m_written;
    }

private:
    static constexpr qsizetype DevicePiece = 1024 * 1024;

    // Room for n more bytes; returns where to write them (then advance m_size).
    char* reserve(qsizetype n)
    {
        if (m_device && m_size + n > DevicePiece && m_size > 0)
            flush();
        if (m_size + n > m_out.size()) {
            m_out.resize(std::max({m_size + n, 2 * m_out.size(), qsizetype(4096)}));
            m_data = m_out.data();
        }
        return m_data + m_size;
    }
    void flush()
    {
        m_written = m_written && m_device->write(m_data, m_size) == m_size;
        m_size = 0;
    }
    void put(char c)
    {
        *reserve(1) = c;
        ++m_size;
    }
    void put(const char* bytes, qsizetype n)
    {
        std::memcpy(reserve(n), bytes, size_t(n));
        m_size += n;
    }
    void newline(qsizetype depth)
    {
        if (!m_indented)
            return;
        char* p = reserve(depth + 1);
        *p = '\n';
        std::memset(p + 1, ' ', size_t(depth));
        m_size += depth + 1;
    }
    void separator()
    {
        if (m_counts.empty())
            return;
        if (m_counts.back()++ > 0)
            put(',');
        newline(qsizetype(m_counts.size()));
    }
    void beforeValue()
    {
        if (m_afterKey)
            m_afterKey = false;
        else
            separator();
    }
    void end(char bracket)
    {
        const bool hadElements = m_counts.back() > 0;
        m_counts.pop_back();
        if (hadElements)
            newline(qsizetype(m_counts.size()));
        put(bracket);
    }
    template<typename Text> void appendString(Text text)
    {
        const qsizetype n = text.size();
        char* const begin = reserve(n + 2);
        char* p = begin;
        *p++ = '"';
        for (qsizetype i = 0; i < n; ++i) {
            const auto u = char16_t(text[i].unicode());
            if (u < 0x20 || u >= 0x7F || u == '"' || u == '\\') {
                appendEscaped(utf8(text));
                return;
            }
            *p++ = char(u);
        }
        *p++ = '"';
        m_size += p - begin;
    }
    static QByteArray utf8(QStringView text) { return text.toUtf8(); }
    static QByteArray utf8(QLatin1StringView text) { return QString(text).toUtf8(); }
    void appendEscaped(const QByteArray& utf8)
    {
        static const char hex[] = "0123456789abcdef";
        char* const begin = reserve(6 * utf8.size() + 2);
        char* p = begin;
        *p++ = '"';
        for (const char c : utf8) {
            const auto u = static_cast<unsigned char>(c);
            switch (c) {
            case '"':
                *p++ = '\\';
                *p++ = '"';
                break;
            case '\\':
                *p++ = '\\';
                *p++ = '\\';
                break;
            case '\b':
                *p++ = '\\';
                *p++ = 'b';
                break;
            case '\f':
                *p++ = '\\';
                *p++ = 'f';
                break;
            case '\n':
                *p++ = '\\';
                *p++ = 'n';
                break;
            case '\r':
                *p++ = '\\';
                *p++ = 'r';
                break;
            case '\t':
                *p++ = '\\';
                *p++ = 't';
                break;
            default:
                if (u < 0x20) {
                    *p++ = '\\';
                    *p++ = 'u';
                    *p++ = '0';
                    *p++ = '0';
                    *p++ = hex[u >> 4];
                    *p++ = hex[u & 0xf];
                } else {
                    *p++ = c;
                }
            }
        }
        *p++ = '"';
        m_size += p - begin;
    }

    QByteArray m_out; // m_out.size() is the room; m_size bytes of it are written
    char* m_data = nullptr;
    qsizetype m_size = 0;
    std::vector<qsizetype> m_counts; // elements written so far in each open object or list
    bool m_indented;
    QIODevice* m_device; // given: the text goes there piece by piece
    bool m_written = true;
    bool m_afterKey = false;
};

void writeRequest(JsonWriter& w, const DrawRequest& request)
{
    w.beginObject();
    w.field(QLatin1StringView("spec"), QString(drawSpecVersion));
    w.field(QLatin1StringView("plan"), request.plan);
    if (!request.seed.isEmpty())
        w.field(QLatin1StringView("seed"), request.seed);
    w.key(QLatin1StringView("items"));
    w.beginArray();
    for (const DrawItem& item : request.items) {
        w.beginObject();
        w.field(QLatin1StringView("code"), item.code);
        w.key(QLatin1StringView("strata"));
        w.beginArray();
        for (const DrawStratum& stratum : item.strata) {
            w.beginObject();
            w.field(QLatin1StringView("name"), stratum.name);
            if (stratum.ratioBp)
                w.field(QLatin1StringView("ratioBp"), *stratum.ratioBp);
            if (stratum.count)
                w.field(QLatin1StringView("count"), *stratum.count);
            w.field(QLatin1StringView("ids"), stratum.ids);
            w.endObject();
        }
        w.endArray();
        w.endObject();
    }
    w.endArray();
    w.key(QLatin1StringView("inspectors"));
    w.beginArray();
    for (const DrawInspector& inspector : request.inspectors) {
        w.beginObject();
        w.field(QLatin1StringView("id"), inspector.id);
        w.field(QLatin1StringView("certified"), inspector.certified);
        w.endObject();
    }
    w.endArray();
    w.key(QLatin1StringView("teams"));
    w.beginObject();
    w.field(QLatin1StringView("size"), request.teams.size);
    w.field(QLatin1StringView("minCertified"), request.teams.minCertified);
    w.field(QLatin1StringView("backupFactor"), request.teams.backupFactor);
    w.field(QLatin1StringView("maxTeamsPerInspector"), request.teams.maxTeamsPerInspector);
    w.endObject();
    w.key(QLatin1StringView("exclusions"));
    w.beginArray();
    for (const DrawExclusion& exclusion : request.exclusions) {
        w.beginObject();
        w.field(QLatin1StringView("inspector"), exclusion.inspector);
        w.field(QLatin1StringView("entity"), exclusion.entity);
        w.field(QLatin1StringView("reason"), exclusion.reason);
        w.endObject();
    }
    w.endArray();
    w.endObject();
}

void writeResult(JsonWriter& w, const DrawResult& result)
{
    w.beginObject();
    w.field(QLatin1StringView("spec"), QString(drawSpecVersion));
    w.key(QLatin1StringView("items"));
    w.beginArray();
    for (const DrawItemResult& item : result.items) {
        w.beginObject();
        w.field(QLatin1StringView("code"), item.code);
        w.key(QLatin1StringView("strata"));
        w.beginArray();
        for (const DrawStratumResult& stratum : item.strata) {
            w.beginObject();
            w.field(QLatin1StringView("name"), stratum.name);
            w.field(QLatin1StringView("selected"), stratum.selected);
            w.endObject();
        }
        w.endArray();
        w.endObject();
    }
    w.endArray();
    w.key(QLatin1StringView("teams"));
    w.beginArray();
    for (const DrawTeam& team : result.teams) {
        w.beginObject();
        w.field(QLatin1StringView("entity"), team.entity);
        w.field(QLatin1StringView("items"), team.items);
        w.field(QLatin1StringView("members"), team.members);
        w.field(QLatin1StringView("backups"), team.backups);
        w.endObject();
    }
    w.endArray();
    w.endObject();
}

} // namespace

// -------------------------------------------------------------------------------------------------------------------

QString DrawJson::stringProblem(const QString& text)
{
    if (text.isEmpty())
        return tr("It is empty.");
    if (text.front().isSpace() || text.back().isSpace())
        return tr("It begins or ends with white space.");
    bool ascii = true;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar ch = text[i];
        const char16_t u = ch.unicode();
        if (u >= 0x20 && u < 0x7f)
            continue; // printable ASCII, the common case
        if (u >= 0x80)
            ascii = false;
        if (ch.category() == QChar::Other_Control)
            return tr("It contains the control character U+%1.")
                .arg(QString::number(ch.unicode(), 16).toUpper().rightJustified(4, QLatin1Char('0')));
        if (ch.isHighSurrogate() && i + 1 < text.size() && text[i + 1].isLowSurrogate()) {
            ++i;
            continue;
        }
        if (ch.isSurrogate())
            return tr("It is not valid Unicode (a lone surrogate U+%1).")
                .arg(QString::number(ch.unicode(), 16).toUpper());
    }
    if (!ascii && text.normalized(QString::NormalizationForm_C) != text)
        return tr("It is not in Unicode normalization form C (NFC); compose its characters first.");
    return {};
}

QString DrawJson::seedProblem(const QString& seed)
{
    if (seed.isEmpty())
        return tr("The seed is empty: the draw needs the seed rolled by the witnesses.");
    QString problem;
    if (!checkString(seed, QStringLiteral("seed"), &problem))
        return problem;
    const auto digits = std::count_if(seed.cbegin(), seed.cend(),
                                      [](QChar ch) { return ch >= QLatin1Char('0') && ch <= QLatin1Char('9'); });
    if (digits < MinSeedDigits)
        return tr("The seed has %1 digits; at least %2 are needed.").arg(digits).arg(MinSeedDigits);
    return {};
}

QString DrawJson::requestProblem(const DrawRequest& request, Seed seed)
{
    QString problem;
    if (seed == Seed::Required) {
        if (const QString seedIssue = seedProblem(request.seed); !seedIssue.isEmpty())
            return seedIssue;
    } else if (!request.seed.isEmpty()) {
        return tr("A frozen request has no seed yet, but this one has the seed %1.").arg(quoted(request.seed));
    }

    QHash<QString, qsizetype> itemCodes;
    for (qsizetype i = 0; i < request.items.size(); ++i) {
        const DrawItem& item = request.items[i];
        const QString itemPath = element(QStringLiteral("items"), i);
        if (!checkString(item.code, itemPath + QStringLiteral(".code"), &problem))
            return problem;
        const auto it = itemCodes.constFind(item.code);
        if (it != itemCodes.constEnd())
            return tr("The item code %1 appears twice: at %2 and at %3.")
                .arg(quoted(item.code), element(QStringLiteral("items"), it.value()), itemPath);
        itemCodes.insert(item.code, i);
        QHash<QString, qsizetype> names;
        for (qsizetype s = 0; s < item.strata.size(); ++s) {
            const DrawStratum& stratum = item.strata[s];
            const QString stratumPath = element(itemPath + QStringLiteral(".strata"), s);
            if (!checkString(stratum.name, stratumPath + QStringLiteral(".name"), &problem))
                return problem;
            const auto nameIt = names.constFind(stratum.name);
            if (nameIt != names.constEnd())
                return tr("The stratum name %1 appears twice in item %2: at %3 and at %4.")
                    .arg(quoted(stratum.name), quoted(item.code),
                         element(itemPath + QStringLiteral(".strata"), nameIt.value()), stratumPath);
            names.insert(stratum.name, s);
            if (stratum.ratioBp && stratum.count)
                return tr("%1 has both ratioBp and count: give exactly one.").arg(stratumPath);
            if (!stratum.ratioBp && !stratum.count)
                return tr("%1 has neither ratioBp nor count: give exactly one.").arg(stratumPath);
            if (stratum.ratioBp && *stratum.ratioBp < 0)
                return tr("%1.ratioBp must not be negative (it is %2).").arg(stratumPath).arg(*stratum.ratioBp);
            if (stratum.ratioBp && *stratum.ratioBp > 10000)
                return tr("%1.ratioBp is %2 basis points, more than 100 % (10000).")
                    .arg(stratumPath)
                    .arg(*stratum.ratioBp);
            if (stratum.count && *stratum.count < 0)
                return tr("%1.count must not be negative (it is %2).").arg(stratumPath).arg(*stratum.count);
            if (!checkList(stratum.ids, stratumPath + QStringLiteral(".ids"), &problem))
                return problem;
        }
    }

    QHash<QString, qsizetype> inspectorIds;
    for (qsizetype i = 0; i < request.inspectors.size(); ++i) {
        const QString path = element(QStringLiteral("inspectors"), i);
        const QString& id = request.inspectors[i].id;
        if (!checkString(id, path + QStringLiteral(".id"), &problem))
            return problem;
        const auto it = inspectorIds.constFind(id);
        if (it != inspectorIds.constEnd())
            return tr("The inspector %1 appears twice: at %2 and at %3.")
                .arg(quoted(id), element(QStringLiteral("inspectors"), it.value()), path);
        inspectorIds.insert(id, i);
    }

    const DrawTeamRules& t = request.teams;
    if (t.size < 2)
        return tr("teams.size is %1, but a team has at least 2 inspectors.").arg(t.size);
    if (t.minCertified < 1)
        return tr("teams.minCertified is %1, but a team has at least 1 certified inspector.").arg(t.minCertified);
    if (t.minCertified > t.size)
        return tr("teams.minCertified (%1) is larger than teams.size (%2).").arg(t.minCertified).arg(t.size);
    // Spec §4: f is 2 by the policy, which draws inspectors at twice the number needed; more backups are allowed.
    if (t.backupFactor < 2)
        return tr("teams.backupFactor is %1, but the policy draws inspectors at twice the number needed: it must be "
                  "at least 2.")
            .arg(t.backupFactor);
    if (t.maxTeamsPerInspector < 0)
        return tr("teams.maxTeamsPerInspector must not be negative (it is %1); 0 means no limit.")
            .arg(t.maxTeamsPerInspector);

    for (qsizetype i = 0; i < request.exclusions.size(); ++i) {
        const DrawExclusion& e = request.exclusions[i];
        const QString path = element(QStringLiteral("exclusions"), i);
        if (!checkString(e.inspector, path + QStringLiteral(".inspector"), &problem)
            || !checkString(e.entity, path + QStringLiteral(".entity"), &problem))
            return problem;
        if (e.reason.trimmed().isEmpty())
            return tr("%1.reason is empty: every exclusion says why (inspector %2, entity %3).")
                .arg(path, quoted(e.inspector), quoted(e.entity));
    }
    return {};
}

std::optional<DrawRequest> DrawJson::requestFromJson(const QJsonObject& object, QString* error, Seed seed)
{
    Reader r;
    std::optional<DrawRequest> request = readRequestObject(r, object, QString(), seed);
    if (!request) {
        if (error)
            *error = r.error();
        return std::nullopt;
    }
    const QString problem = requestProblem(*request, seed);
    if (!problem.isEmpty()) {
        if (error)
            *error = problem;
        return std::nullopt;
    }
    return request;
}

std::optional<DrawResult> DrawJson::resultFromJson(const QJsonObject& object, QString* error)
{
    Reader r;
    std::optional<DrawResult> result = readResultObject(r, object, QString());
    if (!result && error)
        *error = r.error();
    return result;
}

std::optional<DrawRecord> DrawJson::recordFromJson(const QJsonObject& object, QString* error)
{
    Reader r;
    DrawRecord record;
    QJsonObject requestObject;
    QJsonObject resultObject;
    if (!r.object(object, QLatin1StringView("request"), QString(), &requestObject)
        || !r.object(object, QLatin1StringView("result"), QString(), &resultObject)) {
        if (error)
            *error = r.error();
        return std::nullopt;
    }
    std::optional<DrawRequest> request = readRequestObject(r, requestObject, QStringLiteral("request"), Seed::Required);
    std::optional<DrawResult> result
        = r.ok() ? readResultObject(r, resultObject, QStringLiteral("result")) : std::nullopt;
    // Spec §6: the published record has all four keys, empty lists included, and every substitution and voided
    // attempt keeps its reason (§5; domain: a voided draw stays on the record with its reason).
    QJsonArray substitutions;
    if (r.ok() && r.array(object, QLatin1StringView("substitutions"), QString(), &substitutions)) {
        const QList<QJsonObject> objects = r.objects(substitutions, QStringLiteral("substitutions"));
        for (qsizetype i = 0; i < objects.size() && r.ok(); ++i) {
            const QString path = element(QStringLiteral("substitutions"), i);
            DrawSubstitution s;
            r.string(objects[i], QLatin1StringView("entity"), path, &s.entity);
            r.string(objects[i], QLatin1StringView("out"), path, &s.out);
            r.string(objects[i], QLatin1StringView("in"), path, &s.in);
            r.string(objects[i], QLatin1StringView("reason"), path, &s.reason);
            r.string(objects[i], QLatin1StringView("at"), path, &s.at);
            if (r.ok() && s.reason.trimmed().isEmpty())
                r.fail(tr("%1.reason is empty: every substitution says why %2 could not attend (entity %3).")
                           .arg(path, quoted(s.out), quoted(s.entity)));
            record.substitutions.append(s);
        }
    }
    QJsonArray voided;
    if (r.ok() && r.array(object, QLatin1StringView("voided"), QString(), &voided)) {
        const QList<QJsonObject> objects = r.objects(voided, QStringLiteral("voided"));
        for (qsizetype i = 0; i < objects.size() && r.ok(); ++i) {
            const QString path = element(QStringLiteral("voided"), i);
            DrawVoid v;
            r.string(objects[i], QLatin1StringView("seed"), path, &v.seed);
            r.string(objects[i], QLatin1StringView("at"), path, &v.at);
            r.string(objects[i], QLatin1StringView("reason"), path, &v.reason);
            if (r.ok() && v.reason.trimmed().isEmpty())
                r.fail(tr("%1.reason is empty: every voided draw says why it was voided (seed %2).")
                           .arg(path, quoted(v.seed)));
            record.voided.append(v);
        }
    }
    // Beyond the spec (DrawRecord::seedParts): optional; when present, a list of objects with string values.
    if (r.ok() && object.contains(QLatin1StringView("seedParts"))) {
        QJsonArray parts;
        if (r.array(object, QLatin1StringView("seedParts"), QString(), &parts)) {
            const QList<QJsonObject> objects = r.objects(parts, QStringLiteral("seedParts"));
            for (qsizetype i = 0; i < objects.size() && r.ok(); ++i) {
                const QString path = element(QStringLiteral("seedParts"), i);
                SeedPart part;
                r.string(objects[i], QLatin1StringView("source"), path, &part.source);
                r.string(objects[i], QLatin1StringView("digits"), path, &part.digits);
                r.string(objects[i], QLatin1StringView("witness"), path, &part.witness, false);
                r.string(objects[i], QLatin1StringView("name"), path, &part.name, false);
                r.string(objects[i], QLatin1StringView("date"), path, &part.date, false);
                record.seedParts.append(part);
            }
        }
    }
    if (!r.ok() || !request || !result) {
        if (error)
            *error = r.error();
        return std::nullopt;
    }
    const QString problem = requestProblem(*request);
    if (!problem.isEmpty()) {
        if (error)
            *error = tr("In the request: %1").arg(problem);
        return std::nullopt;
    }
    record.request = std::move(*request);
    record.result = std::move(*result);
    return record;
}

std::optional<DrawRequest> DrawJson::parseRequest(const QByteArray& json, QString* error, Seed seed)
{
    if (std::optional<DrawRequest> request = FastRequestReader(json).read(seed))
        return request;
    const std::optional<QJsonObject> object = parseObject(json, error);
    if (!object)
        return std::nullopt;
    Reader r;
    std::optional<DrawRequest> request = readRequestObject(r, *object, QString(), seed);
    if (!request && error)
        *error = r.error();
    return request;
}

std::optional<DrawRequest> DrawJson::readRequest(const QByteArray& json, QString* error, Seed seed)
{
    std::optional<DrawRequest> request = parseRequest(json, error, seed);
    if (!request)
        return std::nullopt;
    const QString problem = requestProblem(*request, seed);
    if (problem.isEmpty())
        return request;
    if (error)
        *error = problem;
    return std::nullopt;
}

std::optional<DrawRequest> DrawJson::readRequestGeneral(const QByteArray& json, QString* error, Seed seed)
{
    const std::optional<QJsonObject> object = parseObject(json, error);
    return object ? requestFromJson(*object, error, seed) : std::nullopt;
}

std::optional<DrawResult> DrawJson::readResult(const QByteArray& json, QString* error)
{
    const std::optional<QJsonObject> object = parseObject(json, error);
    return object ? resultFromJson(*object, error) : std::nullopt;
}

std::optional<DrawRecord> DrawJson::readRecord(const QByteArray& json, QString* error)
{
    const std::optional<QJsonObject> object = parseObject(json, error);
    return object ? recordFromJson(*object, error) : std::nullopt;
}

QByteArray DrawJson::write(const DrawRequest& request)
{
    JsonWriter w(true);
    writeRequest(w, request);
    return w.finish();
}

QByteArray DrawJson::write(const DrawResult& result)
{
    JsonWriter w(true);
    writeResult(w, result);
    return w.finish();
}

bool DrawJson::write(const DrawResult& result, QIODevice* device)
{
    JsonWriter w(true, device);
    writeResult(w, result);
    return w.finishToDevice();
}

QByteArray DrawJson::write(const DrawRecord& record)
{
    JsonWriter w(true);
    w.beginObject();
    w.key(QLatin1StringView("request"));
    writeRequest(w, record.request);
    w.key(QLatin1StringView("result"));
    writeResult(w, record.result);
    w.key(QLatin1StringView("substitutions"));
    w.beginArray();
    for (const DrawSubstitution& s : record.substitutions) {
        w.beginObject();
        w.field(QLatin1StringView("entity"), s.entity);
        w.field(QLatin1StringView("out"), s.out);
        w.field(QLatin1StringView("in"), s.in);
        w.field(QLatin1StringView("reason"), s.reason);
        w.field(QLatin1StringView("at"), s.at);
        w.endObject();
    }
    w.endArray();
    w.key(QLatin1StringView("voided"));
    w.beginArray();
    for (const DrawVoid& v : record.voided) {
        w.beginObject();
        w.field(QLatin1StringView("seed"), v.seed);
        w.field(QLatin1StringView("at"), v.at);
        w.field(QLatin1StringView("reason"), v.reason);
        w.endObject();
    }
    w.endArray();
    if (!record.seedParts.isEmpty()) {
        w.key(QLatin1StringView("seedParts"));
        w.beginArray();
        for (const SeedPart& part : record.seedParts) {
            w.beginObject();
            w.field(QLatin1StringView("source"), part.source);
            if (!part.witness.isEmpty())
                w.field(QLatin1StringView("witness"), part.witness);
            if (!part.name.isEmpty())
                w.field(QLatin1StringView("name"), part.name);
            if (!part.date.isEmpty())
                w.field(QLatin1StringView("date"), part.date);
            w.field(QLatin1StringView("digits"), part.digits);
            w.endObject();
        }
        w.endArray();
    }
    w.endObject();
    return w.finish();
}

// --- SeedPart -------------------------------------------------------------------------------------------------

QJsonObject SeedPart::toJson() const
{
    QJsonObject o {{QStringLiteral("source"), source}, {QStringLiteral("digits"), digits}};
    if (!witness.isEmpty())
        o.insert(QStringLiteral("witness"), witness);
    if (!name.isEmpty())
        o.insert(QStringLiteral("name"), name);
    if (!date.isEmpty())
        o.insert(QStringLiteral("date"), date);
    return o;
}

SeedPart SeedPart::fromJson(const QJsonObject& o)
{
    return {o.value(QStringLiteral("source")).toString(), o.value(QStringLiteral("witness")).toString(),
            o.value(QStringLiteral("digits")).toString(), o.value(QStringLiteral("name")).toString(),
            o.value(QStringLiteral("date")).toString()};
}

QString DrawJson::seedPartsProblem(const DrawRecord& record)
{
    if (record.seedParts.isEmpty())
        return {};
    QString joined;
    for (const SeedPart& part : record.seedParts)
        joined += part.digits;
    if (joined == record.request.seed)
        return {};
    return tr("The seed parts make %1, not the record's seed %2.").arg(quoted(joined), quoted(record.request.seed));
}

QByteArray DrawJson::canonicalFrozenRequest(const DrawRequest& request)
{
    // Keys below are written in sorted order, as JCS requires.
    JsonWriter w(false);
    w.beginObject();
    w.key(QLatin1StringView("exclusions"));
    w.beginArray();
    for (const DrawExclusion& exclusion : request.exclusions) {
        w.beginObject();
        w.field(QLatin1StringView("entity"), exclusion.entity);
        w.field(QLatin1StringView("inspector"), exclusion.inspector);
        w.field(QLatin1StringView("reason"), exclusion.reason);
        w.endObject();
    }
    w.endArray();
    w.key(QLatin1StringView("inspectors"));
    w.beginArray();
    for (const DrawInspector& inspector : request.inspectors) {
        w.beginObject();
        w.field(QLatin1StringView("certified"), inspector.certified);
        w.field(QLatin1StringView("id"), inspector.id);
        w.endObject();
    }
    w.endArray();
    w.key(QLatin1StringView("items"));
    w.beginArray();
    for (const DrawItem& item : request.items) {
        w.beginObject();
        w.field(QLatin1StringView("code"), item.code);
        w.key(QLatin1StringView("strata"));
        w.beginArray();
        for (const DrawStratum& stratum : item.strata) {
            w.beginObject();
            if (stratum.count)
                w.field(QLatin1StringView("count"), *stratum.count);
            w.field(QLatin1StringView("ids"), stratum.ids);
            w.field(QLatin1StringView("name"), stratum.name);
            if (stratum.ratioBp)
                w.field(QLatin1StringView("ratioBp"), *stratum.ratioBp);
            w.endObject();
        }
        w.endArray();
        w.endObject();
    }
    w.endArray();
    w.field(QLatin1StringView("plan"), request.plan);
    w.field(QLatin1StringView("spec"), QString(drawSpecVersion));
    w.key(QLatin1StringView("teams"));
    w.beginObject();
    w.field(QLatin1StringView("backupFactor"), request.teams.backupFactor);
    w.field(QLatin1StringView("maxTeamsPerInspector"), request.teams.maxTeamsPerInspector);
    w.field(QLatin1StringView("minCertified"), request.teams.minCertified);
    w.field(QLatin1StringView("size"), request.teams.size);
    w.endObject();
    w.endObject();
    return w.finish();
}

QString DrawJson::frozenRequestHash(const DrawRequest& request)
{
    return QString::fromLatin1(
        QCryptographicHash::hash(canonicalFrozenRequest(request), QCryptographicHash::Sha256).toHex());
}
