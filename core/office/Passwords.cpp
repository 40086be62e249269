#include "Passwords.h"

#include <sodium.h>

namespace {

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
    if (!sodiumReady() || hash.isEmpty())
        return false;
    const QByteArray stored = hash.toLatin1();
    const QByteArray utf8 = password.toUtf8();
    return crypto_pwhash_str_verify(stored.constData(), utf8.constData(), quint64(utf8.size())) == 0;
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
