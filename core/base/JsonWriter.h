// Compact JSON text written straight into UTF-8 bytes, for the values of audit entries written once per record of a
// bulk import: building a QJsonObject and serialising it costs many times more. Same calls → same bytes.
#pragma once

#include <QByteArray>
#include <QLatin1StringView>
#include <QStringList>
#include <QStringView>

#include <algorithm>
#include <cctype>
#include <cstring>

class JsonWriter final
{
public:
    void beginObject();
    void endObject();
    void beginArray();
    void endArray();
    // An object member's name: ASCII letters and digits, written as they are (an import writes 16 per record).
    // The next call writes its value.
    void key(QLatin1StringView name)
    {
        Q_ASSERT(std::all_of(name.begin(), name.end(), [](char c) { return std::isalnum(uchar(c)) != 0; }));
        beforeValue();
        char* p = reserve(name.size() + 3);
        *p++ = '"';
        std::memcpy(p, name.data(), size_t(name.size()));
        p += name.size();
        *p++ = '"';
        *p = ':';
        m_size += name.size() + 3;
        m_afterKey = true;
    }
    // Strings: quotes, \" \\ \b \f \n \r \t, \u00XX for the other control characters, all else as UTF-8 (a lone
    // surrogate becomes U+FFFD).
    void string(QStringView text);
    void boolean(bool value);
    void integer(qint64 value);
    void null();
    void stringArray(const QStringList& list);

    // The text written so far.
    QByteArray take();

private:
    void beforeValue();
    // Room for n more bytes; returns where to write them (then advance m_size).
    char* reserve(qsizetype n)
    {
        if (m_size + n > m_out.size())
            grow(n);
        return m_data + m_size;
    }
    void grow(qsizetype n);
    void put(char c)
    {
        *reserve(1) = c;
        ++m_size;
    }
    void put(const char* bytes, qsizetype n);

    QByteArray m_out; // m_out.size() is the room in use; m_size bytes of it are written
    char* m_data = nullptr; // m_out.data()
    qsizetype m_size = 0;
    bool m_needComma = false;
    bool m_afterKey = false;
};
