#include "TableText.h"

#include <QRegularExpression>
#include <QStringList>

#include <algorithm>
#include <cmath>

namespace {

bool isZeroWidth(QChar c)
{
    const char16_t u = c.unicode();
    return u == 0x200B || u == 0x2060 || u == 0xFEFF;
}

bool isCjk(QChar c)
{
    return c.unicode() >= 0x2E80;
}

// True when cleanCell would give the text back unchanged: "\n" the only line break, no zero-width characters, no
// blank lines, no white space at either end of a line.
bool isCleanText(QStringView text)
{
    if (text.isEmpty())
        return true;
    bool lineStart = true;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        const char16_t u = c.unicode();
        if (u == '\n') {
            if (lineStart || i + 1 == text.size())
                return false;
            lineStart = true;
            continue;
        }
        if (u == '\r' || u == 0x0B || u == 0x0C || u == 0x85 || u == 0x2028 || u == 0x2029 || isZeroWidth(c))
            return false;
        if (c.isSpace() && (lineStart || i + 1 == text.size() || text.at(i + 1) == QLatin1Char('\n')))
            return false;
        lineStart = false;
    }
    return true;
}

} // namespace

bool TableText::isBlank(QStringView text)
{
    for (const QChar c : text) {
        if (!c.isSpace() && !isZeroWidth(c))
            return false;
    }
    return true;
}

// Removes bracketed notes "(...)" and "[...]" (after halfWidth), innermost first; an opening bracket that is never
// closed takes the rest of the text with it (only the last one: earlier unclosed ones stay), and closing brackets
// without an opening one are dropped. One pass with a stack of the open brackets: linear in the length of the text
// (a header of 80,000 nested pairs took 87 s when each pass removed one pair).
QString TableText::withoutNotes(const QString& text)
{
    const auto isOpen = [](QChar c) { return c == QLatin1Char('(') || c == QLatin1Char('['); };
    const auto isClose = [](QChar c) { return c == QLatin1Char(')') || c == QLatin1Char(']'); };
    if (std::none_of(text.cbegin(), text.cend(), [&](QChar c) { return isOpen(c) || isClose(c); }))
        return text;
    QString out;
    out.reserve(text.size());
    QList<qsizetype> open; // positions in out of the brackets not closed yet
    for (const QChar c : text) {
        if (isOpen(c)) {
            open.append(out.size());
            out.append(c);
        } else if (isClose(c)) {
            // A pair goes with everything between (the inner pairs are gone already); a lone one is dropped.
            if (!open.isEmpty())
                out.truncate(open.takeLast());
        } else {
            out.append(c);
        }
    }
    if (!open.isEmpty())
        out.truncate(open.last());
    return out;
}

QString TableText::cleanCell(const QString& text)
{
    if (text.isEmpty())
        return text;
    // Most cells have nothing to remove but padding: trimmed() then shares the text instead of copying it.
    bool plain = true;
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        if (u == '\r' || u == '\n' || (u >= 0x0B && u <= 0x0C) || u == 0x85 || u == 0x2028 || u == 0x2029
            || isZeroWidth(c)) {
            plain = false;
            break;
        }
    }
    if (plain)
        return text.trimmed();
    if (isCleanText(text))
        return text; // shared, not copied: a long shared string referenced by many cells stays one string
    QString s;
    s.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (isZeroWidth(c))
            continue;
        const char16_t u = c.unicode();
        if (u == '\r') {
            if (i + 1 < text.size() && text.at(i + 1) == QLatin1Char('\n'))
                ++i;
            s.append(QLatin1Char('\n'));
        } else if (u == 0x2028 || u == 0x2029 || u == 0x0B || u == 0x0C || u == 0x85) {
            s.append(QLatin1Char('\n'));
        } else {
            s.append(c);
        }
    }
    if (!s.contains(QLatin1Char('\n')))
        return s.trimmed();
    const QStringList lines = s.split(QLatin1Char('\n'));
    QStringList kept;
    kept.reserve(lines.size());
    for (const QString& line : lines) {
        const QString t = line.trimmed();
        if (!t.isEmpty())
            kept.append(t);
    }
    return kept.join(QLatin1Char('\n'));
}

QString TableText::halfWidth(const QString& text)
{
    QString s = text;
    for (QChar& c : s) {
        const char16_t u = c.unicode();
        if (u >= 0xFF01 && u <= 0xFF5E)
            c = QChar(char16_t(u - 0xFEE0));
        else if (u == 0x3000)
            c = QLatin1Char(' ');
        else if (u == 0x3010)
            c = QLatin1Char('[');
        else if (u == 0x3011)
            c = QLatin1Char(']');
    }
    return s;
}

QString TableText::headerKey(const QString& text)
{
    const QString half = halfWidth(text);
    QString s = withoutNotes(half);
    auto compact = [](const QString& in) {
        QString out;
        out.reserve(in.size());
        for (const QChar c : in) {
            if (c.isSpace() || isZeroWidth(c) || c == QLatin1Char('*') || c == QChar(0x203B))
                continue;
            out.append(c);
        }
        while (out.endsWith(QLatin1Char(':')))
            out.chop(1);
        return out.toCaseFolded();
    };
    QString key = compact(s);
    if (key.isEmpty()) {
        // The whole header was in brackets, e.g. "(备注)": keep its words rather than nothing.
        QString bare = half;
        for (const QChar b : {QLatin1Char('('), QLatin1Char(')'), QLatin1Char('['), QLatin1Char(']')})
            bare.remove(b);
        key = compact(bare);
    }
    return key;
}

QString TableText::displayHeader(const QString& text)
{
    const QStringList lines = cleanCell(text).split(QLatin1Char('\n'));
    QString out;
    for (const QString& line : lines) {
        if (line.isEmpty())
            continue;
        if (!out.isEmpty() && !isCjk(out.back()) && !isCjk(line.front()))
            out.append(QLatin1Char(' '));
        out.append(line);
    }
    return out;
}

QDate TableText::excelSerialToDate(double serial, bool date1904)
{
    if (!std::isfinite(serial))
        return {};
    const double day = std::floor(serial);
    if (date1904) {
        if (day < 0 || day > 2957003)
            return {};
        return QDate(1904, 1, 1).addDays(qint64(day));
    }
    if (day < 1 || day > 2958465)
        return {};
    if (day == 60)
        return {}; // 1900-02-29, which Excel counts although it never existed
    if (day < 60)
        return QDate(1899, 12, 31).addDays(qint64(day));
    return QDate(1899, 12, 30).addDays(qint64(day));
}

QDate TableText::parseDate(const QString& text)
{
    const QString s = halfWidth(cleanCell(text)).trimmed();
    if (s.isEmpty())
        return {};
    static const QRegularExpression separated(
        QStringLiteral("^(\\d{4})\\s*([-/.年])\\s*(\\d{1,2})\\s*([-/.月])\\s*(\\d{1,2})\\s*[日号]?"
                       "(?:(?:\\s+|T)\\d{1,2}:\\d{2}(?::\\d{2}(?:\\.\\d+)?)?)?$"));
    QRegularExpressionMatch m = separated.match(s);
    if (m.hasMatch()) {
        const QString sep1 = m.captured(2);
        const QString sep2 = m.captured(4);
        const bool chinese = sep1 == QStringLiteral("年");
        if (chinese != (sep2 == QStringLiteral("月")))
            return {};
        if (!chinese && sep1 != sep2)
            return {};
        return QDate(m.captured(1).toInt(), m.captured(3).toInt(), m.captured(5).toInt());
    }
    static const QRegularExpression compact(QStringLiteral("^(\\d{4})(\\d{2})(\\d{2})$"));
    m = compact.match(s);
    if (m.hasMatch())
        return QDate(m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).toInt());
    static const QRegularExpression serial(QStringLiteral("^\\d{5,7}(?:\\.\\d+)?$"));
    if (serial.match(s).hasMatch()) {
        const double value = s.toDouble();
        if (value >= 10000)
            return excelSerialToDate(value, false);
    }
    return {};
}
