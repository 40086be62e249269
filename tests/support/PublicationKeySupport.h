// The publication key the tests sign their packages with (issue 19): made with light costs (PublicationKeys::Cost),
// its passphrase below. Tests that call Publication::writePackage give it unlockedKey(db); those that publish
// through PublishOperations or the CLI give passphrase().
#pragma once

#include "Database.h"
#include "DemoData.h"
#include "PublicationKey.h"
#include "WriteTransaction.h"

#include <QString>

#include <optional>

namespace PublicationKeySupport {

inline QString passphrase()
{
    return QStringLiteral("test-publication-key");
}

// Gives the data file a key (when it has none in force) and returns it unlocked; nothing when that fails. The demo
// office's key (DemoData) is unlocked with its published passphrase.
inline std::optional<SigningKey> unlockedKey(Database& db)
{
    if (!PublicationKeys::inForce(db)) {
        WriteTransaction tx(db);
        if (!PublicationKeys::create(tx, passphrase(), PublicationKeys::Cost::Light) || !tx.commit())
            return std::nullopt;
    }
    QString error;
    if (auto key = PublicationKeys::unlock(db, passphrase(), &error))
        return key;
    return PublicationKeys::unlock(db, DemoData::publicationPassphrase(), &error);
}

// Gives the data file a key when it has none; true when it then has one.
inline bool giveKey(Database& db)
{
    return unlockedKey(db).has_value();
}

} // namespace PublicationKeySupport
