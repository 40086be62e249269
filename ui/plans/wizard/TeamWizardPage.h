// Step 3 of the plan wizard, 检查组: team size, certified members, backups, the limits per inspector, rotation
// and the over-inspection guard, with what the teams need against who may serve.
#pragma once

#include <QTimer>
#include <QWizardPage>

class PlanWizard;
class QCheckBox;
class QLabel;
class QListWidget;
class QSpinBox;

class TeamWizardPage final : public QWizardPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TeamWizardPage)

public:
    explicit TeamWizardPage(PlanWizard* wizard);
    void initializePage() override;
    void recount();
    bool isComplete() const override { return !m_blocked && !m_debounce->isActive(); }

    bool validatePage() override;

private:
    PlanWizard* m_wizard;
    QSpinBox* m_teamSize;
    QSpinBox* m_minCertified;
    QSpinBox* m_backupFactor;
    QSpinBox* m_maxTeams;
    QCheckBox* m_rotation;
    QSpinBox* m_guard;
    QLabel* m_needed;
    QLabel* m_errors;
    QLabel* m_warnings;
    QListWidget* m_leftOut;
    QTimer* m_debounce;
    bool m_blocked = false;
};
