// 抽查事项 (一单): the item list page — search and filters, the items, the selected item's fields and its version
// history (selecting a version shows the item as it was), adding, editing (a new version), withdrawing (停用) and
// reinstating (有效) items. Items are never deleted.
#pragma once

#include "InspectionItem.h"
#include "RegistryPage.h"

#include <optional>

class Database;
class ItemTableModel;
class QComboBox;
class QListWidget;
class QPushButton;

class ItemPage final : public RegistryPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ItemPage)

public:
    explicit ItemPage(Database& db, QWidget* parent = nullptr);

    QString title() const override;
    QString createActionText() const override;
    void createNew() override;
    void showFiltered(const QString& argument) override;

    ItemTableModel* model() const { return m_model; }
    QListWidget* historyList() const { return m_history; }
    DetailForm* detailFields() const { return m_pane.fields; }
    void editCurrent();
    // Withdraws ("retired") or reinstates ("active") the selected item after the clerk confirms.
    void setCurrentStatus(const QString& status);
    // 导出清单网页: the items in force today as the self-contained web page of the item list (Publication).
    void exportListPage();

protected:
    void applyFilter() override;
    void showDetail(int row) override;
    void editRow(int row) override;
    QString emptyRegistryText() const override;

private:
    // The fields of a version as the detail pane shows them, its checklist last.
    static QList<QPair<QString, QString>> detailRows(const InspectionItem& item);
    void showVersion(int index);
    void openDialog(const std::optional<InspectionItem>& item);

    Database& m_db;
    ItemTableModel* m_model;
    QComboBox* m_status;
    QComboBox* m_category;
    DetailPane m_pane;
    QPushButton* m_edit;
    QPushButton* m_withdraw;
    QPushButton* m_reinstate;
    QListWidget* m_history;
    QList<InspectionItemVersion> m_versions;
};
