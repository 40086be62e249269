// 被检查人申请回避: the clerk records the inspected party's application against a member of a visit's team and the
// decision on it (准予 / 不予, who, when). The dialog only asks SubstitutionOperations (recusalProblems, then
// recordRecusal), which checks every rule; granted, the draw's rule picks the replacement as 递补 does. It asks
// before it records and before typed input is thrown away.
#pragma once

#include "Actor.h"
#include "InputSnapshot.h"

#include <QDialog>

class Database;
class DateEdit;
class QLabel;
class QLineEdit;
class QPushButton;
class QRadioButton;

class RecusalDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RecusalDialog)

public:
    // `entity` is the visit's draw id and `member` the inspector code; the texts name them for the clerk.
    RecusalDialog(Database& db, const Actor& actor, qint64 planId, const QString& entity, const QString& visitText,
                  const QString& member, const QString& memberText, QWidget* parent = nullptr);

    DateEdit* appliedEdit() const { return m_applied; }
    QLineEdit* reasonEdit() const { return m_reason; }
    QRadioButton* grantedButton() const { return m_granted; }
    QRadioButton* refusedButton() const { return m_refused; }
    QLineEdit* decidedByEdit() const { return m_decidedBy; }
    DateEdit* decidedOnEdit() const { return m_decidedOn; }
    QLabel* messageLabel() const { return m_message; }
    QPushButton* recordButton() const { return m_record; }
    // After accept(): what happened, in one sentence for the plan page.
    QString outcomeText() const { return m_outcome; }

public Q_SLOTS:
    void accept() override;
    void reject() override;

protected:
    void showEvent(QShowEvent* event) override;

private:
    Database& m_db;
    Actor m_actor;
    qint64 m_planId;
    QString m_entity;
    QString m_member;
    QString m_memberText;
    DateEdit* m_applied;
    QLineEdit* m_reason;
    QRadioButton* m_granted;
    QRadioButton* m_refused;
    QLineEdit* m_decidedBy;
    DateEdit* m_decidedOn;
    QLabel* m_message;
    QPushButton* m_record;
    QString m_outcome;
    InputGuard m_guard;
};
