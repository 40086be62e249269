#include "PlansPage.h"

#include "Database.h"
#include "ElidedTextDelegate.h"
#include "MessageBox.h"
#include "PlainText.h"
#include "PlanDraw.h"
#include "PlanRepository.h"
#include "PlanView.h"
#include "PlanWizard.h"
#include "ResultsPanel.h"
#include "Vocabulary.h"

#include <QAbstractButton>
#include <QButtonGroup>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStackedWidget>
#include <QTableWidget>
#include <QVBoxLayout>

namespace {

QColor chipColor(const QString& status)
{
    if (status == QLatin1String("draft"))
        return QColor(0xe8, 0xe8, 0xe8);
    if (status == QLatin1String("frozen"))
        return QColor(0xd6, 0xe4, 0xf7);
    if (status == QLatin1String("drawn"))
        return QColor(0xfc, 0xe8, 0xc8);
    if (status == QLatin1String("inspecting"))
        return QColor(0xfd, 0xf3, 0xb0);
    return QColor(0xd4, 0xee, 0xd6);
}

} // namespace

PlansPage::PlansPage(Database& db, QWidget* parent)
    : Page(parent)
    , m_db(db)
    , m_stack(new QStackedWidget(this))
    , m_search(new QLineEdit(this))
    , m_chips(new QButtonGroup(this))
    , m_count(new PlainLabel(this))
    , m_table(new QTableWidget(this))
    , m_view(new PlanView(db, this))
{
    setObjectName(QStringLiteral("plansPage"));
    auto* list = new QWidget(this);
    auto* heading = new PlainLabel(title(), list);
    QFont big = heading->font();
    big.setPointSizeF(big.pointSizeF() * 1.5);
    big.setBold(true);
    heading->setFont(big);
    auto* create = new QPushButton(createActionText(), list);
    create->setObjectName(QStringLiteral("newPlanButton"));
    create->setDefault(true);
    auto* top = new QHBoxLayout;
    top->addWidget(heading);
    top->addStretch();
    top->addWidget(create);

    m_search->setObjectName(QStringLiteral("planSearch"));
    m_search->setPlaceholderText(tr("Search plan code or title (Ctrl+F)"));
    m_search->setClearButtonEnabled(true);
    auto* filters = new QHBoxLayout;
    filters->addWidget(m_search, 1);
    m_chips->setExclusive(true);
    const auto addChip = [&](const QString& key, const QString& text) {
        auto* chip = new QPushButton(text, list);
        chip->setObjectName(QStringLiteral("chip_") + (key.isEmpty() ? QStringLiteral("all") : key));
        chip->setCheckable(true);
        chip->setProperty("status", key);
        chip->setStyleSheet(
            QStringLiteral("QPushButton { border: 1px solid #bbb; border-radius: 10px; padding: 3px 12px; "
                           "background: %1; } QPushButton:checked { border: 2px solid #333; font-weight: bold; }")
                .arg(key.isEmpty() ? QStringLiteral("white") : chipColor(key).name()));
        m_chips->addButton(chip);
        filters->addWidget(chip);
        return chip;
    };
    addChip(QString(), tr("All"))->setChecked(true);
    for (const Term& t : Vocabulary::planStatuses().terms())
        addChip(t.key, Vocabulary::planStatuses().label(t.key));
    m_count->setObjectName(QStringLiteral("planCount"));

    m_table->setObjectName(QStringLiteral("planTable"));
    ElidedTextDelegate::install(m_table);
    m_table->setColumnCount(6);
    m_table->setHorizontalHeaderLabels(
        {tr("Plan code"), tr("Title"), tr("Initiating section"), tr("Period"), tr("Items"), tr("Status")});
    m_table->verticalHeader()->hide();
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);

    auto* hint = new PlainLabel(tr("Double-click a plan or press Enter to open it: a plan not yet drawn opens in the "
                                   "wizard where it was left."),
                                list);
    hint->setStyleSheet(QStringLiteral("color: palette(mid);"));
    auto* listLayout = new QVBoxLayout(list);
    listLayout->setContentsMargins(16, 12, 16, 12);
    listLayout->addLayout(top);
    listLayout->addLayout(filters);
    listLayout->addWidget(m_count);
    listLayout->addWidget(m_table, 1);
    listLayout->addWidget(hint);

    m_stack->addWidget(list);
    m_stack->addWidget(m_view);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_stack);

    connect(create, &QPushButton::clicked, this, &PlansPage::createNew);
    connect(m_search, &QLineEdit::textChanged, this, &PlansPage::reloadData);
    connect(m_chips, &QButtonGroup::buttonClicked, this, [this](QAbstractButton* chip) {
        m_status = chip->property("status").toString();
        reloadData();
    });
    connect(m_table, &QTableWidget::cellActivated, this,
            [this](int row, int) { openPlan(m_table->item(row, 0)->data(Qt::UserRole).toLongLong()); });
    connect(m_view, &PlanView::backRequested, this, [this] {
        m_stack->setCurrentIndex(0);
        reloadData();
    });
    connect(m_view, &PlanView::planChanged, this, [this] { Q_EMIT dataModified(); });
    connect(m_view, &PlanView::resumeRequested, this, &PlansPage::openPlan);
    reloadData();
}

QString PlansPage::title() const
{
    return tr("Inspection plans");
}

void PlansPage::focusSearch()
{
    m_stack->setCurrentIndex(0);
    m_search->setFocus();
    m_search->selectAll();
}

QString PlansPage::createActionText() const
{
    return tr("New inspection plan…");
}

void PlansPage::createNew()
{
    openWizard(0);
}

void PlansPage::showFiltered(const QString& argument)
{
    static const QString late = QStringLiteral("late-results:");
    if (argument.startsWith(late)) {
        const qint64 id = argument.mid(late.size()).toLongLong();
        openPlan(id);
        if (m_stack->currentIndex() == 1 && m_view->planId() == id)
            m_view->showResults(ResultsPanel::unsubmittedFilter());
        return;
    }
    if (const qint64 id = recordId(argument)) {
        openPlan(id);
        return;
    }
    setStatusFilter(Vocabulary::planStatuses().contains(argument) ? argument : QString());
}

void PlansPage::setStatusFilter(const QString& status)
{
    m_status = status;
    for (QAbstractButton* chip : m_chips->buttons())
        if (chip->property("status").toString() == status)
            chip->setChecked(true);
    m_stack->setCurrentIndex(0);
    reloadData();
}

void PlansPage::reloadData()
{
    PlanFilter filter;
    filter.text = m_search->text().trimmed();
    filter.status = m_status;
    const QList<Plan> plans = PlanRepository(m_db).list(filter);
    m_table->setRowCount(int(plans.size()));
    for (int i = 0; i < plans.size(); ++i) {
        const Plan& p = plans.at(i);
        QStringList items;
        for (const PlanItemScope& s : p.items)
            items << s.itemCode;
        const QStringList cells {
            p.code,
            p.title,
            p.section,
            tr("%1 to %2").arg(p.periodFrom.toString(Qt::ISODate), p.periodTo.toString(Qt::ISODate)),
            items.join(QStringLiteral("、")),
            Vocabulary::planStatuses().label(p.status)};
        for (int c = 0; c < cells.size(); ++c) {
            auto* item = new QTableWidgetItem(cells.at(c));
            item->setData(Qt::UserRole, p.id);
            if (c == 5) {
                item->setBackground(chipColor(p.status));
                item->setTextAlignment(Qt::AlignCenter);
            }
            m_table->setItem(i, c, item);
        }
    }
    m_table->resizeColumnToContents(0);
    m_table->resizeColumnToContents(3);
    m_count->setText(plans.isEmpty() && filter.text.isEmpty() && m_status.isEmpty()
                         ? tr("No plans yet. Press \"New inspection plan…\" to start one: the wizard leads through "
                              "the draw.")
                         : tr("%n plan(s)", nullptr, int(plans.size())));
    if (m_stack->currentIndex() == 1 && m_view->planId() > 0)
        m_view->showPlan(m_view->planId());
}

bool PlansPage::hasRefusedDraw(qint64 planId) const
{
    // A draw the engine refused stays on the record and must be voided (on the plan page) before a new seed.
    const auto current = PlanDraw(m_db).currentAttempt(planId);
    return current && current->computed && !current->result;
}

void PlansPage::openPlan(qint64 planId)
{
    const auto plan = PlanRepository(m_db).find(planId);
    if (!plan)
        return;
    const bool refused = hasRefusedDraw(planId);
    if ((plan->status == QLatin1String("draft") || plan->status == QLatin1String("frozen")) && !refused) {
        openWizard(planId);
        return;
    }
    m_view->showPlan(planId);
    if (refused)
        m_view->tabs()->setCurrentIndex(2);
    m_stack->setCurrentIndex(1);
}

void PlansPage::permissionsChanged()
{
    if (auto* create = findChild<QPushButton*>(QStringLiteral("newPlanButton")))
        create->setEnabled(mayWrite());
    m_view->setActor(actor());
}

void PlansPage::openWizard(qint64 planId)
{
    if (!mayWrite()) {
        MessageBox::information(this, tr("Inspection plans"), Access::refusal(writePermission()));
        return;
    }
    if (m_wizard) {
        m_wizard->raise();
        m_wizard->activateWindow();
        return;
    }
    m_wizard = new PlanWizard(m_db, planId, this);
    m_wizard->setActor(actor());
    m_wizard->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_wizard, &PlanWizard::planChanged, this, [this] {
        reloadData();
        Q_EMIT dataModified();
    });
    connect(m_wizard, &QWizard::finished, this, [this] {
        const qint64 id = m_wizard ? m_wizard->planId() : 0;
        reloadData();
        // After the draw the clerk lands on the plan page; after a refused draw on its record, to void it.
        if (const auto plan = PlanRepository(m_db).find(id);
            plan && (Plan::statusRank(plan->status) >= 2 || hasRefusedDraw(id)))
            openPlan(id);
    });
    m_wizard->open();
}
