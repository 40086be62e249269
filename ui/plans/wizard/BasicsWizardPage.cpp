#include "BasicsWizardPage.h"

#include "DateEdit.h"
#include "InspectorRepository.h"
#include "ItemRepository.h"
#include "Overview.h"
#include "Palette.h"
#include "PlainText.h"
#include "PlanRepository.h"
#include "PlanWizard.h"
#include "WizardFields.h"

#include <QComboBox>
#include <QDateEdit>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QSet>
#include <QVBoxLayout>

BasicsWizardPage::BasicsWizardPage(PlanWizard* wizard)
    : QWizardPage(wizard)
    , m_wizard(wizard)
{
    setTitle(tr("Step 1 of 6 · The plan"));
    setSubTitle(tr("What is inspected, when, and why (policy §6.1). Everything here can change until the plan "
                   "is frozen in step 4."));
    auto* form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    const auto add = [&](const QString& label, QWidget* field, const QString& key) {
        auto* box = new QVBoxLayout;
        box->setSpacing(2);
        box->addWidget(field);
        QLabel* error = WizardFields::errorLabel(this, key + QStringLiteral("Error"));
        box->addWidget(error);
        m_errors.insert(key, error);
        form->addRow(label, box);
    };
    m_code = new QLineEdit(this);
    m_code->setObjectName(QStringLiteral("planCode"));
    m_title = new QLineEdit(this);
    m_title->setObjectName(QStringLiteral("planTitle"));
    m_title->setPlaceholderText(tr("e.g. 2026年民办学校办学行为双随机抽查"));
    m_section = new QComboBox(this);
    m_section->setObjectName(QStringLiteral("planSection"));
    m_section->setEditable(true);
    m_section->addItems(InspectorRepository(wizard->database()).sections());
    m_items = new QListWidget(this);
    m_items->setObjectName(QStringLiteral("planItems"));
    m_items->setMaximumHeight(150);
    ItemFilter activeItems;
    activeItems.status = QStringLiteral("active");
    for (const InspectionItem& item : ItemRepository(wizard->database()).list(activeItems)) {
        auto* row = new QListWidgetItem(QStringLiteral("%1  %2").arg(item.code, item.name), m_items);
        row->setData(Qt::UserRole, item.id);
        row->setData(Qt::UserRole + 1, item.method);
        row->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
        row->setCheckState(Qt::Unchecked);
    }
    m_from = new DateEdit(this);
    m_from->setObjectName(QStringLiteral("periodFrom"));
    m_to = new DateEdit(this);
    m_to->setObjectName(QStringLiteral("periodTo"));
    for (QDateEdit* d : {m_from, m_to})
        d->setMinimumWidth(130);
    auto* period = new QWidget(this);
    auto* periodLayout = new QHBoxLayout(period);
    periodLayout->setContentsMargins(0, 0, 0, 0);
    periodLayout->addWidget(m_from);
    periodLayout->addWidget(new PlainLabel(tr("to"), period));
    periodLayout->addWidget(m_to);
    periodLayout->addStretch();
    m_purpose = new QLineEdit(this);
    m_purpose->setObjectName(QStringLiteral("planPurpose"));
    m_method = new QLineEdit(this);
    m_method->setObjectName(QStringLiteral("planMethod"));
    m_method->setPlaceholderText(tr("e.g. 现场检查、书面检查"));
    m_confidentiality = new QLineEdit(this);
    m_confidentiality->setObjectName(QStringLiteral("planConfidentiality"));
    m_resultUse = new QLineEdit(this);
    m_resultUse->setObjectName(QStringLiteral("planResultUse"));

    add(Plan::fieldLabel(QStringLiteral("code")), m_code, QStringLiteral("code"));
    add(Plan::fieldLabel(QStringLiteral("title")), m_title, QStringLiteral("title"));
    add(Plan::fieldLabel(QStringLiteral("section")), m_section, QStringLiteral("section"));
    add(tr("Items to inspect"), m_items, QStringLiteral("items"));
    add(tr("Inspection period"), period, QStringLiteral("periodFrom"));
    m_errors.insert(QStringLiteral("periodTo"), m_errors.value(QStringLiteral("periodFrom")));
    add(Plan::fieldLabel(QStringLiteral("purpose")), m_purpose, QStringLiteral("purpose"));
    add(Plan::fieldLabel(QStringLiteral("method")), m_method, QStringLiteral("method"));
    add(Plan::fieldLabel(QStringLiteral("confidentiality")), m_confidentiality, QStringLiteral("confidentiality"));
    add(Plan::fieldLabel(QStringLiteral("resultUse")), m_resultUse, QStringLiteral("resultUse"));
    m_locked = new PlainLabel(tr("This plan is frozen: these fields can no longer change."), this);
    m_locked->setStyleSheet(Palette::warningStyle());
    m_locked->hide();
    m_missing = new PlainLabel(this);
    m_missing->setObjectName(QStringLiteral("basicsMissing"));
    m_missing->setWordWrap(true);
    m_missing->setStyleSheet(Palette::warningStyle());
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_locked);
    layout->addLayout(form);
    layout->addWidget(m_missing);
    layout->addStretch();

    connect(this, &QWizardPage::completeChanged, this, &BasicsWizardPage::showMissing);
    connect(m_title, &QLineEdit::textChanged, this, &QWizardPage::completeChanged);
    connect(m_code, &QLineEdit::textChanged, this, &QWizardPage::completeChanged);
    connect(m_section, &QComboBox::currentTextChanged, this, &QWizardPage::completeChanged);
    connect(m_items, &QListWidget::itemChanged, this, [this](QListWidgetItem* row) {
        if (row->checkState() == Qt::Checked && m_method->text().trimmed().isEmpty())
            m_method->setText(row->data(Qt::UserRole + 1).toString());
        Q_EMIT completeChanged();
    });
    connect(m_from, &QDateEdit::dateChanged, this, [this](QDate from) {
        // A new plan's code follows the year of its period until the clerk types another.
        if (m_wizard->planId() == 0 && m_code->text() == m_suggestedCode) {
            m_suggestedCode = PlanRepository(m_wizard->database()).nextCode(from.year());
            m_code->setText(m_suggestedCode);
        }
        if (m_to->date() < from)
            m_to->setDate(QDate(from.year(), from.month(), from.daysInMonth()));
    });
}

void BasicsWizardPage::initializePage()
{
    const Plan& p = m_wizard->plan();
    // A new plan is offered the period the overview asks for (the current half year while items are not drawn).
    const auto [suggestedFrom, suggestedTo] = p.periodFrom.isValid()
        ? std::pair {p.periodFrom, p.periodTo}
        : Overview(m_wizard->database(), QDate::currentDate()).suggestedPlanPeriod();
    m_suggestedCode = p.code.isEmpty() ? PlanRepository(m_wizard->database()).nextCode(suggestedFrom.year()) : p.code;
    m_code->setText(m_suggestedCode);
    m_from->setDate(suggestedFrom);
    m_to->setDate(suggestedTo.isValid()
                      ? suggestedTo
                      : QDate(suggestedFrom.year(), suggestedFrom.month(), suggestedFrom.daysInMonth()));
    m_title->setText(p.title);
    m_section->setCurrentText(p.section.isEmpty() ? QStringLiteral("行政执法办公室") : p.section);
    m_purpose->setText(p.purpose);
    m_method->setText(p.method);
    m_confidentiality->setText(p.confidentiality);
    m_resultUse->setText(p.resultUse);
    QSet<qint64> chosen;
    for (const PlanItemScope& s : p.items)
        chosen.insert(s.itemId);
    for (int i = 0; i < m_items->count(); ++i)
        m_items->item(i)->setCheckState(
            chosen.contains(m_items->item(i)->data(Qt::UserRole).toLongLong()) ? Qt::Checked : Qt::Unchecked);
    const bool editable = p.isDraft();
    m_locked->setVisible(!editable);
    for (QWidget* w : std::initializer_list<QWidget*> {m_code, m_title, m_section, m_items, m_from, m_to, m_purpose,
                                                       m_method, m_confidentiality, m_resultUse})
        w->setEnabled(editable);
    showMissing();
}

QStringList BasicsWizardPage::missing() const
{
    if (!m_wizard->plan().isDraft())
        return {};
    // The plan as typed so far; a ticked item stands for its scope (only whether there is one matters here).
    Plan typed = m_wizard->plan();
    typed.code = m_code->text().trimmed();
    typed.title = m_title->text().trimmed();
    typed.section = m_section->currentText().trimmed();
    typed.items.clear();
    for (int i = 0; i < m_items->count(); ++i) {
        if (m_items->item(i)->checkState() != Qt::Checked)
            continue;
        PlanItemScope scope;
        scope.itemId = m_items->item(i)->data(Qt::UserRole).toLongLong();
        typed.items << scope;
    }
    QStringList messages;
    for (const FieldError& e : typed.problems())
        if (e.field == QLatin1String("code") || e.field == QLatin1String("title") || e.field == QLatin1String("section")
            || e.field == QLatin1String("items"))
            messages << e.message;
    return messages;
}

void BasicsWizardPage::showMissing()
{
    const QStringList messages = missing();
    m_missing->setText(messages.isEmpty() ? QString() : tr("Before 下一步: %1").arg(messages.join(QLatin1Char(' '))));
    m_missing->setVisible(!messages.isEmpty());
}

bool BasicsWizardPage::isComplete() const
{
    return missing().isEmpty();
}

bool BasicsWizardPage::validatePage()
{
    Plan& p = m_wizard->plan();
    if (!p.isDraft())
        return true;
    p.code = m_code->text().trimmed();
    p.title = m_title->text().trimmed();
    p.section = m_section->currentText().trimmed();
    p.periodFrom = m_from->date();
    p.periodTo = m_to->date();
    p.purpose = m_purpose->text().trimmed();
    p.method = m_method->text().trimmed();
    p.confidentiality = m_confidentiality->text().trimmed();
    p.resultUse = m_resultUse->text().trimmed();
    QList<PlanItemScope> scopes;
    PlanRepository plans(m_wizard->database());
    for (int i = 0; i < m_items->count(); ++i) {
        if (m_items->item(i)->checkState() != Qt::Checked)
            continue;
        const qint64 id = m_items->item(i)->data(Qt::UserRole).toLongLong();
        const auto kept
            = std::find_if(p.items.cbegin(), p.items.cend(), [id](const PlanItemScope& s) { return s.itemId == id; });
        if (kept != p.items.cend())
            scopes << *kept;
        else if (const auto scope = plans.scopeForItem(id))
            scopes << *scope;
    }
    p.items = scopes;

    QHash<QString, QStringList> messages;
    for (const FieldError& e : p.problems())
        if (WizardFields::isBasicsField(e.field))
            messages[e.field] << e.message;
    for (auto it = m_errors.cbegin(); it != m_errors.cend(); ++it)
        if (it.key() != QLatin1String("periodTo"))
            WizardFields::showMessages(it.value(),
                                       messages.value(it.key())
                                           + (it.key() == QLatin1String("periodFrom")
                                                  ? messages.value(QStringLiteral("periodTo"))
                                                  : QStringList()));
    if (!messages.isEmpty())
        return false;
    return m_wizard->savePlan();
}
