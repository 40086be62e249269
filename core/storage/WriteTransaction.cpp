#include "WriteTransaction.h"

#include "AuditAnchor.h"
#include "BulkStatement.h"
#include "Database.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QSqlError>
#include <QStringEncoder>

#include <openssl/evp.h>

#include <array>
#include <charconv>
#include <cstring>

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

BulkStatement& WriteTransaction::prepareBulk(const QString& sql)
{
    // A few statements, looked up once per record: comparing is cheaper than hashing the SQL text.
    for (const auto& [text, statement] : m_bulkStatements)
        if (text == sql)
            return *statement;
    auto statement = std::make_unique<BulkStatement>(m_db.sql(), sql);
    if (!statement->isPrepared())
        fail(tr("Internal error in a database statement: %1").arg(statement->lastError()));
    m_bulkStatements.emplace_back(sql, std::move(statement));
    return *m_bulkStatements.back().second;
}

bool WriteTransaction::exec(BulkStatement& statement)
{
    if (!ok())
        return false;
    if (statement.exec())
        return true;
    return fail(tr("The data could not be saved: %1").arg(statement.lastError()));
}

bool WriteTransaction::fail(const QString& message)
{
    if (m_error.isEmpty())
        m_error = message;
    return false;
}

namespace {

// SHA-256 through OpenSSL with a fetched EVP_MD and a reused context: several times faster than
// QCryptographicHash, and an import hashes one entry per record.
class Sha256 final
{
    Q_DISABLE_COPY_MOVE(Sha256)

public:
    Sha256()
        : m_md(EVP_MD_fetch(nullptr, "SHA256", nullptr))
        , m_ctx(EVP_MD_CTX_new())
    {
        if (!m_md || !m_ctx)
            qFatal("SHA-256 is not available from OpenSSL");
    }
    ~Sha256()
    {
        EVP_MD_CTX_free(m_ctx);
        EVP_MD_free(m_md);
    }
    // Lower-case hex digest of a followed by b.
    QByteArray hex(QByteArrayView a, QByteArrayView b)
    {
        unsigned char digest[EVP_MAX_MD_SIZE];
        unsigned int length = 0;
        if (!EVP_DigestInit_ex2(m_ctx, m_md, nullptr) || !EVP_DigestUpdate(m_ctx, a.data(), size_t(a.size()))
            || !EVP_DigestUpdate(m_ctx, b.data(), size_t(b.size())) || !EVP_DigestFinal_ex(m_ctx, digest, &length))
            qFatal("SHA-256 failed in OpenSSL");
        return QByteArray::fromRawData(reinterpret_cast<const char*>(digest), length).toHex();
    }

private:
    EVP_MD* m_md;
    EVP_MD_CTX* m_ctx;
};

QByteArray sha256Hex(QByteArrayView a, QByteArrayView b)
{
    thread_local Sha256 sha;
    return sha.hex(a, b);
}

// The fields of an entry as UTF-8, in canonical order.
using CanonicalFields = std::array<QByteArrayView, 9>;

void appendCanonical(QByteArray& out, const CanonicalFields& fields)
{
    qsizetype room = 0;
    for (const QByteArrayView field : fields)
        room += field.size() + 22; // at most 20 digits, ':' and ','
    const qsizetype start = out.size();
    out.resize(start + room);
    char* const begin = out.data();
    char* p = begin + start;
    for (const QByteArrayView field : fields) {
        p = std::to_chars(p, p + 20, field.size()).ptr;
        *p++ = ':';
        if (!field.isEmpty())
            std::memcpy(p, field.data(), size_t(field.size()));
        p += field.size();
        *p++ = ',';
    }
    out.truncate(p - begin);
}

// The UTF-8 of text in buffer, whose capacity is reused.
QByteArrayView utf8Into(QByteArray& buffer, QStringView text)
{
    QStringEncoder encoder(QStringEncoder::Utf8, QStringEncoder::Flag::Stateless);
    buffer.resize(encoder.requiredSpace(text.size()));
    char* const end = encoder.appendToBuffer(buffer.data(), text);
    buffer.truncate(end - buffer.constData());
    return buffer;
}

char* twoDigits(char* p, int value)
{
    *p++ = char('0' + value / 10);
    *p++ = char('0' + value % 10);
    return p;
}

// Writes the ISO 8601 form into `out` (at least 32 bytes) and returns its length, or 0 for what QDateTime must
// write (years outside 0000–9999, offsets that are not whole minutes).
qsizetype formatIso(char* out, qint64 msecsSinceEpoch, int offsetSeconds, bool withMs)
{
    const qint64 local = msecsSinceEpoch + qint64(offsetSeconds) * 1000;
    qint64 days = local / 86400000;
    qint64 msOfDay = local % 86400000;
    if (msOfDay < 0) {
        msOfDay += 86400000;
        --days;
    }
    // Civil date from days since 1970-01-01 (proleptic Gregorian; H. Hinnant's civil_from_days).
    const qint64 z = days + 719468;
    const qint64 era = (z >= 0 ? z : z - 146096) / 146097;
    const qint64 doe = z - era * 146097;
    const qint64 yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    const qint64 doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    const qint64 mp = (5 * doy + 2) / 153;
    const int day = int(doy - (153 * mp + 2) / 5 + 1);
    const int month = int(mp < 10 ? mp + 3 : mp - 9);
    const qint64 year = yoe + era * 400 + (month <= 2 ? 1 : 0);
    if (year < 0 || year > 9999 || offsetSeconds % 60 != 0)
        return 0;
    char* p = out;
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
    return p - out;
}

// An instant as ISO 8601 text with milliseconds, without allocating in the usual case.
class IsoText final
{
public:
    IsoText(qint64 msecsSinceEpoch, int offsetSeconds)
        : m_length(formatIso(m_buffer, msecsSinceEpoch, offsetSeconds, true))
    {
        if (m_length == 0)
            m_fallback = WriteTransaction::isoDateTime(msecsSinceEpoch, offsetSeconds).toLatin1();
    }
    QByteArrayView view() const { return m_length ? QByteArrayView(m_buffer, m_length) : QByteArrayView(m_fallback); }

private:
    char m_buffer[32];
    qsizetype m_length;
    QByteArray m_fallback;
};

} // namespace

QByteArray WriteTransaction::canonicalEntry(const AuditEntry& entry)
{
    const QByteArray seq = QByteArray::number(entry.seq);
    const QByteArray atUtc = entry.atUtc.toUtf8();
    const QByteArray atLocal = entry.atLocal.toUtf8();
    const QByteArray user = entry.user.toUtf8();
    const QByteArray action = entry.action.toUtf8();
    const QByteArray objectType = entry.objectType.toUtf8();
    const QByteArray objectId = entry.objectId.toUtf8();
    QByteArray out;
    appendCanonical(out, {seq, atUtc, atLocal, user, action, objectType, objectId, entry.oldValues, entry.newValues});
    return out;
}

QString WriteTransaction::entryHash(const QString& previousHash, const AuditEntry& entry)
{
    return QString::fromLatin1(sha256Hex(previousHash.toLatin1(), canonicalEntry(entry)));
}

QString WriteTransaction::isoDateTime(qint64 msecsSinceEpoch, int offsetSeconds, bool withMs)
{
    char buffer[32];
    const qsizetype length = formatIso(buffer, msecsSinceEpoch, offsetSeconds, withMs);
    if (length > 0)
        return QString::fromLatin1(buffer, length);
    const QDateTime t = QDateTime::fromMSecsSinceEpoch(msecsSinceEpoch, Qt::OffsetFromUTC, offsetSeconds);
    return t.toString(withMs ? Qt::ISODateWithMs : Qt::ISODate);
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
    const qint64 seq = m_lastSeq + 1;
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    char seqDigits[24];
    const QByteArrayView seqText(seqDigits,
                                 std::to_chars(seqDigits, seqDigits + sizeof seqDigits, seq).ptr - seqDigits);
    const IsoText atUtcText(now, 0);
    const IsoText atLocalText(now, localOffset(now));
    const QByteArrayView atUtc = atUtcText.view();
    const QByteArrayView atLocal = atLocalText.view();
    // Into buffers kept by the transaction: an import appends 100,000 entries and a malloc per field adds up.
    const QByteArrayView user = utf8Into(m_fieldText[0], m_db.currentUser());
    const QByteArrayView actionText = utf8Into(m_fieldText[1], action);
    const QByteArrayView objectTypeText = utf8Into(m_fieldText[2], objectType);
    const QByteArrayView objectIdText = utf8Into(m_fieldText[3], objectId);
    m_canonical.clear();
    appendCanonical(m_canonical,
                    {seqText, atUtc, atLocal, user, actionText, objectTypeText, objectIdText, beforeJson, afterJson});
    const QByteArray hash = sha256Hex(m_lastHash, m_canonical);

    BulkStatement& q = prepareBulk(QStringLiteral(
        "INSERT INTO audit_log (seq, at_utc, at_local, user_name, action, object_type, object_id, old_values, "
        "new_values, hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    q.bindInt(0, seq);
    q.bindUtf8(1, atUtc);
    q.bindUtf8(2, atLocal);
    q.bindUtf8(3, user);
    q.bindUtf8(4, actionText);
    q.bindUtf8(5, objectTypeText);
    q.bindUtf8(6, objectIdText);
    // An entry without old (or new) values stores NULL, never an empty text.
    if (beforeJson.isEmpty())
        q.bindNull(7);
    else
        q.bindUtf8(7, beforeJson);
    if (afterJson.isEmpty())
        q.bindNull(8);
    else
        q.bindUtf8(8, afterJson);
    q.bindUtf8(9, hash);
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
    m_bulkStatements.clear();
    QSqlQuery q(m_db.sql());
    if (!q.exec(QStringLiteral("COMMIT"))) {
        fail(tr("The data could not be saved: %1").arg(q.lastError().text()));
        rollback();
        return false;
    }
    m_open = false;
    m_undo.clear();
    // loadLastEntry ran, so this transaction appended entries: the anchor outside the file follows them.
    if (m_haveLastHash)
        AuditAnchor::advance(m_db.path(), m_db.sql(), {m_lastSeq, QString::fromLatin1(m_lastHash)});
    return true;
}

void WriteTransaction::rollback()
{
    if (!m_open)
        return;
    m_statements.clear();
    m_bulkStatements.clear();
    QSqlQuery q(m_db.sql());
    q.exec(QStringLiteral("ROLLBACK"));
    m_open = false;
    for (auto it = m_undo.rbegin(); it != m_undo.rend(); ++it)
        (*it)();
    m_undo.clear();
}

void WriteTransaction::onRollback(std::function<void()> undo)
{
    m_undo.push_back(std::move(undo));
}
