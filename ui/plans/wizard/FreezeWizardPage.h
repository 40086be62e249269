// Step 4 of the plan wizard, 冻结: what will be drawn, the problems that block the freeze, and the freeze itself
// (the pre-draw sheet can be printed once frozen).
#pragma once

#include <QWizardPage>

class DateEdit;
class PlanWizard;
class QCheckBox;
class QLabel;
class QLineEdit;
class QPushButton;

class FreezeWizardPage final : public QWizardPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FreezeWizardPage)

public:
    explicit FreezeWizardPage(PlanWizard* wizard);
    void initializePage() override { refresh(); }

    void refresh();
    void freeze();
    bool isComplete() const override;

private:
    PlanWizard* m_wizard;
    QLabel* m_summary;
    // A public number the seed will end with (PublicSeedSource), named here before the freeze.
    QCheckBox* m_usePublic;
    QLineEdit* m_publicName;
    DateEdit* m_publicDate;
    QPushButton* m_freeze;
    QLabel* m_hash;
    QPushButton* m_print;
    QPushButton* m_pdf;
};
