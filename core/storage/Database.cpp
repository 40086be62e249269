#include "Database.h"

#include "AuditAnchor.h"
#include "Platform.h"
#include "Schema.h"
#include "SchemaCheck.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QUuid>
#include <QtEndian>

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
{ }

Database::~Database()
{
    AuditAnchor::flush(m_path);
    {
        QSqlDatabase db = sql();
        if (db.isOpen())
            db.close();
    }
    QSqlDatabase::removeDatabase(m_connection);
}

QString Database::defaultPath()
{
    return defaultPathFor(QCoreApplication::applicationDirPath());
}

bool Database::isPortable()
{
    return isPortableIn(QCoreApplication::applicationDirPath());
}

QString Database::defaultPathFor(const QString& applicationDir)
{
    if (isPortableIn(applicationDir))
        return QDir(applicationDir).filePath(QStringLiteral("data/shuangsui.sqlite"));
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation))
        .filePath(QStringLiteral("shuangsui.sqlite"));
}

bool Database::isPortableIn(const QString& applicationDir)
{
    return QFileInfo::exists(QDir(applicationDir).filePath(QStringLiteral("portable")));
}

std::unique_ptr<Database> Database::open(const QString& path, QString* error, OpenMode mode)
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
            err = tr("%1 is not a shuangsui data file (it is not an SQLite database). Nothing was changed.").arg(shown);
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
        if (mode != OpenMode::Exclusive) {
            err = tr("The data file %1 does not exist. Nothing was created.").arg(shown);
            return nullptr;
        }
        if (!QDir().mkpath(info.absolutePath())) {
            err = tr("The folder %1 cannot be created.").arg(QDir::toNativeSeparators(info.absolutePath()));
            return nullptr;
        }
    }

    if (mode != OpenMode::Exclusive) {
        bool needsLock = false;
        if (auto database = openWithoutLock(info.absoluteFilePath(), mode, &needsLock, &err))
            return database;
        if (!needsLock) {
            err = tr("The data file %1 cannot be used: %2").arg(shown, err);
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

std::unique_ptr<Database> Database::openWithoutLock(const QString& path, OpenMode mode, bool* needsLock, QString* error)
{
    std::unique_ptr<Database> database(new Database(path, newConnectionName()));
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), database->m_connection);
    db.setDatabaseName(path);
    db.setConnectOptions(mode == OpenMode::ReadOnly ? QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000;QSQLITE_OPEN_READONLY")
                                                    : QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
    if (!db.open()) {
        *error = db.lastError().text();
        return nullptr;
    }
    // A window that has the file open has already created or upgraded it; only then is there nothing to write.
    const int version = database->schemaVersion();
    if (version >= 0 && version < SchemaVersion) {
        *needsLock = true;
        return nullptr;
    }
    if (!database->configure(error))
        return nullptr;
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
    m_upgradeNotice.clear();
    m_upgradeBackup.clear();
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
    // Before anything reads its data or writes to it: the schema must be ours for its data version.
    if (version >= 1) {
        if (const QString problem = SchemaCheck::problem(db, version); !problem.isEmpty()) {
            if (error)
                *error = schemaRefusal(version, problem);
            return false;
        }
    }
    // Data version 0 is a new, empty file. A file with tables but no data version belongs to another program (a
    // browser's history, another office tool): it is left exactly as it is.
    bool isNew = false;
    if (version == 0) {
        QSqlQuery q(db);
        if (!q.exec(QStringLiteral("SELECT count(*) FROM sqlite_master")) || !q.next()) {
            if (error)
                *error = tr("it is not a valid database file");
            return false;
        }
        if (q.value(0).toLongLong() > 0) {
            if (error)
                *error = tr("it is not a shuangsui data file (it is a database of another program). Nothing was "
                            "changed.");
            return false;
        }
        isNew = true;
    }
    // Before anything writes to the file (switching the journal mode does): an older data version is kept as it is.
    if (version >= 1 && version < SchemaVersion && m_path != QLatin1String(":memory:")
        && !backUpBeforeUpgrade(version, error))
        return false;
    if (m_path != QLatin1String(":memory:") && !execPragma(db, QStringLiteral("PRAGMA journal_mode = WAL"), error))
        return false;
    if (!execPragma(db, QStringLiteral("PRAGMA synchronous = NORMAL"), error))
        return false;
    // Up to 64 MiB of the file's pages stay in memory (SQLite's default keeps 2 MiB): the registry's search and
    // counts read the same entity rows keystroke after keystroke, and 100,000 entities take about 40 MiB.
    if (!execPragma(db, QStringLiteral("PRAGMA cache_size = -65536"), error))
        return false;
    if (!migrate(version, error)) {
        if (error && !m_upgradeBackup.isEmpty())
            *error = tr("%1 (the data is unchanged; a copy of the file was also kept at %2)")
                         .arg(*error, QDir::toNativeSeparators(m_upgradeBackup));
        return false;
    }
    // A new file at the path of an earlier one (deleted by the clerk) starts a trail of its own.
    if (isNew)
        AuditAnchor::forget(m_path);
    // The entities written since the search index was last brought up to date (a file of an older program, an
    // import cut short) are indexed now, when this connection may write (it holds the lock, or is in memory).
    if (m_lock || m_path == QLatin1String(":memory:"))
        catchUpEntitySearch();
    if (!m_upgradeBackup.isEmpty())
        m_upgradeNotice = tr("This data file was made by an earlier version of shuangsui (data version %1) and has "
                             "been upgraded to data version %2. A copy of the file as it was is kept at %3.")
                              .arg(version)
                              .arg(SchemaVersion)
                              .arg(QDir::toNativeSeparators(m_upgradeBackup));
    return true;
}

void Database::catchUpEntitySearch()
{
    QSqlDatabase db = sql();
    QSqlQuery behind(db);
    if (!behind.exec(Schema::entitySearchIsBehind()) || !behind.next() || !behind.value(0).toBool())
        return;
    behind.finish();
    // Derived data, not a change of record: no audit entry. When it fails the search is still right (it reads the
    // entities above the mark without the index), only slower; the next open tries again.
    QSqlQuery q(db);
    bool done = q.exec(QStringLiteral("BEGIN IMMEDIATE"));
    for (const QString& statement : Schema::entitySearchCatchUp())
        done = done && q.exec(statement);
    if (done && q.exec(QStringLiteral("COMMIT")))
        return;
    qWarning("The search index could not be brought up to date: %s", qPrintable(q.lastError().text()));
    QSqlQuery(db).exec(QStringLiteral("ROLLBACK"));
}

bool Database::backUpBeforeUpgrade(int fromVersion, QString* error)
{
    const QFileInfo info(m_path);
    const QString suffix = info.suffix().isEmpty() ? QStringLiteral("sqlite") : info.suffix();
    const QString stem = QStringLiteral("%1.v%2-backup-%3")
                             .arg(info.completeBaseName(), QString::number(fromVersion),
                                  QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmmss")));
    QString backup = info.dir().filePath(stem + QLatin1Char('.') + suffix);
    for (int n = 2; QFileInfo::exists(backup); ++n)
        backup = info.dir().filePath(QStringLiteral("%1-%2.%3").arg(stem, QString::number(n), suffix));

    // A file copy keeps the file byte for byte. Changes still in the write-ahead log (left by a program that
    // stopped without closing the file) are not in the main file: then SQLite writes the copy (VACUUM INTO).
    const QFileInfo wal(m_path + QStringLiteral("-wal"));
    bool copied = false;
    QString why;
    if (wal.exists() && wal.size() > 0) {
        copied = backupTo(backup, &why);
    } else {
        QFile source(m_path);
        copied = source.copy(backup);
        if (!copied)
            why = source.errorString();
        else if (QFileInfo(backup).size() != info.size()) {
            copied = false;
            why = tr("the copy is incomplete");
            QFile::remove(backup);
        }
    }
    if (!copied) {
        if (error)
            *error = tr("before upgrading it from data version %1, a copy of it could not be made at %2 (%3). Nothing "
                        "was changed.")
                         .arg(fromVersion)
                         .arg(QDir::toNativeSeparators(backup), why);
        return false;
    }
    m_upgradeBackup = QFileInfo(backup).absoluteFilePath();
    return true;
}

QString Database::schemaRefusal(int version, const QString& problem)
{
    return tr("its structure is not the one shuangsui gives data version %1 (%2). It may have been changed outside "
              "the program, to act behind its back; it is not used, and nothing was changed.")
        .arg(version)
        .arg(problem);
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
            if (const QString problem = SchemaCheck::problem(db, version); !problem.isEmpty()) {
                err = tr("%1 does not have the structure that shuangsui gives data version %2 (%3). It may have "
                         "been changed outside the program, to act behind its back; it is not restored.")
                          .arg(shown)
                          .arg(version)
                          .arg(problem);
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
    QString reason;
    const bool moved = Platform::replaceFile(QFileInfo(file).absoluteFilePath(), m_path, &reason);
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
        err = tr("The data file %1 cannot be replaced: %2").arg(shown, reason);
        return false;
    }
    if (!configure(&err)) {
        err = tr("The data file %1 cannot be used: %2").arg(shown, err);
        return false;
    }
    return true;
}
