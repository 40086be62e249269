#include "TemplateCommand.h"

#include "RegistryArguments.h"
#include "RegistryExport.h"

#include <QCommandLineParser>
#include <QTextStream>

TemplateCommand::TemplateCommand()
{
    name = QStringLiteral("template");
    synopsis = QStringLiteral("template REGISTRY FILE.csv|FILE.xlsx");
    summary = tr("write an empty template to fill in");
    dataFile = DataFile::None;
    login = Login::Never;
    arguments = {{QStringLiteral("REGISTRY"), RegistryArguments::description()},
                 {QStringLiteral("FILE"), tr("The file to write: .csv or .xlsx.")}};
}

QString TemplateCommand::usageProblem(const QCommandLineParser& parser) const
{
    const QStringList positional = parser.positionalArguments();
    QString problem;
    // The format comes from the extension: another one is a mistake in the command, not in the data.
    if (RegistryArguments::registry(positional.at(0), &problem))
        RegistryArguments::isTableFile(positional.at(1), &problem);
    return problem;
}

int TemplateCommand::run(Session& session, const QCommandLineParser& parser)
{
    const QStringList positional = parser.positionalArguments();
    const Registry registry = *RegistryImport::registryFromName(positional.at(0));
    QString error;
    if (!RegistryExport::exportTemplate(registry, positional.at(1), &error)) {
        session.err << error << Qt::endl;
        return ExitCode::DataError;
    }
    session.out << tr("template written to %1").arg(positional.at(1)) << Qt::endl;
    return ExitCode::Done;
}
