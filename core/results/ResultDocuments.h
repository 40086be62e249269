// The papers of a visit that carry what its results recorded (issue 14 item 4): the 现场检查笔录 filled in from the
// results' latest versions — dates, members present, the conclusion ticked for each check point, notes, findings.
#pragma once

#include "DrawDocuments.h"

namespace ResultDocuments {
// What the latest version of each recorded result of the plan says, by DrawDocuments::factsKey.
QHash<QString, OnSiteFacts> onSiteFacts(Database& db, qint64 planId);
// The 现场检查笔录 of one visit (entity = its draw id) or of every visit, filled in where results are recorded and
// blank elsewhere (DrawDocuments::onSiteRecord).
std::optional<DrawDocument> filledOnSiteRecord(Database& db, qint64 planId, const QString& entity, QString* error);
} // namespace ResultDocuments
