#include "AuditCommands.h"

#include "AuditTrail.h"
#include "CommandLine.h"
#include "Database.h"
#include "WriteTransaction.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonObject>
#include <QUuid>

#include <filesystem>
#include <system_error>

namespace {

class AuditCommands final
{
    Q_DECLARE_TR_FUNCTIONS(AuditCommands)

public:
    static QString shown(const QString& path) { return QDir::toNativeSeparators(QFileInfo(path).absoluteFilePath()); }

    static bool record(Database& db, const QString& action, const QString& file, const QJsonObject& values,
                       QString* error)
    {
        WriteTransaction tx(db);
        if (tx.recordChange(action, QStringLiteral("database"), QFileInfo(file).absoluteFilePath(), {}, values)
            && tx.commit())
            return true;
        *error = tx.error();
        return false;
    }

    // A name in the folder of `path` that nothing uses yet.
    static QString tempBeside(const QString& path, const QString& what)
    {
        return QStringLiteral("%1.%2-%3.tmp")
            .arg(QFileInfo(path).absoluteFilePath(), what, QUuid::createUuid().toString(QUuid::Id128));
    }

    static void removeWithCompanions(const QString& path)
    {
        for (const char* suffix : {"", "-wal", "-shm", "-journal"})
            QFile::remove(path + QLatin1String(suffix));
    }
};

} // namespace

int runAuditCommand(Database& db, const QStringList& args, QTextStream& out, QTextStream& err)
{
    if (args != QStringList {QStringLiteral("verify")}) {
        err << AuditCommands::tr("usage: shuangsui-cli --db FILE audit verify") << Qt::endl;
        return CommandLine::UsageError;
    }
    qint64 entries = 0;
    if (const auto problem = AuditTrail::verify(db.sql(), &entries)) {
        err << QStringLiteral("audit trail NOT intact: %1").arg(problem->message) << Qt::endl;
        return CommandLine::DataError;
    }
    out << QStringLiteral("audit trail verified: %1 entries").arg(entries) << Qt::endl;
    return CommandLine::Done;
}

int runBackupCommand(Database& db, const QStringList& args, QTextStream& out, QTextStream& err)
{
    QStringList positional;
    bool force = false;
    for (const QString& a : args) {
        if (a == QLatin1String("--force"))
            force = true;
        else if (a.startsWith(QLatin1Char('-')))
            positional << QString(); // an unknown option: the usage below
        else
            positional << a;
    }
    if (positional.size() != 1 || positional.first().isEmpty()) {
        err << AuditCommands::tr("usage: shuangsui-cli --db FILE backup OUT.sqlite [--force]") << Qt::endl;
        return CommandLine::UsageError;
    }
    const QString target = QFileInfo(positional.first()).absoluteFilePath();
    if (target == QFileInfo(db.path()).absoluteFilePath()) {
        err << AuditCommands::tr("The backup cannot be written over the data file itself.") << Qt::endl;
        return CommandLine::DataError;
    }
    if (QFileInfo::exists(target) && !force) {
        err << AuditCommands::tr("%1 already exists. Choose another name, or add --force to replace it.")
                   .arg(AuditCommands::shown(target))
            << Qt::endl;
        return CommandLine::DataError;
    }
    // Into a new file first, so an existing backup is replaced only by a complete one.
    const QString temp = AuditCommands::tempBeside(target, QStringLiteral("backup"));
    QString error;
    if (!db.backupTo(temp, &error)) {
        err << error << Qt::endl;
        return CommandLine::DataError;
    }
    std::error_code ec;
    std::filesystem::rename(temp.toStdU16String(), target.toStdU16String(), ec);
    if (ec) {
        QFile::remove(temp);
        err << AuditCommands::tr("The backup %1 cannot be written: %2")
                   .arg(AuditCommands::shown(target), QString::fromStdString(ec.message()))
            << Qt::endl;
        return CommandLine::DataError;
    }
    const qint64 bytes = QFileInfo(target).size();
    if (!AuditCommands::record(db, QStringLiteral("backup"), target,
                               {{QStringLiteral("file"), target}, {QStringLiteral("bytes"), bytes}}, &error)) {
        err << AuditCommands::tr("The backup %1 was written, but it could not be recorded in the audit trail: %2")
                   .arg(AuditCommands::shown(target), error)
            << Qt::endl;
        return CommandLine::DataError;
    }
    out << QStringLiteral("backup written to %1 (%2 bytes)").arg(AuditCommands::shown(target)).arg(bytes)
        << Qt::endl;
    return CommandLine::Done;
}

int runRestoreCommand(const QString& dbPath, const QStringList& args, QTextStream& out, QTextStream& err)
{
    if (args.size() != 1 || args.first().startsWith(QLatin1Char('-'))) {
        err << AuditCommands::tr("usage: shuangsui-cli --db FILE restore IN.sqlite") << Qt::endl;
        return CommandLine::UsageError;
    }
    const QString source = QFileInfo(args.first()).absoluteFilePath();
    const QString current = QFileInfo(dbPath).absoluteFilePath();
    if (source == current) {
        err << AuditCommands::tr("%1 is the data file itself. Nothing was changed.").arg(AuditCommands::shown(source))
            << Qt::endl;
        return CommandLine::DataError;
    }
    if (!QFileInfo(source).isFile()) {
        err << AuditCommands::tr("%1 does not exist. Nothing was changed.").arg(AuditCommands::shown(source))
            << Qt::endl;
        return CommandLine::DataError;
    }
    QString error;
    auto db = Database::open(current, &error); // takes the lock: no other window may use the file meanwhile
    if (!db) {
        err << error << Qt::endl;
        return CommandLine::DataError;
    }

    // A copy in the data file's folder: checked there (the source is never written) and then renamed into place.
    const QString temp = AuditCommands::tempBeside(current, QStringLiteral("restore"));
    if (!QFile::copy(source, temp)) {
        AuditCommands::removeWithCompanions(temp);
        err << AuditCommands::tr("%1 cannot be copied beside the data file. Nothing was changed.")
                   .arg(AuditCommands::shown(source))
            << Qt::endl;
        return CommandLine::DataError;
    }
    QFile::setPermissions(temp, QFile::permissions(temp) | QFileDevice::WriteOwner);
    if (!Database::checkReplacement(temp, &error)) {
        AuditCommands::removeWithCompanions(temp);
        // The check names the copy; the clerk knows the file by the name they gave.
        error.replace(QDir::toNativeSeparators(temp), AuditCommands::shown(source));
        err << error << Qt::endl << AuditCommands::tr("Nothing was changed.") << Qt::endl;
        return CommandLine::DataError;
    }
    for (const char* suffix : {"-wal", "-shm", "-journal"})
        QFile::remove(temp + QLatin1String(suffix));

    const QFileInfo info(current);
    const QString keep = info.dir().filePath(
        QStringLiteral("%1.before-restore-%2.sqlite")
            .arg(info.completeBaseName(), QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmmss"))));
    if (!db->backupTo(keep, &error)) {
        AuditCommands::removeWithCompanions(temp);
        err << error << Qt::endl << AuditCommands::tr("Nothing was changed.") << Qt::endl;
        return CommandLine::DataError;
    }
    if (!db->replaceWith(temp, &error)) {
        AuditCommands::removeWithCompanions(temp);
        err << error << Qt::endl
            << AuditCommands::tr("The data as it was before is kept in %1.").arg(AuditCommands::shown(keep))
            << Qt::endl;
        return CommandLine::DataError;
    }
    if (!AuditCommands::record(*db, QStringLiteral("restore"), source,
                               {{QStringLiteral("file"), source}, {QStringLiteral("previousCopy"), keep}}, &error)) {
        err << AuditCommands::tr("The data was restored, but the restore could not be recorded in the audit "
                                 "trail: %1")
                   .arg(error)
            << Qt::endl;
        return CommandLine::DataError;
    }
    out << QStringLiteral("restored %1 into %2; the data as it was before is kept in %3")
               .arg(AuditCommands::shown(source), AuditCommands::shown(current), AuditCommands::shown(keep))
        << Qt::endl;
    return CommandLine::Done;
}
