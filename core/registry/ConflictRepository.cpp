#include "ConflictRepository.h"

#include "Database.h"
#include "RegistryQuery.h"
#include "WriteTransaction.h"

#include <QDateTime>
#include <QSqlQuery>

namespace {

const QString kSelect = QStringLiteral(
    "SELECT c.id, c.inspector_id, c.entity_id, c.reason, c.reason_text, c.valid_from, c.valid_to, c.active, "
    "p.code, p.name, e.code, e.name, e.credit_code FROM conflict c JOIN inspector p ON p.id = c.inspector_id "
    "JOIN entity e ON e.id = c.entity_id ");

const QString kOrder = QStringLiteral(" ORDER BY p.code, e.code, c.valid_from, c.id");

Conflict fromQuery(const QSqlQuery& q)
{
    Conflict c;
    c.id = q.value(0).toLongLong();
    c.inspectorId = q.value(1).toLongLong();
    c.entityId = q.value(2).toLongLong();
    c.reason = q.value(3).toString();
    c.reasonText = q.value(4).toString();
    c.validFrom = dateFromSql(q.value(5));
    c.validTo = dateFromSql(q.value(6));
    c.active = q.value(7).toBool();
    c.inspectorCode = q.value(8).toString();
    c.inspectorName = q.value(9).toString();
    c.entityCode = q.value(10).toString();
    c.entityName = q.value(11).toString();
    c.entityCreditCode = q.value(12).toString();
    return c;
}

// Conditions (with their values) for "in force on some day of [from, to]"; an invalid date leaves that end open.
QStringList overlapConditions(QDate from, QDate to, QVariantList& binds)
{
    QStringList conditions;
    if (to.isValid()) {
        conditions << QStringLiteral("(c.valid_from IS NULL OR c.valid_from <= ?)");
        binds << sqlDate(to);
    }
    if (from.isValid()) {
        conditions << QStringLiteral("(c.valid_to IS NULL OR c.valid_to >= ?)");
        binds << sqlDate(from);
    }
    return conditions;
}

QString whereClause(const ConflictFilter& f, QVariantList& binds)
{
    QStringList conditions;
    if (f.inspectorId > 0) {
        conditions << QStringLiteral("c.inspector_id = ?");
        binds << f.inspectorId;
    }
    if (f.entityId > 0) {
        conditions << QStringLiteral("c.entity_id = ?");
        binds << f.entityId;
    }
    if (!f.text.trimmed().isEmpty()) {
        const QString like = QLatin1Char('%') + f.text.trimmed() + QLatin1Char('%');
        conditions << QStringLiteral("(p.name LIKE ? OR p.code LIKE ? OR e.name LIKE ? OR e.code LIKE ? OR "
                                     "e.credit_code LIKE ? OR c.reason_text LIKE ?)");
        binds << like << like << like << like << like << like;
    }
    if (f.active >= 0) {
        conditions << QStringLiteral("c.active = ?");
        binds << (f.active ? 1 : 0);
    }
    return conditions.isEmpty() ? QString() : QStringLiteral("WHERE ") + conditions.join(QStringLiteral(" AND "));
}

void bindConflict(QSqlQuery& q, const Conflict& c)
{
    q.addBindValue(c.inspectorId);
    q.addBindValue(c.entityId);
    q.addBindValue(sqlText(c.reason));
    q.addBindValue(sqlText(c.reasonText.trimmed()));
    q.addBindValue(sqlDate(c.validFrom));
    q.addBindValue(sqlDate(c.validTo));
    q.addBindValue(c.active ? 1 : 0);
    q.addBindValue(QDateTime::currentDateTimeUtc().toString(Qt::ISODate));
}

QString firstProblem(const FieldErrors& errors)
{
    return Conflict::fieldLabel(errors.first().field) + QStringLiteral(": ") + errors.first().message;
}

} // namespace

ConflictRepository::ConflictRepository(Database& db)
    : m_db(db)
{
}

std::optional<Conflict> ConflictRepository::find(qint64 id) const
{
    QSqlQuery q(m_db.sql());
    q.prepare(kSelect + QStringLiteral("WHERE c.id = ?"));
    q.addBindValue(id);
    if (q.exec() && q.next())
        return fromQuery(q);
    return std::nullopt;
}

QList<Conflict> ConflictRepository::list(const ConflictFilter& filter, int offset, int limit) const
{
    QVariantList binds;
    const QString sql = kSelect + whereClause(filter, binds) + kOrder + RegistryQuery::page(offset, limit);
    return RegistryQuery::rows<Conflict>(m_db.sql(), sql, binds, fromQuery);
}

int ConflictRepository::count(const ConflictFilter& filter) const
{
    QVariantList binds;
    const QString sql = QStringLiteral("SELECT count(*) FROM conflict c JOIN inspector p ON p.id = c.inspector_id "
                                       "JOIN entity e ON e.id = c.entity_id ")
        + whereClause(filter, binds);
    return RegistryQuery::count(m_db.sql(), sql, binds);
}

QList<Conflict> ConflictRepository::inForce(QDate from, QDate to) const
{
    QVariantList binds;
    const QStringList conditions = QStringList{QStringLiteral("c.active = 1")} + overlapConditions(from, to, binds);
    QSqlQuery q(m_db.sql());
    q.setForwardOnly(true);
    q.prepare(kSelect + QStringLiteral("WHERE ") + conditions.join(QStringLiteral(" AND ")) + kOrder);
    for (const QVariant& v : binds)
        q.addBindValue(v);
    QList<Conflict> list;
    if (!q.exec())
        return list;
    while (q.next())
        list.append(fromQuery(q));
    return list;
}

bool ConflictRepository::check(WriteTransaction& tx, const Conflict& conflict)
{
    const FieldErrors errors = conflict.problems();
    if (!errors.isEmpty())
        return tx.fail(firstProblem(errors));

    // Through the transaction's cached statements: imports check every row.
    QSqlQuery& inspector = tx.prepare(QStringLiteral("SELECT name, code FROM inspector WHERE id = ?"));
    inspector.addBindValue(conflict.inspectorId);
    if (!tx.exec(inspector))
        return false;
    if (!inspector.next())
        return tx.fail(Conflict::fieldLabel(QStringLiteral("inspector")) + QStringLiteral(": ")
                       + tr("The inspector no longer exists; choose another one."));
    const QString inspectorName = tr("%1 (%2)").arg(inspector.value(0).toString(), inspector.value(1).toString());
    inspector.finish();

    QSqlQuery& entity = tx.prepare(QStringLiteral("SELECT name, code FROM entity WHERE id = ?"));
    entity.addBindValue(conflict.entityId);
    if (!tx.exec(entity))
        return false;
    if (!entity.next())
        return tx.fail(Conflict::fieldLabel(QStringLiteral("entity")) + QStringLiteral(": ")
                       + tr("The entity no longer exists; choose another one."));
    const QString entityName = tr("%1 (%2)").arg(entity.value(0).toString(), entity.value(1).toString());
    entity.finish();
    if (!conflict.active)
        return true;

    // Another active record of the same pair whose period overlaps this one; an open end reaches everything.
    QSqlQuery& overlap = tx.prepare(QStringLiteral(
        "SELECT valid_from, valid_to FROM conflict WHERE inspector_id = ? AND entity_id = ? AND id <> ? AND "
        "active = 1 AND (valid_from IS NULL OR valid_from <= ?) AND (valid_to IS NULL OR valid_to >= ?) LIMIT 1"));
    overlap.addBindValue(conflict.inspectorId);
    overlap.addBindValue(conflict.entityId);
    overlap.addBindValue(conflict.id);
    overlap.addBindValue(conflict.validTo.isValid() ? sqlDate(conflict.validTo) : QStringLiteral("9999-12-31"));
    overlap.addBindValue(conflict.validFrom.isValid() ? sqlDate(conflict.validFrom) : QStringLiteral("0000-01-01"));
    if (!tx.exec(overlap))
        return false;
    if (overlap.next()) {
        const QDate otherFrom = dateFromSql(overlap.value(0));
        const QDate otherTo = dateFromSql(overlap.value(1));
        const QString period = tr("%1 to %2").arg(
            otherFrom.isValid() ? otherFrom.toString(Qt::ISODate) : tr("no start"),
            otherTo.isValid() ? otherTo.toString(Qt::ISODate) : tr("no end"));
        return tx.fail(tr("A conflict of interest between %1 and %2 is already recorded for an overlapping period "
                          "(%3); change that record instead of adding another.")
                           .arg(inspectorName, entityName, period));
    }
    overlap.finish();
    return true;
}

bool ConflictRepository::insert(WriteTransaction& tx, Conflict& conflict)
{
    if (!tx.ok())
        return false;
    if (!check(tx, conflict))
        return false;
    QSqlQuery& q = tx.prepare(
        QStringLiteral("INSERT INTO conflict (inspector_id, entity_id, reason, reason_text, valid_from, valid_to, "
                       "active, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"));
    bindConflict(q, conflict);
    if (!tx.exec(q))
        return false;
    const auto stored = find(q.lastInsertId().toLongLong());
    if (!stored)
        return tx.fail(tr("The conflict of interest could not be read back after saving."));
    if (!tx.recordChange(QStringLiteral("create"), QStringLiteral("conflict"), QString::number(stored->id), {},
                         stored->toJson()))
        return false;
    conflict = *stored;
    return true;
}

bool ConflictRepository::update(WriteTransaction& tx, const Conflict& conflict)
{
    if (!tx.ok())
        return false;
    const auto before = find(conflict.id);
    if (!before)
        return tx.fail(tr("The conflict of interest no longer exists (it may have been changed in another window)."));
    if (!check(tx, conflict))
        return false;
    QSqlQuery& q = tx.prepare(
        QStringLiteral("UPDATE conflict SET inspector_id = ?, entity_id = ?, reason = ?, reason_text = ?, "
                       "valid_from = ?, valid_to = ?, active = ?, updated_at = ? WHERE id = ?"));
    bindConflict(q, conflict);
    q.addBindValue(conflict.id);
    if (!tx.exec(q))
        return false;
    const auto after = find(conflict.id);
    if (!after)
        return tx.fail(tr("The conflict of interest could not be read back after saving."));
    return tx.recordChange(QStringLiteral("update"), QStringLiteral("conflict"), QString::number(conflict.id),
                           before->toJson(), after->toJson());
}

bool ConflictRepository::setActive(WriteTransaction& tx, qint64 id, bool active)
{
    if (!tx.ok())
        return false;
    auto conflict = find(id);
    if (!conflict)
        return tx.fail(tr("The conflict of interest no longer exists."));
    conflict->active = active;
    return update(tx, *conflict);
}
