#include "DrawRequest.h"

#include <QCryptographicHash>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QJsonValue>
#include <QSet>
#include <algorithm>
#include <climits>
#include <cmath>
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

// Checks one id or seed; the message names the place and quotes the value.
bool checkString(const QString& text, const QString& path, QString* problem)
{
    const QString what = DrawJson::stringProblem(text);
    if (what.isEmpty())
        return true;
    *problem = DrawJson::tr("%1 (%2): %3").arg(path, quoted(text), what);
    return false;
}

// The first string of a list that repeats an earlier one, as (first position, repeated position). Sorts the
// strings' hashes rather than filling a hash table: for a million ids that is several times faster.
std::optional<std::pair<qsizetype, qsizetype>> firstRepeat(const QStringList& list)
{
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

// Checks each string of a list, then that none appears twice.
bool checkList(const QStringList& list, const QString& path, QString* problem)
{
    for (qsizetype i = 0; i < list.size(); ++i) {
        if (!checkString(list[i], element(path, i), problem))
            return false;
    }
    if (const auto repeat = firstRepeat(list)) {
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
// or compact (no white space at all) for the canonical form.
class JsonWriter final
{
public:
    explicit JsonWriter(bool indented)
        : m_indented(indented)
    { }

    void beginObject()
    {
        beforeValue();
        m_out += '{';
        m_counts.append(0);
    }
    void endObject() { end('}'); }
    void beginArray()
    {
        beforeValue();
        m_out += '[';
        m_counts.append(0);
    }
    void endArray() { end(']'); }

    void key(QLatin1StringView key)
    {
        separator();
        appendString(key);
        m_out += m_indented ? ": " : ":";
        m_afterKey = true;
    }
    void value(const QString& text)
    {
        beforeValue();
        appendString(text);
    }
    void value(int number)
    {
        beforeValue();
        m_out += QByteArray::number(number);
    }
    void value(bool flag)
    {
        beforeValue();
        m_out += flag ? "true" : "false";
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
            m_out += '\n';
        return std::move(m_out);
    }

private:
    void newline(qsizetype depth)
    {
        if (!m_indented)
            return;
        m_out += '\n';
        m_out.append(depth, ' ');
    }
    void separator()
    {
        if (m_counts.isEmpty())
            return;
        if (m_counts.last()++ > 0)
            m_out += ',';
        newline(m_counts.size());
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
        const bool hadElements = m_counts.takeLast() > 0;
        if (hadElements)
            newline(m_counts.size());
        m_out += bracket;
    }
    template<typename Text> void appendString(const Text& text)
    {
        static const char hex[] = "0123456789abcdef";
        const QByteArray utf8 = QString(text).toUtf8();
        m_out += '"';
        for (const char c : utf8) {
            const auto u = static_cast<unsigned char>(c);
            switch (c) {
            case '"':
                m_out += "\\\"";
                break;
            case '\\':
                m_out += "\\\\";
                break;
            case '\b':
                m_out += "\\b";
                break;
            case '\f':
                m_out += "\\f";
                break;
            case '\n':
                m_out += "\\n";
                break;
            case '\r':
                m_out += "\\r";
                break;
            case '\t':
                m_out += "\\t";
                break;
            default:
                if (u < 0x20) {
                    m_out += "\\u00";
                    m_out += hex[u >> 4];
                    m_out += hex[u & 0xf];
                } else {
                    m_out += c;
                }
            }
        }
        m_out += '"';
    }

    QByteArray m_out;
    QList<qsizetype> m_counts; // elements written so far in each open object or list
    bool m_indented;
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

std::optional<DrawRequest> DrawJson::readRequest(const QByteArray& json, QString* error, Seed seed)
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
    w.endObject();
    return w.finish();
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
