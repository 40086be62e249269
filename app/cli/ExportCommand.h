// `export REGISTRY FILE.csv|FILE.xlsx`: a registry as the import reads it (the format from the file's name).
// Prints "exported N"; the export is audited (ExportFile).
#pragma once

#include "Command.h"

class ExportCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(ExportCommand)

public:
    ExportCommand();
    QString usageProblem(const QCommandLineParser& parser) const override;
    int run(Session& session, const QCommandLineParser& parser) override;
};
