// Step 1 of the plan wizard, 基本信息: the plan's code, title, items, period and the texts of the plan.
#pragma once

#include <QHash>
#include <QWizardPage>

class PlanWizard;
class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QListWidget;

class BasicsWizardPage final : public QWizardPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BasicsWizardPage)

public:
    explicit BasicsWizardPage(PlanWizard* wizard);
    void initializePage() override;
    bool isComplete() const override;
    bool validatePage() override;

private:
    PlanWizard* m_wizard;
    QLineEdit* m_code;
    QLineEdit* m_title;
    QComboBox* m_section;
    QListWidget* m_items;
    QDateEdit* m_from;
    QDateEdit* m_to;
    QLineEdit* m_purpose;
    QLineEdit* m_method;
    QLineEdit* m_confidentiality;
    QLineEdit* m_resultUse;
    QLabel* m_locked;
    QHash<QString, QLabel*> m_errors;
    QString m_suggestedCode;
};
