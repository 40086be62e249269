#include "AuditTrail.h"

#include "AuditAnchor.h"
#include "Database.h"

#include <QCryptographicHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>
#include <QUuid>
#include <QVariantList>

namespace {

// Entries written before the length-prefixed canonical form (the first data version, and the second until
// that change) hashed the previous hash and a compact JSON object of the fields (keys sorted, seq a number).
QString firstFormHash(const QString& previousHash, const AuditEntry& entry)
{
    const QJsonObject fields {
        {QStringLiteral("seq"), entry.seq},
        {QStringLiteral("atUtc"), entry.atUtc},
        {QStringLiteral("atLocal"), entry.atLocal},
        {QStringLiteral("user"), entry.user},
        {QStringLiteral("action"), entry.action},
        {QStringLiteral("objectType"), entry.objectType},
        {QStringLiteral("objectId"), entry.objectId},
        {QStringLiteral("old"), QString::fromUtf8(entry.oldValues)},
        {QStringLiteral("new"), QString::fromUtf8(entry.newValues)},
    };
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(previousHash.toUtf8());
    hash.addData(QJsonDocument(fields).toJson(QJsonDocument::Compact));
    return QString::fromLatin1(hash.result().toHex());
}

// Whether `stored` is the entry's hash. The first form is accepted only for the entries before the first one in
// the current form: a data file upgraded from an early version has old entries, then new ones, never mixed.
bool hashMatches(const QString& previousHash, const AuditEntry& entry, const QString& stored, bool* firstFormAllowed)
{
    if (WriteTransaction::entryHash(previousHash, entry) == stored) {
        *firstFormAllowed = false;
        return true;
    }
    return *firstFormAllowed && firstFormHash(previousHash, entry) == stored;
}

// Whether the file holds what only the write path puts there, each with its audit entry: items, entities,
// inspectors, plans or users. (The tables a file of an older data version lacks are skipped.)
bool holdsData(const QSqlDatabase& db)
{
    const QStringList present = db.tables();
    for (const char* table : {"inspection_item", "entity", "inspector", "plan", "app_user"}) {
        if (!present.contains(QLatin1String(table)))
            continue;
        QSqlQuery q(db);
        if (q.exec(QStringLiteral("SELECT 1 FROM %1 LIMIT 1").arg(QLatin1String(table))) && q.next())
            return true;
    }
    return false;
}

const QLatin1String kColumns("seq, at_utc, at_local, user_name, action, object_type, object_id, old_values, "
                             "new_values");

// The WHERE clause of a filter and its bound values, in order.
QString whereClause(const AuditFilter& filter, QVariantList* values)
{
    QStringList terms;
    if (filter.from.isValid()) {
        terms << QStringLiteral("at_utc >= ?");
        *values << WriteTransaction::isoDateTime(filter.from.toMSecsSinceEpoch());
    }
    if (filter.to.isValid()) {
        terms << QStringLiteral("at_utc < ?");
        *values << WriteTransaction::isoDateTime(filter.to.toMSecsSinceEpoch());
    }
    const std::pair<const QString*, QLatin1String> exact[] = {{&filter.user, QLatin1String("user_name")},
                                                              {&filter.objectType, QLatin1String("object_type")},
                                                              {&filter.objectId, QLatin1String("object_id")},
                                                              {&filter.action, QLatin1String("action")}};
    for (const auto& [value, column] : exact) {
        if (value->isEmpty())
            continue;
        terms << QStringLiteral("%1 = ?").arg(column);
        *values << *value;
    }
    if (!filter.objectIdContains.trimmed().isEmpty()) {
        QString pattern = filter.objectIdContains.trimmed();
        pattern.replace(QLatin1Char('\\'), QStringLiteral("\\\\"))
            .replace(QLatin1Char('%'), QStringLiteral("\\%"))
            .replace(QLatin1Char('_'), QStringLiteral("\\_"));
        terms << QStringLiteral("object_id LIKE ? ESCAPE '\\'");
        *values << QStringLiteral("%%1%").arg(pattern);
    }
    if (filter.beforeSeq > 0) {
        terms << QStringLiteral("seq < ?");
        *values << filter.beforeSeq;
    }
    return terms.isEmpty() ? QString() : QStringLiteral(" WHERE ") + terms.join(QStringLiteral(" AND "));
}

} // namespace

AuditEntry AuditTrail::entryFrom(const QSqlQuery& q)
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

QString AuditTrail::storedEntriesSql()
{
    return QStringLiteral("SELECT %1, hash FROM audit_log ORDER BY seq").arg(kColumns);
}

std::optional<AuditProblem> AuditTrail::verify(Database& db, qint64* entries)
{
    return verify(db, entries, {}, nullptr);
}

std::optional<AuditProblem> AuditTrail::verify(Database& db, qint64* entries,
                                               const std::function<bool(qint64 checked, qint64 total)>& progress,
                                               bool* cancelled)
{
    bool stopped = false;
    const auto anchor = AuditAnchor::load(db.path());
    auto problem = verify(db.sql(), entries, progress, &stopped);
    if (cancelled)
        *cancelled = stopped;
    if (problem || stopped)
        return problem;
    if (anchor && (problem = AuditAnchor::check(db.sql(), *anchor)))
        return problem;
    AuditAnchor::advance(db.path(), db.sql());
    return std::nullopt;
}

std::optional<AuditProblem> AuditTrail::verify(const QSqlDatabase& db, qint64* entries)
{
    return verify(db, entries, {}, nullptr);
}

std::optional<AuditProblem> AuditTrail::verify(const QSqlDatabase& db, qint64* entries,
                                               const std::function<bool(qint64 checked, qint64 total)>& progress,
                                               bool* cancelled)
{
    constexpr qint64 kProgressEvery = 2000;
    if (cancelled)
        *cancelled = false;
    qint64 total = 0;
    if (progress) {
        QSqlQuery c(db);
        if (c.exec(QStringLiteral("SELECT count(*) FROM audit_log")) && c.next())
            total = c.value(0).toLongLong();
        if (!progress(0, total)) {
            if (cancelled)
                *cancelled = true;
            return std::nullopt;
        }
    }
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (!q.exec(storedEntriesSql()))
        return AuditProblem {0, tr("The audit trail cannot be read: %1").arg(q.lastError().text())};

    qint64 count = 0;
    qint64 expected = 1;
    QString previousHash;
    bool firstFormAllowed = true;
    // An entry whose hash does not match: whether it was changed, or the chain was broken there, shows in the
    // next entry. If that one links to the stored hash, only the entry's content was altered.
    std::optional<qint64> mismatch;
    const auto changed = [](qint64 seq) {
        return AuditProblem {seq,
                             tr("Audit entry %1 was changed after it was written: its content no longer "
                                "matches its hash.")
                                 .arg(seq)};
    };
    const auto broken = [](qint64 seq) {
        return AuditProblem {seq,
                             tr("The audit trail breaks at entry %1: entries were inserted or reordered here "
                                "(or this entry's hash was altered), so it no longer follows the entry "
                                "before it.")
                                 .arg(seq)};
    };
    while (q.next()) {
        ++count;
        if (progress && count % kProgressEvery == 0 && !progress(count, qMax(total, count))) {
            if (cancelled)
                *cancelled = true;
            return std::nullopt;
        }
        const AuditEntry entry = entryFrom(q);
        const QString stored = q.value(9).toString();
        if (mismatch) {
            if (entry.seq == *mismatch + 1 && hashMatches(previousHash, entry, stored, &firstFormAllowed))
                return changed(*mismatch);
            if (entry.seq == *mismatch + 1)
                return broken(*mismatch);
            return changed(*mismatch);
        }
        if (entry.seq < expected)
            return AuditProblem {
                entry.seq, tr("Audit entry %1 is out of order: it follows entry %2.").arg(entry.seq).arg(expected - 1)};
        if (entry.seq > expected) {
            if (entry.seq == expected + 1)
                return AuditProblem {expected,
                                     tr("Audit entry %1 is missing: it was deleted (the trail goes from "
                                        "entry %2 to entry %3).")
                                         .arg(expected)
                                         .arg(expected - 1)
                                         .arg(entry.seq)};
            return AuditProblem {expected,
                                 tr("Audit entries %1 to %2 are missing: they were deleted (the trail "
                                    "goes from entry %3 to entry %4).")
                                     .arg(expected)
                                     .arg(entry.seq - 1)
                                     .arg(expected - 1)
                                     .arg(entry.seq)};
        }
        if (!hashMatches(previousHash, entry, stored, &firstFormAllowed))
            mismatch = entry.seq;
        previousHash = stored;
        expected = entry.seq + 1;
    }
    if (q.lastError().isValid())
        return AuditProblem {0, tr("The audit trail cannot be read: %1").arg(q.lastError().text())};
    if (mismatch)
        return changed(*mismatch);
    if (count == 0 && holdsData(db))
        return AuditProblem {1,
                             tr("The audit trail is empty although the data file holds registries, plans or users: "
                                "all audit entries were deleted.")};
    if (entries)
        *entries = count;
    if (progress)
        progress(count, count);
    return std::nullopt;
}

std::optional<AuditProblem> AuditTrail::verifyFile(const QString& path, qint64* entries,
                                                   const std::function<bool(qint64 checked, qint64 total)>& progress,
                                                   bool* cancelled)
{
    const QString connection = QStringLiteral("verify-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    // Before the walk's snapshot: what the program writes meanwhile only makes the trail longer than the anchor.
    const auto anchor = AuditAnchor::load(path);
    std::optional<AuditProblem> problem;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connection);
        db.setDatabaseName(path);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=5000"));
        if (db.open()) {
            bool stopped = false;
            problem = verify(db, entries, progress, &stopped);
            if (cancelled)
                *cancelled = stopped;
            if (!problem && !stopped && anchor)
                problem = AuditAnchor::check(db, *anchor);
        } else {
            problem = AuditProblem {0, tr("The audit trail cannot be read: %1").arg(db.lastError().text())};
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(connection);
    return problem;
}

std::vector<AuditEntry> AuditTrail::list(Database& db, const AuditFilter& filter, qint64 offset, qint64 limit,
                                         QString* error)
{
    std::vector<AuditEntry> result;
    QVariantList values;
    const QString where = whereClause(filter, &values);
    QSqlQuery q(db.sql());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT %1 FROM audit_log%2 ORDER BY seq DESC LIMIT ? OFFSET ?").arg(kColumns, where));
    for (int i = 0; i < values.size(); ++i)
        q.bindValue(i, values.at(i));
    q.bindValue(int(values.size()), qMax<qint64>(0, limit));
    q.bindValue(int(values.size()) + 1, qMax<qint64>(0, offset));
    if (!q.exec()) {
        if (error)
            *error = tr("The audit trail cannot be read: %1").arg(q.lastError().text());
        return result;
    }
    while (q.next())
        result.push_back(entryFrom(q));
    return result;
}

qint64 AuditTrail::count(Database& db, const AuditFilter& filter, QString* error)
{
    QVariantList values;
    const QString where = whereClause(filter, &values);
    QSqlQuery q(db.sql());
    q.prepare(QStringLiteral("SELECT count(*) FROM audit_log%1").arg(where));
    for (int i = 0; i < values.size(); ++i)
        q.bindValue(i, values.at(i));
    if (!q.exec() || !q.next()) {
        if (error)
            *error = tr("The audit trail cannot be read: %1").arg(q.lastError().text());
        return -1;
    }
    return q.value(0).toLongLong();
}

QStringList AuditTrail::distinctValues(Database& db, Column column, QString* error)
{
    const QLatin1String name = column == Column::User ? QLatin1String("user_name")
        : column == Column::ObjectType                ? QLatin1String("object_type")
                                                      : QLatin1String("action");
    QStringList values;
    QSqlQuery q(db.sql());
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT DISTINCT %1 FROM audit_log ORDER BY %1").arg(name))) {
        if (error)
            *error = tr("The audit trail cannot be read: %1").arg(q.lastError().text());
        return values;
    }
    while (q.next())
        values << q.value(0).toString();
    return values;
}

std::optional<AuditMark> AuditTrail::head(Database& db)
{
    return AuditAnchor::newestEntry(db.sql());
}

bool AuditTrail::recordEvent(Database& db, const QString& action, const QString& objectType, const QString& objectId,
                             const QJsonObject& details, QString* error)
{
    WriteTransaction tx(db);
    if (tx.recordChange(action, objectType, objectId, {}, details) && tx.commit())
        return true;
    if (error)
        *error = tx.error();
    return false;
}
