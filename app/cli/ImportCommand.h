// `import REGISTRY FILE [--dry-run] [--skip-invalid]`: a CSV or .xlsx file into a registry. Prints "imported N,
// updated M, rejected K" and one line per rejected row; without --skip-invalid a single rejected row means nothing
// is written. Exit 1 when a row was rejected.
#pragma once

#include "Command.h"

class ImportCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(ImportCommand)

public:
    ImportCommand();
    QString usageProblem(const QCommandLineParser& parser) const override;
    int run(Session& session, const QCommandLineParser& parser) override;
};
