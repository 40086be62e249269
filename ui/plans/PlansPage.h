// The plans page (抽查计划): the list of plans with their status chips (草稿 已冻结 已抽取 检查中 已完成) and search,
// 新建抽查计划; a draft or frozen plan opens the wizard where it was left, a drawn plan its plan page.
#pragma once

#include "Page.h"
#include "PlanWizard.h"

#include <QPointer>

class Database;
class PlanView;

class QButtonGroup;
class QLabel;
class QLineEdit;
class QStackedWidget;
class QTableWidget;

class PlansPage final : public Page
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PlansPage)

public:
    explicit PlansPage(Database& db, QWidget* parent = nullptr);

    QString title() const override;
    void focusSearch() override;
    QString createActionText() const override;
    void createNew() override;
    void reloadData() override;
    void showFiltered(const QString& argument) override;

    // Opens a plan: the wizard before the draw, the plan page after it.
    void openPlan(qint64 planId);
    // The argument of showFiltered() that opens a plan's 检查结果 tab showing only the visits whose results are
    // still to be submitted (the overview's late results): "late-results:<id>".
    static QString lateResultsArgument(qint64 planId) { return QStringLiteral("late-results:%1").arg(planId); }

    QTableWidget* table() const { return m_table; }
    PlanView* planView() const { return m_view; }
    // The wizard opened last, while it is open.
    PlanWizard* wizard() const { return m_wizard; }
    // Shows a status (a key of Vocabulary::planStatuses(), empty = all).
    void setStatusFilter(const QString& status);
    Access::Permission writePermission() const override { return Access::Permission::ManagePlans; }

protected:
    void permissionsChanged() override;

private:
    void openWizard(qint64 planId);
    bool hasRefusedDraw(qint64 planId) const;

    Database& m_db;
    QStackedWidget* m_stack;
    QLineEdit* m_search;
    QButtonGroup* m_chips;
    QLabel* m_count;
    QTableWidget* m_table;
    PlanView* m_view;
    QPointer<PlanWizard> m_wizard;
    QString m_status;
};
