// `void PLAN_CODE --reason TEXT --confirmed-by NAME`: voids the plan's draw attempt (PlanOperations::voidDraw), with
// the reason the record publishes; only before any result of it is recorded. Four eyes: a second user, a reviewer
// or an administrator other than --user, confirms with their password (the first line of --confirm-password-file,
// else the environment variable SHUANGSUI_CONFIRM_PASSWORD); the core checks them as the window's void dialog does.
// A new seed and draw follow in the program.
#pragma once

#include "Command.h"

class VoidCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(VoidCommand)

public:
    VoidCommand();
    int run(Session& session, const QCommandLineParser& parser) override;
};
