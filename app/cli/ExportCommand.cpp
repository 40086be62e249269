#include "ExportCommand.h"

#include "RegistryArguments.h"
#include "RegistryExport.h"

#include <QCommandLineParser>
#include <QTextStream>

ExportCommand::ExportCommand()
{
    name = QStringLiteral("export");
    synopsis = QStringLiteral("export REGISTRY FILE.csv|FILE.xlsx");
    summary = tr("write a registry to FILE.csv or FILE.xlsx");
    dataFile = DataFile::Shared; // adds no more than its own audit entry
    arguments = {{QStringLiteral("REGISTRY"), RegistryArguments::description()},
                 {QStringLiteral("FILE"), tr("The file to write: .csv or .xlsx.")}};
}

QString ExportCommand::usageProblem(const QCommandLineParser& parser) const
{
    const QStringList positional = parser.positionalArguments();
    QString problem;
    // The format comes from the extension: another one is a mistake in the command, not in the data.
    if (RegistryArguments::registry(positional.at(0), &problem))
        RegistryArguments::isTableFile(positional.at(1), &problem);
    return problem;
}

int ExportCommand::run(Session& session, const QCommandLineParser& parser)
{
    const QStringList positional = parser.positionalArguments();
    const Registry registry = *RegistryImport::registryFromName(positional.at(0));
    Database* db = database(session);
    if (!db)
        return ExitCode::DataError;
    QString error;
    int rows = 0;
    if (!RegistryExport::exportRegistry(*db, registry, positional.at(1), &error, &rows)) {
        session.err << error << Qt::endl;
        return ExitCode::DataError;
    }
    session.out << QStringLiteral("exported %1").arg(rows) << Qt::endl;
    return ExitCode::Done;
}
