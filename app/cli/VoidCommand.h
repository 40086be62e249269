// `void PLAN_CODE --reason TEXT`: voids the plan's draw attempt (PlanOperations::voidDraw), with the reason the
// record publishes; only before any result of it is recorded. A new seed and draw follow in the program.
#pragma once

#include "Command.h"

class VoidCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(VoidCommand)

public:
    VoidCommand();
    int run(Session& session, const QCommandLineParser& parser) override;
};
