#include "EntityRepository.h"

#include "AutoCode.h"
#include "EntitySearch.h"
#include "FrozenRequests.h"
#include "RegistryQuery.h"

#include "BulkStatement.h"
#include "Database.h"
#include "WriteTransaction.h"

#include <QSqlError>
#include <QSqlQuery>

namespace {

const QString kColumns = QStringLiteral(
    "SELECT e.id, e.code, e.credit_code, e.name, e.category, e.ownership, e.township_id, t.name, e.address, "
    "e.principal, e.phone, e.status, e.risk_class, e.blacklisted, e.blacklist_reason, e.blacklist_from, "
    "e.blacklist_to, e.tags FROM ");
const QString kTownship = QStringLiteral(" LEFT JOIN township t ON t.id = e.township_id ");
const QString kSelect = kColumns + QStringLiteral("entity e") + kTownship;

// Up to this many entities the search index keeps, the rows are read from the index's list (by id) and sorted;
// with more, the page is read in the sort order (an index of entity), keeping the rows that are in the list.
constexpr int kFewCandidates = 2000;

Entity fromQuery(const QSqlQuery& q)
{
    Entity e;
    e.id = q.value(0).toLongLong();
    e.code = q.value(1).toString();
    e.creditCode = q.value(2).toString();
    e.name = q.value(3).toString();
    e.category = q.value(4).toString();
    e.ownership = q.value(5).toString();
    e.townshipId = q.value(6).toLongLong();
    e.townshipName = q.value(7).toString();
    e.address = q.value(8).toString();
    e.principal = q.value(9).toString();
    e.phone = q.value(10).toString();
    e.status = q.value(11).toString();
    e.riskClass = q.value(12).toString();
    e.blacklisted = q.value(13).toBool();
    e.blacklistReason = q.value(14).toString();
    e.blacklistFrom = dateFromSql(q.value(15));
    e.blacklistTo = dateFromSql(q.value(16));
    const QString tags = q.value(17).toString();
    e.tags = tags.isEmpty() ? QStringList() : tags.split(QLatin1Char(','));
    return e;
}

QString sortColumn(const QString& field)
{
    static const QHash<QString, QString> columns {
        {QStringLiteral("code"), QStringLiteral("e.code")},
        {QStringLiteral("creditCode"), QStringLiteral("e.credit_code")},
        {QStringLiteral("name"), QStringLiteral("e.name")},
        {QStringLiteral("category"), QStringLiteral("e.category")},
        {QStringLiteral("ownership"), QStringLiteral("e.ownership")},
        {QStringLiteral("township"), QStringLiteral("t.sort_order, t.name")},
        {QStringLiteral("address"), QStringLiteral("e.address")},
        {QStringLiteral("principal"), QStringLiteral("e.principal")},
        {QStringLiteral("phone"), QStringLiteral("e.phone")},
        {QStringLiteral("status"), QStringLiteral("e.status")},
        {QStringLiteral("riskClass"), QStringLiteral("e.risk_class")},
        {QStringLiteral("blacklisted"), QStringLiteral("e.blacklisted")},
    };
    return columns.value(field, QStringLiteral("e.code"));
}

// How a filter reads the entity table: the search text narrowed by the search index (EntitySearch), then the
// WHERE clause and its bound values. `from` names the rows as e (and the index's list as s when it leads).
struct FilterQuery
{
    QString from = QStringLiteral("entity e");
    QString where;
    QVariantList binds; // those of `from`, then those of `where`
    bool nothing = false; // no entity can match: no need to ask
};

// What the search index says about the filter's text (None when there is no text), and how many entities are above
// its mark (the index does not know them yet; none once it has caught up).
struct Search
{
    EntitySearch::Narrowing narrowing;
    int aboveMark = 0;
};

Search searchOf(const QSqlDatabase& db, const EntityFilter& f)
{
    Search search;
    const QString text = f.text.trimmed();
    if (text.isEmpty())
        return search;
    search.narrowing = EntitySearch::narrowing(db, text);
    if (search.narrowing.kind != EntitySearch::Narrowing::Kind::None)
        search.aboveMark = RegistryQuery::count(db, QStringLiteral("SELECT count(*) FROM entity WHERE id > ?"),
                                                {search.narrowing.indexedThrough});
    return search;
}

FilterQuery filterQuery(const EntityFilter& f, const Search& search, bool indexLeads)
{
    using Kind = EntitySearch::Narrowing::Kind;
    FilterQuery query;
    QStringList conditions;
    const QString text = f.text.trimmed();
    const EntitySearch::Narrowing& narrowing = search.narrowing;
    if (!text.isEmpty()) {
        const QVariant mark = narrowing.indexedThrough;
        if (narrowing.kind == Kind::Nothing) {
            // No entity the index knows can match; those above its mark may.
            if (search.aboveMark == 0) {
                query.nothing = true;
                return query;
            }
            conditions << QStringLiteral("e.id > ?");
            query.binds << mark;
        } else if (narrowing.kind == Kind::Match && indexLeads) {
            if (search.aboveMark == 0) {
                query.from = QStringLiteral("entity_search s CROSS JOIN entity e ON e.id = s.rowid");
                conditions << QStringLiteral("s.entity_search MATCH ?");
                query.binds << narrowing.expression;
            } else {
                query.from = QStringLiteral("(SELECT rowid AS id FROM entity_search WHERE entity_search MATCH ? "
                                            "UNION SELECT id FROM entity WHERE id > ?) s CROSS JOIN entity e "
                                            "ON e.id = s.id");
                query.binds << narrowing.expression << mark;
            }
        } else if (narrowing.kind == Kind::Match) {
            const QString indexed
                = QStringLiteral("e.id IN (SELECT rowid FROM entity_search WHERE entity_search MATCH ?)");
            query.binds << narrowing.expression;
            if (search.aboveMark == 0) {
                conditions << indexed;
            } else {
                conditions << QLatin1Char('(') + indexed + QStringLiteral(" OR e.id > ?)");
                query.binds << mark;
            }
        }
        // The filter itself, whatever the index kept.
        const QString like = QLatin1Char('%') + text + QLatin1Char('%');
        conditions << QStringLiteral("(e.name LIKE ? OR e.code LIKE ? OR e.credit_code LIKE ?)");
        query.binds << like << like << like;
    }
    if (!f.category.isEmpty()) {
        conditions << QStringLiteral("e.category = ?");
        query.binds << f.category;
    }
    if (f.townshipId > 0) {
        conditions << QStringLiteral("e.township_id = ?");
        query.binds << f.townshipId;
    }
    if (!f.status.isEmpty()) {
        conditions << QStringLiteral("e.status = ?");
        query.binds << f.status;
    }
    if (!f.riskClass.isEmpty()) {
        conditions << QStringLiteral("e.risk_class = ?");
        query.binds << f.riskClass;
    }
    if (f.blacklisted >= 0) {
        conditions << QStringLiteral("e.blacklisted = ?");
        query.binds << f.blacklisted;
    }
    if (!f.tag.isEmpty()) {
        conditions << QStringLiteral("(',' || e.tags || ',') LIKE ?");
        query.binds << QStringLiteral("%,") + f.tag + QStringLiteral(",%");
    }
    if (!conditions.isEmpty())
        query.where = QStringLiteral(" WHERE ") + conditions.join(QStringLiteral(" AND "));
    return query;
}

// How many entities the search keeps before its LIKE (from the index's own list and the entities above its mark,
// without reading them); -1 when the index does not narrow.
int candidates(const QSqlDatabase& db, const Search& search)
{
    switch (search.narrowing.kind) {
    case EntitySearch::Narrowing::Kind::None:
        return -1;
    case EntitySearch::Narrowing::Kind::Nothing:
        return search.aboveMark;
    case EntitySearch::Narrowing::Kind::Match:
        break;
    }
    return RegistryQuery::count(db, QStringLiteral("SELECT count(*) FROM entity_search WHERE entity_search MATCH ?"),
                                {search.narrowing.expression})
        + search.aboveMark;
}

void bindDate(BulkStatement& q, int index, const QDate& date)
{
    if (date.isValid())
        q.bindText(index, date.toString(Qt::ISODate));
    else
        q.bindNull(index);
}

// Text columns are NOT NULL: bindText() binds a null QString as the empty text.
void bindEntity(BulkStatement& q, const Entity& e, const QString& updatedAt)
{
    q.bindText(0, e.code);
    if (e.creditCode.isEmpty())
        q.bindNull(1);
    else
        q.bindText(1, e.creditCode);
    q.bindText(2, e.name.trimmed());
    q.bindText(3, e.category);
    q.bindText(4, e.ownership);
    if (e.townshipId > 0)
        q.bindInt(5, e.townshipId);
    else
        q.bindNull(5);
    q.bindText(6, e.address);
    q.bindText(7, e.principal);
    q.bindText(8, e.phone);
    q.bindText(9, e.status);
    q.bindText(10, e.riskClass);
    q.bindInt(11, e.blacklisted ? 1 : 0);
    q.bindText(12, e.blacklistReason);
    bindDate(q, 13, e.blacklistFrom);
    bindDate(q, 14, e.blacklistTo);
    q.bindText(15, e.tags.join(QLatin1Char(',')));
    q.bindText(16, updatedAt);
}

QString firstProblem(const FieldErrors& errors)
{
    return Entity::fieldLabel(errors.first().field) + QStringLiteral(": ") + errors.first().message;
}

} // namespace

EntityRepository::EntityRepository(Database& db)
    : m_db(db)
{ }

std::optional<Entity> EntityRepository::find(qint64 id) const
{
    QSqlQuery q(m_db.sql());
    q.prepare(kSelect + QStringLiteral("WHERE e.id = ?"));
    q.addBindValue(id);
    if (q.exec() && q.next())
        return fromQuery(q);
    return std::nullopt;
}

std::optional<Entity> EntityRepository::findByCreditCode(const QString& creditCode) const
{
    QSqlQuery q(m_db.sql());
    q.prepare(kSelect + QStringLiteral("WHERE e.credit_code = ?"));
    q.addBindValue(creditCode);
    if (q.exec() && q.next())
        return fromQuery(q);
    return std::nullopt;
}

std::optional<Entity> EntityRepository::findByCode(const QString& code) const
{
    QSqlQuery q(m_db.sql());
    q.prepare(kSelect + QStringLiteral("WHERE e.code = ?"));
    q.addBindValue(code);
    if (q.exec() && q.next())
        return fromQuery(q);
    return std::nullopt;
}

QList<Entity> EntityRepository::list(const EntityFilter& filter, const QString& sortField, Qt::SortOrder order,
                                     int offset, int limit) const
{
    const Search search = searchOf(m_db.sql(), filter);
    const int kept = candidates(m_db.sql(), search);
    if (kept == 0)
        return {};
    const FilterQuery query = filterQuery(filter, search, kept > 0 && kept <= kFewCandidates);
    if (query.nothing)
        return {};
    const QString sql = kColumns + query.from + kTownship + query.where
        + RegistryQuery::orderBy(sortColumn(sortField), QStringLiteral("e.id"), order)
        + RegistryQuery::page(offset, limit);
    return RegistryQuery::rows<Entity>(m_db.sql(), sql, query.binds, fromQuery);
}

int EntityRepository::count(const EntityFilter& filter) const
{
    // Counting reads every entity the index keeps, never more.
    const FilterQuery query = filterQuery(filter, searchOf(m_db.sql(), filter), true);
    if (query.nothing)
        return 0;
    return RegistryQuery::count(m_db.sql(), QStringLiteral("SELECT count(*) FROM ") + query.from + query.where,
                                query.binds);
}

QString EntityRepository::nextCode() const
{
    return AutoCode::entity().nextIn(m_db);
}

QString EntityRepository::codeForNumber(qint64 number)
{
    return AutoCode::entity().codeFor(number);
}

bool EntityRepository::writeUnique(WriteTransaction& tx, BulkStatement& write, const Entity& entity)
{
    // The UNIQUE constraints on code and credit_code do the checking (an import writes every row; a SELECT per
    // code first would double its statements). When the write fails, find out whether a code is taken and say by
    // whom; otherwise report the database's error.
    if (!tx.ok())
        return false;
    if (write.exec())
        return true;
    const QString error = write.lastError();
    if (!entity.creditCode.isEmpty()) {
        QSqlQuery q(m_db.sql());
        q.prepare(QStringLiteral("SELECT id, name, code FROM entity WHERE credit_code = ?"));
        q.addBindValue(entity.creditCode);
        if (q.exec() && q.next() && q.value(0).toLongLong() != entity.id)
            return tx.fail(tr("The credit code %1 already belongs to %2 (%3).")
                               .arg(entity.creditCode, q.value(1).toString(), q.value(2).toString()));
    }
    QSqlQuery q(m_db.sql());
    q.prepare(QStringLiteral("SELECT id, name FROM entity WHERE code = ?"));
    q.addBindValue(entity.code);
    if (q.exec() && q.next() && q.value(0).toLongLong() != entity.id)
        return tx.fail(tr("The registry code %1 already belongs to %2.").arg(entity.code, q.value(1).toString()));
    return tx.fail(WriteTransaction::tr("The data could not be saved: %1").arg(error));
}

bool EntityRepository::insert(WriteTransaction& tx, Entity& entity)
{
    if (!tx.ok())
        return false;
    const FieldErrors errors = entity.problems();
    if (!errors.isEmpty())
        return tx.fail(firstProblem(errors));
    if (entity.code.isEmpty() && (entity.code = nextCode()).isEmpty())
        return tx.fail(AutoCode::entity().exhaustedMessage());
    BulkStatement& q = tx.prepareBulk(QStringLiteral(
        "INSERT INTO entity (code, credit_code, name, category, ownership, township_id, address, principal, phone, "
        "status, risk_class, blacklisted, blacklist_reason, blacklist_from, blacklist_to, tags, updated_at) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    bindEntity(q, entity, tx.utcNow());
    if (!writeUnique(tx, q, entity))
        return false;
    // A new entity is above the search index's mark: EntitySearch::catchUp indexes it later, the search finds it
    // meanwhile without the index.
    entity.id = q.lastInsertId();
    return tx.recordChangeJson(QStringLiteral("create"), QStringLiteral("entity"), entity.code, {},
                               entity.toJsonText());
}

bool EntityRepository::update(WriteTransaction& tx, const Entity& entity)
{
    if (!tx.ok())
        return false;
    const auto before = find(entity.id);
    if (!before)
        return tx.fail(tr("The entity no longer exists (it may have been changed in another window)."));
    const FieldErrors errors = entity.problems();
    if (!errors.isEmpty())
        return tx.fail(firstProblem(errors));
    if (entity.code.isEmpty())
        return tx.fail(tr("The registry code is required."));
    // The published draw records name the entity by these codes.
    if ((entity.code != before->code && FrozenRequests::namesEntity(m_db, before->code))
        || (entity.creditCode != before->creditCode && FrozenRequests::namesEntity(m_db, before->creditCode)))
        return tx.fail(tr("%1 is named in a frozen draw request by its codes, so its credit code and registry code "
                          "can no longer be changed.")
                           .arg(before->name));
    // The search index names the entity by its name and codes: their old text out, the new one in (EntitySearch).
    const bool searchedTextChanges = entity.name.trimmed() != before->name || entity.code != before->code
        || entity.creditCode != before->creditCode;
    if (searchedTextChanges && !EntitySearch::forget(tx, entity.id))
        return false;
    BulkStatement& q = tx.prepareBulk(QStringLiteral(
        "UPDATE entity SET code = ?, credit_code = ?, name = ?, category = ?, ownership = ?, township_id = ?, "
        "address = ?, principal = ?, phone = ?, status = ?, risk_class = ?, blacklisted = ?, blacklist_reason = ?, "
        "blacklist_from = ?, blacklist_to = ?, tags = ?, updated_at = ? WHERE id = ?"));
    bindEntity(q, entity, tx.utcNow());
    q.bindInt(17, entity.id);
    if (!writeUnique(tx, q, entity))
        return false;
    if (searchedTextChanges && !EntitySearch::index(tx, entity.id))
        return false;
    Entity stored = entity;
    if (const auto after = find(entity.id))
        stored = *after; // township name as stored
    return tx.recordChangeJson(QStringLiteral("update"), QStringLiteral("entity"), entity.code, before->toJsonText(),
                               stored.toJsonText());
}

bool EntityRepository::setStatus(WriteTransaction& tx, qint64 id, const QString& status)
{
    auto entity = find(id);
    if (!entity)
        return tx.fail(tr("The entity no longer exists."));
    entity->status = status;
    return update(tx, *entity);
}

bool EntityRepository::isReferenced(qint64 id) const
{
    QSqlQuery q(m_db.sql());
    q.prepare(QStringLiteral("SELECT 1 FROM conflict WHERE entity_id = ? LIMIT 1"));
    q.addBindValue(id);
    if (q.exec() && q.next())
        return true;
    // A frozen draw request names the entity by its draw id (credit code or registry code); the draw's result and
    // substitutions only name entities of the request.
    const auto entity = find(id);
    if (!entity)
        return false;
    if (FrozenRequests::namesEntity(m_db, entity->code) || FrozenRequests::namesEntity(m_db, entity->creditCode))
        return true;
    return false;
}

bool EntityRepository::remove(WriteTransaction& tx, qint64 id)
{
    const auto before = find(id);
    if (!before)
        return tx.fail(tr("The entity no longer exists."));
    if (isReferenced(id))
        return tx.fail(tr("%1 is referred to by other records and cannot be deleted; set its status to "
                          "suspended or deregistered instead.")
                           .arg(before->name));
    if (!EntitySearch::forget(tx, id))
        return false;
    QSqlQuery& q = tx.prepare(QStringLiteral("DELETE FROM entity WHERE id = ?"));
    q.addBindValue(id);
    if (!tx.exec(q) || !EntitySearch::entityDeleted(tx))
        return false;
    return tx.recordChangeJson(QStringLiteral("delete"), QStringLiteral("entity"), before->code, before->toJsonText(),
                               {});
}
