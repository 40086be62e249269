#include "WriteTransaction.h"

#include "Database.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QSqlError>

#include <openssl/evp.h>

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

namespace {

// SHA-256 through OpenSSL: several times faster than QCryptographicHash's portable code, and an import hashes one
// entry per record.
class Sha256 final
{
    Q_DISABLE_COPY_MOVE(Sha256)

public:
    Sha256()
        : m_ctx(EVP_MD_CTX_new())
    {
        static EVP_MD* const md = EVP_MD_fetch(nullptr, "SHA256", nullptr);
        if (!m_ctx || !md || !EVP_DigestInit_ex2(m_ctx, md, nullptr))
            qFatal("SHA-256 is not available from OpenSSL");
    }
    ~Sha256() { EVP_MD_CTX_free(m_ctx); }
    void add(QByteArrayView data) { EVP_DigestUpdate(m_ctx, data.data(), size_t(data.size())); }
    QByteArray hex()
    {
        unsigned char digest[EVP_MAX_MD_SIZE];
        unsigned int length = 0;
        EVP_DigestFinal_ex(m_ctx, digest, &length);
        return QByteArray::fromRawData(reinterpret_cast<const char*>(digest), length).toHex();
    }

private:
    EVP_MD_CTX* m_ctx;
};

void appendNetstring(QByteArray& out, QByteArrayView bytes)
{
    out.append(QByteArray::number(bytes.size())).append(':').append(bytes).append(',');
}

QByteArray entryHashHex(QByteArrayView previousHash, const AuditEntry& entry)
{
    Sha256 sha;
    sha.add(previousHash);
    sha.add(WriteTransaction::canonicalEntry(entry));
    return sha.hex();
}

char* twoDigits(char* p, int value)
{
    *p++ = char('0' + value / 10);
    *p++ = char('0' + value % 10);
    return p;
}

} // namespace

QByteArray WriteTransaction::canonicalEntry(const AuditEntry& entry)
{
    QByteArray out;
    out.reserve(160 + entry.oldValues.size() + entry.newValues.size());
    appendNetstring(out, QByteArray::number(entry.seq));
    for (const QString* field : {&entry.atUtc, &entry.atLocal, &entry.user, &entry.action, &entry.objectType,
                                 &entry.objectId})
        appendNetstring(out, field->toUtf8());
    appendNetstring(out, entry.oldValues);
    appendNetstring(out, entry.newValues);
    return out;
}

QString WriteTransaction::entryHash(const QString& previousHash, const AuditEntry& entry)
{
    return QString::fromLatin1(entryHashHex(previousHash.toLatin1(), entry));
}

QString WriteTransaction::isoDateTime(qint64 msecsSinceEpoch, int offsetSeconds, bool withMs)
{
    const qint64 local = msecsSinceEpoch + qint64(offsetSeconds) * 1000;
    qint64 days = local / 86400000;
    qint64 msOfDay = local % 86400000;
    if (msOfDay < 0) {
        msOfDay += 86400000;
        --days;
    }
    // Civil date from days since 1970-01-01 (proleptic Gregorian; H. Hinnant's days_from_civil inverted).
    const qint64 z = days + 719468;
    const qint64 era = (z >= 0 ? z : z - 146096) / 146097;
    const qint64 doe = z - era * 146097;
    const qint64 yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    const qint64 doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    const qint64 mp = (5 * doy + 2) / 153;
    const int day = int(doy - (153 * mp + 2) / 5 + 1);
    const int month = int(mp < 10 ? mp + 3 : mp - 9);
    const qint64 year = yoe + era * 400 + (month <= 2 ? 1 : 0);
    if (year < 0 || year > 9999 || offsetSeconds % 60 != 0) {
        const QDateTime t = QDateTime::fromMSecsSinceEpoch(msecsSinceEpoch, Qt::OffsetFromUTC, offsetSeconds);
        return t.toString(withMs ? Qt::ISODateWithMs : Qt::ISODate);
    }
    char buffer[32];
    char* p = buffer;
    p = twoDigits(p, int(year / 100));
    p = twoDigits(p, int(year % 100));
    *p++ = '-';
    p = twoDigits(p, month);
    *p++ = '-';
    p = twoDigits(p, day);
    *p++ = 'T';
    const int seconds = int(msOfDay / 1000);
    p = twoDigits(p, seconds / 3600);
    *p++ = ':';
    p = twoDigits(p, seconds / 60 % 60);
    *p++ = ':';
    p = twoDigits(p, seconds % 60);
    if (withMs) {
        const int ms = int(msOfDay % 1000);
        *p++ = '.';
        *p++ = char('0' + ms / 100);
        p = twoDigits(p, ms % 100);
    }
    if (offsetSeconds == 0) {
        *p++ = 'Z';
    } else {
        const int minutes = qAbs(offsetSeconds) / 60;
        *p++ = offsetSeconds < 0 ? '-' : '+';
        p = twoDigits(p, minutes / 60);
        *p++ = ':';
        p = twoDigits(p, minutes % 60);
    }
    return QString::fromLatin1(buffer, p - buffer);
}

int WriteTransaction::localOffset(qint64 msecsSinceEpoch)
{
    // Offsets change on whole minutes, so asking the time zone once a minute is exact and keeps an import from
    // asking it 100,000 times.
    const qint64 minute = msecsSinceEpoch >= 0 ? msecsSinceEpoch / 60000 : (msecsSinceEpoch - 59999) / 60000;
    if (minute != m_offsetMinute) {
        m_offsetMinute = minute;
        m_offsetSeconds = QDateTime::fromMSecsSinceEpoch(minute * 60000, Qt::LocalTime).offsetFromUtc();
    }
    return m_offsetSeconds;
}

QString WriteTransaction::utcNow()
{
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    const qint64 second = now / 1000;
    if (second != m_utcNowSecond) {
        m_utcNowSecond = second;
        m_utcNow = isoDateTime(second * 1000, 0, false);
    }
    return m_utcNow;
}

bool WriteTransaction::loadLastEntry()
{
    if (m_haveLastHash)
        return true;
    QSqlQuery last(m_db.sql());
    if (!last.exec(QStringLiteral("SELECT seq, hash FROM audit_log ORDER BY seq DESC LIMIT 1")))
        return fail(tr("The audit trail cannot be read: %1").arg(last.lastError().text()));
    if (last.next()) {
        m_lastSeq = last.value(0).toLongLong();
        m_lastHash = last.value(1).toString().toLatin1();
    }
    m_haveLastHash = true;
    return true;
}

bool WriteTransaction::recordChange(const QString& action, const QString& objectType, const QString& objectId,
                                    const QJsonObject& before, const QJsonObject& after)
{
    return recordChangeJson(action, objectType, objectId,
                            before.isEmpty() ? QByteArray() : QJsonDocument(before).toJson(QJsonDocument::Compact),
                            after.isEmpty() ? QByteArray() : QJsonDocument(after).toJson(QJsonDocument::Compact));
}

bool WriteTransaction::recordChangeJson(const QString& action, const QString& objectType, const QString& objectId,
                                        const QByteArray& beforeJson, const QByteArray& afterJson)
{
    if (!ok() || !loadLastEntry())
        return false;
    AuditEntry entry;
    entry.seq = m_lastSeq + 1;
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    entry.atUtc = isoDateTime(now);
    entry.atLocal = isoDateTime(now, localOffset(now));
    entry.user = m_db.currentUser();
    entry.action = action;
    entry.objectType = objectType;
    entry.objectId = objectId;
    entry.oldValues = beforeJson;
    entry.newValues = afterJson;
    const QByteArray hash = entryHashHex(m_lastHash, entry);
    QSqlQuery& q = prepare(QStringLiteral(
        "INSERT INTO audit_log (seq, at_utc, at_local, user_name, action, object_type, object_id, old_values, "
        "new_values, hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    q.addBindValue(entry.seq);
    q.addBindValue(entry.atUtc);
    q.addBindValue(entry.atLocal);
    q.addBindValue(entry.user);
    q.addBindValue(action);
    q.addBindValue(objectType);
    q.addBindValue(objectId);
    q.addBindValue(beforeJson.isEmpty() ? QVariant() : QVariant(QString::fromUtf8(beforeJson)));
    q.addBindValue(afterJson.isEmpty() ? QVariant() : QVariant(QString::fromUtf8(afterJson)));
    q.addBindValue(QString::fromLatin1(hash));
    if (!exec(q))
        return false;
    m_lastSeq = entry.seq;
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
