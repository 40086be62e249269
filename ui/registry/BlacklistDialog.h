// Puts an entity on the blacklist or takes it off (黑名单): reason (required), legal basis, document number and
// dates; the entry is kept in the blacklist's history and the entity's blacklist fields follow.
#pragma once

#include "Actor.h"
#include "BlacklistRepository.h"
#include "RecordDialog.h"

class Database;
class OptionalDateEdit;
class QDateEdit;
class QLineEdit;

class BlacklistDialog final : public RecordDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BlacklistDialog)

public:
    // adding: put on the blacklist; otherwise take off. `actor`: who does it (RegistryOperations).
    BlacklistDialog(Database& db, Actor actor, qint64 entityId, const QString& entityName, bool adding,
                    QWidget* parent = nullptr);

    BlacklistEntry entry() const;
    QLineEdit* reasonEdit() const { return m_reason; }
    QLineEdit* legalBasisEdit() const { return m_legalBasis; }
    QLineEdit* documentEdit() const { return m_document; }
    QDateEdit* fromEdit() const { return m_from; }

protected:
    FieldErrors currentProblems() const override;
    bool save(QString* error) override;

private:
    Database& m_db;
    Actor m_actor;
    qint64 m_entityId;
    bool m_adding;
    QLineEdit* m_reason;
    QLineEdit* m_legalBasis;
    QLineEdit* m_document;
    QDateEdit* m_from;
    OptionalDateEdit* m_to = nullptr;
};
