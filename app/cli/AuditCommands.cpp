#include "AuditCommands.h"

#include "AuditTrail.h"
#include "CommandLine.h"
#include "DataBackup.h"
#include "Database.h"
#include "RegistryCheck.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

namespace {

class AuditCommands final
{
    Q_DECLARE_TR_FUNCTIONS(AuditCommands)

public:
    static QString shown(const QString& path) { return QDir::toNativeSeparators(QFileInfo(path).absoluteFilePath()); }
};

} // namespace

int runAuditCommand(Database& db, const QStringList& args, QTextStream& out, QTextStream& err)
{
    if (args != QStringList {QStringLiteral("verify")}) {
        err << AuditCommands::tr("usage: shuangsui-cli --db FILE audit verify") << Qt::endl;
        return CommandLine::UsageError;
    }
    qint64 entries = 0;
    if (const auto problem = AuditTrail::verify(db, &entries)) {
        err << QStringLiteral("audit trail NOT intact: %1").arg(problem->message) << Qt::endl;
        return CommandLine::DataError;
    }
    // The log is whole; are the registries still what it says?
    QString error;
    const auto differences = RegistryCheck::run(db, 20, &error);
    if (!differences) {
        err << error << Qt::endl;
        return CommandLine::DataError;
    }
    if (!differences->isEmpty()) {
        err << AuditCommands::tr("The data file was changed outside the program:") << Qt::endl;
        for (const RegistryDifference& d : *differences)
            err << QStringLiteral("  ") << RegistryCheck::describe(d) << Qt::endl;
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
    QString error;
    qint64 bytes = 0;
    if (!DataBackup::writeBackup(db, target, force, {}, &error, &bytes)) {
        err << error << Qt::endl;
        return CommandLine::DataError;
    }
    out << QStringLiteral("backup written to %1 (%2 bytes)").arg(AuditCommands::shown(target)).arg(bytes)
        << Qt::endl;
    return CommandLine::Done;
}

int runRestoreCommand(const QString& dbPath, const QStringList& args, QTextStream& out, QTextStream& err,
                      const QString& user)
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
    if (!user.isEmpty())
        db->setCurrentUser(user);

    const auto candidate = DataBackup::prepareRestore(current, source, &error);
    if (!candidate) {
        err << error << Qt::endl << AuditCommands::tr("Nothing was changed.") << Qt::endl;
        return CommandLine::DataError;
    }
    QString keep;
    if (!DataBackup::restore(*db, *candidate, &keep, &error)) {
        err << error << Qt::endl;
        if (keep.isEmpty())
            err << AuditCommands::tr("Nothing was changed.") << Qt::endl;
        else
            err << AuditCommands::tr("The data as it was before is kept in %1.").arg(AuditCommands::shown(keep))
                << Qt::endl;
        return CommandLine::DataError;
    }
    out << QStringLiteral("restored %1 into %2; the data as it was before is kept in %3")
               .arg(AuditCommands::shown(source), AuditCommands::shown(current), AuditCommands::shown(keep))
        << Qt::endl;
    return CommandLine::Done;
}
