// The single write path. Every change to the office's data happens inside one WriteTransaction, and every change
// appends its audit entry (time, user, action, object, old → new values, chained hash) in that same transaction:
// either the change and its record are both written, or neither is.
#pragma once

#include <QCoreApplication>
#include <QHash>
#include <QJsonObject>
#include <QSqlQuery>
#include <QString>

#include <functional>
#include <limits>

#include <memory>
#include <utility>
#include <vector>

class BulkStatement;
class Database;

// One audit entry as stored in audit_log and covered by its hash.
struct AuditEntry
{
    qint64 seq = 0;
    QString atUtc; // ISO 8601 with milliseconds in UTC: 2026-03-01T08:00:00.123Z
    QString atLocal; // the same instant in local time with its offset: 2026-03-01T16:00:00.123+08:00
    QString user;
    QString action;
    QString objectType;
    QString objectId;
    QByteArray oldValues; // compact JSON (UTF-8); empty for a creation (NULL in the table)
    QByteArray newValues; // compact JSON (UTF-8); empty for a deletion (NULL in the table)
};

class WriteTransaction final
{
    Q_DECLARE_TR_FUNCTIONS(WriteTransaction)
    Q_DISABLE_COPY_MOVE(WriteTransaction)

public:
    explicit WriteTransaction(Database& db);
    ~WriteTransaction(); // rolls back unless commit() succeeded

    Database& database() const { return m_db; }
    bool ok() const { return m_error.isEmpty(); }
    QString error() const { return m_error; }

    // A prepared statement, reused within this transaction (bulk imports run the same few statements often).
    QSqlQuery& prepare(const QString& sql);
    // Executes; on failure remembers the error (the transaction then cannot commit) and returns false.
    bool exec(QSqlQuery& query);
    // The same for the statements run once per record of a bulk write (BulkStatement.h).
    BulkStatement& prepareBulk(const QString& sql);
    bool exec(BulkStatement& statement);
    // Marks the transaction failed with a message for the clerk; returns false.
    bool fail(const QString& message);

    // Appends the audit entry of one change. `before` is empty for a creation, `after` for a deletion.
    bool recordChange(const QString& action, const QString& objectType, const QString& objectId,
                      const QJsonObject& before, const QJsonObject& after);
    // The same with the values already written as compact JSON (JsonWriter), for records written in bulk.
    bool recordChangeJson(const QString& action, const QString& objectType, const QString& objectId,
                          const QByteArray& beforeJson, const QByteArray& afterJson);

    // Now, for updated_at columns: ISO 8601 in UTC to the second (2026-03-01T08:00:00Z). Cheap to call per row.
    QString utcNow();

    bool commit();
    void rollback();
    // Work outside the database that must be undone when the transaction does not commit (a file copied beside
    // the database for a row of this transaction): run, newest first, on rollback; forgotten on commit.
    void onRollback(std::function<void()> undo);

    // The canonical form of an entry, which its hash covers: the fields seq, atUtc, atLocal, user, action,
    // objectType, objectId, oldValues, newValues in this order, each as a netstring "<length>:<bytes>," where bytes
    // is the field's UTF-8 text (seq in decimal digits) and length their number in decimal; a NULL old or new
    // value is the empty string. For example "1:7,24:2026-03-01T08:00:00.123Z,29:2026-03-01T16:00:00.123+08:00,…".
    // A field can never run into the next one, so equal bytes mean equal entries, and the same entry always gives
    // the same bytes.
    static QByteArray canonicalEntry(const AuditEntry& entry);
    // The hash that links an entry to its predecessor: SHA-256, as 64 lower-case hex digits, over the previous
    // entry's hash (its 64 ASCII hex digits; nothing for the first entry) followed by canonicalEntry(entry).
    static QString entryHash(const QString& previousHash, const AuditEntry& entry);

    // An instant as QDateTime writes it with Qt::ISODateWithMs, in UTC ("…Z") or at a whole-minute offset
    // ("…+08:00"; an offset of 0 gives "Z"), written directly because an import stamps 100,000 entries.
    static QString isoDateTime(qint64 msecsSinceEpoch, int offsetSeconds = 0, bool withMs = true);

private:
    Database& m_db;
    QString m_error;
    bool m_open = false;
    bool loadLastEntry();
    int localOffset(qint64 msecsSinceEpoch);

    bool m_haveLastHash = false;
    QByteArray m_lastHash; // hex
    QByteArray m_canonical; // the entry being hashed, reused
    QByteArray m_fieldText[4]; // UTF-8 of its user, action, object type and id, reused
    qint64 m_lastSeq = 0;
    qint64 m_offsetMinute = std::numeric_limits<qint64>::min(); // the minute m_offsetSeconds was found for
    int m_offsetSeconds = 0;
    qint64 m_utcNowSecond = std::numeric_limits<qint64>::min();
    QString m_utcNow;
    QHash<QString, QSqlQuery> m_statements;
    std::vector<std::function<void()>> m_undo;
    std::vector<std::pair<QString, std::unique_ptr<BulkStatement>>> m_bulkStatements;
};
