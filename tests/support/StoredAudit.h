// The audit log's rows as stored, for the tests that check the hash chain by hand or rewrite it (tampering): one
// SELECT and one reading of a row, so that a new column of the entry changes one place.
#pragma once

#include "WriteTransaction.h"

#include <QSqlQuery>
#include <QString>
#include <QVariant>

namespace StoredAudit {

// Every entry in order; its columns are read by entry() and hash().
inline QString selectAll()
{
    return QStringLiteral("SELECT seq, at_utc, at_local, user_name, action, object_type, object_id, old_values, "
                          "new_values, hash FROM audit_log ORDER BY seq");
}

inline AuditEntry entry(const QSqlQuery& q)
{
    AuditEntry e;
    e.seq = q.value(0).toLongLong();
    e.atUtc = q.value(1).toString();
    e.atLocal = q.value(2).toString();
    e.user = q.value(3).toString();
    e.action = q.value(4).toString();
    e.objectType = q.value(5).toString();
    e.objectId = q.value(6).toString();
    e.oldValues = q.value(7).toString().toUtf8();
    e.newValues = q.value(8).toString().toUtf8();
    return e;
}

inline QString hash(const QSqlQuery& q)
{
    return q.value(9).toString();
}

} // namespace StoredAudit
