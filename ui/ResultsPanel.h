// The plan page's tab 检查结果: every visit × item of the standing draw with the state of its result (chips filter
// them), and for the selected one: record or edit (ResultDialog), submit, approve, return with a comment, publish,
// correct by a new version; its versions, follow-up visits and attached files.
#pragma once

#include "Access.h"
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
    // What the logged-in user's role allows (Access): entering, reviewing, publishing. Everything until told.
    void setAllowed(Access::Permissions allowed);
    QTableWidget* table() const { return m_table; }
    // The rows shown (after the state filter), in table order.
    const QList<ResultRow>& shownRows() const { return m_shown; }
    // Selects the row of (entity, item); false if it is not shown.
    bool selectResult(const QString& entity, const QString& itemCode);
    std::optional<ResultRow> currentRow() const;

    // The actions of the buttons, for the selected row.
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

Q_SIGNALS:
    // A result was written: the plan's status may have moved.
    void resultsChanged(qint64 planId);

private:
    Access::Permissions m_allowed = Access::permissions(QStringLiteral("admin"));
    void reload();
    void showCurrent();
    bool runWrite(const QString& title, const std::function<bool(WriteTransaction&, ResultRepository&)>& write);
    void afterWrite(const QString& entity, const QString& itemCode);

    Database& m_db;
    qint64 m_planId = 0;
    QString m_filter; // a result state, "none" for visits without a result, empty for all
    QList<ResultRow> m_rows;
    QList<ResultRow> m_shown;
    QLabel* m_summary;
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
    QTableWidget* m_followUps;
    QPushButton* m_addFollowUp;
    QTableWidget* m_attachments;
    QPushButton* m_addAttachment;
    QPushButton* m_openAttachment;
    QPushButton* m_checkAttachments;
};
