// The plan page after the draw: tabs 抽取结果 (the result and its printouts), 人员递补 (a member who cannot attend
// is replaced by the draw's rule, with the reason), 检查结果 (ResultsPanel) and 记录 (every attempt, voided ones with
// their reasons, voiding with a reason, and the plan's audit entries).
#pragma once

#include "Actor.h"

#include <QWidget>

class Database;
class DrawResultPanel;
class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QTabWidget;
class QTableWidget;
class ResultsPanel;

class PlanView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PlanView)

public:
    explicit PlanView(Database& db, QWidget* parent = nullptr);

    // Who is logged in: what the view enables is what the core's operations allow this user now (PlanOperations,
    // SubstitutionOperations, ResultOperations), asked again after every change.
    void setActor(const Actor& actor);

    void showPlan(qint64 planId);
    qint64 planId() const { return m_planId; }

    QTabWidget* tabs() const { return m_tabs; }
    DrawResultPanel* resultPanel() const { return m_result; }
    ResultsPanel* resultsPanel() const { return m_results; }
    QPushButton* publishButton() const { return m_publish; }
    // 检查审批…: shown while the plan is 已抽取 and its inspections are not approved.
    QPushButton* approveButton() const { return m_approve; }
    // 被检查人申请回避… on the 递补 tab: enabled when the chosen visit's team may change.
    QPushButton* recusalButton() const { return m_recusal; }
    // Opens the approval dialog (ApprovalDialog); true when an approval was recorded.
    bool approveInspections();
    // Brings the 检查结果 tab forward with its state filter set (ResultsPanel::setStateFilter).
    void showResults(const QString& stateFilter);
    // 公示: asks for a folder, writes the plan's website package into a new folder in it (Publication) with a
    // progress dialog, and offers to open it. Returns the package folder, or empty when nothing was written.
    QString publishPackage();

Q_SIGNALS:
    void backRequested();
    // A substitution, a void or a result changed the plan.
    void planChanged(qint64 planId);
    // After a void the plan is frozen again and is drawn anew in the wizard.
    void resumeRequested(qint64 planId);

private:
    QWidget* buildSubstitutionTab();
    QWidget* buildRecordTab();
    void fillMembers();
    // Enables 递补 for the chosen visit as the core allows it, and says why not when it does not.
    void updateSubstitution();
    void substitute();
    // 被检查人申请回避 for the chosen visit and member (RecusalDialog).
    void recordRecusal();
    void voidDraw();
    void refreshTabs();

    Database& m_db;
    Actor m_actor {QString(), QStringLiteral("admin")};
    qint64 m_planId = 0;
    bool m_substitutionOpen = false; // the plan allows substitutions (the visit may still refuse)
    QLabel* m_heading;
    QLabel* m_status;
    QPushButton* m_resume;
    QPushButton* m_approve;
    QPushButton* m_publish;
    QTabWidget* m_tabs;
    DrawResultPanel* m_result;
    ResultsPanel* m_results;
    QComboBox* m_visit = nullptr;
    QComboBox* m_member = nullptr;
    QLineEdit* m_reason = nullptr;
    QPushButton* m_substitute = nullptr;
    QPushButton* m_recusal = nullptr;
    QLabel* m_substituteResult = nullptr;
    QLabel* m_substituteRefusal = nullptr;
    QTableWidget* m_substitutions = nullptr;
    QTableWidget* m_attempts = nullptr;
    QLineEdit* m_voidReason = nullptr;
    QPushButton* m_void = nullptr;
    QListWidget* m_history = nullptr;
};
