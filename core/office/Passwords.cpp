#include "Passwords.h"

#include <QRegularExpression>

#include <sodium.h>

namespace {

// The costs hash() writes: crypto_pwhash_str stores the memory in KiB, one lane.
constexpr quint64 kMemoryKiB = crypto_pwhash_MEMLIMIT_INTERACTIVE / 1024;
constexpr quint64 kPasses = crypto_pwhash_OPSLIMIT_INTERACTIVE;
constexpr quint64 kLanes = 1;

enum class Costs { Within, Above, Unknown };

Costs costsOf(const QString& hash)
{
    // Not static: logins run in several threads at once (the tests do), and a login's cost is the hash anyway.
    const QRegularExpression form(QStringLiteral(
        "^\\$argon2id\\$v=19\\$m=([0-9]{1,20}),t=([0-9]{1,20}),p=([0-9]{1,20})\\$[A-Za-z0-9+/]+\\$[A-Za-z0-9+/]+$"));
    const QRegularExpressionMatch match = form.match(hash);
    if (!match.hasMatch())
        return Costs::Unknown;
    // A number too large for 64 bits is above our costs all the same.
    const auto above = [&](int group, quint64 ours) {
        bool ok = false;
        const quint64 value = match.capturedView(group).toULongLong(&ok);
        return !ok || value > ours;
    };
    return above(1, kMemoryKiB) || above(2, kPasses) || above(3, kLanes) ? Costs::Above : Costs::Within;
}

bool sodiumReady()
{
    // sodium_init is safe to call more than once; it returns 1 when it had already run.
    static const bool ready = sodium_init() >= 0;
    return ready;
}

} // namespace

QString Passwords::hash(const QString& password)
{
    if (!sodiumReady())
        return {};
    const QByteArray utf8 = password.toUtf8();
    char out[crypto_pwhash_STRBYTES];
    if (crypto_pwhash_str(out, utf8.constData(), quint64(utf8.size()), crypto_pwhash_OPSLIMIT_INTERACTIVE,
                          crypto_pwhash_MEMLIMIT_INTERACTIVE)
        != 0)
        return {};
    return QString::fromLatin1(out);
}

bool Passwords::verify(const QString& hash, const QString& password)
{
    if (!sodiumReady() || costsOf(hash) != Costs::Within)
        return false;
    const QByteArray stored = hash.toLatin1();
    const QByteArray utf8 = password.toUtf8();
    return crypto_pwhash_str_verify(stored.constData(), utf8.constData(), quint64(utf8.size())) == 0;
}

QString Passwords::costProblem(const QString& hash)
{
    switch (costsOf(hash)) {
    case Costs::Within:
        return {};
    case Costs::Above:
        return tr("The stored password asks more memory or time than this program ever uses (at most %1 MiB and %2 "
                  "passes); the data file may have been altered, so the password is not checked. An administrator "
                  "can set a new password.")
            .arg(kMemoryKiB / 1024)
            .arg(kPasses);
    case Costs::Unknown:
        break;
    }
    return tr("The stored password is not in the form this program writes; the data file may have been altered, so "
              "the password is not checked. An administrator can set a new password.");
}

QString Passwords::ruleViolation(const QString& password)
{
    bool letter = false;
    bool digit = false;
    for (const QChar c : password) {
        letter = letter || c.isLetter();
        digit = digit || c.isDigit();
    }
    if (password.size() < MinimumLength || !letter || !digit)
        return tr("The password must have at least %1 characters, among them letters and digits.").arg(MinimumLength);
    return {};
}

QString Passwords::ruleText()
{
    return tr("At least %1 characters, with letters and digits.").arg(MinimumLength);
}
