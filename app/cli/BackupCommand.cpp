#include "BackupCommand.h"

#include "BackupOperations.h"

#include <QCommandLineParser>
#include <QDir>
#include <QFileInfo>
#include <QTextStream>

BackupCommand::BackupCommand()
{
    name = QStringLiteral("backup");
    synopsis = QStringLiteral("backup OUT.sqlite [--force]");
    summary = tr("write a copy of the data file (--force replaces OUT)");
    dataFile = DataFile::Shared; // adds no more than its own audit entry
    options = {{QStringLiteral("force"), tr("Replace OUT.sqlite when it exists.")}};
    arguments = {{QStringLiteral("OUT.sqlite"), tr("The copy to write.")}};
}

QString BackupCommand::shown(const QString& path)
{
    return QDir::toNativeSeparators(QFileInfo(path).absoluteFilePath());
}

int BackupCommand::run(Session& session, const QCommandLineParser& parser)
{
    const bool force = parser.isSet(QStringLiteral("force"));
    Database* db = database(session);
    if (!db)
        return ExitCode::DataError;
    const QString target = QFileInfo(parser.positionalArguments().at(0)).absoluteFilePath();
    qint64 bytes = 0;
    if (const Outcome written = BackupOperations(*db, session.actor).backup(target, force, &bytes); !written) {
        const int exit = report(session, written);
        // The core refuses to replace a file unasked: the command asks with --force.
        if (written.kind() == Outcome::Kind::RefusedByRule && !force && QFileInfo::exists(target)
            && target != QFileInfo(db->path()).absoluteFilePath())
            session.err << tr("Add --force to replace it.") << Qt::endl;
        return exit;
    }
    session.out << QStringLiteral("backup written to %1 (%2 bytes)").arg(shown(target)).arg(bytes) << Qt::endl;
    return ExitCode::Done;
}
