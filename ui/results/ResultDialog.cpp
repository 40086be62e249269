#include "ResultDialog.h"

#include "CheckPointsEditor.h"
#include "Database.h"
#include "DateEdit.h"
#include "DrawPreparation.h"
#include "InspectorRepository.h"
#include "OptionalDateEdit.h"
#include "Palette.h"
#include "PlainText.h"
#include "PlanChecklist.h"
#include "ResultOperations.h"
#include "Vocabulary.h"
#include "VocabularyCombo.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QFormLayout>
#include <QGridLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QVBoxLayout>

#include <algorithm>

ResultDialog::ResultDialog(Database& db, const Actor& actor, const ResultRow& row, Mode mode, QWidget* parent)
    : RecordDialog(parent)
    , m_db(db)
    , m_actor(actor)
    , m_row(row)
    , m_mode(mode)
    , m_from(new DateEdit(this))
    , m_to(new DateEdit(this))
    , m_findings(new QPlainTextEdit(this))
    , m_followUp(new QComboBox(this))
    , m_caseNumber(new QLineEdit(this))
    , m_rectifyBy(new OptionalDateEdit(tr("Not set"), this))
    , m_remarks(new QLineEdit(this))
    , m_dateWarning(new PlainLabel(this))
{
    setObjectName(QStringLiteral("resultDialog"));
    const auto entity = DrawPreparation::findEntity(db, row.entity);
    const QString entityName = entity ? entity->name : row.entity;
    setWindowTitle(mode == Mode::Correct ? tr("Correct the result — %1, %2").arg(entityName, row.itemCode)
                                         : tr("Result — %1, %2").arg(entityName, row.itemCode));
    setMinimumWidth(620);

    for (const PlanVisit& v : ResultRepository(db).visits(row.planId))
        if (v.entity == row.entity)
            m_visit = v;

    m_limits = ResultRepository(db).dateLimits(row.planId);

    // The starting values: the stored version, or the plan's period for a new one (not before its draw).
    ResultVersion start;
    if (row.latest && mode != Mode::Create)
        start = *row.latest;
    if (!start.inspectedFrom.isValid()) {
        const QDate today = QDate::currentDate();
        const QDate day = m_visit.periodTo.isValid() && today > m_visit.periodTo ? m_visit.periodFrom : today;
        QDate first = day.isValid() ? day : today;
        // Not before the draw, nor before the inspections were approved.
        for (const QDate& earliest : {m_limits.drawnOn, m_limits.approvedOn})
            if (earliest.isValid() && first < earliest)
                first = std::min(earliest, today);
        start.inspectedFrom = start.inspectedTo = first;
        start.members = row.team;
    }
    m_from->setDate(start.inspectedFrom);
    m_to->setDate(start.inspectedTo);

    QFormLayout* visit = addGroup(tr("The visit"));
    auto* where = new PlainLabel(
        tr("%1 (%2) · item %3 · plan %4").arg(entityName, row.entity, row.itemCode, row.planCode), this);
    where->setWordWrap(true);
    visit->addRow(where);
    addField(visit, QStringLiteral("inspectedFrom"), ResultVersion::fieldLabel(QStringLiteral("inspectedFrom")),
             m_from);
    addField(visit, QStringLiteral("inspectedTo"), ResultVersion::fieldLabel(QStringLiteral("inspectedTo")), m_to);
    auto* members = new QWidget(this);
    auto* memberLayout = new QVBoxLayout(members);
    memberLayout->setContentsMargins(0, 0, 0, 0);
    InspectorRepository inspectors(db);
    QHash<QString, QString> names; // code → "code name"
    for (const QString& code : row.team) {
        const auto x = inspectors.findByCode(code);
        names.insert(code, x ? QStringLiteral("%1 %2").arg(code, x->name) : code);
        auto* box = new QCheckBox(names.value(code), members);
        box->setObjectName(QStringLiteral("member_") + code);
        box->setChecked(start.members.contains(code));
        memberLayout->addWidget(box);
        m_members.insert(code, box);
    }
    addField(visit, QStringLiteral("members"), ResultVersion::fieldLabel(QStringLiteral("members")), members);
    for (QCheckBox* box : std::as_const(m_members))
        watch(box);
    // (持证) is the result rule's own answer on the inspection dates shown, so it follows the dates as they change.
    const auto markCertified = [this, names] {
        const QStringList certified = ResultRepository(m_db).teamFor(m_visit, m_from->date(), m_to->date()).certified;
        for (auto it = m_members.cbegin(); it != m_members.cend(); ++it)
            it.value()->setText(names.value(it.key())
                                + (certified.contains(it.key()) ? tr(" (certified)") : QString()));
    };
    markCertified();
    connect(m_from, &QDateEdit::dateChanged, this, markCertified);
    connect(m_to, &QDateEdit::dateChanged, this, markCertified);

    m_checklist = PlanChecklist::of(db, row.planId, row.itemCode);
    if (!m_checklist.isEmpty()) {
        QFormLayout* points = addGroup(tr("Check points (检查表)"));
        points->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
        m_points = new CheckPointsEditor(m_checklist, start.checkPoints, this);
        addField(points, QStringLiteral("checkPoints"), tr("Conclusions"), m_points);
        connect(m_points, &CheckPointsEditor::changed, this, &ResultDialog::updateFindingsFromPoints);
        connect(m_points, &CheckPointsEditor::changed, this, &RecordDialog::revalidate);
    }

    QFormLayout* result = addGroup(tr("What was found"));
    auto* categories = new QWidget(this);
    auto* grid = new QGridLayout(categories);
    grid->setContentsMargins(0, 0, 0, 0);
    int i = 0;
    for (const Term& t : Vocabulary::resultCategories().terms()) {
        auto* box = new QCheckBox(Vocabulary::resultCategories().label(t.key), categories);
        box->setObjectName(QStringLiteral("category_") + t.key);
        box->setChecked(start.categories.contains(t.key));
        grid->addWidget(box, i / 2, i % 2);
        m_categories.insert(t.key, box);
        ++i;
    }
    addField(result, QStringLiteral("categories"), ResultVersion::fieldLabel(QStringLiteral("categories")), categories);
    for (QCheckBox* box : std::as_const(m_categories))
        watch(box);
    m_findings->setPlainText(start.findings);
    m_findings->setTabChangesFocus(true);
    m_findings->setFixedHeight(m_findings->fontMetrics().lineSpacing() * 4 + 12);
    addField(result, QStringLiteral("findings"), ResultVersion::fieldLabel(QStringLiteral("findings")), m_findings);

    QFormLayout* followUp = addGroup(tr("Follow-up"));
    VocabularyCombo::fill(m_followUp, Vocabulary::followUpMeasures());
    VocabularyCombo::select(m_followUp, start.followUp);
    addField(followUp, QStringLiteral("followUp"), ResultVersion::fieldLabel(QStringLiteral("followUp")), m_followUp);
    m_caseNumber->setText(start.caseNumber);
    m_caseNumber->setPlaceholderText(tr("e.g. 昌教罚立〔2026〕3号"));
    addField(followUp, QStringLiteral("caseNumber"), ResultVersion::fieldLabel(QStringLiteral("caseNumber")),
             m_caseNumber);
    m_rectifyBy->setDate(start.rectifyBy);
    addField(followUp, QStringLiteral("rectifyBy"), ResultVersion::fieldLabel(QStringLiteral("rectifyBy")),
             m_rectifyBy);
    m_remarks->setText(start.remarks);
    addField(followUp, QStringLiteral("remarks"), ResultVersion::fieldLabel(QStringLiteral("remarks")), m_remarks);

    if (mode == Mode::Correct || (row.latest && row.latest->version > 1 && mode == Mode::Edit)) {
        m_reason = new QLineEdit(this);
        m_reason->setText(mode == Mode::Edit ? start.correctionReason : QString());
        QFormLayout* correction = addGroup(tr("Correction"));
        auto* note = new PlainLabel(tr("The published version stays on the record; this correction becomes a new "
                                       "version and is reviewed and published like the first."),
                                    this);
        note->setWordWrap(true);
        correction->addRow(note);
        addField(correction, QStringLiteral("correctionReason"),
                 ResultVersion::fieldLabel(QStringLiteral("correctionReason")), m_reason);
    }
    if (row.latest && !row.latest->reviewComment.isEmpty()
        && ResultStates::fromKey(row.latest->state) == ResultState::Returned) {
        auto* comment
            = new PlainLabel(tr("Returned by %1: %2").arg(row.latest->reviewedBy, row.latest->reviewComment), this);
        comment->setObjectName(QStringLiteral("returnComment"));
        comment->setWordWrap(true);
        comment->setStyleSheet(Palette::errorStyle() + QStringLiteral(" font-weight: bold;"));
        mainLayout()->insertWidget(0, comment);
    }
    m_dateWarning->setObjectName(QStringLiteral("dateWarning"));
    m_dateWarning->setWordWrap(true);
    m_dateWarning->setStyleSheet(Palette::warningStyle() + QStringLiteral(" background: #fff4d6; padding: 4px;"));
    mainLayout()->insertWidget(0, m_dateWarning);
    connect(m_from, &QDateEdit::dateChanged, this, &ResultDialog::updateDateWarning);
    connect(m_to, &QDateEdit::dateChanged, this, &ResultDialog::updateDateWarning);
    updateDateWarning();
    connect(m_followUp, &QComboBox::currentIndexChanged, this, &ResultDialog::updateFollowUpFields);
    updateFollowUpFields();
    finishLayout();
}

QCheckBox* ResultDialog::memberBox(const QString& inspectorCode) const
{
    return m_members.value(inspectorCode);
}

QCheckBox* ResultDialog::categoryBox(const QString& key) const
{
    return m_categories.value(key);
}

ResultVersion::DateLimits ResultDialog::limits() const
{
    ResultVersion::DateLimits limits = m_limits;
    limits.today = QDate::currentDate(); // a dialog may stay open over midnight
    return limits;
}

QString ResultDialog::dateWarning() const
{
    return m_dateWarning->isHidden() ? QString() : m_dateWarning->text();
}

void ResultDialog::updateDateWarning()
{
    QStringList lines;
    for (const FieldError& w : version().warnings(limits()))
        lines << tr("Note — %1: %2").arg(ResultVersion::fieldLabel(w.field), w.message);
    m_dateWarning->setText(lines.join(QLatin1Char('\n')));
    m_dateWarning->setVisible(!lines.isEmpty());
}

void ResultDialog::updateFollowUpFields()
{
    const QString measure = VocabularyCombo::key(m_followUp);
    m_caseNumber->setEnabled(measure == QLatin1String("case") || !m_caseNumber->text().isEmpty());
    m_rectifyBy->setEnabled(measure == QLatin1String("rectify") || m_rectifyBy->date().isValid());
}

ResultVersion ResultDialog::version() const
{
    ResultVersion v;
    if (m_row.latest && m_mode == Mode::Edit)
        v = *m_row.latest;
    v.resultId = m_row.resultId;
    if (m_mode == Mode::Correct)
        v.version = m_row.latest ? m_row.latest->version + 1 : 2;
    v.inspectedFrom = m_from->date();
    v.inspectedTo = m_to->date();
    v.members.clear();
    for (const QString& code : m_row.team)
        if (m_members.value(code)->isChecked())
            v.members << code;
    v.categories.clear();
    for (const Term& t : Vocabulary::resultCategories().terms())
        if (m_categories.value(t.key)->isChecked())
            v.categories << t.key;
    v.findings = m_findings->toPlainText().trimmed();
    v.followUp = VocabularyCombo::key(m_followUp);
    v.caseNumber = m_caseNumber->text().trimmed();
    v.rectifyBy = m_rectifyBy->date();
    v.remarks = m_remarks->text().trimmed();
    if (m_reason)
        v.correctionReason = m_reason->text().trimmed();
    v.checkPoints = m_points ? m_points->conclusions() : QList<PointConclusion>();
    return v;
}

void ResultDialog::updateFindingsFromPoints()
{
    const QString typed = m_findings->toPlainText().trimmed();
    if (!typed.isEmpty() && typed != m_pointFindings)
        return; // the clerk's own words stay
    m_pointFindings = version().findingsFrom(m_checklist);
    m_findings->setPlainText(m_pointFindings);
}

FieldErrors ResultDialog::currentProblems() const
{
    const ResultVersion v = version();
    return v.problems(ResultRepository(m_db).teamFor(m_visit, v.inspectedFrom, v.inspectedTo), limits())
        + v.checkPointProblems(m_checklist);
}

bool ResultDialog::save(QString* error)
{
    ResultVersion v = version();
    ResultOperations results(m_db, m_actor);
    Outcome outcome;
    switch (m_mode) {
    case Mode::Create:
        outcome = results.record(m_row.planId, m_row.entity, m_row.itemCode, v);
        break;
    case Mode::Edit:
        outcome = results.update(v);
        break;
    case Mode::Correct:
        outcome = results.correct(v);
        break;
    }
    if (outcome) {
        m_savedResultId = v.resultId;
        return true;
    }
    *error = outcome.message();
    return false;
}
