// `plans`: one plan a line: code, tab, title, tab, status in Chinese (草稿 … 已完成). For scripts.
#pragma once

#include "Command.h"

class PlansCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(PlansCommand)

public:
    PlansCommand();
    int run(Session& session, const QCommandLineParser& parser) override;
};
