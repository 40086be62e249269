#include "AutoCode.h"

#include "Database.h"

#include <QSqlQuery>

AutoCode::AutoCode(QString prefix, int width, QString table)
    : m_prefix(std::move(prefix))
    , m_width(width)
    , m_table(std::move(table))
{ }

AutoCode AutoCode::item()
{
    return AutoCode(QStringLiteral("JY-"), 2, QStringLiteral("inspection_item"));
}

AutoCode AutoCode::inspector()
{
    return AutoCode(QStringLiteral("ZF-"), 3, QStringLiteral("inspector"));
}

AutoCode AutoCode::entity()
{
    return AutoCode(QStringLiteral("DX"), 6, QStringLiteral("entity"));
}

std::optional<qint64> AutoCode::numberOf(QStringView code) const
{
    if (!code.startsWith(m_prefix))
        return std::nullopt;
    const QStringView digits = code.mid(m_prefix.size());
    if (digits.isEmpty() || digits.size() > maxDigits)
        return std::nullopt;
    qint64 number = 0;
    for (const QChar c : digits) {
        if (c < u'0' || c > u'9') // ASCII digits only: full-width or other scripts' digits are another form
            return std::nullopt;
        number = number * 10 + (c.unicode() - u'0');
    }
    return number;
}

QString AutoCode::codeFor(qint64 number) const
{
    if (number < 1 || number > largest)
        return {};
    return m_prefix + QStringLiteral("%1").arg(number, m_width, 10, QLatin1Char('0'));
}

std::optional<qint64> AutoCode::after(qint64 last)
{
    if (last < 0 || last >= largest)
        return std::nullopt;
    return last + 1;
}

QString AutoCode::nextIn(const Database& db) const
{
    // The same form as numberOf, in SQL: the prefix, then one to nine ASCII digits and nothing else. One pass over
    // the codes (the unique index on code); an import asks once and counts on from there.
    QSqlQuery q(db.sql());
    q.prepare(QStringLiteral("SELECT max(CAST(substr(code, ?) AS INTEGER)) FROM %1 WHERE substr(code, 1, ?) = ? "
                             "AND length(code) BETWEEN ? AND ? AND substr(code, ?) NOT GLOB '*[^0-9]*'")
                  .arg(m_table));
    const int start = int(m_prefix.size()) + 1;
    q.addBindValue(start);
    q.addBindValue(int(m_prefix.size()));
    q.addBindValue(m_prefix);
    q.addBindValue(start);
    q.addBindValue(int(m_prefix.size()) + maxDigits);
    q.addBindValue(start);
    const qint64 last = q.exec() && q.next() ? q.value(0).toLongLong() : 0;
    const auto next = after(last);
    return next ? codeFor(*next) : QString();
}

QString AutoCode::exhaustedMessage() const
{
    return tr("The automatic codes are used up (the last is %1). Write this record's code by hand.")
        .arg(m_prefix + QString::number(largest));
}
