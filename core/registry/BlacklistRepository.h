// The blacklist's history (黑名单, R7): each addition and removal of an entity with its reason, legal basis, document
// and dates, kept for ever; the entity's own blacklist columns, which the draw's 黑名单 stratum reads, follow it.
#pragma once

#include "FieldError.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QJsonObject>

class Database;
class WriteTransaction;

struct BlacklistEntry
{
    Q_DECLARE_TR_FUNCTIONS(BlacklistEntry)

public:
    qint64 id = 0;
    qint64 entityId = 0;
    QString action; // "add" or "remove"
    QString reason; // required
    QString legalBasis;
    QString document; // 文书编号
    QDate effectiveFrom; // required: from when the addition or removal applies
    QDate effectiveTo; // an addition may end by itself; open when invalid
    QDateTime recordedAt;
    QString recordedBy;

    bool isAddition() const { return action == QLatin1String("add"); }
    // A reason, a start date, and an end not before the start.
    FieldErrors problems() const;
    QJsonObject toJson() const;
    static QString fieldLabel(const QString& field);
};

class BlacklistRepository final
{
    Q_DECLARE_TR_FUNCTIONS(BlacklistRepository)

public:
    explicit BlacklistRepository(Database& db);

    // Puts the entity on the blacklist: appends the entry and sets the entity's blacklisted, blacklist_reason,
    // blacklist_from and blacklist_to in the same transaction. Refuses an entity already on it. Sets id and action.
    bool add(WriteTransaction& tx, BlacklistEntry& entry);
    // Takes the entity off the blacklist: appends the entry (effectiveTo is not used) and clears the entity's
    // blacklist columns. Refuses an entity that is not on it. Sets id and action.
    bool remove(WriteTransaction& tx, BlacklistEntry& entry);

    // Every entry of the entity, oldest first.
    QList<BlacklistEntry> history(qint64 entityId) const;

private:
    bool append(WriteTransaction& tx, BlacklistEntry& entry);

    Database& m_db;
};
