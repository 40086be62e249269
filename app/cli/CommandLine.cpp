#include "CommandLine.h"

#include "ApproveInspectionCommand.h"
#include "AuditCommand.h"
#include "BackupCommand.h"
#include "CalendarCommand.h"
#include "ChecklistCommand.h"
#include "DeadlineCommand.h"
#include "DemoCommand.h"
#include "DocumentsCommand.h"
#include "DrawCommand.h"
#include "ExportCommand.h"
#include "ImportCommand.h"
#include "InitCommand.h"
#include "PlansCommand.h"
#include "PublicationKeyCommand.h"
#include "PublishCommand.h"
#include "RecordCommand.h"
#include "RecusalCommand.h"
#include "ReindexCommand.h"
#include "RestoreCommand.h"
#include "ResultCommand.h"
#include "ResultsCommand.h"
#include "SubstituteCommand.h"
#include "TemplateCommand.h"
#include "UserRepository.h"
#include "VerifyCommand.h"
#include "VerifyPackageCommand.h"
#include "VoidCommand.h"

#include <QCommandLineParser>
#include <QSqlError>
#include <QSqlQuery>
#include <QTextStream>

#include <vector>

namespace {

using Commands = std::vector<std::unique_ptr<Command>>;

// Every command, in the order the overview lists them.
Commands commands()
{
    Commands list;
    list.push_back(std::make_unique<InitCommand>());
    list.push_back(std::make_unique<DemoCommand>());
    list.push_back(std::make_unique<ImportCommand>());
    list.push_back(std::make_unique<ExportCommand>());
    list.push_back(std::make_unique<TemplateCommand>());
    list.push_back(std::make_unique<ChecklistExportCommand>());
    list.push_back(std::make_unique<ChecklistImportCommand>());
    list.push_back(std::make_unique<DeadlineCommand>());
    list.push_back(std::make_unique<DrawCommand>());
    list.push_back(std::make_unique<VerifyCommand>());
    list.push_back(std::make_unique<VerifyPackageCommand>());
    list.push_back(std::make_unique<RecordCommand>());
    list.push_back(std::make_unique<PlansCommand>());
    list.push_back(std::make_unique<SubstituteCommand>());
    list.push_back(std::make_unique<RecusalCommand>());
    list.push_back(std::make_unique<VoidCommand>());
    list.push_back(std::make_unique<ApproveInspectionCommand>());
    list.push_back(std::make_unique<DocumentsCommand>());
    list.push_back(std::make_unique<ResultsCommand>());
    list.push_back(std::make_unique<ResultRecordCommand>());
    for (const ResultAction step :
         {ResultAction::Submit, ResultAction::Approve, ResultAction::Return, ResultAction::Publish})
        list.push_back(std::make_unique<ResultStepCommand>(step));
    list.push_back(std::make_unique<PublishCommand>());
    list.push_back(std::make_unique<PublicationKeyShowCommand>());
    list.push_back(std::make_unique<PublicationKeyCreateCommand>());
    list.push_back(std::make_unique<PublicationKeyRotateCommand>());
    list.push_back(std::make_unique<CalendarCommand>());
    list.push_back(std::make_unique<CalendarImportCommand>());
    list.push_back(std::make_unique<CalendarExportCommand>());
    list.push_back(std::make_unique<AuditCommand>());
    list.push_back(std::make_unique<ReindexCommand>());
    list.push_back(std::make_unique<BackupCommand>());
    list.push_back(std::make_unique<RestoreCommand>());
    return list;
}

// The command the words name (a command of two words before one of one), and how many words its name took.
std::pair<Command*, int> find(const Commands& list, const QStringList& words)
{
    for (const int taken : {2, 1}) {
        if (words.size() < taken)
            continue;
        const QString name = words.mid(0, taken).join(QLatin1Char(' '));
        for (const auto& command : list)
            if (command->name == name)
                return {command.get(), taken};
    }
    return {nullptr, 0};
}

// The commands whose name begins with the word: "calendar" and "calendar import", or "audit verify" for "audit".
QList<Command*> family(const Commands& list, const QString& word)
{
    QList<Command*> members;
    for (const auto& command : list)
        if (command->name == word || command->name.startsWith(word + QLatin1Char(' ')))
            members << command.get();
    return members;
}

QString listed(const QStringList& names)
{
    return names.join(CommandLine::tr(", "));
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

// Logs the --user in when the command needs a user or one was given (Command::login); the role is the core's
// operations' to check when the command runs. A data file without any user yet (before the first start or
// `init --user`) has nobody to check: it is open to all, and the system account acts with every permission.
int signIn(Session& session, const Command& command)
{
    if (command.login == Command::Login::Never)
        return ExitCode::Done;
    if (command.login == Command::Login::IfGiven && session.user.isEmpty())
        return ExitCode::Done;
    // The login writes (it records the attempt): it opens the file as the command will, or shared for a reader.
    QString error;
    const auto db = Database::open(session.dataFilePath(), &error,
                                   command.dataFile == Command::DataFile::Exclusive ? Database::OpenMode::Exclusive
                                                                                    : Database::OpenMode::Shared);
    if (!db) {
        session.err << error << Qt::endl;
        return ExitCode::DataError;
    }
    if (!db->upgradeNotice().isEmpty())
        session.err << db->upgradeNotice() << Qt::endl;
    db->setCurrentUser(session.actor.user);
    UserRepository users(*db);
    if (!users.hasUsers()) {
        if (session.user.isEmpty()) {
            session.actor.role = QStringLiteral("admin");
            return ExitCode::Done;
        }
        session.err << CommandLine::tr("The data file has no users yet. Create the administrator with shuangsui-cli "
                                       "init --user NAME, or start the program.")
                    << Qt::endl;
        return ExitCode::Refused;
    }
    if (session.user.isEmpty()) {
        session.err << CommandLine::tr("%1 changes data: give --user NAME, with the password in --password-file FILE "
                                       "or in the environment variable SHUANGSUI_PASSWORD.")
                           .arg(command.name)
                    << Qt::endl;
        return ExitCode::Refused;
    }
    const auto secret = session.password(&error);
    if (!secret) {
        session.err << error << Qt::endl;
        return ExitCode::Refused;
    }
    // A data file busy with another program's write is not a refused login: say so, and the script may retry.
    if (isBusy(*db)) {
        session.err << busyText() << Qt::endl;
        return ExitCode::DataError;
    }
    const auto user = users.login(session.user, *secret, &error);
    if (!user) {
        if (isBusy(*db)) {
            session.err << busyText() << Qt::endl;
            return ExitCode::DataError;
        }
        session.err << error << Qt::endl;
        return ExitCode::Refused;
    }
    session.actor = Actor {user->name, user->role};
    return ExitCode::Done;
}

// `help`: the overview; `help WORDS`: the help of the command, or of each command of a family ("help calendar").
int helpCommand(const Commands& list, const QStringList& words, QTextStream& out, QTextStream& err)
{
    if (words.isEmpty()) {
        out << CommandLine::usage() << Qt::endl;
        return ExitCode::Done;
    }
    const QList<Command*> members = family(list, words.join(QLatin1Char(' ')));
    if (members.isEmpty()) {
        err << CommandLine::tr("Unknown command %1.").arg(words.join(QLatin1Char(' '))) << Qt::endl
            << CommandLine::usage() << Qt::endl;
        return ExitCode::UsageError;
    }
    for (const Command* member : members)
        out << (member == members.first() ? QString() : QStringLiteral("\n")) << member->help();
    out.flush();
    return ExitCode::Done;
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
    const Commands list = commands();
    const int column = 41; // where the summaries start
    QString text = tr("usage: shuangsui-cli [--db FILE] [--lang zh|en] [--user NAME [--password-file FILE]] COMMAND …\n"
                      "       shuangsui-cli help [COMMAND]\n")
        + QLatin1Char('\n');
    QStringList changeData;
    QStringList besideTheProgram;
    for (const auto& command : list) {
        const QString synopsis = QStringLiteral("  ") + command->synopsis;
        text += synopsis.size() < column ? synopsis.leftJustified(column)
                                         : synopsis + QLatin1Char('\n') + QString(column, QLatin1Char(' '));
        text += command->summary.split(QLatin1Char('\n')).join(QLatin1Char('\n') + QString(column, QLatin1Char(' ')))
            + QLatin1Char('\n');
        if (command->login == Command::Login::Required)
            changeData << command->name;
        if (command->dataFile == Command::DataFile::ReadOnly || command->dataFile == Command::DataFile::Shared)
            besideTheProgram << command->name;
    }
    // The list of the commands that change data starts its line: scripts and tests find it before "change data".
    return text
        + tr("\nWithout --db the data file is %1.\n"
             "%2 change data: once the data file has users, they need --user NAME\n"
             "with a role that may do this in the program, and the password in the first line of --password-file FILE\n"
             "or in the environment variable SHUANGSUI_PASSWORD. Without --user, the audit entries name the system\n"
             "account (cli:NAME).\n"
             "%3 also run while the program has the data file open; the others are refused until it is closed.\n"
             "Exit codes: 0 done, 1 refused by a rule or a data error (also: the data file is in use), 2 usage error,\n"
             "3 refused (no user, wrong password, locked account, or a role that may not do this).\n"
             "shuangsui-cli help COMMAND (or COMMAND --help) tells more about a command: its options, and the role it "
             "needs.")
              .arg(Database::defaultPath(), listed(changeData), listed(besideTheProgram));
}

int CommandLine::run(const QStringList& arguments, QTextStream& out, QTextStream& err)
{
    // The global options stand before the command's name; everything from the name on is the command's.
    QCommandLineParser parser;
    parser.setOptionsAfterPositionalArgumentsMode(QCommandLineParser::ParseAsPositionalArguments);
    const QCommandLineOption dbOption(QStringLiteral("db"), tr("The data file."), QStringLiteral("FILE"));
    const QCommandLineOption langOption(QStringLiteral("lang"), tr("The language of the messages: zh or en."),
                                        QStringLiteral("LANG"));
    const QCommandLineOption userOption(QStringLiteral("user"), tr("The user who logs in."), QStringLiteral("NAME"));
    const QCommandLineOption passwordFileOption(
        QStringLiteral("password-file"), tr("The file whose first line is the password."), QStringLiteral("FILE"));
    const QCommandLineOption versionOption({QStringLiteral("v"), QStringLiteral("version")}, tr("The version."));
    const QCommandLineOption helpOption({QStringLiteral("h"), QStringLiteral("help")}, tr("This help."));
    parser.addOptions({dbOption, langOption, userOption, passwordFileOption, versionOption, helpOption});
    if (!parser.parse(QStringList {QStringLiteral("shuangsui-cli")} + arguments)) {
        err << parser.errorText() << Qt::endl << usage() << Qt::endl;
        return UsageError;
    }
    if (parser.isSet(versionOption)) {
        out << QStringLiteral("shuangsui-cli %1 (draw spec shuangsui-draw/1, data version %2)")
                   .arg(QStringLiteral(SHUANGSUI_VERSION))
                   .arg(Database::SchemaVersion)
            << Qt::endl;
        return Done;
    }
    const QStringList words = parser.positionalArguments();
    if (parser.isSet(helpOption)) {
        out << usage() << Qt::endl;
        return Done;
    }
    if (words.isEmpty()) {
        err << usage() << Qt::endl;
        return UsageError;
    }
    const Commands list = commands();
    if (words.first() == QLatin1String("help"))
        return helpCommand(list, words.mid(1), out, err);

    const auto [command, taken] = find(list, words);
    if (!command) {
        // The first word of commands of two words ("audit"): their usage.
        const QList<Command*> members = family(list, words.first());
        if (!members.isEmpty()) {
            for (const Command* member : members)
                err << member->usage() << Qt::endl;
            return UsageError;
        }
        err << tr("Unknown command %1.").arg(words.first()) << Qt::endl << usage() << Qt::endl;
        return UsageError;
    }
    Session session(out, err);
    session.dataFileOption = parser.value(dbOption);
    session.user = parser.value(userOption);
    session.passwordFile = parser.value(passwordFileOption);
    QCommandLineParser commandParser;
    if (const auto exit = command->parse(commandParser, words.mid(taken), session))
        return *exit;
    if (const int refused = signIn(session, *command); refused != Done)
        return refused;
    return command->run(session, commandParser);
}
