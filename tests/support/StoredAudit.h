// The audit log's rows as stored, for the tests that check the hash chain by hand or rewrite it (tampering):
// AuditTrail's own SELECT and reading of a row, so that a new column of the entry changes one place.
#pragma once

#include "AuditTrail.h"

#include <QSqlQuery>
#include <QString>
#include <QVariant>

namespace StoredAudit {

// Every entry in order, as AuditTrail::verify reads them; a row's entry by entry(), its stored hash by hash().
inline QString selectAll()
{
    return AuditTrail::storedEntriesSql();
}

inline AuditEntry entry(const QSqlQuery& q)
{
    return AuditTrail::entryFrom(q);
}

inline QString hash(const QSqlQuery& q)
{
    return q.value(9).toString();
}

} // namespace StoredAudit
