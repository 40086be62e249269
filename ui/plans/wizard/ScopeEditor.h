// The scope of one item of a plan in step 2 of the plan wizard: undirected or directed (the conditions), the
// strata with their share or count, and the live pool counts and problems beside the fields.
#pragma once

#include "Plan.h"

#include <QHash>
#include <QList>
#include <QWidget>

class Database;
class ItemCount;
class OptionalDateEdit;
class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QGridLayout;
class QGroupBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QRadioButton;
class QSpinBox;

class ScopeEditor final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ScopeEditor)

public:
    ScopeEditor(Database& db, const PlanItemScope& scope, QWidget* parent);
    PlanItemScope scope() const;
    void showCounts(const ItemCount* count);

    // The one stratum rule and the conditions' rules, beside their fields.
    void showProblems();
    bool hasProblems() const { return !scope().problems(m_poolSizes).isEmpty(); }
    QString itemCode() const { return m_scope.itemCode; }

Q_SIGNALS:
    void changed();

private:
    struct StratumRow
    {
        QString name;
        QComboBox* mode = nullptr;
        QDoubleSpinBox* ratio = nullptr;
        QSpinBox* count = nullptr;
        QLabel* counts = nullptr;
        QLabel* error = nullptr;
    };

    void buildStrata(const QList<PlanStratum>& strata);

    PlanItemScope m_scope;
    QLabel* m_live;
    QRadioButton* m_undirected;
    QRadioButton* m_directed;
    QGroupBox* m_conditions;
    QList<QCheckBox*> m_categories;
    QList<QCheckBox*> m_ownerships;
    QListWidget* m_townships;
    QLineEdit* m_tags;
    QCheckBox* m_blacklistedOnly;
    OptionalDateEdit* m_notInspectedSince;
    QLabel* m_conditionErrors;
    QCheckBox* m_riskStrata;
    QGroupBox* m_strataBox;
    QGridLayout* m_strataGrid;
    QLabel* m_strataErrors;
    QList<StratumRow> m_rows;
    QHash<QString, int> m_poolSizes;
};
