// The plan page's tab 检查结果: every visit × item of the standing draw with the state of its result (chips filter
// them), and for the selected one: record or edit (ResultDialog), submit, approve, return with a comment, publish,
// correct by a new version; its versions (each viewable read-only), follow-up visits and attached files. Submit,
// approve and publish also act on several selected rows at once: one confirmation, one transaction, a summary.
#pragma once

#include "Actor.h"
#include "ResultOperations.h"
#include "ResultRepository.h"

#include <QWidget>
#include <functional>

class Database;
class QButtonGroup;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QTableWidget;

class ResultsPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ResultsPanel)

public:
    explicit ResultsPanel(Database& db, QWidget* parent = nullptr);

    void showPlan(qint64 planId);
    // The state filter (a chip): "" for all, "none" for visits without a result, a result state, or
    // unsubmittedFilter(). Unknown keys show all.
    void setStateFilter(const QString& key);
    QString stateFilter() const { return m_filter; }
    // The visits still to be submitted: not recorded, entered or returned (what the overview calls late).
    static QString unsubmittedFilter() { return QStringLiteral("unsubmitted"); }
    // From this many rows on, a bulk action shows its progress.
    static constexpr int ProgressFrom = 50;
    // Who is logged in. Every button is enabled as the core's ResultOperations allow this user on the selected
    // rows now, asked again after every change; an administrator until told.
    void setActor(const Actor& actor);
    QTableWidget* table() const { return m_table; }
    // The rows shown (after the state filter), in table order.
    const QList<ResultRow>& shownRows() const { return m_shown; }
    // Selects the row of (entity, item); false if it is not shown.
    bool selectResult(const QString& entity, const QString& itemCode);
    // The row selected, when exactly one is.
    // 现场检查笔录 of the selected row's visit, filled in from what its results recorded (blank where none is).
    void printOnSiteRecord();
    QPushButton* printOnSiteRecordButton() const { return m_printOnSite; }
    std::optional<ResultRow> currentRow() const;
    // Every selected row, in table order.
    QList<ResultRow> selectedRows() const;

    // The actions of the buttons: submit, approve and publish act on every selected row that allows it (one
    // selected row as before); the others on the one selected row.
    void recordOrEdit();
    void submit();
    void approve();
    void returnForRework();
    void publish();
    void correct();
    void addFollowUp();
    void addAttachment();
    void openAttachment();
    void checkAttachments();
    // Shows version `index` of the Versions list (oldest first) read-only (ResultVersionDialog); the current
    // entry of the list with -1.
    void viewVersion(int index = -1);

Q_SIGNALS:
    // A result was written: the plan's status may have moved.
    void resultsChanged(qint64 planId);

private:
    Actor m_actor {QString(), QStringLiteral("admin")};
    void reload();
    // Submit, approve or publish every selected row that allows it (ResultOperations::check), in one transaction.
    void runBulk(ResultAction action, const QList<ResultRow>& selected);
    // Whether any of the rows allows the action for this user.
    bool anyAllows(ResultAction action, const QList<ResultRow>& rows) const;
    static bool matchesFilter(const QString& filter, const QString& state);
    void showCurrent();
    // Shows the refusal under `title` when the operation did not succeed.
    bool report(const QString& title, const Outcome& outcome);
    void afterWrite(const QString& entity, const QString& itemCode);

    Database& m_db;
    qint64 m_planId = 0;
    QString m_filter; // a result state, "none" for visits without a result, empty for all
    QList<ResultRow> m_rows;
    QList<ResultRow> m_shown;
    QLabel* m_summary;
    QString m_recordRefusal; // why no result of the plan may be recorded now (ResultRepository::approvalProblem)
    QButtonGroup* m_chips;
    QTableWidget* m_table;
    QPushButton* m_record;
    QPushButton* m_submit;
    QPushButton* m_approve;
    QLineEdit* m_comment;
    QPushButton* m_return;
    QPushButton* m_publish;
    QPushButton* m_correct;
    QLabel* m_detailTitle;
    QListWidget* m_history;
    QPushButton* m_viewVersion;
    QPushButton* m_printOnSite;
    QTableWidget* m_followUps;
    QPushButton* m_addFollowUp;
    QTableWidget* m_attachments;
    QPushButton* m_addAttachment;
    QPushButton* m_openAttachment;
    QPushButton* m_checkAttachments;
};
