#include "PlanWizard.h"

#include "PlanOperations.h"

#include "BasicsWizardPage.h"
#include "CeremonyView.h"
#include "Database.h"
#include "FreezeWizardPage.h"
#include "InputSnapshot.h"
#include "MessageBox.h"
#include "PlanDraw.h"
#include "PlanRepository.h"
#include "ResultWizardPage.h"
#include "ScopeWizardPage.h"
#include "ScreenFit.h"
#include "SeedWizardPage.h"
#include "TeamWizardPage.h"

#include <QCryptographicHash>
#include <QSettings>

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
    ScreenFit::resize(this, {1000, 720});
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
        // A draft reopens at the step it was left at, with the steps before it behind it, so that 上一步 goes back
        // to them (started there, the wizard had no way back although steps 1–3 can change until the freeze). The
        // steps are passed as they are: nothing is checked or saved on the way.
        const int step = QSettings().value(stepSettingKey(m_plan.id), int(BasicsPage)).toInt();
        if (step > BasicsPage && step <= FreezePage) {
            restart();
            m_passingSteps = true;
            while (currentId() < step) {
                const int before = currentId();
                next();
                if (currentId() == before)
                    break;
            }
            m_passingSteps = false;
        }
    }
    // The wizard may be closed at any step: the plan is in the database, and it reopens here.
    connect(this, &QWizard::currentIdChanged, this, [this](int id) {
        if (m_plan.id > 0 && id >= BasicsPage && id <= FreezePage)
            QSettings().setValue(stepSettingKey(m_plan.id), id);
        m_stepOpened = currentPage() ? InputSnapshot::of(currentPage()) : QStringList();
        // F1 opens the manual's chapter of the step ("wizard-1" … "wizard-6").
        setProperty("helpTopic", QStringLiteral("wizard-%1").arg(id + 1));
    });
    setProperty("helpTopic", QStringLiteral("wizard-%1").arg(qMax(0, currentId()) + 1));
    // A resumed draft reached its step before the connection above: its fields as they are now are what it opened
    // with (else closing it untouched would ask about changes).
    if (currentPage())
        m_stepOpened = InputSnapshot::of(currentPage());
}

void PlanWizard::reject()
{
    const bool changed = currentPage() && m_plan.isDraft() && InputSnapshot::of(currentPage()) != m_stepOpened;
    if (changed && currentId() <= TeamPage) {
        enum { SaveDraft, Discard, KeepEditing };
        const int choice = MessageBox::choose(
            this, QMessageBox::Question, tr("Save the plan as a draft?"),
            tr("This step has changes that are not saved yet. Save them in the draft plan (it can be opened again "
               "from the plan list), or discard them?"),
            {tr("Save draft"), tr("Discard"), tr("Cancel")}, SaveDraft, KeepEditing);
        if (choice == KeepEditing)
            return;
        // Saved as 下一步 saves it; a field the plan cannot take keeps the wizard open with the message.
        if (choice == SaveDraft && !currentPage()->validatePage())
            return;
    } else if (changed
               && !MessageBox::confirm(this, tr("Discard what you typed?"),
                                       tr("What you typed in this step has not been saved. Discard it and close the "
                                          "plan?"),
                                       tr("Discard"))) {
        return;
    }
    QWizard::reject();
}

bool PlanWizard::validateCurrentPage()
{
    return m_passingSteps || QWizard::validateCurrentPage();
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
    PlanOperations plans(m_db, m_actor);
    const bool isNew = m_plan.id == 0;
    const Outcome outcome = isNew ? plans.create(m_plan) : plans.save(m_plan);
    if (!outcome) {
        if (isNew)
            m_plan.id = 0;
        MessageBox::warning(this, tr("Plan not saved"), outcome.message());
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
