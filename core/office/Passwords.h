// Password hashes and the password rule: Argon2id through libsodium (crypto_pwhash_str), a self-describing hash
// string that carries its salt and costs, so a later change of costs still verifies the hashes stored before.
#pragma once

#include <QCoreApplication>
#include <QString>

class Passwords final
{
    Q_DECLARE_TR_FUNCTIONS(Passwords)

public:
    static constexpr int MinimumLength = 8;

    // The Argon2id hash string ("$argon2id$v=19$m=65536,t=2,p=1$…") of a password, with a fresh random salt;
    // empty when libsodium cannot work (it could not start, or the memory the hash needs is not available).
    static QString hash(const QString& password);
    // True when `password` is the one `hash` was made from. False, without hashing, for a hash that is not an Argon2id
    // string within our costs (costProblem).
    static bool verify(const QString& hash, const QString& password);
    // Why a stored hash is not checked at all, in a sentence for the clerk; empty when it may be. The costs are
    // read from the string itself ("m=…,t=…,p=…"), so a data file could ask any memory and time of every login: a
    // hash whose memory (m, KiB), passes (t) or lanes (p) exceed those hash() uses is refused before any hashing,
    // and so is a string that is no Argon2id hash of this form.
    static QString costProblem(const QString& hash);
    // Why a new password is not acceptable, in a sentence for the clerk; empty when it is (at least MinimumLength
    // characters, among them letters and digits).
    static QString ruleViolation(const QString& password);
    // The rule in words, for the forms that ask for a new password.
    static QString ruleText();
};
