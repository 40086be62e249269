// The publication key as the acting user manages it (issue 19): create the key of the data file, rotate it, show
// it. Creating and rotating are the administrator's (Access ChangeSettings: the key is shown and made in 设置);
// every role may see the public key and its fingerprint. PublicationKey.h keeps the key; this class the rules.
//
// The window: 设置 shows inForce() (fingerprint(), publicKeyHex(), createdAt/By) or, when there is none, a button
// enabled by checkCreate() that asks for the passphrase twice and calls create(); 轮换 asks for the old passphrase
// and the new one twice and calls rotate(). Publishing asks for the passphrase and gives it to
// PublishOperations::writePackage.
#pragma once

#include "Actor.h"
#include "Outcome.h"
#include "PublicationKey.h"

#include <QCoreApplication>

#include <optional>

class Database;

class PublicationKeyOperations final
{
    Q_DECLARE_TR_FUNCTIONS(PublicationKeyOperations)

public:
    PublicationKeyOperations(Database& db, Actor actor);

    // The key in force, if there is one (anyone may see it).
    std::optional<PublicationKey> inForce() const;
    // May the user create the key now? (the role, then: no key in force)
    Outcome checkCreate() const;
    // May the user rotate the key now? (the role, then: a key in force)
    Outcome checkRotate() const;

    // Creates the data file's key, its secret part encrypted with passphrase (at least
    // PublicationKeys::MinimumPassphraseLength characters). Refused when a key is in force.
    Outcome create(const QString& passphrase, PublicationKey* created = nullptr);
    // Retires the key in force (unlocked with oldPassphrase) and creates the next one, encrypted with newPassphrase;
    // the audit entry holds the new public key signed by the old key.
    Outcome rotate(const QString& oldPassphrase, const QString& newPassphrase, PublicationKey* created = nullptr);

private:
    Database& m_db;
    Actor m_actor;
};
