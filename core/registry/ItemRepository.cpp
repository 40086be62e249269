#include "ItemRepository.h"

#include "AutoCode.h"
#include "Database.h"
#include "FrozenRequests.h"
#include "RegistryQuery.h"
#include "Vocabulary.h"
#include "WriteTransaction.h"

#include <QSqlQuery>

namespace {

const QString kSelect = QStringLiteral(
    "SELECT i.id, i.code, i.name, i.legal_basis, i.authority, i.content, i.method, i.categories, i.min_ratio_bp, "
    "i.frequency_months, i.effective_from, i.effective_to, i.status, i.version, i.ownerships, i.object_kinds, "
    "i.checklist FROM inspection_item i ");

QStringList splitList(const QString& text)
{
    return text.isEmpty() ? QStringList() : text.split(QLatin1Char(','));
}

// Columns 0..16: id, code … status, version, ownerships, object_kinds, checklist (the same order in inspection_item and
// its version table).
InspectionItem fromQuery(const QSqlQuery& q)
{
    InspectionItem i;
    i.id = q.value(0).toLongLong();
    i.code = q.value(1).toString();
    i.name = q.value(2).toString();
    i.legalBasis = q.value(3).toString();
    i.authority = q.value(4).toString();
    i.content = q.value(5).toString();
    i.method = q.value(6).toString();
    i.categories = splitList(q.value(7).toString());
    i.minRatioBp = q.value(8).toInt();
    i.frequencyMonths = q.value(9).toInt();
    i.effectiveFrom = dateFromSql(q.value(10));
    i.effectiveTo = dateFromSql(q.value(11));
    i.status = q.value(12).toString();
    i.version = q.value(13).toInt();
    i.ownerships = splitList(q.value(14).toString());
    i.objectKinds = InspectionItem::objectKindsFromStorage(q.value(15).toString());
    i.checklist = Checklist::fromStorage(q.value(16).toString());
    return i;
}

QString sortColumn(const QString& field)
{
    static const QHash<QString, QString> columns {
        {QStringLiteral("code"), QStringLiteral("i.code")},
        {QStringLiteral("name"), QStringLiteral("i.name")},
        {QStringLiteral("legalBasis"), QStringLiteral("i.legal_basis")},
        {QStringLiteral("authority"), QStringLiteral("i.authority")},
        {QStringLiteral("content"), QStringLiteral("i.content")},
        {QStringLiteral("method"), QStringLiteral("i.method")},
        {QStringLiteral("categories"), QStringLiteral("i.categories")},
        {QStringLiteral("ownerships"), QStringLiteral("i.ownerships")},
        {QStringLiteral("minRatioBp"), QStringLiteral("i.min_ratio_bp")},
        {QStringLiteral("frequencyMonths"), QStringLiteral("i.frequency_months")},
        {QStringLiteral("effectiveFrom"), QStringLiteral("i.effective_from")},
        {QStringLiteral("effectiveTo"), QStringLiteral("i.effective_to")},
        {QStringLiteral("status"), QStringLiteral("i.status")},
        {QStringLiteral("version"), QStringLiteral("i.version")},
    };
    return columns.value(field, QStringLiteral("i.code"));
}

QString whereClause(const ItemFilter& f, QVariantList& binds)
{
    QStringList conditions;
    if (!f.text.trimmed().isEmpty()) {
        const QString like = QLatin1Char('%') + f.text.trimmed() + QLatin1Char('%');
        conditions << QStringLiteral("(i.code LIKE ? OR i.name LIKE ? OR i.legal_basis LIKE ? OR i.content LIKE ?)");
        binds << like << like << like << like;
    }
    if (!f.status.isEmpty()) {
        conditions << QStringLiteral("i.status = ?");
        binds << f.status;
    }
    if (!f.category.isEmpty()) {
        conditions << QStringLiteral("(',' || i.categories || ',') LIKE ?");
        binds << QStringLiteral("%,") + f.category + QStringLiteral(",%");
    }
    return conditions.isEmpty() ? QString() : QStringLiteral("WHERE ") + conditions.join(QStringLiteral(" AND "));
}

// Trimmed texts, and the categories once each in the vocabulary's order, so equal lists compare equal.
InspectionItem normalized(InspectionItem item)
{
    item.code = item.code.trimmed();
    item.name = item.name.trimmed();
    item.legalBasis = item.legalBasis.trimmed();
    item.authority = item.authority.trimmed();
    item.content = item.content.trimmed();
    item.method = item.method.trimmed();
    QList<ObjectKind> kinds;
    for (const ObjectKind& k : std::as_const(item.objectKinds)) {
        const ObjectKind clean {k.object.simplified(), k.kind.simplified()};
        if (!kinds.contains(clean))
            kinds.append(clean); // an empty object: problems() names it
    }
    item.objectKinds = kinds;
    item.checklist = Checklist::normalized(item.checklist);
    QStringList categories;
    for (const QString& key : Vocabulary::categories().keys())
        if (item.categories.contains(key))
            categories << key;
    for (const QString& other : std::as_const(item.categories))
        if (!categories.contains(other))
            categories << other; // not a category: problems() names it
    item.categories = categories;
    QStringList ownerships;
    for (const QString& key : Vocabulary::ownerships().keys())
        if (item.ownerships.contains(key))
            ownerships << key;
    for (const QString& other : std::as_const(item.ownerships))
        if (!ownerships.contains(other))
            ownerships << other; // not an ownership: problems() names it
    // Both ownerships is the same scope as none named.
    item.ownerships = ownerships == Vocabulary::ownerships().keys() ? QStringList() : ownerships;
    return item;
}

void bindItem(QSqlQuery& q, const InspectionItem& i)
{
    q.addBindValue(sqlText(i.code));
    q.addBindValue(sqlText(i.name));
    q.addBindValue(sqlText(i.legalBasis));
    q.addBindValue(sqlText(i.authority));
    q.addBindValue(sqlText(i.content));
    q.addBindValue(sqlText(i.method));
    q.addBindValue(sqlText(i.categories.join(QLatin1Char(','))));
    q.addBindValue(i.minRatioBp);
    q.addBindValue(i.frequencyMonths);
    q.addBindValue(sqlDate(i.effectiveFrom));
    q.addBindValue(sqlDate(i.effectiveTo));
    q.addBindValue(sqlText(i.status));
    q.addBindValue(i.version);
    q.addBindValue(sqlText(i.ownerships.join(QLatin1Char(','))));
    q.addBindValue(sqlText(InspectionItem::objectKindsToStorage(i.objectKinds)));
    q.addBindValue(sqlText(Checklist::toStorage(i.checklist)));
}

QString firstProblem(const FieldErrors& errors)
{
    return InspectionItem::fieldLabel(errors.first().field) + QStringLiteral(": ") + errors.first().message;
}

QString nowUtc()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
}

} // namespace

ItemRepository::ItemRepository(Database& db)
    : m_db(db)
{ }

std::optional<InspectionItem> ItemRepository::find(qint64 id) const
{
    QSqlQuery q(m_db.sql());
    q.prepare(kSelect + QStringLiteral("WHERE i.id = ?"));
    q.addBindValue(id);
    if (q.exec() && q.next())
        return fromQuery(q);
    return std::nullopt;
}

std::optional<InspectionItem> ItemRepository::findByCode(const QString& code) const
{
    QSqlQuery q(m_db.sql());
    q.prepare(kSelect + QStringLiteral("WHERE i.code = ?"));
    q.addBindValue(code.trimmed());
    if (q.exec() && q.next())
        return fromQuery(q);
    return std::nullopt;
}

QList<InspectionItem> ItemRepository::list(const ItemFilter& filter, const QString& sortField, Qt::SortOrder order,
                                           int offset, int limit) const
{
    QVariantList binds;
    const QString sql = kSelect + whereClause(filter, binds)
        + RegistryQuery::orderBy(sortColumn(sortField), QStringLiteral("i.id"), order)
        + RegistryQuery::page(offset, limit);
    return RegistryQuery::rows<InspectionItem>(m_db.sql(), sql, binds, fromQuery);
}

int ItemRepository::count(const ItemFilter& filter) const
{
    QVariantList binds;
    const QString sql = QStringLiteral("SELECT count(*) FROM inspection_item i ") + whereClause(filter, binds);
    return RegistryQuery::count(m_db.sql(), sql, binds);
}

QList<InspectionItemVersion> ItemRepository::history(qint64 id) const
{
    QSqlQuery q(m_db.sql());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral(
        "SELECT item_id, code, name, legal_basis, authority, content, method, categories, min_ratio_bp, "
        "frequency_months, effective_from, effective_to, status, version, ownerships, object_kinds, checklist, "
        "recorded_at, recorded_by FROM inspection_item_version WHERE item_id = ? ORDER BY version DESC"));
    q.addBindValue(id);
    QList<InspectionItemVersion> versions;
    if (!q.exec())
        return versions;
    while (q.next()) {
        InspectionItemVersion v;
        v.item = fromQuery(q);
        v.version = v.item.version;
        v.recordedAt = QDateTime::fromString(q.value(17).toString(), Qt::ISODateWithMs);
        v.recordedBy = q.value(18).toString();
        versions.append(v);
    }
    return versions;
}

std::optional<InspectionItem> ItemRepository::atVersion(const QString& code, int version) const
{
    QSqlQuery q(m_db.sql());
    q.prepare(QStringLiteral(
        "SELECT v.item_id, v.code, v.name, v.legal_basis, v.authority, v.content, v.method, v.categories, "
        "v.min_ratio_bp, v.frequency_months, v.effective_from, v.effective_to, v.status, v.version, v.ownerships, "
        "v.object_kinds, v.checklist FROM inspection_item_version v JOIN inspection_item i ON i.id = v.item_id "
        "WHERE i.code = ? AND v.version = ?"));
    q.addBindValue(code);
    q.addBindValue(version);
    if (q.exec() && q.next())
        return fromQuery(q);
    return std::nullopt;
}

QList<InspectionItem> ItemRepository::inForceOn(QDate date) const
{
    QSqlQuery q(m_db.sql());
    q.setForwardOnly(true);
    q.prepare(kSelect
              + QStringLiteral("WHERE i.status = 'active' AND (i.effective_from IS NULL OR "
                               "i.effective_from <= ?) AND (i.effective_to IS NULL OR i.effective_to >= ?) "
                               "ORDER BY i.code, i.id"));
    const QVariant on = sqlDate(date.isValid() ? date : QDate::currentDate());
    q.addBindValue(on);
    q.addBindValue(on);
    QList<InspectionItem> list;
    if (!q.exec())
        return list;
    while (q.next())
        list.append(fromQuery(q));
    return list;
}

QString ItemRepository::nextCode() const
{
    return AutoCode::item().nextIn(m_db);
}

bool ItemRepository::checkUnique(WriteTransaction& tx, const InspectionItem& item)
{
    // Through the transaction's cached statements: imports check every row.
    QSqlQuery& q = tx.prepare(QStringLiteral("SELECT id, name FROM inspection_item WHERE code = ?"));
    q.addBindValue(item.code);
    if (!tx.exec(q))
        return false;
    if (q.next() && q.value(0).toLongLong() != item.id)
        return tx.fail(
            tr("The item code %1 already belongs to %2; choose another code.").arg(item.code, q.value(1).toString()));
    q.finish();
    return true;
}

bool ItemRepository::writeVersion(WriteTransaction& tx, const InspectionItem& item)
{
    QSqlQuery& q = tx.prepare(QStringLiteral(
        "INSERT INTO inspection_item_version (code, name, legal_basis, authority, content, method, categories, "
        "min_ratio_bp, frequency_months, effective_from, effective_to, status, version, ownerships, object_kinds, "
        "checklist, item_id, recorded_at, recorded_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, "
        "?)"));
    bindItem(q, item);
    q.addBindValue(item.id);
    q.addBindValue(nowUtc());
    q.addBindValue(sqlText(m_db.currentUser()));
    return tx.exec(q);
}

bool ItemRepository::insert(WriteTransaction& tx, InspectionItem& item)
{
    if (!tx.ok())
        return false;
    InspectionItem stored = normalized(item);
    if (stored.code.isEmpty() && (stored.code = nextCode()).isEmpty())
        return tx.fail(AutoCode::item().exhaustedMessage());
    stored.version = 1;
    const FieldErrors errors = stored.problems();
    if (!errors.isEmpty())
        return tx.fail(firstProblem(errors));
    if (!checkUnique(tx, stored))
        return false;
    QSqlQuery& q = tx.prepare(QStringLiteral(
        "INSERT INTO inspection_item (code, name, legal_basis, authority, content, method, categories, "
        "min_ratio_bp, frequency_months, effective_from, effective_to, status, version, ownerships, object_kinds, "
        "checklist, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    bindItem(q, stored);
    q.addBindValue(nowUtc());
    if (!tx.exec(q))
        return false;
    stored.id = q.lastInsertId().toLongLong();
    if (!writeVersion(tx, stored))
        return false;
    if (!tx.recordChange(QStringLiteral("create"), QStringLiteral("inspection_item"), stored.code, {}, stored.toJson()))
        return false;
    item = stored;
    return true;
}

bool ItemRepository::update(WriteTransaction& tx, const InspectionItem& item)
{
    if (!tx.ok())
        return false;
    const auto before = find(item.id);
    if (!before)
        return tx.fail(tr("The item no longer exists (it may have been changed in another window)."));
    InspectionItem stored = normalized(item);
    stored.version = before->version;
    const FieldErrors errors = stored.problems();
    if (!errors.isEmpty())
        return tx.fail(firstProblem(errors));
    if (stored.toJson() == before->toJson())
        return true; // nothing changed: no new version
    // The published draw records name the item by its code.
    if (stored.code != before->code && FrozenRequests::namesItem(m_db, stored.id))
        return tx.fail(
            tr("%1 is an item of a frozen draw request, so its code can no longer be changed.").arg(before->code));
    if (!checkUnique(tx, stored))
        return false;
    stored.version = before->version + 1;
    QSqlQuery& q = tx.prepare(QStringLiteral(
        "UPDATE inspection_item SET code = ?, name = ?, legal_basis = ?, authority = ?, content = ?, method = ?, "
        "categories = ?, min_ratio_bp = ?, frequency_months = ?, effective_from = ?, effective_to = ?, status = ?, "
        "version = ?, ownerships = ?, object_kinds = ?, checklist = ?, updated_at = ? WHERE id = ?"));
    bindItem(q, stored);
    q.addBindValue(nowUtc());
    q.addBindValue(stored.id);
    if (!tx.exec(q))
        return false;
    if (!writeVersion(tx, stored))
        return false;
    return tx.recordChange(QStringLiteral("update"), QStringLiteral("inspection_item"), stored.code, before->toJson(),
                           stored.toJson());
}

bool ItemRepository::setStatus(WriteTransaction& tx, qint64 id, const QString& status)
{
    if (!tx.ok())
        return false;
    auto item = find(id);
    if (!item)
        return tx.fail(tr("The item no longer exists."));
    item->status = status;
    return update(tx, *item);
}
