// `substitute PLAN_CODE --visit N --inspector CODE --reason TEXT` (递补): member CODE of visit N's team cannot
// attend; the draw's rule picks the replacement (SubstitutionOperations: the role, the plan's status, and a visit
// whose result was submitted or published keeps its team). Prints who replaces whom.
#pragma once

#include "Command.h"

class SubstituteCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(SubstituteCommand)

public:
    SubstituteCommand();
    QString usageProblem(const QCommandLineParser& parser) const override;
    int run(Session& session, const QCommandLineParser& parser) override;
};
