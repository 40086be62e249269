// The single write path. Every change to the office's data happens inside one WriteTransaction, and every change
// appends its audit entry (time, user, action, object, old → new values, chained hash) in that same transaction:
// either the change and its record are both written, or neither is.
#pragma once

#include <QCoreApplication>
#include <QHash>
#include <QJsonObject>
#include <QSqlQuery>
#include <QString>

class Database;

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
    // Marks the transaction failed with a message for the clerk; returns false.
    bool fail(const QString& message);

    // Appends the audit entry of one change. `before` is empty for a creation, `after` for a deletion.
    bool recordChange(const QString& action, const QString& objectType, const QString& objectId,
                      const QJsonObject& before, const QJsonObject& after);

    bool commit();
    void rollback();

    // The hash that links an entry to its predecessor: SHA-256 over the previous hash and the canonical entry.
    static QString entryHash(const QString& previousHash, const QJsonObject& canonicalEntry);

private:
    Database& m_db;
    QString m_error;
    bool m_open = false;
    bool m_haveLastHash = false;
    QString m_lastHash;
    qint64 m_lastSeq = 0;
    QHash<QString, QSqlQuery> m_statements;
};
