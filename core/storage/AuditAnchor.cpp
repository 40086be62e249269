#include "AuditAnchor.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QHash>
#include <QMutex>
#include <QSettings>
#include <QSqlError>
#include <QSqlQuery>
#include <QThread>
#include <QTimer>

#include <limits>

namespace {

const QLatin1String kGroup("auditAnchors");
// Anchors of files that no longer exist are dropped once more than this many are kept (the tests make thousands
// of data files); an anchor of an existing file is never dropped.
constexpr qsizetype kPruneAbove = 64;

// The file's canonical absolute path: the same file reached by another relative path, a symbolic link or (on
// Windows) another letter case has one anchor.
QString canonicalPath(const QString& dataPath)
{
    const QFileInfo info(dataPath);
    QString path = info.canonicalFilePath();
    if (path.isEmpty()) {
        const QString folder = QFileInfo(info.absolutePath()).canonicalFilePath();
        path = folder.isEmpty() ? info.absoluteFilePath() : QDir(folder).filePath(info.fileName());
    }
#ifdef Q_OS_WIN
    path = path.toLower();
#endif
    return path;
}

// A settings key cannot hold every character of a path ('/' and '\' separate groups): the key is a digest of it,
// and the path is kept beside the anchor for whoever reads the settings.
QString groupOf(const QString& canonical)
{
    const QByteArray digest = QCryptographicHash::hash(canonical.toUtf8(), QCryptographicHash::Sha256).toHex();
    return kGroup + QLatin1Char('/') + QString::fromLatin1(digest.left(32));
}

void write(const QString& canonical, const AuditMark& mark)
{
    QSettings settings;
    const QString group = groupOf(canonical);
    settings.setValue(group + QStringLiteral("/path"), canonical);
    settings.setValue(group + QStringLiteral("/seq"), mark.seq);
    settings.setValue(group + QStringLiteral("/hash"), mark.hash);
    settings.beginGroup(kGroup);
    const QStringList keys = settings.childGroups();
    if (keys.size() > kPruneAbove) {
        for (const QString& key : keys) {
            const QString path = settings.value(key + QStringLiteral("/path")).toString();
            if (path.isEmpty() || !QFileInfo::exists(path))
                settings.remove(key);
        }
    }
    settings.endGroup();
    settings.sync();
}

// A settings write that lasts costs two fdatasync calls on Linux (the settings file and its lock file): 10 to 30 ms
// on a busy disk, more than the transaction itself. So an anchor is written at once when none was written in the
// last second, else kept in memory and written a second later (when an event loop runs), before the next write,
// or when the data file is closed (AuditAnchor::flush). A clerk's actions are seconds apart and each is written at
// once; a burst of transactions (the demo data, a test) costs one write a second. What is kept in memory is lost
// only when the program is killed within that second: the anchor then lags, which never raises a false alarm.
constexpr qint64 kWriteEveryMs = 1000;

struct Kept
{
    std::optional<AuditMark> pending;
    qint64 writtenAtMs = std::numeric_limits<qint64>::min() / 2;
    bool flushScheduled = false;
};

QMutex& keptMutex()
{
    static QMutex mutex;
    return mutex;
}

QHash<QString, Kept>& kept()
{
    static QHash<QString, Kept> map;
    return map;
}

void flushCanonical(const QString& canonical)
{
    const QMutexLocker lock(&keptMutex());
    Kept& k = kept()[canonical];
    k.flushScheduled = false;
    if (!k.pending)
        return;
    write(canonical, *k.pending);
    k.pending.reset();
    k.writtenAtMs = QDateTime::currentMSecsSinceEpoch();
}

void store(const QString& dataPath, const AuditMark& mark)
{
    const QString canonical = canonicalPath(dataPath);
    const QMutexLocker lock(&keptMutex());
    Kept& k = kept()[canonical];
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    if (now - k.writtenAtMs >= kWriteEveryMs) {
        write(canonical, mark);
        k.pending.reset();
        k.writtenAtMs = now;
        return;
    }
    k.pending = mark;
    QCoreApplication* app = QCoreApplication::instance();
    if (!k.flushScheduled && app && QThread::currentThread() == app->thread()) {
        k.flushScheduled = true;
        QTimer::singleShot(kWriteEveryMs, app, [canonical] { flushCanonical(canonical); });
    }
}

// What is kept in memory for the file, not yet written; nothing when all is written.
std::optional<AuditMark> pendingFor(const QString& canonical)
{
    const QMutexLocker lock(&keptMutex());
    const auto it = kept().constFind(canonical);
    return it == kept().cend() ? std::nullopt : it->pending;
}

void dropPending(const QString& canonical)
{
    const QMutexLocker lock(&keptMutex());
    kept().remove(canonical);
}

} // namespace

bool AuditAnchor::isKept(const QString& dataPath)
{
    return !QCoreApplication::organizationName().isEmpty() && !dataPath.isEmpty()
        && dataPath != QLatin1String(":memory:");
}

std::optional<AuditMark> AuditAnchor::load(const QString& dataPath)
{
    if (!isKept(dataPath))
        return std::nullopt;
    const QString canonical = canonicalPath(dataPath);
    if (const auto pending = pendingFor(canonical))
        return pending;
    const QSettings settings;
    const QString group = groupOf(canonical);
    bool ok = false;
    AuditMark mark;
    mark.seq = settings.value(group + QStringLiteral("/seq")).toLongLong(&ok);
    mark.hash = settings.value(group + QStringLiteral("/hash")).toString();
    if (!ok || mark.seq <= 0 || mark.hash.isEmpty())
        return std::nullopt;
    return mark;
}

void AuditAnchor::advance(const QString& dataPath, const QSqlDatabase& db, const AuditMark& newest)
{
    if (!isKept(dataPath) || newest.seq <= 0)
        return;
    if (const auto remembered = load(dataPath)) {
        if (remembered->seq >= newest.seq)
            return;
        QSqlQuery q(db);
        q.prepare(QStringLiteral("SELECT hash FROM audit_log WHERE seq = ?"));
        q.addBindValue(remembered->seq);
        if (!q.exec() || !q.next() || q.value(0).toString() != remembered->hash)
            return;
    }
    store(dataPath, newest);
}

void AuditAnchor::advance(const QString& dataPath, const QSqlDatabase& db)
{
    if (!isKept(dataPath))
        return;
    if (const auto newest = newestEntry(db))
        advance(dataPath, db, *newest);
}

void AuditAnchor::reset(const QString& dataPath, const QSqlDatabase& db)
{
    if (!isKept(dataPath))
        return;
    if (const auto newest = newestEntry(db)) {
        dropPending(canonicalPath(dataPath));
        store(dataPath, *newest);
    } else {
        forget(dataPath);
    }
}

void AuditAnchor::forget(const QString& dataPath)
{
    if (!isKept(dataPath))
        return;
    const QString canonical = canonicalPath(dataPath);
    dropPending(canonical);
    QSettings settings;
    const QString group = groupOf(canonical);
    if (!settings.contains(group + QStringLiteral("/seq")))
        return; // nothing to remove: no settings write (each costs a synced file write)
    settings.remove(group);
    settings.sync();
}

void AuditAnchor::flush(const QString& dataPath)
{
    if (isKept(dataPath))
        flushCanonical(canonicalPath(dataPath));
}

std::optional<AuditMark> AuditAnchor::newestEntry(const QSqlDatabase& db)
{
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("SELECT seq, hash FROM audit_log ORDER BY seq DESC LIMIT 1")) || !q.next())
        return std::nullopt;
    return AuditMark {q.value(0).toLongLong(), q.value(1).toString()};
}

std::optional<AuditProblem> AuditAnchor::check(const QSqlDatabase& db, const AuditMark& anchor)
{
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("SELECT max(seq) FROM audit_log")) || !q.next())
        return AuditProblem {0, tr("The audit trail cannot be read: %1").arg(q.lastError().text())};
    const qint64 last = q.value(0).isNull() ? 0 : q.value(0).toLongLong();
    if (last < anchor.seq) {
        if (last == 0)
            return AuditProblem {1,
                                 tr("All audit entries were deleted: the trail is empty, but this program has "
                                    "already written or verified entry %1 in this data file.")
                                     .arg(anchor.seq)};
        return AuditProblem {last + 1,
                             tr("Audit entry %1 and every entry after it were deleted: the trail now ends at entry "
                                "%2, but this program has already written or verified entry %3 in this data file.")
                                 .arg(last + 1)
                                 .arg(last)
                                 .arg(anchor.seq)};
    }
    q.prepare(QStringLiteral("SELECT hash FROM audit_log WHERE seq = ?"));
    q.addBindValue(anchor.seq);
    if (!q.exec())
        return AuditProblem {0, tr("The audit trail cannot be read: %1").arg(q.lastError().text())};
    if (!q.next() || q.value(0).toString() != anchor.hash)
        return AuditProblem {anchor.seq,
                             tr("Audit entry %1 is not the entry this program wrote or verified under that number: "
                                "entries up to it were deleted and others written in their place.")
                                 .arg(anchor.seq)};
    return std::nullopt;
}
