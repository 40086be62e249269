// The main window: the navigation list on the left (概览, 抽查事项, 检查对象 …), the pages in a stack, the data
// file and the logged-in user in the status bar, the window-wide shortcuts (Ctrl+F search, Ctrl+N new, Ctrl+1…
// pages), and the session: what the user's role allows on every page, switching user, the idle lock.
#pragma once

#include "Actor.h"

#include "UserRepository.h"

#include <QHash>
#include <QMainWindow>

class DataSafety;
class Database;
class IdleWatcher;
class Page;
class QLabel;
class QListWidget;
class QStackedWidget;

class MainWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    // Builds every page of the program over the open database for the user who logged in.
    MainWindow(Database& db, const User& user, QWidget* parent = nullptr);
    // The same for an administrator without a login: the way in for tests.
    explicit MainWindow(Database& db, QWidget* parent = nullptr);

    const User& user() const { return m_user; }
    // The logged-in user as the core's operations take them.
    Actor actor() const { return {m_user.name, m_user.role}; }
    // Makes `user` the session's user: the audit entries, the status bar and every page's permissions follow.
    void setUser(const User& user);
    IdleWatcher* idleWatcher() const { return m_idle; }

    // Adds a page to the navigation, in order. `key` names it for navigation requests ("entities").
    void addPage(const QString& key, Page* page);
    Page* page(const QString& key) const;
    Page* currentPage() const;
    QString currentPageKey() const;
    void showPage(const QString& key);

    QListWidget* navigation() const { return m_navigation; }
    // The audit chain check, backups and restore of this window's data.
    DataSafety* dataSafety() const { return m_safety; }

public Q_SLOTS:
    void showAbout();
    // The idle lock: the window's content hides behind the login dialog for the same user; quitting there closes.
    void lock();
    // Logs the user out and asks who is next; quitting there closes the window.
    void switchUser();
    void changePassword();
    void manageUsers();

protected:
    void closeEvent(QCloseEvent* event) override;

private:
    void pageChanged(int index);

    Database& m_db;
    QListWidget* m_navigation;
    QStackedWidget* m_stack;
    QLabel* m_dataFile;
    QLabel* m_userLabel;
    User m_user;
    IdleWatcher* m_idle;
    QAction* m_usersAction = nullptr;
    QAction* m_settingsAction = nullptr;
    QAction* m_calendarAction = nullptr;
    // Shows the login dialog over the hidden content; false when the user chose to quit.
    bool askLogin(const QString& lockedUser);
    QList<QString> m_keys;
    QHash<QString, Page*> m_pages;
    QSet<Page*> m_stale;
    QAction* m_newAction = nullptr;
    DataSafety* m_safety = nullptr;
};
