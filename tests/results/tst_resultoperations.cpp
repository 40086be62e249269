// The operations on a drawn plan as each role calls them: the role first (nothing written, no audit entry when
// refused), then the state and the rules. The regression tests of issue 12: a clerk cannot publish, a reviewer
// cannot substitute or void, and a visit's team is fixed once a result of it was submitted or published.
#include "Database.h"
#include "PlanOperations.h"
#include "PublicationKeySupport.h"
#include "PublishOperations.h"
#include "ResultFixture.h"
#include "ResultOperations.h"
#include "SubstitutionOperations.h"

#include <QDir>
#include <QSqlQuery>
#include <QTest>

namespace {

const Actor kAdmin {QStringLiteral("admin"), QStringLiteral("admin")};
const Actor kClerk {QStringLiteral("luru"), QStringLiteral("clerk")};
const Actor kReviewer {QStringLiteral("shenhe"), QStringLiteral("reviewer")};
const Actor kViewer {QStringLiteral("chakan"), QStringLiteral("viewer")};

int auditEntries(Database& db)
{
    QSqlQuery q(db.sql());
    q.exec(QStringLiteral("SELECT COUNT(*) FROM audit_log"));
    return q.next() ? q.value(0).toInt() : -1;
}

} // namespace

class TestResultOperations : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates)); }

    // The whole round by the right roles, and every wrong role refused on the way without a trace.
    void aRoundByRole()
    {
        ResultFixture::DrawnPlan f;
        Database& db = *f.db;
        const ResultRow row = f.rows().first();
        ResultVersion v = ResultFixture::DrawnPlan::cleanVersion(row);

        int entries = auditEntries(db);
        for (const Actor& wrong : {kReviewer, kViewer}) {
            ResultVersion copy = v;
            QCOMPARE(ResultOperations(db, wrong).record(f.plan.id, row.entity, row.itemCode, copy).kind(),
                     Outcome::Kind::RefusedByRole);
        }
        QCOMPARE(auditEntries(db), entries);
        QVERIFY(ResultOperations(db, kClerk).record(f.plan.id, row.entity, row.itemCode, v).ok());
        QVERIFY(v.resultId > 0);
        // Once recorded, not twice.
        ResultVersion again = ResultFixture::DrawnPlan::cleanVersion(row);
        QCOMPARE(ResultOperations(db, kClerk).record(f.plan.id, row.entity, row.itemCode, again).kind(),
                 Outcome::Kind::RefusedByRule);

        entries = auditEntries(db);
        QCOMPARE(ResultOperations(db, kReviewer).submit(v.resultId).kind(), Outcome::Kind::RefusedByRole);
        QCOMPARE(ResultOperations(db, kClerk).approve(v.resultId).kind(), Outcome::Kind::RefusedByRole);
        QCOMPARE(auditEntries(db), entries);
        QVERIFY(ResultOperations(db, kClerk).submit(v.resultId).ok());
        QCOMPARE(ResultOperations(db, kClerk).update(v).kind(), Outcome::Kind::RefusedByRule);
        QCOMPARE(ResultOperations(db, kReviewer).returnForRework(v.resultId, QStringLiteral(" ")).kind(),
                 Outcome::Kind::RefusedByRule);
        QVERIFY(ResultOperations(db, kReviewer).approve(v.resultId).ok());

        // Rule (c): a clerk never publishes, whatever the window shows.
        entries = auditEntries(db);
        const Outcome clerkPublish = ResultOperations(db, kClerk).publish(v.resultId);
        QCOMPARE(clerkPublish.kind(), Outcome::Kind::RefusedByRole);
        QCOMPARE(clerkPublish.exitCode(), 3);
        QCOMPARE(auditEntries(db), entries);
        QCOMPARE(ResultRepository(db).latestVersion(v.resultId)->state, QStringLiteral("reviewed"));
        QVERIFY(ResultOperations(db, kReviewer).publish(v.resultId).ok());
        QCOMPARE(ResultRepository(db).latestVersion(v.resultId)->state, QStringLiteral("published"));
        QCOMPARE(ResultOperations(db, kReviewer).publish(v.resultId).kind(), Outcome::Kind::RefusedByRule);
    }

    // Many rows in one transaction: one row that does not allow the action refuses them all.
    void bulkIsAllOrNothing()
    {
        ResultFixture::DrawnPlan f;
        Database& db = *f.db;
        const QList<ResultRow> rows = f.rows();
        QVERIFY(rows.size() >= 3);
        QList<qint64> ids;
        for (int i = 0; i < 3; ++i)
            ids << f.record(rows.at(i))->resultId;
        QVERIFY(ResultOperations(db, kClerk).submit(ids.at(0)).ok());
        const Outcome o = ResultOperations(db, kClerk).applyToAll(ResultAction::Submit, ids);
        QCOMPARE(o.kind(), Outcome::Kind::RefusedByRule);
        QCOMPARE(ResultRepository(db).latestVersion(ids.at(1))->state, QStringLiteral("entered"));
        // A cancel leaves nothing either.
        const QList<qint64> rest {ids.at(1), ids.at(2)};
        QCOMPARE(ResultOperations(db, kClerk)
                     .applyToAll(ResultAction::Submit, rest, [](int done, int) { return done < 2; })
                     .kind(),
                 Outcome::Kind::RefusedByRule);
        QCOMPARE(ResultRepository(db).latestVersion(ids.at(1))->state, QStringLiteral("entered"));
        QVERIFY(ResultOperations(db, kClerk).applyToAll(ResultAction::Submit, rest).ok());
        QCOMPARE(ResultRepository(db).latestVersion(ids.at(2))->state, QStringLiteral("submitted"));
    }

    // Rule (a): 递补 after the results are in.
    void teamFixedOnceAResultIsSubmitted()
    {
        ResultFixture::DrawnPlan f;
        Database& db = *f.db;
        const QList<ResultRow> rows = f.rows();
        const ResultRow first = rows.at(0);
        // Another visit (a different entity) to keep open.
        ResultRow other;
        for (const ResultRow& r : rows)
            if (r.entity != first.entity) {
                other = r;
                break;
            }
        QVERIFY(!other.entity.isEmpty());
        const QString reason = QStringLiteral("因病不能参加");

        // An entered result: the team may still change (the clerk then edits the members present).
        const auto v = f.record(first);
        QVERIFY(v);
        SubstitutionOperations clerk(db, kClerk);
        QVERIFY2(clerk.check(f.plan.id, first.entity).ok(), qPrintable(clerk.check(f.plan.id, first.entity).message()));

        // The reviewer may never substitute.
        int entries = auditEntries(db);
        QCOMPARE(SubstitutionOperations(db, kReviewer)
                     .substitute(f.plan.id, other.entity, other.team.first(), reason)
                     .kind(),
                 Outcome::Kind::RefusedByRole);
        QCOMPARE(auditEntries(db), entries);

        // Submitted: refused with the reason and what to do.
        QVERIFY(ResultOperations(db, kClerk).submit(v->resultId).ok());
        Outcome o = clerk.substitute(f.plan.id, first.entity, first.team.first(), reason);
        QCOMPARE(o.kind(), Outcome::Kind::RefusedByRule);
        QVERIFY2(o.message().contains(QStringLiteral("submitted for review")), qPrintable(o.message()));
        QCOMPARE(auditEntries(db), entries + 1); // only the submit

        // Published: never.
        QVERIFY(ResultOperations(db, kReviewer).approve(v->resultId).ok());
        QVERIFY(ResultOperations(db, kReviewer).publish(v->resultId).ok());
        o = clerk.substitute(f.plan.id, first.entity, first.team.first(), reason);
        QCOMPARE(o.kind(), Outcome::Kind::RefusedByRule);
        QVERIFY2(o.message().contains(QStringLiteral("is published")), qPrintable(o.message()));
        // Even while a correction of it is being entered.
        ResultVersion correction = ResultFixture::DrawnPlan::cleanVersion(first);
        correction.resultId = v->resultId;
        correction.version = 2;
        correction.correctionReason = QStringLiteral("日期有误");
        QVERIFY(ResultOperations(db, kClerk).correct(correction).ok());
        QCOMPARE(clerk.check(f.plan.id, first.entity).kind(), Outcome::Kind::RefusedByRule);

        // The other visit still takes a substitution, and it is recorded.
        std::optional<DrawSubstitution> done;
        o = clerk.substitute(f.plan.id, other.entity, other.team.first(), reason, &done);
        QVERIFY2(o.ok(), qPrintable(o.message()));
        QVERIFY(done && done->out == other.team.first() && !done->in.isEmpty());
    }

    // Rule (c): voiding and publishing the package follow Access; voiding only before any result.
    void voidAndPackageFollowAccess()
    {
        ResultFixture::DrawnPlan f;
        Database& db = *f.db;
        const QString reason = QStringLiteral("见证人未到场");
        const QString admin = QStringLiteral("admin");
        const QString password = PlanFixture::userPassword();
        QCOMPARE(PlanOperations(db, kReviewer).voidDraw(f.plan.id, reason, admin, password).kind(),
                 Outcome::Kind::RefusedByRole);
        QCOMPARE(PlanOperations(db, kViewer).voidDraw(f.plan.id, reason, admin, password).kind(),
                 Outcome::Kind::RefusedByRole);

        const QString out = QDir(f.dir.path()).filePath(QStringLiteral("网页包"));
        QVERIFY(PublicationKeySupport::giveKey(db));
        const int entries = auditEntries(db);
        QCOMPARE(PublishOperations(db, kClerk).writePackage(f.plan.id, out, PublicationKeySupport::passphrase()).kind(),
                 Outcome::Kind::RefusedByRole);
        QVERIFY(!QFileInfo::exists(out));
        QCOMPARE(auditEntries(db), entries);
        QList<PublishedFile> files;
        const Outcome published = PublishOperations(db, kReviewer)
                                      .writePackage(f.plan.id, out, PublicationKeySupport::passphrase(), &files);
        QVERIFY2(published.ok(), qPrintable(published.message()));
        QVERIFY(!files.isEmpty());

        // A result makes the plan 检查中: the draw can no longer be voided, by anyone.
        QVERIFY(f.record(f.rows().first()));
        const Outcome o = PlanOperations(db, kAdmin).voidDraw(f.plan.id, reason, QStringLiteral("shenhe"), password);
        QCOMPARE(o.kind(), Outcome::Kind::RefusedByRule);
        QVERIFY2(o.message().contains(QStringLiteral("can no longer be voided")), qPrintable(o.message()));
        QCOMPARE(PlanOperations(db, kClerk).allowed(f.plan.id), (QList<PlanAction> {PlanAction::Substitute}));
        QCOMPARE(PlanOperations(db, kReviewer).allowed(f.plan.id), (QList<PlanAction> {PlanAction::PublishPackage}));
    }

    // Voiding before any result returns the plan to frozen; a seed and a draw follow, by the clerk only.
    void voidThenDrawAgain()
    {
        ResultFixture::DrawnPlan f;
        Database& db = *f.db;
        PlanOperations clerk(db, kClerk);
        PlanFixture::addUser(db, QStringLiteral("shenhe"), QStringLiteral("reviewer")); // confirms the void
        const Outcome voided = clerk.voidDraw(f.plan.id, QStringLiteral("见证人未到场"), QStringLiteral("shenhe"),
                                              PlanFixture::userPassword());
        QVERIFY2(voided.ok(), qPrintable(voided.message()));
        QCOMPARE(f.status(), QStringLiteral("frozen"));
        QCOMPARE(clerk.draw(f.plan.id).kind(), Outcome::Kind::RefusedByRule); // no seed yet
        const QList<SeedPart> seed {
            SeedPart::fromWitness(QStringLiteral("王建国"), QStringLiteral("27182818284590452353"))};
        QCOMPARE(PlanOperations(db, kReviewer).addSeed(f.plan.id, seed).kind(), Outcome::Kind::RefusedByRole);
        QVERIFY(clerk.addSeed(f.plan.id, seed).ok());
        QCOMPARE(clerk.addSeed(f.plan.id, seed).kind(), Outcome::Kind::RefusedByRule); // one waits already
        std::optional<DrawResult> result;
        QVERIFY(clerk.draw(f.plan.id, &result).ok());
        QVERIFY(result && !result->teams.isEmpty());
        QCOMPARE(f.status(), QStringLiteral("drawn"));
        QCOMPARE(clerk.visitEntity(f.plan.id, 1), result->teams.first().entity);
        QVERIFY(clerk.visitEntity(f.plan.id, 0).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestResultOperations)
#include "tst_resultoperations.moc"
