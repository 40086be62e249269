#include "ScopeWizardPage.h"

#include "DrawPreparation.h"
#include "Palette.h"
#include "PlainText.h"
#include "PlanWizard.h"
#include "ScopeEditor.h"
#include "WizardFields.h"

#include <QFrame>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QScrollArea>
#include <QStackedWidget>
#include <QTimer>
#include <QVBoxLayout>

ScopeWizardPage::ScopeWizardPage(PlanWizard* wizard)
    : QWizardPage(wizard)
    , m_wizard(wizard)
    , m_list(new QListWidget(this))
    , m_stack(new QStackedWidget(this))
    , m_total(new PlainLabel(this))
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

QList<ScopeEditor*> ScopeWizardPage::editors() const
{
    QList<ScopeEditor*> list;
    for (int i = 0; i < m_stack->count(); ++i)
        list << static_cast<ScopeEditor*>(m_stack->widget(i));
    return list;
}

void ScopeWizardPage::initializePage()
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

void ScopeWizardPage::recount()
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
                    .arg(count->itemCode, count->itemName, WizardFields::countLine(count->pool(), count->selected())));
        if (i < m_list->count())
            m_list->item(int(i))->setForeground(list.at(i)->hasProblems() ? Palette::errorColor()
                                                                          : palette().color(QPalette::Text));
    }
    m_total->setText(
        summary.visitsMin == summary.visitsMax
            ? tr("In all: %n visit(s) (an entity drawn by several items is visited once).", nullptr, summary.visitsMax)
            : tr("In all: %1 to %2 visits, as the seed decides (an entity drawn by several items is "
                 "visited once).")
                  .arg(summary.visitsMin)
                  .arg(summary.visitsMax));
    Q_EMIT completeChanged();
}

bool ScopeWizardPage::isComplete() const
{
    for (ScopeEditor* e : editors())
        if (e->hasProblems())
            return false;
    return !m_debounce->isActive();
}

bool ScopeWizardPage::validatePage()
{
    if (!m_wizard->plan().isDraft())
        return true;
    recount();
    if (!isComplete())
        return false;
    return m_wizard->savePlan();
}
