// The credit archive of an entity: every draw, visit, result version, follow-up and blacklist change in time order,
// in Chinese; the printable page and the exported table; and the demo plan's archive.
#include "AuditTrail.h"
#include "BlacklistRepository.h"
#include "CreditArchive.h"
#include "DemoData.h"
#include "ResultFixture.h"
#include "TableReader.h"

#include <QFile>
#include <QFileInfo>
#include <QLocale>
#include <QTest>

using ResultFixture::DrawnPlan;

namespace {

QStringList kinds(const QList<ArchiveEvent>& events)
{
    QStringList list;
    for (const ArchiveEvent& e : events)
        list << e.kind;
    return list;
}

std::optional<Entity> entityOf(Database& db, const QString& drawId)
{
    EntityRepository entities(db);
    if (auto e = entities.findByCreditCode(drawId))
        return e;
    return entities.findByCode(drawId);
}

} // namespace

class TestCreditArchive : public QObject
{
    Q_OBJECT

    // The first visit of the fixture: both items recorded, one with a problem, a follow-up and a correction; and
    // the entity blacklisted in January and taken off in June.
    struct Story
    {
        DrawnPlan f;
        Entity entity;
        QList<ResultRow> rows;
    };

    static void tell(Story& s)
    {
        // The first visit with both items.
        const QList<ResultRow> all = s.f.rows();
        const auto first = std::find_if(all.cbegin(), all.cend(), [&](const ResultRow& row) {
            return std::count_if(all.cbegin(), all.cend(), [&](const ResultRow& r) { return r.entity == row.entity; })
                == 2;
        });
        if (first == all.cend())
            qFatal("no visit with both items");
        for (const ResultRow& row : all)
            if (row.entity == first->entity)
                s.rows << row;
        s.entity = *entityOf(*s.f.db, first->entity);
        QString error = s.f.write([&](WriteTransaction& tx, ResultRepository& r) {
            BlacklistEntry added {0,
                                  s.entity.id,
                                  {},
                                  QStringLiteral("违规收费<严重>"),
                                  {},
                                  QStringLiteral("昌教执1号"),
                                  QDate(2026, 1, 5),
                                  {},
                                  {},
                                  {}};
            BlacklistEntry removed {0,  s.entity.id, {}, QStringLiteral("已整改"), {}, {}, QDate(2026, 6, 1),
                                    {}, {},          {}};
            BlacklistRepository blacklist(*s.f.db);
            if (!blacklist.add(tx, added) || !blacklist.remove(tx, removed))
                return false;
            for (const ResultRow& row : s.rows) {
                ResultVersion v = DrawnPlan::cleanVersion(row);
                if (row.itemCode == QLatin1String("JY-02")) {
                    v.categories = {QStringLiteral("ordered_rectify")};
                    v.findings = QStringLiteral("未公示收费标准");
                    v.followUp = QStringLiteral("rectify");
                    v.rectifyBy = QDate(2026, 5, 10);
                }
                if (!r.create(tx, s.f.plan.id, row.entity, row.itemCode, v) || !r.submit(tx, v.resultId)
                    || !r.review(tx, v.resultId) || !r.publish(tx, v.resultId))
                    return false;
                if (row.itemCode == QLatin1String("JY-02")) {
                    FollowUpVisit visit {0,
                                         v.resultId,
                                         QDate(2026, 5, 8),
                                         {row.team.first()},
                                         QStringLiteral("rectified"),
                                         QStringLiteral("已公示"),
                                         {},
                                         {}};
                    ResultVersion v2 = v;
                    v2.correctionReason = QStringLiteral("整改期限录入有误");
                    v2.rectifyBy = QDate(2026, 5, 20);
                    if (!r.addFollowUp(tx, visit) || !r.correct(tx, v2))
                        return false;
                }
            }
            return true;
        });
        if (!error.isEmpty())
            qFatal("story: %s", qPrintable(error));
    }

private Q_SLOTS:
    void initTestCase() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates)); }

    void eventsInTimeOrder()
    {
        Story s;
        tell(s);
        QCOMPARE(s.rows.size(), 2);
        const QList<ArchiveEvent> events = CreditArchive(*s.f.db).events(s.entity.id);
        // 1/5 blacklisted; drawn 3/31 (the fixture's ceremony); visit 4/10 and both results of version 1 on 4/10;
        // follow-up 5/8; blacklist removal 6/1; the correction is dated the day it was recorded (today).
        QStringList expected {QStringLiteral("blacklist_add"),   QStringLiteral("drawn"),  QStringLiteral("visit"),
                              QStringLiteral("result"),          QStringLiteral("result"), QStringLiteral("follow_up"),
                              QStringLiteral("blacklist_remove")};
        QStringList got = kinds(events);
        // The correction is recorded today, after all the fixed dates of 2026 up to June.
        QCOMPARE(got.count(QStringLiteral("drawn")), 1);
        QCOMPARE(got.count(QStringLiteral("result")), 3);
        const QDate today = QDate::currentDate();
        QList<ArchiveEvent> fixed;
        for (const ArchiveEvent& e : events)
            if (e.date != today)
                fixed << e;
        QCOMPARE(kinds(fixed), expected);
        for (qsizetype i = 1; i < events.size(); ++i)
            QVERIFY(events.at(i - 1).date <= events.at(i).date);

        QCOMPARE(fixed.at(0).date, QDate(2026, 1, 5));
        QCOMPARE(fixed.at(0).text, QStringLiteral("列入黑名单，原因：违规收费<严重>；文书编号：昌教执1号"));
        QVERIFY(fixed.at(0).planCode.isEmpty());
        QCOMPARE(fixed.at(1).date, ResultFixture::DrawnPlan::drawnAt().date());
        QCOMPARE(fixed.at(2).date, QDate(2026, 4, 10));
        QCOMPARE(fixed.at(2).planCode, s.f.plan.code);
        QVERIFY2(fixed.at(2).text.startsWith(QStringLiteral("实地检查 2026-04-10；到场人员：人员ZF-")),
                 qPrintable(fixed.at(2).text));
        QVERIFY2(fixed.at(4).text.contains(QStringLiteral("JY-02 检查事项 JY-02：第 1 版（已公示）")),
                 qPrintable(fixed.at(4).text));
        QVERIFY(fixed.at(4).text.contains(
            QStringLiteral("检查结果：发现问题已责令整改；后续处置：责令限期整改（整改期限 2026-05-10）")));
        QCOMPARE(fixed.at(5).date, QDate(2026, 5, 8));
        QVERIFY2(fixed.at(5).text.startsWith(QStringLiteral("JY-02 检查事项 JY-02：已整改；回访人员：人员ZF-")),
                 qPrintable(fixed.at(5).text));
        const auto correction = std::find_if(events.cbegin(), events.cend(), [](const ArchiveEvent& e) {
            return e.text.contains(QStringLiteral("第 2 版（录入）"));
        });
        QVERIFY(correction != events.cend());
        QVERIFY(correction->text.endsWith(QStringLiteral("更正原因：整改期限录入有误")));
        const auto drawn = std::find_if(events.cbegin(), events.cend(),
                                        [](const ArchiveEvent& e) { return e.kind == QLatin1String("drawn"); });
        QVERIFY(drawn->text.startsWith(QStringLiteral("被抽查计划《2026年民办学校办学行为双随机抽查》抽中；检查期间 "
                                                      "2026-04-01 至 2026-04-30")));
    }

    void anEntityNeverDrawnHasOnlyItsBlacklist()
    {
        DrawnPlan f;
        QSet<QString> drawn;
        for (const ResultRow& row : f.rows())
            drawn.insert(row.entity);
        const auto other = std::find_if(f.schools.cbegin(), f.schools.cend(),
                                        [&](const Entity& e) { return !drawn.contains(e.drawId()); });
        QVERIFY(CreditArchive(*f.db).events(other->id).isEmpty());
        const auto doc = CreditArchive(*f.db).document(other->id, nullptr);
        QVERIFY(doc->html.contains(QStringLiteral("暂无记录")));
    }

    void thePrintablePage()
    {
        Story s;
        tell(s);
        QString error;
        const auto doc = CreditArchive(*s.f.db).document(s.entity.id, &error);
        QVERIFY2(doc, qPrintable(error));
        QVERIFY(doc->html.startsWith(QStringLiteral("<!DOCTYPE html>")));
        QVERIFY(doc->html.contains(QStringLiteral("昌黎县教育局<br>监管对象诚信档案")));
        QVERIFY(doc->html.contains(s.entity.name));
        QVERIFY(doc->html.contains(s.entity.creditCode));
        QVERIFY(doc->html.contains(QStringLiteral("违规收费&lt;严重&gt;")));
        QVERIFY(!doc->html.contains(QStringLiteral("违规收费<严重>")));
        QVERIFY(!doc->html.contains(QStringLiteral("{{")));
        QVERIFY(doc->html.contains(QStringLiteral("共 %1 条").arg(CreditArchive(*s.f.db).events(s.entity.id).size())));
        QCOMPARE(doc->title, QStringLiteral("诚信档案 ") + s.entity.name);
        QVERIFY(!CreditArchive(*s.f.db).document(987654, &error));
        QCOMPARE(error, QStringLiteral("The entity no longer exists."));
    }

    void exportsReadBack_data()
    {
        QTest::addColumn<QString>("extension");
        QTest::newRow("xlsx") << QStringLiteral("xlsx");
        QTest::newRow("csv") << QStringLiteral("csv");
    }

    void exportsReadBack()
    {
        QFETCH(QString, extension);
        Story s;
        tell(s);
        const QString path = s.f.dir.filePath(QStringLiteral("诚信档案.") + extension);
        QString error;
        QVERIFY2(CreditArchive(*s.f.db).exportTo(s.entity.id, path, &error), qPrintable(error));
        const auto table = TableReader::read(path, &error);
        QVERIFY2(table, qPrintable(error));
        const QList<ArchiveEvent> events = CreditArchive(*s.f.db).events(s.entity.id);
        QCOMPARE(table->rows.value(0), CreditArchive::tableHeaders());
        QCOMPARE(table->rows.size(), events.size() + 1);
        for (qsizetype i = 0; i < events.size(); ++i) {
            QCOMPARE(table->cell(i + 1, 0), events.at(i).date.toString(Qt::ISODate));
            QCOMPARE(table->cell(i + 1, 1), ArchiveEvent::kindLabel(events.at(i).kind));
            QCOMPARE(table->cell(i + 1, 2), events.at(i).text);
            QCOMPARE(table->cell(i + 1, 3), events.at(i).planCode);
        }
        // The export is on the record; a refused one is not.
        const AuditEntry recorded = AuditTrail::list(*s.f.db, {}, 0, 1).front();
        QCOMPARE(recorded.action, QStringLiteral("export"));
        QCOMPARE(recorded.objectId, QFileInfo(path).fileName());
        QVERIFY(!CreditArchive(*s.f.db).exportTo(s.entity.id, s.f.dir.filePath(QStringLiteral("a.pdf")), &error));
        QCOMPARE(AuditTrail::list(*s.f.db, {}, 0, 1).front().seq, recorded.seq);
    }

    void theDemoArchiveTellsTheWholeStory()
    {
        auto db = PlanFixture::openDatabase();
        QString error;
        QVERIFY2(DemoData::fill(*db, &error) && DemoData::addFinishedPlan(*db, &error), qPrintable(error));
        // The entity with the rectification and its follow-up visit.
        const auto plan = PlanRepository(*db).list().first();
        const QList<ResultRow> rows = ResultRepository(*db).planResults(plan.id);
        const auto rectified = std::find_if(rows.cbegin(), rows.cend(), [](const ResultRow& r) {
            return r.latest && r.latest->followUp == QLatin1String("rectify");
        });
        QVERIFY(rectified != rows.cend());
        const QList<ArchiveEvent> events = CreditArchive(*db).events(entityOf(*db, rectified->entity)->id);
        const QStringList got = kinds(events);
        QVERIFY(got.contains(QStringLiteral("drawn")));
        QVERIFY(got.contains(QStringLiteral("visit")));
        QVERIFY(got.contains(QStringLiteral("result")));
        QVERIFY(got.indexOf(QStringLiteral("visit")) < got.indexOf(QStringLiteral("follow_up")));

        // The entity taken off the blacklist again.
        const auto lifted = EntityRepository(*db).findByCreditCode(QStringLiteral("52130322MJ0YR72E4E"));
        QCOMPARE(kinds(CreditArchive(*db).events(lifted->id)).mid(0, 2),
                 (QStringList {QStringLiteral("blacklist_add"), QStringLiteral("blacklist_remove")}));
    }
};

QTEST_GUILESS_MAIN(TestCreditArchive)
#include "tst_creditarchive.moc"
