// Step 1 of the plan wizard, 基本信息: the plan's code, title, items, period and the texts of the plan.
#pragma once

#include <QHash>
#include <QStringList>
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

    // What keeps 下一步 greyed, in the core's words (Plan::problems of this step's fields), shown under the form:
    // a greyed button alone did not say which field was missing (issue 17).
    QStringList missing() const;

private:
    void showMissing();

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
    QLabel* m_missing;
    QHash<QString, QLabel*> m_errors;
    QString m_suggestedCode;
};
