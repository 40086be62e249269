// 检查对象 (库一): the entity registry page — search and filters, the paged table, the selected entity's details,
// and adding, editing, deactivating (停办/注销), reactivating and deleting entities; putting one on the blacklist or
// taking it off (with the blacklist's history), and its credit archive (诚信档案).
#pragma once

#include "RegistryPage.h"

class ConflictSection;
class Database;
class DetailForm;
class EntityTableModel;
class QComboBox;
class QLabel;
class QListWidget;
class QPushButton;

class EntityPage final : public RegistryPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EntityPage)

public:
    explicit EntityPage(Database& db, QWidget* parent = nullptr);

    QString title() const override;
    QString createActionText() const override;
    void createNew() override;
    void reloadData() override;
    void showFiltered(const QString& argument) override;

    EntityTableModel* model() const { return m_model; }
    ConflictSection* conflictSection() const { return m_conflicts; }
    // Opens the edit dialog of the selected entity.
    void editCurrent();
    // Sets the selected entity's status after the clerk confirms ("suspended", "closed", "normal").
    void setCurrentStatus(const QString& status);
    void deleteCurrent();
    // The blacklist dialog for the selected entity: adding when it is not on the blacklist, removing when it is.
    void changeBlacklist();
    void showCreditArchive();

protected:
    void applyFilter() override;
    void resetFilters() override;
    void showDetail(int row) override;
    void editRow(int row) override;
    QString emptyRegistryText() const override;

private:
    void fillTownships();

    Database& m_db;
    EntityTableModel* m_model;
    QComboBox* m_category;
    QComboBox* m_township;
    QComboBox* m_status;
    QComboBox* m_blacklist;
    QComboBox* m_risk;
    DetailPane m_pane;
    QPushButton* m_edit;
    QPushButton* m_deactivate;
    QPushButton* m_reactivate;
    QPushButton* m_delete;
    QPushButton* m_blacklistButton;
    QPushButton* m_archive;
    QListWidget* m_blacklistHistory;
    ConflictSection* m_conflicts;
};
