#include "JsonWriter.h"

#include <algorithm>
#include <charconv>
#include <cstring>
#include <utility>

void JsonWriter::grow(qsizetype n)
{
    m_out.resize(std::max({m_size + n, 2 * m_out.size(), qsizetype(512)}));
    m_data = m_out.data();
}

void JsonWriter::put(const char* bytes, qsizetype n)
{
    std::memcpy(reserve(n), bytes, size_t(n));
    m_size += n;
}

QByteArray JsonWriter::take()
{
    m_out.truncate(m_size);
    QByteArray text = std::exchange(m_out, QByteArray());
    m_data = nullptr;
    m_size = 0;
    m_needComma = false;
    m_afterKey = false;
    return text;
}

void JsonWriter::beforeValue()
{
    if (m_afterKey) {
        m_afterKey = false;
        return;
    }
    if (m_needComma)
        put(',');
    m_needComma = true;
}

void JsonWriter::beginObject()
{
    beforeValue();
    put('{');
    m_needComma = false;
}

void JsonWriter::endObject()
{
    put('}');
    m_needComma = true;
}

void JsonWriter::beginArray()
{
    beforeValue();
    put('[');
    m_needComma = false;
}

void JsonWriter::endArray()
{
    put(']');
    m_needComma = true;
}

void JsonWriter::boolean(bool value)
{
    beforeValue();
    if (value)
        put("true", 4);
    else
        put("false", 5);
}

void JsonWriter::integer(qint64 value)
{
    beforeValue();
    char digits[24];
    const auto end = std::to_chars(digits, digits + sizeof digits, value).ptr;
    put(digits, end - digits);
}

void JsonWriter::null()
{
    beforeValue();
    put("null", 4);
}

void JsonWriter::stringArray(const QStringList& list)
{
    beginArray();
    for (const QString& s : list)
        string(s);
    endArray();
}

void JsonWriter::string(QStringView text)
{
    beforeValue();
    static const char hex[] = "0123456789abcdef";
    // At most 6 bytes per UTF-16 unit (\u00XX; a surrogate pair gives 4 bytes for 2 units), plus the quotes.
    char* const begin = reserve(6 * text.size() + 2);
    char* p = begin;
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
    m_size += p - begin;
}
