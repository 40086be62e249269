#include "FreezeWizardPage.h"

#include "PlainText.h"
#include "PlanOperations.h"

#include "DateEdit.h"
#include "DocumentPrinter.h"
#include "DrawDocuments.h"
#include "DrawPreparation.h"
#include "MessageBox.h"
#include "Palette.h"
#include "PlanDraw.h"
#include "PlanWizard.h"
#include "WizardFields.h"

#include <QCheckBox>
#include <QDate>
#include <QFrame>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QVBoxLayout>

FreezeWizardPage::FreezeWizardPage(PlanWizard* wizard)
    : QWizardPage(wizard)
    , m_wizard(wizard)
    , m_summary(new PlainLabel(this))
    , m_usePublic(new QCheckBox(tr("Add a public number drawn after the freeze to the seed:"), this))
    , m_publicName(new QLineEdit(QStringLiteral("中国福利彩票“双色球”"), this))
    , m_publicDate(new DateEdit(QDate::currentDate().addDays(1), this))
    , m_freeze(new QPushButton(tr("Freeze the pools and parameters…"), this))
    , m_hash(new PlainLabel(this))
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
    m_usePublic->setObjectName(QStringLiteral("publicSourceCheck"));
    m_usePublic->setToolTip(plainToolTip(
        tr("Optional. The seed then ends with a number nobody can know at the freeze, e.g. the 双色球 drawn on the "
           "date given here; the pre-draw sheet names it, and the draw waits for it.")));
    m_publicName->setObjectName(QStringLiteral("publicSourceName"));
    m_publicName->setMaxLength(60);
    m_publicDate->setObjectName(QStringLiteral("publicSourceDate"));
    m_publicName->setEnabled(false);
    m_publicDate->setEnabled(false);
    connect(m_usePublic, &QCheckBox::toggled, this, [this](bool on) {
        m_publicName->setEnabled(on);
        m_publicDate->setEnabled(on);
    });
    auto* publicRow = new QHBoxLayout;
    publicRow->addWidget(m_usePublic);
    publicRow->addWidget(m_publicName, 1);
    publicRow->addWidget(new PlainLabel(tr("drawn on"), this));
    publicRow->addWidget(m_publicDate);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_freeze);
    buttons->addWidget(m_print);
    buttons->addWidget(m_pdf);
    buttons->addStretch();
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(scroll, 1);
    layout->addLayout(publicRow);
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

void FreezeWizardPage::refresh()
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
                   .arg(item.itemCode.toHtmlEscaped(), item.itemName.toHtmlEscaped(), item.scopeInWords.toHtmlEscaped(),
                        WizardFields::countLine(item.pool(), item.selected()).toHtmlEscaped());
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
            html += QStringLiteral("<p style=\"color:%3\"><b>%1</b><br>%2</p>")
                        .arg(tr("The plan cannot be frozen yet:").toHtmlEscaped(),
                             blocking.join(QStringLiteral("\n"))
                                 .toHtmlEscaped()
                                 .replace(QLatin1Char('\n'), QStringLiteral("<br>")),
                             Palette::errorColor().name());
        const QStringList warnings = s.warnings();
        if (!warnings.isEmpty())
            html += QStringLiteral("<p style=\"color:%2\">%1</p>")
                        .arg(warnings.join(QStringLiteral("\n"))
                                 .toHtmlEscaped()
                                 .replace(QLatin1Char('\n'), QStringLiteral("<br>")),
                             Palette::warningColor().name());
        m_freeze->setEnabled(s.canFreeze());
    }
    m_summary->setText(html);
    m_freeze->setVisible(!frozen);
    m_print->setVisible(frozen);
    m_pdf->setVisible(frozen);
    for (QWidget* w : std::initializer_list<QWidget*> {m_usePublic, m_publicName, m_publicDate})
        w->setVisible(!frozen);
    if (frozen) {
        const auto request = PlanDraw(m_wizard->database()).frozenRequest(p.id);
        // m_hash is a PlainLabel: plain lines (the markup it was given showed as text).
        QString text = QStringLiteral("%1\n%2").arg(tr("Frozen. Request hash:"), request ? request->hash : QString());
        if (request && request->publicSource)
            text += QLatin1Char('\n')
                + tr("The seed ends with the number of %1 drawn on %2.")
                      .arg(request->publicSource->name, request->publicSource->date.toString(Qt::ISODate));
        m_hash->setText(text + QLatin1Char('\n')
                        + tr("Print the pre-draw sheet for the witnesses, then go on to the seed."));
    } else {
        m_hash->setText(tr("Not frozen yet."));
    }
    Q_EMIT completeChanged();
}

void FreezeWizardPage::freeze()
{
    Plan& p = m_wizard->plan();
    std::optional<PublicSeedSource> source;
    QString question = tr("Plan %1 will be frozen: its pools, strata, ratios and team rules are stored with their "
                          "hash and can never change again. Only the witnesses can still be entered.")
                           .arg(p.code);
    if (m_usePublic->isChecked()) {
        source = PublicSeedSource {m_publicName->text().trimmed(), m_publicDate->date()};
        // Asked before the confirmation: a wrong date is said now, not after "Freeze".
        if (const QString problem = PlanDraw::publicSourceProblem(*source, QDate::currentDate()); !problem.isEmpty()) {
            MessageBox::warning(this, tr("Not frozen"), problem);
            return;
        }
        question += QLatin1Char(' ')
            + tr("Its seed will end with the number of %1 drawn on %2: the draw can only be made on that day or "
                 "later.")
                  .arg(source->name, source->date.toString(Qt::ISODate));
    }
    if (!MessageBox::confirm(this, tr("Freeze the plan"), question + QLatin1Char(' ') + tr("Freeze it now?"),
                             tr("Freeze")))
        return;
    if (const Outcome frozen = PlanOperations(m_wizard->database(), m_wizard->actor()).freeze(p.id, source); !frozen) {
        MessageBox::warning(this, tr("Not frozen"), frozen.message());
        return;
    }
    m_wizard->reloadPlan();
    Q_EMIT m_wizard->planChanged(p.id);
    refresh();
}

bool FreezeWizardPage::isComplete() const
{
    return !m_wizard->plan().isDraft();
}
