#include "JsonWriter.h"

void JsonWriter::beforeValue()
{
    if (m_afterKey) {
        m_afterKey = false;
        return;
    }
    if (m_needComma)
        m_out.append(',');
    m_needComma = true;
}

void JsonWriter::beginObject()
{
    beforeValue();
    m_out.append('{');
    m_needComma = false;
}

void JsonWriter::endObject()
{
    m_out.append('}');
    m_needComma = true;
}

void JsonWriter::beginArray()
{
    beforeValue();
    m_out.append('[');
    m_needComma = false;
}

void JsonWriter::endArray()
{
    m_out.append(']');
    m_needComma = true;
}

void JsonWriter::key(QLatin1StringView name)
{
    beforeValue();
    bool plain = true;
    for (const char c : name)
        plain = plain && c >= 0x20 && c != '"' && c != '\\';
    if (plain) {
        m_out.append('"').append(name.data(), name.size()).append("\":");
    } else {
        appendString(m_out, QString(name));
        m_out.append(':');
    }
    m_afterKey = true;
}

void JsonWriter::string(QStringView text)
{
    beforeValue();
    appendString(m_out, text);
}

void JsonWriter::boolean(bool value)
{
    beforeValue();
    m_out.append(value ? "true" : "false");
}

void JsonWriter::integer(qint64 value)
{
    beforeValue();
    m_out.append(QByteArray::number(value));
}

void JsonWriter::null()
{
    beforeValue();
    m_out.append("null");
}

void JsonWriter::stringArray(const QStringList& list)
{
    beginArray();
    for (const QString& s : list)
        string(s);
    endArray();
}

void JsonWriter::appendString(QByteArray& out, QStringView text)
{
    static const char hex[] = "0123456789abcdef";
    // At most 6 bytes per UTF-16 unit (\u00XX; a surrogate pair gives 4 bytes for 2 units), plus the quotes.
    const qsizetype start = out.size();
    const qsizetype needed = start + 6 * text.size() + 2;
    if (out.capacity() < needed)
        out.reserve(qMax(needed, 2 * out.capacity()));
    out.resize(needed);
    char* const begin = out.data();
    char* p = begin + start;
    *p++ = '"';
    const char16_t* s = text.utf16();
    const char16_t* const end = s + text.size();
    while (s < end) {
        const char16_t u = *s++;
        if (u < 0x80) {
            if (u >= 0x20 && u != '"' && u != '\\') {
                *p++ = char(u);
                continue;
            }
            *p++ = '\\';
            switch (u) {
            case '"':
                *p++ = '"';
                break;
            case '\\':
                *p++ = '\\';
                break;
            case '\b':
                *p++ = 'b';
                break;
            case '\f':
                *p++ = 'f';
                break;
            case '\n':
                *p++ = 'n';
                break;
            case '\r':
                *p++ = 'r';
                break;
            case '\t':
                *p++ = 't';
                break;
            default:
                *p++ = 'u';
                *p++ = '0';
                *p++ = '0';
                *p++ = hex[u >> 4];
                *p++ = hex[u & 0xF];
            }
        } else if (u < 0x800) {
            *p++ = char(0xC0 | (u >> 6));
            *p++ = char(0x80 | (u & 0x3F));
        } else if (u >= 0xD800 && u <= 0xDFFF) {
            if (u <= 0xDBFF && s < end && *s >= 0xDC00 && *s <= 0xDFFF) {
                const char32_t c = 0x10000 + ((char32_t(u) - 0xD800) << 10) + (char32_t(*s++) - 0xDC00);
                *p++ = char(0xF0 | (c >> 18));
                *p++ = char(0x80 | ((c >> 12) & 0x3F));
                *p++ = char(0x80 | ((c >> 6) & 0x3F));
                *p++ = char(0x80 | (c & 0x3F));
            } else {
                *p++ = char(0xEF); // U+FFFD
                *p++ = char(0xBF);
                *p++ = char(0xBD);
            }
        } else {
            *p++ = char(0xE0 | (u >> 12));
            *p++ = char(0x80 | ((u >> 6) & 0x3F));
            *p++ = char(0x80 | (u & 0x3F));
        }
    }
    *p++ = '"';
    out.resize(p - begin);
}
