// Keeping the office's data safe in the window: the audit chain checked at start (in the background) with a red
// banner and one warning when it is broken, 文件 → 备份数据… / 恢复数据…, and the automatic backups at start (daily)
// and on exit. The main window holds one; MainWindow stays a frame. DataSafety knows no window: it asks for the
// audit page and tells that the data was replaced through its signals, and the core's BackupOperations decide.
#pragma once

#include "Actor.h"
#include "ChainState.h"

#include <QObject>

#include <atomic>
#include <memory>

class AuditPage;
class Database;
class QAction;
class QLabel;
class QMenu;
class QThread;
class QWidget;

class DataSafety final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DataSafety)

public:
    // `window`: the parent of its banner, its audit page and its message boxes.
    DataSafety(Database& db, QWidget* window);
    ~DataSafety() override;

    // The red line above the pages while the chain is broken (hidden otherwise).
    QWidget* banner() const { return m_banner; }
    QLabel* bannerText() const { return m_bannerText; }
    AuditPage* auditPage() const { return m_auditPage; }
    // Adds 备份数据… and 恢复数据… to the File menu.
    void addFileMenuActions(QMenu* menu);
    QAction* backupAction() const { return m_backupAction; }
    QAction* restoreAction() const { return m_restoreAction; }
    // Who works now: backups and restores are theirs (the restore action is enabled for a role with Restore).
    void setActor(const Actor& actor);
    const Actor& actor() const { return m_actor; }

    // Once the window is shown: warns when the last automatic backup failed, starts the chain check, and makes the
    // daily automatic backup when one is due (after the check, so that a broken chain keeps all older copies).
    void startUp();
    // Checks the chain in another thread (synchronously for an in-memory database); the result arrives through
    // chainChecked. A check already running is cancelled first.
    void startChainCheck();
    bool isChecking() const;
    ChainState chainState() const { return m_state; }
    // The automatic backup when the program closes; never blocks closing (a failure is logged and recorded).
    void backupOnExit();

    void backupData();
    void restoreData();

Q_SIGNALS:
    void chainChecked(const ChainState& state);
    // The banner's button: show the audit page.
    void auditPageRequested();
    // Another file's data replaced the data in use (or may have, after a failed restore): the user logged in may
    // not exist there, so the window asks who works next.
    void restored();
    // A restore replaced the data in use (or tried to; after a failure the old data is back): every page reads
    // its data again. Sent before restored().
    void dataReplaced();

private:
    void stopChainCheck();
    void applyState(const ChainState& state, bool warn);
    void dailyBackup();

    Database& m_db;
    QWidget* m_window;
    Actor m_actor;
    QWidget* m_banner;
    QLabel* m_bannerText;
    AuditPage* m_auditPage;
    QAction* m_backupAction = nullptr;
    QAction* m_restoreAction = nullptr;
    ChainState m_state;
    QThread* m_thread = nullptr;
    std::shared_ptr<std::atomic_bool> m_cancel;
    quint64 m_generation = 0; // of the check running: a late result of an earlier one is ignored
    bool m_warned = false;
    bool m_dailyPending = false;
};
