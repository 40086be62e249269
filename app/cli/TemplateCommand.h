// `template REGISTRY FILE.csv|FILE.xlsx`: an empty file with the registry's headers, to fill in and import.
#pragma once

#include "Command.h"

class TemplateCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(TemplateCommand)

public:
    TemplateCommand();
    QString usageProblem(const QCommandLineParser& parser) const override;
    int run(Session& session, const QCommandLineParser& parser) override;
};
