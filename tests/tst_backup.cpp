// `shuangsui-cli backup` and `restore` end to end: a backup restores to equal data with the previous data kept
// beside it; a restore refuses a cut-off file, a text file, a newer data version or a broken audit trail and then
// changes nothing.
#include "AuditTrail.h"
#include "Database.h"
#include "TestSupport.h"
#include "TownshipRepository.h"
#include "WriteTransaction.h"

#include <QDir>
#include <QFile>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using TestSupport::runCli;

namespace {

QStringList townshipNames(const QString& path)
{
    QString error;
    auto db = Database::open(path, &error);
    if (!db) {
        qWarning() << error;
        return {};
    }
    QStringList names;
    for (const Township& t : TownshipRepository(*db).list(true))
        names << t.name;
    names.sort(); // by code point
    return names;
}

qint64 auditCount(const QString& path)
{
    QString error;
    auto db = Database::open(path, &error);
    return db ? AuditTrail::count(*db, {}) : -1;
}

QString lastAction(const QString& path)
{
    QString error;
    auto db = Database::open(path, &error);
    const auto last = db ? AuditTrail::list(*db, {}, 0, 1) : std::vector<AuditEntry> {};
    return last.empty() ? QString() : last.front().action;
}

bool addTownships(const QString& path, const QStringList& names)
{
    QString error;
    auto db = Database::open(path, &error);
    if (!db)
        return false;
    TownshipRepository repo(*db);
    WriteTransaction tx(*db);
    for (const QString& name : names) {
        Township t;
        t.name = name;
        if (!repo.insert(tx, t))
            return false;
    }
    return tx.commit();
}

QByteArray readAll(const QString& path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

// The messages are checked in English (the source language); the interface default is Chinese.
QStringList cliDb(const QString& path, const QStringList& rest)
{
    return QStringList {QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("--db"), path} + rest;
}

} // namespace

class TestBackup final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_path;
    QString m_backup;

private Q_SLOTS:
    void init()
    {
        QVERIFY(m_dir.isValid());
        QDir(m_dir.path()).removeRecursively();
        QVERIFY(QDir().mkpath(m_dir.path()));
        m_path = m_dir.filePath(QStringLiteral("数据.sqlite"));
        m_backup = m_dir.filePath(QStringLiteral("备份.sqlite"));
        QVERIFY(addTownships(m_path, {QStringLiteral("城关镇"), QStringLiteral("安山镇")}));
        const auto r = runCli(cliDb(m_path, {QStringLiteral("backup"), m_backup}));
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY(r.out.contains(QStringLiteral("backup written to")));
        QVERIFY(QFileInfo(m_backup).isFile());
    }

    void backupIsRecordedAndComplete()
    {
        QCOMPARE(lastAction(m_path), QStringLiteral("backup"));
        QCOMPARE(townshipNames(m_backup), (QStringList {QStringLiteral("城关镇"), QStringLiteral("安山镇")}));
        QCOMPARE(auditCount(m_backup), 2); // the two creations; the backup entry comes after the copy
        const auto r = runCli(cliDb(m_backup, {QStringLiteral("audit"), QStringLiteral("verify")}));
        QCOMPARE(r.exitCode, 0);
    }

    void backupRefusesAnExistingFileUnlessForced()
    {
        QVERIFY(TestSupport::writeFile(m_dir.filePath(QStringLiteral("old.sqlite")), "keep me"));
        auto r = runCli(cliDb(m_path, {QStringLiteral("backup"), m_dir.filePath(QStringLiteral("old.sqlite"))}));
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(QStringLiteral("already exists")), qPrintable(r.err));
        QCOMPARE(readAll(m_dir.filePath(QStringLiteral("old.sqlite"))), QByteArray("keep me"));
        const qint64 entries = auditCount(m_path);

        r = runCli(
            cliDb(m_path,
                  {QStringLiteral("backup"), m_dir.filePath(QStringLiteral("old.sqlite")), QStringLiteral("--force")}));
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QCOMPARE(townshipNames(m_dir.filePath(QStringLiteral("old.sqlite"))).size(), 2);
        QCOMPARE(auditCount(m_path), entries + 1);

        QCOMPARE(runCli(cliDb(m_path, {QStringLiteral("backup")})).exitCode, 2);
    }

    void roundTrip()
    {
        QVERIFY(addTownships(m_path, {QStringLiteral("靖安镇")}));
        QCOMPARE(townshipNames(m_path).size(), 3);

        const auto r = runCli(cliDb(m_path, {QStringLiteral("restore"), m_backup}));
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QCOMPARE(townshipNames(m_path), (QStringList {QStringLiteral("城关镇"), QStringLiteral("安山镇")}));
        QCOMPARE(lastAction(m_path), QStringLiteral("restore"));
        QCOMPARE(auditCount(m_path), 3); // the backup's two entries and the restore
        QCOMPARE(runCli(cliDb(m_path, {QStringLiteral("audit"), QStringLiteral("verify")})).exitCode, 0);

        const QStringList kept = QDir(m_dir.path()).entryList({QStringLiteral("数据.before-restore-*.sqlite")});
        QCOMPARE(kept.size(), 1);
        QVERIFY(r.out.contains(kept.first()));
        const QString keptPath = m_dir.filePath(kept.first());
        QCOMPARE(townshipNames(keptPath).size(), 3);
        QCOMPARE(lastAction(keptPath), QStringLiteral("create"));
        // No temporary file left behind.
        QCOMPARE(QDir(m_dir.path()).entryList({QStringLiteral("*.tmp*")}), QStringList());
    }

    void restoreRefuses_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QString>("words");
        QTest::newRow("cut off") << "truncated"
                                 << "incomplete";
        QTest::newRow("cut off mid-page") << "truncatedOdd"
                                          << "incomplete";
        QTest::newRow("text file") << "text"
                                   << "not an SQLite database";
        QTest::newRow("empty file") << "empty"
                                    << "not an SQLite database";
        QTest::newRow("newer data version") << "newer"
                                            << "newer version";
        QTest::newRow("edited audit entry") << "edited"
                                            << "entry 2 was changed";
        QTest::newRow("deleted audit entry") << "deleted"
                                             << "entry 1 is missing";
        QTest::newRow("not our data file") << "foreign"
                                           << "not a shuangsui data file";
        QTest::newRow("missing") << "missing"
                                 << "does not exist";
    }

    void restoreRefuses()
    {
        QFETCH(QString, kind);
        QFETCH(QString, words);
        const QString candidate = m_dir.filePath(QStringLiteral("候选.sqlite"));
        const QByteArray backup = readAll(m_backup);
        if (kind == QLatin1String("truncated")) {
            QVERIFY(TestSupport::writeFile(candidate, backup.left(backup.size() / 2)));
        } else if (kind == QLatin1String("truncatedOdd")) {
            QVERIFY(TestSupport::writeFile(candidate, backup.left(5000)));
        } else if (kind == QLatin1String("text")) {
            QVERIFY(TestSupport::writeFile(candidate, "name,kind\n城关镇,town\n"));
        } else if (kind == QLatin1String("empty")) {
            QVERIFY(TestSupport::writeFile(candidate, QByteArray()));
        } else if (kind != QLatin1String("missing")) {
            QVERIFY(QFile::copy(m_backup, candidate));
            const QString connection = QStringLiteral("tamper");
            {
                QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connection);
                db.setDatabaseName(candidate);
                QVERIFY(db.open());
                QSqlQuery q(db);
                if (kind == QLatin1String("newer"))
                    QVERIFY(q.exec(QStringLiteral("PRAGMA user_version = %1").arg(Database::SchemaVersion + 1)));
                else if (kind == QLatin1String("edited"))
                    QVERIFY(q.exec(QStringLiteral("UPDATE audit_log SET new_values = '{}' WHERE seq = 2")));
                else if (kind == QLatin1String("deleted"))
                    QVERIFY(q.exec(QStringLiteral("DELETE FROM audit_log WHERE seq = 1")));
                else if (kind == QLatin1String("foreign"))
                    QVERIFY(q.exec(QStringLiteral("DROP TABLE audit_log")));
                db.close();
            }
            QSqlDatabase::removeDatabase(connection);
        }
        QVERIFY(addTownships(m_path, {QStringLiteral("靖安镇")}));
        const QStringList before = townshipNames(m_path);
        const QByteArray beforeBytes = readAll(m_path);
        const qint64 entries = auditCount(m_path);
        const QStringList filesBefore = QDir(m_dir.path()).entryList(QDir::Files);

        const auto r = runCli(cliDb(m_path, {QStringLiteral("restore"), candidate}));
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(words), qPrintable(r.err));
        if (kind != QLatin1String("missing")) {
            QVERIFY2(r.err.contains(QStringLiteral("Nothing was changed")), qPrintable(r.err));
            QVERIFY2(r.err.contains(QStringLiteral("候选.sqlite")), qPrintable(r.err));
        }
        QCOMPARE(readAll(m_path), beforeBytes);
        QCOMPARE(townshipNames(m_path), before);
        QCOMPARE(auditCount(m_path), entries);
        QCOMPARE(QDir(m_dir.path()).entryList(QDir::Files), filesBefore);
    }

    void restoreUsage()
    {
        QCOMPARE(runCli(cliDb(m_path, {QStringLiteral("restore")})).exitCode, 2);
        const auto r = runCli(cliDb(m_path, {QStringLiteral("restore"), m_path}));
        QCOMPARE(r.exitCode, 1);
        QCOMPARE(townshipNames(m_path).size(), 2);
    }
};

QTEST_GUILESS_MAIN(TestBackup)
#include "tst_backup.moc"
