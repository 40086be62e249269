#include "AutoBackup.h"

#include "AuditTrail.h"
#include "DataBackup.h"
#include "Database.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QtDebug>

namespace {

const QLatin1String kStampFormat("yyyyMMdd-HHmmss");

QRegularExpression ownPattern(const QString& dataPath)
{
    return QRegularExpression(QStringLiteral("^%1-auto-(\\d{8}-\\d{6})\\.sqlite$")
                                  .arg(QRegularExpression::escape(QFileInfo(dataPath).completeBaseName())));
}

} // namespace

AutoBackup::AutoBackup(Database& db, Clock clock)
    : m_db(db)
    , m_clock(std::move(clock))
{ }

QDateTime AutoBackup::now() const
{
    return m_clock ? m_clock() : QDateTime::currentDateTime();
}

QString AutoBackup::folder() const
{
    return QFileInfo(m_db.path()).absoluteDir().filePath(QStringLiteral("backups"));
}

int AutoBackup::keep() const
{
    QSqlQuery q(m_db.sql());
    q.prepare(QStringLiteral("SELECT value FROM setting WHERE key = ?"));
    q.addBindValue(keepKey());
    if (q.exec() && q.next()) {
        bool ok = false;
        const int n = q.value(0).toString().trimmed().toInt(&ok);
        if (ok && n >= 1)
            return n;
    }
    return DefaultKeep;
}

bool AutoBackup::isOwnFile(const QString& dataPath, const QString& fileName)
{
    const QRegularExpressionMatch match = ownPattern(dataPath).match(fileName);
    return match.hasMatch() && QDateTime::fromString(match.captured(1), kStampFormat).isValid();
}

QStringList AutoBackup::ownFiles() const
{
    const QDir dir(folder());
    QStringList names;
    for (const QString& name : dir.entryList(QDir::Files, QDir::Name))
        if (isOwnFile(m_db.path(), name))
            names << name;
    // The stamp sorts by time; the rest of the name is the same for all.
    std::sort(names.begin(), names.end(), std::greater<>());
    QStringList paths;
    for (const QString& name : std::as_const(names))
        paths << dir.filePath(name);
    return paths;
}

std::optional<QDateTime> AutoBackup::lastBackupTime() const
{
    const QStringList files = ownFiles();
    if (files.isEmpty())
        return std::nullopt;
    const QRegularExpressionMatch match = ownPattern(m_db.path()).match(QFileInfo(files.first()).fileName());
    return QDateTime::fromString(match.captured(1), kStampFormat);
}

bool AutoBackup::isDue() const
{
    const auto last = lastBackupTime();
    return !last || last->secsTo(now()) >= 24 * 3600 || *last > now().addSecs(3600);
}

bool AutoBackup::run(QString* error, QString* written, Rotation rotation)
{
    QString dummy;
    QString& err = error ? *error : dummy;
    const QString target
        = QDir(folder()).filePath(QStringLiteral("%1-auto-%2.sqlite")
                                      .arg(QFileInfo(m_db.path()).completeBaseName(), now().toString(kStampFormat)));
    const auto fail = [&](const QString& message) {
        err = message;
        qWarning("automatic backup failed: %s", qPrintable(message));
        QString recordError;
        if (!AuditTrail::recordEvent(m_db, QStringLiteral("backup-failed"), QStringLiteral("database"), target,
                                     {{QStringLiteral("file"), target},
                                      {QStringLiteral("automatic"), true},
                                      {QStringLiteral("error"), message}},
                                     &recordError))
            qWarning("the failed automatic backup could not be recorded: %s", qPrintable(recordError));
        return false;
    };
    if (!QDir().mkpath(folder()) || !QFileInfo(folder()).isDir())
        return fail(tr("The folder %1 cannot be created.").arg(QDir::toNativeSeparators(folder())));
    if (QFileInfo::exists(target)) { // a copy of this very second exists already
        if (written)
            *written = target;
        return true;
    }
    QString backupError;
    if (!DataBackup::writeBackup(m_db, target, false, {{QStringLiteral("automatic"), true}}, &backupError))
        return fail(backupError);
    if (written)
        *written = target;
    if (rotation == Rotation::KeepAll)
        return true;
    const QStringList files = ownFiles();
    for (qsizetype i = keep(); i < files.size(); ++i)
        if (!QFile::remove(files.at(i)))
            qWarning("an old automatic backup could not be deleted: %s", qPrintable(files.at(i)));
    return true;
}

bool AutoBackup::runIfDue(QString* error, QString* written, Rotation rotation)
{
    return !isDue() || run(error, written, rotation);
}

std::optional<QString> AutoBackup::lastFailure() const
{
    QSqlQuery q(m_db.sql());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT action, new_values FROM audit_log WHERE object_type = 'database' AND "
                             "(action = 'backup-failed' OR (action = 'backup' AND new_values LIKE ?)) "
                             "ORDER BY seq DESC LIMIT 1"));
    q.addBindValue(QStringLiteral("%\"automatic\":true%"));
    if (!q.exec() || !q.next() || q.value(0).toString() != QLatin1String("backup-failed"))
        return std::nullopt;
    const QJsonObject values = QJsonDocument::fromJson(q.value(1).toString().toUtf8()).object();
    return values.value(QStringLiteral("error")).toString();
}
