// The audit entries of one plan (R10: initiation, freezing, seeds, draws, voids, substitutions), oldest first, for
// the plan page's record tab and an auditor. Reads only; the entries are written by WriteTransaction.
#pragma once

#include <QDateTime>
#include <QList>
#include <QString>

class Database;

struct PlanHistoryEntry
{
    qint64 seq = 0;
    QString atLocal; // as recorded, local time
    QString user;
    QString action; // insert, update, freeze, seed, draw, void, substitute …
    QString oldValues; // JSON text, may be empty
    QString newValues;
};

class PlanHistory final
{
public:
    static QList<PlanHistoryEntry> entries(Database& db, const QString& planCode);
};
