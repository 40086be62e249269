#include "CommandLine.h"

#include "AuditCommands.h"
#include "Database.h"
#include "DeadlineCommand.h"
#include "DemoData.h"
#include "PlanDraw.h"
#include "DrawCommands.h"
#include "RegistryExport.h"
#include "RegistryImport.h"

#include <QFileInfo>
#include <QTextStream>

namespace {

struct Options
{
    QString db;
    QString command;
    QStringList args;
    bool version = false;
    bool help = false;
    QString error;
};

Options parse(const QStringList& arguments)
{
    Options o;
    for (int i = 0; i < arguments.size(); ++i) {
        const QString& a = arguments.at(i);
        if (!o.command.isEmpty()) {
            o.args << a;
        } else if (a == QLatin1String("--db") || a == QLatin1String("--lang")) {
            if (i + 1 >= arguments.size()) {
                o.error = CommandLine::tr("%1 needs a value.").arg(a);
                return o;
            }
            if (a == QLatin1String("--db"))
                o.db = arguments.at(i + 1);
            ++i;
        } else if (a.startsWith(QLatin1String("--db="))) {
            o.db = a.mid(5);
        } else if (a.startsWith(QLatin1String("--lang="))) {
        } else if (a == QLatin1String("--version") || a == QLatin1String("-v")) {
            o.version = true;
        } else if (a == QLatin1String("--help") || a == QLatin1String("-h")) {
            o.help = true;
        } else if (a.startsWith(QLatin1Char('-'))) {
            o.error = CommandLine::tr("Unknown option %1.").arg(a);
            return o;
        } else {
            o.command = a;
        }
    }
    return o;
}

std::unique_ptr<Database> openDatabase(const Options& o, QTextStream& err)
{
    QString error;
    const QString path = o.db.isEmpty() ? Database::defaultPath() : o.db;
    auto db = Database::open(path, &error);
    if (!db)
        err << error << Qt::endl;
    else if (!db->upgradeNotice().isEmpty())
        err << db->upgradeNotice() << Qt::endl;
    return db;
}

int importCommand(const Options& o, QTextStream& out, QTextStream& err)
{
    QStringList positional;
    bool dryRun = false;
    bool skipInvalid = false;
    for (const QString& a : o.args) {
        if (a == QLatin1String("--dry-run"))
            dryRun = true;
        else if (a == QLatin1String("--skip-invalid"))
            skipInvalid = true;
        else if (a.startsWith(QLatin1Char('-'))) {
            err << CommandLine::tr("Unknown option %1.").arg(a) << Qt::endl;
            return CommandLine::UsageError;
        } else
            positional << a;
    }
    const auto registry = positional.size() == 2 ? RegistryImport::registryFromName(positional.at(0)) : std::nullopt;
    if (!registry) {
        err << CommandLine::tr("usage: shuangsui-cli --db FILE import {items|entities|inspectors|conflicts|townships} "
                               "FILE [--dry-run] [--skip-invalid]")
            << Qt::endl;
        return CommandLine::UsageError;
    }
    auto db = openDatabase(o, err);
    if (!db)
        return CommandLine::DataError;
    const ImportPreview preview = RegistryImport::preview(*db, *registry, positional.at(1));
    if (!preview.isUsable()) {
        err << preview.error << Qt::endl;
        return CommandLine::DataError;
    }
    const int rejected = preview.count(ImportRow::Verdict::Rejected);
    const bool write = !dryRun && (rejected == 0 || skipInvalid);
    int created = 0;
    int updated = 0;
    if (write) {
        ImportSummary summary;
        QString error;
        if (!RegistryImport::apply(*db, preview, &summary, &error)) {
            err << error << Qt::endl;
            return CommandLine::DataError;
        }
        created = summary.created;
        updated = summary.updated;
    }
    out << QStringLiteral("imported %1, updated %2, rejected %3").arg(created).arg(updated).arg(rejected) << Qt::endl;
    for (const QString& line : preview.rejectionLines())
        out << line << Qt::endl;
    if (!preview.ignoredColumns.isEmpty())
        out << CommandLine::tr("ignored columns: %1").arg(preview.ignoredColumns.join(QStringLiteral(", ")))
            << Qt::endl;
    if (dryRun)
        out << CommandLine::tr("dry run: nothing was written (%1 new, %2 to update, %3 unchanged).")
                   .arg(preview.count(ImportRow::Verdict::New))
                   .arg(preview.count(ImportRow::Verdict::Update))
                   .arg(preview.count(ImportRow::Verdict::Unchanged))
            << Qt::endl;
    else if (!write)
        out << CommandLine::tr("nothing was written: correct the rejected rows, or use --skip-invalid to import "
                               "the valid rows only.")
            << Qt::endl;
    return rejected > 0 ? CommandLine::DataError : CommandLine::Done;
}

int exportCommand(const Options& o, QTextStream& out, QTextStream& err, bool templateOnly)
{
    const auto registry = o.args.size() == 2 ? RegistryImport::registryFromName(o.args.at(0)) : std::nullopt;
    if (!registry) {
        err << CommandLine::tr("usage: shuangsui-cli --db FILE %1 {items|entities|inspectors|conflicts|townships} "
                               "FILE.csv|FILE.xlsx")
                   .arg(templateOnly ? QStringLiteral("template") : QStringLiteral("export"))
            << Qt::endl;
        return CommandLine::UsageError;
    }
    QString error;
    if (templateOnly) {
        if (!RegistryExport::exportTemplate(*registry, o.args.at(1), &error)) {
            err << error << Qt::endl;
            return CommandLine::DataError;
        }
        out << CommandLine::tr("template written to %1").arg(o.args.at(1)) << Qt::endl;
        return CommandLine::Done;
    }
    auto db = openDatabase(o, err);
    if (!db)
        return CommandLine::DataError;
    int rows = 0;
    if (!RegistryExport::exportRegistry(*db, *registry, o.args.at(1), &error, &rows)) {
        err << error << Qt::endl;
        return CommandLine::DataError;
    }
    out << QStringLiteral("exported %1").arg(rows) << Qt::endl;
    return CommandLine::Done;
}

} // namespace

QString CommandLine::languageOption(const QStringList& arguments)
{
    for (int i = 0; i < arguments.size(); ++i) {
        if (arguments.at(i) == QLatin1String("--lang") && i + 1 < arguments.size())
            return arguments.at(i + 1);
        if (arguments.at(i).startsWith(QLatin1String("--lang=")))
            return arguments.at(i).mid(7);
        if (!arguments.at(i).startsWith(QLatin1Char('-')) && (i == 0 || arguments.at(i - 1) != QLatin1String("--db")))
            break; // the command word: its own arguments follow
    }
    return QStringLiteral("zh");
}

QString CommandLine::usage()
{
    return tr("usage: shuangsui-cli [--db FILE] [--lang zh|en] COMMAND …\n"
              "\n"
              "  init                                   create the data file (and its folder)\n"
              "  demo                                   fill a new data file with the demo data of 昌黎县\n"
              "  import REGISTRY FILE [--dry-run] [--skip-invalid]\n"
              "                                         import a CSV or .xlsx file; REGISTRY is items, entities,\n"
              "                                         inspectors, conflicts or townships\n"
              "  export REGISTRY FILE                   write a registry to FILE.csv or FILE.xlsx\n"
              "  template REGISTRY FILE                 write an empty template to fill in\n"
              "  deadline --end YYYY-MM-DD              the publication deadline (10 working days) of an inspection\n"
              "                                         ending that day\n"
              "  draw REQUEST.json [-o RESULT.json]     compute a draw (shuangsui-draw/1); no data file needed\n"
              "  verify RECORD.json                     check a published draw record; no data file needed\n"
              "  record PLAN_CODE [-o FILE.json|.html]  the published record of a plan's draw; .html writes the\n"
              "                                         browser verify page with the record inside\n"
              "  audit verify                           check that the audit trail is whole and unaltered\n"
              "  backup OUT.sqlite [--force]            write a copy of the data file (--force replaces OUT)\n"
              "  restore IN.sqlite                      check IN, keep the current data beside it, then put IN's\n"
              "                                         data in its place\n"
              "\n"
              "Without --db the data file is %1.\n"
              "Exit codes: 0 done, 1 data errors, 2 usage error.")
        .arg(Database::defaultPath());
}

int CommandLine::run(const QStringList& arguments, QTextStream& out, QTextStream& err)
{
    const Options o = parse(arguments);
    if (!o.error.isEmpty()) {
        err << o.error << Qt::endl << usage() << Qt::endl;
        return UsageError;
    }
    if (o.version) {
        out << QStringLiteral("shuangsui-cli %1 (draw spec shuangsui-draw/1, data version %2)")
                   .arg(QStringLiteral(SHUANGSUI_VERSION))
                   .arg(Database::SchemaVersion)
            << Qt::endl;
        return Done;
    }
    if (o.help || o.command.isEmpty()) {
        (o.help ? out : err) << usage() << Qt::endl;
        return o.help ? Done : UsageError;
    }
    if (o.command == QLatin1String("init")) {
        if (!o.args.isEmpty()) {
            err << tr("init takes no arguments.") << Qt::endl;
            return UsageError;
        }
        auto db = openDatabase(o, err);
        if (!db)
            return DataError;
        out << tr("data file ready: %1 (data version %2)").arg(db->path()).arg(db->schemaVersion()) << Qt::endl;
        return Done;
    }
    if (o.command == QLatin1String("demo")) {
        auto db = openDatabase(o, err);
        if (!db)
            return DataError;
        QString error;
        if (!DemoData::fill(*db, &error) || !DemoData::addFinishedPlan(*db, &error)) {
            err << error << Qt::endl;
            return DataError;
        }
        out << tr("demo data written to %1").arg(db->path()) << Qt::endl;
        return Done;
    }
    if (o.command == QLatin1String("deadline")) {
        // Without --db the shipped calendar is enough; with it, the office's edited calendar counts.
        std::unique_ptr<Database> db;
        if (!o.db.isEmpty() && !(db = openDatabase(o, err)))
            return DataError;
        return runDeadlineCommand(db.get(), o.args, out, err);
    }
    if (o.command == QLatin1String("import"))
        return importCommand(o, out, err);
    if (o.command == QLatin1String("export"))
        return exportCommand(o, out, err, false);
    if (o.command == QLatin1String("template"))
        return exportCommand(o, out, err, true);
    if (o.command == QLatin1String("record")) {
        auto db = openDatabase(o, err);
        if (!db)
            return DataError;
        return runRecordCommand(*db, o.args, out, err);
    }
    if (o.command == QLatin1String("audit") || o.command == QLatin1String("backup")) {
        auto db = openDatabase(o, err);
        if (!db)
            return DataError;
        return o.command == QLatin1String("audit") ? runAuditCommand(*db, o.args, out, err)
                                                   : runBackupCommand(*db, o.args, out, err);
    }
    if (o.command == QLatin1String("restore"))
        return runRestoreCommand(o.db.isEmpty() ? Database::defaultPath() : o.db, o.args, out, err);
    if (o.command == QLatin1String("draw"))
        return runDrawCommand(o.args, out, err);
    if (o.command == QLatin1String("verify"))
        return runVerifyCommand(o.args, out, err);
    err << tr("Unknown command %1.").arg(o.command) << Qt::endl << usage() << Qt::endl;
    return UsageError;
}
