// `backup OUT.sqlite [--force]`: a copy of the data file (--force replaces an existing OUT), with an audit entry
// "backup". Runs while the program has the data file open.
#pragma once

#include "Command.h"

class BackupCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(BackupCommand)

public:
    BackupCommand();
    int run(Session& session, const QCommandLineParser& parser) override;

    // A path as the messages show it: absolute, with the system's separators.
    static QString shown(const QString& path);
};
