// An item's checklist (检查表) as a spreadsheet, the same table the item dialog imports and exports:
// - `checklist export ITEM_CODE FILE.xlsx|FILE.csv`: the item's check points (序号, 检查内容, 检查标准, 法律依据);
// - `checklist import ITEM_CODE FILE`: the points of FILE (.xlsx, .xls or CSV) become the item's checklist, saved as
//   its next version (RegistryOperations::importChecklist: the dialog's rules and messages; a problem names the row
//   and the column, and nothing is written).
#pragma once

#include "Command.h"

class ChecklistExportCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(ChecklistExportCommand)

public:
    ChecklistExportCommand();
    int run(Session& session, const QCommandLineParser& parser) override;
};

class ChecklistImportCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(ChecklistImportCommand)

public:
    ChecklistImportCommand();
    int run(Session& session, const QCommandLineParser& parser) override;
};
