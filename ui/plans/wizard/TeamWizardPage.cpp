#include "TeamWizardPage.h"

#include "DrawPreparation.h"
#include "Palette.h"
#include "PlainText.h"
#include "PlanWizard.h"
#include "WizardFields.h"

#include <QCheckBox>
#include <QFormLayout>
#include <QLabel>
#include <QListWidget>
#include <QSpinBox>
#include <QTimer>
#include <QVBoxLayout>

TeamWizardPage::TeamWizardPage(PlanWizard* wizard)
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
    m_needed = new PlainLabel(this);
    m_needed->setObjectName(QStringLiteral("inspectorsNeeded"));
    m_needed->setWordWrap(true);
    QFont bold = m_needed->font();
    bold.setBold(true);
    m_needed->setFont(bold);
    m_errors = WizardFields::errorLabel(this, QStringLiteral("teamErrors"));
    QFont big = m_errors->font();
    big.setBold(true);
    m_errors->setFont(big);
    m_warnings = new PlainLabel(this);
    m_warnings->setObjectName(QStringLiteral("teamWarnings"));
    m_warnings->setStyleSheet(Palette::warningStyle());
    m_warnings->setWordWrap(true);
    m_leftOut = new QListWidget(this);
    m_leftOut->setObjectName(QStringLiteral("inspectorsLeftOut"));
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_needed);
    layout->addWidget(m_errors);
    layout->addWidget(m_warnings);
    layout->addWidget(new PlainLabel(tr("Not drawn, or drawn as not certified, and why:"), this));
    layout->addWidget(m_leftOut, 1);

    m_debounce->setSingleShot(true);
    m_debounce->setInterval(250);
    connect(m_debounce, &QTimer::timeout, this, &TeamWizardPage::recount);
    for (QSpinBox* s : {m_teamSize, m_minCertified, m_backupFactor, m_maxTeams, m_guard})
        connect(s, &QSpinBox::valueChanged, m_debounce, qOverload<>(&QTimer::start));
    connect(m_rotation, &QCheckBox::toggled, m_debounce, qOverload<>(&QTimer::start));
}

void TeamWizardPage::initializePage()
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
    for (QWidget* w :
         std::initializer_list<QWidget*> {m_teamSize, m_minCertified, m_backupFactor, m_maxTeams, m_rotation, m_guard})
        w->setEnabled(p.isDraft());
    recount();
}

void TeamWizardPage::recount()
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
        if (WizardFields::isTeamField(e.field))
            errors << e.message;
    for (const PlanProblem& problem : s.problems) {
        const bool ours = problem.field == QLatin1String("inspectors") || problem.field == QLatin1String("entities")
            || WizardFields::isTeamField(problem.field);
        if (!ours)
            continue;
        (problem.blocking ? errors : warnings) << problem.message;
    }
    WizardFields::showMessages(m_errors, errors);
    m_warnings->setText(warnings.join(QLatin1Char('\n')));
    m_warnings->setVisible(!warnings.isEmpty());
    m_leftOut->clear();
    for (const InspectorNote& note : prepared.inspectorNotes)
        m_leftOut->addItem(QStringLiteral("%1 %2 — %3").arg(note.inspector, note.name, note.inWords()));
    for (const EntityNote& note : prepared.entityNotes)
        m_leftOut->addItem(tr("Entity %1 %2 — %3").arg(note.code, note.name, note.inWords()));
    m_blocked = false;
    for (const FieldError& e : p.problems())
        m_blocked = m_blocked || WizardFields::isTeamField(e.field);
    Q_EMIT completeChanged();
}

bool TeamWizardPage::validatePage()
{
    if (!m_wizard->plan().isDraft())
        return true;
    recount();
    return isComplete() && m_wizard->savePlan();
}
