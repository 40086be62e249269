// A command of shuangsui-cli: its words, what it needs (a data file, a login), its own options and arguments (read
// with QCommandLineParser), its usage and help, and what it does. Each command is a class in its own file; the list
// of them, the global options, the login and the dispatch are CommandLine.cpp. A Session is one run of the program.
#pragma once

#include "Access.h"
#include "Actor.h"
#include "Database.h"
#include "ExitCode.h"

#include <QCommandLineOption>
#include <QCoreApplication>
#include <QStringList>

#include <memory>
#include <optional>

class QCommandLineParser;
class QTextStream;

// One run of the program: where it writes, the global options, who acts and the data file once it is open.
class Session final
{
    Q_DECLARE_TR_FUNCTIONS(Session)

public:
    Session(QTextStream& out, QTextStream& err);
    ~Session();

    QTextStream& out;
    QTextStream& err;

    QString dataFileOption; // --db as given; empty: the default data file
    QString user; // --user as given
    QString passwordFile; // --password-file as given
    // Who acts: the user who logged in (with their role); before a login, or without one, the operating system
    // account that ran the command ("cli:<login name>"), so an audit entry still says who it was. Without a login
    // that account may read (the role viewer), as anyone who can open the data file may: a backup, an export.
    Actor actor;

    QString dataFilePath() const;
    // Whether a data file was given (--db) or lent (useDatabase).
    bool hasDataFile() const { return m_db || !dataFileOption.isEmpty(); }
    // The data file, opened in `mode` the first time (an upgrade notice goes to err; the audit entries name
    // actor.user). Null when it cannot be opened: the reason is on err then.
    Database* database(Database::OpenMode mode);
    // An open data file to use instead of opening one (in-process callers); it stays the caller's.
    void useDatabase(Database* db) { m_db = db; }
    // The password of `user`: the first line of --password-file (its line end stripped), else SHUANGSUI_PASSWORD.
    std::optional<QString> password(QString* error) const;

private:
    std::unique_ptr<Database> m_owned;
    Database* m_db = nullptr;
};

class Command
{
    Q_DECLARE_TR_FUNCTIONS(Command)

public:
    // Whether the --user is logged in before the command runs (UserRepository::login: checked and audited).
    enum class Login {
        Never, // the command needs no data file, or makes a new one (init, demo)
        IfGiven, // when --user is given: the audit entries then name the user
        Required, // the command changes data: --user is needed once the data file has users
    };
    // How the command opens the data file (Database::OpenMode): read-only and shared commands also run while the
    // program has the file open; None needs no data file at all.
    enum class DataFile { None, ReadOnly, Shared, Exclusive };

    struct Argument
    {
        QString name; // as in the synopsis: PLAN_CODE
        QString description;
        bool optional = false;
    };

    virtual ~Command();

    QString name; // one word or two: "import", "calendar import"
    QString synopsis; // the name with its arguments: "import REGISTRY FILE [--dry-run] [--skip-invalid]"
    QString summary; // what it does, for the overview (lines broken by \n)
    DataFile dataFile = DataFile::Exclusive;
    bool dataFileOptional = false; // opened only when --db is given (deadline)
    Login login = Login::IfGiven;
    // The permission the core's operation checks, for the help only (the command line checks no role: the
    // operation does, and its refusal is the command's answer). Empty when the help does not name one.
    std::optional<Access::Permission> permission;
    QList<QCommandLineOption> options;
    QList<Argument> arguments; // the positional arguments, the optional ones last

    // "usage: shuangsui-cli --db FILE <synopsis>": what a usage error shows (the calendar's shows its three commands).
    virtual QString usage() const;
    // The usage, the summary, the options and arguments, and who may run it: `help COMMAND`, `COMMAND --help`.
    QString help() const;

    // Reads the words after the command's name into `parser`. Returns nothing when the command is to run, else
    // its exit code: 0 after --help (the help on out), 2 after a usage error (the problem and usage on err).
    std::optional<int> parse(QCommandLineParser& parser, const QStringList& words, Session& session) const;
    // A mistake in the command's words that the parser cannot see (a registry's name, a missing option), checked
    // before the login and before any file is touched; empty when there is none.
    virtual QString usageProblem(const QCommandLineParser& parser) const;
    // Does the work; returns the exit code (ExitCode).
    virtual int run(Session& session, const QCommandLineParser& parser) = 0;
    // parse() and run() without a login: for callers in the same process (the tests, the benchmark).
    int execute(Session& session, const QStringList& words);

protected:
    // The data file opened as `dataFile` says; null when it cannot be (the reason is on err then).
    Database* database(Session& session) const;
    // An operation's answer: nothing more to say when it is done; else its sentence on err. Returns its exit code.
    static int report(Session& session, const Outcome& outcome);
    // Writes the problem and the usage on err; returns ExitCode::UsageError.
    int usageError(Session& session, const QString& problem) const;
};
