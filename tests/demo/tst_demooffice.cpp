// The demo office's plan and key are the work of its own users (a new clerk reads 经办人 luru on the draw sheet, not
// the account the demo was made under), and making it leaves the data file's current user as it was.
#include "AuditTrail.h"
#include "Database.h"
#include "DemoData.h"
#include "PublicationKey.h"

#include <QSet>
#include <QTemporaryDir>
#include <QTest>

class TestDemoOffice : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void theDemoPlanIsTheClerksWork()
    {
        QTemporaryDir dir;
        QString error;
        auto db = Database::open(dir.filePath(QStringLiteral("demo.sqlite")), &error);
        QVERIFY2(db, qPrintable(error));
        db->setCurrentUser(QStringLiteral("local"));
        QVERIFY2(DemoData::fill(*db, &error) && DemoData::addFinishedPlan(*db, &error), qPrintable(error));
        QCOMPARE(db->currentUser(), QStringLiteral("local"));

        const auto usersOf = [&db](const QString& action) {
            AuditFilter filter;
            filter.objectType = QStringLiteral("plan");
            filter.action = action;
            QStringList users;
            for (const AuditEntry& e : AuditTrail::list(*db, filter, 0, 100))
                users << e.user;
            return users;
        };
        for (const QString& action : {QStringLiteral("create"), QStringLiteral("freeze"), QStringLiteral("seed"),
                                      QStringLiteral("draw"), QStringLiteral("substitute")}) {
            // (Two substitutions: a member who could not attend, and a granted application for recusal.)
            const QStringList users = usersOf(action);
            QCOMPARE(users.size(), action == QLatin1String("substitute") ? 2 : 1);
            QCOMPARE(QSet<QString>(users.cbegin(), users.cend()), QSet<QString> {QStringLiteral("luru")});
        }

        // The administrator made the office's publication key.
        QCOMPARE(PublicationKeys::inForce(*db)->createdBy, QStringLiteral("admin"));

        AuditFilter reviews;
        reviews.action = QStringLiteral("review");
        const auto entries = AuditTrail::list(*db, reviews, 0, 100);
        QVERIFY(!entries.empty());
        for (const AuditEntry& e : entries)
            QCOMPARE(e.user, QStringLiteral("shenhe"));
    }
};

QTEST_MAIN(TestDemoOffice)
#include "tst_demooffice.moc"
