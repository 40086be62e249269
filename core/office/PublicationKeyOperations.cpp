#include "PublicationKeyOperations.h"

#include "WriteTransaction.h"

PublicationKeyOperations::PublicationKeyOperations(Database& db, Actor actor)
    : m_db(db)
    , m_actor(std::move(actor))
{ }

std::optional<PublicationKey> PublicationKeyOperations::inForce() const
{
    return PublicationKeys::inForce(m_db);
}

Outcome PublicationKeyOperations::checkCreate() const
{
    if (auto o = m_actor.check(Access::Permission::ChangeSettings); !o)
        return o;
    QString error;
    if (const auto key = PublicationKeys::inForce(m_db, &error))
        return Outcome::refusedByRule(
            tr("A publication key is already in force (fingerprint %1): rotate it rather than create another.")
                .arg(key->fingerprint()));
    if (!error.isEmpty())
        return Outcome::failed(error);
    return Outcome::done();
}

Outcome PublicationKeyOperations::checkRotate() const
{
    if (auto o = m_actor.check(Access::Permission::ChangeSettings); !o)
        return o;
    QString error;
    if (!PublicationKeys::inForce(m_db, &error))
        return error.isEmpty() ? Outcome::refusedByRule(PublicationKeys::noKeyText()) : Outcome::failed(error);
    return Outcome::done();
}

Outcome PublicationKeyOperations::create(const QString& passphrase, PublicationKey* created)
{
    if (auto o = checkCreate(); !o)
        return o;
    if (passphrase.size() < PublicationKeys::MinimumPassphraseLength)
        return Outcome::refusedByRule(PublicationKeys::shortPassphraseText());
    WriteTransaction tx(m_db);
    const auto key = PublicationKeys::create(tx, passphrase);
    if (!key || !tx.commit())
        return Outcome::failed(tx.error());
    if (created)
        *created = *key;
    return Outcome::done();
}

Outcome PublicationKeyOperations::rotate(const QString& oldPassphrase, const QString& newPassphrase,
                                         PublicationKey* created)
{
    if (auto o = checkRotate(); !o)
        return o;
    if (newPassphrase.size() < PublicationKeys::MinimumPassphraseLength)
        return Outcome::refusedByRule(PublicationKeys::shortPassphraseText());
    QString error;
    const auto old = PublicationKeys::unlock(m_db, oldPassphrase, &error);
    if (!old)
        return Outcome::refusedByRule(error);
    WriteTransaction tx(m_db);
    const auto key = PublicationKeys::rotate(tx, *old, newPassphrase);
    if (!key || !tx.commit())
        return Outcome::failed(tx.error());
    if (created)
        *created = *key;
    return Outcome::done();
}
