// shuangsui-cli: the command-line tool for administrators, scripts and our own checks. Works without a display.
// Exit codes: 0 done, 1 data errors (a data file busy with another program included), 2 usage error, 3 refused (no
// user, wrong password, locked account, or a role that may not do this). Who may run which command is the table in
// CommandLine.cpp; which commands run while the program has the file open is openModeFor() there.
#pragma once

#include <QCoreApplication>
#include <QStringList>

class QTextStream;

class CommandLine final
{
    Q_DECLARE_TR_FUNCTIONS(CommandLine)

public:
    enum Exit { Done = 0, DataError = 1, UsageError = 2, Refused = 3 };

    // `arguments` without the program name. Global options: --db FILE, --lang zh|en (handled by the caller
    // before translations load; accepted and skipped here), --user NAME and --password-file FILE (the password
    // otherwise comes from the environment variable SHUANGSUI_PASSWORD), --version, --help.
    static int run(const QStringList& arguments, QTextStream& out, QTextStream& err);
    // The value of --lang in the arguments ("zh" when absent).
    static QString languageOption(const QStringList& arguments);
    static QString usage();
};
