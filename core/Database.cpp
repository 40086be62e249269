#include "Database.h"

#include "AuditTrail.h"
#include "Schema.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QUuid>
#include <QtEndian>

#include <filesystem>
#include <system_error>

namespace {

QString newConnectionName()
{
    return QStringLiteral("shuangsui-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
}

QString osUserName()
{
    QString user = qEnvironmentVariable("USERNAME");
    if (user.isEmpty())
        user = qEnvironmentVariable("USER");
    return user.isEmpty() ? QStringLiteral("local") : user;
}

bool execPragma(const QSqlDatabase& db, const QString& sql, QString* error)
{
    QSqlQuery q(db);
    if (q.exec(sql))
        return true;
    if (error)
        *error = q.lastError().text();
    return false;
}

} // namespace

Database::Database(QString path, QString connection)
    : m_path(std::move(path))
    , m_connection(std::move(connection))
    , m_user(osUserName())
{
}

Database::~Database()
{
    {
        QSqlDatabase db = sql();
        if (db.isOpen())
            db.close();
    }
    QSqlDatabase::removeDatabase(m_connection);
}

QString Database::defaultPath()
{
    if (isPortable())
        return QDir(QCoreApplication::applicationDirPath()).filePath(QStringLiteral("data/shuangsui.sqlite"));
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation))
        .filePath(QStringLiteral("shuangsui.sqlite"));
}

bool Database::isPortable()
{
    return QFileInfo::exists(QDir(QCoreApplication::applicationDirPath()).filePath(QStringLiteral("portable")));
}

std::unique_ptr<Database> Database::open(const QString& path, QString* error)
{
    QString dummy;
    QString& err = error ? *error : dummy;
    const QFileInfo info(path);
    const QString shown = QDir::toNativeSeparators(info.absoluteFilePath());

    if (info.exists()) {
        if (!info.isFile()) {
            err = tr("%1 is not a file.").arg(shown);
            return nullptr;
        }
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly)) {
            err = tr("The data file %1 cannot be read: %2").arg(shown, file.errorString());
            return nullptr;
        }
        const QByteArray header = file.read(16);
        if (!header.isEmpty() && header != QByteArray("SQLite format 3\0", 16)) {
            err = tr("%1 is not a shuangsui data file (it is not an SQLite database). Nothing was changed.")
                      .arg(shown);
            return nullptr;
        }
        // Permission bits as well as access(): root may write anything, but a file marked read-only (the Windows
        // attribute, or chmod a-w) is the clerk's signal that it must not change.
        if (!info.isWritable() || !(info.permissions() & QFileDevice::WriteOwner)) {
            err = tr("The data file %1 is read-only. Copy it to a folder you may write to, or ask the "
                     "administrator to allow writing. Nothing was changed.")
                      .arg(shown);
            return nullptr;
        }
    } else {
        if (!QDir().mkpath(info.absolutePath())) {
            err = tr("The folder %1 cannot be created.").arg(QDir::toNativeSeparators(info.absolutePath()));
            return nullptr;
        }
    }

    auto lock = std::make_unique<QLockFile>(path + QStringLiteral(".lock"));
    lock->setStaleLockTime(0);
    if (!lock->tryLock(0)) {
        if (lock->error() == QLockFile::LockFailedError)
            err = tr("The data file %1 is already open in another shuangsui window. Close that window first.")
                      .arg(shown);
        else
            err = tr("The data file %1 cannot be locked (the folder may be read-only).").arg(shown);
        return nullptr;
    }

    std::unique_ptr<Database> database(new Database(info.absoluteFilePath(), newConnectionName()));
    database->m_lock = std::move(lock);
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), database->m_connection);
    db.setDatabaseName(path);
    db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
    if (!db.open()) {
        err = tr("The data file %1 cannot be opened: %2").arg(shown, db.lastError().text());
        return nullptr;
    }
    if (!database->configure(&err)) {
        err = tr("The data file %1 cannot be used: %2").arg(shown, err);
        return nullptr;
    }
    return database;
}

std::unique_ptr<Database> Database::openInMemory(QString* error)
{
    std::unique_ptr<Database> database(new Database(QStringLiteral(":memory:"), newConnectionName()));
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), database->m_connection);
    db.setDatabaseName(QStringLiteral(":memory:"));
    if (!db.open()) {
        if (error)
            *error = db.lastError().text();
        return nullptr;
    }
    if (!database->configure(error))
        return nullptr;
    return database;
}

bool Database::configure(QString* error)
{
    const QSqlDatabase db = sql();
    // foreign_keys must be set outside any transaction, before anything else.
    if (!execPragma(db, QStringLiteral("PRAGMA foreign_keys = ON"), error))
        return false;
    const int version = schemaVersion();
    if (version < 0) {
        if (error)
            *error = tr("it is not a valid database file");
        return false;
    }
    if (version > SchemaVersion) {
        if (error)
            *error = tr("it was written by a newer version of shuangsui (data version %1; this program knows "
                        "up to %2). Install the newer program. Nothing was changed.")
                         .arg(version)
                         .arg(SchemaVersion);
        return false;
    }
    if (m_path != QLatin1String(":memory:") && !execPragma(db, QStringLiteral("PRAGMA journal_mode = WAL"), error))
        return false;
    if (!execPragma(db, QStringLiteral("PRAGMA synchronous = NORMAL"), error))
        return false;
    return migrate(version, error);
}

int Database::schemaVersion() const
{
    QSqlQuery q(sql());
    if (!q.exec(QStringLiteral("PRAGMA user_version")) || !q.next())
        return -1;
    return q.value(0).toInt();
}

bool Database::migrate(int from, QString* error)
{
    if (from >= SchemaVersion)
        return true;
    QSqlDatabase db = sql();
    if (!db.transaction()) {
        if (error)
            *error = db.lastError().text();
        return false;
    }
    QString stepError;
    for (int step = from + 1; step <= SchemaVersion; ++step) {
        for (const QString& statement : Schema::migrationStatements(step)) {
            QSqlQuery q(db);
            if (!q.exec(statement)) {
                stepError = tr("upgrading the data to version %1 failed: %2").arg(step).arg(q.lastError().text());
                break;
            }
        }
        if (!stepError.isEmpty())
            break;
    }
    if (stepError.isEmpty()) {
        QSqlQuery q(db);
        if (!q.exec(QStringLiteral("PRAGMA user_version = %1").arg(SchemaVersion)))
            stepError = q.lastError().text();
    }
    if (!stepError.isEmpty()) {
        db.rollback();
        if (error)
            *error = stepError;
        return false;
    }
    if (!db.commit()) {
        if (error)
            *error = db.lastError().text();
        db.rollback();
        return false;
    }
    return true;
}

bool Database::backupTo(const QString& file, QString* error)
{
    const QString shown = QDir::toNativeSeparators(QFileInfo(file).absoluteFilePath());
    if (QFileInfo::exists(file)) {
        if (error)
            *error = tr("%1 already exists.").arg(shown);
        return false;
    }
    QSqlQuery q(sql());
    if (!q.prepare(QStringLiteral("VACUUM INTO ?"))) {
        if (error)
            *error = tr("The copy %1 cannot be written: %2").arg(shown, q.lastError().text());
        return false;
    }
    q.addBindValue(QFileInfo(file).absoluteFilePath());
    if (!q.exec()) {
        if (error)
            *error = tr("The copy %1 cannot be written: %2").arg(shown, q.lastError().text());
        QFile::remove(file);
        return false;
    }
    return true;
}

bool Database::checkReplacement(const QString& file, QString* error)
{
    QString dummy;
    QString& err = error ? *error : dummy;
    const QFileInfo info(file);
    const QString shown = QDir::toNativeSeparators(info.absoluteFilePath());
    QFile f(file);
    if (!info.isFile() || !f.open(QIODevice::ReadOnly)) {
        err = tr("%1 cannot be read.").arg(shown);
        return false;
    }
    const QByteArray header = f.read(100);
    if (!header.startsWith(QByteArray("SQLite format 3\0", 16))) {
        err = tr("%1 is not a shuangsui data file (it is not an SQLite database).").arg(shown);
        return false;
    }
    // The page size and, when the header's count is current (the change counter at byte 24 equals
    // the version-valid-for number at byte 92), the number of pages: a
    // shorter file was cut off, by an interrupted copy for instance.
    const qint64 size = f.size();
    qint64 pageSize = header.size() >= 100 ? qFromBigEndian<quint16>(header.constData() + 16) : 0;
    if (pageSize == 1)
        pageSize = 65536;
    const bool countValid = header.size() >= 100
        && qFromBigEndian<quint32>(header.constData() + 24) == qFromBigEndian<quint32>(header.constData() + 92);
    const qint64 pages = header.size() >= 100 ? qFromBigEndian<quint32>(header.constData() + 28) : 0;
    if (header.size() < 100 || pageSize < 512 || size % pageSize != 0 || (countValid && size < pages * pageSize)) {
        err = tr("%1 is incomplete (the file was cut off; %2 bytes).").arg(shown).arg(size);
        return false;
    }
    f.close();

    const QString connection = newConnectionName();
    bool ok = false;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connection);
        db.setDatabaseName(file);
        ok = [&] {
            if (!db.open()) {
                err = tr("%1 cannot be opened: %2").arg(shown, db.lastError().text());
                return false;
            }
            QSqlQuery q(db);
            if (!q.exec(QStringLiteral("PRAGMA integrity_check")) || !q.next()) {
                err = tr("%1 is damaged: %2").arg(shown, q.lastError().text());
                return false;
            }
            if (q.value(0).toString() != QLatin1String("ok")) {
                err = tr("%1 is damaged: %2").arg(shown, q.value(0).toString());
                return false;
            }
            if (!q.exec(QStringLiteral("PRAGMA user_version")) || !q.next()) {
                err = tr("%1 cannot be read: %2").arg(shown, q.lastError().text());
                return false;
            }
            const int version = q.value(0).toInt();
            if (version > SchemaVersion) {
                err = tr("%1 was written by a newer version of shuangsui (data version %2; this program knows up "
                         "to %3). Install the newer program first.")
                          .arg(shown)
                          .arg(version)
                          .arg(SchemaVersion);
                return false;
            }
            if (!q.exec(QStringLiteral("SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = "
                                       "'audit_log'"))
                || !q.next() || version < 1 || q.value(0).toInt() != 1) {
                err = tr("%1 is not a shuangsui data file.").arg(shown);
                return false;
            }
            q.finish();
            if (const auto problem = AuditTrail::verify(db)) {
                err = tr("The audit trail in %1 is not intact: %2").arg(shown, problem->message);
                return false;
            }
            return true;
        }();
        db.close();
    }
    QSqlDatabase::removeDatabase(connection);
    return ok;
}

bool Database::replaceWith(const QString& file, QString* error)
{
    QString dummy;
    QString& err = error ? *error : dummy;
    const QString shown = QDir::toNativeSeparators(m_path);
    {
        QSqlDatabase db = sql();
        db.close(); // the last connection: SQLite checkpoints and removes its -wal file
    }
    std::error_code ec;
    std::filesystem::rename(QFileInfo(file).absoluteFilePath().toStdU16String(), m_path.toStdU16String(), ec);
    const bool moved = !ec;
    if (moved) {
        // Left by an earlier crash they would belong to the old content, and SQLite would apply them to the new.
        for (const char* suffix : {"-wal", "-shm", "-journal"})
            QFile::remove(m_path + QLatin1String(suffix));
    }
    QSqlDatabase db = sql();
    if (!db.open()) {
        err = tr("The data file %1 cannot be opened: %2").arg(shown, db.lastError().text());
        return false;
    }
    if (!moved) {
        err = tr("The data file %1 cannot be replaced: %2").arg(shown, QString::fromStdString(ec.message()));
        return false;
    }
    if (!configure(&err)) {
        err = tr("The data file %1 cannot be used: %2").arg(shown, err);
        return false;
    }
    return true;
}
