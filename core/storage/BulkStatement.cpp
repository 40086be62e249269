#include "BulkStatement.h"

#include <QSqlDriver>
#include <QSqlError>
#include <QStringEncoder>
#include <QVariant>

#include <sqlite3.h>

// The only file that calls SQLite's C API. Why: an import of 100,000 entities runs two INSERTs per record, and
// through QSqlQuery each costs about 20,000 instructions of its own (QVariant per value, UTF-16 texts that SQLite
// converts back, a result cache for a statement that returns no rows) on top of SQLite's work, which made QSqlQuery
// the largest single cost of an import. The connection stays Qt's: same transaction, same error handling around it.
//
// Calling the C API on the driver's handle is only sound when the driver uses the very library linked here, one copy
// in the process. Debian's Qt plugin uses the shared libsqlite3. Qt's own Windows builds carry a private copy, which
// a source-id check cannot tell apart when the versions match, so off Linux the statements always run through
// QSqlQuery (slower, never unsound). On Linux a second copy is also recognised: by another source id, or because our
// copy has allocated no memory although a connection is open.

sqlite3* BulkStatement::handleOf(const QSqlDatabase& db)
{
    if (!db.isOpen() || !db.driver())
        return nullptr;
    const QVariant handle = db.driver()->handle();
    if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0)
        return nullptr;
    return *static_cast<sqlite3* const*>(handle.constData());
}

bool BulkStatement::sqliteApiUsable(const QSqlDatabase& db)
{
#ifndef Q_OS_LINUX
    Q_UNUSED(db);
    return false;
#else
    if (!handleOf(db) || sqlite3_memory_used() <= 0)
        return false;
    QSqlQuery q(db);
    return q.exec(QStringLiteral("SELECT sqlite_source_id()")) && q.next()
        && q.value(0).toString() == QLatin1String(sqlite3_sourceid());
#endif
}

BulkStatement::BulkStatement(const QSqlDatabase& db, const QString& sql, Backend backend)
    : m_query(db)
{
    if (backend == Backend::Automatic && sqliteApiUsable(db)) {
        m_db = handleOf(db);
        const QByteArray utf8 = sql.toUtf8();
        if (sqlite3_prepare_v3(m_db, utf8.constData(), int(utf8.size()), SQLITE_PREPARE_PERSISTENT, &m_stmt, nullptr)
            != SQLITE_OK) {
            m_error = QString::fromUtf8(sqlite3_errmsg(m_db));
            sqlite3_finalize(m_stmt);
            m_stmt = nullptr;
            return;
        }
        m_text.resize(size_t(sqlite3_bind_parameter_count(m_stmt)));
        m_prepared = true;
        return;
    }
    m_prepared = m_query.prepare(sql);
    if (!m_prepared)
        m_error = m_query.lastError().text();
}

BulkStatement::~BulkStatement()
{
    sqlite3_finalize(m_stmt);
}

void BulkStatement::bindNull(int index)
{
    if (m_stmt)
        sqlite3_bind_null(m_stmt, index + 1);
    else
        m_query.bindValue(index, QVariant());
}

void BulkStatement::bindInt(int index, qint64 value)
{
    if (m_stmt)
        sqlite3_bind_int64(m_stmt, index + 1, value);
    else
        m_query.bindValue(index, value);
}

void BulkStatement::bindText(int index, QStringView text)
{
    if (!m_stmt) {
        m_query.bindValue(index, text.isNull() ? QString(QLatin1String("")) : text.toString());
        return;
    }
    if (index < 0 || size_t(index) >= m_text.size())
        return; // sqlite3_step reports the parameter as unbound (NULL)
    // Into a buffer kept per parameter: after the first rows, binding allocates nothing.
    QByteArray& buffer = m_text[size_t(index)];
    QStringEncoder encoder(QStringEncoder::Utf8, QStringEncoder::Flag::Stateless);
    buffer.resize(encoder.requiredSpace(text.size()));
    char* const end = encoder.appendToBuffer(buffer.data(), text);
    buffer.resize(end - buffer.constData());
    sqlite3_bind_text(m_stmt, index + 1, buffer.constData(), int(buffer.size()), SQLITE_STATIC);
}

void BulkStatement::bindUtf8(int index, QByteArrayView utf8)
{
    if (m_stmt)
        sqlite3_bind_text(m_stmt, index + 1, utf8.isNull() ? "" : utf8.data(), int(utf8.size()), SQLITE_STATIC);
    else
        m_query.bindValue(index, QString::fromUtf8(utf8));
}

bool BulkStatement::exec()
{
    if (!m_prepared)
        return false;
    if (!m_stmt) {
        const bool done = m_query.exec();
        if (!done)
            m_error = m_query.lastError().text();
        for (qsizetype i = 0; i < m_query.boundValues().size(); ++i)
            m_query.bindValue(int(i), QVariant());
        return done;
    }
    const int rc = sqlite3_step(m_stmt);
    const bool done = rc == SQLITE_DONE || rc == SQLITE_ROW;
    if (!done)
        m_error = QString::fromUtf8(sqlite3_errmsg(m_db));
    sqlite3_reset(m_stmt);
    sqlite3_clear_bindings(m_stmt);
    return done;
}

qint64 BulkStatement::lastInsertId() const
{
    if (m_stmt)
        return sqlite3_last_insert_rowid(m_db);
    return m_query.lastInsertId().toLongLong();
}
