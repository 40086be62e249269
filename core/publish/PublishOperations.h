// Publishing a plan (公示): the website package, as the acting user asks for it. The permission (公示 needs
// Access PublishResults) and the plan's status are PlanRules'; the package itself is Publication's.
#pragma once

#include "Actor.h"
#include "Outcome.h"
#include "Publication.h"

#include <QCoreApplication>

class Database;

class PublishOperations final
{
    Q_DECLARE_TR_FUNCTIONS(PublishOperations)

public:
    PublishOperations(Database& db, Actor actor);

    // May the user publish the plan's website package now? (the role, the plan's status, a publication key in force)
    Outcome check(qint64 planId) const;
    // Writes the package into outDir (Publication::writePackage: all files or none), signed with the publication
    // key unlocked by passphrase, and records it. Refused, with nothing written, when the data file has no key
    // (PublicationKeys::noKeyText()) or the passphrase is wrong (PublicationKeys::wrongPassphraseText()).
    Outcome writePackage(qint64 planId, const QString& outDir, const QString& passphrase,
                         QList<PublishedFile>* files = nullptr, const Publication::Progress& progress = {});

private:
    Database& m_db;
    Actor m_actor;
};
