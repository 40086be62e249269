// The publication key (issue 19): one Ed25519 key pair per data file (libsodium crypto_sign) signs the manifest of
// every website package, so that anyone can tell the bureau's package from an edited copy. The public key and its
// fingerprint are published in every package (publication-key.txt); the secret key is kept in the data file only
// encrypted (crypto_secretbox_easy, its key derived from the administrator's passphrase by crypto_pwhash Argon2id;
// the passphrase itself is never stored, logged or put in the settings). A key is never changed or deleted:
// rotating it retires the old one and adds the next, the new public key signed by the old key in the audit entry.
// Table publication_key (data version 8, Schema.cpp). The rules (who may, when) are PublicationKeyOperations'.
#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>

#include <optional>

class Database;
class WriteTransaction;

// A key as the data file keeps it, without its secret part.
struct PublicationKey
{
    qint64 id = 0;
    QByteArray publicKey; // 32 bytes
    QString createdAt;
    QString createdBy;
    QString retiredAt; // empty while the key is in force
    QString retiredBy;

    bool inForce() const { return retiredAt.isEmpty(); }
    QString publicKeyHex() const { return QString::fromLatin1(publicKey.toHex()); }
    QString fingerprint() const; // PublicationKeys::fingerprint(publicKey)
};

// A key unlocked with its passphrase: it can sign. The secret bytes are wiped when it goes.
class SigningKey final
{
public:
    SigningKey(SigningKey&&) noexcept = default;
    SigningKey& operator=(SigningKey&&) noexcept = default;
    ~SigningKey();

    const PublicationKey& key() const { return m_key; }
    // The detached Ed25519 signature of message (64 bytes, crypto_sign_detached).
    QByteArray sign(const QByteArray& message) const;

private:
    friend class PublicationKeys;
    SigningKey(PublicationKey key, QByteArray secret);
    PublicationKey m_key;
    QByteArray m_secret; // 64 bytes, libsodium's secret key (seed and public key)
};

class PublicationKeys final
{
    Q_DECLARE_TR_FUNCTIONS(PublicationKeys)

public:
    static constexpr int MinimumPassphraseLength = 10;
    // The costs of deriving the secretbox key from the passphrase (Argon2id), stored with each key: Moderate
    // (libsodium's moderate limits, about 1.5 s and 256 MiB) for every key an administrator makes; Light
    // (interactive limits) only for the demo office and the tests, whose passphrases are published anyway.
    enum class Cost { Moderate, Light };

    // "3F2A 9C01 …": the first 16 bytes of the public key's SHA-256 in upper-case hex, in 8 groups of 4.
    static QString fingerprint(const QByteArray& publicKey);
    // A fingerprint as a user may type it (spaces, colons or dashes, any case) in the form above; empty when it is
    // not 32 hex digits.
    static QString normalFingerprint(const QString& text);
    // Whether signature (64 bytes) is publicKey's signature of message (crypto_sign_verify_detached).
    static bool verify(const QByteArray& publicKey, const QByteArray& message, const QByteArray& signature);

    // The key in force; nothing when there is none (then *error is empty) or it cannot be read (*error says why).
    static std::optional<PublicationKey> inForce(Database& db, QString* error = nullptr);
    // Every key of the data file, oldest first.
    static QList<PublicationKey> all(Database& db, QString* error = nullptr);

    // Unlocks the key in force with its passphrase. Nothing, with *error, when there is no key (noKeyText()) or the
    // passphrase is wrong (wrongPassphraseText()).
    static std::optional<SigningKey> unlock(Database& db, const QString& passphrase, QString* error);

    // Makes a key pair, stores it with its secret part encrypted by the passphrase, and writes the audit entry
    // (create publication_key). The rules (role, one key in force, the passphrase's length) are the caller's.
    static std::optional<PublicationKey> create(WriteTransaction& tx, const QString& passphrase,
                                                Cost cost = Cost::Moderate);
    // Retires `old` (which must be the key in force) and makes the next key, encrypted by newPassphrase; the audit
    // entry (rotate publication_key) holds the new public key and the old key's signature of its 32 bytes.
    static std::optional<PublicationKey> rotate(WriteTransaction& tx, const SigningKey& old,
                                                const QString& newPassphrase);

    // The sentences the clerk reads.
    static QString noKeyText();
    static QString wrongPassphraseText();
    static QString shortPassphraseText();
};
