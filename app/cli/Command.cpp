#include "Command.h"

#include "Platform.h"

#include <QCommandLineParser>
#include <QFile>
#include <QTextStream>

namespace {

QString systemAccount()
{
    const QString login = Platform::loginName();
    return QStringLiteral("cli:") + (login.isEmpty() ? QStringLiteral("unknown") : login);
}

QCommandLineOption helpOption()
{
    return QCommandLineOption({QStringLiteral("h"), QStringLiteral("help")}, Command::tr("Show this help."));
}

} // namespace

Session::Session(QTextStream& out, QTextStream& err)
    : out(out)
    , err(err)
    , actor {systemAccount(), QStringLiteral("viewer")}
{ }

Session::~Session() = default;

QString Session::dataFilePath() const
{
    return dataFileOption.isEmpty() ? Database::defaultPath() : dataFileOption;
}

Database* Session::database(Database::OpenMode mode)
{
    if (m_db)
        return m_db;
    QString error;
    m_owned = Database::open(dataFilePath(), &error, mode);
    if (!m_owned) {
        err << error << Qt::endl;
        return nullptr;
    }
    if (!m_owned->upgradeNotice().isEmpty())
        err << m_owned->upgradeNotice() << Qt::endl;
    m_owned->setCurrentUser(actor.user);
    m_db = m_owned.get();
    return m_db;
}

std::optional<QString> Session::password(QString* error) const
{
    if (!passwordFile.isEmpty()) {
        QFile file(passwordFile);
        if (!file.open(QIODevice::ReadOnly)) {
            *error = tr("The password file %1 cannot be read: %2").arg(passwordFile, file.errorString());
            return std::nullopt;
        }
        QByteArray line = file.readLine();
        while (line.endsWith('\n') || line.endsWith('\r'))
            line.chop(1);
        return QString::fromUtf8(line);
    }
    if (qEnvironmentVariableIsSet("SHUANGSUI_PASSWORD"))
        return qEnvironmentVariable("SHUANGSUI_PASSWORD");
    *error = tr("Give the password of %1 in a file (--password-file FILE) or in the environment variable "
                "SHUANGSUI_PASSWORD.")
                 .arg(user);
    return std::nullopt;
}

Command::~Command() = default;

QString Command::usage() const
{
    const QString program = dataFile == DataFile::None ? QStringLiteral("shuangsui-cli ")
        : dataFileOptional                             ? QStringLiteral("shuangsui-cli [--db FILE] ")
                                                       : QStringLiteral("shuangsui-cli --db FILE ");
    return tr("usage: %1").arg(program + synopsis);
}

QString Command::help() const
{
    QCommandLineParser parser;
    parser.addOptions(options);
    parser.addOption(helpOption());
    for (const Argument& a : arguments)
        parser.addPositionalArgument(a.name, a.description,
                                     a.optional ? QLatin1Char('[') + a.name + QLatin1Char(']') : a.name);
    // Qt's help starts with its own usage line (with the program's path) and a blank line: ours replaces it.
    QString options = parser.helpText();
    options = options.mid(options.indexOf(QLatin1String("\n\n")) + 2);

    QStringList notes;
    if (login == Login::Required)
        notes << (permission ? tr("Changes data: once the data file has users, it needs --user NAME, a user whose "
                                  "role may %1.")
                                   .arg(Access::description(*permission))
                             : tr("Changes data: once the data file has users, it needs --user NAME, a user whose "
                                  "role may do this in the program."));
    if (dataFile == DataFile::None)
        notes << tr("Needs no data file.");
    else if (dataFile == DataFile::ReadOnly || dataFile == DataFile::Shared)
        notes << tr("Also runs while the program has the data file open.");
    QString text = Command::usage() + QLatin1Char('\n') + summary + QStringLiteral("\n\n") + options;
    if (!notes.isEmpty())
        text += QLatin1Char('\n') + notes.join(QLatin1Char('\n')) + QLatin1Char('\n');
    return text;
}

std::optional<int> Command::parse(QCommandLineParser& parser, const QStringList& words, Session& session) const
{
    parser.addOptions(options);
    const QCommandLineOption helpFlag = helpOption();
    parser.addOption(helpFlag);
    for (const Argument& a : arguments)
        parser.addPositionalArgument(a.name, a.description);
    // The parser takes the program's name first: the command's name stands for it.
    if (!parser.parse(QStringList {name} + words))
        return usageError(session, parser.errorText());
    if (parser.isSet(helpFlag)) {
        session.out << help();
        session.out.flush();
        return ExitCode::Done;
    }
    const QStringList given = parser.positionalArguments();
    const auto required
        = std::count_if(arguments.cbegin(), arguments.cend(), [](const Argument& a) { return !a.optional; });
    if (given.size() < required)
        return usageError(session, tr("%1 is missing.").arg(arguments.at(given.size()).name));
    if (given.size() > arguments.size())
        return usageError(session, tr("Unexpected argument %1.").arg(given.at(arguments.size())));
    if (const QString problem = usageProblem(parser); !problem.isEmpty())
        return usageError(session, problem);
    return std::nullopt;
}

QString Command::usageProblem(const QCommandLineParser&) const
{
    return {};
}

int Command::execute(Session& session, const QStringList& words)
{
    QCommandLineParser parser;
    if (const auto exit = parse(parser, words, session))
        return *exit;
    return run(session, parser);
}

Database* Command::database(Session& session) const
{
    switch (dataFile) {
    case DataFile::ReadOnly:
        return session.database(Database::OpenMode::ReadOnly);
    case DataFile::Shared:
        return session.database(Database::OpenMode::Shared);
    case DataFile::None:
    case DataFile::Exclusive:
        break;
    }
    return session.database(Database::OpenMode::Exclusive);
}

int Command::report(Session& session, const Outcome& outcome)
{
    if (!outcome)
        session.err << outcome.message() << Qt::endl;
    return ExitCode::of(outcome);
}

int Command::usageError(Session& session, const QString& problem) const
{
    session.err << problem << QLatin1Char('\n') << usage() << Qt::endl;
    return ExitCode::UsageError;
}
