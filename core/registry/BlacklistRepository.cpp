#include "BlacklistRepository.h"

#include "Database.h"
#include "EntityRepository.h"
#include "WriteTransaction.h"

#include <QSqlQuery>

namespace {

QString isoDate(const QDate& date)
{
    return date.isValid() ? date.toString(Qt::ISODate) : QString();
}

} // namespace

// --- BlacklistEntry -------------------------------------------------------------------------------------------

QString BlacklistEntry::fieldLabel(const QString& field)
{
    if (field == QLatin1String("reason"))
        return tr("Reason");
    if (field == QLatin1String("legalBasis"))
        return tr("Legal basis");
    if (field == QLatin1String("document"))
        return tr("Document number");
    if (field == QLatin1String("effectiveFrom"))
        return tr("Effective from");
    if (field == QLatin1String("effectiveTo"))
        return tr("Effective until");
    return field;
}

FieldErrors BlacklistEntry::problems() const
{
    FieldErrors errors;
    if (reason.trimmed().isEmpty())
        errors.append({QStringLiteral("reason"),
                       isAddition() ? tr("Say why the entity is put on the blacklist.")
                                    : tr("Say why the entity is taken off the blacklist.")});
    if (!effectiveFrom.isValid())
        errors.append({QStringLiteral("effectiveFrom"), tr("Enter the date from which this applies.")});
    else if (effectiveTo.isValid() && effectiveTo < effectiveFrom)
        errors.append({QStringLiteral("effectiveTo"), tr("The end is before the start.")});
    return errors;
}

QJsonObject BlacklistEntry::toJson() const
{
    QJsonObject o {{QStringLiteral("action"), action},
                   {QStringLiteral("reason"), reason},
                   {QStringLiteral("legalBasis"), legalBasis},
                   {QStringLiteral("document"), document},
                   {QStringLiteral("effectiveFrom"), isoDate(effectiveFrom)}};
    if (isAddition())
        o.insert(QStringLiteral("effectiveTo"), isoDate(effectiveTo));
    return o;
}

// --- BlacklistRepository --------------------------------------------------------------------------------------

BlacklistRepository::BlacklistRepository(Database& db)
    : m_db(db)
{ }

bool BlacklistRepository::append(WriteTransaction& tx, BlacklistEntry& entry)
{
    const QString now = tx.utcNow();
    QSqlQuery& q = tx.prepare(QStringLiteral(
        "INSERT INTO blacklist_entry (entity_id, action, reason, legal_basis, document, effective_from, effective_to, "
        "recorded_at, recorded_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    q.addBindValue(entry.entityId);
    q.addBindValue(entry.action);
    q.addBindValue(entry.reason.trimmed());
    q.addBindValue(sqlText(entry.legalBasis.trimmed()));
    q.addBindValue(sqlText(entry.document.trimmed()));
    q.addBindValue(sqlDate(entry.effectiveFrom));
    q.addBindValue(entry.isAddition() ? sqlDate(entry.effectiveTo) : QVariant());
    q.addBindValue(now);
    q.addBindValue(m_db.currentUser());
    if (!tx.exec(q))
        return false;
    entry.id = q.lastInsertId().toLongLong();
    entry.recordedAt = QDateTime::fromString(now, Qt::ISODate);
    entry.recordedBy = m_db.currentUser();
    return true;
}

bool BlacklistRepository::add(WriteTransaction& tx, BlacklistEntry& entry)
{
    if (!tx.ok())
        return false;
    entry.action = QStringLiteral("add");
    EntityRepository entities(m_db);
    auto entity = entities.find(entry.entityId);
    if (!entity)
        return tx.fail(tr("The entity no longer exists."));
    if (entity->blacklisted)
        return tx.fail(tr("%1 is already on the blacklist (since %2).")
                           .arg(entity->name,
                                entity->blacklistFrom.isValid() ? entity->blacklistFrom.toString(Qt::ISODate)
                                                                : tr("an unknown date")));
    const FieldErrors errors = entry.problems();
    if (!errors.isEmpty())
        return tx.fail(BlacklistEntry::fieldLabel(errors.first().field) + QStringLiteral(": ")
                       + errors.first().message);
    if (!append(tx, entry))
        return false;
    if (!tx.recordChange(QStringLiteral("blacklist_add"), QStringLiteral("entity"), entity->code, {}, entry.toJson()))
        return false;
    entity->blacklisted = true;
    entity->blacklistReason = entry.reason.trimmed();
    entity->blacklistFrom = entry.effectiveFrom;
    entity->blacklistTo = entry.effectiveTo;
    return entities.update(tx, *entity);
}

bool BlacklistRepository::remove(WriteTransaction& tx, BlacklistEntry& entry)
{
    if (!tx.ok())
        return false;
    entry.action = QStringLiteral("remove");
    entry.effectiveTo = {};
    EntityRepository entities(m_db);
    auto entity = entities.find(entry.entityId);
    if (!entity)
        return tx.fail(tr("The entity no longer exists."));
    if (!entity->blacklisted)
        return tx.fail(tr("%1 is not on the blacklist.").arg(entity->name));
    const FieldErrors errors = entry.problems();
    if (!errors.isEmpty())
        return tx.fail(BlacklistEntry::fieldLabel(errors.first().field) + QStringLiteral(": ")
                       + errors.first().message);
    if (!append(tx, entry))
        return false;
    if (!tx.recordChange(QStringLiteral("blacklist_remove"), QStringLiteral("entity"), entity->code, {},
                         entry.toJson()))
        return false;
    entity->blacklisted = false;
    entity->blacklistReason.clear();
    entity->blacklistFrom = {};
    entity->blacklistTo = {};
    return entities.update(tx, *entity);
}

QList<BlacklistEntry> BlacklistRepository::history(qint64 entityId) const
{
    QList<BlacklistEntry> list;
    QSqlQuery q(m_db.sql());
    q.prepare(QStringLiteral("SELECT id, entity_id, action, reason, legal_basis, document, effective_from, "
                             "effective_to, recorded_at, recorded_by FROM blacklist_entry WHERE entity_id = ? "
                             "ORDER BY id"));
    q.addBindValue(entityId);
    if (!q.exec())
        return list;
    while (q.next()) {
        BlacklistEntry e;
        e.id = q.value(0).toLongLong();
        e.entityId = q.value(1).toLongLong();
        e.action = q.value(2).toString();
        e.reason = q.value(3).toString();
        e.legalBasis = q.value(4).toString();
        e.document = q.value(5).toString();
        e.effectiveFrom = dateFromSql(q.value(6));
        e.effectiveTo = dateFromSql(q.value(7));
        e.recordedAt = QDateTime::fromString(q.value(8).toString(), Qt::ISODate);
        e.recordedBy = q.value(9).toString();
        list << e;
    }
    return list;
}
