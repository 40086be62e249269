// `results PLAN_CODE`: one line per visit × item of the plan's standing draw: the visit's number, tab, the entity's
// name, tab, the item's code, tab, the result's state in Chinese (未录入 when nothing is recorded), tab, the codes
// of the members present (comma-separated). For scripts.
#pragma once

#include "Command.h"

class ResultsCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(ResultsCommand)

public:
    ResultsCommand();
    int run(Session& session, const QCommandLineParser& parser) override;
};
