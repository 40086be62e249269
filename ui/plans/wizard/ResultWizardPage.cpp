#include "ResultWizardPage.h"

#include "CeremonyView.h"
#include "DrawResultPanel.h"
#include "PlanWizard.h"

#include <QHBoxLayout>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

ResultWizardPage::ResultWizardPage(PlanWizard* wizard)
    : QWizardPage(wizard)
    , m_wizard(wizard)
    , m_panel(new DrawResultPanel(wizard->database(), this))
{
    setTitle(tr("Step 6 of 6 · The result"));
    setSubTitle(tr("Print the draw sheet for the witnesses to sign, print the inspection notices, and export the "
                   "public record for the website."));
    m_panel->setObjectName(QStringLiteral("resultPanel"));
    auto* again = new QPushButton(tr("Show the result in the ceremony view (投屏)"), this);
    again->setObjectName(QStringLiteral("ceremonyAgainButton"));
    connect(again, &QPushButton::clicked, this, &ResultWizardPage::showCeremonyAgain);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_panel);
    auto* bottom = new QHBoxLayout;
    bottom->addStretch();
    bottom->addWidget(again);
    layout->addLayout(bottom);
}

void ResultWizardPage::initializePage()
{
    m_panel->showPlan(m_wizard->planId());
    if (CeremonyView* view = m_wizard->ceremonyView())
        view->reveal(ceremonyLines(), m_wizard->ceremonyTestMode() ? 1 : 1500);
}

QStringList ResultWizardPage::ceremonyLines() const
{
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
    return lines;
}

void ResultWizardPage::showCeremonyAgain()
{
    // The witnesses see the drawn visits again (the view was closed, or never opened on this computer).
    CeremonyView* view = m_wizard->openCeremonyView();
    view->reveal(ceremonyLines(), 1);
    view->revealAll();
}
