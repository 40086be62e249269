#include "PublishOperations.h"

#include "PlanOperations.h"

PublishOperations::PublishOperations(Database& db, Actor actor)
    : m_db(db)
    , m_actor(std::move(actor))
{ }

Outcome PublishOperations::check(qint64 planId) const
{
    return PlanOperations(m_db, m_actor).check(PlanAction::PublishPackage, planId);
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
