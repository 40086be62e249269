// Runs shuangsui-cli inside the test (CommandLine::run), capturing what it prints: for CLI tests that need no process.
#pragma once

#include "CommandLine.h"

#include <QStringList>
#include <QTextStream>

namespace CliInProcess {

struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
};

inline Run run(const QStringList& arguments)
{
    Run r;
    QTextStream out(&r.out);
    QTextStream err(&r.err);
    r.exitCode = CommandLine::run(arguments, out, err);
    out.flush();
    err.flush();
    return r;
}

} // namespace CliInProcess
