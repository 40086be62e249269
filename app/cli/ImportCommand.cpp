#include "ImportCommand.h"

#include "RegistryArguments.h"
#include "RegistryOperations.h"

#include <QCommandLineParser>
#include <QTextStream>

ImportCommand::ImportCommand()
{
    name = QStringLiteral("import");
    synopsis = QStringLiteral("import REGISTRY FILE [--dry-run] [--skip-invalid]");
    summary = tr("import a CSV, .xlsx or .xls file; REGISTRY is items, entities,\ninspectors, conflicts or townships");
    login = Login::Required;
    permission = RegistryOperations::permission;
    options = {{QStringLiteral("dry-run"), tr("Check the file and say what would change; write nothing.")},
               {QStringLiteral("skip-invalid"), tr("Import the valid rows even when others are rejected.")}};
    arguments = {{QStringLiteral("REGISTRY"), RegistryArguments::description()},
                 {QStringLiteral("FILE"), tr("The CSV, .xlsx or .xls file to import.")}};
}

QString ImportCommand::usageProblem(const QCommandLineParser& parser) const
{
    QString problem;
    RegistryArguments::registry(parser.positionalArguments().at(0), &problem);
    return problem;
}

int ImportCommand::run(Session& session, const QCommandLineParser& parser)
{
    QTextStream& out = session.out;
    QTextStream& err = session.err;
    const QStringList positional = parser.positionalArguments();
    const Registry registry = *RegistryImport::registryFromName(positional.at(0));
    const bool dryRun = parser.isSet(QStringLiteral("dry-run"));
    const bool skipInvalid = parser.isSet(QStringLiteral("skip-invalid"));
    Database* db = database(session);
    if (!db)
        return ExitCode::DataError;
    // The role first, also for a dry run: the file is read only for someone who may import it.
    RegistryOperations registries(*db, session.actor);
    if (const Outcome allowed = registries.check(); !allowed)
        return report(session, allowed);
    const ImportPreview preview = RegistryImport::preview(*db, registry, positional.at(1));
    if (!preview.isUsable()) {
        err << preview.error << Qt::endl;
        return ExitCode::DataError;
    }
    const int rejected = preview.count(ImportRow::Verdict::Rejected);
    const bool write = !dryRun && (rejected == 0 || skipInvalid);
    ImportSummary summary;
    if (write) {
        if (const Outcome imported = registries.importRows(preview, &summary); !imported)
            return report(session, imported);
    }
    out << QStringLiteral("imported %1, updated %2, rejected %3")
               .arg(summary.created)
               .arg(summary.updated)
               .arg(rejected)
        << Qt::endl;
    for (const QString& line : preview.rejectionLines())
        out << line << Qt::endl;
    if (!preview.ignoredColumns.isEmpty())
        out << tr("ignored columns: %1").arg(preview.ignoredColumns.join(QStringLiteral(", "))) << Qt::endl;
    if (dryRun)
        out << tr("dry run: nothing was written (%1 new, %2 to update, %3 unchanged).")
                   .arg(preview.count(ImportRow::Verdict::New))
                   .arg(preview.count(ImportRow::Verdict::Update))
                   .arg(preview.count(ImportRow::Verdict::Unchanged))
            << Qt::endl;
    else if (!write)
        out << tr("nothing was written: correct the rejected rows, or use --skip-invalid to import the valid rows "
                  "only.")
            << Qt::endl;
    return rejected > 0 ? ExitCode::DataError : ExitCode::Done;
}
