#include "WriteTransaction.h"

#include "Database.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QJsonDocument>
#include <QSqlError>

WriteTransaction::WriteTransaction(Database& db)
    : m_db(db)
{
    QSqlQuery begin(db.sql());
    // IMMEDIATE takes the write lock now, so a busy database is reported before any work is done.
    if (begin.exec(QStringLiteral("BEGIN IMMEDIATE")))
        m_open = true;
    else
        m_error = tr("The data file is busy or cannot be written: %1").arg(begin.lastError().text());
}

WriteTransaction::~WriteTransaction()
{
    rollback();
}

QSqlQuery& WriteTransaction::prepare(const QString& sql)
{
    auto it = m_statements.find(sql);
    if (it == m_statements.end()) {
        QSqlQuery q(m_db.sql());
        if (!q.prepare(sql))
            fail(tr("Internal error in a database statement: %1").arg(q.lastError().text()));
        it = m_statements.insert(sql, q);
    }
    return it.value();
}

bool WriteTransaction::exec(QSqlQuery& query)
{
    if (!ok())
        return false;
    if (query.exec())
        return true;
    return fail(tr("The data could not be saved: %1").arg(query.lastError().text()));
}

bool WriteTransaction::fail(const QString& message)
{
    if (m_error.isEmpty())
        m_error = message;
    return false;
}

QString WriteTransaction::entryHash(const QString& previousHash, const QJsonObject& canonicalEntry)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(previousHash.toUtf8());
    hash.addData(QJsonDocument(canonicalEntry).toJson(QJsonDocument::Compact));
    return QString::fromLatin1(hash.result().toHex());
}

bool WriteTransaction::recordChange(const QString& action, const QString& objectType, const QString& objectId,
                                    const QJsonObject& before, const QJsonObject& after)
{
    if (!ok())
        return false;
    if (!m_haveLastHash) {
        QSqlQuery last(m_db.sql());
        if (!last.exec(QStringLiteral("SELECT seq, hash FROM audit_log ORDER BY seq DESC LIMIT 1")))
            return fail(tr("The audit trail cannot be read: %1").arg(last.lastError().text()));
        if (last.next()) {
            m_lastSeq = last.value(0).toLongLong();
            m_lastHash = last.value(1).toString();
        }
        m_haveLastHash = true;
    }
    const QDateTime now = QDateTime::currentDateTime();
    const QString atUtc = now.toUTC().toString(Qt::ISODateWithMs);
    const QString atLocal = now.toOffsetFromUtc(now.offsetFromUtc()).toString(Qt::ISODateWithMs);
    const QString oldValues = before.isEmpty() ? QString() : QString::fromUtf8(QJsonDocument(before).toJson(QJsonDocument::Compact));
    const QString newValues = after.isEmpty() ? QString() : QString::fromUtf8(QJsonDocument(after).toJson(QJsonDocument::Compact));
    const qint64 seq = m_lastSeq + 1;
    const QJsonObject canonical{
        {QStringLiteral("seq"), seq},
        {QStringLiteral("atUtc"), atUtc},
        {QStringLiteral("atLocal"), atLocal},
        {QStringLiteral("user"), m_db.currentUser()},
        {QStringLiteral("action"), action},
        {QStringLiteral("objectType"), objectType},
        {QStringLiteral("objectId"), objectId},
        {QStringLiteral("old"), oldValues},
        {QStringLiteral("new"), newValues},
    };
    const QString hash = entryHash(m_lastHash, canonical);
    QSqlQuery& q = prepare(QStringLiteral(
        "INSERT INTO audit_log (seq, at_utc, at_local, user_name, action, object_type, object_id, old_values, "
        "new_values, hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    q.addBindValue(seq);
    q.addBindValue(atUtc);
    q.addBindValue(atLocal);
    q.addBindValue(m_db.currentUser());
    q.addBindValue(action);
    q.addBindValue(objectType);
    q.addBindValue(objectId);
    q.addBindValue(oldValues.isNull() ? QVariant() : QVariant(oldValues));
    q.addBindValue(newValues.isNull() ? QVariant() : QVariant(newValues));
    q.addBindValue(hash);
    if (!exec(q))
        return false;
    m_lastSeq = seq;
    m_lastHash = hash;
    return true;
}

bool WriteTransaction::commit()
{
    if (!m_open)
        return false;
    if (!ok()) {
        rollback();
        return false;
    }
    m_statements.clear();
    QSqlQuery q(m_db.sql());
    if (!q.exec(QStringLiteral("COMMIT"))) {
        fail(tr("The data could not be saved: %1").arg(q.lastError().text()));
        rollback();
        return false;
    }
    m_open = false;
    return true;
}

void WriteTransaction::rollback()
{
    if (!m_open)
        return;
    m_statements.clear();
    QSqlQuery q(m_db.sql());
    q.exec(QStringLiteral("ROLLBACK"));
    m_open = false;
}
