#pragma once

#include <QCoreApplication>
#include <QString>
#include <optional>

class Database;

// The automatic registry codes: a fixed prefix and a decimal number padded to a minimum width (JY-01, ZF-001,
// DX000001). The next code follows the largest number already written in that form — compared as numbers, not as
// text — so it never repeats a code in that form. Codes of another form (letters after the prefix, a number of more
// than nine digits, a sign) are left alone: they cannot collide with an automatic code. The numbers end at
// 999,999,999; past it the clerk writes the code by hand.
class AutoCode
{
    Q_DECLARE_TR_FUNCTIONS(AutoCode)

public:
    static constexpr int maxDigits = 9;
    static constexpr qint64 largest = 999'999'999;

    static AutoCode item(); // JY-01
    static AutoCode inspector(); // ZF-001
    static AutoCode entity(); // DX000001

    // The number an automatic code of this form carries; nullopt for every other code.
    std::optional<qint64> numberOf(QStringView code) const;
    // The code for 1 ≤ number ≤ largest; an empty string outside that range.
    QString codeFor(qint64 number) const;
    // The code after the largest number in use in the registry's table; an empty string once the numbers are used up
    // (exhaustedMessage() says so).
    QString nextIn(const Database& db) const;
    // The number after `last`, or nullopt when it would pass `largest`.
    static std::optional<qint64> after(qint64 last);
    QString exhaustedMessage() const;

private:
    AutoCode(QString prefix, int width, QString table);
    QString m_prefix;
    int m_width = 1;
    QString m_table;
};
