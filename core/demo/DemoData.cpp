#include "DemoData.h"

#include "BlacklistRepository.h"
#include "Database.h"
#include "EntityRepository.h"
#include "InspectionApproval.h"
#include "ItemRepository.h"
#include "PlanChecklist.h"
#include "PlanDraw.h"
#include "PlanRepository.h"
#include "PublicationKey.h"
#include "Recusal.h"
#include "RegistryImport.h"
#include "ResultRepository.h"
#include "Settings.h"
#include "SubstitutionOperations.h"
#include "TableReader.h"
#include "UserRepository.h"
#include "WriteTransaction.h"

#include <QDateTime>
#include <QScopeGuard>
#include <QSqlQuery>

QList<std::pair<QString, QString>> DemoData::accounts()
{
    return {{QStringLiteral("admin"), QStringLiteral("admin")},
            {QStringLiteral("luru"), QStringLiteral("clerk")},
            {QStringLiteral("shenhe"), QStringLiteral("reviewer")},
            {QStringLiteral("chakan"), QStringLiteral("viewer")}};
}

bool DemoData::isDemo(const Database& db)
{
    QSqlQuery q(db.sql());
    q.prepare(QStringLiteral("SELECT value FROM setting WHERE key = ?"));
    q.addBindValue(flagKey());
    return q.exec() && q.next() && q.value(0).toString() == QLatin1String("1");
}

bool DemoData::fill(Database& db, QString* error)
{
    QString dummy;
    QString& err = error ? *error : dummy;
    if (EntityRepository(db).count() > 0) {
        err = tr("The data file already holds entities; the demo data goes only into a new, empty file.");
        return false;
    }
    // Accounts with a published password must never join a file that has real users.
    if (UserRepository(db).hasUsers()) {
        err = tr("The data file already has users; the demo data goes only into a new, empty file.");
        return false;
    }
    const std::pair<Registry, const char*> files[] = {
        {Registry::Townships, ":/demo/townships.csv"}, {Registry::Items, ":/demo/items.csv"},
        {Registry::Entities, ":/demo/entities.csv"},   {Registry::Inspectors, ":/demo/inspectors.csv"},
        {Registry::Conflicts, ":/demo/conflicts.csv"},
    };
    // One transaction for all five files: the previews read what the earlier files wrote on the same connection.
    WriteTransaction tx(db);
    for (const auto& [registry, path] : files) {
        const ImportPreview preview = RegistryImport::preview(db, registry, QString::fromLatin1(path));
        if (!preview.isUsable()) {
            err = preview.error;
            return false;
        }
        if (preview.count(ImportRow::Verdict::Rejected) > 0) {
            err = tr("The demo file %1 has rejected rows: %2")
                      .arg(QString::fromLatin1(path), preview.rejectionLines().join(QLatin1Char('\n')));
            return false;
        }
        if (!RegistryImport::applyIn(tx, preview, nullptr, &err))
            return false;
    }
    // The items' checklists (检查表), read as a clerk imports one: a second version of each item.
    ItemRepository items(db);
    for (const char* code : {"JY-01", "JY-02", "JY-03"}) {
        const QString path = QStringLiteral(":/demo/checklist-%1.csv").arg(QLatin1String(code));
        const auto table = TableReader::read(path, &err);
        auto item = items.findByCode(QLatin1String(code));
        if (!table || !item)
            return false;
        const auto points = Checklist::fromTable(*table, &err);
        if (!points)
            return false;
        item->checklist = *points;
        if (!items.update(tx, *item)) {
            err = tx.error();
            return false;
        }
    }
    UserRepository users(db);
    const QStringList fullNames {QStringLiteral("王建国"), QStringLiteral("李晓梅"), QStringLiteral("赵志强"),
                                 QStringLiteral("陈静")}; // fictional, like the staff of the registry
    const auto demoAccounts = accounts();
    for (qsizetype i = 0; i < demoAccounts.size(); ++i) {
        User user;
        user.name = demoAccounts.at(i).first;
        user.displayName = fullNames.value(i);
        user.role = demoAccounts.at(i).second;
        users.create(tx, user, password());
    }
    Settings(db).save(tx,
                      {.leader = QStringLiteral("周明远"), // 领导小组 (fictional names), printed on every page
                       .deputies = {QStringLiteral("吴海峰"), QStringLiteral("郑丽华")},
                       .members = {QStringLiteral("孙志刚"), QStringLiteral("何秀英"), QStringLiteral("冯立新")}});
    // The demo office's publication key, so that its finished plan publishes a signed package (README: the
    // passphrase is published with the demo passwords; hence its light costs).
    // The administrator makes it, as in a real office.
    {
        const QString userBefore = db.currentUser();
        const auto restoreUser = qScopeGuard([&db, userBefore] { db.setCurrentUser(userBefore); });
        db.setCurrentUser(QStringLiteral("admin"));
        if (!PublicationKeys::create(tx, publicationPassphrase(), PublicationKeys::Cost::Light)) {
            err = tx.error();
            return false;
        }
    }
    QSqlQuery& flag = tx.prepare(QStringLiteral("INSERT INTO setting (key, value) VALUES (?, '1')"));
    flag.addBindValue(flagKey());
    if (tx.exec(flag))
        tx.recordChange(QStringLiteral("create"), QStringLiteral("setting"), flagKey(), {},
                        {{QStringLiteral("value"), QStringLiteral("1")}});
    if (tx.commit())
        return true;
    err = tx.error();
    return false;
}

bool DemoData::addFinishedPlan(Database& db, QString* error)
{
    QString dummy;
    QString& err = error ? *error : dummy;
    PlanRepository plans(db);
    if (!plans.list().isEmpty()) {
        err = tr("The data file already holds plans; the demo plan goes only into a file with the demo registries.");
        return false;
    }
    // The practice office's work is done by its own users: 录入员 luru keeps the registries and runs the draw (the
    // sheets and the record name the clerk), 审核员 shenhe reviews below; the user before comes back however this ends.
    const QString userBefore = db.currentUser();
    const auto restoreUser = qScopeGuard([&db, userBefore] { db.setCurrentUser(userBefore); });
    db.setCurrentUser(QStringLiteral("luru"));
    EntityRepository entities(db);
    ItemRepository items(db);

    // The blacklist's history first, so that the draw's blacklist stratum sees it.
    {
        const auto removed = entities.findByCreditCode(QStringLiteral("52130322MJ0YR72E4E"));
        const auto kept = entities.findByCreditCode(QStringLiteral("91130322MA05PLKF5F"));
        if (!removed || !kept) {
            err = tr("The demo registry lacks the entities of the demo blacklist.");
            return false;
        }
        WriteTransaction tx(db);
        BlacklistRepository blacklist(db);
        BlacklistEntry added {0,
                              removed->id,
                              {},
                              QStringLiteral("超规模招生，经责令整改后仍未改正"),
                              QStringLiteral("《中华人民共和国民办教育促进法》第六十二条"),
                              QStringLiteral("昌教执〔2026〕2号"),
                              QDate(2026, 1, 12),
                              QDate(2026, 12, 31),
                              {},
                              {}};
        BlacklistEntry lifted {0,
                               removed->id,
                               {},
                               QStringLiteral("已按要求压减招生规模，复查合格"),
                               QStringLiteral("《中华人民共和国民办教育促进法》第六十二条"),
                               QStringLiteral("昌教执〔2026〕9号"),
                               QDate(2026, 5, 18),
                               {},
                               {},
                               {}};
        BlacklistEntry stays {0,
                              kept->id,
                              {},
                              QStringLiteral("预收培训费用超过三个月"),
                              QStringLiteral("《中华人民共和国民办教育促进法》第六十四条"),
                              QStringLiteral("昌教执〔2026〕4号"),
                              QDate(2026, 2, 26),
                              {},
                              {},
                              {}};
        if (!blacklist.add(tx, added) || !blacklist.remove(tx, lifted) || !blacklist.add(tx, stays) || !tx.commit()) {
            err = tx.error();
            return false;
        }
    }

    Plan plan;
    plan.title = QStringLiteral("2026年上半年民办学校及校外培训机构办学行为双随机抽查");
    plan.section = QStringLiteral("行政执法办公室");
    plan.periodFrom = QDate(2026, 3, 2);
    plan.periodTo = QDate(2026, 4, 30);
    plan.purpose = QStringLiteral("规范民办学校和校外培训机构办学行为，维护受教育者合法权益");
    plan.method = QStringLiteral("现场检查、书面检查");
    plan.confidentiality = QStringLiteral("抽查名单在检查前不得向检查对象泄露");
    plan.resultUse = QStringLiteral("检查结果纳入监管对象诚信档案，并向社会公示");
    plan.witnesses = {{QStringLiteral("赵振华"), QStringLiteral("npc_deputy"), QStringLiteral("昌黎县人大常委会")},
                      {QStringLiteral("孙丽娟"), QStringLiteral("media"), QStringLiteral("昌黎县融媒体中心")}};
    for (const QString& code : {QStringLiteral("JY-01"), QStringLiteral("JY-02")}) {
        const auto item = items.findByCode(code);
        if (!item) {
            err = tr("The demo registry lacks item %1.").arg(code);
            return false;
        }
        plan.items << PlanItemScope::forItem(*item);
    }
    {
        WriteTransaction tx(db);
        if (!plans.insert(tx, plan) || !tx.commit()) {
            err = tx.error();
            return false;
        }
    }
    // The ceremony is held before the visits: frozen on 26 February, drawn on 27 February, the substitution on
    // 2 March. Without this the draw would carry the day the demo was made, after the visits it selected.
    PlanDraw draw(db);
    QDateTime ceremony(QDate(2026, 2, 26), QTime(15, 0));
    draw.setClock([&ceremony] { return ceremony; });
    if (!draw.freeze(plan.id, &err))
        return false;
    ceremony = QDateTime(QDate(2026, 2, 27), QTime(9, 30));
    const auto attempt = draw.addSeed(plan.id,
                                      {SeedPart::fromWitness(QStringLiteral("赵振华"), QStringLiteral("3615204987")),
                                       SeedPart::fromWitness(QStringLiteral("孙丽娟"), QStringLiteral("5271640398"))},
                                      &err);
    if (!attempt)
        return false;
    const auto drawn = draw.draw(attempt->id, &err);
    if (!drawn)
        return false;
    if (drawn->teams.isEmpty() || drawn->teams.first().members.isEmpty()) {
        err = tr("The demo draw has no visits.");
        return false;
    }
    const DrawTeam& first = drawn->teams.first();
    ceremony = QDateTime(QDate(2026, 3, 2), QTime(8, 45));
    if (!draw.substitute(attempt->id, first.entity, first.members.first(), QStringLiteral("参加市局执法培训，无法参加"),
                         &err))
        return false;
    // The leader approves the inspections on 3 March (行政检查审批表), before the first visit.
    {
        InspectionApproval approval;
        approval.attemptId = attempt->id;
        approval.approver = QStringLiteral("王立新");
        approval.post = QStringLiteral("副局长");
        approval.approvedOn = QDate(2026, 3, 3);
        approval.opinion = QStringLiteral("同意按计划开展检查，严格执行“双随机、一公开”要求。");
        WriteTransaction tx(db);
        if (!InspectionApprovals::insert(tx, db, plan.code, approval) || !tx.commit()) {
            err = tx.error();
            return false;
        }
    }

    // The party of the second visit asks on 4 March that a member step aside (被检查人申请回避: he taught there);
    // the leader grants it the next day and the draw's rule picks who comes in (递补), the application its reason.
    if (drawn->teams.size() > 1) {
        const DrawTeam& second = drawn->teams.at(1);
        const auto team = draw.teamNow(attempt->id, second.entity, &err);
        if (!team || team->members.isEmpty())
            return false;
        RecusalRequest recusal;
        recusal.entity = second.entity;
        recusal.inspector = team->members.first();
        recusal.appliedOn = QDate(2026, 3, 4);
        recusal.reason = QStringLiteral("该执法人员曾在本单位任教，与本单位负责人系同事关系");
        recusal.granted = true;
        recusal.decidedBy = QStringLiteral("王立新（副局长）");
        recusal.decidedOn = QDate(2026, 3, 5);
        SubstitutionOperations substitutions(db, Actor {QStringLiteral("luru"), QStringLiteral("clerk")});
        substitutions.setClock([] { return QDateTime(QDate(2026, 3, 5), QTime(10, 0)); });
        if (const Outcome o = substitutions.recordRecusal(plan.id, recusal, nullptr); !o) {
            err = o.message();
            return false;
        }
    }

    // The results: visits on working days from 9 March, one visit a day; three with problems. 录入员 luru records
    // and submits, 审核员 shenhe approves and publishes. The last three visit items are left for a new user to
    // practise on: one not recorded, one entered, one awaiting review; the plan is therefore still 'inspecting'
    // and its published package lacks them.
    ResultRepository results(db);
    const QList<ResultRow> rows = results.planResults(plan.id);
    const qsizetype practice = rows.size() - PracticeResults;
    if (practice < 6) {
        err = tr("The demo draw has too few visits.");
        return false;
    }
    const auto as = [&db](const char* user) { db.setCurrentUser(QString::fromLatin1(user)); };
    WriteTransaction tx(db);
    QHash<QString, QDate> visitDay;
    QDate next(2026, 3, 9);
    int problems = 0;
    for (qsizetype i = 0; i < rows.size(); ++i) {
        const ResultRow& row = rows.at(i);
        if (!visitDay.contains(row.entity)) {
            while (next.dayOfWeek() > 5)
                next = next.addDays(1);
            visitDay.insert(row.entity, next);
            next = next.addDays(1);
        }
        if (i == practice) // 未录入: the first of the practice rows is left without a result
            continue;
        ResultVersion v;
        v.inspectedFrom = v.inspectedTo = visitDay.value(row.entity);
        v.members = row.team;
        // Every point of the item's checklist concluded, as the team ticked it on the 现场检查笔录: 符合 unless named.
        const QList<CheckPoint> checklist = PlanChecklist::of(db, plan.id, row.itemCode);
        const auto conclude = [&checklist, &v](const QHash<QString, QString>& nonconforming) {
            for (qsizetype p = 0; p < checklist.size(); ++p) {
                const QString& content = checklist.at(p).content;
                const bool bad = nonconforming.contains(content);
                v.checkPoints.append({int(p + 1), bad ? QStringLiteral("nonconform") : QStringLiteral("conform"),
                                      nonconforming.value(content)});
            }
        };
        const bool problem = row.itemCode == QLatin1String("JY-02") && problems < 3 && i < practice;
        if (!problem) {
            conclude({});
            v.categories = {QStringLiteral("no_problem")};
            v.findings = QStringLiteral("办学许可、收费公示、教师资质等抽查内容均符合规定。");
        } else if (problems == 0) {
            conclude({{QStringLiteral("收费公示"), QStringLiteral("未在显著位置公示收费项目和标准。")},
                      {QStringLiteral("培训人员资格"), QStringLiteral("两名培训人员未取得相应资格证书。")}});
            v.categories = {QStringLiteral("ordered_rectify")};
            v.findings = v.findingsFrom(checklist);
            v.followUp = QStringLiteral("rectify");
            v.rectifyBy = v.inspectedTo.addDays(30);
        } else if (problems == 1) {
            conclude({{QStringLiteral("预收费"), QStringLiteral("一次性预收培训费用超过三个月。")},
                      {QStringLiteral("收费公示"), QStringLiteral("公示的收费信息与实际不符。")}});
            v.categories = {QStringLiteral("pending"), QStringLiteral("false_disclosure")};
            v.findings = v.findingsFrom(checklist);
            v.followUp = QStringLiteral("case");
            v.caseNumber = QStringLiteral("昌教罚立〔2026〕3号");
        } else {
            conclude({{QStringLiteral("安全管理"), QStringLiteral("培训场所消防设施未按期检测。")}});
            v.categories = {QStringLiteral("other_rules")};
            v.findings = v.findingsFrom(checklist);
            v.followUp = QStringLiteral("routine");
            v.remarks = QStringLiteral("已抄告县消防救援大队");
        }
        as("luru");
        if (!results.create(tx, plan.id, row.entity, row.itemCode, v))
            break;
        if (problem && problems == 0) {
            FollowUpVisit visit;
            visit.resultId = v.resultId;
            visit.visitedOn = v.rectifyBy.addDays(-3);
            visit.inspectors = row.team;
            visit.outcome = QStringLiteral("rectified");
            visit.notes = QStringLiteral("收费公示栏已设置，两名培训人员已取得资格证书。");
            if (!results.addFollowUp(tx, visit))
                break;
        }
        problems += problem ? 1 : 0;
        if (i == practice + 1) // 录入: entered, not yet submitted
            continue;
        if (!results.submit(tx, v.resultId))
            break;
        if (i == practice + 2) // 待审核: submitted, waiting for shenhe
            continue;
        as("shenhe");
        if (!results.review(tx, v.resultId) || !results.publish(tx, v.resultId))
            break;
    }
    if (!tx.commit()) {
        err = tx.error();
        return false;
    }
    return true;
}
