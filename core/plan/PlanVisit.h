// One visit of the standing draw of a plan, as the guard, rotation, results and statistics read it. Below both the
// draw preparation (which reads the other plans' visits) and the draw ceremony (which stores them).
#pragma once

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

class Database;

// The entity, the items, and the team as it stands after the recorded substitutions (a replacement in the place
// of the member it replaced).
struct PlanVisit
{
    qint64 planId = 0;
    QString planCode;
    QDate periodFrom;
    QDate periodTo;
    QString entity; // draw id
    QStringList items;
    QStringList members;

    // The visits of the standing draws of every plan other than exceptPlanId (0 = all), by plan code and visit.
    // Reads only the stored results and substitutions, not the (possibly large) requests.
    static QList<PlanVisit> standing(Database& db, qint64 exceptPlanId = 0);
};
