// `deadline --end YYYY-MM-DD`: the publication deadline of an inspection that ends on that day, by the working-day
// calendar of the data file (or the shipped one without --db).
#pragma once

#include "Command.h"

class DeadlineCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(DeadlineCommand)

public:
    DeadlineCommand();
    QString usageProblem(const QCommandLineParser& parser) const override;
    int run(Session& session, const QCommandLineParser& parser) override;
};

// The command in the same process. args are the words after `deadline`, e.g. {"--end", "2026-09-30"} (also
// "--end=2026-09-30"). db may be null: the shipped calendar is used then. Prints the deadline as yyyy-MM-dd on the
// first line of out, then one line per warning (a year without a calendar). Returns 0 on success, 1 for bad data
// (a date that does not exist), 2 for a usage error (the usage goes to err).
int runDeadlineCommand(Database* db, const QStringList& args, QTextStream& out, QTextStream& err);
