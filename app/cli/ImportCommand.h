// `import REGISTRY FILE [--dry-run] [--skip-invalid] [--map FIELD=COLUMN …]`: a CSV or .xlsx file into a registry.
// Prints "imported N, updated M, rejected K" and one line per rejected row; without --skip-invalid a single rejected
// row means nothing is written. Exit 1 when a row was rejected. --map chooses the file's column for a field
// (RegistryImport::parseMapping); when a required column is missing the file's columns are listed, with the
// columns chosen last time for that header.
#pragma once

#include "Command.h"

struct ImportPreview;

class ImportCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(ImportCommand)

public:
    ImportCommand();
    QString usageProblem(const QCommandLineParser& parser) const override;
    int run(Session& session, const QCommandLineParser& parser) override;

private:
    static void explainMapping(Session& session, Database& db, const ImportPreview& preview);
};
