#include "ResultDocuments.h"

#include "ResultRepository.h"

QHash<QString, OnSiteFacts> ResultDocuments::onSiteFacts(Database& db, qint64 planId)
{
    QHash<QString, OnSiteFacts> facts;
    for (const ResultRow& row : ResultRepository(db).planResults(planId)) {
        if (!row.latest)
            continue;
        const ResultVersion& v = *row.latest;
        facts.insert(DrawDocuments::factsKey(row.entity, row.itemCode),
                     {v.inspectedFrom, v.inspectedTo, v.members, v.findings, v.checkPoints});
    }
    return facts;
}

std::optional<DrawDocument> ResultDocuments::filledOnSiteRecord(Database& db, qint64 planId, const QString& entity,
                                                                QString* error)
{
    return DrawDocuments::onSiteRecord(db, planId, entity, onSiteFacts(db, planId), error);
}
