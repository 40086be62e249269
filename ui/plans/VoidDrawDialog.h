// 作废抽取: the clerk's void of the standing draw, confirmed by a second user (four eyes) — a reviewer (审核员) or an
// administrator (管理员) types their user name and password here. The dialog only asks PlanOperations::voidDraw,
// which checks every rule; it stays open with the core's sentence until the void is done or the clerk cancels.
#pragma once

#include "Actor.h"

#include <QDialog>

class Database;
class QLabel;
class QLineEdit;
class QPushButton;
struct DrawAttempt;

class VoidDrawDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(VoidDrawDialog)

public:
    VoidDrawDialog(Database& db, const Actor& actor, qint64 planId, const DrawAttempt& attempt, const QString& reason,
                   QWidget* parent = nullptr);

    QLineEdit* userEdit() const { return m_user; }
    QLineEdit* passwordEdit() const { return m_password; }
    QLabel* messageLabel() const { return m_message; }
    QPushButton* voidButton() const { return m_void; }

public Q_SLOTS:
    // Asks the core to void with the second user's name and password; accepts when it is done, else shows why
    // and clears the password.
    void accept() override;

private:
    Database& m_db;
    Actor m_actor;
    qint64 m_planId;
    QString m_reason;
    QLineEdit* m_user;
    QLineEdit* m_password;
    QLabel* m_message;
    QPushButton* m_void;
};
