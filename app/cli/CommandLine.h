// shuangsui-cli: the command-line tool for administrators, scripts and our own checks. Works without a display.
// Here: the global options, the list of commands (each a Command, in its own file), the login and the dispatch,
// and the help. Exit codes: ExitCode.h.
#pragma once

#include "ExitCode.h"

#include <QCoreApplication>
#include <QStringList>

class QTextStream;

class CommandLine final
{
    Q_DECLARE_TR_FUNCTIONS(CommandLine)

public:
    using enum ExitCode::Code;

    // `arguments` without the program name. Global options: --db FILE, --lang zh|en (handled by the caller
    // before translations load; accepted and skipped here), --user NAME and --password-file FILE (the password
    // otherwise comes from the environment variable SHUANGSUI_PASSWORD), --version, --help.
    static int run(const QStringList& arguments, QTextStream& out, QTextStream& err);
    // The value of --lang in the arguments ("zh" when absent).
    static QString languageOption(const QStringList& arguments);
    // The overview: the global options, every command with its synopsis, who may run what, the exit codes.
    static QString usage();
};
