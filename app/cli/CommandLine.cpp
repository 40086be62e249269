#include "CommandLine.h"

#include "Access.h"
#include "AuditCommands.h"
#include "CalendarCommands.h"
#include "Database.h"
#include "DeadlineCommand.h"
#include "DemoData.h"
#include "DrawCommands.h"
#include "PlanDraw.h"
#include "RecordCommand.h"
#include "Platform.h"
#include "PublishCommands.h"
#include "RegistryExport.h"
#include "RegistryImport.h"
#include "UserRepository.h"
#include "WriteTransaction.h"

#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QTextStream>

#include <optional>

namespace {

struct Options
{
    QString db;
    QString user;
    QString passwordFile;
    QString signedIn; // the user whose login succeeded: the audit entries name them
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
        } else if (a == QLatin1String("--db") || a == QLatin1String("--lang") || a == QLatin1String("--user")
                   || a == QLatin1String("--password-file")) {
            if (i + 1 >= arguments.size()) {
                o.error = CommandLine::tr("%1 needs a value.").arg(a);
                return o;
            }
            if (a == QLatin1String("--db"))
                o.db = arguments.at(i + 1);
            else if (a == QLatin1String("--user"))
                o.user = arguments.at(i + 1);
            else if (a == QLatin1String("--password-file"))
                o.passwordFile = arguments.at(i + 1);
            ++i;
        } else if (a.startsWith(QLatin1String("--db="))) {
            o.db = a.mid(5);
        } else if (a.startsWith(QLatin1String("--user="))) {
            o.user = a.mid(7);
        } else if (a.startsWith(QLatin1String("--password-file="))) {
            o.passwordFile = a.mid(16);
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

// Who the audit entries name: the user who logged in with --user, else the operating system account that ran
// the command ("cli:<login name>"), so an entry written without a login still says who it was.
QString actor(const Options& o)
{
    if (!o.signedIn.isEmpty())
        return o.signedIn;
    const QString login = Platform::loginName();
    return QStringLiteral("cli:") + (login.isEmpty() ? QStringLiteral("unknown") : login);
}

// The commands that only read, or append no more than their own audit entry, run while the clerk's window has the
// file open (Database::OpenMode); every other command needs the file to itself.
Database::OpenMode openModeFor(const QString& command)
{
    for (const char* name : {"plans", "audit", "deadline"})
        if (command == QLatin1String(name))
            return Database::OpenMode::ReadOnly;
    for (const char* name : {"record", "export", "backup"})
        if (command == QLatin1String(name))
            return Database::OpenMode::Shared;
    return Database::OpenMode::Exclusive;
}

std::unique_ptr<Database> openDatabase(const Options& o, QTextStream& err,
                                       Database::OpenMode mode = Database::OpenMode::Exclusive)
{
    QString error;
    const QString path = o.db.isEmpty() ? Database::defaultPath() : o.db;
    auto db = Database::open(path, &error, mode);
    if (!db)
        err << error << Qt::endl;
    else {
        if (!db->upgradeNotice().isEmpty())
            err << db->upgradeNotice() << Qt::endl;
        db->setCurrentUser(actor(o));
    }
    return db;
}

// Whether another program holds the data file's write lock (SQLite's busy timeout of Database::open has passed):
// takes the write lock for a moment and gives it back.
bool isBusy(const Database& db)
{
    QSqlQuery q(db.sql());
    if (q.exec(QStringLiteral("BEGIN IMMEDIATE"))) {
        q.exec(QStringLiteral("ROLLBACK"));
        return false;
    }
    const int code = q.lastError().nativeErrorCode().toInt() & 0xff; // extended codes keep the primary in the low byte
    return code == 5 /* SQLITE_BUSY */ || code == 6 /* SQLITE_LOCKED */;
}

QString busyText()
{
    return CommandLine::tr("The data file is being used by another program. Please try again in a moment.");
}

// Who may run a command: one line per command that changes data. A command not listed needs no user.
const std::pair<const char*, Access::Permission> kCommandPermissions[] = {
    {"import", Access::Permission::EditRegistries},
    {"restore", Access::Permission::Restore},
    {"publish", Access::Permission::PublishResults},
    {"calendar import", Access::Permission::ChangeSettings}, // a command and its first word
};
// Commands without a data file, or that make a new one (init --user creates the administrator itself):
// they log nobody in.
const char* const kCommandsWithoutLogin[] = {"init", "demo", "draw", "verify", "template", "deadline"};

std::optional<Access::Permission> permissionFor(const Options& o)
{
    const QString withFirstWord = o.args.isEmpty() ? o.command : o.command + QLatin1Char(' ') + o.args.first();
    for (const auto& [name, permission] : kCommandPermissions)
        if (o.command == QLatin1String(name) || withFirstWord == QLatin1String(name))
            return permission;
    return std::nullopt;
}

// The first line of --password-file (its line end stripped), else SHUANGSUI_PASSWORD.
std::optional<QString> password(const Options& o, QString* error)
{
    if (!o.passwordFile.isEmpty()) {
        QFile file(o.passwordFile);
        if (!file.open(QIODevice::ReadOnly)) {
            *error = CommandLine::tr("The password file %1 cannot be read: %2").arg(o.passwordFile, file.errorString());
            return std::nullopt;
        }
        QByteArray line = file.readLine();
        while (line.endsWith('\n') || line.endsWith('\r'))
            line.chop(1);
        return QString::fromUtf8(line);
    }
    if (qEnvironmentVariableIsSet("SHUANGSUI_PASSWORD"))
        return qEnvironmentVariable("SHUANGSUI_PASSWORD");
    *error = CommandLine::tr("Give the password of %1 in a file (--password-file FILE) or in the environment "
                             "variable SHUANGSUI_PASSWORD.")
                 .arg(o.user);
    return std::nullopt;
}

// Logs the --user in when the command needs a user or one was given, and checks the command's permission. A data
// file without any user yet (before the first start or `init --user`) has nobody to check, and is open to all.
int signIn(Options& o, QTextStream& err)
{
    for (const char* command : kCommandsWithoutLogin)
        if (o.command == QLatin1String(command))
            return CommandLine::Done;
    const auto needed = permissionFor(o);
    if (!needed && o.user.isEmpty())
        return CommandLine::Done;
    // The login writes (it records the attempt): it opens the file as the command will.
    auto db = openDatabase(o, err,
                           openModeFor(o.command) == Database::OpenMode::Exclusive ? Database::OpenMode::Exclusive
                                                                                   : Database::OpenMode::Shared);
    if (!db)
        return CommandLine::DataError;
    UserRepository users(*db);
    if (!users.hasUsers()) {
        if (o.user.isEmpty())
            return CommandLine::Done;
        err << CommandLine::tr("The data file has no users yet. Create the administrator with shuangsui-cli init "
                               "--user NAME, or start the program.")
            << Qt::endl;
        return CommandLine::Refused;
    }
    if (o.user.isEmpty()) {
        err << CommandLine::tr("%1 changes data: give --user NAME, with the password in --password-file FILE or in "
                               "the environment variable SHUANGSUI_PASSWORD.")
                   .arg(o.command)
            << Qt::endl;
        return CommandLine::Refused;
    }
    QString error;
    const auto secret = password(o, &error);
    if (!secret) {
        err << error << Qt::endl;
        return CommandLine::Refused;
    }
    // A data file busy with another program's write is not a refused login: say so, and the script may retry.
    if (isBusy(*db)) {
        err << busyText() << Qt::endl;
        return CommandLine::DataError;
    }
    const auto user = users.login(o.user, *secret, &error);
    if (!user) {
        if (isBusy(*db)) {
            err << busyText() << Qt::endl;
            return CommandLine::DataError;
        }
        err << error << Qt::endl;
        return CommandLine::Refused;
    }
    if (needed && !Access::allows(user->role, *needed)) {
        err << Access::refusal(user->role, *needed) << Qt::endl;
        return CommandLine::Refused;
    }
    o.signedIn = user->name;
    return CommandLine::Done;
}

// init, and with --user NAME (before or after the word init) the administrator of a file that has no users yet.
int initCommand(const Options& global, QTextStream& out, QTextStream& err)
{
    Options o = global;
    for (int i = 0; i < o.args.size(); ++i) {
        const QString& a = o.args.at(i);
        if ((a == QLatin1String("--user") || a == QLatin1String("--password-file")) && i + 1 < o.args.size()) {
            (a == QLatin1String("--user") ? o.user : o.passwordFile) = o.args.at(++i);
        } else {
            err << CommandLine::tr("usage: shuangsui-cli --db FILE init [--user NAME [--password-file FILE]]")
                << Qt::endl;
            return CommandLine::UsageError;
        }
    }
    QString error;
    std::optional<QString> secret;
    if (!o.user.isEmpty() && !(secret = password(o, &error))) {
        err << error << Qt::endl;
        return CommandLine::UsageError;
    }
    auto db = openDatabase(o, err);
    if (!db)
        return CommandLine::DataError;
    if (secret) {
        UserRepository users(*db);
        if (users.hasUsers()) {
            err << CommandLine::tr("The data file already has users; an administrator adds more in the program "
                                   "(Users).")
                << Qt::endl;
            return CommandLine::DataError;
        }
        db->setCurrentUser(o.user.trimmed());
        User admin;
        admin.name = o.user;
        admin.role = QStringLiteral("admin");
        WriteTransaction tx(*db);
        if (!users.create(tx, admin, *secret) || !tx.commit()) {
            err << tx.error() << Qt::endl;
            return CommandLine::DataError;
        }
        out << CommandLine::tr("administrator %1 created").arg(admin.name) << Qt::endl;
    }
    out << CommandLine::tr("data file ready: %1 (data version %2)").arg(db->path()).arg(db->schemaVersion())
        << Qt::endl;
    return CommandLine::Done;
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
    // The format comes from the extension: another one is a mistake in the command, not in the data.
    const QString suffix = QFileInfo(o.args.at(1)).suffix().toLower();
    if (suffix != QLatin1String("csv") && suffix != QLatin1String("xlsx")) {
        err << CommandLine::tr("%1: the file name must end in .csv or .xlsx (Excel workbook).").arg(o.args.at(1))
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
    auto db = openDatabase(o, err, openModeFor(o.command));
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
    return tr("usage: shuangsui-cli [--db FILE] [--lang zh|en] [--user NAME [--password-file FILE]] COMMAND …\n"
              "\n"
              "  init [--user NAME]                     create the data file (and its folder); with --user, its\n"
              "                                         administrator\n"
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
              "  plans                                  list the plans: code, tab, title, tab, status\n"
              "  publish PLAN_CODE --out DIR            write the plan's website package (pages, record, verify\n"
              "                                         page, results as .xlsx, CSV and JSON) into the new DIR\n"
              "  calendar                               list the years of the working-day calendar\n"
              "  calendar import FILE.json [--dry-run]  import years of holidays and make-up working days\n"
              "  calendar export YEAR [-o FILE.json]    write a year of the calendar as JSON\n"
              "  audit verify                           check that the audit trail is whole and unaltered\n"
              "  backup OUT.sqlite [--force]            write a copy of the data file (--force replaces OUT)\n"
              "  restore IN.sqlite                      check IN, keep the current data beside it, then put IN's\n"
              "                                         data in its place\n"
              "\n"
              "Without --db the data file is %1.\n"
              "import, calendar import, publish and restore change data: they need --user NAME (import: a data\n"
              "entry clerk or an administrator; publish: a reviewer or an administrator; calendar import and\n"
              "restore: an administrator), with the password in the first line of --password-file FILE or in the\n"
              "environment variable SHUANGSUI_PASSWORD, once the data file has users. Without --user, the audit\n"
              "entries name the system account (cli:NAME). plans, record, deadline, audit verify, export and\n"
              "backup also run while the program has the data file open; the others are refused until it is\n"
              "closed.\n"
              "Exit codes: 0 done, 1 data errors (also: the data file is in use), 2 usage error, 3 refused (no\n"
              "user, wrong password, locked account, or a role that may not do this).")
        .arg(Database::defaultPath());
}

int CommandLine::run(const QStringList& arguments, QTextStream& out, QTextStream& err)
{
    Options o = parse(arguments);
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
    if (const int refused = signIn(o, err); refused != Done)
        return refused;
    if (o.command == QLatin1String("init"))
        return initCommand(o, out, err);
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
        if (!o.db.isEmpty() && !(db = openDatabase(o, err, openModeFor(o.command))))
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
        auto db = openDatabase(o, err, openModeFor(o.command));
        if (!db)
            return DataError;
        return runRecordCommand(*db, o.args, out, err);
    }
    if (o.command == QLatin1String("plans") || o.command == QLatin1String("publish")) {
        auto db = openDatabase(o, err, openModeFor(o.command));
        if (!db)
            return DataError;
        return o.command == QLatin1String("plans") ? runPlansCommand(*db, o.args, out, err)
                                                   : runPublishCommand(*db, o.args, out, err);
    }
    if (o.command == QLatin1String("audit") || o.command == QLatin1String("backup")) {
        auto db = openDatabase(o, err, openModeFor(o.command));
        if (!db)
            return DataError;
        return o.command == QLatin1String("audit") ? runAuditCommand(*db, o.args, out, err)
                                                   : runBackupCommand(*db, o.args, out, err);
    }
    if (o.command == QLatin1String("calendar")) {
        auto db = openDatabase(o, err);
        return db ? runCalendarCommand(*db, o.args, out, err) : int(DataError);
    }
    if (o.command == QLatin1String("restore"))
        return runRestoreCommand(o.db.isEmpty() ? Database::defaultPath() : o.db, o.args, out, err, actor(o));
    if (o.command == QLatin1String("draw"))
        return runDrawCommand(o.args, out, err);
    if (o.command == QLatin1String("verify"))
        return runVerifyCommand(o.args, out, err);
    err << tr("Unknown command %1.").arg(o.command) << Qt::endl << usage() << Qt::endl;
    return UsageError;
}
