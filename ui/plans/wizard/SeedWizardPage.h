// Step 5 of the plan wizard, 见证与随机种子: the witnesses and their digits, the computer's digits, the seed they
// make, and the draw.
#pragma once

#include "PlanDraw.h"

#include <QList>
#include <QWizardPage>

#include <optional>

class PlanWizard;
class QComboBox;
class QGridLayout;
class QLabel;
class QLineEdit;
class QPushButton;

class SeedWizardPage final : public QWizardPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SeedWizardPage)

public:
    explicit SeedWizardPage(PlanWizard* wizard);

    struct WitnessRow
    {
        QLineEdit* name = nullptr;
        QComboBox* role = nullptr;
        QLineEdit* unit = nullptr;
        QLineEdit* digits = nullptr;
        QPushButton* remove = nullptr;
    };

    void addRow(const Witness& w, const QString& digits);
    void initializePage() override;
    QList<Witness> witnesses() const;
    QList<SeedPart> parts() const;
    void seedChanged();
    bool isComplete() const override { return m_ready; }

    bool validatePage() override;

private:
    PlanWizard* m_wizard;
    QGridLayout* m_rows;
    QLineEdit* m_system;
    // The public number named at freezing (FrozenRequest::publicSource), typed as published; hidden without one.
    QLabel* m_publicLabel;
    QLineEdit* m_public;
    std::optional<PublicSeedSource> m_publicSource;
    QLabel* m_seed;
    QLabel* m_problem;
    QLabel* m_witnessWarning;
    QList<WitnessRow> m_witnesses;
    std::optional<DrawAttempt> m_pending;
    bool m_ready = false;
};
