// Compact JSON text written straight into UTF-8 bytes, for the values of audit entries written once per record of a
// bulk import: building a QJsonObject and serialising it costs many times more. Same calls → same bytes.
#pragma once

#include <QByteArray>
#include <QLatin1StringView>
#include <QStringList>
#include <QStringView>

#include <utility>

class JsonWriter final
{
public:
    JsonWriter() { m_out.reserve(512); }

    void beginObject();
    void endObject();
    void beginArray();
    void endArray();
    // An object member's name; the next call writes its value.
    void key(QLatin1StringView name);
    void string(QStringView text);
    void boolean(bool value);
    void integer(qint64 value);
    void null();
    void stringArray(const QStringList& list);

    const QByteArray& text() const { return m_out; }
    QByteArray take() { return std::exchange(m_out, QByteArray()); }

    // Appends `text` as a JSON string: quotes, \" \\ \b \f \n \r \t, \u00XX for the other control characters, all
    // else as UTF-8 (a lone surrogate becomes U+FFFD).
    static void appendString(QByteArray& out, QStringView text);

private:
    void beforeValue();

    QByteArray m_out;
    bool m_needComma = false;
    bool m_afterKey = false;
};
