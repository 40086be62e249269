// Step 6 of the plan wizard, 抽取结果: the draw's result, its sheet and notices; revealed on the ceremony view.
#pragma once

#include <QStringList>
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
    // The drawn visits as the ceremony view reveals them: "No. 1  entity" and the team on the next line.
    QStringList ceremonyLines() const;
    // Opens the ceremony view (again) with every visit shown: the witnesses may ask to see the draw once more.
    void showCeremonyAgain();

private:
    PlanWizard* m_wizard;
    DrawResultPanel* m_panel;
};
