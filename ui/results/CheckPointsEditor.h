// The check points of a result in its dialog: the plan's checklist of the item (PlanChecklist), one row a point
// with its standard, a conclusion (符合 / 不符合 / 不适用, or not yet given) and a note. Points left without a
// conclusion are not part of the result; the core asks for all or none (ResultVersion::checkPointProblems).
#pragma once

#include "Result.h"

#include <QWidget>

class QComboBox;
class QPushButton;
class QTableWidget;

class CheckPointsEditor final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CheckPointsEditor)

public:
    CheckPointsEditor(const QList<CheckPoint>& checklist, const QList<PointConclusion>& start,
                      QWidget* parent = nullptr);

    // The points with a conclusion, in the checklist's order.
    QList<PointConclusion> conclusions() const;
    QComboBox* outcomeCombo(int number) const;
    QTableWidget* table() const { return m_table; }
    QPushButton* allConformButton() const { return m_allConform; }

Q_SIGNALS:
    void changed();

private:
    QList<CheckPoint> m_checklist;
    QTableWidget* m_table;
    QList<QComboBox*> m_outcomes;
    QPushButton* m_allConform;
};
