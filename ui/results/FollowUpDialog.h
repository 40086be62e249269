// Records a follow-up visit (整改回访) of a result: the date, who went (check boxes from the visit's team), what
// they found (已整改 / 部分整改 / 未整改) and notes. Follow-up visits are only ever added.
#pragma once

#include "Actor.h"

#include "RecordDialog.h"
#include "ResultRepository.h"

class Database;
class QCheckBox;
class QComboBox;
class QDateEdit;
class QLineEdit;

class FollowUpDialog final : public RecordDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FollowUpDialog)

public:
    FollowUpDialog(Database& db, const Actor& actor, const ResultRow& row, QWidget* parent = nullptr);

    FollowUpVisit visit() const;

protected:
    FieldErrors currentProblems() const override;
    bool save(QString* error) override;

private:
    Database& m_db;
    Actor m_actor;
    ResultRow m_row;
    QDateEdit* m_date;
    QHash<QString, QCheckBox*> m_inspectors;
    QComboBox* m_outcome;
    QLineEdit* m_notes;
};
