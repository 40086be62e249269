// `init [--user NAME [--password-file FILE]]`: makes the data file (and its folder) ready; with --user, also the
// administrator of a file that has no users yet (the password as for the login: --password-file or
// SHUANGSUI_PASSWORD).
#pragma once

#include "Command.h"

class InitCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(InitCommand)

public:
    InitCommand();
    int run(Session& session, const QCommandLineParser& parser) override;
};
