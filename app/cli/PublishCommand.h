// `publish PLAN_CODE --out DIR`: the plan's website package into the new folder DIR, as 公示 on the plan page does
// (PublishOperations: the role and the plan's status, then Publication::writePackage); prints each file written
// with its SHA-256. An unknown plan, a plan without a standing draw or a folder in the way writes nothing (exit 1;
// a role that may not publish: 3).
#pragma once

#include "Command.h"

class PublishCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(PublishCommand)

public:
    PublishCommand();
    QString usageProblem(const QCommandLineParser& parser) const override;
    int run(Session& session, const QCommandLineParser& parser) override;
};
