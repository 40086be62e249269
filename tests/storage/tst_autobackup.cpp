// Automatic backups with an injected clock: the copies land in backups/ beside the data file and are complete,
// only the newest N (setting backup/keep) are kept, nothing but the program's own copies is ever deleted, the
// daily rule, and a failure that is reported, recorded and warned about without stopping anything.
#include "AuditTrail.h"
#include "AutoBackup.h"
#include "Database.h"
#include "Platform.h"
#include "TestSupport.h"
#include "TownshipRepository.h"
#include "WriteTransaction.h"

#include <QDir>
#include <QFileInfo>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

class TestAutoBackup final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    QDateTime m_now;

    AutoBackup backup()
    {
        return AutoBackup(*m_db, [this] { return m_now; });
    }

    bool setKeep(const QString& value)
    {
        WriteTransaction tx(*m_db);
        QSqlQuery& q = tx.prepare(QStringLiteral("INSERT INTO setting (key, value) VALUES (?, ?) ON CONFLICT (key) "
                                                 "DO UPDATE SET value = excluded.value"));
        q.addBindValue(AutoBackup::keepKey());
        q.addBindValue(value);
        return tx.exec(q)
            && tx.recordChange(QStringLiteral("update"), QStringLiteral("setting"), AutoBackup::keepKey(), {},
                               {{QStringLiteral("value"), value}})
            && tx.commit();
    }

    QStringList names(const QStringList& paths)
    {
        QStringList list;
        for (const QString& p : paths)
            list << QFileInfo(p).fileName();
        return list;
    }

private Q_SLOTS:
    void init()
    {
        m_db.reset();
        QVERIFY(QDir(m_dir.path()).removeRecursively());
        QVERIFY(QDir().mkpath(m_dir.path()));
        QString error;
        m_db = Database::open(m_dir.filePath(QStringLiteral("数据.sqlite")), &error);
        QVERIFY2(m_db, qPrintable(error));
        WriteTransaction tx(*m_db);
        QVERIFY(TownshipRepository(*m_db).ensure(tx, QStringLiteral("城关镇")) > 0);
        QVERIFY2(tx.commit(), qPrintable(tx.error()));
        m_now = QDateTime(QDate(2026, 3, 1), QTime(17, 2, 5));
    }

    void writesACompleteCopyBesideTheDataFile()
    {
        QString error;
        QString written;
        QVERIFY2(backup().run(&error, &written), qPrintable(error));
        QCOMPARE(written, m_dir.filePath(QStringLiteral("backups/数据-auto-20260301-170205.sqlite")));
        QVERIFY(Database::checkReplacement(written, &error));
        QCOMPARE(backup().lastBackupTime(), m_now);
        const AuditEntry last = AuditTrail::list(*m_db, {}, 0, 1).front();
        QCOMPARE(last.action, QStringLiteral("backup"));
        QCOMPARE(last.objectId, written);
        QVERIFY(last.newValues.contains("\"automatic\":true"));
        QVERIFY(!backup().lastFailure());
    }

    void keepsTheNewestN_data()
    {
        QTest::addColumn<QString>("setting");
        QTest::addColumn<int>("kept");
        QTest::newRow("default") << "" << AutoBackup::DefaultKeep;
        QTest::newRow("3") << "3" << 3;
        QTest::newRow("1") << "1" << 1;
        QTest::newRow("0 is not allowed") << "0" << AutoBackup::DefaultKeep;
        QTest::newRow("not a number") << "viele" << AutoBackup::DefaultKeep;
    }

    void keepsTheNewestN()
    {
        QFETCH(QString, setting);
        QFETCH(int, kept);
        if (!setting.isEmpty())
            QVERIFY(setKeep(setting));
        QCOMPARE(backup().keep(), kept);
        QStringList made;
        for (int i = 0; i < 12; ++i) {
            QString written;
            QVERIFY(backup().run(nullptr, &written));
            made.prepend(QFileInfo(written).fileName());
            m_now = m_now.addSecs(3600 * 7);
        }
        QCOMPARE(names(backup().ownFiles()), made.mid(0, kept));
        QCOMPARE(QDir(backup().folder()).entryList(QDir::Files, QDir::Name).size(), kept);
    }

    void keepsAllWhenAskedTo()
    {
        QVERIFY(setKeep(QStringLiteral("2")));
        for (int i = 0; i < 4; ++i) {
            QVERIFY(backup().run(nullptr, nullptr, AutoBackup::Rotation::KeepAll));
            m_now = m_now.addDays(1);
        }
        QCOMPARE(backup().ownFiles().size(), 4);
        QVERIFY(backup().run());
        QCOMPARE(backup().ownFiles().size(), 2);
    }

    void deletesOnlyItsOwnFiles()
    {
        QVERIFY(setKeep(QStringLiteral("2")));
        const QDir folder(backup().folder());
        QVERIFY(QDir().mkpath(folder.path()));
        const QStringList others = {
            QStringLiteral("数据-auto-20200101-000000.sqlite.bak"), // not exactly our name
            QStringLiteral("数据-auto-2020-01-01.sqlite"),
            QStringLiteral("数据-auto-20201399-250000.sqlite"), // no such time
            QStringLiteral("其他-auto-20200101-000000.sqlite"), // another data file's copy
            QStringLiteral("数据.before-restore-20200101-000000.sqlite"),
            QStringLiteral("手工备份.sqlite"),
        };
        for (const QString& name : others)
            QVERIFY(TestSupport::writeFile(folder.filePath(name), "keep me"));
        for (int i = 0; i < 4; ++i) {
            QVERIFY(backup().run());
            m_now = m_now.addDays(1);
        }
        QCOMPARE(backup().ownFiles().size(), 2);
        for (const QString& name : others)
            QVERIFY2(QFileInfo::exists(folder.filePath(name)), qPrintable(name));
        QVERIFY(!AutoBackup::isOwnFile(m_db->path(), others.at(3)));
        QVERIFY(AutoBackup::isOwnFile(m_db->path(), QStringLiteral("数据-auto-20200101-000000.sqlite")));
    }

    void dailyRule()
    {
        QVERIFY(backup().isDue()); // never backed up
        QVERIFY(backup().runIfDue());
        QCOMPARE(backup().ownFiles().size(), 1);
        m_now = m_now.addSecs(23 * 3600);
        QVERIFY(!backup().isDue());
        QVERIFY(backup().runIfDue());
        QCOMPARE(backup().ownFiles().size(), 1); // nothing was due
        m_now = m_now.addSecs(3600);
        QVERIFY(backup().isDue());
        QVERIFY(backup().runIfDue());
        QCOMPARE(backup().ownFiles().size(), 2);
        // A clock set back (the newest copy is from the future) does not stop backups for days.
        m_now = m_now.addDays(-3);
        QVERIFY(backup().isDue());
    }

    void failureIsReportedAndRecorded_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::newRow("backups is a file") << "file";
        // root writes into read-only folders, so this case can only fail for an ordinary user; on Windows a folder's
        // read-only attribute stops no write at all.
#ifndef Q_OS_WIN
        if (!Platform::isAdministrator())
            QTest::newRow("read-only folder") << "readonly";
#endif
    }

    void failureIsReportedAndRecorded()
    {
        QFETCH(QString, kind);
        const QString folder = backup().folder();
        if (kind == QLatin1String("file")) {
            QVERIFY(TestSupport::writeFile(folder, "not a folder"));
        } else {
            QVERIFY(QDir().mkpath(folder));
            QVERIFY(QFile::setPermissions(folder, QFileDevice::ReadOwner | QFileDevice::ExeOwner));
        }
        const qint64 entries = AuditTrail::count(*m_db, {});
        QString error;
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("^automatic backup failed: ")));
        QVERIFY(!backup().run(&error));
        QVERIFY(!error.isEmpty());
        QVERIFY2(error.contains(QDir::toNativeSeparators(folder)), qPrintable(error));
        const auto failure = backup().lastFailure();
        QVERIFY(failure);
        QCOMPARE(*failure, error);
        QCOMPARE(AuditTrail::count(*m_db, {}), entries + 1);
        QCOMPARE(AuditTrail::list(*m_db, {}, 0, 1).front().action, QStringLiteral("backup-failed"));
        QVERIFY(!AuditTrail::verify(*m_db));
        if (kind == QLatin1String("file"))
            QVERIFY(QFileInfo(folder).isFile()); // untouched
        else
            QVERIFY(QFile::setPermissions(folder,
                                          QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner));

        // Once a backup works again, there is nothing to warn about.
        if (kind == QLatin1String("file"))
            QVERIFY(QFile::remove(folder));
        m_now = m_now.addSecs(60);
        QVERIFY2(backup().run(&error), qPrintable(error));
        QVERIFY(!backup().lastFailure());
    }

    void aManualBackupDoesNotHideAFailure()
    {
        QVERIFY(TestSupport::writeFile(backup().folder(), "not a folder"));
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("^automatic backup failed: ")));
        QVERIFY(!backup().run());
        QString error;
        QVERIFY(AuditTrail::recordEvent(*m_db, QStringLiteral("backup"), QStringLiteral("database"),
                                        m_dir.filePath(QStringLiteral("手工.sqlite")), {}, &error));
        QVERIFY(backup().lastFailure());
    }
};

QTEST_GUILESS_MAIN(TestAutoBackup)
#include "tst_autobackup.moc"
