// The exit codes of shuangsui-cli, one table for every command. An operation's Outcome gives its own
// (Outcome::exitCode(): 0, 1 or 3), and the command line adds the usage error.
#pragma once

#include "Outcome.h"

namespace ExitCode {

enum Code : int {
    Done = 0,
    DataError = 1, // refused by a rule of the domain, bad data, a file that cannot be read or written, a data file
                   // busy with another program
    UsageError = 2, // the command line itself is wrong: the command's usage is shown
    Refused = 3, // no user, a wrong password, a locked account, or a role that may not do this
};

// The exit code of an operation's outcome: Done, Refused for the role, DataError for a rule or a failure.
inline int of(const Outcome& outcome)
{
    return outcome.exitCode();
}

} // namespace ExitCode
