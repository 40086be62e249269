#include "FollowUpDialog.h"

#include "DateEdit.h"
#include "InspectorRepository.h"
#include "Vocabulary.h"
#include "VocabularyCombo.h"
#include "ResultOperations.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QFormLayout>
#include <QLineEdit>
#include <QVBoxLayout>

FollowUpDialog::FollowUpDialog(Database& db, const Actor& actor, const ResultRow& row, QWidget* parent)
    : RecordDialog(parent)
    , m_db(db)
    , m_actor(actor)
    , m_row(row)
    , m_date(new DateEdit(this))
    , m_outcome(new QComboBox(this))
    , m_notes(new QLineEdit(this))
{
    setObjectName(QStringLiteral("followUpDialog"));
    setWindowTitle(tr("Follow-up visit"));
    setMinimumWidth(480);
    const QDate deadline = row.latest ? row.latest->rectifyBy : QDate();
    m_date->setDate(deadline.isValid() && deadline < QDate::currentDate() ? deadline : QDate::currentDate());
    QFormLayout* form = addGroup(tr("Follow-up visit"));
    addField(form, QStringLiteral("visitedOn"), FollowUpVisit::fieldLabel(QStringLiteral("visitedOn")), m_date);
    auto* people = new QWidget(this);
    auto* layout = new QVBoxLayout(people);
    layout->setContentsMargins(0, 0, 0, 0);
    InspectorRepository inspectors(db);
    for (const QString& code : row.team) {
        const auto x = inspectors.findByCode(code);
        auto* box = new QCheckBox(x ? QStringLiteral("%1 %2").arg(code, x->name) : code, people);
        box->setObjectName(QStringLiteral("inspector_") + code);
        box->setChecked(true);
        layout->addWidget(box);
        m_inspectors.insert(code, box);
    }
    addField(form, QStringLiteral("inspectors"), FollowUpVisit::fieldLabel(QStringLiteral("inspectors")), people);
    for (QCheckBox* box : std::as_const(m_inspectors))
        watch(box);
    VocabularyCombo::fill(m_outcome, Vocabulary::followUpOutcomes());
    addField(form, QStringLiteral("outcome"), FollowUpVisit::fieldLabel(QStringLiteral("outcome")), m_outcome);
    addField(form, QStringLiteral("notes"), FollowUpVisit::fieldLabel(QStringLiteral("notes")), m_notes);
    finishLayout();
}

FollowUpVisit FollowUpDialog::visit() const
{
    FollowUpVisit v;
    v.resultId = m_row.resultId;
    v.visitedOn = m_date->date();
    for (const QString& code : m_row.team)
        if (m_inspectors.value(code)->isChecked())
            v.inspectors << code;
    v.outcome = VocabularyCombo::key(m_outcome);
    v.notes = m_notes->text().trimmed();
    return v;
}

FieldErrors FollowUpDialog::currentProblems() const
{
    return visit().problems();
}

bool FollowUpDialog::save(QString* error)
{
    FollowUpVisit v = visit();
    const Outcome outcome = ResultOperations(m_db, m_actor).addFollowUp(v);
    if (!outcome)
        *error = outcome.message();
    return outcome.ok();
}
