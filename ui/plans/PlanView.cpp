#include "PlanView.h"

#include "ApprovalDialog.h"
#include "Database.h"
#include "DrawPreparation.h"
#include "DrawResultPanel.h"
#include "ElidedTextDelegate.h"
#include "ExportFolder.h"
#include "FileDialog.h"
#include "InspectorRepository.h"
#include "MessageBox.h"
#include "Palette.h"
#include "PassphraseDialog.h"
#include "PlainText.h"
#include "PlanDraw.h"
#include "PlanHistory.h"
#include "PlanOperations.h"
#include "PlanRepository.h"
#include "Publication.h"
#include "PublicationKey.h"
#include "PublishOperations.h"
#include "RecusalDialog.h"
#include "ResultsPanel.h"
#include "SubstitutionOperations.h"
#include "Vocabulary.h"
#include "VoidDrawDialog.h"

#include <QComboBox>
#include <QDesktopServices>
#include <QDir>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QProgressDialog>
#include <QPushButton>
#include <QRegularExpression>
#include <QSettings>
#include <QTabWidget>
#include <QTableWidget>
#include <QUrl>
#include <QVBoxLayout>

namespace {

QString timeText(const QDateTime& t)
{
    return t.isValid() ? t.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")) : QString();
}

// An audit entry of the plan in the clerk's words.
QString actionInWords(const PlanHistoryEntry& e)
{
    if (e.action == QLatin1String("create"))
        return PlanView::tr("Plan created");
    if (e.action == QLatin1String("update"))
        return PlanView::tr("Plan changed");
    if (e.action == QLatin1String("status")) {
        const QString status
            = QJsonDocument::fromJson(e.newValues.toUtf8()).object().value(QStringLiteral("status")).toString();
        return PlanView::tr("Status: %1")
            .arg(Vocabulary::planStatuses().contains(status) ? Vocabulary::planStatuses().label(status) : e.newValues);
    }
    if (e.action == QLatin1String("freeze"))
        return PlanView::tr("Pools and parameters frozen");
    if (e.action == QLatin1String("seed"))
        return PlanView::tr("Seed stored");
    if (e.action == QLatin1String("draw"))
        return PlanView::tr("Drawn");
    if (e.action == QLatin1String("void")) {
        const QString confirmedBy
            = QJsonDocument::fromJson(e.newValues.toUtf8()).object().value(QStringLiteral("confirmedBy")).toString();
        return confirmedBy.isEmpty() ? PlanView::tr("Draw voided")
                                     : PlanView::tr("Draw voided, confirmed by %1").arg(confirmedBy);
    }
    if (e.action == QLatin1String("substitute"))
        return PlanView::tr("Substitution");
    if (e.action == QLatin1String("status")) // not reached; kept with the other plan actions
        return e.action;
    return e.action;
}

void setRow(QTableWidget* table, int row, const QStringList& cells)
{
    for (int c = 0; c < cells.size(); ++c)
        table->setItem(row, c, new QTableWidgetItem(cells.at(c)));
}

QTableWidget* readOnlyTable(QWidget* parent, const QStringList& headers)
{
    auto* table = new QTableWidget(parent);
    table->setColumnCount(int(headers.size()));
    ElidedTextDelegate::install(table);
    table->setHorizontalHeaderLabels(headers);
    table->verticalHeader()->hide();
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->horizontalHeader()->setStretchLastSection(true);
    return table;
}

} // namespace

PlanView::PlanView(Database& db, QWidget* parent)
    : QWidget(parent)
    , m_db(db)
    , m_heading(new PlainLabel(this))
    , m_status(new PlainLabel(this))
    , m_resume(new QPushButton(tr("Draw again…"), this))
    , m_approve(new QPushButton(tr("Approval of the inspections…"), this))
    , m_publish(new QPushButton(tr("Publish…"), this))
    , m_tabs(new QTabWidget(this))
    , m_result(new DrawResultPanel(db, this))
    , m_results(new ResultsPanel(db, this))
{
    setObjectName(QStringLiteral("planView"));
    auto* back = new QPushButton(tr("← All plans"), this);
    back->setObjectName(QStringLiteral("backToPlans"));
    m_heading->setObjectName(QStringLiteral("planHeading"));
    QFont big = m_heading->font();
    big.setPointSizeF(big.pointSizeF() * 1.4);
    big.setBold(true);
    m_heading->setFont(big);
    m_heading->setWordWrap(true);
    m_status->setObjectName(QStringLiteral("planStatus"));
    m_resume->setObjectName(QStringLiteral("resumeButton"));
    auto* top = new QHBoxLayout;
    top->addWidget(back);
    top->addWidget(m_heading, 1);
    top->addWidget(m_status);
    top->addWidget(m_resume);
    top->addWidget(m_approve);
    top->addWidget(m_publish);
    m_approve->setObjectName(QStringLiteral("approveButton"));
    m_approve->setToolTip(tr("行政检查审批: print the approval form for the leader, then record the signed approval. "
                             "Results are recorded once it is."));
    connect(m_approve, &QPushButton::clicked, this, &PlanView::approveInspections);
    m_publish->setObjectName(QStringLiteral("publishButton"));
    m_publish->setToolTip(tr("Write the website package of this plan: the results and draw announcements, the item "
                             "list, the draw record with its verify page, and the files for the credit platform."));
    connect(m_publish, &QPushButton::clicked, this, &PlanView::publishPackage);

    m_tabs->setObjectName(QStringLiteral("planTabs"));
    m_tabs->addTab(m_result, tr("Draw result"));
    m_tabs->addTab(buildSubstitutionTab(), tr("Substitutions"));
    m_tabs->addTab(m_results, tr("Inspection results"));
    m_tabs->addTab(buildRecordTab(), tr("Record"));

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(16, 12, 16, 12);
    layout->addLayout(top);
    layout->addWidget(m_tabs, 1);

    connect(back, &QPushButton::clicked, this, &PlanView::backRequested);
    connect(m_results, &ResultsPanel::resultsChanged, this, [this](qint64 planId) {
        refreshTabs();
        Q_EMIT planChanged(planId);
    });
    connect(m_resume, &QPushButton::clicked, this, [this] { Q_EMIT resumeRequested(m_planId); });
}

QWidget* PlanView::buildSubstitutionTab()
{
    auto* tab = new QWidget(this);
    auto* help
        = new PlainLabel(tr("A member who cannot attend is replaced by the first backup of the team in draw order "
                            "with whom the team still has its certified members; when no backup is left, by the "
                            "next inspector of the draw order (policy §6.2). The reason is recorded and printed."),
                         tab);
    help->setWordWrap(true);
    m_visit = new QComboBox(tab);
    m_visit->setObjectName(QStringLiteral("substituteVisit"));
    m_member = new QComboBox(tab);
    m_member->setObjectName(QStringLiteral("substituteMember"));
    m_reason = new QLineEdit(tab);
    m_reason->setObjectName(QStringLiteral("substituteReason"));
    m_reason->setPlaceholderText(tr("e.g. 因病住院"));
    m_substitute = new QPushButton(tr("Replace this member…"), tab);
    m_substitute->setObjectName(QStringLiteral("substituteButton"));
    m_substituteResult = new PlainLabel(tab);
    m_substituteResult->setObjectName(QStringLiteral("substituteResult"));
    m_substituteResult->setWordWrap(true);
    m_substituteResult->setStyleSheet(QStringLiteral("font-weight: bold;"));
    m_substituteRefusal = new PlainLabel(tab);
    m_substituteRefusal->setObjectName(QStringLiteral("substituteRefusal"));
    m_substituteRefusal->setWordWrap(true);
    m_substituteRefusal->setStyleSheet(Palette::warningStyle());
    m_substituteRefusal->hide();
    auto* form = new QFormLayout;
    form->addRow(tr("Entity"), m_visit);
    form->addRow(tr("Member who cannot attend"), m_member);
    form->addRow(tr("Reason"), m_reason);
    m_recusal = new QPushButton(tr("Application for recusal…"), tab);
    m_recusal->setObjectName(QStringLiteral("recusalButton"));
    m_recusal->setToolTip(tr("被检查人申请回避: the inspected party asks that this member steps aside; record the "
                             "application and the decision (granted, the draw's rule picks the replacement)."));
    auto* actions = new QHBoxLayout;
    actions->addWidget(m_substitute);
    actions->addWidget(m_recusal);
    actions->addStretch();
    form->addRow(QString(), actions);
    form->addRow(QString(), m_substituteRefusal);
    m_substitutions = readOnlyTable(
        tab, {tr("Entity"), tr("Cannot attend"), tr("Replaced by"), tr("Reason"), tr("Time"), tr("Recorded by")});
    m_substitutions->setObjectName(QStringLiteral("substitutionTable"));
    auto* layout = new QVBoxLayout(tab);
    layout->addWidget(help);
    layout->addLayout(form);
    layout->addWidget(m_substituteResult);
    layout->addWidget(new PlainLabel(tr("Substitutions so far:"), tab));
    layout->addWidget(m_substitutions, 1);
    connect(m_visit, &QComboBox::currentIndexChanged, this, [this] {
        fillMembers();
        updateSubstitution();
    });
    connect(m_substitute, &QPushButton::clicked, this, &PlanView::substitute);
    connect(m_recusal, &QPushButton::clicked, this, &PlanView::recordRecusal);
    return tab;
}

QWidget* PlanView::buildRecordTab()
{
    auto* tab = new QWidget(this);
    m_attempts = readOnlyTable(tab, {tr("Draw"), tr("Seed"), tr("Seeded"), tr("Outcome"), tr("Voided")});
    m_attempts->setObjectName(QStringLiteral("attemptTable"));
    auto* voidBox = new QGroupBox(tr("Void the standing draw"), tab);
    auto* voidLayout = new QHBoxLayout(voidBox);
    m_voidReason = new QLineEdit(voidBox);
    m_voidReason->setObjectName(QStringLiteral("voidReason"));
    m_voidReason->setPlaceholderText(tr("Why the draw is voided (required; printed on every sheet)"));
    m_void = new QPushButton(tr("Void…"), voidBox);
    m_void->setObjectName(QStringLiteral("voidButton"));
    voidLayout->addWidget(m_voidReason, 1);
    voidLayout->addWidget(m_void);
    m_history = new QListWidget(tab);
    m_history->setObjectName(QStringLiteral("planHistory"));
    auto* layout = new QVBoxLayout(tab);
    layout->addWidget(new PlainLabel(tr("Every draw attempt, voided ones included:"), tab));
    layout->addWidget(m_attempts, 1);
    layout->addWidget(voidBox);
    layout->addWidget(new PlainLabel(tr("The plan's audit trail:"), tab));
    layout->addWidget(m_history, 1);
    connect(m_void, &QPushButton::clicked, this, &PlanView::voidDraw);
    return tab;
}

bool PlanView::approveInspections()
{
    ApprovalDialog dialog(m_db, m_actor, m_planId, this);
    if (dialog.exec() != QDialog::Accepted)
        return false;
    refreshTabs();
    Q_EMIT planChanged(m_planId);
    return true;
}

void PlanView::showPlan(qint64 planId)
{
    m_planId = planId;
    m_substituteResult->clear();
    m_reason->clear();
    m_voidReason->clear();
    refreshTabs();
}

void PlanView::showResults(const QString& stateFilter)
{
    m_tabs->setCurrentWidget(m_results);
    m_results->setStateFilter(stateFilter);
}

void PlanView::refreshTabs()
{
    const auto plan = PlanRepository(m_db).find(m_planId);
    if (!plan)
        return;
    m_heading->setText(QStringLiteral("%1  %2").arg(plan->code, plan->title));
    m_status->setText(Vocabulary::planStatuses().label(plan->status));
    // What this user may do with the plan now: the core decides, the buttons follow.
    const QList<PlanAction> allowed = PlanOperations(m_db, m_actor).allowed(m_planId);
    m_resume->setVisible(PlanStatuses::fromKey(plan->status) == PlanStatus::Frozen
                         && !PlanDraw(m_db).currentAttempt(m_planId));
    m_resume->setEnabled(allowed.contains(PlanAction::Seed));
    m_result->showPlan(m_planId);
    m_results->showPlan(m_planId);

    PlanDraw draw(m_db);
    const auto current = draw.currentAttempt(m_planId);
    const bool drawn = current && current->result;
    m_publish->setEnabled(allowed.contains(PlanAction::PublishPackage));
    const auto facts = PlanOperations(m_db, m_actor).facts(m_planId);
    m_approve->setVisible(facts && facts->status == PlanStatus::Drawn && facts->hasStandingResult && !facts->approved);
    m_approve->setEnabled(allowed.contains(PlanAction::Approve));
    InspectorRepository inspectors(m_db);
    const auto name = [&inspectors](const QString& code) {
        const auto p = inspectors.findByCode(code);
        return p ? QStringLiteral("%1 %2").arg(code, p->name) : code;
    };

    // Substitutions.
    {
        const QSignalBlocker block(m_visit);
        m_visit->clear();
        if (drawn)
            for (qsizetype i = 0; i < current->result->teams.size(); ++i) {
                const QString entity = current->result->teams.at(i).entity;
                const auto e = DrawPreparation::findEntity(m_db, entity);
                m_visit->addItem(tr("No. %1  %2").arg(i + 1).arg(e ? e->name : entity), entity);
            }
    }
    fillMembers();
    m_substitutionOpen = allowed.contains(PlanAction::Substitute);
    for (QWidget* w : std::initializer_list<QWidget*> {m_visit, m_member, m_reason})
        w->setEnabled(m_substitutionOpen);
    updateSubstitution();
    m_substitutions->setRowCount(0);
    if (current) {
        m_substitutions->setRowCount(int(current->substitutions.size()));
        for (int i = 0; i < current->substitutions.size(); ++i) {
            const RecordedSubstitution& s = current->substitutions.at(i);
            const auto e = DrawPreparation::findEntity(m_db, s.substitution.entity);
            setRow(m_substitutions, i,
                   {e ? e->name : s.substitution.entity, name(s.substitution.out), name(s.substitution.in),
                    s.substitution.reason, timeText(QDateTime::fromString(s.substitution.at, Qt::ISODate)), s.by});
        }
        m_substitutions->resizeColumnsToContents();
    }

    // Record.
    const QList<DrawAttempt> attempts = draw.attempts(m_planId);
    m_attempts->setRowCount(int(attempts.size()));
    for (int i = 0; i < attempts.size(); ++i) {
        const DrawAttempt& a = attempts.at(i);
        const QString outcome = !a.computed ? tr("not computed")
            : a.result                      ? tr("%n visit(s)", nullptr, int(a.result->teams.size()))
                                            : tr("refused: %1").arg(a.failure);
        setRow(m_attempts, i,
               {tr("No. %1").arg(a.number), a.seed, tr("%1 by %2").arg(timeText(a.seededAt), a.seededBy), outcome,
                !a.voided ? QString()
                    : a.voidConfirmedBy.isEmpty()
                    ? tr("%1 (%2, %3)").arg(a.voidReason, timeText(a.voidedAt), a.voidedBy)
                    : tr("%1 (%2, %3, confirmed by %4)")
                          .arg(a.voidReason, timeText(a.voidedAt), a.voidedBy, a.voidConfirmedBy)});
        if (a.voided)
            for (int c = 0; c < m_attempts->columnCount(); ++c)
                m_attempts->item(i, c)->setForeground(palette().color(QPalette::PlaceholderText));
    }
    m_attempts->resizeColumnsToContents();
    const bool canVoid = allowed.contains(PlanAction::Void);
    m_voidReason->setEnabled(canVoid);
    m_void->setEnabled(canVoid);
    m_history->clear();
    for (const PlanHistoryEntry& e : PlanHistory::entries(m_db, plan->code)) {
        const QDateTime at = QDateTime::fromString(e.atLocal, Qt::ISODateWithMs);
        m_history->addItem(
            QStringLiteral("%1   %2   %3")
                .arg(at.isValid() ? at.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")) : e.atLocal,
                     e.user, actionInWords(e)));
    }
}

void PlanView::setActor(const Actor& actor)
{
    m_actor = actor;
    m_results->setActor(actor);
    if (m_planId > 0)
        refreshTabs();
}

void PlanView::updateSubstitution()
{
    const QString entity = m_visit->currentData().toString();
    Outcome outcome = Outcome::refusedByRule(QString());
    if (m_substitutionOpen && !entity.isEmpty())
        outcome = SubstitutionOperations(m_db, m_actor).check(m_planId, entity);
    m_substitute->setEnabled(outcome.ok());
    m_recusal->setEnabled(outcome.ok());
    m_member->setEnabled(outcome.ok());
    m_reason->setEnabled(outcome.ok());
    // A visit whose results fix its team says so beside the button, instead of a button that just stays grey.
    const bool explain = m_substitutionOpen && !outcome.ok() && !outcome.message().isEmpty();
    m_substituteRefusal->setText(explain ? outcome.message() : QString());
    m_substituteRefusal->setVisible(explain);
}

void PlanView::fillMembers()
{
    m_member->clear();
    const auto current = PlanDraw(m_db).currentAttempt(m_planId);
    if (!current || m_visit->currentIndex() < 0)
        return;
    const auto state = PlanDraw(m_db).teamNow(current->id, m_visit->currentData().toString(), nullptr);
    if (!state)
        return;
    // ★ as on the draw result: a certificate valid on the day of the draw (the one rule, Inspector).
    const QDate day = Inspector::certificateDate({}, current->drawnAt.toLocalTime().date(), QDate::currentDate());
    InspectorRepository inspectors(m_db);
    for (const QString& code : state->members) {
        const auto p = inspectors.findByCode(code);
        m_member->addItem(tr("%1. %2").arg(state->order.indexOf(code) + 1).arg(p ? p->name : code)
                              + (p && p->isCertifiedOn(day) ? QStringLiteral(" ★") : QString()),
                          code);
    }
}

void PlanView::recordRecusal()
{
    if (m_member->currentIndex() < 0)
        return;
    RecusalDialog dialog(m_db, m_actor, m_planId, m_visit->currentData().toString(), m_visit->currentText(),
                         m_member->currentData().toString(), m_member->currentText(), this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    refreshTabs();
    m_substituteResult->setText(dialog.outcomeText());
    Q_EMIT planChanged(m_planId);
}

void PlanView::substitute()
{
    PlanDraw draw(m_db);
    const auto current = draw.currentAttempt(m_planId);
    if (!current || m_member->currentIndex() < 0)
        return;
    const QString entity = m_visit->currentData().toString();
    const QString out = m_member->currentData().toString();
    const QString reason = m_reason->text().trimmed();
    if (reason.isEmpty()) {
        MessageBox::warning(
            this, tr("Reason required"),
            tr("Say why %1 cannot attend: the reason is recorded and printed.").arg(m_member->currentText()));
        return;
    }
    if (!MessageBox::confirm(this, tr("Substitution"),
                             tr("%1 will be replaced in the team for %2 by the rule of the draw, with the reason "
                                "\"%3\". The substitution is recorded and cannot be undone. Go ahead?")
                                 .arg(m_member->currentText(), m_visit->currentText(), reason),
                             tr("Replace")))
        return;
    const auto before = draw.teamNow(current->id, entity, nullptr);
    std::optional<DrawSubstitution> done;
    const Outcome outcome = SubstitutionOperations(m_db, m_actor).substitute(m_planId, entity, out, reason, &done);
    if (!outcome) {
        MessageBox::warning(this, tr("No substitution"), outcome.message());
        refreshTabs();
        return;
    }
    InspectorRepository inspectors(m_db);
    const auto in = inspectors.findByCode(done->in);
    const auto gone = inspectors.findByCode(done->out);
    const bool wasBackup = before && before->backups.contains(done->in);
    const int rank = before ? int(before->order.indexOf(done->in)) + 1 : 0;
    m_substituteResult->setText(
        (wasBackup ? tr("%1 replaces %2: the first backup in draw order (no. %3) with whom the team keeps its "
                        "certified members.")
                   : tr("%1 replaces %2: no backup was left, so the next inspector of the draw order (no. %3)."))
            .arg(in ? in->name : done->in, gone ? gone->name : done->out)
            .arg(rank));
    m_reason->clear();
    refreshTabs();
    Q_EMIT planChanged(m_planId);
}

void PlanView::voidDraw()
{
    PlanDraw draw(m_db);
    const auto current = draw.currentAttempt(m_planId);
    if (!current)
        return;
    const QString reason = m_voidReason->text().trimmed();
    if (reason.isEmpty()) {
        MessageBox::warning(this, tr("Reason required"),
                            tr("Say why the draw is voided: the reason stays on the record and on every printout."));
        return;
    }
    // The second user confirms in the dialog; the core checks them, the dialog stays open until it is done.
    VoidDrawDialog dialog(m_db, m_actor, m_planId, *current, reason, this);
    if (dialog.exec() != QDialog::Accepted) {
        refreshTabs();
        return;
    }
    m_voidReason->clear();
    refreshTabs();
    Q_EMIT planChanged(m_planId);
}

QString PlanView::publishPackage()
{
    const auto plan = PlanRepository(m_db).find(m_planId);
    if (!plan)
        return {};
    if (const Outcome allowed = PublishOperations(m_db, m_actor).check(m_planId); !allowed) {
        MessageBox::warning(this, tr("Not published"), allowed.message());
        return {};
    }
    // The package goes exactly into the folder chosen, new or empty (as `publish --out` does; the core refuses a
    // folder with files in it). It used to make a subfolder of its own there.
    const QString out = FileDialog::getExistingDirectory(
        this, tr("Choose or create an empty folder for the website package"), ExportFolder::start(m_db));
    if (out.isEmpty())
        return {};
    ExportFolder::remember(m_db, out, true);
    const int published = int(Publication::publishedResults(m_db, m_planId).size());
    if (!MessageBox::confirm(this, tr("Publish"),
                             tr("Write the website package of %1 with %n published result(s) into %2? The publication "
                                "is recorded with the fingerprint (SHA-256) of every file.",
                                nullptr, published)
                                 .arg(plan->code, QDir::toNativeSeparators(out)),
                             tr("Publish")))
        return {};
    // The package is signed with the publication key (issue 19), unlocked by its passphrase; without a key the core
    // refuses, saying where to make one.
    QString passphrase;
    if (const std::optional<PublicationKey> key = PublicationKeys::inForce(m_db)) {
        PassphraseDialog ask(
            PassphraseDialog::Purpose::Unlock,
            tr("The package is signed with the publication key %1. Enter its passphrase:").arg(key->fingerprint()),
            this);
        if (ask.exec() != QDialog::Accepted)
            return {};
        passphrase = ask.passphrase();
    }

    QProgressDialog progress(tr("Writing the website package…"), tr("Cancel"), 0, 10, this);
    setPlainLabel(progress);
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(300);
    const Outcome outcome
        = PublishOperations(m_db, m_actor)
              .writePackage(m_planId, out, passphrase, nullptr, [&progress](int step, int steps, const QString& what) {
                  progress.setMaximum(steps);
                  progress.setValue(step);
                  progress.setLabelText(what);
                  return !progress.wasCanceled();
              });
    progress.reset();
    if (!outcome) {
        MessageBox::warning(this, tr("Not published"), outcome.message());
        refreshTabs();
        return {};
    }
    refreshTabs();
    Q_EMIT planChanged(m_planId);
    if (MessageBox::confirm(
            this, tr("Published"),
            tr("The website package was written to %1. Open the folder?").arg(QDir::toNativeSeparators(out)),
            tr("Open folder")))
        QDesktopServices::openUrl(QUrl::fromLocalFile(out));
    return out;
}
