// `demo`: fills a new data file with the demo data of 昌黎县 (its users, registries and a finished plan).
#pragma once

#include "Command.h"

class DemoCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(DemoCommand)

public:
    DemoCommand();
    int run(Session& session, const QCommandLineParser& parser) override;
};
