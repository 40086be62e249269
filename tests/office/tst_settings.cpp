// The office's settings: defaults on a new data file, each change stored with its own audit entry, invalid values
// refused with a message, and the bureau name shared with the printed documents.
#include "DrawDocuments.h"
#include "PlanDraw.h"
#include "PlanFixture.h"
#include "Settings.h"

#include <QLocale>
#include <QSqlQuery>
#include <QTest>

using namespace PlanFixture;

class TestSettings final : public QObject
{
    Q_OBJECT

    std::unique_ptr<Database> m_db;

    QStringList auditedKeys()
    {
        QStringList keys;
        QSqlQuery q(m_db->sql());
        q.exec(QStringLiteral("SELECT object_id FROM audit_log WHERE object_type = 'setting' ORDER BY seq"));
        while (q.next())
            keys << q.value(0).toString();
        return keys;
    }

    bool save(const SettingsValues& values, QString* error = nullptr)
    {
        WriteTransaction tx(*m_db);
        const bool ok = Settings(*m_db).save(tx, values) && tx.commit();
        if (error)
            *error = tx.error();
        return ok;
    }

private Q_SLOTS:
    void initTestCase() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates)); }
    void init() { m_db = openDatabase(); }
    void cleanup() { m_db.reset(); }

    void aNewDataFileHasTheDefaults()
    {
        const SettingsValues v = Settings(*m_db).load();
        QCOMPARE(v.bureauName, QStringLiteral("昌黎县教育局"));
        QCOMPARE(v.office, QStringLiteral("行政执法办公室"));
        QVERIFY(v.leader.isEmpty() && v.deputies.isEmpty() && v.members.isEmpty());
        QCOMPARE(v.publishInspectorNames, false);
        QCOMPARE(v.lateYellowDays, 5);
        QCOMPARE(v.lateRedDays, 10);
        QCOMPARE(v.backupKeep, 10);
        QCOMPARE(v.idleMinutes, 15);
        QVERIFY(Settings::problems(v).isEmpty());
    }

    void everyValueIsStoredUnderItsKeyAndAudited()
    {
        SettingsValues v;
        v.bureauName = QStringLiteral(" 秦皇岛市教育局 ");
        v.office = QStringLiteral("政策法规股");
        v.leader = QStringLiteral("张局长");
        v.deputies = {QStringLiteral("李副局长"), QStringLiteral(" "), QStringLiteral("王副局长")};
        v.members = {QStringLiteral("赵一"), QStringLiteral("钱二"), QStringLiteral("孙三")};
        v.publishInspectorNames = true;
        v.lateYellowDays = 3;
        v.lateRedDays = 7;
        v.backupKeep = 30;
        v.idleMinutes = 0;
        QString error;
        QVERIFY2(save(v, &error), qPrintable(error));

        const SettingsValues back = Settings(*m_db).load();
        QCOMPARE(back.bureauName, QStringLiteral("秦皇岛市教育局"));
        QCOMPARE(back.deputies, QStringList({QStringLiteral("李副局长"), QStringLiteral("王副局长")}));
        QCOMPARE(back.members.size(), 3);
        QCOMPARE(back.lateYellowDays, 3);
        QCOMPARE(back.lateRedDays, 7);
        QCOMPARE(back.backupKeep, 30);
        QCOMPARE(back.idleMinutes, 0);
        QCOMPARE(Settings(*m_db).value(QStringLiteral("security/idleMinutes")), QStringLiteral("0"));
        QVERIFY(back.publishInspectorNames);
        // The keys other parts of the program read.
        QCOMPARE(Settings(*m_db).value(QStringLiteral("overview/lateYellowDays")), QStringLiteral("3"));
        QCOMPARE(Settings(*m_db).value(QStringLiteral("overview/lateRedDays")), QStringLiteral("7"));
        QCOMPARE(Settings(*m_db).value(QStringLiteral("backup/keep")), QStringLiteral("30"));
        QCOMPARE(DrawDocuments::bureauName(*m_db), QStringLiteral("秦皇岛市教育局"));
        QCOMPARE(auditedKeys().size(), 10);
        QVERIFY(auditedKeys().contains(QStringLiteral("print/bureauName")));

        // Saving the same values again changes nothing and records nothing.
        QVERIFY(save(back));
        QCOMPARE(auditedKeys().size(), 10);
        // One change, one entry.
        SettingsValues one = back;
        one.backupKeep = 12;
        QVERIFY(save(one));
        QCOMPARE(auditedKeys(), auditedKeys().mid(0, 10) + QStringList {QStringLiteral("backup/keep")});
    }

    void thePreDrawSheetCarriesTheOfficeAndTheLeadershipGroup()
    {
        Registry r(*m_db);
        const InspectionItem item = r.item(QStringLiteral("JY-01"), {QStringLiteral("primary")});
        r.entities(10, QStringLiteral("小学"));
        r.inspectors(6);
        const Plan p = inserted(*m_db, plan({item}));
        QString error;
        QVERIFY2(PlanDraw(*m_db).freeze(p.id, &error), qPrintable(error));
        QVERIFY(!DrawDocuments::preDrawSheet(*m_db, p.id, nullptr)->html.contains(QStringLiteral("领导小组")));

        SettingsValues v;
        v.office = QStringLiteral("政策法规股");
        v.leader = QStringLiteral("张组长");
        v.members = {QStringLiteral("赵一"), QStringLiteral("钱二")};
        QVERIFY(save(v));
        const QString html = DrawDocuments::preDrawSheet(*m_db, p.id, nullptr)->html;
        QVERIFY(html.contains(QStringLiteral("政策法规股 经办人")));
        QVERIFY(html.contains(QStringLiteral("工作领导小组　组长：张组长；成员：赵一、钱二")));
    }

    // A value written by hand that the program cannot use falls back to the default rather than to "never lock".
    void anUnusableIdleTimeIsTheDefault_data()
    {
        QTest::addColumn<QString>("stored");
        QTest::addColumn<int>("minutes");
        QTest::newRow("5") << "5" << 5;
        QTest::newRow("spaces") << " 30 " << 30;
        QTest::newRow("0 = never") << "0" << 0;
        QTest::newRow("negative") << "-3" << 15;
        QTest::newRow("text") << "abc" << 15;
    }

    void anUnusableIdleTimeIsTheDefault()
    {
        QFETCH(QString, stored);
        QFETCH(int, minutes);
        QSqlQuery q(m_db->sql());
        q.prepare(QStringLiteral("INSERT INTO setting (key, value) VALUES ('security/idleMinutes', ?)"));
        q.addBindValue(stored);
        QVERIFY(q.exec());
        QCOMPARE(Settings(*m_db).load().idleMinutes, minutes);
    }

    void invalidValuesAreRefused_data()
    {
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("bureau");
        QTest::addColumn<int>("yellow");
        QTest::addColumn<int>("red");
        QTest::addColumn<int>("keep");
        QTest::addColumn<int>("idle");
        QTest::newRow("no bureau") << "bureauName" << " " << 5 << 10 << 10 << 15;
        QTest::newRow("yellow 0") << "lateYellowDays" << "局" << 0 << 10 << 10 << 15;
        QTest::newRow("red not after yellow") << "lateRedDays" << "局" << 5 << 5 << 10 << 15;
        QTest::newRow("no backups") << "backupKeep" << "局" << 5 << 10 << 0 << 15;
        QTest::newRow("idle below 0") << "idleMinutes" << "局" << 5 << 10 << 10 << -1;
        QTest::newRow("idle above 8 hours") << "idleMinutes" << "局" << 5 << 10 << 10 << 481;
    }

    void invalidValuesAreRefused()
    {
        QFETCH(QString, field);
        QFETCH(QString, bureau);
        QFETCH(int, yellow);
        QFETCH(int, red);
        QFETCH(int, keep);
        QFETCH(int, idle);
        SettingsValues v;
        v.idleMinutes = idle;
        v.bureauName = bureau;
        v.lateYellowDays = yellow;
        v.lateRedDays = red;
        v.backupKeep = keep;
        const FieldErrors errors = Settings::problems(v);
        QCOMPARE(errors.size(), 1);
        QCOMPARE(errors.first().field, field);
        QString error;
        QVERIFY(!save(v, &error));
        QCOMPARE(error, errors.first().message);
        QCOMPARE(Settings(*m_db).load(), SettingsValues());
        QVERIFY(auditedKeys().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestSettings)
#include "tst_settings.moc"
