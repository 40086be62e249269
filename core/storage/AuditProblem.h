// What is wrong with an audit trail: the first entry at which the hash chain is not as it was written, or where the
// trail no longer holds the entry the program's anchor remembers. Found by AuditTrail and AuditAnchor.
#pragma once

#include <QString>

struct AuditProblem
{
    qint64 seq = 0;
    QString message; // in words for the clerk
};
