#include "PlanWizard.h"

#include "CeremonyView.h"
#include "Database.h"
#include "DocumentPrinter.h"
#include "DrawDocuments.h"
#include "DrawPreparation.h"
#include "DrawResultPanel.h"
#include "InspectorRepository.h"
#include "ItemRepository.h"
#include "MessageBox.h"
#include "OptionalDateEdit.h"
#include "PlanDraw.h"
#include "PlanRepository.h"
#include "TownshipRepository.h"
#include "Vocabulary.h"
#include "VocabularyCombo.h"
#include "WriteTransaction.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QComboBox>
#include <QCryptographicHash>
#include <QDateEdit>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QRegularExpressionValidator>
#include <QScrollArea>
#include <QSettings>
#include <QSpinBox>
#include <QSplitter>
#include <QStackedWidget>
#include <QTableWidget>
#include <QTimer>
#include <QVBoxLayout>

namespace {

const char* const ErrorStyle = "color: #b00020;";
const char* const WarningStyle = "color: #8a5a00;";

QLabel* errorLabel(QWidget* parent, const QString& objectName = {})
{
    auto* label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setStyleSheet(QString::fromLatin1(ErrorStyle));
    label->setWordWrap(true);
    label->hide();
    return label;
}

void showMessages(QLabel* label, const QStringList& messages)
{
    label->setText(messages.join(QLatin1Char('\n')));
    label->setVisible(!messages.isEmpty());
}

QStringList splitList(const QString& text)
{
    static const QRegularExpression separators(QStringLiteral("[,，、;；\\s]+"));
    QStringList parts = text.split(separators, Qt::SkipEmptyParts);
    parts.removeDuplicates();
    return parts;
}

// The plan's fields that each step edits, for the messages beside them.
bool isBasicsField(const QString& field)
{
    static const QStringList fields {
        QStringLiteral("code"),     QStringLiteral("title"),      QStringLiteral("section"),
        QStringLiteral("items"),    QStringLiteral("periodFrom"), QStringLiteral("periodTo"),
        QStringLiteral("purpose"),  QStringLiteral("method"),     QStringLiteral("confidentiality"),
        QStringLiteral("resultUse")};
    return fields.contains(field);
}

bool isTeamField(const QString& field)
{
    static const QStringList fields {QStringLiteral("teamSize"),     QStringLiteral("minCertified"),
                                     QStringLiteral("backupFactor"), QStringLiteral("maxTeamsPerInspector"),
                                     QStringLiteral("rotation"),     QStringLiteral("guardMonths")};
    return fields.contains(field);
}

// "池 312 家 → 抽取 18 家（5.8%）"
QString countLine(int pool, int selected)
{
    const double share = pool > 0 ? 100.0 * selected / pool : 0.0;
    return PlanWizard::tr("Pool %1 → draw %2 (%3%)").arg(pool).arg(selected).arg(QString::number(share, 'f', 1));
}

} // namespace

// ---------------------------------------------------------------------------------------------------------------
// 1 基本信息

class BasicsWizardPage final : public QWizardPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BasicsWizardPage)

public:
    explicit BasicsWizardPage(PlanWizard* wizard)
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
            QLabel* error = errorLabel(this, key + QStringLiteral("Error"));
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
        m_from = new QDateEdit(this);
        m_from->setObjectName(QStringLiteral("periodFrom"));
        m_to = new QDateEdit(this);
        m_to->setObjectName(QStringLiteral("periodTo"));
        for (QDateEdit* d : {m_from, m_to}) {
            d->setCalendarPopup(true);
            d->setMinimumWidth(130);
            d->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
        }
        auto* period = new QWidget(this);
        auto* periodLayout = new QHBoxLayout(period);
        periodLayout->setContentsMargins(0, 0, 0, 0);
        periodLayout->addWidget(m_from);
        periodLayout->addWidget(new QLabel(tr("to"), period));
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
        m_locked = new QLabel(tr("This plan is frozen: these fields can no longer change."), this);
        m_locked->setStyleSheet(QString::fromLatin1(WarningStyle));
        m_locked->hide();
        auto* layout = new QVBoxLayout(this);
        layout->addWidget(m_locked);
        layout->addLayout(form);
        layout->addStretch();

        registerField(QStringLiteral("title*"), m_title);
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

    void initializePage() override
    {
        const Plan& p = m_wizard->plan();
        const QDate next = QDate::currentDate().addMonths(1);
        const QDate from = p.periodFrom.isValid() ? p.periodFrom : QDate(next.year(), next.month(), 1);
        m_suggestedCode = p.code.isEmpty() ? PlanRepository(m_wizard->database()).nextCode(from.year()) : p.code;
        m_code->setText(m_suggestedCode);
        m_from->setDate(from);
        m_to->setDate(p.periodTo.isValid() ? p.periodTo : QDate(from.year(), from.month(), from.daysInMonth()));
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
    }

    bool isComplete() const override
    {
        if (!QWizardPage::isComplete())
            return false;
        for (int i = 0; i < m_items->count(); ++i)
            if (m_items->item(i)->checkState() == Qt::Checked)
                return true;
        return false;
    }

    bool validatePage() override
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
            const auto kept = std::find_if(p.items.cbegin(), p.items.cend(),
                                           [id](const PlanItemScope& s) { return s.itemId == id; });
            if (kept != p.items.cend())
                scopes << *kept;
            else if (const auto scope = plans.scopeForItem(id))
                scopes << *scope;
        }
        p.items = scopes;

        QHash<QString, QStringList> messages;
        for (const FieldError& e : p.problems())
            if (isBasicsField(e.field))
                messages[e.field] << e.message;
        for (auto it = m_errors.cbegin(); it != m_errors.cend(); ++it)
            if (it.key() != QLatin1String("periodTo"))
                showMessages(it.value(),
                             messages.value(it.key())
                                 + (it.key() == QLatin1String("periodFrom") ? messages.value(QStringLiteral("periodTo"))
                                                                            : QStringList()));
        if (!messages.isEmpty())
            return false;
        return m_wizard->savePlan();
    }

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

// ---------------------------------------------------------------------------------------------------------------
// 2 抽查范围: one editor per item

class ScopeEditor final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ScopeEditor)

public:
    ScopeEditor(Database& db, const PlanItemScope& scope, QWidget* parent)
        : QWidget(parent)
        , m_scope(scope)
    {
        auto* layout = new QVBoxLayout(this);
        auto* heading = new QLabel(
            QStringLiteral("<b>%1 %2</b>").arg(scope.itemCode.toHtmlEscaped(), scope.itemName.toHtmlEscaped()), this);
        layout->addWidget(heading);
        m_live = new QLabel(this);
        m_live->setObjectName(QStringLiteral("liveCount"));
        QFont big = m_live->font();
        big.setPointSizeF(big.pointSizeF() * 1.3);
        big.setBold(true);
        m_live->setFont(big);
        layout->addWidget(m_live);

        auto* kind = new QHBoxLayout;
        m_undirected = new QRadioButton(Vocabulary::drawScopes().label(QStringLiteral("undirected")), this);
        m_undirected->setObjectName(QStringLiteral("undirected"));
        m_directed = new QRadioButton(Vocabulary::drawScopes().label(QStringLiteral("directed")), this);
        m_directed->setObjectName(QStringLiteral("directed"));
        kind->addWidget(m_undirected);
        kind->addWidget(m_directed);
        kind->addStretch();
        layout->addLayout(kind);
        auto* kindHelp = new QLabel(tr("Undirected: every active entity of the item's categories. Directed: only "
                                       "those that meet all the conditions below."),
                                    this);
        kindHelp->setWordWrap(true);
        kindHelp->setStyleSheet(QStringLiteral("color: palette(mid);"));
        layout->addWidget(kindHelp);

        m_conditions = new QGroupBox(tr("Conditions of the directed draw"), this);
        auto* form = new QFormLayout(m_conditions);
        const auto checks = [this](const Vocabulary& v, const QStringList& only, QList<QCheckBox*>& boxes) {
            auto* row = new QWidget(m_conditions);
            auto* h = new QHBoxLayout(row);
            h->setContentsMargins(0, 0, 0, 0);
            for (const Term& t : v.terms()) {
                if (!only.isEmpty() && !only.contains(t.key))
                    continue;
                auto* box = new QCheckBox(v.label(t.key), row);
                box->setProperty("key", t.key);
                h->addWidget(box);
                boxes << box;
            }
            h->addStretch();
            return row;
        };
        const Vocabulary& cond = Vocabulary::drawConditions();
        form->addRow(cond.label(QStringLiteral("categories")),
                     checks(Vocabulary::categories(), scope.itemCategories, m_categories));
        form->addRow(cond.label(QStringLiteral("ownerships")), checks(Vocabulary::ownerships(), {}, m_ownerships));
        m_townships = new QListWidget(m_conditions);
        m_townships->setMaximumHeight(90);
        m_townships->setFlow(QListView::LeftToRight);
        m_townships->setWrapping(true);
        for (const Township& t : TownshipRepository(db).list()) {
            auto* item = new QListWidgetItem(t.name, m_townships);
            item->setData(Qt::UserRole, t.id);
            item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
            item->setCheckState(Qt::Unchecked);
        }
        form->addRow(cond.label(QStringLiteral("townships")), m_townships);
        m_tags = new QLineEdit(m_conditions);
        m_tags->setPlaceholderText(tr("Tags separated by commas; any one of them"));
        form->addRow(cond.label(QStringLiteral("tags")), m_tags);
        m_blacklistedOnly = new QCheckBox(cond.label(QStringLiteral("blacklistedOnly")), m_conditions);
        m_blacklistedOnly->setObjectName(QStringLiteral("blacklistedOnly"));
        form->addRow(QString(), m_blacklistedOnly);
        m_notInspectedSince = new OptionalDateEdit(tr("No condition"), m_conditions);
        form->addRow(cond.label(QStringLiteral("notInspectedSince")), m_notInspectedSince);
        m_conditionErrors = errorLabel(m_conditions, QStringLiteral("conditionErrors"));
        form->addRow(m_conditionErrors);
        layout->addWidget(m_conditions);

        m_riskStrata = new QCheckBox(tr("Draw by credit risk class (A, B, C, D), higher risk at higher ratios"), this);
        m_riskStrata->setObjectName(QStringLiteral("riskStrata"));
        layout->addWidget(m_riskStrata);
        m_strataBox = new QGroupBox(tr("Share drawn from each stratum"), this);
        m_strataGrid = new QGridLayout(m_strataBox);
        layout->addWidget(m_strataBox);
        m_strataErrors = errorLabel(this, QStringLiteral("strataErrors"));
        layout->addWidget(m_strataErrors);
        layout->addStretch();

        // Fill from the scope before connecting, so that filling does not count as an edit.
        (scope.directed ? m_directed : m_undirected)->setChecked(true);
        for (QCheckBox* b : std::as_const(m_categories))
            b->setChecked(scope.conditions.categories.contains(b->property("key").toString()));
        for (QCheckBox* b : std::as_const(m_ownerships))
            b->setChecked(scope.conditions.ownerships.contains(b->property("key").toString()));
        for (int i = 0; i < m_townships->count(); ++i)
            m_townships->item(i)->setCheckState(
                scope.conditions.townshipIds.contains(m_townships->item(i)->data(Qt::UserRole).toLongLong())
                    ? Qt::Checked
                    : Qt::Unchecked);
        m_tags->setText(scope.conditions.tags.join(QStringLiteral("，")));
        m_blacklistedOnly->setChecked(scope.conditions.blacklistedOnly);
        m_notInspectedSince->setDate(scope.conditions.notInspectedSince);
        m_riskStrata->setChecked(scope.useRiskStrata);
        buildStrata(scope.strata);
        m_conditions->setVisible(scope.directed);

        connect(m_directed, &QRadioButton::toggled, this, [this](bool on) {
            m_conditions->setVisible(on);
            Q_EMIT changed();
        });
        for (QCheckBox* b : m_categories + m_ownerships + QList<QCheckBox*> {m_blacklistedOnly})
            connect(b, &QCheckBox::toggled, this, &ScopeEditor::changed);
        connect(m_townships, &QListWidget::itemChanged, this, &ScopeEditor::changed);
        connect(m_tags, &QLineEdit::textChanged, this, &ScopeEditor::changed);
        connect(m_notInspectedSince, &OptionalDateEdit::dateChanged, this, &ScopeEditor::changed);
        connect(m_riskStrata, &QCheckBox::toggled, this, [this](bool on) {
            buildStrata(PlanItemScope::defaultStrata(on, m_scope.itemMinRatioBp));
            Q_EMIT changed();
        });
    }

    PlanItemScope scope() const
    {
        PlanItemScope s = m_scope;
        s.directed = m_directed->isChecked();
        s.conditions = {};
        if (s.directed) {
            for (QCheckBox* b : m_categories)
                if (b->isChecked())
                    s.conditions.categories << b->property("key").toString();
            for (QCheckBox* b : m_ownerships)
                if (b->isChecked())
                    s.conditions.ownerships << b->property("key").toString();
            for (int i = 0; i < m_townships->count(); ++i)
                if (m_townships->item(i)->checkState() == Qt::Checked)
                    s.conditions.townshipIds << m_townships->item(i)->data(Qt::UserRole).toLongLong();
            s.conditions.tags = splitList(m_tags->text());
            s.conditions.blacklistedOnly = m_blacklistedOnly->isChecked();
            s.conditions.notInspectedSince = m_notInspectedSince->date();
        }
        s.useRiskStrata = m_riskStrata->isChecked();
        s.strata.clear();
        for (const StratumRow& row : m_rows) {
            PlanStratum stratum;
            stratum.name = row.name;
            if (row.mode->currentIndex() == 1)
                stratum.count = row.count->value();
            else
                stratum.ratioBp = int(std::lround(row.ratio->value() * 100));
            s.strata << stratum;
        }
        return s;
    }

    void showCounts(const ItemCount* count)
    {
        if (!count) {
            m_live->setText(tr("Counting…"));
            return;
        }
        m_live->setText(countLine(count->pool(), count->selected()));
        for (StratumRow& row : m_rows) {
            const auto it = std::find_if(count->strata.cbegin(), count->strata.cend(),
                                         [&row](const StratumCount& s) { return s.name == row.name; });
            if (it == count->strata.cend()) {
                row.counts->clear();
                continue;
            }
            QString text = tr("%1 in the pool → %2 drawn").arg(it->pool).arg(it->selected);
            if (it->leftOut > 0)
                text += QLatin1Char(' ') + tr("(%n left out: inspected recently)", nullptr, it->leftOut);
            row.counts->setText(text);
            m_poolSizes.insert(row.name, it->pool);
        }
        showProblems();
    }

    // The one stratum rule and the conditions' rules, beside their fields.
    void showProblems()
    {
        QStringList strata, conditions;
        QHash<QString, QStringList> perStratum;
        for (const FieldError& e : scope().problems(m_poolSizes)) {
            if (e.field.startsWith(QLatin1String("strata."))) {
                perStratum[e.field.mid(7)] << e.message;
            } else if (e.field == QLatin1String("strata")) {
                strata << e.message;
            } else {
                conditions << e.message;
            }
        }
        for (StratumRow& row : m_rows)
            showMessages(row.error, perStratum.value(row.name));
        showMessages(m_strataErrors, strata);
        showMessages(m_conditionErrors, conditions);
    }

    bool hasProblems() const { return !scope().problems(m_poolSizes).isEmpty(); }
    QString itemCode() const { return m_scope.itemCode; }

Q_SIGNALS:
    void changed();

private:
    struct StratumRow
    {
        QString name;
        QComboBox* mode = nullptr;
        QDoubleSpinBox* ratio = nullptr;
        QSpinBox* count = nullptr;
        QLabel* counts = nullptr;
        QLabel* error = nullptr;
    };

    void buildStrata(const QList<PlanStratum>& strata)
    {
        while (QLayoutItem* item = m_strataGrid->takeAt(0)) {
            delete item->widget();
            delete item;
        }
        m_rows.clear();
        m_poolSizes.clear();
        int r = 0;
        for (const PlanStratum& s : strata) {
            StratumRow row;
            row.name = s.name;
            row.mode = new QComboBox(m_strataBox);
            row.mode->setObjectName(QStringLiteral("mode_") + s.name);
            row.mode->addItems({tr("Ratio"), tr("Fixed count")});
            row.ratio = new QDoubleSpinBox(m_strataBox);
            row.ratio->setObjectName(QStringLiteral("ratio_") + s.name);
            row.ratio->setRange(0, 100);
            row.ratio->setDecimals(1);
            row.ratio->setSingleStep(0.5);
            row.ratio->setSuffix(QStringLiteral(" %"));
            row.count = new QSpinBox(m_strataBox);
            row.count->setObjectName(QStringLiteral("count_") + s.name);
            row.count->setRange(0, 100000);
            row.count->setSuffix(tr(" entities"));
            row.counts = new QLabel(m_strataBox);
            row.counts->setObjectName(QStringLiteral("counts_") + s.name);
            row.error = errorLabel(m_strataBox, QStringLiteral("error_") + s.name);
            row.mode->setCurrentIndex(s.count ? 1 : 0);
            row.ratio->setValue(s.ratioBp.value_or(500) / 100.0);
            row.count->setValue(s.count.value_or(1));
            row.ratio->setVisible(!s.count);
            row.count->setVisible(s.count.has_value());
            m_strataGrid->addWidget(new QLabel(Vocabulary::drawStrata().label(s.name), m_strataBox), r, 0);
            m_strataGrid->addWidget(row.mode, r, 1);
            m_strataGrid->addWidget(row.ratio, r, 2);
            m_strataGrid->addWidget(row.count, r, 3);
            m_strataGrid->addWidget(row.counts, r, 4);
            m_strataGrid->addWidget(row.error, r + 1, 1, 1, 4);
            QComboBox* mode = row.mode;
            QDoubleSpinBox* ratio = row.ratio;
            QSpinBox* count = row.count;
            connect(mode, &QComboBox::currentIndexChanged, this, [this, ratio, count](int index) {
                ratio->setVisible(index == 0);
                count->setVisible(index == 1);
                Q_EMIT changed();
            });
            connect(ratio, &QDoubleSpinBox::valueChanged, this, &ScopeEditor::changed);
            connect(count, &QSpinBox::valueChanged, this, &ScopeEditor::changed);
            m_rows << row;
            r += 2;
        }
        m_strataGrid->setColumnStretch(4, 1);
    }

    PlanItemScope m_scope;
    QLabel* m_live;
    QRadioButton* m_undirected;
    QRadioButton* m_directed;
    QGroupBox* m_conditions;
    QList<QCheckBox*> m_categories;
    QList<QCheckBox*> m_ownerships;
    QListWidget* m_townships;
    QLineEdit* m_tags;
    QCheckBox* m_blacklistedOnly;
    OptionalDateEdit* m_notInspectedSince;
    QLabel* m_conditionErrors;
    QCheckBox* m_riskStrata;
    QGroupBox* m_strataBox;
    QGridLayout* m_strataGrid;
    QLabel* m_strataErrors;
    QList<StratumRow> m_rows;
    QHash<QString, int> m_poolSizes;
};

class ScopeWizardPage final : public QWizardPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ScopeWizardPage)

public:
    explicit ScopeWizardPage(PlanWizard* wizard)
        : QWizardPage(wizard)
        , m_wizard(wizard)
        , m_list(new QListWidget(this))
        , m_stack(new QStackedWidget(this))
        , m_total(new QLabel(this))
        , m_debounce(new QTimer(this))
    {
        setTitle(tr("Step 2 of 6 · Who may be drawn"));
        setSubTitle(tr("For each item: the pool of entities and the share drawn from each stratum. The counts "
                       "follow your changes."));
        m_list->setObjectName(QStringLiteral("scopeItems"));
        m_list->setMaximumWidth(260);
        auto* scroll = new QScrollArea(this);
        scroll->setWidgetResizable(true);
        scroll->setFrameShape(QFrame::NoFrame);
        scroll->setWidget(m_stack);
        auto* split = new QHBoxLayout;
        split->addWidget(m_list);
        split->addWidget(scroll, 1);
        m_total->setObjectName(QStringLiteral("visitCount"));
        m_total->setWordWrap(true);
        auto* layout = new QVBoxLayout(this);
        layout->addLayout(split, 1);
        layout->addWidget(m_total);
        m_debounce->setSingleShot(true);
        m_debounce->setInterval(250);
        connect(m_debounce, &QTimer::timeout, this, &ScopeWizardPage::recount);
        connect(m_list, &QListWidget::currentRowChanged, m_stack, &QStackedWidget::setCurrentIndex);
    }

    QList<ScopeEditor*> editors() const
    {
        QList<ScopeEditor*> list;
        for (int i = 0; i < m_stack->count(); ++i)
            list << static_cast<ScopeEditor*>(m_stack->widget(i));
        return list;
    }

    void initializePage() override
    {
        while (m_stack->count() > 0) {
            QWidget* w = m_stack->widget(0);
            m_stack->removeWidget(w);
            delete w;
        }
        m_list->clear();
        const Plan& p = m_wizard->plan();
        for (const PlanItemScope& scope : p.items) {
            auto* editor = new ScopeEditor(m_wizard->database(), scope, m_stack);
            editor->setObjectName(QStringLiteral("scope_") + scope.itemCode);
            editor->setEnabled(p.isDraft());
            m_stack->addWidget(editor);
            new QListWidgetItem(QStringLiteral("%1 %2").arg(scope.itemCode, scope.itemName), m_list);
            connect(editor, &ScopeEditor::changed, this, [this] {
                for (ScopeEditor* e : editors())
                    e->showCounts(nullptr);
                m_debounce->start();
            });
        }
        m_list->setCurrentRow(0);
        recount();
    }

    // Reads the editors into the wizard's plan and counts the pools now.
    void recount()
    {
        m_debounce->stop();
        Plan& p = m_wizard->plan();
        const QList<ScopeEditor*> list = editors();
        if (p.isDraft())
            for (qsizetype i = 0; i < list.size() && i < p.items.size(); ++i)
                p.items[i] = list.at(i)->scope();
        const PoolSummary summary = DrawPreparation::summary(m_wizard->database(), p);
        for (qsizetype i = 0; i < list.size(); ++i) {
            const ItemCount* count = i < summary.items.size() ? &summary.items.at(i) : nullptr;
            list.at(i)->showCounts(count);
            if (count && i < m_list->count())
                m_list->item(int(i))->setText(
                    QStringLiteral("%1 %2\n%3")
                        .arg(count->itemCode, count->itemName, countLine(count->pool(), count->selected())));
            if (i < m_list->count())
                m_list->item(int(i))->setForeground(list.at(i)->hasProblems() ? QColor(0xb0, 0x00, 0x20)
                                                                              : palette().color(QPalette::Text));
        }
        m_total->setText(summary.visitsMin == summary.visitsMax
                             ? tr("In all: %n visit(s) (an entity drawn by several items is visited once).", nullptr,
                                  summary.visitsMax)
                             : tr("In all: %1 to %2 visits, as the seed decides (an entity drawn by several items is "
                                  "visited once).")
                                   .arg(summary.visitsMin)
                                   .arg(summary.visitsMax));
        Q_EMIT completeChanged();
    }

    bool isComplete() const override
    {
        for (ScopeEditor* e : editors())
            if (e->hasProblems())
                return false;
        return !m_debounce->isActive();
    }

    bool validatePage() override
    {
        if (!m_wizard->plan().isDraft())
            return true;
        recount();
        if (!isComplete())
            return false;
        return m_wizard->savePlan();
    }

private:
    PlanWizard* m_wizard;
    QListWidget* m_list;
    QStackedWidget* m_stack;
    QLabel* m_total;
    QTimer* m_debounce;
};

// ---------------------------------------------------------------------------------------------------------------
// 3 检查组

class TeamWizardPage final : public QWizardPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TeamWizardPage)

public:
    explicit TeamWizardPage(PlanWizard* wizard)
        : QWizardPage(wizard)
        , m_wizard(wizard)
        , m_debounce(new QTimer(this))
    {
        setTitle(tr("Step 3 of 6 · Inspection teams"));
        setSubTitle(tr("Each team has at least 2 inspectors, at least 1 of them certified; inspectors are drawn at "
                       "twice the number needed, the others are backups in draw order (policy §4, §6.2)."));
        const auto spin = [this](const QString& name, int min, int max) {
            auto* s = new QSpinBox(this);
            s->setObjectName(name);
            s->setRange(min, max);
            return s;
        };
        m_teamSize = spin(QStringLiteral("teamSize"), Plan::MinTeamSize, Plan::MaxTeamSize);
        m_minCertified = spin(QStringLiteral("minCertified"), 1, Plan::MaxTeamSize);
        m_backupFactor = spin(QStringLiteral("backupFactor"), Plan::MinBackupFactor, Plan::MaxBackupFactor);
        m_maxTeams = spin(QStringLiteral("maxTeamsPerInspector"), 0, 99);
        m_maxTeams->setSpecialValueText(tr("No limit"));
        m_rotation = new QCheckBox(tr("Rotate: nobody inspects an entity they inspected in its previous plan"), this);
        m_rotation->setObjectName(QStringLiteral("rotation"));
        m_guard = spin(QStringLiteral("guardMonths"), 0, Plan::MaxGuardMonths);
        m_guard->setSpecialValueText(tr("Off"));
        m_guard->setSuffix(tr(" months"));
        auto* form = new QFormLayout;
        form->addRow(Plan::fieldLabel(QStringLiteral("teamSize")), m_teamSize);
        form->addRow(Plan::fieldLabel(QStringLiteral("minCertified")), m_minCertified);
        form->addRow(tr("Drawn at (× the number needed)"), m_backupFactor);
        form->addRow(Plan::fieldLabel(QStringLiteral("maxTeamsPerInspector")), m_maxTeams);
        form->addRow(QString(), m_rotation);
        form->addRow(tr("Leave out entities inspected within"), m_guard);
        m_needed = new QLabel(this);
        m_needed->setObjectName(QStringLiteral("inspectorsNeeded"));
        m_needed->setWordWrap(true);
        QFont bold = m_needed->font();
        bold.setBold(true);
        m_needed->setFont(bold);
        m_errors = errorLabel(this, QStringLiteral("teamErrors"));
        QFont big = m_errors->font();
        big.setBold(true);
        m_errors->setFont(big);
        m_warnings = new QLabel(this);
        m_warnings->setObjectName(QStringLiteral("teamWarnings"));
        m_warnings->setStyleSheet(QString::fromLatin1(WarningStyle));
        m_warnings->setWordWrap(true);
        m_leftOut = new QListWidget(this);
        m_leftOut->setObjectName(QStringLiteral("inspectorsLeftOut"));
        auto* layout = new QVBoxLayout(this);
        layout->addLayout(form);
        layout->addWidget(m_needed);
        layout->addWidget(m_errors);
        layout->addWidget(m_warnings);
        layout->addWidget(new QLabel(tr("Not drawn, or drawn as not certified, and why:"), this));
        layout->addWidget(m_leftOut, 1);

        m_debounce->setSingleShot(true);
        m_debounce->setInterval(250);
        connect(m_debounce, &QTimer::timeout, this, &TeamWizardPage::recount);
        for (QSpinBox* s : {m_teamSize, m_minCertified, m_backupFactor, m_maxTeams, m_guard})
            connect(s, &QSpinBox::valueChanged, m_debounce, qOverload<>(&QTimer::start));
        connect(m_rotation, &QCheckBox::toggled, m_debounce, qOverload<>(&QTimer::start));
    }

    void initializePage() override
    {
        const Plan& p = m_wizard->plan();
        const QSignalBlocker b1(m_teamSize), b2(m_minCertified), b3(m_backupFactor), b4(m_maxTeams), b5(m_guard),
            b6(m_rotation);
        m_teamSize->setValue(p.teamSize);
        m_minCertified->setValue(p.minCertified);
        m_backupFactor->setValue(p.backupFactor);
        m_maxTeams->setValue(p.maxTeamsPerInspector);
        m_rotation->setChecked(p.rotation);
        m_guard->setValue(p.guardMonths);
        for (QWidget* w : std::initializer_list<QWidget*> {m_teamSize, m_minCertified, m_backupFactor, m_maxTeams,
                                                           m_rotation, m_guard})
            w->setEnabled(p.isDraft());
        recount();
    }

    void recount()
    {
        m_debounce->stop();
        Plan& p = m_wizard->plan();
        if (p.isDraft()) {
            p.teamSize = m_teamSize->value();
            p.minCertified = m_minCertified->value();
            p.backupFactor = m_backupFactor->value();
            p.maxTeamsPerInspector = m_maxTeams->value();
            p.rotation = m_rotation->isChecked();
            p.guardMonths = m_guard->value();
        }
        const PreparedDraw prepared = DrawPreparation::prepare(m_wizard->database(), p);
        const PoolSummary& s = prepared.summary;
        m_needed->setText(tr("Up to %1 visits × %2 per team × %3 = %4 places drawn (members and backups). On duty "
                             "and in the draw: %5 inspectors, %6 of them certified for the whole period.")
                              .arg(s.visitsMax)
                              .arg(p.teamSize)
                              .arg(p.backupFactor)
                              .arg(s.inspectorsNeeded)
                              .arg(s.inspectorsEligible)
                              .arg(s.certifiedEligible));
        QStringList errors, warnings;
        for (const FieldError& e : p.problems())
            if (isTeamField(e.field))
                errors << e.message;
        for (const PlanProblem& problem : s.problems) {
            const bool ours = problem.field == QLatin1String("inspectors") || problem.field == QLatin1String("entities")
                || isTeamField(problem.field);
            if (!ours)
                continue;
            (problem.blocking ? errors : warnings) << problem.message;
        }
        showMessages(m_errors, errors);
        m_warnings->setText(warnings.join(QLatin1Char('\n')));
        m_warnings->setVisible(!warnings.isEmpty());
        m_leftOut->clear();
        for (const InspectorNote& note : prepared.inspectorNotes)
            m_leftOut->addItem(QStringLiteral("%1 %2 — %3").arg(note.inspector, note.name, note.inWords()));
        for (const EntityNote& note : prepared.entityNotes)
            m_leftOut->addItem(tr("Entity %1 %2 — %3").arg(note.code, note.name, note.inWords()));
        m_blocked = false;
        for (const FieldError& e : p.problems())
            m_blocked = m_blocked || isTeamField(e.field);
        Q_EMIT completeChanged();
    }

    bool isComplete() const override { return !m_blocked && !m_debounce->isActive(); }

    bool validatePage() override
    {
        if (!m_wizard->plan().isDraft())
            return true;
        recount();
        return isComplete() && m_wizard->savePlan();
    }

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

// ---------------------------------------------------------------------------------------------------------------
// 4 冻结

class FreezeWizardPage final : public QWizardPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FreezeWizardPage)

public:
    explicit FreezeWizardPage(PlanWizard* wizard)
        : QWizardPage(wizard)
        , m_wizard(wizard)
        , m_summary(new QLabel(this))
        , m_freeze(new QPushButton(tr("Freeze the pools and parameters…"), this))
        , m_hash(new QLabel(this))
        , m_print(new QPushButton(tr("Print the pre-draw sheet…"), this))
        , m_pdf(new QPushButton(tr("Save it as PDF…"), this))
    {
        setTitle(tr("Step 4 of 6 · Freeze"));
        setSubTitle(tr("Freezing fixes the pools and the parameters before anyone knows the seed, so that nobody can "
                       "change them to get a wanted result. After this, steps 1–3 can no longer change."));
        setCommitPage(true);
        setButtonText(QWizard::CommitButton, wizard->buttonText(QWizard::NextButton));
        m_summary->setObjectName(QStringLiteral("freezeSummary"));
        m_summary->setWordWrap(true);
        m_summary->setTextFormat(Qt::RichText);
        m_summary->setAlignment(Qt::AlignTop | Qt::AlignLeft);
        m_freeze->setObjectName(QStringLiteral("freezeButton"));
        m_hash->setObjectName(QStringLiteral("requestHash"));
        m_hash->setWordWrap(true);
        m_hash->setTextInteractionFlags(Qt::TextSelectableByMouse);
        m_print->setObjectName(QStringLiteral("printPreDrawButton"));
        m_pdf->setObjectName(QStringLiteral("preDrawPdfButton"));
        auto* scroll = new QScrollArea(this);
        scroll->setWidgetResizable(true);
        scroll->setFrameShape(QFrame::NoFrame);
        scroll->setWidget(m_summary);
        auto* buttons = new QHBoxLayout;
        buttons->addWidget(m_freeze);
        buttons->addWidget(m_print);
        buttons->addWidget(m_pdf);
        buttons->addStretch();
        auto* layout = new QVBoxLayout(this);
        layout->addWidget(scroll, 1);
        layout->addWidget(m_hash);
        layout->addLayout(buttons);
        connect(m_freeze, &QPushButton::clicked, this, &FreezeWizardPage::freeze);
        connect(m_print, &QPushButton::clicked, this, [this] {
            QString error;
            if (const auto doc = DrawDocuments::preDrawSheet(m_wizard->database(), m_wizard->planId(), &error))
                DocumentPrinter::preview(this, m_wizard->database(), *doc);
            else
                MessageBox::warning(this, tr("Cannot print"), error);
        });
        connect(m_pdf, &QPushButton::clicked, this, [this] {
            QString error;
            if (const auto doc = DrawDocuments::preDrawSheet(m_wizard->database(), m_wizard->planId(), &error))
                DocumentPrinter::savePdf(this, m_wizard->database(), *doc);
            else
                MessageBox::warning(this, tr("Cannot save"), error);
        });
    }

    void initializePage() override { refresh(); }

    void refresh()
    {
        const Plan& p = m_wizard->plan();
        const bool frozen = !p.isDraft();
        const PoolSummary s = DrawPreparation::summary(m_wizard->database(), p);
        QString html = QStringLiteral("<p><b>%1</b> %2<br>%3 %4 — %5</p>")
                           .arg(p.code.toHtmlEscaped(), p.title.toHtmlEscaped(), tr("Period").toHtmlEscaped(),
                                p.periodFrom.toString(Qt::ISODate), p.periodTo.toString(Qt::ISODate));
        html += QStringLiteral("<table cellspacing=\"0\" cellpadding=\"3\">");
        for (const ItemCount& item : s.items)
            html
                += QStringLiteral("<tr><td>%1 %2</td><td>%3</td><td><b>%4</b></td></tr>")
                       .arg(item.itemCode.toHtmlEscaped(), item.itemName.toHtmlEscaped(),
                            item.scopeInWords.toHtmlEscaped(), countLine(item.pool(), item.selected()).toHtmlEscaped());
        html += QStringLiteral("</table>");
        const QString visits = s.visitsMin == s.visitsMax
                                   ? tr("%n visit(s)", nullptr, s.visitsMax)
                                   : tr("%1 to %2 visits, as the seed decides").arg(s.visitsMin).arg(s.visitsMax);
        html += QStringLiteral("<p>%1</p>")
                    .arg(tr("Visits: %1. Teams of %2 (at least %3 certified), drawn at %4×. Inspectors in the "
                            "draw: %5 (%6 certified).")
                             .arg(visits)
                             .arg(p.teamSize)
                             .arg(p.minCertified)
                             .arg(p.backupFactor)
                             .arg(s.inspectorsEligible)
                             .arg(s.certifiedEligible)
                             .toHtmlEscaped());
        if (!frozen) {
            const QStringList blocking = s.blockingMessages();
            if (!blocking.isEmpty())
                html += QStringLiteral("<p style=\"color:#b00020\"><b>%1</b><br>%2</p>")
                            .arg(tr("The plan cannot be frozen yet:").toHtmlEscaped(),
                                 blocking.join(QStringLiteral("\n"))
                                     .toHtmlEscaped()
                                     .replace(QLatin1Char('\n'), QStringLiteral("<br>")));
            const QStringList warnings = s.warnings();
            if (!warnings.isEmpty())
                html += QStringLiteral("<p style=\"color:#8a5a00\">%1</p>")
                            .arg(warnings.join(QStringLiteral("\n"))
                                     .toHtmlEscaped()
                                     .replace(QLatin1Char('\n'), QStringLiteral("<br>")));
            m_freeze->setEnabled(s.canFreeze());
        }
        m_summary->setText(html);
        m_freeze->setVisible(!frozen);
        m_print->setVisible(frozen);
        m_pdf->setVisible(frozen);
        if (frozen) {
            const auto request = PlanDraw(m_wizard->database()).frozenRequest(p.id);
            m_hash->setText(
                QStringLiteral("<p>%1<br><b><tt>%2</tt></b><br>%3</p>")
                    .arg(tr("Frozen. Request hash:").toHtmlEscaped(), request ? request->hash : QString(),
                         tr("Print the pre-draw sheet for the witnesses, then go on to the seed.").toHtmlEscaped()));
        } else {
            m_hash->setText(tr("Not frozen yet."));
        }
        Q_EMIT completeChanged();
    }

    void freeze()
    {
        Plan& p = m_wizard->plan();
        if (!MessageBox::confirm(this, tr("Freeze the plan"),
                                 tr("Plan %1 will be frozen: its pools, strata, ratios and team rules are stored with "
                                    "their hash and can never change again. Only the witnesses can still be "
                                    "entered. Freeze it now?")
                                     .arg(p.code),
                                 tr("Freeze")))
            return;
        QString error;
        if (!PlanDraw(m_wizard->database()).freeze(p.id, &error)) {
            MessageBox::warning(this, tr("Not frozen"), error);
            return;
        }
        m_wizard->reloadPlan();
        Q_EMIT m_wizard->planChanged(p.id);
        refresh();
    }

    bool isComplete() const override { return !m_wizard->plan().isDraft(); }

private:
    PlanWizard* m_wizard;
    QLabel* m_summary;
    QPushButton* m_freeze;
    QLabel* m_hash;
    QPushButton* m_print;
    QPushButton* m_pdf;
};

// ---------------------------------------------------------------------------------------------------------------
// 5 见证与随机种子

class SeedWizardPage final : public QWizardPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SeedWizardPage)

public:
    explicit SeedWizardPage(PlanWizard* wizard)
        : QWizardPage(wizard)
        , m_wizard(wizard)
        , m_rows(new QGridLayout)
        , m_system(new QLineEdit(this))
        , m_seed(new QLabel(this))
        , m_problem(new QLabel(this))
    {
        setTitle(tr("Step 5 of 6 · Witnesses and the random seed"));
        setSubTitle(tr("Each witness rolls the dice and their digits are typed in, or the computer picks digits "
                       "(机选). At least %1 digits in all. The draw is computed once, when you press Draw.")
                        .arg(PlanDraw::MinSeedDigits));
        setCommitPage(true);
        setButtonText(QWizard::CommitButton, tr("Draw"));
        auto* box = new QGroupBox(tr("Witnesses"), this);
        auto* boxLayout = new QVBoxLayout(box);
        m_rows->addWidget(new QLabel(tr("Name"), box), 0, 0);
        m_rows->addWidget(new QLabel(tr("Role"), box), 0, 1);
        m_rows->addWidget(new QLabel(tr("Unit"), box), 0, 2);
        m_rows->addWidget(new QLabel(tr("Dice digits"), box), 0, 3);
        m_rows->setColumnStretch(2, 1);
        m_rows->setColumnStretch(3, 1);
        boxLayout->addLayout(m_rows);
        auto* add = new QPushButton(tr("Add a witness"), box);
        add->setObjectName(QStringLiteral("addWitnessButton"));
        auto* addLine = new QHBoxLayout;
        addLine->addWidget(add);
        addLine->addStretch();
        boxLayout->addLayout(addLine);

        auto* systemRow = new QHBoxLayout;
        auto* machine = new QPushButton(tr("Machine pick (机选)"), this);
        machine->setObjectName(QStringLiteral("systemDigitsButton"));
        machine->setToolTip(
            tr("Adds %1 digits from the computer's secure random source.").arg(PlanDraw::MinSeedDigits));
        m_system->setObjectName(QStringLiteral("systemDigits"));
        m_system->setReadOnly(true);
        m_system->setPlaceholderText(tr("No machine-picked digits"));
        auto* clear = new QPushButton(tr("Clear"), this);
        systemRow->addWidget(machine);
        systemRow->addWidget(m_system, 1);
        systemRow->addWidget(clear);

        m_seed->setObjectName(QStringLiteral("seedPreview"));
        m_seed->setWordWrap(true);
        m_seed->setTextInteractionFlags(Qt::TextSelectableByMouse);
        QFont seedFont(QStringLiteral("DejaVu Sans Mono"));
        seedFont.setPointSizeF(font().pointSizeF() * 1.6);
        seedFont.setBold(true);
        m_seed->setFont(seedFont);
        m_problem->setObjectName(QStringLiteral("seedProblem"));
        m_problem->setWordWrap(true);
        m_problem->setStyleSheet(QString::fromLatin1(WarningStyle));
        auto* ceremony = new QPushButton(tr("Open the ceremony view (投屏)"), this);
        ceremony->setObjectName(QStringLiteral("ceremonyButton"));

        auto* layout = new QVBoxLayout(this);
        layout->addWidget(box);
        layout->addLayout(systemRow);
        layout->addWidget(new QLabel(tr("The seed:"), this));
        layout->addWidget(m_seed);
        layout->addWidget(m_problem);
        layout->addStretch();
        auto* bottom = new QHBoxLayout;
        bottom->addStretch();
        bottom->addWidget(ceremony);
        layout->addLayout(bottom);

        connect(add, &QPushButton::clicked, this, [this] {
            addRow({QString(), QStringLiteral("npc_deputy"), QString()}, QString());
            m_witnesses.last().name->setFocus();
        });
        connect(machine, &QPushButton::clicked, this, [this] {
            m_system->setText(m_system->text() + PlanDraw::systemDigits(PlanDraw::MinSeedDigits));
            seedChanged();
        });
        connect(clear, &QPushButton::clicked, this, [this] {
            m_system->clear();
            seedChanged();
        });
        connect(ceremony, &QPushButton::clicked, this, [this] {
            m_wizard->openCeremonyView();
            seedChanged();
        });
    }

    struct WitnessRow
    {
        QLineEdit* name = nullptr;
        QComboBox* role = nullptr;
        QLineEdit* unit = nullptr;
        QLineEdit* digits = nullptr;
        QPushButton* remove = nullptr;
    };

    void addRow(const Witness& w, const QString& digits)
    {
        const int index = int(m_witnesses.size());
        WitnessRow row;
        row.name = new QLineEdit(w.name, this);
        row.name->setObjectName(QStringLiteral("witnessName%1").arg(index));
        row.role = new QComboBox(this);
        row.role->setObjectName(QStringLiteral("witnessRole%1").arg(index));
        VocabularyCombo::fill(row.role, Vocabulary::witnessRoles());
        VocabularyCombo::select(row.role, w.role);
        row.unit = new QLineEdit(w.unit, this);
        row.unit->setObjectName(QStringLiteral("witnessUnit%1").arg(index));
        row.digits = new QLineEdit(digits, this);
        row.digits->setObjectName(QStringLiteral("witnessDigits%1").arg(index));
        row.digits->setValidator(
            new QRegularExpressionValidator(QRegularExpression(QStringLiteral("[0-9]*")), row.digits));
        row.digits->setPlaceholderText(tr("digits as rolled"));
        row.remove = new QPushButton(tr("Remove"), this);
        const int r = index + 1;
        m_rows->addWidget(row.name, r, 0);
        m_rows->addWidget(row.role, r, 1);
        m_rows->addWidget(row.unit, r, 2);
        m_rows->addWidget(row.digits, r, 3);
        m_rows->addWidget(row.remove, r, 4);
        for (QLineEdit* e : {row.name, row.digits})
            connect(e, &QLineEdit::textChanged, this, &SeedWizardPage::seedChanged);
        QPushButton* remove = row.remove;
        connect(remove, &QPushButton::clicked, this, [this, remove] {
            for (qsizetype i = 0; i < m_witnesses.size(); ++i)
                if (m_witnesses.at(i).remove == remove) {
                    const WitnessRow gone = m_witnesses.takeAt(i);
                    for (QWidget* widget :
                         std::initializer_list<QWidget*> {gone.name, gone.role, gone.unit, gone.digits, gone.remove})
                        widget->deleteLater();
                    break;
                }
            seedChanged();
        });
        m_witnesses << row;
        seedChanged();
    }

    void initializePage() override
    {
        for (const WitnessRow& row : std::as_const(m_witnesses))
            for (QWidget* w : std::initializer_list<QWidget*> {row.name, row.role, row.unit, row.digits, row.remove})
                delete w;
        m_witnesses.clear();
        m_system->clear();
        const Plan& p = m_wizard->plan();
        for (const Witness& w : p.witnesses)
            addRow(w, QString());
        if (p.witnesses.isEmpty())
            addRow({QString(), QStringLiteral("npc_deputy"), QString()}, QString());
        // A seed stored before a crash, not drawn yet: it is drawn as it stands, never replaced.
        const auto current = PlanDraw(m_wizard->database()).currentAttempt(p.id);
        m_pending = current && !current->computed ? current : std::nullopt;
        for (const WitnessRow& row : std::as_const(m_witnesses))
            for (QWidget* w : std::initializer_list<QWidget*> {row.name, row.role, row.unit, row.digits, row.remove})
                w->setEnabled(!m_pending);
        seedChanged();
    }

    QList<Witness> witnesses() const
    {
        QList<Witness> list;
        for (const WitnessRow& row : m_witnesses)
            if (!row.name->text().trimmed().isEmpty())
                list << Witness {row.name->text().trimmed(), VocabularyCombo::key(row.role),
                                 row.unit->text().trimmed()};
        return list;
    }

    QList<SeedPart> parts() const
    {
        if (m_pending)
            return m_pending->seedParts;
        QList<SeedPart> list;
        for (const WitnessRow& row : m_witnesses)
            if (!row.digits->text().isEmpty())
                list << SeedPart::fromWitness(row.name->text().trimmed(), row.digits->text());
        if (!m_system->text().isEmpty())
            list << SeedPart::fromSystem(m_system->text());
        return list;
    }

    void seedChanged()
    {
        const QList<SeedPart> seedParts = parts();
        const QString seed = PlanDraw::seedOf(seedParts);
        m_seed->setText(seed.isEmpty() ? QStringLiteral("—") : seed);
        QString problem;
        for (const WitnessRow& row : std::as_const(m_witnesses))
            if (row.name->text().trimmed().isEmpty() && !row.digits->text().isEmpty())
                problem = tr("Type the name of the witness who rolled %1.").arg(row.digits->text());
        if (problem.isEmpty())
            problem = PlanDraw::seedProblem(seedParts, witnesses());
        if (m_pending)
            problem = tr("Seed %1 was stored on %2 but not drawn yet; press Draw to compute it.")
                          .arg(m_pending->seed,
                               m_pending->seededAt.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")));
        m_problem->setText(problem.isEmpty() ? tr("%n digit(s): the seed is complete.", nullptr, int(seed.size()))
                                             : problem);
        m_ready = m_pending || PlanDraw::seedProblem(seedParts, witnesses()).isEmpty();
        for (const WitnessRow& row : std::as_const(m_witnesses))
            m_ready = m_ready && !(row.name->text().trimmed().isEmpty() && !row.digits->text().isEmpty());
        if (CeremonyView* view = m_wizard->ceremonyView())
            view->setSeed(seed, PlanDraw::MinSeedDigits);
        Q_EMIT completeChanged();
    }

    bool isComplete() const override { return m_ready; }

    bool validatePage() override
    {
        Plan& p = m_wizard->plan();
        PlanDraw draw(m_wizard->database());
        std::optional<DrawAttempt> attempt = m_pending;
        const QString seed = PlanDraw::seedOf(parts());
        if (!attempt) {
            if (!MessageBox::confirm(this, tr("Draw"),
                                     tr("The seed %1 will be stored and the draw of plan %2 computed from it. The "
                                        "result is final: drawing again needs this draw voided with a reason, and "
                                        "both stay on the record. Draw now?")
                                         .arg(seed, p.code),
                                     tr("Draw")))
                return false;
            p.witnesses = witnesses();
            if (!m_wizard->savePlan())
                return false;
            QString error;
            attempt = draw.addSeed(p.id, parts(), &error);
            if (!attempt) {
                MessageBox::warning(this, tr("Not drawn"), error);
                return false;
            }
        }
        QString error;
        const auto result = draw.draw(attempt->id, &error);
        m_wizard->reloadPlan();
        Q_EMIT m_wizard->planChanged(p.id);
        if (!result) {
            MessageBox::warning(this, tr("Not drawn"),
                                tr("%1\nThe attempt stays on the record; void it on the plan's Record tab before a "
                                   "new seed.")
                                    .arg(error));
            // The plan page opens on the record, where the refused draw is voided.
            QTimer::singleShot(0, m_wizard, &QWizard::reject);
            return false;
        }
        return true;
    }

private:
    PlanWizard* m_wizard;
    QGridLayout* m_rows;
    QLineEdit* m_system;
    QLabel* m_seed;
    QLabel* m_problem;
    QList<WitnessRow> m_witnesses;
    std::optional<DrawAttempt> m_pending;
    bool m_ready = false;
};

// ---------------------------------------------------------------------------------------------------------------
// 6 抽取结果

class ResultWizardPage final : public QWizardPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ResultWizardPage)

public:
    explicit ResultWizardPage(PlanWizard* wizard)
        : QWizardPage(wizard)
        , m_wizard(wizard)
        , m_panel(new DrawResultPanel(wizard->database(), this))
    {
        setTitle(tr("Step 6 of 6 · The result"));
        setSubTitle(tr("Print the draw sheet for the witnesses to sign, print the inspection notices, and export the "
                       "public record for the website."));
        m_panel->setObjectName(QStringLiteral("resultPanel"));
        auto* layout = new QVBoxLayout(this);
        layout->addWidget(m_panel);
    }

    void initializePage() override
    {
        m_panel->showPlan(m_wizard->planId());
        CeremonyView* view = m_wizard->ceremonyView();
        if (!view)
            return;
        QStringList lines;
        for (int r = 0; r < m_panel->table()->rowCount(); ++r)
            lines << tr("No. %1  %2\n%3")
                         .arg(r + 1)
                         .arg(m_panel->table()->item(r, 1)->text(),
                              m_panel->table()
                                  ->item(r, 3)
                                  ->text()
                                  .remove(QStringLiteral(" ★"))
                                  .replace(QLatin1Char('\n'), QStringLiteral("、")));
        view->reveal(lines, m_wizard->ceremonyTestMode() ? 1 : 1500);
    }

private:
    PlanWizard* m_wizard;
    DrawResultPanel* m_panel;
};

// ---------------------------------------------------------------------------------------------------------------

PlanWizard::PlanWizard(Database& db, qint64 planId, QWidget* parent)
    : QWizard(parent)
    , m_db(db)
{
    setObjectName(QStringLiteral("planWizard"));
    setWindowTitle(tr("New inspection plan"));
    setWizardStyle(QWizard::ModernStyle);
    setOption(QWizard::NoCancelButtonOnLastPage);
    setOption(QWizard::NoBackButtonOnLastPage);
    setButtonText(QWizard::CancelButton, tr("Close"));
    resize(1000, 720);
    if (planId > 0) {
        if (const auto stored = PlanRepository(db).find(planId))
            m_plan = *stored;
        setWindowTitle(tr("Inspection plan %1").arg(m_plan.code));
    }
    setPage(BasicsPage, new BasicsWizardPage(this));
    setPage(ScopePage, new ScopeWizardPage(this));
    setPage(TeamPage, new TeamWizardPage(this));
    setPage(FreezePage, new FreezeWizardPage(this));
    setPage(SeedPage, new SeedWizardPage(this));
    setPage(ResultPage, new ResultWizardPage(this));
    if (m_plan.id > 0 && !m_plan.isDraft()) {
        setStartId(m_plan.status == QLatin1String("frozen") ? SeedPage : ResultPage);
    } else if (m_plan.id > 0) {
        const int step = QSettings().value(stepSettingKey(m_plan.id), int(BasicsPage)).toInt();
        setStartId(step >= BasicsPage && step <= FreezePage ? step : int(BasicsPage));
    }
    // The wizard may be closed at any step: the plan is in the database, and it reopens here.
    connect(this, &QWizard::currentIdChanged, this, [this](int id) {
        if (m_plan.id > 0 && id >= BasicsPage && id <= FreezePage)
            QSettings().setValue(stepSettingKey(m_plan.id), id);
    });
}

PlanWizard::~PlanWizard()
{
    if (m_ceremony)
        delete m_ceremony.data();
}

QString PlanWizard::stepSettingKey(qint64 planId) const
{
    const QByteArray file = QCryptographicHash::hash(m_db.path().toUtf8(), QCryptographicHash::Sha1).toHex().left(12);
    return QStringLiteral("planWizard/%1/step%2").arg(QString::fromLatin1(file)).arg(planId);
}

void PlanWizard::reloadPlan()
{
    if (const auto stored = PlanRepository(m_db).find(m_plan.id))
        m_plan = *stored;
}

bool PlanWizard::savePlan()
{
    WriteTransaction tx(m_db);
    PlanRepository plans(m_db);
    const bool isNew = m_plan.id == 0;
    const bool ok = isNew ? plans.insert(tx, m_plan) : plans.update(tx, m_plan);
    if (!ok || !tx.commit()) {
        if (isNew)
            m_plan.id = 0;
        MessageBox::warning(this, tr("Plan not saved"), tx.error());
        return false;
    }
    setWindowTitle(tr("Inspection plan %1").arg(m_plan.code));
    reloadPlan();
    Q_EMIT planChanged(m_plan.id);
    return true;
}

CeremonyView* PlanWizard::openCeremonyView()
{
    if (!m_ceremony) {
        m_ceremony = new CeremonyView(nullptr);
        m_ceremony->setAttribute(Qt::WA_DeleteOnClose);
    }
    const auto frozen = PlanDraw(m_db).frozenRequest(m_plan.id);
    m_ceremony->setPlan(m_plan.code, m_plan.title, frozen ? frozen->hash : QString());
    if (m_ceremonyTestMode) {
        m_ceremony->resize(1200, 760);
        m_ceremony->show();
    } else {
        m_ceremony->showOnBestScreen();
    }
    return m_ceremony;
}

#include "PlanWizard.moc"
