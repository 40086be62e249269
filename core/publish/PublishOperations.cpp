#include "PublishOperations.h"

#include "PlanOperations.h"

PublishOperations::PublishOperations(Database& db, Actor actor)
    : m_db(db)
    , m_actor(std::move(actor))
{ }

Outcome PublishOperations::check(qint64 planId) const
{
    if (const Outcome o = PlanOperations(m_db, m_actor).check(PlanAction::PublishPackage, planId); !o)
        return o;
    // Every package is signed (issue 19): without a key in force nothing can be published.
    QString error;
    if (!PublicationKeys::inForce(m_db, &error))
        return error.isEmpty() ? Outcome::refusedByRule(PublicationKeys::noKeyText()) : Outcome::failed(error);
    return Outcome::done();
}

Outcome PublishOperations::writePackage(qint64 planId, const QString& outDir, const QString& passphrase,
                                        QList<PublishedFile>* files, const Publication::Progress& progress)
{
    if (const Outcome o = check(planId); !o)
        return o;
    QString error;
    const auto key = PublicationKeys::unlock(m_db, passphrase, &error);
    if (!key)
        return Outcome::refusedByRule(error);
    QList<PublishedFile> written;
    if (!Publication::writePackage(m_db, planId, outDir, *key, &written, &error, progress))
        return Outcome::refusedByRule(error);
    if (files)
        *files = written;
    return Outcome::done();
}
