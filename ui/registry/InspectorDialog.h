// Adds or edits one inspector (执法检查人员) of the registry (库二): person, certificate (行政执法资格证), contact.
#pragma once

#include "Actor.h"
#include "Inspector.h"
#include "RecordDialog.h"

#include <optional>

class Database;
class OptionalDateEdit;
class QComboBox;
class QLineEdit;

class InspectorDialog final : public RecordDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(InspectorDialog)

public:
    // `actor`: who saves (RegistryOperations). Without `inspector` the dialog adds a new one.
    InspectorDialog(Database& db, Actor actor, const std::optional<Inspector>& inspector, QWidget* parent = nullptr);

    Inspector inspector() const;
    Inspector savedInspector() const { return m_saved; }

protected:
    FieldErrors currentProblems() const override;
    bool save(QString* error) override;

private:
    Database& m_db;
    Actor m_actor;
    Inspector m_original;
    bool m_isNew;
    Inspector m_saved;
    QLineEdit* m_code;
    QLineEdit* m_name;
    QComboBox* m_gender;
    QComboBox* m_section;
    QLineEdit* m_idCard;
    QLineEdit* m_certNo;
    OptionalDateEdit* m_certFrom;
    OptionalDateEdit* m_certTo;
    QLineEdit* m_specialties;
    QLineEdit* m_phone;
};
