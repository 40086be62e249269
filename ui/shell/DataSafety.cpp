#include "DataSafety.h"

#include "AuditAnchor.h"
#include "AuditPage.h"
#include "AutoBackup.h"
#include "BackupOperations.h"
#include "Database.h"
#include "FileDialog.h"
#include "MessageBox.h"
#include "PlainText.h"
#include "UserRepository.h"

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QMenu>
#include <QPushButton>
#include <QSettings>
#include <QThread>

namespace {

ChainState stateOf(const std::optional<AuditProblem>& problem, qint64 entries)
{
    ChainState state;
    if (problem) {
        state.kind = ChainState::Kind::Broken;
        state.badSeq = problem->seq;
        state.message = problem->message;
    } else {
        state.kind = ChainState::Kind::Whole;
        state.entries = entries;
    }
    return state;
}

} // namespace

DataSafety::DataSafety(Database& db, QWidget* window)
    : QObject(window)
    , m_db(db)
    , m_window(window)
    , m_banner(new QWidget(window))
    , m_bannerText(new PlainLabel(m_banner))
    , m_auditPage(new AuditPage(db, window))
{
    m_banner->setObjectName(QStringLiteral("chainBrokenBanner"));
    m_banner->setAutoFillBackground(true);
    m_banner->setStyleSheet(QStringLiteral("#chainBrokenBanner { background: #c62828; } "
                                           "#chainBrokenBanner QLabel { color: white; font-weight: bold; }"));
    auto* layout = new QHBoxLayout(m_banner);
    layout->setContentsMargins(12, 6, 12, 6);
    m_bannerText->setObjectName(QStringLiteral("chainBrokenText"));
    m_bannerText->setWordWrap(true);
    m_bannerText->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto* show = new QPushButton(tr("Open the audit log"), m_banner);
    show->setObjectName(QStringLiteral("openAuditButton"));
    layout->addWidget(m_bannerText, 1);
    layout->addWidget(show);
    m_banner->hide();
    connect(show, &QPushButton::clicked, this, &DataSafety::auditPageRequested);
    connect(m_auditPage, &AuditPage::chainChecked, this, [this](const ChainState& state) { applyState(state, false); });
}

DataSafety::~DataSafety()
{
    stopChainCheck();
}

void DataSafety::addFileMenuActions(QMenu* menu)
{
    m_backupAction = menu->addAction(tr("&Back up data…"), this, &DataSafety::backupData);
    m_backupAction->setObjectName(QStringLiteral("backupAction"));
    m_backupAction->setToolTip(tr("Save a complete copy of the data file."));
    m_restoreAction = menu->addAction(tr("&Restore data…"), this, &DataSafety::restoreData);
    m_restoreAction->setObjectName(QStringLiteral("restoreAction"));
    m_restoreAction->setToolTip(tr("Go back to a backup; the data as it is now is kept beside it first."));
    setActor(m_actor);
}

void DataSafety::setActor(const Actor& actor)
{
    m_actor = actor;
    const BackupOperations operations(m_db, m_actor);
    if (m_backupAction)
        m_backupAction->setEnabled(operations.checkBackup().ok());
    if (m_restoreAction)
        m_restoreAction->setEnabled(operations.checkRestore().ok());
}

void DataSafety::startUp()
{
    AutoBackup autoBackup(m_db);
    if (const auto failure = autoBackup.lastFailure())
        MessageBox::warning(m_window, tr("The last automatic backup failed"),
                            tr("The last automatic backup into %1 failed:\n\n%2\n\nCheck that the folder can be "
                               "written, or make a backup now with File → Back up data….")
                                .arg(QDir::toNativeSeparators(autoBackup.folder()), *failure));
    m_dailyPending = true;
    startChainCheck();
}

bool DataSafety::isChecking() const
{
    return m_thread != nullptr;
}

void DataSafety::startChainCheck()
{
    stopChainCheck();
    ChainState checking;
    checking.kind = ChainState::Kind::Checking;
    m_state = checking;
    m_auditPage->setChainState(checking);
    if (m_db.path() == QLatin1String(":memory:")) {
        qint64 entries = 0;
        const auto problem = AuditTrail::verify(m_db, &entries);
        applyState(stateOf(problem, entries), true);
        return;
    }
    m_cancel = std::make_shared<std::atomic_bool>(false);
    const auto cancel = m_cancel;
    const QString path = m_db.path();
    const quint64 generation = ++m_generation;
    m_thread = QThread::create([this, path, cancel, generation] {
        qint64 entries = 0;
        bool cancelled = false;
        const auto problem = AuditTrail::verifyFile(
            path, &entries, [cancel](qint64, qint64) { return !cancel->load(); }, &cancelled);
        if (cancelled)
            return;
        const ChainState state = stateOf(problem, entries);
        // Queued to this object: dropped if it is gone (its destructor waits for this thread first anyway).
        QMetaObject::invokeMethod(
            this,
            [this, state, generation] {
                if (generation != m_generation)
                    return;
                if (m_thread) {
                    m_thread->wait();
                    m_thread->deleteLater();
                    m_thread = nullptr;
                }
                // Verified whole, against the anchor too: the anchor moves up to the newest entry (on this
                // thread, where the writes happen).
                if (state.kind == ChainState::Kind::Whole)
                    AuditAnchor::advance(m_db.path(), m_db.sql());
                applyState(state, true);
            },
            Qt::QueuedConnection);
    });
    m_thread->start(QThread::LowPriority);
}

void DataSafety::stopChainCheck()
{
    if (!m_thread)
        return;
    m_cancel->store(true);
    ++m_generation;
    m_thread->wait();
    delete m_thread;
    m_thread = nullptr;
}

void DataSafety::applyState(const ChainState& state, bool warn)
{
    m_state = state;
    m_auditPage->setChainState(state);
    const bool broken = state.kind == ChainState::Kind::Broken;
    if (broken) {
        m_bannerText->setText(
            tr("The audit trail is broken at entry %1: %2 The data can still be viewed, exported and printed; "
               "restore a backup from before the break, or ask the administrator.")
                .arg(state.badSeq)
                .arg(state.message));
    }
    m_banner->setVisible(broken);
    if (broken && warn && !m_warned) {
        m_warned = true;
        MessageBox::warning(m_window, tr("The audit trail is not intact"),
                            tr("Audit entry %1 is not as it was written:\n\n%2\n\nSomeone changed the data file "
                               "outside this program. The program stays usable; keep this file for the auditor "
                               "and restore a backup from before the break, or ask the administrator.")
                                .arg(state.badSeq)
                                .arg(state.message));
    }
    if (m_dailyPending && state.kind != ChainState::Kind::Checking) {
        m_dailyPending = false;
        dailyBackup();
    }
    Q_EMIT chainChecked(state);
}

void DataSafety::dailyBackup()
{
    AutoBackup autoBackup(m_db);
    QString error;
    const auto rotation
        = m_state.kind == ChainState::Kind::Whole ? AutoBackup::Rotation::DeleteOldest : AutoBackup::Rotation::KeepAll;
    if (!autoBackup.runIfDue(&error, nullptr, rotation))
        MessageBox::warning(m_window, tr("Automatic backup failed"),
                            tr("The daily automatic backup could not be written:\n\n%1").arg(error));
}

void DataSafety::backupOnExit()
{
    stopChainCheck();
    const auto rotation
        = m_state.kind == ChainState::Kind::Whole ? AutoBackup::Rotation::DeleteOldest : AutoBackup::Rotation::KeepAll;
    AutoBackup(m_db).run(nullptr, nullptr, rotation); // a failure is logged and recorded; the next start warns
}

void DataSafety::backupData()
{
    QSettings settings;
    const QString dir
        = settings.value(QStringLiteral("backup/lastDir"), QFileInfo(m_db.path()).absolutePath()).toString();
    const QString name = QStringLiteral("shuangsui-备份-%1.sqlite")
                             .arg(QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmm")));
    QString path = FileDialog::getSaveFileName(m_window, tr("Back up data"), QDir(dir).filePath(name),
                                               tr("Data files (*.sqlite);;All files (*)"));
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().isEmpty())
        path += QStringLiteral(".sqlite");
    settings.setValue(QStringLiteral("backup/lastDir"), QFileInfo(path).absolutePath());
    qint64 bytes = 0;
    QApplication::setOverrideCursor(Qt::WaitCursor);
    // The save dialog has asked before replacing a file.
    const Outcome outcome = BackupOperations(m_db, m_actor).backup(path, true, &bytes);
    QApplication::restoreOverrideCursor();
    if (!outcome) {
        MessageBox::warning(m_window, tr("No backup was made"), outcome.message());
        return;
    }
    m_auditPage->reloadData();
    MessageBox::information(m_window, tr("Backup saved"),
                            tr("A complete copy of the data (%1 KB) was saved as %2.")
                                .arg((bytes + 1023) / 1024)
                                .arg(QDir::toNativeSeparators(QFileInfo(path).absoluteFilePath())));
}

void DataSafety::restoreData()
{
    QSettings settings;
    const QString dir
        = settings.value(QStringLiteral("backup/lastDir"), QFileInfo(m_db.path()).absolutePath()).toString();
    const QString path = FileDialog::getOpenFileName(m_window, tr("Restore data from a backup"), dir,
                                                     tr("Data files (*.sqlite *.db);;All files (*)"));
    if (path.isEmpty())
        return;
    BackupOperations operations(m_db, m_actor);
    std::optional<RestoreCandidate> candidate;
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const Outcome prepared = operations.prepareRestore(path, &candidate);
    QApplication::restoreOverrideCursor();
    if (!prepared) {
        MessageBox::warning(m_window, tr("This file cannot be restored"),
                            tr("%1\n\nNothing was changed.").arg(prepared.message()));
        return;
    }
    const QString when = candidate->lastChange.isValid()
        ? candidate->lastChange.toString(QStringLiteral("yyyy-MM-dd HH:mm"))
        : candidate->modified.toString(QStringLiteral("yyyy-MM-dd HH:mm"));
    const bool goAhead = MessageBox::confirm(
        m_window, tr("Restore data"),
        tr("Replace all data with the backup %1?\n\nIts data was last changed on %2; data version %3; %Ln audit "
           "entries, verified intact.\n\nThe data as it is now is first saved beside the data file, so this "
           "can be undone by restoring that copy.",
           nullptr, int(qMin<qint64>(candidate->entries, std::numeric_limits<int>::max())))
            .arg(QDir::toNativeSeparators(candidate->source), when)
            .arg(candidate->schemaVersion),
        tr("Restore"));
    if (!goAhead) {
        BackupOperations::discard(*candidate);
        return;
    }
    stopChainCheck();
    QString kept;
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const Outcome outcome = operations.restore(*candidate, &kept);
    QApplication::restoreOverrideCursor();
    // Every page reads the data again, whatever happened: after a failed replace the old data is back.
    Q_EMIT dataReplaced();
    startChainCheck();
    if (!outcome) {
        const QString error = outcome.message();
        MessageBox::critical(
            m_window, tr("The data was not restored"),
            kept.isEmpty()
                ? tr("%1\n\nNothing was changed.").arg(error)
                : tr("%1\n\nThe data as it was before is kept in %2.").arg(error, QDir::toNativeSeparators(kept)));
        if (!kept.isEmpty())
            Q_EMIT restored();
        return;
    }
    QString text = tr("The data of %1 is now in use. The data as it was before is kept in %2.")
                       .arg(QDir::toNativeSeparators(candidate->source), QDir::toNativeSeparators(kept));
    if (UserRepository(m_db).hasUsers())
        text += QLatin1Char(' ') + tr("Log in again with an account of the restored data.");
    MessageBox::information(m_window, tr("Data restored"), text);
    Q_EMIT restored();
}
