#include "RestoreCommand.h"

#include "BackupCommand.h"
#include "BackupOperations.h"

#include <QCommandLineParser>
#include <QFileInfo>
#include <QTextStream>

RestoreCommand::RestoreCommand()
{
    name = QStringLiteral("restore");
    synopsis = QStringLiteral("restore IN.sqlite");
    summary = tr("check IN, keep the current data beside it, then put IN's\ndata in its place");
    login = Login::Required;
    permission = Access::Permission::Restore; // BackupOperations::checkRestore()
    arguments = {{QStringLiteral("IN.sqlite"), tr("The backup whose data replaces the current data.")}};
}

int RestoreCommand::run(Session& session, const QCommandLineParser& parser)
{
    QTextStream& err = session.err;
    const auto shown = BackupCommand::shown;
    const QString source = QFileInfo(parser.positionalArguments().at(0)).absoluteFilePath();
    Database* db = database(session); // takes the lock: no other window may use the file meanwhile
    if (!db)
        return ExitCode::DataError;
    BackupOperations backups(*db, session.actor);
    std::optional<RestoreCandidate> candidate;
    if (const Outcome prepared = backups.prepareRestore(source, &candidate); !prepared) {
        const int exit = report(session, prepared);
        if (prepared.kind() != Outcome::Kind::RefusedByRole)
            err << tr("Nothing was changed.") << Qt::endl;
        return exit;
    }
    QString keep;
    if (const Outcome restored = backups.restore(*candidate, &keep); !restored) {
        const int exit = report(session, restored);
        if (keep.isEmpty())
            err << tr("Nothing was changed.") << Qt::endl;
        else
            err << tr("The data as it was before is kept in %1.").arg(shown(keep)) << Qt::endl;
        return exit;
    }
    session.out << QStringLiteral("restored %1 into %2; the data as it was before is kept in %3")
                       .arg(shown(source), shown(QFileInfo(db->path()).absoluteFilePath()), shown(keep))
                << Qt::endl;
    return ExitCode::Done;
}
