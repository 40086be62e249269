#include "ScopeEditor.h"

#include "DrawPreparation.h"
#include "InspectionItem.h"
#include "OptionalDateEdit.h"
#include "PlainText.h"
#include "TownshipRepository.h"
#include "Vocabulary.h"
#include "WizardFields.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QRadioButton>
#include <QSpinBox>
#include <QVBoxLayout>

ScopeEditor::ScopeEditor(Database& db, const PlanItemScope& scope, QWidget* parent)
    : QWidget(parent)
    , m_scope(scope)
{
    auto* layout = new QVBoxLayout(this);
    auto* heading = new PlainLabel(scope.itemCode + QLatin1Char(' ') + scope.itemName, this);
    QFont bold = heading->font();
    bold.setBold(true);
    heading->setFont(bold);
    layout->addWidget(heading);
    if (!scope.itemObjectKinds.isEmpty()) {
        auto* kinds = new PlainLabel(
            tr("%1: %2").arg(InspectionItem::fieldLabel(QStringLiteral("objectKinds")), scope.itemObjectKinds), this);
        kinds->setObjectName(QStringLiteral("objectKinds"));
        kinds->setWordWrap(true);
        layout->addWidget(kinds);
    }
    m_live = new PlainLabel(this);
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
    auto* kindHelp = new PlainLabel(tr("Undirected: every active entity of the item's categories. Directed: only "
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
    m_conditionErrors = WizardFields::errorLabel(m_conditions, QStringLiteral("conditionErrors"));
    form->addRow(m_conditionErrors);
    layout->addWidget(m_conditions);

    m_riskStrata = new QCheckBox(tr("Draw by credit risk class (A, B, C, D), higher risk at higher ratios"), this);
    m_riskStrata->setObjectName(QStringLiteral("riskStrata"));
    layout->addWidget(m_riskStrata);
    m_strataBox = new QGroupBox(tr("Share drawn from each stratum"), this);
    m_strataGrid = new QGridLayout(m_strataBox);
    layout->addWidget(m_strataBox);
    m_strataErrors = WizardFields::errorLabel(this, QStringLiteral("strataErrors"));
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

PlanItemScope ScopeEditor::scope() const
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
        s.conditions.tags = WizardFields::splitList(m_tags->text());
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

void ScopeEditor::showCounts(const ItemCount* count)
{
    if (!count) {
        m_live->setText(tr("Counting…"));
        return;
    }
    m_live->setText(WizardFields::countLine(count->pool(), count->selected()));
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

void ScopeEditor::showProblems()
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
        WizardFields::showMessages(row.error, perStratum.value(row.name));
    WizardFields::showMessages(m_strataErrors, strata);
    WizardFields::showMessages(m_conditionErrors, conditions);
}

void ScopeEditor::buildStrata(const QList<PlanStratum>& strata)
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
        row.counts = new PlainLabel(m_strataBox);
        row.counts->setObjectName(QStringLiteral("counts_") + s.name);
        row.error = WizardFields::errorLabel(m_strataBox, QStringLiteral("error_") + s.name);
        row.mode->setCurrentIndex(s.count ? 1 : 0);
        row.ratio->setValue(s.ratioBp.value_or(500) / 100.0);
        row.count->setValue(s.count.value_or(1));
        row.ratio->setVisible(!s.count);
        row.count->setVisible(s.count.has_value());
        m_strataGrid->addWidget(new PlainLabel(Vocabulary::drawStrata().label(s.name), m_strataBox), r, 0);
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
