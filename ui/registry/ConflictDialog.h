// Records a conflict of interest (回避关系): which inspector must not inspect which entity, why, and for which period.
// Both are picked by typing part of a name or code; the page that opens it may fill one of them in.
#pragma once

#include "Actor.h"
#include "Conflict.h"
#include "RecordDialog.h"

#include <optional>

class Database;
class OptionalDateEdit;
class QComboBox;
class QLineEdit;
class RecordPicker;

class ConflictDialog final : public RecordDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConflictDialog)

public:
    // `actor`: who saves (RegistryOperations). For a new conflict, `conflict` may carry only inspectorId or entityId
    // (and their names) to start from.
    ConflictDialog(Database& db, Actor actor, const std::optional<Conflict>& conflict, bool isNew,
                   QWidget* parent = nullptr);

    Conflict conflict() const;
    Conflict savedConflict() const { return m_saved; }
    RecordPicker* inspectorPicker() const { return m_inspector; }
    RecordPicker* entityPicker() const { return m_entity; }

    static QString inspectorText(const QString& name, const QString& code);
    static QString entityText(const QString& name, const QString& code, const QString& creditCode);

protected:
    FieldErrors currentProblems() const override;
    bool save(QString* error) override;

private:
    Database& m_db;
    Actor m_actor;
    Conflict m_original;
    bool m_isNew;
    Conflict m_saved;
    RecordPicker* m_inspector;
    RecordPicker* m_entity;
    QComboBox* m_reason;
    QLineEdit* m_reasonText;
    OptionalDateEdit* m_validFrom;
    OptionalDateEdit* m_validTo;
};
