#include "BackupCommand.h"

#include "DataBackup.h"

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
    QTextStream& err = session.err;
    const bool force = parser.isSet(QStringLiteral("force"));
    Database* db = database(session);
    if (!db)
        return ExitCode::DataError;
    const QString target = QFileInfo(parser.positionalArguments().at(0)).absoluteFilePath();
    if (target == QFileInfo(db->path()).absoluteFilePath()) {
        err << tr("The backup cannot be written over the data file itself.") << Qt::endl;
        return ExitCode::DataError;
    }
    if (QFileInfo::exists(target) && !force) {
        err << tr("%1 already exists. Choose another name, or add --force to replace it.").arg(shown(target))
            << Qt::endl;
        return ExitCode::DataError;
    }
    QString error;
    qint64 bytes = 0;
    if (!DataBackup::writeBackup(*db, target, force, {}, &error, &bytes)) {
        err << error << Qt::endl;
        return ExitCode::DataError;
    }
    session.out << QStringLiteral("backup written to %1 (%2 bytes)").arg(shown(target)).arg(bytes) << Qt::endl;
    return ExitCode::Done;
}
