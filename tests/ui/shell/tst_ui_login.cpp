// Logging in, as the clerk meets it: the login dialog on the demo file (its hint, admin/demo1234, a wrong password's
// sentence, the lock after 5 failures), the first administrator of a new file, what a read-only user can no longer
// click, the idle lock, and the administrator's user list.
#include "AccountDialog.h"
#include "DataSafety.h"
#include "DemoData.h"
#include "EntityDialog.h"
#include "EntityPage.h"
#include "IdleWatcher.h"
#include "LoginDialog.h"
#include "MainWindow.h"
#include "PlansPage.h"
#include "UiTestSupport.h"
#include "UserManagementDialog.h"
#include "UserOperations.h"
#include "UserRepository.h"
#include "Vocabulary.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDialog>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSqlQuery>
#include <QTableView>
#include <QTableWidget>
#include <QTimer>

namespace {

User userNamed(Database& db, const QString& name)
{
    const auto user = UserRepository(db).find(name);
    if (!user)
        qFatal("no user %s", qPrintable(name));
    return *user;
}

} // namespace

class TestUiLogin : public QObject
{
    Q_OBJECT

private:
    UiTest::Fixture* m_demo = nullptr;

    // 注销并切换用户, and the login dialog answered as `name` with the demo password; true when that user is in.
    static bool switchUserTo(MainWindow& window, const QString& name)
    {
        bool loggedIn = false;
        QTimer::singleShot(300, &window, [&] {
            auto* dialog = qobject_cast<LoginDialog*>(QApplication::activeModalWidget());
            if (!dialog)
                return;
            dialog->nameEdit()->setText(name);
            dialog->passwordEdit()->setText(QStringLiteral("demo1234"));
            dialog->accept();
            loggedIn = dialog->result() == QDialog::Accepted;
        });
        window.switchUser();
        return loggedIn;
    }

private Q_SLOTS:
    void initTestCase()
    {
        UiTest::setUpApplication();
        m_demo = new UiTest::Fixture;
        QString error;
        QVERIFY2(DemoData::fill(*m_demo->db, &error), qPrintable(error));
    }
    void cleanupTestCase() { delete m_demo; }

    void demoAdministratorLogsIn()
    {
        LoginDialog dialog(*m_demo->db);
        dialog.show();
        QVERIFY(dialog.demoHint()->isVisible());
        QVERIFY(dialog.demoHint()->text().contains(QStringLiteral("demo1234")));
        QVERIFY(dialog.demoHint()->text().contains(QStringLiteral("luru")));
        dialog.nameEdit()->setText(QStringLiteral("admin"));
        dialog.passwordEdit()->setText(QStringLiteral("demo1234"));
        QTest::mouseClick(dialog.findChild<QPushButton*>(QStringLiteral("loginButton")), Qt::LeftButton);
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QVERIFY(dialog.user());
        QCOMPARE(dialog.user()->role, QStringLiteral("admin"));
        QCOMPARE(m_demo->db->currentUser(), QStringLiteral("admin"));
    }

    void wrongPasswordIsRefusedWithTheMessage()
    {
        LoginDialog dialog(*m_demo->db);
        dialog.show();
        dialog.nameEdit()->setText(QStringLiteral("shenhe"));
        dialog.passwordEdit()->setText(QStringLiteral("demo12345"));
        QTest::keyClick(dialog.passwordEdit(), Qt::Key_Return);
        QVERIFY(dialog.isVisible());
        QVERIFY(!dialog.user());
        QVERIFY(dialog.messageLabel()->isVisible());
        QCOMPARE(dialog.messageLabel()->text(), UserRepository::loginRefusedText());
        QVERIFY(dialog.passwordEdit()->text().isEmpty());
        // An unknown name reads the same.
        dialog.nameEdit()->setText(QStringLiteral("shenhe2"));
        dialog.passwordEdit()->setText(QStringLiteral("demo1234"));
        dialog.accept();
        QCOMPARE(dialog.messageLabel()->text(), UserRepository::loginRefusedText());
        // The right password still works: two failures do not lock.
        dialog.nameEdit()->setText(QStringLiteral("shenhe"));
        dialog.passwordEdit()->setText(QStringLiteral("demo1234"));
        dialog.accept();
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
    }

    void fiveFailuresShowTheLock()
    {
        UiTest::Fixture fixture;
        {
            WriteTransaction tx(*fixture.db);
            User user;
            user.name = QStringLiteral("zhao");
            user.role = QStringLiteral("clerk");
            QVERIFY(UserRepository(*fixture.db).create(tx, user, QStringLiteral("zhao2026")));
            QVERIFY(tx.commit());
        }
        LoginDialog dialog(*fixture.db);
        dialog.show();
        QVERIFY(!dialog.demoHint()->isVisible()); // not a demo file
        for (int i = 0; i < 5; ++i) {
            dialog.nameEdit()->setText(QStringLiteral("zhao"));
            dialog.passwordEdit()->setText(QStringLiteral("guess%1abc").arg(i));
            dialog.accept();
        }
        const QString until = UserRepository(*fixture.db)
                                  .find(QStringLiteral("zhao"))
                                  ->lockedUntil.toLocalTime()
                                  .toString(QStringLiteral("HH:mm"));
        QVERIFY2(dialog.messageLabel()->text().contains(until), qPrintable(dialog.messageLabel()->text()));
        dialog.passwordEdit()->setText(QStringLiteral("zhao2026"));
        dialog.accept();
        QVERIFY(!dialog.user());
        QVERIFY(dialog.messageLabel()->text().contains(until));
    }

    void firstStartCreatesTheAdministrator()
    {
        UiTest::Fixture fixture;
        AccountDialog dialog(*fixture.db, AccountDialog::Mode::FirstAdministrator);
        dialog.show();
        QCOMPARE(dialog.nameEdit()->text(), QStringLiteral("admin"));
        dialog.nameEdit()->setText(QStringLiteral("boss"));
        dialog.passwordEdit()->setText(QStringLiteral("chief2026"));
        dialog.repeatEdit()->setText(QStringLiteral("chief2025"));
        dialog.accept();
        QVERIFY(dialog.messageLabel()->isVisible());
        QVERIFY(!UserRepository(*fixture.db).hasUsers());
        dialog.repeatEdit()->setText(QStringLiteral("chief2026"));
        dialog.passwordEdit()->setText(QStringLiteral("chief"));
        dialog.repeatEdit()->setText(QStringLiteral("chief"));
        dialog.accept();
        QVERIFY(!UserRepository(*fixture.db).hasUsers()); // the password rule
        dialog.passwordEdit()->setText(QStringLiteral("chief2026"));
        dialog.repeatEdit()->setText(QStringLiteral("chief2026"));
        dialog.accept();
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QCOMPARE(dialog.user()->role, QStringLiteral("admin"));
        QCOMPARE(fixture.db->currentUser(), QStringLiteral("boss"));
    }

    void viewerSeesWriteActionsDisabled()
    {
        MainWindow window(*m_demo->db, userNamed(*m_demo->db, QStringLiteral("chakan")));
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto* status = window.findChild<QLabel*>(QStringLiteral("userLabel"));
        QVERIFY2(status->text().contains(QStringLiteral("chakan")) && status->text().contains(QStringLiteral("只读")),
                 qPrintable(status->text()));
        QVERIFY(!window.findChild<QAction*>(QStringLiteral("usersAction"))->isVisible());
        QVERIFY(!window.dataSafety()->restoreAction()->isEnabled());
        QVERIFY(window.dataSafety()->backupAction()->isEnabled());

        window.showPage(QStringLiteral("entities"));
        auto* page = qobject_cast<EntityPage*>(window.currentPage());
        QVERIFY(page);
        QVERIFY(!page->findChild<QPushButton*>(QStringLiteral("createButton"))->isEnabled());
        QVERIFY(!page->findChild<QPushButton*>(QStringLiteral("importButton"))->isEnabled());
        QVERIFY(page->findChild<QPushButton*>(QStringLiteral("exportButton"))->isEnabled()); // reading is fine
        page->tableView()->selectRow(0);
        QVERIFY(page->currentId() > 0);
        QVERIFY(!page->findChild<QPushButton*>(QStringLiteral("editButton"))->isEnabled());
        QVERIFY(!page->findChild<QPushButton*>(QStringLiteral("deactivateButton"))->isEnabled());
        QVERIFY(!page->findChild<QPushButton*>(QStringLiteral("addConflictButton"))->isEnabled());
        QVERIFY(!page->findChild<QPushButton*>(QStringLiteral("blacklistButton"))->isEnabled());
        QVERIFY(page->findChild<QPushButton*>(QStringLiteral("creditArchiveButton"))->isEnabled()); // a read
        // Neither Ctrl+N nor Enter on a row opens the form.
        QTest::keySequence(&window, QKeySequence::New);
        page->tableView()->setFocus();
        QTest::keyClick(page->tableView(), Qt::Key_Return);
        QVERIFY(!page->findChild<EntityDialog*>());

        window.showPage(QStringLiteral("plans"));
        auto* plans = qobject_cast<PlansPage*>(window.currentPage());
        QVERIFY(!plans->findChild<QPushButton*>(QStringLiteral("newPlanButton"))->isEnabled());

        // The administrator gets them back.
        window.setUser(userNamed(*m_demo->db, QStringLiteral("admin")));
        QVERIFY(plans->findChild<QPushButton*>(QStringLiteral("newPlanButton"))->isEnabled());
        QVERIFY(page->findChild<QPushButton*>(QStringLiteral("createButton"))->isEnabled());
        QVERIFY(page->findChild<QPushButton*>(QStringLiteral("editButton"))->isEnabled());
        QVERIFY(window.findChild<QAction*>(QStringLiteral("usersAction"))->isVisible());
        QVERIFY(window.dataSafety()->restoreAction()->isEnabled());
        QCOMPARE(m_demo->db->currentUser(), QStringLiteral("admin"));
    }

    void idleLockAsksTheSameUser()
    {
        MainWindow window(*m_demo->db, userNamed(*m_demo->db, QStringLiteral("luru")));
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QCOMPARE(window.idleWatcher()->interval(), 15 * 60000);
        // A dialog left open with unsaved input: covered while locked, still open with its input afterwards.
        QDialog open(&window);
        open.setWindowTitle(QStringLiteral("录入检查结果"));
        auto* input = new QLineEdit(QStringLiteral("未保存的内容"), &open);
        open.resize(400, 200);
        open.show();
        QVERIFY(QTest::qWaitForWindowExposed(&open));
        bool dialogCovered = false;
        QString dialogTitle;
        bool unlocked = false;
        QString lockedName;
        bool nameFixed = false;
        bool contentHidden = false;
        QString refusal;
        QTimer::singleShot(300, &window, [&] {
            auto* dialog = qobject_cast<LoginDialog*>(QApplication::activeModalWidget());
            if (!dialog)
                return;
            lockedName = dialog->nameEdit()->text();
            nameFixed = dialog->nameEdit()->isReadOnly();
            contentHidden = !window.centralWidget()->isVisible();
            const auto* cover = open.findChild<QWidget*>(QStringLiteral("lockCurtain"));
            dialogCovered = open.isVisible() && cover && cover->isVisible() && cover->geometry() == open.rect()
                && !cover->visibleRegion().isEmpty() && input->visibleRegion().isEmpty();
            dialogTitle = open.windowTitle();
            dialog->passwordEdit()->setText(QStringLiteral("wrong1234"));
            dialog->accept();
            refusal = dialog->messageLabel()->text();
            dialog->passwordEdit()->setText(QStringLiteral("demo1234"));
            dialog->accept();
            unlocked = dialog->result() == QDialog::Accepted;
        });
        window.idleWatcher()->setInterval(100);
        QTRY_VERIFY_WITH_TIMEOUT(unlocked, 20000);
        QCOMPARE(lockedName, QStringLiteral("luru"));
        QVERIFY(nameFixed);
        QVERIFY(contentHidden);
        QVERIFY(dialogCovered);
        QVERIFY(!dialogTitle.contains(QStringLiteral("录入")));
        QVERIFY(open.isVisible());
        QCOMPARE(input->text(), QStringLiteral("未保存的内容"));
        QVERIFY(!open.findChild<QWidget*>(QStringLiteral("lockCurtain")));
        QCOMPARE(open.windowTitle(), QStringLiteral("录入检查结果"));
        QCOMPARE(refusal, UserRepository::loginRefusedText());
        QVERIFY(window.centralWidget()->isVisible());
        QVERIFY(window.idleWatcher()->isActive());
        window.idleWatcher()->setInterval(0);
    }

    // Logging out is on the record like logging in: the trail says who stopped and who began.
    void switchingUserRecordsTheLogout()
    {
        MainWindow window(*m_demo->db, userNamed(*m_demo->db, QStringLiteral("luru")));
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(switchUserTo(window, QStringLiteral("shenhe")));
        QSqlQuery q(m_demo->db->sql());
        QVERIFY(q.exec(QStringLiteral("SELECT action, object_id FROM audit_log WHERE action IN ('logout', 'login') "
                                      "ORDER BY seq DESC LIMIT 2")));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("login"));
        QCOMPARE(q.value(1).toString(), QStringLiteral("shenhe"));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("logout"));
        QCOMPARE(q.value(1).toString(), QStringLiteral("luru"));
        QCOMPARE(m_demo->db->currentUser(), QStringLiteral("shenhe"));
    }

    // Logged out, the status bar names nobody (issue 17, 11: it kept the user who left until the next login); the
    // next user's name and role appear once they log in.
    void statusBarForgetsTheUserWhoLoggedOut()
    {
        const User clerk = userNamed(*m_demo->db, QStringLiteral("luru"));
        const User reviewer = userNamed(*m_demo->db, QStringLiteral("shenhe"));
        MainWindow window(*m_demo->db, clerk);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto* status = window.findChild<QLabel*>(QStringLiteral("userLabel"));
        QVERIFY(status);
        QVERIFY2(status->text().contains(clerk.displayName), qPrintable(status->text()));

        // Logged out, the login dialog open and then cancelled: 未登录 while it is open and after.
        QString whileAsked;
        bool asked = false;
        QTimer::singleShot(300, &window, [&] {
            auto* dialog = qobject_cast<LoginDialog*>(QApplication::activeModalWidget());
            if (!dialog)
                return;
            asked = true;
            whileAsked = status->text();
            dialog->reject();
        });
        window.switchUser();
        QVERIFY(asked);
        for (const QString& text : {whileAsked, status->text()}) {
            QCOMPARE(text, QStringLiteral("未登录"));
            QVERIFY(!text.contains(clerk.name) && !text.contains(clerk.displayName));
            QVERIFY(!text.contains(Vocabulary::userRoles().label(clerk.role)));
        }

        // Another user logs in: their name and role.
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        const bool loggedIn = switchUserTo(window, reviewer.name);
        QVERIFY(loggedIn);
        QVERIFY2(status->text().contains(reviewer.name) && status->text().contains(reviewer.displayName)
                     && status->text().contains(QStringLiteral("审核员")),
                 qPrintable(status->text()));
        QVERIFY(!status->text().contains(clerk.name) && !status->text().contains(clerk.displayName));
        QCOMPARE(m_demo->db->currentUser(), reviewer.name);
    }

    void administratorManagesUsers()
    {
        m_demo->db->setCurrentUser(QStringLiteral("admin"));
        UserManagementDialog dialog(*m_demo->db, Actor {QStringLiteral("admin"), QStringLiteral("admin")});
        dialog.show();
        QCOMPARE(dialog.table()->rowCount(), 4);
        dialog.selectName(QStringLiteral("luru"));
        QCOMPARE(dialog.selectedName(), QStringLiteral("luru"));
        dialog.roleCombo()->setCurrentIndex(dialog.roleCombo()->findData(QStringLiteral("reviewer")));
        dialog.applyRole();
        QCOMPARE(userNamed(*m_demo->db, QStringLiteral("luru")).role, QStringLiteral("reviewer"));
        dialog.toggleActive();
        QVERIFY(!userNamed(*m_demo->db, QStringLiteral("luru")).active);
        QCOMPARE(dialog.table()->rowCount(), 4); // deactivated, never deleted
        dialog.selectName(QStringLiteral("luru"));
        dialog.toggleActive();
        dialog.roleCombo()->setCurrentIndex(dialog.roleCombo()->findData(QStringLiteral("clerk")));
        dialog.applyRole();
        QVERIFY(userNamed(*m_demo->db, QStringLiteral("luru")).active);

        // One cannot deactivate oneself.
        MessageBox::resetRecord();
        dialog.selectName(QStringLiteral("admin"));
        dialog.toggleActive();
        QCOMPARE(MessageBox::shownCount(), 1);
        QCOMPARE(MessageBox::lastText(), UserOperations::tr("You cannot deactivate yourself."));
        QVERIFY(userNamed(*m_demo->db, QStringLiteral("admin")).active);
    }

    // Every user changes their own password from the window's menu; the dialog says what the core refused.
    void aClerkChangesTheirOwnPassword()
    {
        UiTest::Fixture fixture;
        QString error;
        QVERIFY2(DemoData::fill(*fixture.db, &error), qPrintable(error));
        const Actor clerk {QStringLiteral("luru"), QStringLiteral("clerk")};
        AccountDialog dialog(*fixture.db, AccountDialog::Mode::ChangePassword, clerk, clerk.user);
        dialog.show();
        dialog.currentPasswordEdit()->setText(QStringLiteral("wrong1234"));
        dialog.passwordEdit()->setText(QStringLiteral("luru2027"));
        dialog.repeatEdit()->setText(QStringLiteral("luru2027"));
        dialog.accept();
        QVERIFY(dialog.isVisible());
        QCOMPARE(dialog.messageLabel()->text(), UserRepository::tr("The current password is wrong."));
        dialog.currentPasswordEdit()->setText(QStringLiteral("demo1234"));
        dialog.accept();
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QVERIFY2(UserRepository(*fixture.db).login(clerk.user, QStringLiteral("luru2027"), &error), qPrintable(error));

        // The same dialog for someone else's account is refused: an administrator resets other passwords.
        AccountDialog other(*fixture.db, AccountDialog::Mode::ChangePassword, clerk, QStringLiteral("shenhe"));
        other.currentPasswordEdit()->setText(QStringLiteral("demo1234"));
        other.passwordEdit()->setText(QStringLiteral("shenhe2027"));
        other.repeatEdit()->setText(QStringLiteral("shenhe2027"));
        other.accept();
        QVERIFY(other.result() != int(QDialog::Accepted));
        QVERIFY(other.messageLabel()->text().contains(QStringLiteral("管理员")));
        QVERIFY2(UserRepository(*fixture.db).login(QStringLiteral("shenhe"), QStringLiteral("demo1234"), &error),
                 qPrintable(error));
    }
};

QTEST_MAIN(TestUiLogin)
#include "tst_ui_login.moc"
