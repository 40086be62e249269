// `publish PLAN_CODE --out DIR`: the plan's website package (Publication::writePackage) into the new folder DIR;
// prints each file written with its SHA-256. An unknown plan, one without a standing draw, or a folder in the way
// writes nothing (exit 1).
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
