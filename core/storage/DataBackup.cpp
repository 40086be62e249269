#include "DataBackup.h"

#include "AuditAnchor.h"
#include "AuditTrail.h"
#include "Database.h"
#include "Platform.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

namespace {

QString shown(const QString& path)
{
    return QDir::toNativeSeparators(QFileInfo(path).absoluteFilePath());
}

// Reads what the clerk is asked to confirm from a checked copy, read-only.
bool describe(RestoreCandidate* candidate)
{
    const QString connection = QStringLiteral("describe-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    bool ok = false;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connection);
        db.setDatabaseName(candidate->copy);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        if (db.open()) {
            QSqlQuery q(db);
            ok = q.exec(QStringLiteral("PRAGMA user_version")) && q.next();
            if (ok)
                candidate->schemaVersion = q.value(0).toInt();
            ok = ok && q.exec(QStringLiteral("SELECT count(*) FROM audit_log")) && q.next();
            if (ok)
                candidate->entries = q.value(0).toLongLong();
            ok = ok && q.exec(QStringLiteral("SELECT at_local FROM audit_log ORDER BY seq DESC LIMIT 1"));
            if (ok && q.next())
                candidate->lastChange = QDateTime::fromString(q.value(0).toString(), Qt::ISODateWithMs).toLocalTime();
            if (ok && db.tables().contains(QStringLiteral("app_user"))) {
                ok = q.exec(QStringLiteral("SELECT count(*), coalesce(sum(role = 'admin' AND active = 1), 0) FROM "
                                           "app_user"))
                    && q.next();
                if (ok) {
                    candidate->users = q.value(0).toLongLong();
                    candidate->administrators = q.value(1).toLongLong();
                }
            }
            q.finish();
            db.close();
        }
    }
    QSqlDatabase::removeDatabase(connection);
    return ok;
}

} // namespace

bool DataBackup::trailIsWhole(const QString& file, QString* error)
{
    const QString connection = QStringLiteral("trail-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    std::optional<AuditProblem> problem;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connection);
        db.setDatabaseName(file);
        if (db.open())
            problem = AuditTrail::verify(db);
        else
            problem = AuditProblem {0, db.lastError().text()};
        db.close();
    }
    QSqlDatabase::removeDatabase(connection);
    if (problem && error)
        *error = tr("The audit trail in %1 is not intact: %2").arg(shown(file), problem->message);
    return !problem;
}

QString DataBackup::tempBeside(const QString& path, const QString& what)
{
    return QStringLiteral("%1.%2-%3.tmp")
        .arg(QFileInfo(path).absoluteFilePath(), what, QUuid::createUuid().toString(QUuid::Id128));
}

void DataBackup::removeWithCompanions(const QString& path)
{
    for (const char* suffix : {"", "-wal", "-shm", "-journal"})
        QFile::remove(path + QLatin1String(suffix));
}

bool DataBackup::writeBackup(Database& db, const QString& target, bool replace, const QJsonObject& details,
                             QString* error, qint64* bytes)
{
    QString dummy;
    QString& err = error ? *error : dummy;
    const QString file = QFileInfo(target).absoluteFilePath();
    if (file == QFileInfo(db.path()).absoluteFilePath()) {
        err = tr("The backup cannot be written over the data file itself.");
        return false;
    }
    if (QFileInfo::exists(file) && !replace) {
        err = tr("%1 already exists. Choose another name.").arg(shown(file));
        return false;
    }
    const QString temp = tempBeside(file, QStringLiteral("backup"));
    if (!db.backupTo(temp, &err))
        return false;
    QString reason;
    if (!Platform::replaceFile(temp, file, &reason)) {
        QFile::remove(temp);
        err = tr("The backup %1 cannot be written: %2").arg(shown(file), reason);
        return false;
    }
    const qint64 size = QFileInfo(file).size();
    if (bytes)
        *bytes = size;
    QJsonObject values = details;
    values.insert(QStringLiteral("file"), file);
    values.insert(QStringLiteral("bytes"), size);
    QString recordError;
    if (!AuditTrail::recordEvent(db, QStringLiteral("backup"), QStringLiteral("database"), file, values,
                                 &recordError)) {
        err = tr("The backup %1 was written, but it could not be recorded in the audit trail: %2")
                  .arg(shown(file), recordError);
        return false;
    }
    return true;
}

std::optional<RestoreCandidate> DataBackup::prepareRestore(const QString& dataPath, const QString& source,
                                                           QString* error)
{
    QString dummy;
    QString& err = error ? *error : dummy;
    RestoreCandidate candidate;
    candidate.source = QFileInfo(source).absoluteFilePath();
    const QString current = QFileInfo(dataPath).absoluteFilePath();
    if (candidate.source == current) {
        err = tr("%1 is the data file itself.").arg(shown(source));
        return std::nullopt;
    }
    if (!QFileInfo(source).isFile()) {
        err = tr("%1 does not exist.").arg(shown(source));
        return std::nullopt;
    }
    candidate.modified = QFileInfo(source).lastModified();
    // Checked in the data file's folder (the source is never written) and then renamed into place.
    candidate.copy = tempBeside(current, QStringLiteral("restore"));
    if (!QFile::copy(source, candidate.copy)) {
        removeWithCompanions(candidate.copy);
        err = tr("%1 cannot be copied beside the data file.").arg(shown(source));
        return std::nullopt;
    }
    QFile::setPermissions(candidate.copy, QFile::permissions(candidate.copy) | QFileDevice::WriteOwner);
    if (!Database::checkReplacement(candidate.copy, &err) || !trailIsWhole(candidate.copy, &err)) {
        removeWithCompanions(candidate.copy);
        // The check names the copy; the clerk knows the file by the name they gave.
        err.replace(QDir::toNativeSeparators(candidate.copy), shown(source));
        return std::nullopt;
    }
    const bool described = describe(&candidate);
    for (const char* suffix : {"-wal", "-shm", "-journal"})
        QFile::remove(candidate.copy + QLatin1String(suffix));
    if (!described) {
        removeWithCompanions(candidate.copy);
        err = tr("%1 cannot be read.").arg(shown(source));
        return std::nullopt;
    }
    return candidate;
}

void DataBackup::discard(const RestoreCandidate& candidate)
{
    removeWithCompanions(candidate.copy);
}

bool DataBackup::keepsAnAdministrator(Database& db, const RestoreCandidate& candidate, QString* error)
{
    if (candidate.administrators > 0)
        return true;
    QSqlQuery q(db.sql());
    if (!q.exec(QStringLiteral("SELECT EXISTS (SELECT 1 FROM app_user)")) || !q.next()) {
        if (error)
            *error = tr("The user accounts of the data file cannot be read: %1").arg(q.lastError().text());
        return false;
    }
    if (!q.value(0).toBool())
        return true;
    if (error)
        *error = candidate.users == 0
            ? tr("The backup %1 has no user accounts, so no administrator either: once restored, the data would be "
                 "open to anyone without a login. Choose a backup made after the accounts were set up.")
                  .arg(shown(candidate.source))
            : tr("The backup %1 has no active administrator account: once restored, no one could manage users, "
                 "settings or restores. Choose a backup that has an active administrator.")
                  .arg(shown(candidate.source));
    return false;
}

bool DataBackup::restore(Database& db, const RestoreCandidate& candidate, QString* keptCopy, QString* error)
{
    QString dummy;
    QString& err = error ? *error : dummy;
    if (!keepsAnAdministrator(db, candidate, &err)) {
        discard(candidate);
        return false;
    }
    const QFileInfo info(db.path());
    const QString keep = info.dir().filePath(
        QStringLiteral("%1.before-restore-%2.sqlite")
            .arg(info.completeBaseName(), QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmmss"))));
    if (!db.backupTo(keep, &err)) {
        discard(candidate);
        return false;
    }
    if (keptCopy)
        *keptCopy = keep;
    if (!db.replaceWith(candidate.copy, &err)) {
        discard(candidate);
        return false;
    }
    // The file now holds the backup's trail, checked whole by prepareRestore: the anchor follows it from here.
    AuditAnchor::reset(db.path(), db.sql());
    QString recordError;
    if (!AuditTrail::recordEvent(db, QStringLiteral("restore"), QStringLiteral("database"), candidate.source,
                                 {{QStringLiteral("file"), candidate.source}, {QStringLiteral("previousCopy"), keep}},
                                 &recordError)) {
        err = tr("The data was restored, but the restore could not be recorded in the audit trail: %1")
                  .arg(recordError);
        return false;
    }
    return true;
}
