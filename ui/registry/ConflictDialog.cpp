#include "ConflictDialog.h"

#include "ConflictRepository.h"
#include "Database.h"
#include "EntityRepository.h"
#include "InspectorRepository.h"
#include "OptionalDateEdit.h"
#include "RecordPicker.h"
#include "RegistryOperations.h"
#include "Vocabulary.h"
#include "VocabularyCombo.h"

#include <QComboBox>
#include <QFormLayout>
#include <QLineEdit>

QString ConflictDialog::inspectorText(const QString& name, const QString& code)
{
    return QStringLiteral("%1（%2）").arg(name, code);
}

QString ConflictDialog::entityText(const QString& name, const QString& code, const QString& creditCode)
{
    return creditCode.isEmpty() ? QStringLiteral("%1（%2）").arg(name, code)
                                : QStringLiteral("%1（%2 · %3）").arg(name, code, creditCode);
}

ConflictDialog::ConflictDialog(Database& db, Actor actor, const std::optional<Conflict>& conflict, bool isNew,
                               QWidget* parent)
    : RecordDialog(parent)
    , m_db(db)
    , m_actor(std::move(actor))
    , m_original(conflict.value_or(Conflict()))
    , m_isNew(isNew)
    , m_inspector(new RecordPicker(
          [&db](const QString& text, int limit) {
              InspectorFilter filter;
              filter.text = text;
              QList<RecordPicker::Match> matches;
              for (const Inspector& p :
                   InspectorRepository(db).list(filter, QStringLiteral("name"), Qt::AscendingOrder, 0, limit))
                  matches.append({p.id, inspectorText(p.name, p.code)});
              return matches;
          },
          this))
    , m_entity(new RecordPicker(
          [&db](const QString& text, int limit) {
              EntityFilter filter;
              filter.text = text;
              QList<RecordPicker::Match> matches;
              for (const Entity& e :
                   EntityRepository(db).list(filter, QStringLiteral("name"), Qt::AscendingOrder, 0, limit))
                  matches.append({e.id, entityText(e.name, e.code, e.creditCode)});
              return matches;
          },
          this))
    , m_reason(new QComboBox(this))
    , m_reasonText(new QLineEdit(this))
    , m_validFrom(new OptionalDateEdit(tr("Not set"), this))
    , m_validTo(new OptionalDateEdit(tr("No end date"), this))
{
    setWindowTitle(m_isNew ? tr("New conflict of interest") : tr("Edit conflict of interest"));
    setMinimumWidth(560);
    m_inspector->lineEdit()->setPlaceholderText(tr("Type part of the inspector's name or code"));
    m_entity->lineEdit()->setPlaceholderText(tr("Type part of the entity's name, registry code or credit code"));
    VocabularyCombo::fill(m_reason, Vocabulary::conflictReasons());
    m_reasonText->setPlaceholderText(tr("For example: spouse is the principal"));

    QFormLayout* who = addGroup(tr("Who must not inspect whom"));
    addField(who, QStringLiteral("inspector"), Conflict::fieldLabel(QStringLiteral("inspector")), m_inspector);
    addField(who, QStringLiteral("entity"), Conflict::fieldLabel(QStringLiteral("entity")), m_entity);
    QFormLayout* why = addGroup(tr("Reason and period"));
    addField(why, QStringLiteral("reason"), Conflict::fieldLabel(QStringLiteral("reason")), m_reason);
    addField(why, QStringLiteral("reasonText"), Conflict::fieldLabel(QStringLiteral("reasonText")), m_reasonText);
    addField(why, QStringLiteral("validFrom"), Conflict::fieldLabel(QStringLiteral("validFrom")), m_validFrom);
    addField(why, QStringLiteral("validTo"), Conflict::fieldLabel(QStringLiteral("validTo")), m_validTo);

    if (m_original.inspectorId > 0)
        m_inspector->setCurrent(m_original.inspectorId,
                                inspectorText(m_original.inspectorName, m_original.inspectorCode));
    if (m_original.entityId > 0)
        m_entity->setCurrent(m_original.entityId, entityText(m_original.entityName, m_original.entityCode,
                                                             m_original.entityCreditCode));
    if (!m_original.reason.isEmpty())
        VocabularyCombo::select(m_reason, m_original.reason);
    m_reasonText->setText(m_original.reasonText);
    m_validFrom->setDate(m_isNew && !m_original.validFrom.isValid() ? QDate::currentDate() : m_original.validFrom);
    m_validTo->setDate(m_original.validTo);
    finishLayout();
    if (m_original.inspectorId == 0)
        m_inspector->setFocus();
    else if (m_original.entityId == 0)
        m_entity->setFocus();
    else
        m_reason->setFocus();
}

Conflict ConflictDialog::conflict() const
{
    Conflict c = m_original;
    c.inspectorId = m_inspector->currentId();
    c.entityId = m_entity->currentId();
    c.reason = VocabularyCombo::key(m_reason);
    c.reasonText = m_reasonText->text().trimmed();
    c.validFrom = m_validFrom->date();
    c.validTo = m_validTo->date();
    return c;
}

FieldErrors ConflictDialog::currentProblems() const
{
    return conflict().problems();
}

bool ConflictDialog::save(QString* error)
{
    Conflict c = conflict();
    RegistryOperations operations(m_db, m_actor);
    const Outcome outcome = m_isNew ? operations.createConflict(c) : operations.saveConflict(c);
    if (!outcome) {
        *error = outcome.message();
        return false;
    }
    m_saved = c;
    return true;
}
