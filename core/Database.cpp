#include "Database.h"

#include "Schema.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QUuid>

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
