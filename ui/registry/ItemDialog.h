// Adds an inspection item (抽查事项) or changes it — a change is saved as the item's next version, and the earlier
// versions are kept. The four fixed columns of the policy (依据, 主体, 内容, 方式) come first, as on the list; the
// checklist (检查表) last.
#pragma once

#include "Actor.h"
#include "InspectionItem.h"
#include "RecordDialog.h"

#include <optional>

class ChecklistEditor;
class Database;
class OptionalDateEdit;
class QComboBox;
class QDoubleSpinBox;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QSpinBox;

class ItemDialog final : public RecordDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ItemDialog)

public:
    // `actor`: who saves (RegistryOperations). Without `item` the dialog adds a new one.
    ItemDialog(Database& db, Actor actor, const std::optional<InspectionItem>& item, QWidget* parent = nullptr);

    InspectionItem item() const;
    InspectionItem savedItem() const { return m_saved; }
    ChecklistEditor* checklistEditor() const { return m_checklist; }

protected:
    FieldErrors currentProblems() const override;
    bool save(QString* error) override;

private:
    Database& m_db;
    Actor m_actor;
    InspectionItem m_original;
    bool m_isNew;
    InspectionItem m_saved;
    QLineEdit* m_code;
    QLineEdit* m_name;
    QPlainTextEdit* m_legalBasis;
    QLineEdit* m_authority;
    QPlainTextEdit* m_content;
    QLineEdit* m_method;
    QListWidget* m_categories;
    QComboBox* m_ownerships;
    QPlainTextEdit* m_objectKinds;
    QDoubleSpinBox* m_minRatio;
    QSpinBox* m_frequency;
    OptionalDateEdit* m_effectiveFrom;
    OptionalDateEdit* m_effectiveTo;
    ChecklistEditor* m_checklist;
};
