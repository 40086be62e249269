// Draw discipline (issue 17, 7): voiding a draw needs a second user (four eyes) — a reviewer or an administrator
// other than the clerk, with their password, counted towards the lock as a login is — and both names are on the
// record; a seed of an earlier attempt of the plan is never used again; the same seed in another plan is allowed
// and noted.
#include "DrawDocuments.h"
#include "PlanDraw.h"
#include "PlanFixture.h"
#include "PlanOperations.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QSqlQuery>
#include <QTest>

using namespace PlanFixture;

namespace {

const Actor kClerk {QStringLiteral("luru"), QStringLiteral("clerk")};
const QString kReason = QStringLiteral("见证人未到场");
const QString kFirstSeed = QStringLiteral("31415926535897932384");

// The new values of the newest audit entry with this action, and who wrote it.
std::pair<QJsonObject, QString> lastEntry(Database& db, const QString& action, QString* object = nullptr)
{
    QSqlQuery q(db.sql());
    q.prepare(QStringLiteral(
        "SELECT new_values, user_name, object_id FROM audit_log WHERE action = ? ORDER BY seq DESC LIMIT 1"));
    q.addBindValue(action);
    if (!q.exec() || !q.next())
        return {};
    if (object)
        *object = q.value(2).toString();
    return {QJsonDocument::fromJson(q.value(0).toString().toUtf8()).object(), q.value(1).toString()};
}

int failedLogins(Database& db, const QString& name)
{
    return UserRepository(db).find(name)->failedLogins;
}

} // namespace

class TestVoidDraw final : public QObject
{
    Q_OBJECT

    std::unique_ptr<Database> m_db;
    InspectionItem m_item;
    Plan m_plan;

    Plan newPlan(const QString& title)
    {
        Plan p = plan({m_item});
        p.title = title;
        p.witnesses = {{QStringLiteral("王建国"), QStringLiteral("npc_deputy"), QStringLiteral("县人大常委会")}};
        return inserted(*m_db, p);
    }

    std::optional<DrawAttempt> drawWith(const Plan& p, const QString& digits, QString* error)
    {
        PlanDraw draw(*m_db);
        const auto attempt = draw.addSeed(p.id, {SeedPart::fromWitness(QStringLiteral("王建国"), digits)}, error);
        if (!attempt || !draw.draw(attempt->id, error))
            return std::nullopt;
        return draw.attempt(attempt->id);
    }

    QString status() const { return PlanRepository(*m_db).find(m_plan.id)->status; }

private Q_SLOTS:
    void initTestCase() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates)); }

    void init()
    {
        m_db = openDatabase();
        Registry r(*m_db);
        m_item = r.item(QStringLiteral("JY-01"), {QStringLiteral("primary")}, 1000);
        r.entities(30, QStringLiteral("昌黎县小学"));
        r.inspectors(6);
        m_plan = newPlan(QStringLiteral("2026年4月抽查"));
        QString error;
        QVERIFY2(PlanDraw(*m_db).freeze(m_plan.id, &error), qPrintable(error));
        QVERIFY2(drawWith(m_plan, kFirstSeed, &error), qPrintable(error));
        addUser(*m_db, QStringLiteral("luru"), QStringLiteral("clerk"));
        addUser(*m_db, QStringLiteral("shenhe"), QStringLiteral("reviewer"));
        // The clerk is logged in: the audit entries name them.
        m_db->setCurrentUser(kClerk.user);
    }

    void cleanup() { m_db.reset(); }

    // Every way the four-eyes rule refuses, each with its own sentence; nothing is voided.
    void theVoidNeedsASecondUser_data()
    {
        QTest::addColumn<QString>("reason");
        QTest::addColumn<QString>("user");
        QTest::addColumn<QString>("password");
        QTest::addColumn<QString>("message");
        const QString right = userPassword();
        QTest::newRow("no reason") << QString() << QStringLiteral("shenhe") << right << PlanDraw::noVoidReasonText();
        QTest::newRow("no second user") << kReason << QString() << QString() << PlanDraw::noConfirmationText();
        QTest::newRow("blank second user")
            << kReason << QStringLiteral("  ") << right << PlanDraw::noConfirmationText();
        QTest::newRow("the same user") << kReason << QStringLiteral("luru") << right
                                       << QStringLiteral("You cannot confirm your own void: a second user, a reviewer "
                                                         "(审核员) or an administrator (管理员), enters their user "
                                                         "name and password.");
        QTest::newRow("unknown user") << kReason << QStringLiteral("nobody") << right
                                      << QStringLiteral("There is no user named nobody.");
        QTest::newRow("deactivated") << kReason << QStringLiteral("old") << right
                                     << QStringLiteral("The user old is deactivated.");
        QTest::newRow("a clerk may not confirm")
            << kReason << QStringLiteral("luru2") << right
            << QStringLiteral("luru2 has the role Clerk and may not confirm a void: a reviewer (审核员) or an "
                              "administrator (管理员) confirms it.");
        QTest::newRow("read only may not confirm")
            << kReason << QStringLiteral("chakan") << right
            << QStringLiteral("chakan has the role Read only and may not confirm a void: a reviewer (审核员) or an "
                              "administrator (管理员) confirms it.");
        QTest::newRow("no password") << kReason << QStringLiteral("shenhe") << QString()
                                     << PlanOperations::noConfirmingPasswordText(QStringLiteral("shenhe"));
        QTest::newRow("wrong password") << kReason << QStringLiteral("shenhe") << QStringLiteral("wrong123")
                                        << QStringLiteral("The password of shenhe is wrong.");
    }

    void theVoidNeedsASecondUser()
    {
        QFETCH(QString, reason);
        QFETCH(QString, user);
        QFETCH(QString, password);
        QFETCH(QString, message);
        addUser(*m_db, QStringLiteral("luru2"), QStringLiteral("clerk"));
        addUser(*m_db, QStringLiteral("chakan"), QStringLiteral("viewer"));
        addUser(*m_db, QStringLiteral("old"), QStringLiteral("reviewer"), false);
        const Outcome o = PlanOperations(*m_db, kClerk).voidDraw(m_plan.id, reason, user, password);
        QCOMPARE(o.kind(), Outcome::Kind::RefusedByRule);
        QCOMPARE(o.message(), message);
        QCOMPARE(rowCount(*m_db, QStringLiteral("draw_void")), 0);
        QCOMPARE(status(), QStringLiteral("drawn"));
        // Only a password actually tried counts, and is on the record.
        const bool tried = QTest::currentDataTag() == QLatin1String("wrong password");
        QCOMPARE(failedLogins(*m_db, QStringLiteral("shenhe")), tried ? 1 : 0);
        QString object;
        const auto [values, by] = lastEntry(*m_db, QStringLiteral("confirm_failed"), &object);
        QCOMPARE(values.isEmpty(), !tried);
        if (tried) {
            QCOMPARE(by, kClerk.user);
            QCOMPARE(object, QStringLiteral("shenhe"));
            QCOMPARE(values.value(QStringLiteral("reason")).toString(), QStringLiteral("wrong_password"));
            QCOMPARE(values.value(QStringLiteral("for")).toString(), QStringLiteral("void"));
            QCOMPARE(values.value(QStringLiteral("plan")).toString(), m_plan.code);
        }
        // The database still names the clerk: a confirmation is no login.
        QCOMPARE(m_db->currentUser(), kClerk.user);
    }

    // The role of the one who voids is checked first, as before.
    void theActorsRoleComesFirst()
    {
        const Outcome o = PlanOperations(*m_db, {QStringLiteral("shenhe"), QStringLiteral("reviewer")})
                              .voidDraw(m_plan.id, kReason, QStringLiteral("luru"), userPassword());
        QCOMPARE(o.kind(), Outcome::Kind::RefusedByRole);
        QCOMPARE(failedLogins(*m_db, QStringLiteral("luru")), 0);
    }

    // Wrong passwords of the confirming user count as failed logins: the fifth locks the account, for confirming
    // and for logging in alike; and failed logins count towards a confirmation's lock.
    void wrongPasswordsLockTheConfirmingUser()
    {
        PlanOperations clerk(*m_db, kClerk);
        for (int i = 1; i < UserRepository::MaxFailedLogins; ++i) {
            QCOMPARE(clerk.voidDraw(m_plan.id, kReason, QStringLiteral("shenhe"), QStringLiteral("wrong123")).message(),
                     QStringLiteral("The password of shenhe is wrong."));
            QCOMPARE(failedLogins(*m_db, QStringLiteral("shenhe")), i);
        }
        const Outcome locked = clerk.voidDraw(m_plan.id, kReason, QStringLiteral("shenhe"), QStringLiteral("wrong123"));
        QCOMPARE(locked.kind(), Outcome::Kind::RefusedByRule);
        QVERIFY2(
            locked.message().startsWith(QStringLiteral("After 5 wrong passwords the account shenhe is locked until")),
            qPrintable(locked.message()));
        // Locked: the right password does not help now, here or at the login.
        const Outcome still = clerk.voidDraw(m_plan.id, kReason, QStringLiteral("shenhe"), userPassword());
        QVERIFY2(still.message().contains(QStringLiteral("is locked until")), qPrintable(still.message()));
        QString error;
        QVERIFY(!UserRepository(*m_db).login(QStringLiteral("shenhe"), userPassword(), &error));
        QVERIFY2(error.contains(QStringLiteral("locked")), qPrintable(error));
        QCOMPARE(rowCount(*m_db, QStringLiteral("draw_void")), 0);

        // Another reviewer may confirm meanwhile; four failed logins of theirs and one wrong confirmation lock too.
        addUser(*m_db, QStringLiteral("shenhe2"), QStringLiteral("reviewer"));
        for (int i = 1; i < UserRepository::MaxFailedLogins; ++i)
            QVERIFY(!UserRepository(*m_db).login(QStringLiteral("shenhe2"), QStringLiteral("wrong123"), &error));
        m_db->setCurrentUser(kClerk.user);
        const Outcome fifth = clerk.voidDraw(m_plan.id, kReason, QStringLiteral("shenhe2"), QStringLiteral("wrong"));
        QVERIFY2(fifth.message().contains(QStringLiteral("is locked until")), qPrintable(fifth.message()));
    }

    // Done: the clerk voids, the reviewer confirms; both names on the void row, the audit entries, the plan's
    // record and the draw sheet. The published record (draw-spec §6) keeps its form: seed, time, reason.
    void aConfirmedVoidNamesBoth()
    {
        PlanOperations clerk(*m_db, kClerk);
        // A wrong try first: the right password afterwards resets the count, as a login does.
        QVERIFY(!clerk.voidDraw(m_plan.id, kReason, QStringLiteral("shenhe"), QStringLiteral("wrong123")));
        QCOMPARE(failedLogins(*m_db, QStringLiteral("shenhe")), 1);
        const Outcome o = clerk.voidDraw(m_plan.id, kReason, QStringLiteral(" shenhe "), userPassword());
        QVERIFY2(o.ok(), qPrintable(o.message()));
        QCOMPARE(status(), QStringLiteral("frozen"));
        QCOMPARE(failedLogins(*m_db, QStringLiteral("shenhe")), 0);
        QCOMPARE(m_db->currentUser(), kClerk.user);

        const DrawAttempt voided = PlanDraw(*m_db).attempts(m_plan.id).first();
        QVERIFY(voided.voided);
        QCOMPARE(voided.voidedBy, QStringLiteral("luru"));
        QCOMPARE(voided.voidConfirmedBy, QStringLiteral("shenhe"));
        QSqlQuery q(m_db->sql());
        QVERIFY(q.exec(QStringLiteral("SELECT voided_by, confirmed_by FROM draw_void")) && q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("luru"));
        QCOMPARE(q.value(1).toString(), QStringLiteral("shenhe"));

        const auto [voidValues, voidBy] = lastEntry(*m_db, QStringLiteral("void"));
        QCOMPARE(voidBy, QStringLiteral("luru"));
        QCOMPARE(voidValues.value(QStringLiteral("confirmedBy")).toString(), QStringLiteral("shenhe"));
        QCOMPARE(voidValues.value(QStringLiteral("reason")).toString(), kReason);
        QString object;
        const auto [confirmValues, confirmBy] = lastEntry(*m_db, QStringLiteral("confirm"), &object);
        QCOMPARE(confirmBy, QStringLiteral("luru"));
        QCOMPARE(object, QStringLiteral("shenhe"));
        QCOMPARE(confirmValues.value(QStringLiteral("role")).toString(), QStringLiteral("reviewer"));
        QCOMPARE(confirmValues.value(QStringLiteral("attempt")).toInt(), 1);

        // Drawn again, voided again with an administrator confirming; the sheet lists both voids with both names.
        QString error;
        QVERIFY2(drawWith(m_plan, QStringLiteral("27182818284590452353"), &error), qPrintable(error));
        addUser(*m_db, QStringLiteral("admin"), QStringLiteral("admin"));
        m_db->setCurrentUser(kClerk.user);
        const Outcome again
            = clerk.voidDraw(m_plan.id, QStringLiteral("投屏故障"), QStringLiteral("admin"), userPassword());
        QVERIFY2(again.ok(), qPrintable(again.message()));
        QVERIFY2(drawWith(m_plan, QStringLiteral("16180339887498948482"), &error), qPrintable(error));
        const auto sheet = DrawDocuments::drawSheet(*m_db, m_plan.id, &error);
        QVERIFY2(sheet, qPrintable(error));
        QVERIFY(sheet->html.contains(QStringLiteral("经办人 luru，确认人 shenhe")));
        QVERIFY(sheet->html.contains(QStringLiteral("经办人 luru，确认人 admin")));
        QVERIFY(sheet->html.contains(QStringLiteral("作废时间、经办人及确认人")));

        const auto json = PlanDraw(*m_db).publishedRecordJson(m_plan.id, &error);
        QVERIFY2(json, qPrintable(error));
        QVERIFY(!json->contains("shenhe"));
        QVERIFY(!json->contains("luru"));
        const auto record = PlanDraw(*m_db).publishedRecord(m_plan.id, &error);
        QCOMPARE(record->voided.size(), 2);
        QCOMPARE(record->voided.at(0).reason, kReason);
        QCOMPARE(
            QJsonDocument::fromJson(*json).object().value(QStringLiteral("voided")).toArray().at(0).toObject().keys(),
            (QStringList {QStringLiteral("at"), QStringLiteral("reason"), QStringLiteral("seed")}));
    }

    // A seed of an earlier attempt of the plan gives the same draw again: refused, voided or not.
    void anEarlierSeedOfThePlanIsRefused()
    {
        QVERIFY(PlanOperations(*m_db, kClerk).voidDraw(m_plan.id, kReason, QStringLiteral("shenhe"), userPassword()));
        PlanDraw draw(*m_db);
        QString error;
        QVERIFY(!draw.addSeed(m_plan.id, {SeedPart::fromWitness(QStringLiteral("王建国"), kFirstSeed)}, &error));
        const QString expected = QStringLiteral("This seed was already used in draw attempt 1, which was voided (见证人"
                                                "未到场). The same seed gives the same draw again: roll new digits, or "
                                                "add machine-picked digits (机选).");
        QCOMPARE(error, expected);
        QCOMPARE(draw.seedReuseProblem(m_plan.id, kFirstSeed), expected);
        // Made of other parts, the same digits are the same seed.
        const QList<SeedPart> split {SeedPart::fromWitness(QStringLiteral("王建国"), kFirstSeed.left(12)),
                                     SeedPart::fromSystem(kFirstSeed.mid(12))};
        const Outcome o = PlanOperations(*m_db, kClerk).addSeed(m_plan.id, split);
        QCOMPARE(o.kind(), Outcome::Kind::RefusedByRule);
        QCOMPARE(o.message(), expected);
        QCOMPARE(draw.attempts(m_plan.id).size(), 1);
        // A new seed is taken; then the standing one is refused too.
        const QString second = QStringLiteral("27182818284590452353");
        QVERIFY(draw.seedReuseProblem(m_plan.id, second).isEmpty());
        QVERIFY2(drawWith(m_plan, second, &error), qPrintable(error));
        QCOMPARE(draw.seedReuseProblem(m_plan.id, second),
                 QStringLiteral("This seed was already used in draw attempt 2. The same seed gives the same draw "
                                "again: roll new digits, or add machine-picked digits (机选)."));
    }

    // Another plan may have the same seed (its frozen request gives another draw): allowed, and noted.
    void theSameSeedInAnotherPlanIsNoted()
    {
        Plan other = newPlan(QStringLiteral("2026年4月第二次抽查"));
        QString error;
        QVERIFY2(PlanDraw(*m_db).freeze(other.id, &error), qPrintable(error));
        PlanDraw draw(*m_db);
        QVERIFY(draw.seedReuseProblem(other.id, kFirstSeed).isEmpty());
        QCOMPARE(draw.seedUsedElsewhere(other.id, kFirstSeed),
                 QStringList {QStringLiteral("%1 (attempt 1)").arg(m_plan.code)});
        QVERIFY(draw.seedUsedElsewhere(m_plan.id, kFirstSeed).isEmpty());
        QVERIFY2(drawWith(other, kFirstSeed, &error), qPrintable(error));
        const auto [values, by] = lastEntry(*m_db, QStringLiteral("seed"));
        QCOMPARE(values.value(QStringLiteral("seedAlsoUsedBy")).toArray().first().toString(),
                 QStringLiteral("%1 (attempt 1)").arg(m_plan.code));
    }
};

QTEST_GUILESS_MAIN(TestVoidDraw)
#include "tst_voiddraw.moc"
