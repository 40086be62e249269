#include "Validators.h"

#include <QDate>
#include <QRegularExpression>

#include <algorithm>
#include <array>

namespace {

const QString kCreditCodeAlphabet = QStringLiteral("0123456789ABCDEFGHJKLMNPQRTUWXY");
const int kCreditCodeWeights[17] = {1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28};
const int kOrganizationWeights[8] = {3, 7, 9, 10, 5, 8, 4, 2};
const int kIdCardWeights[17] = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};

// A character's value in the credit code alphabet (its index in kCreditCodeAlphabet), or -1.
int creditCodeValue(QChar c)
{
    static const auto table = [] {
        std::array<qint8, 128> t {};
        t.fill(-1);
        for (qsizetype i = 0; i < kCreditCodeAlphabet.size(); ++i)
            t[kCreditCodeAlphabet.at(i).unicode()] = qint8(i);
        return t;
    }();
    return c.unicode() < 128 ? table[c.unicode()] : -1;
}

int organizationValue(QChar c)
{
    if (c >= QLatin1Char('0') && c <= QLatin1Char('9'))
        return c.unicode() - '0';
    if (c >= QLatin1Char('A') && c <= QLatin1Char('Z'))
        return c.unicode() - 'A' + 10;
    return -1;
}

} // namespace

QString Validators::normalizeCode(const QString& text)
{
    // NFKC leaves ASCII as it is, and imports normalise a code or two per row.
    const bool ascii = std::all_of(text.cbegin(), text.cend(), [](QChar c) { return c.unicode() < 0x80; });
    QString s = ascii ? text.trimmed() : text.normalized(QString::NormalizationForm_KC).trimmed();
    s.remove(QChar(0x3000));
    s.remove(QLatin1Char(' '));
    return s.toUpper();
}

QChar Validators::creditCodeCheckCharacter(QStringView first17)
{
    if (first17.size() != 17)
        return {};
    int sum = 0;
    for (int i = 0; i < 17; ++i) {
        const int value = creditCodeValue(first17[i]);
        if (value < 0)
            return {};
        sum += value * kCreditCodeWeights[i];
    }
    const int check = (31 - sum % 31) % 31;
    return kCreditCodeAlphabet[check];
}

QChar Validators::organizationCodeCheckCharacter(QStringView first8)
{
    if (first8.size() != 8)
        return {};
    int sum = 0;
    for (int i = 0; i < 8; ++i) {
        const int value = organizationValue(first8[i]);
        if (value < 0)
            return {};
        sum += value * kOrganizationWeights[i];
    }
    const int check = 11 - sum % 11;
    if (check == 10)
        return QLatin1Char('X');
    if (check == 11)
        return QLatin1Char('0');
    return QChar(QLatin1Char('0').unicode() + check);
}

bool Validators::looksLikeExcelNumber(const QString& text)
{
    if (!text.contains(QLatin1Char('e'), Qt::CaseInsensitive))
        return false; // the pattern needs the exponent's e; this spares the regular expression for almost every code
    static const QRegularExpression scientific(QStringLiteral("^[0-9](\\.[0-9]+)?[eE]\\+?[0-9]+$"));
    return scientific.match(text.trimmed()).hasMatch();
}

QString Validators::creditCodeProblem(const QString& code)
{
    if (code.isEmpty())
        return tr("The unified social credit code is empty.");
    if (looksLikeExcelNumber(code))
        return tr("The credit code %1 was stored by Excel as a number and its last digits are lost. Format the "
                  "column as text in Excel, type the codes again and export again.")
            .arg(code);
    if (code.size() != 18)
        return tr("A unified social credit code has 18 characters; %1 has %2.").arg(code).arg(code.size());
    for (int i = 0; i < 18; ++i) {
        if (creditCodeValue(code[i]) < 0)
            return tr("Character %1 of %2 (\"%3\") may not appear in a credit code (allowed: digits and the "
                      "capital letters except I, O, Z, S, V).")
                .arg(i + 1)
                .arg(code, code.mid(i, 1));
    }
    for (int i = 2; i < 8; ++i) {
        if (!code[i].isDigit())
            return tr("Characters 3 to 8 of a credit code are the region code and must be digits (%1).").arg(code);
    }
    const QChar orgCheck = organizationCodeCheckCharacter(QStringView(code).mid(8, 8));
    if (orgCheck != code[16])
        return tr("The organisation code inside %1 (characters 9 to 17) is wrong: its check character should "
                  "be %2. Check the code for a typing error.")
            .arg(code, QString(orgCheck.isNull() ? QLatin1Char('?') : orgCheck));
    const QChar check = creditCodeCheckCharacter(QStringView(code).left(17));
    if (check != code[17])
        return tr("The check character (the 18th) of %1 is wrong: it should be %2. Check the code for a "
                  "typing error.")
            .arg(code, QString(check));
    return {};
}

QChar Validators::idCardCheckCharacter(QStringView first17)
{
    if (first17.size() != 17)
        return {};
    int sum = 0;
    for (int i = 0; i < 17; ++i) {
        if (!first17[i].isDigit() || first17[i].unicode() > 127)
            return {};
        sum += (first17[i].unicode() - '0') * kIdCardWeights[i];
    }
    return QStringLiteral("10X98765432")[sum % 11];
}

QString Validators::idCardProblem(const QString& number)
{
    if (number.size() != 18)
        return tr("An ID card number has 18 characters; %1 has %2.").arg(number).arg(number.size());
    const QChar check = idCardCheckCharacter(QStringView(number).left(17));
    if (check.isNull())
        return tr("The first 17 characters of an ID card number must be digits (%1).").arg(number);
    const QDate birth = QDate::fromString(number.mid(6, 8), QStringLiteral("yyyyMMdd"));
    if (!birth.isValid() || birth.year() < 1900 || birth > QDate::currentDate())
        return tr("The date of birth in the ID card number %1 is not a real date.").arg(number);
    if (check != number[17])
        return tr("The check character (the 18th) of the ID card number %1 is wrong: it should be %2.")
            .arg(number, QString(check));
    return {};
}

QString Validators::maskIdCard(const QString& number)
{
    if (number.size() < 10)
        return QString(number.size(), QLatin1Char('*'));
    return number.left(6) + QString(number.size() - 10, QLatin1Char('*')) + number.right(4);
}

QString Validators::phoneProblem(const QString& phone)
{
    if (phone.isEmpty())
        return {};
    // The common case, a mobile number, without the regular expression (its first alternative exactly).
    const auto asciiDigit = [](QChar c) { return c >= QLatin1Char('0') && c <= QLatin1Char('9'); };
    if (phone.size() == 11 && phone[0] == QLatin1Char('1') && phone[1] >= QLatin1Char('3')
        && std::all_of(phone.cbegin(), phone.cend(), asciiDigit))
        return {};
    static const QRegularExpression ok(
        QStringLiteral("^(1[3-9][0-9]{9}|(0[0-9]{2,3}-?)?[0-9]{7,8}(-[0-9]{1,6})?|400-?[0-9]{3}-?[0-9]{4})$"));
    if (!ok.match(phone).hasMatch())
        return tr("%1 is not a phone number (a mobile number has 11 digits; a landline may start with an area "
                  "code such as 0335-).")
            .arg(phone);
    return {};
}

bool Validators::isOneLine(const QString& text)
{
    for (const QChar ch : text)
        if (ch.category() == QChar::Other_Control || ch == QChar::LineSeparator || ch == QChar::ParagraphSeparator)
            return false;
    return true;
}
