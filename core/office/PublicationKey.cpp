#include "PublicationKey.h"

#include "Database.h"
#include "WriteTransaction.h"

#include <QCryptographicHash>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>

#include <sodium.h>

namespace {

bool sodiumReady()
{
    static const bool ready = sodium_init() >= 0;
    return ready;
}

// The costs of the key derivation (PublicationKeys::Cost), stored with the key so that later builds can change them
// for new keys.
std::pair<quint64, quint64> limits(PublicationKeys::Cost cost)
{
    if (cost == PublicationKeys::Cost::Light)
        return {crypto_pwhash_OPSLIMIT_INTERACTIVE, crypto_pwhash_MEMLIMIT_INTERACTIVE};
    return {crypto_pwhash_OPSLIMIT_MODERATE, crypto_pwhash_MEMLIMIT_MODERATE};
}

const QLatin1String kColumns("id, public_key, created_at, created_by, retired_at, retired_by");

PublicationKey keyFrom(const QSqlQuery& q)
{
    PublicationKey k;
    k.id = q.value(0).toLongLong();
    k.publicKey = QByteArray::fromHex(q.value(1).toString().toLatin1());
    k.createdAt = q.value(2).toString();
    k.createdBy = q.value(3).toString();
    k.retiredAt = q.value(4).toString();
    k.retiredBy = q.value(5).toString();
    return k;
}

// The secretbox key derived from a passphrase; empty when libsodium cannot (out of memory).
QByteArray derive(const QString& passphrase, const QByteArray& salt, quint64 ops, quint64 mem)
{
    QByteArray key(crypto_secretbox_KEYBYTES, Qt::Uninitialized);
    const QByteArray utf8 = passphrase.toUtf8();
    if (salt.size() != crypto_pwhash_SALTBYTES
        || crypto_pwhash(reinterpret_cast<unsigned char*>(key.data()), quint64(key.size()), utf8.constData(),
                         quint64(utf8.size()), reinterpret_cast<const unsigned char*>(salt.constData()), ops,
                         size_t(mem), crypto_pwhash_ALG_ARGON2ID13)
            != 0)
        return {};
    return key;
}

void wipe(QByteArray& bytes)
{
    if (!bytes.isEmpty())
        sodium_memzero(bytes.data(), size_t(bytes.size()));
}

// Generates a key pair, encrypts its secret part and inserts the row; the new key, or nothing (tx failed).
std::optional<PublicationKey> insertKey(WriteTransaction& tx, const QString& passphrase, PublicationKeys::Cost cost)
{
    const auto [kOpsLimit, kMemLimit] = limits(cost);
    if (!sodiumReady())
        return tx.fail(PublicationKeys::tr("The cryptography library cannot be started.")), std::nullopt;
    QByteArray pk(crypto_sign_PUBLICKEYBYTES, Qt::Uninitialized);
    QByteArray sk(crypto_sign_SECRETKEYBYTES, Qt::Uninitialized);
    crypto_sign_keypair(reinterpret_cast<unsigned char*>(pk.data()), reinterpret_cast<unsigned char*>(sk.data()));
    QByteArray salt(crypto_pwhash_SALTBYTES, Qt::Uninitialized);
    randombytes_buf(salt.data(), size_t(salt.size()));
    QByteArray nonce(crypto_secretbox_NONCEBYTES, Qt::Uninitialized);
    randombytes_buf(nonce.data(), size_t(nonce.size()));
    QByteArray boxKey = derive(passphrase, salt, kOpsLimit, kMemLimit);
    if (boxKey.isEmpty()) {
        wipe(sk);
        return tx.fail(PublicationKeys::tr("The key cannot be derived from the passphrase (not enough memory).")),
               std::nullopt;
    }
    QByteArray box(crypto_secretbox_MACBYTES + sk.size(), Qt::Uninitialized);
    crypto_secretbox_easy(reinterpret_cast<unsigned char*>(box.data()),
                          reinterpret_cast<const unsigned char*>(sk.constData()), quint64(sk.size()),
                          reinterpret_cast<const unsigned char*>(nonce.constData()),
                          reinterpret_cast<const unsigned char*>(boxKey.constData()));
    wipe(sk);
    wipe(boxKey);

    PublicationKey key;
    key.publicKey = pk;
    key.createdAt = tx.utcNow();
    key.createdBy = tx.database().currentUser();
    QSqlQuery& q = tx.prepare(QStringLiteral(
        "INSERT INTO publication_key (public_key, secret_box, nonce, salt, ops_limit, mem_limit, created_at, "
        "created_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"));
    q.addBindValue(key.publicKeyHex());
    q.addBindValue(QString::fromLatin1(box.toHex()));
    q.addBindValue(QString::fromLatin1(nonce.toHex()));
    q.addBindValue(QString::fromLatin1(salt.toHex()));
    q.addBindValue(qint64(kOpsLimit));
    q.addBindValue(qint64(kMemLimit));
    q.addBindValue(key.createdAt);
    q.addBindValue(key.createdBy);
    if (!tx.exec(q))
        return std::nullopt;
    key.id = q.lastInsertId().toLongLong();
    return key;
}

} // namespace

QString PublicationKey::fingerprint() const
{
    return PublicationKeys::fingerprint(publicKey);
}

SigningKey::SigningKey(PublicationKey key, QByteArray secret)
    : m_key(std::move(key))
    , m_secret(std::move(secret))
{ }

SigningKey::~SigningKey()
{
    wipe(m_secret);
}

QByteArray SigningKey::sign(const QByteArray& message) const
{
    QByteArray signature(crypto_sign_BYTES, Qt::Uninitialized);
    crypto_sign_detached(reinterpret_cast<unsigned char*>(signature.data()), nullptr,
                         reinterpret_cast<const unsigned char*>(message.constData()), quint64(message.size()),
                         reinterpret_cast<const unsigned char*>(m_secret.constData()));
    return signature;
}

QString PublicationKeys::fingerprint(const QByteArray& publicKey)
{
    const QByteArray hex = QCryptographicHash::hash(publicKey, QCryptographicHash::Sha256).left(16).toHex().toUpper();
    QStringList groups;
    for (qsizetype i = 0; i < hex.size(); i += 4)
        groups << QString::fromLatin1(hex.mid(i, 4));
    return groups.join(QLatin1Char(' '));
}

QString PublicationKeys::normalFingerprint(const QString& text)
{
    QString digits;
    for (const QChar c : text) {
        if (c == QLatin1Char(' ') || c == QLatin1Char(':') || c == QLatin1Char('-'))
            continue;
        if (!isxdigit(c.toLatin1()) || c.unicode() > 127)
            return {};
        digits += c.toUpper();
    }
    if (digits.size() != 32)
        return {};
    QStringList groups;
    for (qsizetype i = 0; i < digits.size(); i += 4)
        groups << digits.mid(i, 4);
    return groups.join(QLatin1Char(' '));
}

bool PublicationKeys::verify(const QByteArray& publicKey, const QByteArray& message, const QByteArray& signature)
{
    if (!sodiumReady() || publicKey.size() != crypto_sign_PUBLICKEYBYTES || signature.size() != crypto_sign_BYTES)
        return false;
    return crypto_sign_verify_detached(reinterpret_cast<const unsigned char*>(signature.constData()),
                                       reinterpret_cast<const unsigned char*>(message.constData()),
                                       quint64(message.size()),
                                       reinterpret_cast<const unsigned char*>(publicKey.constData()))
        == 0;
}

std::optional<PublicationKey> PublicationKeys::inForce(Database& db, QString* error)
{
    if (error)
        error->clear();
    QSqlQuery q(db.sql());
    if (!q.exec(QStringLiteral("SELECT %1 FROM publication_key WHERE retired_at IS NULL ORDER BY id DESC LIMIT 1")
                    .arg(kColumns))) {
        if (error)
            *error = tr("The publication key cannot be read: %1").arg(q.lastError().text());
        return std::nullopt;
    }
    if (!q.next())
        return std::nullopt;
    return keyFrom(q);
}

QList<PublicationKey> PublicationKeys::all(Database& db, QString* error)
{
    QList<PublicationKey> keys;
    QSqlQuery q(db.sql());
    if (!q.exec(QStringLiteral("SELECT %1 FROM publication_key ORDER BY id").arg(kColumns))) {
        if (error)
            *error = tr("The publication key cannot be read: %1").arg(q.lastError().text());
        return keys;
    }
    while (q.next())
        keys << keyFrom(q);
    return keys;
}

std::optional<SigningKey> PublicationKeys::unlock(Database& db, const QString& passphrase, QString* error)
{
    QString readError;
    const auto key = inForce(db, &readError);
    if (!key) {
        if (error)
            *error = readError.isEmpty() ? noKeyText() : readError;
        return std::nullopt;
    }
    QSqlQuery q(db.sql());
    q.prepare(QStringLiteral("SELECT secret_box, nonce, salt, ops_limit, mem_limit FROM publication_key WHERE id = ?"));
    q.addBindValue(key->id);
    if (!q.exec() || !q.next()) {
        if (error)
            *error = tr("The publication key cannot be read: %1").arg(q.lastError().text());
        return std::nullopt;
    }
    const QByteArray box = QByteArray::fromHex(q.value(0).toString().toLatin1());
    const QByteArray nonce = QByteArray::fromHex(q.value(1).toString().toLatin1());
    const QByteArray salt = QByteArray::fromHex(q.value(2).toString().toLatin1());
    const quint64 ops = quint64(q.value(3).toLongLong());
    const quint64 mem = quint64(q.value(4).toLongLong());
    if (!sodiumReady() || box.size() != crypto_secretbox_MACBYTES + crypto_sign_SECRETKEYBYTES
        || nonce.size() != crypto_secretbox_NONCEBYTES) {
        if (error)
            *error = tr("The stored publication key is damaged.");
        return std::nullopt;
    }
    QByteArray boxKey = derive(passphrase, salt, ops, mem);
    if (boxKey.isEmpty()) {
        if (error)
            *error = tr("The key cannot be derived from the passphrase (not enough memory).");
        return std::nullopt;
    }
    QByteArray secret(crypto_sign_SECRETKEYBYTES, Qt::Uninitialized);
    const bool opened
        = crypto_secretbox_open_easy(reinterpret_cast<unsigned char*>(secret.data()),
                                     reinterpret_cast<const unsigned char*>(box.constData()), quint64(box.size()),
                                     reinterpret_cast<const unsigned char*>(nonce.constData()),
                                     reinterpret_cast<const unsigned char*>(boxKey.constData()))
        == 0;
    wipe(boxKey);
    if (!opened) {
        wipe(secret);
        if (error)
            *error = wrongPassphraseText();
        return std::nullopt;
    }
    // The secret must belong to the public key the packages carry.
    QByteArray pk(crypto_sign_PUBLICKEYBYTES, Qt::Uninitialized);
    crypto_sign_ed25519_sk_to_pk(reinterpret_cast<unsigned char*>(pk.data()),
                                 reinterpret_cast<const unsigned char*>(secret.constData()));
    if (pk != key->publicKey) {
        wipe(secret);
        if (error)
            *error = tr("The stored publication key is damaged.");
        return std::nullopt;
    }
    return SigningKey(*key, std::move(secret));
}

std::optional<PublicationKey> PublicationKeys::create(WriteTransaction& tx, const QString& passphrase, Cost cost)
{
    if (!tx.ok())
        return std::nullopt;
    auto key = insertKey(tx, passphrase, cost);
    if (!key)
        return std::nullopt;
    if (!tx.recordChange(QStringLiteral("create"), QStringLiteral("publication_key"), QString::number(key->id), {},
                         {{QStringLiteral("publicKey"), key->publicKeyHex()},
                          {QStringLiteral("fingerprint"), key->fingerprint()},
                          {QStringLiteral("createdAt"), key->createdAt}}))
        return std::nullopt;
    return key;
}

std::optional<PublicationKey> PublicationKeys::rotate(WriteTransaction& tx, const SigningKey& old,
                                                      const QString& newPassphrase)
{
    if (!tx.ok())
        return std::nullopt;
    const QString at = tx.utcNow();
    QSqlQuery& retire = tx.prepare(QStringLiteral(
        "UPDATE publication_key SET retired_at = ?, retired_by = ? WHERE id = ? AND retired_at IS NULL"));
    retire.addBindValue(at);
    retire.addBindValue(tx.database().currentUser());
    retire.addBindValue(old.key().id);
    if (!tx.exec(retire))
        return std::nullopt;
    if (retire.numRowsAffected() != 1)
        return tx.fail(tr("The publication key was changed meanwhile; try again.")), std::nullopt;
    auto key = insertKey(tx, newPassphrase, Cost::Moderate);
    if (!key)
        return std::nullopt;
    const QByteArray signature = old.sign(key->publicKey);
    if (!tx.recordChange(QStringLiteral("rotate"), QStringLiteral("publication_key"), QString::number(key->id),
                         {{QStringLiteral("id"), old.key().id},
                          {QStringLiteral("publicKey"), old.key().publicKeyHex()},
                          {QStringLiteral("fingerprint"), old.key().fingerprint()},
                          {QStringLiteral("retiredAt"), at}},
                         {{QStringLiteral("publicKey"), key->publicKeyHex()},
                          {QStringLiteral("fingerprint"), key->fingerprint()},
                          {QStringLiteral("createdAt"), key->createdAt},
                          {QStringLiteral("signedByPrevious"), QString::fromLatin1(signature.toHex())}}))
        return std::nullopt;
    return key;
}

QString PublicationKeys::noKeyText()
{
    return tr("No publication signing key has been created yet: an administrator creates it in Settings.");
}

QString PublicationKeys::wrongPassphraseText()
{
    return tr("The passphrase of the publication key is wrong; nothing was written.");
}

QString PublicationKeys::shortPassphraseText()
{
    return tr("The passphrase of the publication key must have at least %1 characters.").arg(MinimumPassphraseLength);
}
