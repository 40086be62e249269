#include "InspectorDialog.h"

#include "CodeValidator.h"
#include "Database.h"
#include "InspectorRepository.h"
#include "OptionalDateEdit.h"
#include "RegistryOperations.h"
#include "Vocabulary.h"
#include "VocabularyCombo.h"

#include <QComboBox>
#include <QFormLayout>
#include <QLineEdit>
#include <QRegularExpression>

InspectorDialog::InspectorDialog(Database& db, Actor actor, const std::optional<Inspector>& inspector, QWidget* parent)
    : RecordDialog(parent)
    , m_db(db)
    , m_actor(std::move(actor))
    , m_original(inspector.value_or(Inspector()))
    , m_isNew(!inspector)
    , m_code(new QLineEdit(this))
    , m_name(new QLineEdit(this))
    , m_gender(new QComboBox(this))
    , m_section(new QComboBox(this))
    , m_idCard(new QLineEdit(this))
    , m_certNo(new QLineEdit(this))
    , m_certFrom(new OptionalDateEdit(tr("Not set"), this))
    , m_certTo(new OptionalDateEdit(tr("No end date"), this))
    , m_specialties(new QLineEdit(this))
    , m_phone(new QLineEdit(this))
{
    setWindowTitle(m_isNew ? tr("New inspector") : tr("Edit inspector — %1").arg(m_original.name));
    setMinimumWidth(520);
    if (m_isNew)
        m_original.code = InspectorRepository(db).nextCode();

    m_code->setReadOnly(!m_isNew);
    m_gender->addItem(tr("Not recorded"), QString());
    VocabularyCombo::fill(m_gender, Vocabulary::genders());
    m_section->setEditable(true);
    m_section->setInsertPolicy(QComboBox::NoInsert);
    m_section->addItems(InspectorRepository(db).sections());
    m_idCard->setValidator(new CodeValidator(CodeValidator::Kind::IdCard, true, m_idCard));
    m_idCard->setMaxLength(30);
    m_idCard->setPlaceholderText(tr("18 characters; optional"));
    m_certNo->setPlaceholderText(tr("Leave empty if the inspector has no certificate"));
    m_specialties->setPlaceholderText(tr("Separate specialties with 、 or commas"));
    m_phone->setPlaceholderText(tr("Mobile, or landline such as 0335-1234567"));

    QFormLayout* person = addGroup(tr("Person"));
    addField(person, QStringLiteral("code"), Inspector::fieldLabel(QStringLiteral("code")), m_code);
    addField(person, QStringLiteral("name"), Inspector::fieldLabel(QStringLiteral("name")), m_name);
    addField(person, QStringLiteral("gender"), Inspector::fieldLabel(QStringLiteral("gender")), m_gender);
    addField(person, QStringLiteral("section"), Inspector::fieldLabel(QStringLiteral("section")), m_section);
    addField(person, QStringLiteral("idCard"), Inspector::fieldLabel(QStringLiteral("idCard")), m_idCard);
    QFormLayout* certificate = addGroup(tr("Law-enforcement certificate"));
    addField(certificate, QStringLiteral("certNo"), Inspector::fieldLabel(QStringLiteral("certNo")), m_certNo);
    addField(certificate, QStringLiteral("certFrom"), Inspector::fieldLabel(QStringLiteral("certFrom")), m_certFrom);
    addField(certificate, QStringLiteral("certTo"), Inspector::fieldLabel(QStringLiteral("certTo")), m_certTo);
    addField(certificate, QStringLiteral("specialties"), Inspector::fieldLabel(QStringLiteral("specialties")),
             m_specialties);
    QFormLayout* contact = addGroup(tr("Contact"));
    addField(contact, QStringLiteral("phone"), Inspector::fieldLabel(QStringLiteral("phone")), m_phone);

    m_code->setText(m_original.code);
    m_name->setText(m_original.name);
    VocabularyCombo::select(m_gender, m_original.gender);
    m_section->setCurrentText(m_original.section);
    m_idCard->setText(m_original.idCard);
    m_certNo->setText(m_original.certNo);
    m_certFrom->setDate(m_original.certFrom);
    m_certTo->setDate(m_original.certTo);
    m_specialties->setText(m_original.specialties.join(QStringLiteral("、")));
    m_phone->setText(m_original.phone);
    finishLayout();
    m_name->setFocus();
}

Inspector InspectorDialog::inspector() const
{
    static const QRegularExpression separators(QStringLiteral("[,，、;；]+"));
    Inspector p = m_original;
    p.code = m_code->text().trimmed();
    p.name = m_name->text().trimmed();
    p.gender = VocabularyCombo::key(m_gender);
    p.section = m_section->currentText().trimmed();
    p.idCard = m_idCard->text().trimmed();
    p.certNo = m_certNo->text().trimmed();
    p.certFrom = m_certFrom->date();
    p.certTo = m_certTo->date();
    p.specialties.clear();
    for (const QString& specialty : m_specialties->text().split(separators, Qt::SkipEmptyParts))
        if (!specialty.trimmed().isEmpty())
            p.specialties << specialty.trimmed();
    p.phone = m_phone->text().trimmed();
    return p;
}

FieldErrors InspectorDialog::currentProblems() const
{
    return inspector().problems();
}

bool InspectorDialog::save(QString* error)
{
    Inspector p = inspector();
    RegistryOperations operations(m_db, m_actor);
    const Outcome outcome = m_isNew ? operations.createInspector(p) : operations.saveInspector(p);
    if (!outcome) {
        *error = outcome.message();
        return false;
    }
    m_saved = p;
    return true;
}
