// Adds or edits one entity (检查对象), laid out like the registry's paper form. The township list is editable: a
// new name is added to the list (after asking) in the same transaction as the entity.
#pragma once

#include "Actor.h"
#include "Entity.h"
#include "RecordDialog.h"

#include <optional>

class Database;
class OptionalDateEdit;
class QCheckBox;
class QComboBox;
class QLineEdit;

class EntityDialog final : public RecordDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EntityDialog)

public:
    // `actor`: who saves (RegistryOperations). Without `entity` the dialog adds a new one.
    EntityDialog(Database& db, Actor actor, const std::optional<Entity>& entity, QWidget* parent = nullptr);

    // The entity as typed (for a new one, id and code are set by the save).
    Entity entity() const;
    qint64 savedId() const { return m_saved.id; }
    Entity savedEntity() const { return m_saved; }

protected:
    FieldErrors currentProblems() const override;
    bool save(QString* error) override;

private:
    // The township typed that is not in the list yet, empty otherwise.
    QString newTownshipName() const;
    void updateHints();

    Database& m_db;
    Actor m_actor;
    Entity m_original;
    bool m_isNew;
    Entity m_saved;
    QLineEdit* m_code;
    QLineEdit* m_name;
    QLineEdit* m_creditCode;
    QComboBox* m_category;
    QComboBox* m_ownership;
    QComboBox* m_township;
    QLineEdit* m_address;
    QLineEdit* m_principal;
    QLineEdit* m_phone;
    QComboBox* m_riskClass;
    QCheckBox* m_blacklisted;
    QLineEdit* m_blacklistReason;
    OptionalDateEdit* m_blacklistFrom;
    OptionalDateEdit* m_blacklistTo;
    QLineEdit* m_tags;
};
