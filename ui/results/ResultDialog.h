// Records, edits or corrects the result of one visit × item: dates, the members present (check boxes from the
// standing team), the conclusion per check point of the item's checklist, the result categories, findings, follow-up
// measure, case number, deadline and remarks; each problem beside its field, from the core's ResultVersion::problems()
// against the plan's dates (after today or before the draw refused), and a warning line when a date lies outside the
// plan's period.
#pragma once

#include "Actor.h"

#include "RecordDialog.h"
#include "ResultRepository.h"

class CheckPointsEditor;
class Database;
class OptionalDateEdit;
class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPlainTextEdit;

class ResultDialog final : public RecordDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ResultDialog)

public:
    enum class Mode {
        Create, // version 1 of a visit without a result
        Edit, // the latest version while it is entered or returned
        Correct, // a new version of a published result, with a reason
    };

    // `actor`: who records; the core's ResultOperations decide whether they may.
    ResultDialog(Database& db, const Actor& actor, const ResultRow& row, Mode mode, QWidget* parent = nullptr);

    Mode mode() const { return m_mode; }
    ResultVersion version() const; // as typed
    qint64 savedResultId() const { return m_savedResultId; }

    QDateEdit* fromEdit() const { return m_from; }
    QDateEdit* toEdit() const { return m_to; }
    QCheckBox* memberBox(const QString& inspectorCode) const;
    QCheckBox* categoryBox(const QString& key) const;
    QPlainTextEdit* findingsEdit() const { return m_findings; }
    QComboBox* followUpCombo() const { return m_followUp; }
    QLineEdit* caseNumberEdit() const { return m_caseNumber; }
    OptionalDateEdit* rectifyByEdit() const { return m_rectifyBy; }
    QLineEdit* reasonEdit() const { return m_reason; }
    // The check points of the item's checklist in this plan; null when the item has none.
    CheckPointsEditor* checkPointsEditor() const { return m_points; }
    // The warning line above the fields: a date outside the plan's period (saving stays allowed); empty if none.
    QString dateWarning() const;

protected:
    FieldErrors currentProblems() const override;
    bool save(QString* error) override;

private:
    void updateFollowUpFields();
    void updateDateWarning();
    // When a point's conclusion changes: the findings follow the 不符合 points while the clerk has not written
    // findings of their own.
    void updateFindingsFromPoints();
    ResultVersion::DateLimits limits() const;

    Database& m_db;
    Actor m_actor;
    ResultRow m_row;
    Mode m_mode;
    ResultVersion::Team m_team;
    PlanVisit m_visit;
    ResultVersion::DateLimits m_limits;
    qint64 m_savedResultId = 0;
    QDateEdit* m_from;
    QDateEdit* m_to;
    QHash<QString, QCheckBox*> m_members;
    QHash<QString, QCheckBox*> m_categories;
    QPlainTextEdit* m_findings;
    QComboBox* m_followUp;
    QLineEdit* m_caseNumber;
    OptionalDateEdit* m_rectifyBy;
    QLineEdit* m_remarks;
    QLineEdit* m_reason = nullptr;
    QLabel* m_dateWarning;
    QList<CheckPoint> m_checklist;
    CheckPointsEditor* m_points = nullptr;
    QString m_pointFindings; // the findings text last made from the points
};
