#include "EntityDialog.h"

#include "CodeValidator.h"
#include "Database.h"
#include "EntityRepository.h"
#include "MessageBox.h"
#include "OptionalDateEdit.h"
#include "RegistryOperations.h"
#include "TownshipRepository.h"
#include "Vocabulary.h"
#include "VocabularyCombo.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QLineEdit>
#include <QRegularExpression>

namespace {
QStringList splitList(const QString& text)
{
    static const QRegularExpression separators(QStringLiteral("[,，、;；\\s]+"));
    return text.split(separators, Qt::SkipEmptyParts);
}
} // namespace

EntityDialog::EntityDialog(Database& db, Actor actor, const std::optional<Entity>& entity, QWidget* parent)
    : RecordDialog(parent)
    , m_db(db)
    , m_actor(std::move(actor))
    , m_original(entity.value_or(Entity()))
    , m_isNew(!entity)
    , m_code(new QLineEdit(this))
    , m_name(new QLineEdit(this))
    , m_creditCode(new QLineEdit(this))
    , m_category(new QComboBox(this))
    , m_ownership(new QComboBox(this))
    , m_township(new QComboBox(this))
    , m_address(new QLineEdit(this))
    , m_principal(new QLineEdit(this))
    , m_phone(new QLineEdit(this))
    , m_riskClass(new QComboBox(this))
    , m_blacklisted(new QCheckBox(tr("On the blacklist"), this))
    , m_blacklistReason(new QLineEdit(this))
    , m_blacklistFrom(new OptionalDateEdit(tr("Not set"), this))
    , m_blacklistTo(new OptionalDateEdit(tr("No end date"), this))
    , m_tags(new QLineEdit(this))
{
    setWindowTitle(m_isNew ? tr("New entity") : tr("Edit entity — %1").arg(m_original.name));
    setMinimumWidth(560);

    m_code->setReadOnly(true);
    m_code->setText(m_isNew ? EntityRepository(db).nextCode() : m_original.code);
    m_code->setToolTip(tr("The registry code is given by the program and never changes."));
    m_creditCode->setValidator(new CodeValidator(CodeValidator::Kind::CreditCode, true, m_creditCode));
    m_creditCode->setPlaceholderText(tr("18 characters; leave empty if the entity has none"));
    m_creditCode->setMaxLength(40);
    VocabularyCombo::fill(m_category, Vocabulary::categories());
    VocabularyCombo::fill(m_ownership, Vocabulary::ownerships());
    VocabularyCombo::fill(m_riskClass, Vocabulary::riskClasses());
    m_township->setEditable(true);
    m_township->setInsertPolicy(QComboBox::NoInsert);
    m_township->addItem(QString(), 0);
    for (const Township& t : TownshipRepository(db).list())
        m_township->addItem(t.name, t.id);
    m_tags->setPlaceholderText(tr("Separate tags with commas"));
    m_phone->setPlaceholderText(tr("Mobile, or landline such as 0335-1234567"));

    QFormLayout* basic = addGroup(tr("Basic information"));
    addField(basic, QStringLiteral("code"), Entity::fieldLabel(QStringLiteral("code")), m_code);
    addField(basic, QStringLiteral("name"), Entity::fieldLabel(QStringLiteral("name")), m_name);
    addField(basic, QStringLiteral("creditCode"), Entity::fieldLabel(QStringLiteral("creditCode")), m_creditCode);
    addField(basic, QStringLiteral("category"), Entity::fieldLabel(QStringLiteral("category")), m_category);
    addField(basic, QStringLiteral("ownership"), Entity::fieldLabel(QStringLiteral("ownership")), m_ownership);
    addField(basic, QStringLiteral("township"), Entity::fieldLabel(QStringLiteral("township")), m_township);
    addField(basic, QStringLiteral("address"), Entity::fieldLabel(QStringLiteral("address")), m_address);
    QFormLayout* contact = addGroup(tr("Contact"));
    addField(contact, QStringLiteral("principal"), Entity::fieldLabel(QStringLiteral("principal")), m_principal);
    addField(contact, QStringLiteral("phone"), Entity::fieldLabel(QStringLiteral("phone")), m_phone);
    QFormLayout* supervision = addGroup(tr("Supervision"));
    addField(supervision, QStringLiteral("riskClass"), Entity::fieldLabel(QStringLiteral("riskClass")), m_riskClass);
    addField(supervision, QStringLiteral("blacklisted"), Entity::fieldLabel(QStringLiteral("blacklisted")),
             m_blacklisted);
    addField(supervision, QStringLiteral("blacklistReason"), Entity::fieldLabel(QStringLiteral("blacklistReason")),
             m_blacklistReason);
    addField(supervision, QStringLiteral("blacklistFrom"), Entity::fieldLabel(QStringLiteral("blacklistFrom")),
             m_blacklistFrom);
    addField(supervision, QStringLiteral("blacklistTo"), Entity::fieldLabel(QStringLiteral("blacklistTo")),
             m_blacklistTo);
    addField(supervision, QStringLiteral("tags"), Entity::fieldLabel(QStringLiteral("tags")), m_tags);

    m_name->setText(m_original.name);
    m_creditCode->setText(m_original.creditCode);
    VocabularyCombo::select(m_category, m_original.category);
    VocabularyCombo::select(m_ownership, m_original.ownership);
    VocabularyCombo::select(m_riskClass, m_original.riskClass);
    const int township = m_township->findData(m_original.townshipId);
    if (m_original.townshipId > 0 && township >= 0)
        m_township->setCurrentIndex(township);
    else
        m_township->setCurrentText(m_original.townshipName);
    m_address->setText(m_original.address);
    m_principal->setText(m_original.principal);
    m_phone->setText(m_original.phone);
    m_blacklisted->setChecked(m_original.blacklisted);
    m_blacklistReason->setText(m_original.blacklistReason);
    m_blacklistFrom->setDate(m_original.blacklistFrom);
    m_blacklistTo->setDate(m_original.blacklistTo);
    m_tags->setText(m_original.tags.join(QStringLiteral(", ")));

    connect(m_blacklisted, &QCheckBox::toggled, this, &EntityDialog::updateHints);
    connect(m_township, &QComboBox::editTextChanged, this, &EntityDialog::updateHints);
    updateHints();
    finishLayout();
    m_name->setFocus();
}

QString EntityDialog::newTownshipName() const
{
    const QString name = m_township->currentText().trimmed();
    if (name.isEmpty() || m_township->findText(name, Qt::MatchFixedString) >= 0)
        return {};
    return name;
}

void EntityDialog::updateHints()
{
    const bool blacklisted = m_blacklisted->isChecked();
    m_blacklistReason->setEnabled(blacklisted);
    m_blacklistFrom->setEnabled(blacklisted);
    m_blacklistTo->setEnabled(blacklisted);
    const QString township = newTownshipName();
    setHint(QStringLiteral("township"),
            township.isEmpty() ? QString()
                               : tr("“%1” is not in the township list yet; it will be added when you save.")
                                     .arg(township));
}

Entity EntityDialog::entity() const
{
    Entity e = m_original;
    e.name = m_name->text().trimmed();
    e.creditCode = m_creditCode->text().trimmed();
    e.category = VocabularyCombo::key(m_category);
    e.ownership = VocabularyCombo::key(m_ownership);
    const QString township = m_township->currentText().trimmed();
    const int index = m_township->findText(township, Qt::MatchFixedString);
    e.townshipId = index >= 0 ? m_township->itemData(index).toLongLong() : 0;
    e.townshipName = township;
    e.address = m_address->text().trimmed();
    e.principal = m_principal->text().trimmed();
    e.phone = m_phone->text().trimmed();
    e.riskClass = VocabularyCombo::key(m_riskClass);
    e.blacklisted = m_blacklisted->isChecked();
    // An entity taken off the blacklist keeps no stale reason or dates.
    e.blacklistReason = e.blacklisted ? m_blacklistReason->text().trimmed() : QString();
    e.blacklistFrom = e.blacklisted ? m_blacklistFrom->date() : QDate();
    e.blacklistTo = e.blacklisted ? m_blacklistTo->date() : QDate();
    e.tags = splitList(m_tags->text());
    return e;
}

FieldErrors EntityDialog::currentProblems() const
{
    return entity().problems();
}

bool EntityDialog::save(QString* error)
{
    Entity e = entity();
    const QString township = newTownshipName();
    if (!township.isEmpty()
        && !MessageBox::confirm(this, tr("New township"),
                                tr("“%1” is not in the township list. Add it to the list and save the entity?")
                                    .arg(township),
                                tr("Add and save"))) {
        *error = tr("Not saved: choose a township from the list, or agree to add the new one.");
        return false;
    }
    // A township not in the list (townshipId 0, its name typed) is added with the entity.
    RegistryOperations operations(m_db, m_actor);
    const Outcome outcome = m_isNew ? operations.createEntity(e) : operations.saveEntity(e);
    if (!outcome) {
        *error = outcome.message();
        return false;
    }
    m_saved = e;
    return true;
}
