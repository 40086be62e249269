// 检查审批: the clerk records the leader's approval of the draw's inspections from the signed 行政检查审批表 —
// approver, post, date and opinion — and can print the form for signing from here. The dialog only asks
// PlanOperations::approve, which checks every rule and field; it stays open with the core's sentence until the
// approval is recorded or the clerk cancels (asking before typed input is thrown away).
#pragma once

#include "Actor.h"
#include "InputSnapshot.h"

#include <QDialog>

class Database;
class DateEdit;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;

class ApprovalDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ApprovalDialog)

public:
    ApprovalDialog(Database& db, const Actor& actor, qint64 planId, QWidget* parent = nullptr);

    QLineEdit* approverEdit() const { return m_approver; }
    QLineEdit* postEdit() const { return m_post; }
    DateEdit* dateEdit() const { return m_date; }
    QPlainTextEdit* opinionEdit() const { return m_opinion; }
    QLabel* messageLabel() const { return m_message; }
    QPushButton* recordButton() const { return m_record; }

public Q_SLOTS:
    // Confirms that the approval cannot be changed once recorded, then asks the core; accepts when it is stored,
    // else shows why.
    void accept() override;
    void reject() override;

protected:
    void showEvent(QShowEvent* event) override;

private:
    void printForm();

    Database& m_db;
    Actor m_actor;
    qint64 m_planId;
    QLineEdit* m_approver;
    QLineEdit* m_post;
    DateEdit* m_date;
    QPlainTextEdit* m_opinion;
    QLabel* m_message;
    QPushButton* m_record;
    InputGuard m_guard;
};
