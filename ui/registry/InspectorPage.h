// 执法人员 (库二): the inspector registry page — search and filters (section, status, certified on a date, today
// unless the clerk picks the inspection date), the
// inspectors, the selected one's fields (ID card masked) and conflicts of interest, adding, editing, changing the
// status (在岗 请假 调离 退休) and deleting an inspector nothing refers to.
#pragma once

#include "Inspector.h"
#include "RegistryPage.h"

#include <optional>

class ConflictSection;
class Database;
class InspectorTableModel;
class QComboBox;
class QDateEdit;
class QPushButton;

class InspectorPage final : public RegistryPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(InspectorPage)

public:
    explicit InspectorPage(Database& db, QWidget* parent = nullptr);

    QString title() const override;
    QString createActionText() const override;
    void createNew() override;
    void reloadData() override;
    void showFiltered(const QString& argument) override;

    InspectorTableModel* model() const { return m_model; }
    ConflictSection* conflictSection() const { return m_conflicts; }
    // The date the certificate filter asks about (the inspection date; today when the page opens).
    QDateEdit* certifiedOnEdit() const { return m_certifiedOn; }
    void editCurrent();
    void setCurrentStatus(const QString& status);
    void deleteCurrent();

protected:
    void applyFilter() override;
    void resetFilters() override;
    void showDetail(int row) override;
    void editRow(int row) override;
    QString emptyRegistryText() const override;

private:
    void fillSections();
    void openDialog(const std::optional<Inspector>& inspector);

    Database& m_db;
    InspectorTableModel* m_model;
    QComboBox* m_section;
    QComboBox* m_status;
    QComboBox* m_certified;
    QDateEdit* m_certifiedOn;
    DetailPane m_pane;
    QPushButton* m_edit;
    QPushButton* m_changeStatus;
    QPushButton* m_delete;
    ConflictSection* m_conflicts;
};
