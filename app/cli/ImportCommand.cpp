#include "ImportCommand.h"

#include "RegistryArguments.h"
#include "RegistryOperations.h"

#include <QCommandLineParser>
#include <QTextStream>

ImportCommand::ImportCommand()
{
    name = QStringLiteral("import");
    synopsis = QStringLiteral("import REGISTRY FILE [--dry-run] [--skip-invalid] [--map FIELD=COLUMN …]");
    summary = tr("import a CSV, .xlsx or .xls file; REGISTRY is items, entities,\ninspectors, conflicts or townships");
    login = Login::Required;
    permission = RegistryOperations::permission;
    options = {{QStringLiteral("dry-run"), tr("Check the file and say what would change; write nothing.")},
               {QStringLiteral("skip-invalid"), tr("Import the valid rows even when others are rejected.")},
               {QStringLiteral("map"),
                tr("Take the file's column COLUMN for the field FIELD (its name in the template's header, e.g. "
                   "单位名称, or its key); repeatable. The choice is remembered for files with the same header."),
                QStringLiteral("FIELD=COLUMN")}};
    arguments = {{QStringLiteral("REGISTRY"), RegistryArguments::description()},
                 {QStringLiteral("FILE"), tr("The CSV, .xlsx or .xls file to import.")}};
}

QString ImportCommand::usageProblem(const QCommandLineParser& parser) const
{
    QString problem;
    const auto registry = RegistryArguments::registry(parser.positionalArguments().at(0), &problem);
    if (problem.isEmpty() && registry)
        RegistryImport::parseMapping(*registry, parser.values(QStringLiteral("map")), nullptr, &problem);
    return problem;
}

void ImportCommand::explainMapping(Session& session, Database& db, const ImportPreview& preview)
{
    QStringList named;
    for (const QString& name : preview.fileColumns)
        if (!name.isEmpty())
            named << name;
    if (!named.isEmpty())
        session.err << tr("the file's columns: %1").arg(named.join(QStringLiteral("、"))) << Qt::endl;
    const ColumnMapping remembered = RegistryImport::rememberedMapping(db, preview.registry, preview.headerSet);
    QStringList words;
    for (const QString& assignment : RegistryImport::mappingAssignments(preview.registry, remembered))
        words << QStringLiteral("--map ") + assignment;
    if (!words.isEmpty() && remembered != preview.mapping)
        session.err << tr("the columns chosen last time for this header: %1").arg(words.join(QLatin1Char(' ')))
                    << Qt::endl;
    else if (preview.needsMapping())
        session.err << tr("choose a column for each missing field with --map FIELD=COLUMN, for example --map %1=%2")
                           .arg(RegistryImport::fieldLabel(preview.registry, preview.missingFields.first()),
                                named.value(0))
                    << Qt::endl;
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
    ColumnMapping mapping;
    RegistryImport::parseMapping(registry, parser.values(QStringLiteral("map")), &mapping, nullptr);
    const ImportPreview preview = RegistryImport::preview(*db, registry, positional.at(1), {}, mapping);
    if (!preview.isUsable()) {
        err << preview.error << Qt::endl;
        if (preview.needsMapping() || !preview.mapping.isEmpty())
            explainMapping(session, *db, preview);
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
