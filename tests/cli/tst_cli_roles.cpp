// The roles of the commands whose work the core's operations check (RegistryOperations, CalendarOperations,
// BackupOperations), through the program on the demo data: a role that may not exits 3 with the core's sentence,
// before anything is read or written (a dry run too); the audit trail gets the login and nothing else, and the data
// stay as they were. A role that may runs the same command to the end.
#include "Access.h"
#include "Database.h"
#include "TestSupport.h"
#include "Translations.h"

#include <QDir>
#include <QFile>
#include <QProcessEnvironment>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

namespace {

// The tool in English, logged in as `user` (a demo account, password demo1234) unless it is empty.
TestSupport::CliResult cli(const QString& db, const QString& user, const QStringList& args)
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("SHUANGSUI_PASSWORD"), QStringLiteral("demo1234"));
    p.setProcessEnvironment(env);
    QStringList arguments {QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("--db"), db};
    if (!user.isEmpty())
        arguments << QStringLiteral("--user") << user;
    p.start(QStringLiteral(SHUANGSUI_CLI_PATH), arguments + args);
    p.waitForFinished(120000);
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, QString::fromUtf8(p.readAllStandardOutput()),
            QString::fromUtf8(p.readAllStandardError())};
}

// Every audit entry, oldest first: "action user object".
QStringList auditTrail(const QString& path)
{
    QString error;
    auto db = Database::open(path, &error, Database::OpenMode::ReadOnly);
    if (!db)
        return {error};
    QSqlQuery q(db->sql());
    q.exec(QStringLiteral("SELECT action, user_name, object_type, object_id FROM audit_log ORDER BY seq"));
    QStringList rows;
    while (q.next())
        rows << QStringList {q.value(0).toString(), q.value(1).toString(), q.value(2).toString(), q.value(3).toString()}
                    .join(QLatin1Char(' '));
    return rows;
}

// What the three commands change: the entities, the office's calendar years (settings), the users (a restore).
QStringList data(const QString& path)
{
    QString error;
    auto db = Database::open(path, &error, Database::OpenMode::ReadOnly);
    if (!db)
        return {error};
    QStringList rows;
    QSqlQuery q(db->sql());
    for (const char* sql : {"SELECT credit_code || ' ' || name FROM entity ORDER BY id",
                            "SELECT key || value FROM setting WHERE key LIKE 'calendar/%' ORDER BY key",
                            "SELECT name FROM app_user ORDER BY id"}) {
        if (!q.exec(QLatin1String(sql)))
            rows << q.lastError().text();
        while (q.next())
            rows << q.value(0).toString();
    }
    return rows;
}

} // namespace

class TestCliRoles final : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_demo;
    QString m_entities; // a CSV with one new entity
    QString m_calendar; // a calendar file with the year 2027
    QString m_backup; // a backup of the demo data with one township more than the demo

    QString path(const QString& name) const { return m_dir.filePath(name); }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        // The sentences here as the tool writes them with --lang en (the role's name too).
        QVERIFY(Translations::install(*QCoreApplication::instance(), QStringLiteral("en")));
        m_demo = path(QStringLiteral("演示.sqlite"));
        auto r = cli(m_demo, {}, {QStringLiteral("demo")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        m_entities = path(QStringLiteral("单位.csv"));
        QVERIFY(TestSupport::writeFile(m_entities,
                                       (QStringLiteral("统一社会信用代码,单位名称,类别,办学性质\n")
                                        + TestSupport::creditCode(QStringLiteral("12130322"), 77)
                                        + QStringLiteral(",角色测试小学,小学,公办\n"))
                                           .toUtf8()));
        m_calendar = path(QStringLiteral("2027.json"));
        QVERIFY(TestSupport::writeFile(
            m_calendar, R"({"year": 2027, "holidays": [{"date": "2027-01-01", "name": "元旦"}], "workdays": []})"));
        // The backup is taken of a copy whose data differ from the demo's: a restore shows.
        const QString source = path(QStringLiteral("备份源.sqlite"));
        QVERIFY(QFile::copy(m_demo, source));
        r = cli(source, QStringLiteral("luru"), {QStringLiteral("import"), QStringLiteral("entities"), m_entities});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        m_backup = path(QStringLiteral("备份.sqlite"));
        r = cli(source, {}, {QStringLiteral("backup"), m_backup});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY(data(m_backup) != data(m_demo));
    }

    void aRoleThatMayNotChangesNothing_data()
    {
        QTest::addColumn<QString>("user");
        QTest::addColumn<QString>("role");
        QTest::addColumn<QStringList>("args"); // the files are named by the placeholders ENTITIES, CALENDAR, BACKUP
        QTest::addColumn<int>("permission");
        const auto row = [](const char* name, const char* user, const char* role, const QStringList& args,
                            Access::Permission permission) {
            QTest::newRow(name) << QString::fromLatin1(user) << QString::fromLatin1(role) << args << int(permission);
        };
        const QStringList import {QStringLiteral("import"), QStringLiteral("entities"), QStringLiteral("ENTITIES")};
        const QStringList calendar {QStringLiteral("calendar"), QStringLiteral("import"), QStringLiteral("CALENDAR")};
        const QStringList restore {QStringLiteral("restore"), QStringLiteral("BACKUP")};
        const QStringList dryRun {QStringLiteral("--dry-run")};
        row("import, reviewer", "shenhe", "reviewer", import, Access::Permission::EditRegistries);
        row("import, read only", "chakan", "viewer", import, Access::Permission::EditRegistries);
        row("import --dry-run, read only", "chakan", "viewer", import + dryRun, Access::Permission::EditRegistries);
        row("calendar import, clerk", "luru", "clerk", calendar, Access::Permission::ChangeSettings);
        row("calendar import, read only", "chakan", "viewer", calendar, Access::Permission::ChangeSettings);
        row("calendar import --dry-run, reviewer", "shenhe", "reviewer", calendar + dryRun,
            Access::Permission::ChangeSettings);
        row("restore, clerk", "luru", "clerk", restore, Access::Permission::Restore);
        row("restore, reviewer", "shenhe", "reviewer", restore, Access::Permission::Restore);
        row("restore, read only", "chakan", "viewer", restore, Access::Permission::Restore);
    }
    void aRoleThatMayNotChangesNothing()
    {
        QFETCH(QString, user);
        QFETCH(QString, role);
        QFETCH(QStringList, args);
        QFETCH(int, permission);
        args.replaceInStrings(QStringLiteral("ENTITIES"), m_entities);
        args.replaceInStrings(QStringLiteral("CALENDAR"), m_calendar);
        args.replaceInStrings(QStringLiteral("BACKUP"), m_backup);
        const QString db = path(QStringLiteral("refused.sqlite"));
        QFile::remove(db);
        QVERIFY(QFile::copy(m_demo, db));
        const QStringList trail = auditTrail(db);
        const QStringList before = data(db);
        const QStringList files = QDir(m_dir.path()).entryList(QDir::Files);

        const auto r = cli(db, user, args);
        QCOMPARE(r.exitCode, 3);
        QCOMPARE(r.err.trimmed(), Access::refusal(role, Access::Permission(permission)));
        QCOMPARE(r.out, QString());
        // The login is recorded; nothing else.
        QCOMPARE(auditTrail(db),
                 trail + QStringList {QStringLiteral("login ") + user + QStringLiteral(" user ") + user});
        QCOMPARE(data(db), before);
        QCOMPARE(QDir(m_dir.path()).entryList(QDir::Files), files); // no copy kept, none left behind
    }

    // The same commands by a role that may: they run to the end and change the data.
    void aRoleThatMayDoesIt_data()
    {
        QTest::addColumn<QString>("user");
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("output");
        QTest::newRow("import, clerk") << QStringLiteral(
            "luru") << QStringList {QStringLiteral("import"), QStringLiteral("entities"), QStringLiteral("ENTITIES")}
                                       << QStringLiteral("imported 1, updated 0, rejected 0");
        QTest::newRow("calendar import, administrator")
            << QStringLiteral("admin")
            << QStringList {QStringLiteral("calendar"), QStringLiteral("import"), QStringLiteral("CALENDAR")}
            << QStringLiteral("imported 1 years, 1 changed");
        QTest::newRow("restore, administrator")
            << QStringLiteral("admin") << QStringList {QStringLiteral("restore"), QStringLiteral("BACKUP")}
            << QStringLiteral("the data as it was before is kept in");
    }
    void aRoleThatMayDoesIt()
    {
        QFETCH(QString, user);
        QFETCH(QStringList, args);
        QFETCH(QString, output);
        args.replaceInStrings(QStringLiteral("ENTITIES"), m_entities);
        args.replaceInStrings(QStringLiteral("CALENDAR"), m_calendar);
        args.replaceInStrings(QStringLiteral("BACKUP"), m_backup);
        QDir dir(path(QStringLiteral("allowed")));
        dir.removeRecursively();
        QVERIFY(dir.mkpath(QStringLiteral(".")));
        const QString db = dir.filePath(QStringLiteral("allowed.sqlite"));
        QVERIFY(QFile::copy(m_demo, db));
        const QStringList trail = auditTrail(db);
        const QStringList before = data(db);

        const auto r = cli(db, user, args);
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY2(r.out.contains(output), qPrintable(r.out));
        QVERIFY(data(db) != before);
        QVERIFY(auditTrail(db) != trail);
    }
};

QTEST_GUILESS_MAIN(TestCliRoles)
#include "tst_cli_roles.moc"
