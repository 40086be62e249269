// Checks of the codes a clerk types or imports: the 统一社会信用代码 (GB 32100-2015, with the GB 11714 check of
// its organisation code) and the 居民身份证号码 (GB 11643-1999). Each check returns an empty string when the code
// is valid, otherwise one sentence saying what is wrong, for the clerk.
#pragma once

#include <QCoreApplication>
#include <QString>

class Validators final
{
    Q_DECLARE_TR_FUNCTIONS(Validators)

public:
    // Trims (also U+3000), turns full-width letters and digits into ASCII and upper-cases.
    static QString normalizeCode(const QString& text);

    static QString creditCodeProblem(const QString& code);
    static bool isValidCreditCode(const QString& code) { return creditCodeProblem(code).isEmpty(); }
    // The check character (18th) for the first 17 characters; QChar() if they contain a character not allowed.
    static QChar creditCodeCheckCharacter(QStringView first17);
    // The GB 11714 check character (9th of the organisation code) for its first 8 characters.
    static QChar organizationCodeCheckCharacter(QStringView first8);

    // A value Excel turned into a number ("9.14690062012665E+17" or a long run of digits): digits are lost.
    static bool looksLikeExcelNumber(const QString& text);

    static QString idCardProblem(const QString& number);
    static QChar idCardCheckCharacter(QStringView first17);
    // 130322********1234: for lists and printouts.
    static QString maskIdCard(const QString& number);

    // No line break, tab or other control character: a name, a post or a reason printed on one line.
    static bool isOneLine(const QString& text);

    // Empty or a valid Chinese phone number (mobile, or landline with optional area code and extension).
    static QString phoneProblem(const QString& phone);
};
