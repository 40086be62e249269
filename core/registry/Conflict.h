// One conflict of interest (回避关系, policy §6.2): an inspector who must not inspect an entity, for a reason and
// a period. The draw excludes the pair while the conflict is active and in force (R6).
#pragma once

#include "FieldError.h"

#include <QCoreApplication>
#include <QDate>
#include <QJsonObject>
#include <QStringList>

struct Conflict
{
    Q_DECLARE_TR_FUNCTIONS(Conflict)

public:
    qint64 id = 0;
    qint64 inspectorId = 0;
    qint64 entityId = 0;
    QString reason;     // Vocabulary::conflictReasons(); the clerk chooses it
    QString reasonText; // the details; required when the reason is "other"
    QDate validFrom;    // open when invalid
    QDate validTo;      // open when invalid
    bool active = true; // a conflict that no longer applies is deactivated, never deleted

    // Read from the inspector and entity tables for display and the audit trail; not stored in conflict.
    QString inspectorCode;
    QString inspectorName;
    QString entityCode;
    QString entityName;
    QString entityCreditCode;

    // Active, and the date lies within [validFrom, validTo] (open ends allowed).
    bool isInForceOn(QDate date) const;
    // Active, and in force on at least one day of [from, to] (an invalid date leaves that end open).
    bool isInForceDuring(QDate from, QDate to) const;

    FieldErrors problems() const;
    QJsonObject toJson() const;

    static QString fieldLabel(const QString& field);
    static QStringList fields();
};
