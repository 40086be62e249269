// Step 2 of the plan wizard, 抽查范围: one ScopeEditor per item, with the pools counted as the clerk edits.
#pragma once

#include <QList>
#include <QWizardPage>

class PlanWizard;
class QLabel;
class QListWidget;
class QStackedWidget;
class QTimer;
class ScopeEditor;

class ScopeWizardPage final : public QWizardPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ScopeWizardPage)

public:
    explicit ScopeWizardPage(PlanWizard* wizard);
    QList<ScopeEditor*> editors() const;
    void initializePage() override;

    // Reads the editors into the wizard's plan and counts the pools now.
    void recount();
    bool isComplete() const override;
    bool validatePage() override;

private:
    PlanWizard* m_wizard;
    QListWidget* m_list;
    QStackedWidget* m_stack;
    QLabel* m_total;
    QTimer* m_debounce;
};
