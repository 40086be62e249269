#include "SeedWizardPage.h"

#include "PlainText.h"
#include "PlanOperations.h"

#include "CeremonyView.h"
#include "MessageBox.h"
#include "Palette.h"
#include "PlanWizard.h"
#include "Vocabulary.h"
#include "VocabularyCombo.h"
#include "WizardFields.h"

#include <QComboBox>
#include <QDate>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpressionValidator>
#include <QTimer>
#include <QVBoxLayout>

SeedWizardPage::SeedWizardPage(PlanWizard* wizard)
    : QWizardPage(wizard)
    , m_wizard(wizard)
    , m_rows(new QGridLayout)
    , m_system(new QLineEdit(this))
    , m_publicLabel(new PlainLabel(this))
    , m_public(new QLineEdit(this))
    , m_seed(new PlainLabel(this))
    , m_problem(new PlainLabel(this))
    , m_witnessWarning(new PlainLabel(this))
{
    setTitle(tr("Step 5 of 6 · Witnesses and the random seed"));
    setSubTitle(tr("Each witness rolls the dice and their digits are typed in, or the computer picks digits "
                   "(机选). At least %1 digits in all. The draw is computed once, when you press Draw.")
                    .arg(PlanDraw::MinSeedDigits));
    setCommitPage(true);
    setButtonText(QWizard::CommitButton, tr("Draw"));
    auto* box = new QGroupBox(tr("Witnesses"), this);
    auto* boxLayout = new QVBoxLayout(box);
    m_rows->addWidget(new PlainLabel(tr("Name"), box), 0, 0);
    m_rows->addWidget(new PlainLabel(tr("Role"), box), 0, 1);
    m_rows->addWidget(new PlainLabel(tr("Unit"), box), 0, 2);
    m_rows->addWidget(new PlainLabel(tr("Dice digits"), box), 0, 3);
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
    machine->setToolTip(tr("Adds %1 digits from the computer's secure random source.").arg(PlanDraw::MinSeedDigits));
    m_system->setObjectName(QStringLiteral("systemDigits"));
    m_system->setReadOnly(true);
    m_system->setPlaceholderText(tr("No machine-picked digits"));
    auto* clear = new QPushButton(tr("Clear"), this);
    systemRow->addWidget(machine);
    systemRow->addWidget(m_system, 1);
    systemRow->addWidget(clear);

    m_publicLabel->setObjectName(QStringLiteral("publicNumberLabel"));
    m_public->setObjectName(QStringLiteral("publicNumber"));
    m_public->setPlaceholderText(tr("as published, e.g. 03 09 14 22 27 31 + 08"));
    auto* publicRow = new QHBoxLayout;
    publicRow->addWidget(m_publicLabel);
    publicRow->addWidget(m_public, 1);
    connect(m_public, &QLineEdit::textChanged, this, &SeedWizardPage::seedChanged);

    m_seed->setObjectName(QStringLiteral("seedPreview"));
    m_seed->setWordWrap(true);
    m_seed->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont seedFont(QStringLiteral("DejaVu Sans Mono"));
    seedFont.setPointSizeF(font().pointSizeF() * 1.6);
    seedFont.setBold(true);
    m_seed->setFont(seedFont);
    m_problem->setObjectName(QStringLiteral("seedProblem"));
    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(Palette::warningStyle());
    // No witness is a warning, not a refusal: the policy invites witnesses where they can come (R4), and a county
    // may have none present. The draw sheet then says 无见证人.
    m_witnessWarning->setObjectName(QStringLiteral("witnessWarning"));
    m_witnessWarning->setWordWrap(true);
    m_witnessWarning->setStyleSheet(Palette::warningStyle());
    m_witnessWarning->setText(tr("No witness is entered. The policy invites witnesses (NPC deputies, CPPCC members, "
                                 "the media) to watch the draw; without one, the draw sheet says 无见证人 instead of "
                                 "their signature lines."));
    auto* ceremony = new QPushButton(tr("Open the ceremony view (投屏)"), this);
    ceremony->setObjectName(QStringLiteral("ceremonyButton"));

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(box);
    layout->addWidget(m_witnessWarning);
    layout->addLayout(systemRow);
    layout->addLayout(publicRow);
    layout->addWidget(new PlainLabel(tr("The seed:"), this));
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

void SeedWizardPage::addRow(const Witness& w, const QString& digits)
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
    row.digits->setValidator(new QRegularExpressionValidator(QRegularExpression(QStringLiteral("[0-9]*")), row.digits));
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

void SeedWizardPage::initializePage()
{
    for (const WitnessRow& row : std::as_const(m_witnesses))
        for (QWidget* w : std::initializer_list<QWidget*> {row.name, row.role, row.unit, row.digits, row.remove})
            delete w;
    m_witnesses.clear();
    m_system->clear();
    m_public->clear();
    const Plan& p = m_wizard->plan();
    const auto frozen = PlanDraw(m_wizard->database()).frozenRequest(p.id);
    m_publicSource = frozen ? frozen->publicSource : std::nullopt;
    m_publicLabel->setVisible(m_publicSource.has_value());
    m_public->setVisible(m_publicSource.has_value());
    if (m_publicSource)
        m_publicLabel->setText(tr("Number of %1 drawn on %2 (last part of the seed):")
                                   .arg(m_publicSource->name, m_publicSource->date.toString(Qt::ISODate)));
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
    // The public number cannot be typed before it is drawn (the core refuses the seed then too).
    m_public->setEnabled(!m_pending && m_publicSource
                         && PlanDraw::publicNumberNotYetText(*m_publicSource, QDate::currentDate()).isEmpty());
    seedChanged();
}

QList<Witness> SeedWizardPage::witnesses() const
{
    QList<Witness> list;
    for (const WitnessRow& row : m_witnesses)
        if (!row.name->text().trimmed().isEmpty())
            list << Witness {row.name->text().trimmed(), VocabularyCombo::key(row.role), row.unit->text().trimmed()};
    return list;
}

QList<SeedPart> SeedWizardPage::parts() const
{
    if (m_pending)
        return m_pending->seedParts;
    QList<SeedPart> list;
    for (const WitnessRow& row : m_witnesses)
        if (!row.digits->text().isEmpty())
            list << SeedPart::fromWitness(row.name->text().trimmed(), row.digits->text());
    if (!m_system->text().isEmpty())
        list << SeedPart::fromSystem(m_system->text());
    if (m_publicSource && !m_public->text().trimmed().isEmpty())
        list << SeedPart::fromPublic(m_publicSource->name, m_publicSource->date.toString(Qt::ISODate),
                                     PlanDraw::publicDigits(m_public->text(), nullptr));
    return list;
}

void SeedWizardPage::seedChanged()
{
    const QList<SeedPart> seedParts = parts();
    const QString seed = PlanDraw::seedOf(seedParts);
    m_seed->setText(seed.isEmpty() ? QStringLiteral("—") : seed);
    QString problem;
    for (const WitnessRow& row : std::as_const(m_witnesses))
        if (row.name->text().trimmed().isEmpty() && !row.digits->text().isEmpty())
            problem = tr("Type the name of the witness who rolled %1.").arg(row.digits->text());
    if (problem.isEmpty() && m_publicSource) {
        problem = PlanDraw::publicNumberNotYetText(*m_publicSource, QDate::currentDate());
        if (problem.isEmpty())
            PlanDraw::publicDigits(m_public->text(), &problem);
    }
    if (problem.isEmpty())
        problem = PlanDraw::seedProblem(seedParts, witnesses(), m_publicSource);
    // A seed of an earlier attempt of this plan gives the same draw again: refused (the core refuses it too).
    const PlanDraw draw(m_wizard->database());
    const QString reused = m_pending ? QString() : draw.seedReuseProblem(m_wizard->plan().id, seed);
    if (problem.isEmpty())
        problem = reused;
    // Every check above, each asked of the core: nothing left to say means the seed can be drawn.
    m_ready = m_pending || problem.isEmpty();
    if (m_pending)
        problem
            = tr("Seed %1 was stored on %2 but not drawn yet; press Draw to compute it.")
                  .arg(m_pending->seed, m_pending->seededAt.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")));
    const bool complete = problem.isEmpty();
    if (complete) {
        problem = tr("%n digit(s): the seed is complete.", nullptr, int(seed.size()));
        // The same seed in another plan is allowed (another frozen request gives another draw), but said.
        if (const QStringList elsewhere = draw.seedUsedElsewhere(m_wizard->plan().id, seed); !elsewhere.isEmpty())
            problem += QLatin1Char(' ')
                + tr("The same seed was used by %1; allowed, since another plan's pools give another draw, and "
                     "noted on the record.")
                      .arg(elsewhere.join(QStringLiteral(", ")));
    }
    m_problem->setText(problem);
    // A complete seed is good news: green, not the warning's amber.
    m_problem->setStyleSheet(complete ? Palette::okStyle() : Palette::warningStyle());
    m_witnessWarning->setVisible(witnesses().isEmpty());
    if (CeremonyView* view = m_wizard->ceremonyView())
        view->setSeed(seed, PlanDraw::MinSeedDigits);
    Q_EMIT completeChanged();
}

bool SeedWizardPage::validatePage()
{
    Plan& p = m_wizard->plan();
    PlanOperations ceremony(m_wizard->database(), m_wizard->actor());
    std::optional<DrawAttempt> attempt = m_pending;
    const QString seed = PlanDraw::seedOf(parts());
    if (!attempt) {
        QString question = tr("The seed %1 will be stored and the draw of plan %2 computed from it. The result is "
                              "final: drawing again needs this draw voided with a reason, and both stay on the "
                              "record. Draw now?")
                               .arg(seed, p.code);
        if (witnesses().isEmpty())
            question.prepend(tr("No witness is entered: the draw sheet will say 无见证人.") + QLatin1Char('\n'));
        if (!MessageBox::confirm(this, tr("Draw"), question, tr("Draw")))
            return false;
        p.witnesses = witnesses();
        if (!m_wizard->savePlan())
            return false;
        if (const Outcome seeded = ceremony.addSeed(p.id, parts(), &attempt); !seeded) {
            MessageBox::warning(this, tr("Not drawn"), seeded.message());
            return false;
        }
    }
    std::optional<DrawResult> result;
    const Outcome drawn = ceremony.draw(p.id, &result);
    const QString error = drawn.message();
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
