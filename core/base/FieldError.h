// A problem with one field of a record, said for the clerk: which field (its key, as in the record's JSON), and
// what is wrong. Validation returns a list of these; dialogs show each beside its field, imports per row.
#pragma once

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>
#include <QVariant>

struct FieldError
{
    QString field;
    QString message;
};
using FieldErrors = QList<FieldError>;

// The messages alone, one a line, for a form that shows them together.
inline QString messageLines(const FieldErrors& errors)
{
    QStringList lines;
    for (const FieldError& e : errors)
        lines << e.message;
    return lines.join(QLatin1Char('\n'));
}

// Dates are stored as ISO text (yyyy-MM-dd) and NULL when open-ended.
inline QVariant sqlDate(const QDate& date)
{
    return date.isValid() ? QVariant(date.toString(Qt::ISODate)) : QVariant();
}
// Text columns are NOT NULL: a null QString must be bound as the empty string, not as SQL NULL.
inline QVariant sqlText(const QString& text)
{
    return text.isNull() ? QVariant(QStringLiteral("")) : QVariant(text);
}
inline QDate dateFromSql(const QVariant& value)
{
    return value.isNull() ? QDate() : QDate::fromString(value.toString(), Qt::ISODate);
}
