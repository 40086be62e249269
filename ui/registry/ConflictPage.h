// 回避关系: the conflicts of interest page — search (inspector, entity, credit code, details), the conflicts in
// force or all of them, recording, editing, ending (the conflict no longer applies) and restoring a conflict. A
// conflict is never deleted: the record of who had to stand aside stays.
#pragma once

#include "Conflict.h"
#include "RegistryPage.h"

#include <optional>

class ConflictTableModel;
class Database;
class QPushButton;

class ConflictPage final : public RegistryPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConflictPage)

public:
    explicit ConflictPage(Database& db, QWidget* parent = nullptr);

    QString title() const override;
    QString createActionText() const override;
    void createNew() override;

    ConflictTableModel* model() const { return m_model; }
    void editCurrent();
    // Ends (false) or restores (true) the selected conflict after the clerk confirms.
    void setCurrentActive(bool active);

protected:
    void applyFilter() override;
    void showDetail(int row) override;
    void editRow(int row) override;
    QString emptyRegistryText() const override;

private:
    void openDialog(const std::optional<Conflict>& conflict, bool isNew);

    Database& m_db;
    ConflictTableModel* m_model;
    DetailPane m_pane;
    QPushButton* m_edit;
    QPushButton* m_end;
    QPushButton* m_restore;
};
