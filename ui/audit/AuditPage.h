// 审计日志: the audit trail newest first, filtered by date, user, object, action and a part of the object id; the
// selected entry's old and new values side by side; the chain's state with a 校验 button; export and print.
#pragma once

#include "AuditTrail.h"
#include "ChainState.h"
#include "Page.h"

class AuditTableModel;
class Database;
class OptionalDateEdit;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QStackedWidget;
class QTableView;
class QTableWidget;
class QTimer;

class AuditPage final : public Page
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AuditPage)

public:
    explicit AuditPage(Database& db, QWidget* parent = nullptr);

    QString title() const override;
    void focusSearch() override;
    // Reads the filter lists and the entries again (also done when the page is first shown).
    void reloadData() override;
    // Shows the entries of one object id (a code, a file name).
    void showFiltered(const QString& argument) override;

    void setChainState(const ChainState& state);
    ChainState chainState() const { return m_chain; }
    // The filter the widgets describe.
    AuditFilter filter() const;
    // Applies the widgets' filter now (the id search waits ~200 ms after the last keystroke).
    void applyFilterNow();
    // Walks the whole chain with a progress dialog the clerk can cancel; updates the banner and emits chainChecked.
    void verifyNow();
    void exportEntries();
    void printEntries();
    // 与已公示网页包核对 (issue 19): asks for a package's folder and says whether the audit entry its manifest pinned
    // is still in the trail with the same hash (PackageCheck::againstAuditTrail).
    void checkAgainstPackage();

    AuditTableModel* model() const { return m_model; }
    QTableView* tableView() const { return m_table; }
    QComboBox* userFilter() const { return m_user; }
    QComboBox* objectTypeFilter() const { return m_objectType; }
    QComboBox* actionFilter() const { return m_action; }
    QLineEdit* objectIdSearch() const { return m_objectId; }
    OptionalDateEdit* fromFilter() const { return m_from; }
    OptionalDateEdit* toFilter() const { return m_to; }
    QLabel* chainBanner() const { return m_banner; }
    QTableWidget* changesTable() const { return m_changes; }

Q_SIGNALS:
    void chainChecked(const ChainState& state);

protected:
    void showEvent(QShowEvent* event) override;

private:
    void refillChoices();
    void showCurrentEntry();
    void updateCount();

    Database& m_db;
    AuditTableModel* m_model;
    ChainState m_chain;
    QLabel* m_banner;
    QPushButton* m_verifyButton;
    OptionalDateEdit* m_from;
    OptionalDateEdit* m_to;
    QComboBox* m_user;
    QComboBox* m_objectType;
    QComboBox* m_action;
    QLineEdit* m_objectId;
    QLabel* m_count;
    QLabel* m_notice;
    QTableView* m_table;
    QStackedWidget* m_detail;
    QLabel* m_entryTitle;
    QLabel* m_entryMeta;
    QTableWidget* m_changes;
    QTimer* m_debounce;
    bool m_filling = false;
    bool m_loaded = false;
};
