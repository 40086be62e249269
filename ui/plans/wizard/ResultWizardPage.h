// Step 6 of the plan wizard, 抽取结果: the draw's result, its sheet and notices; revealed on the ceremony view.
#pragma once

#include <QWizardPage>

class DrawResultPanel;
class PlanWizard;

class ResultWizardPage final : public QWizardPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ResultWizardPage)

public:
    explicit ResultWizardPage(PlanWizard* wizard);
    void initializePage() override;

private:
    PlanWizard* m_wizard;
    DrawResultPanel* m_panel;
};
