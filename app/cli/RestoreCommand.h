// `restore IN.sqlite`: through BackupOperations (the role Restore first): checks IN (prepareRestore); if it is
// sound, keeps the current data as "<name>.before-restore-<yyyyMMdd-HHmmss>.sqlite" beside the data file, puts IN's
// content in place and records an audit entry "restore" in it (naming who is logged in). Any refusal leaves
// everything as it was.
#pragma once

#include "Command.h"

class RestoreCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(RestoreCommand)

public:
    RestoreCommand();
    int run(Session& session, const QCommandLineParser& parser) override;
};
