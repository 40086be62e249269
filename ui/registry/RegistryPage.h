// The common frame of a registry page: heading and primary action, search box (as you type, Ctrl+F) and filters,
// "共 N 条", the paged table, and the detail pane of the selected row. Subclasses add their filters and detail
// widgets, build the repository filter, and open their dialogs; everything else (debounce, keeping the selection
// across reloads, Enter to edit, the empty-list hints) is here once.
#pragma once

#include "Page.h"
#include "RegistryImport.h"
#include "RegistryOperations.h"

#include <functional>

class Database;
class DetailForm;
class PagedTableModel;
class QCheckBox;
class QComboBox;
class QHBoxLayout;
class QLabel;
class QLineEdit;
class QPushButton;
class QStackedWidget;
class QTableView;
class QTimer;
class QVBoxLayout;

class RegistryPage : public Page
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RegistryPage)

public:
    explicit RegistryPage(Database& db, QWidget* parent = nullptr);

    void focusSearch() override;
    void reloadData() override;

    QLineEdit* searchBox() const { return m_search; }
    QTableView* tableView() const { return m_table; }
    QLabel* countLabel() const { return m_count; }
    QCheckBox* showInactiveBox() const { return m_showInactive; }
    PagedTableModel* pagedModel() const { return m_model; }
    // The id of the selected record, 0 when none.
    qint64 currentId() const;
    int currentRow() const;
    // Selects a record, fetching pages until it is among the rows; false when the filter hides it.
    bool selectId(qint64 id);
    // Applies the search text and filters now (the search box waits ~150 ms after the last keystroke).
    void applyFilterNow();
    // Clears the search text and every filter.
    void clearFilters();
    // Shows one record whatever the filters: clears them, shows inactive records too, searches for searchText (its
    // code, so that it is found among many) and selects it. False when the record is not found.
    bool showRecord(qint64 id, const QString& searchText);

    // The registries' changes as the logged-in user makes them (the core decides; the page shows the outcome).
    RegistryOperations operations() const { return RegistryOperations(m_db, actor()); }
    // May the user change this registry now (new, import, edit, the detail pane's buttons)?
    bool mayEdit() const { return operations().check().ok(); }

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;
    // Builds the heading, toolbar, table and detail pane; call from the subclass constructor once the model exists.
    void setupPage(PagedTableModel* model, const QString& searchPlaceholder);
    // Adds 导入… / 导出… / 空白模板… to the heading row for the registry; call after setupPage.
    void addImportExport(Registry registry);
    // A button in the heading row, before 导入… (or the page's primary button when there is no import).
    QPushButton* addHeaderButton(const QString& objectName, const QString& text);
    // A filter combo box ("All categories" first, data = key); changes apply at once.
    QComboBox* addFilterCombo(const QString& objectName, const QString& allText,
                              const QList<QPair<QString, QVariant>>& entries);
    void addFilterWidget(QWidget* widget);
    // The widget shown in the detail pane while a row is selected.
    void setDetailWidget(QWidget* widget);
    // The usual detail pane: the record's name as a heading, a row of buttons, its fields; installed as the detail
    // widget. Pages add their buttons and sections (history, conflicts) to it.
    struct DetailPane
    {
        QWidget* widget = nullptr;
        QVBoxLayout* layout = nullptr;
        QLabel* title = nullptr;
        QHBoxLayout* buttons = nullptr;
        DetailForm* fields = nullptr;
    };
    DetailPane createDetailPane();
    QPushButton* addDetailButton(const DetailPane& pane, const QString& objectName, const QString& text);
    QString searchText() const;
    bool showInactive() const;

    // Builds the repository filter from the search box and filter widgets and gives it to the model.
    virtual void applyFilter() = 0;
    // True when a filter other than "show inactive" narrows the list.
    virtual bool filtersActive() const;
    virtual void resetFilters() {}
    // Fills the detail pane for a fetched row.
    virtual void showDetail(int row) = 0;
    virtual void editRow(int row) = 0;
    // What the empty list says when the registry has nothing yet.
    virtual QString emptyRegistryText() const = 0;
    // New, import and the detail pane's buttons need the permission to change the registries (mayEdit).
    void permissionsChanged() override;

    // A calm line above the table: "Saved …", with an optional button ("Show it").
    void showNotice(const QString& text, const QString& buttonText = {}, std::function<void()> action = {});
    void hideNotice();
    // After a record was saved: reload, select it, and say so; if the filters hide it, offer to show it.
    void recordSaved(qint64 id, const QString& description, const QString& searchToFindIt);

private:
    void importFile(Registry registry);
    void exportFile(Registry registry, bool templateOnly);
    void updateEmptyHint();
    void currentRowChanged();
    QList<QPushButton*> writeButtons() const;

    Database& m_db;
    PagedTableModel* m_model = nullptr;
    QLineEdit* m_search;
    QHBoxLayout* m_filters;
    QCheckBox* m_showInactive;
    QLabel* m_count;
    QTableView* m_table;
    QLabel* m_emptyHint;
    QPushButton* m_clearFiltersButton;
    QLabel* m_notice;
    QPushButton* m_noticeButton;
    std::function<void()> m_noticeAction;
    QStackedWidget* m_detailStack;
    QTimer* m_debounce;
    QPushButton* m_createButton = nullptr;
    QPushButton* m_importButton = nullptr;
    QList<QPushButton*> m_detailButtons;
    QHBoxLayout* m_header = nullptr;
    QList<QComboBox*> m_filterCombos;
    bool m_applying = false;
};
