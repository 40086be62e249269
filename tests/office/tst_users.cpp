// Users, roles and login: Argon2id hashes, the password rule, the lockout after 5 failed logins and its end after
// 15 minutes (on an injected clock), the role table, and the audit entries of logins and user changes.
#include "Access.h"
#include "Database.h"
#include "DemoData.h"
#include "Passwords.h"
#include "UserRepository.h"
#include "WriteTransaction.h"

#include <QSqlQuery>
#include <QTest>

Q_DECLARE_METATYPE(Access::Permission)

namespace {

struct AuditRow
{
    QString user;
    QString action;
    QString objectId;
    QString values;
};

QList<AuditRow> auditRows(Database& db)
{
    QList<AuditRow> rows;
    QSqlQuery q(db.sql());
    q.exec(QStringLiteral("SELECT user_name, action, object_id, coalesce(old_values, '') || coalesce(new_values, '') "
                          "FROM audit_log ORDER BY seq"));
    while (q.next())
        rows.append({q.value(0).toString(), q.value(1).toString(), q.value(2).toString(), q.value(3).toString()});
    return rows;
}

} // namespace

class TestUsers : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<Database> m_db;
    QDateTime m_now;
    UserRepository users()
    {
        return UserRepository(*m_db, [this] { return m_now; });
    }

    void addUser(const QString& name, const QString& role, const QString& password = QStringLiteral("secret123"))
    {
        WriteTransaction tx(*m_db);
        User user;
        user.name = name;
        user.role = role;
        QVERIFY2(users().create(tx, user, password), qPrintable(tx.error()));
        QVERIFY(user.id > 0);
        QVERIFY(tx.commit());
    }

private Q_SLOTS:
    void init()
    {
        QString error;
        m_db = Database::openInMemory(&error);
        QVERIFY2(m_db, qPrintable(error));
        m_now = QDateTime(QDate(2026, 3, 2), QTime(9, 0), Qt::UTC);
    }

    void hashVerifiesTheRightPasswordOnly()
    {
        const QString hash = Passwords::hash(QStringLiteral("口令abc123"));
        QVERIFY(hash.startsWith(QLatin1String("$argon2id$")));
        QVERIFY(!hash.contains(QLatin1String("abc123")));
        QVERIFY(Passwords::verify(hash, QStringLiteral("口令abc123")));
        QVERIFY(!Passwords::verify(hash, QStringLiteral("口令abc124")));
        QVERIFY(!Passwords::verify(hash, QString()));
        QVERIFY(!Passwords::verify(QString(), QStringLiteral("口令abc123")));
        // A fresh salt each time: the same password never gives the same hash.
        QVERIFY(Passwords::hash(QStringLiteral("口令abc123")) != hash);
    }

    void passwordRule_data()
    {
        QTest::addColumn<QString>("password");
        QTest::addColumn<bool>("accepted");
        QTest::newRow("letters and digits") << QStringLiteral("abcd1234") << true;
        QTest::newRow("Chinese letters") << QStringLiteral("昌黎教育局2026") << true;
        QTest::newRow("seven characters") << QStringLiteral("abc1234") << false;
        QTest::newRow("letters only") << QStringLiteral("abcdefghij") << false;
        QTest::newRow("digits only") << QStringLiteral("1234567890") << false;
        QTest::newRow("empty") << QString() << false;
    }
    void passwordRule()
    {
        QFETCH(QString, password);
        QFETCH(bool, accepted);
        QCOMPARE(Passwords::ruleViolation(password).isEmpty(), accepted);
        WriteTransaction tx(*m_db);
        User user;
        user.name = QStringLiteral("zhang");
        user.role = QStringLiteral("clerk");
        QCOMPARE(users().create(tx, user, password), accepted);
        if (!accepted)
            QCOMPARE(tx.error(), Passwords::ruleViolation(password));
    }

    void roles_data()
    {
        QTest::addColumn<QString>("role");
        QTest::addColumn<Access::Permission>("permission");
        QTest::addColumn<bool>("allowed");
        using P = Access::Permission;
        const QList<std::pair<P, QList<bool>>> table {
            // admin, clerk, reviewer, viewer
            {P::View, {true, true, true, true}},
            {P::EditRegistries, {true, true, false, false}},
            {P::ManagePlans, {true, true, false, false}},
            {P::Draw, {true, true, false, false}},
            {P::EnterResults, {true, true, false, false}},
            {P::ReviewResults, {true, false, true, false}},
            {P::PublishResults, {true, false, true, false}},
            {P::ManageUsers, {true, false, false, false}},
            {P::ChangeSettings, {true, false, false, false}},
            {P::Restore, {true, false, false, false}},
        };
        const QStringList roles {QStringLiteral("admin"), QStringLiteral("clerk"), QStringLiteral("reviewer"),
                                 QStringLiteral("viewer")};
        for (const auto& [permission, allowed] : table)
            for (int i = 0; i < roles.size(); ++i)
                QTest::addRow("%s %d", qPrintable(roles[i]), int(permission)) << roles[i] << permission << allowed[i];
        QTest::newRow("unknown role") << QStringLiteral("guest") << P::View << false;
    }
    void roles()
    {
        QFETCH(QString, role);
        QFETCH(Access::Permission, permission);
        QFETCH(bool, allowed);
        QCOMPARE(Access::allows(role, permission), allowed);
    }

    void refusalNamesTheRoleAndTheAction()
    {
        const QString text = Access::refusal(QStringLiteral("viewer"), Access::Permission::EditRegistries);
        QVERIFY2(text.contains(QStringLiteral("只读")), qPrintable(text));
        QVERIFY(text.contains(Access::description(Access::Permission::EditRegistries)));
    }

    void loginWithTheRightPasswordOnly()
    {
        addUser(QStringLiteral("wang"), QStringLiteral("clerk"));
        QString error;
        auto user = users().login(QStringLiteral("wang"), QStringLiteral("secret123"), &error);
        QVERIFY2(user, qPrintable(error));
        QCOMPARE(user->role, QStringLiteral("clerk"));
        QCOMPARE(m_db->currentUser(), QStringLiteral("wang"));

        // Wrong password, unknown name and a deactivated user all get the same sentence.
        QVERIFY(!users().login(QStringLiteral("wang"), QStringLiteral("secret124"), &error));
        QCOMPARE(error, UserRepository::loginRefusedText());
        QVERIFY(!users().login(QStringLiteral("nobody"), QStringLiteral("secret123"), &error));
        QCOMPARE(error, UserRepository::loginRefusedText());
        addUser(QStringLiteral("li"), QStringLiteral("admin"));
        {
            WriteTransaction tx(*m_db);
            QVERIFY(users().setActive(tx, QStringLiteral("wang"), false));
            QVERIFY(tx.commit());
        }
        QVERIFY(!users().login(QStringLiteral("wang"), QStringLiteral("secret123"), &error));
        QCOMPARE(error, UserRepository::loginRefusedText());
        QCOMPARE(users().find(QStringLiteral("wang"))->active, false); // deactivated, still there
    }

    void loginsAndFailedLoginsAreAudited()
    {
        addUser(QStringLiteral("wang"), QStringLiteral("clerk"));
        m_db->setCurrentUser(QStringLiteral("someone"));
        QString error;
        QVERIFY(!users().login(QStringLiteral("nobody"), QStringLiteral("x"), &error));
        QCOMPARE(m_db->currentUser(), QStringLiteral("someone")); // a failed login changes nobody
        QVERIFY(!users().login(QStringLiteral("wang"), QStringLiteral("wrong1234"), &error));
        QVERIFY(users().login(QStringLiteral("wang"), QStringLiteral("secret123"), &error));
        const QList<AuditRow> rows = auditRows(*m_db);
        QCOMPARE(rows.size(), 4); // create, two failures, the login
        QCOMPARE(rows[1].user, QStringLiteral("nobody"));
        QCOMPARE(rows[1].action, QStringLiteral("login_failed"));
        QVERIFY(rows[1].values.contains(QStringLiteral("unknown_user")));
        QCOMPARE(rows[2].user, QStringLiteral("wang"));
        QCOMPARE(rows[2].action, QStringLiteral("login_failed"));
        QVERIFY(rows[2].values.contains(QStringLiteral("\"failed_logins\":1")));
        QCOMPARE(rows[3].user, QStringLiteral("wang"));
        QCOMPARE(rows[3].action, QStringLiteral("login"));
        QCOMPARE(rows[3].objectId, QStringLiteral("wang"));
    }

    void fiveFailuresLockForFifteenMinutes()
    {
        addUser(QStringLiteral("wang"), QStringLiteral("clerk"));
        QString error;
        for (int i = 0; i < 4; ++i) {
            QVERIFY(!users().login(QStringLiteral("wang"), QStringLiteral("wrong1234"), &error));
            QCOMPARE(error, UserRepository::loginRefusedText());
        }
        QVERIFY(!users().login(QStringLiteral("wang"), QStringLiteral("wrong1234"), &error));
        const QString until = m_now.addSecs(15 * 60).toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm"));
        QVERIFY2(error.contains(until), qPrintable(error));
        QVERIFY(users().find(QStringLiteral("wang"))->isLocked(m_now));

        // Even the right password is refused until then.
        m_now = m_now.addSecs(14 * 60 + 59);
        QVERIFY(!users().login(QStringLiteral("wang"), QStringLiteral("secret123"), &error));
        QVERIFY2(error.contains(until), qPrintable(error));
        QVERIFY(auditRows(*m_db).last().values.contains(QStringLiteral("locked")));

        m_now = m_now.addSecs(1);
        QVERIFY2(users().login(QStringLiteral("wang"), QStringLiteral("secret123"), &error), qPrintable(error));
    }

    void successResetsTheCount()
    {
        addUser(QStringLiteral("wang"), QStringLiteral("clerk"));
        QString error;
        for (int i = 0; i < 4; ++i)
            QVERIFY(!users().login(QStringLiteral("wang"), QStringLiteral("wrong1234"), &error));
        QVERIFY(users().login(QStringLiteral("wang"), QStringLiteral("secret123"), &error));
        QCOMPARE(users().find(QStringLiteral("wang"))->failedLogins, 0);
        for (int i = 0; i < 4; ++i)
            QVERIFY(!users().login(QStringLiteral("wang"), QStringLiteral("wrong1234"), &error));
        QCOMPARE(error, UserRepository::loginRefusedText());
        QVERIFY(!users().find(QStringLiteral("wang"))->isLocked(m_now));
        QVERIFY(users().login(QStringLiteral("wang"), QStringLiteral("secret123"), &error));
    }

    void resetLiftsALockAndChangeNeedsTheCurrentPassword()
    {
        addUser(QStringLiteral("wang"), QStringLiteral("clerk"));
        QString error;
        for (int i = 0; i < 5; ++i)
            users().login(QStringLiteral("wang"), QStringLiteral("wrong1234"), &error);
        {
            WriteTransaction tx(*m_db);
            QVERIFY(users().resetPassword(tx, QStringLiteral("wang"), QStringLiteral("fresh2026")));
            QVERIFY(tx.commit());
        }
        QVERIFY2(users().login(QStringLiteral("wang"), QStringLiteral("fresh2026"), &error), qPrintable(error));
        {
            WriteTransaction tx(*m_db);
            QVERIFY(!users().changeOwnPassword(tx, QStringLiteral("wang"), QStringLiteral("secret123"),
                                               QStringLiteral("newer2026")));
            QCOMPARE(tx.error(), UserRepository::tr("The current password is wrong."));
        }
        {
            WriteTransaction tx(*m_db);
            QVERIFY(!users().changeOwnPassword(tx, QStringLiteral("wang"), QStringLiteral("fresh2026"),
                                               QStringLiteral("short1")));
        }
        {
            WriteTransaction tx(*m_db);
            QVERIFY(users().changeOwnPassword(tx, QStringLiteral("wang"), QStringLiteral("fresh2026"),
                                              QStringLiteral("newer2026")));
            QVERIFY(tx.commit());
        }
        QVERIFY(!users().login(QStringLiteral("wang"), QStringLiteral("fresh2026"), &error));
        QVERIFY(users().login(QStringLiteral("wang"), QStringLiteral("newer2026"), &error));
    }

    void noPasswordOrHashInTheAuditTrail()
    {
        addUser(QStringLiteral("wang"), QStringLiteral("clerk"), QStringLiteral("secret123"));
        QString error;
        users().login(QStringLiteral("wang"), QStringLiteral("guess4567"), &error);
        users().login(QStringLiteral("wang"), QStringLiteral("secret123"), &error);
        {
            WriteTransaction tx(*m_db);
            QVERIFY(users().resetPassword(tx, QStringLiteral("wang"), QStringLiteral("fresh2026")));
            QVERIFY(users().changeOwnPassword(tx, QStringLiteral("wang"), QStringLiteral("fresh2026"),
                                              QStringLiteral("newer2026")));
            QVERIFY(users().setRole(tx, QStringLiteral("wang"), QStringLiteral("reviewer")));
            QVERIFY(tx.commit());
        }
        const QList<AuditRow> rows = auditRows(*m_db);
        QCOMPARE(rows.size(), 6);
        QStringList actions;
        for (const AuditRow& row : rows) {
            actions << row.action;
            for (const char* secret : {"$argon2", "secret123", "guess4567", "fresh2026", "newer2026"})
                QVERIFY2(!row.values.contains(QLatin1String(secret)), qPrintable(row.values));
        }
        QCOMPARE(actions,
                 QStringList({QStringLiteral("create"), QStringLiteral("login_failed"), QStringLiteral("login"),
                              QStringLiteral("reset_password"), QStringLiteral("change_password"),
                              QStringLiteral("update")}));
    }

    void theLastAdministratorStays()
    {
        addUser(QStringLiteral("admin"), QStringLiteral("admin"));
        {
            WriteTransaction tx(*m_db);
            QVERIFY(!users().setActive(tx, QStringLiteral("admin"), false));
            QVERIFY(tx.error().contains(QStringLiteral("admin")));
        }
        {
            WriteTransaction tx(*m_db);
            QVERIFY(!users().setRole(tx, QStringLiteral("admin"), QStringLiteral("viewer")));
        }
        addUser(QStringLiteral("boss"), QStringLiteral("admin"));
        WriteTransaction tx(*m_db);
        QVERIFY(users().setRole(tx, QStringLiteral("admin"), QStringLiteral("viewer")));
        QVERIFY(!users().setActive(tx, QStringLiteral("boss"), false));
    }

    void createChecksNameAndRole()
    {
        addUser(QStringLiteral("wang"), QStringLiteral("clerk"));
        const QList<std::pair<QString, QString>> bad {{QStringLiteral("wang"), QStringLiteral("clerk")},
                                                      {QStringLiteral("wang li"), QStringLiteral("clerk")},
                                                      {QString(), QStringLiteral("clerk")},
                                                      {QStringLiteral("zhao"), QStringLiteral("guest")}};
        for (const auto& [name, role] : bad) {
            WriteTransaction tx(*m_db);
            User user;
            user.name = name;
            user.role = role;
            QVERIFY2(!users().create(tx, user, QStringLiteral("secret123")), qPrintable(name));
            QVERIFY(!tx.error().isEmpty());
        }
        QCOMPARE(users().list().size(), 1);
    }

    void demoHasOneAccountPerRole()
    {
        QString error;
        QVERIFY(!DemoData::isDemo(*m_db));
        QVERIFY2(DemoData::fill(*m_db, &error), qPrintable(error));
        QVERIFY(DemoData::isDemo(*m_db));
        QStringList roles;
        for (const User& user : users().list())
            roles << user.role;
        roles.sort();
        QCOMPARE(roles,
                 QStringList({QStringLiteral("admin"), QStringLiteral("clerk"), QStringLiteral("reviewer"),
                              QStringLiteral("viewer")}));
        QVERIFY(users().login(QStringLiteral("admin"), QStringLiteral("demo1234"), &error));
        QVERIFY(users().login(QStringLiteral("chakan"), QStringLiteral("demo1234"), &error));
    }

    void demoRefusesAFileWithUsers()
    {
        addUser(QStringLiteral("boss"), QStringLiteral("admin"));
        QString error;
        QVERIFY(!DemoData::fill(*m_db, &error));
        QVERIFY(!error.isEmpty());
        QVERIFY(!users().find(QStringLiteral("admin")));
    }
};

QTEST_GUILESS_MAIN(TestUsers)
#include "tst_users.moc"
