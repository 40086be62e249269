#include "RestoreCommand.h"

#include "BackupCommand.h"
#include "DataBackup.h"

#include <QCommandLineParser>
#include <QFileInfo>
#include <QTextStream>

RestoreCommand::RestoreCommand()
{
    name = QStringLiteral("restore");
    synopsis = QStringLiteral("restore IN.sqlite");
    summary = tr("check IN, keep the current data beside it, then put IN's\ndata in its place");
    login = Login::Required;
    permission = Access::Permission::Restore;
    arguments = {{QStringLiteral("IN.sqlite"), tr("The backup whose data replaces the current data.")}};
}

int RestoreCommand::run(Session& session, const QCommandLineParser& parser)
{
    QTextStream& err = session.err;
    const auto shown = BackupCommand::shown;
    const QString source = QFileInfo(parser.positionalArguments().at(0)).absoluteFilePath();
    const QString current = QFileInfo(session.dataFilePath()).absoluteFilePath();
    if (source == current) {
        err << tr("%1 is the data file itself. Nothing was changed.").arg(shown(source)) << Qt::endl;
        return ExitCode::DataError;
    }
    if (!QFileInfo(source).isFile()) {
        err << tr("%1 does not exist. Nothing was changed.").arg(shown(source)) << Qt::endl;
        return ExitCode::DataError;
    }
    Database* db = database(session); // takes the lock: no other window may use the file meanwhile
    if (!db)
        return ExitCode::DataError;
    QString error;
    const auto candidate = DataBackup::prepareRestore(current, source, &error);
    if (!candidate) {
        err << error << Qt::endl << tr("Nothing was changed.") << Qt::endl;
        return ExitCode::DataError;
    }
    QString keep;
    if (!DataBackup::restore(*db, *candidate, &keep, &error)) {
        err << error << Qt::endl;
        if (keep.isEmpty())
            err << tr("Nothing was changed.") << Qt::endl;
        else
            err << tr("The data as it was before is kept in %1.").arg(shown(keep)) << Qt::endl;
        return ExitCode::DataError;
    }
    session.out << QStringLiteral("restored %1 into %2; the data as it was before is kept in %3")
                       .arg(shown(source), shown(current), shown(keep))
                << Qt::endl;
    return ExitCode::Done;
}
