// Crash safety: the worker (crashworker.cpp) imports a registry, runs draws or records results on a copy of a
// prepared data file and is killed with SIGKILL at a random moment; then the file must open, pass PRAGMA
// integrity_check and the audit chain, and hold every operation wholly or not at all. The delays come from one seeded
// generator: the seed is printed, and SHUANGSUI_CRASH_SEED=<seed> replays the same kills.

#include "AuditTrail.h"
#include "DemoData.h"
#include "DrawEngine.h"
#include "ItemRepository.h"
#include "PlanDraw.h"
#include "PlanFixture.h"
#include "ResultRepository.h"

#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QRandomGenerator>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <algorithm>
#include <functional>

namespace {

// Kills per scenario: at least 200 in all, within about three minutes in the Debug build.
constexpr int kImportKills = 40;
constexpr int kDrawKills = 100;
constexpr int kResultKills = 60;
constexpr int kImportRows = 10000; // entities in the file the worker imports, in one transaction
constexpr int kDrawRounds = 6; // seed, draw, substitution and void, this many times per worker run

struct Line
{
    QString text;
    qint64 us; // since the worker was started
};

qint64 timeOf(const QList<Line>& lines, const QString& text)
{
    for (const Line& line : lines)
        if (line.text == text)
            return line.us;
    qFatal("the worker never printed '%s'", qPrintable(text));
}

struct Run
{
    bool killed = false; // false: it ended by itself before the kill
    QString problem; // set when the worker failed on its own
};

qint64 scalar(const QSqlDatabase& db, const QString& sql, const QVariantList& values = {})
{
    QSqlQuery q(db);
    q.prepare(sql);
    for (const QVariant& v : values)
        q.addBindValue(v);
    if (!q.exec() || !q.next())
        return -1;
    return q.value(0).toLongLong();
}

QString integrity(const QSqlDatabase& db)
{
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("PRAGMA integrity_check")))
        return QStringLiteral("integrity_check did not run");
    QStringList lines;
    while (q.next())
        lines << q.value(0).toString();
    return lines.join(QLatin1Char('\n'));
}

} // namespace

class TestCrash : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_base; // demo office with a draft plan; copied before every run
    QString m_work; // the copy the worker writes
    QString m_csv;
    QString m_drawPlanCode; // a draft: the worker freezes it and draws
    QString m_resultsPlanCode; // drawn: the worker records its results
    int m_resultRows = 0; // visit × item of that plan
    qint64 m_baseEntities = 0;
    qint64 m_baseEntityAudits = 0;
    quint32 m_seed = 0;
    QRandomGenerator m_random;

    void freshCopy()
    {
        for (const QString& suffix :
             {QString(), QStringLiteral("-wal"), QStringLiteral("-shm"), QStringLiteral(".lock")})
            QFile::remove(m_work + suffix);
        if (!QFile::copy(m_base, m_work))
            qFatal("cannot copy the prepared data file");
    }

    // Reads the worker's lines as they come; stops after `until` (or at the end when it is empty).
    static void readLines(QProcess& p, const QElapsedTimer& timer, QList<Line>* lines, const QString& until)
    {
        for (;;) {
            while (p.canReadLine()) {
                lines->append({QString::fromUtf8(p.readLine()).trimmed(), timer.nsecsElapsed() / 1000});
                if (!until.isEmpty() && lines->constLast().text == until)
                    return;
            }
            if (!p.waitForReadyRead(60000) && !p.canReadLine())
                return;
        }
    }

    // Starts the worker on a fresh copy, waits for the line `marker`, then kills it after delayUs microseconds.
    Run run(const QStringList& args, const QString& marker, qint64 delayUs)
    {
        freshCopy();
        Run r;
        QProcess p;
        QElapsedTimer timer;
        timer.start();
        p.start(QStringLiteral(SHUANGSUI_CRASHWORKER_PATH), args);
        QList<Line> lines;
        readLines(p, timer, &lines, marker);
        QThread::usleep(quint64(delayUs));
        if (p.state() != QProcess::NotRunning)
            p.kill(); // SIGKILL on Unix
        p.waitForFinished(120000);
        r.killed = p.exitStatus() == QProcess::CrashExit;
        if (!r.killed && (p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0))
            r.problem = QString::fromUtf8(p.readAllStandardError());
        if (lines.isEmpty() || lines.constLast().text != marker)
            r.problem += QStringLiteral(" (the worker never printed '%1')").arg(marker);
        return r;
    }

    // An uninterrupted run, which must succeed: every line the worker printed, with the time it came.
    QList<Line> calibrate(const QStringList& args)
    {
        freshCopy();
        QProcess p;
        QElapsedTimer timer;
        timer.start();
        p.start(QStringLiteral(SHUANGSUI_CRASHWORKER_PATH), args);
        QList<Line> lines;
        readLines(p, timer, &lines, {});
        p.waitForFinished(120000);
        if (p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0)
            qFatal("the worker failed: %s", p.readAllStandardError().constData());
        return lines;
    }

    std::unique_ptr<Database> openWork(QString* error)
    {
        auto db = Database::open(m_work, error);
        if (db)
            db->setCurrentUser(QStringLiteral("tst_crash"));
        return db;
    }

    // What every data file must pass after a kill; empty when it does.
    static QString fileProblem(Database& db)
    {
        const QString check = integrity(db.sql());
        if (check != QLatin1String("ok"))
            return QStringLiteral("integrity_check: ") + check;
        if (const auto problem = AuditTrail::verify(db))
            return QStringLiteral("audit chain broken at %1: %2").arg(problem->seq).arg(problem->message);
        return {};
    }

    // The import is there with all its rows and audit entries, or not at all. Sets *present.
    QString importProblem(Database& db, bool* present)
    {
        const QSqlDatabase sql = db.sql();
        const qint64 rows = scalar(sql, QStringLiteral("SELECT count(*) FROM entity")) - m_baseEntities;
        const qint64 audits = scalar(sql,
                                     QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'create' AND "
                                                    "object_type = 'entity'"))
            - m_baseEntityAudits;
        const qint64 imports = scalar(sql,
                                      QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'import' AND "
                                                     "object_type = 'file' AND object_id = ?"),
                                      {QStringLiteral("crash.csv")});
        const qint64 last = scalar(sql, QStringLiteral("SELECT count(*) FROM entity WHERE name = ?"),
                                   {QStringLiteral("压测学校%1").arg(kImportRows)});
        *present = rows == kImportRows;
        const bool whole = (rows == 0 && audits == 0 && imports == 0 && last == 0)
            || (rows == kImportRows && audits == kImportRows && imports == 1 && last == 1);
        if (whole)
            return {};
        return QStringLiteral("half an import: %1 entities, %2 entity audit entries, %3 import entries")
            .arg(rows)
            .arg(audits)
            .arg(imports);
    }

    // Every step of the draw ceremony is there with its audit entry or not at all; every stored result is the one
    // the engine computes from the frozen request and the seed; the plan's status matches. Then the program carries
    // on from where it was killed: a seed without its result is drawn. Adds the steps found to *steps.
    QString drawProblem(Database& db, qint64* steps)
    {
        const QSqlDatabase sql = db.sql();
        const auto plan = PlanRepository(db).findByCode(m_drawPlanCode);
        if (!plan)
            return QStringLiteral("the plan is gone");
        const auto audits = [&](const char* action) {
            return scalar(sql,
                          QStringLiteral("SELECT count(*) FROM audit_log WHERE object_type = 'plan' AND object_id = ? "
                                         "AND action = ?"),
                          {m_drawPlanCode, QString::fromLatin1(action)});
        };
        const auto rows = [&](const char* table) {
            return scalar(sql,
                          QStringLiteral("SELECT count(*) FROM %1 t JOIN draw_attempt a ON a.id = t.attempt_id "
                                         "WHERE a.plan_id = ?")
                              .arg(QString::fromLatin1(table)),
                          {plan->id});
        };
        const qint64 requests
            = scalar(sql, QStringLiteral("SELECT count(*) FROM plan_request WHERE plan_id = ?"), {plan->id});
        const qint64 attempts
            = scalar(sql, QStringLiteral("SELECT count(*) FROM draw_attempt WHERE plan_id = ?"), {plan->id});
        const struct
        {
            const char* action;
            qint64 stored;
        } pairs[] = {{"freeze", requests},
                     {"seed", attempts},
                     {"draw", rows("draw_result")},
                     {"substitute", rows("draw_substitution")},
                     {"void", rows("draw_void")}};
        for (const auto& [action, stored] : pairs) {
            const qint64 entries = audits(action);
            if (entries != stored)
                return QStringLiteral("%1: %2 stored, %3 audit entries")
                    .arg(QString::fromLatin1(action))
                    .arg(stored)
                    .arg(entries);
            *steps += stored;
        }

        PlanDraw draw(db);
        const QList<DrawAttempt> list = draw.attempts(plan->id);
        const auto frozen = draw.frozenRequest(plan->id);
        if (requests == 0)
            return plan->status == QLatin1String("draft") && attempts == 0
                ? QString()
                : QStringLiteral("not frozen but %1 with %2 attempts").arg(plan->status).arg(attempts);
        if (!frozen)
            return QStringLiteral("the frozen request cannot be read");
        int standing = 0;
        for (const DrawAttempt& a : list) {
            if (a.computed) {
                if (!a.result)
                    return QStringLiteral("attempt %1 has no readable result: %2").arg(a.number).arg(a.failure);
                DrawRequest request = frozen->request;
                request.seed = a.seed;
                QString error;
                const auto expected = DrawEngine::draw(request, &error);
                if (!expected || DrawJson::write(*expected) != DrawJson::write(*a.result))
                    return QStringLiteral("attempt %1 holds another result than its seed gives").arg(a.number);
            }
            if (a.isStanding())
                ++standing;
        }
        const auto current = draw.currentAttempt(plan->id);
        const QString status = current && current->hasResult() ? QStringLiteral("drawn") : QStringLiteral("frozen");
        if (standing > 1 || plan->status != status)
            return QStringLiteral("%1 standing attempts, plan %2").arg(standing).arg(plan->status);

        if (current && !current->computed) {
            QString error;
            if (!draw.draw(current->id, &error))
                return QStringLiteral("the seed stored before the kill cannot be drawn: ") + error;
            const auto after = fileProblem(db);
            if (!after.isEmpty())
                return QStringLiteral("after drawing the stored seed: ") + after;
        }
        return {};
    }

    // Every result is there with its versions and audit entries, or not at all: as many versions as 'create' and
    // 'correct' entries, the latest version in the state its last audit entry gave it, published_at set exactly on
    // published versions, and the plan's status following (drawn, inspecting, completed). Adds the steps found.
    QString resultsProblem(Database& db, qint64* steps)
    {
        const auto plan = PlanRepository(db).findByCode(m_resultsPlanCode);
        if (!plan)
            return QStringLiteral("the plan is gone");
        const QString prefix = m_resultsPlanCode + QLatin1Char('|');
        QSqlQuery q(db.sql());
        q.prepare(QStringLiteral("SELECT object_id, action FROM audit_log WHERE object_type = 'result' AND "
                                 "substr(object_id, 1, ?) = ? ORDER BY seq"));
        q.addBindValue(prefix.size());
        q.addBindValue(prefix);
        if (!q.exec())
            return QStringLiteral("the audit trail cannot be read");
        QHash<QString, QStringList> actions;
        while (q.next())
            actions[q.value(0).toString()].append(q.value(1).toString());
        static const QHash<QString, QString> stateAfter {{QStringLiteral("create"), QStringLiteral("entered")},
                                                         {QStringLiteral("submit"), QStringLiteral("submitted")},
                                                         {QStringLiteral("review"), QStringLiteral("reviewed")},
                                                         {QStringLiteral("publish"), QStringLiteral("published")},
                                                         {QStringLiteral("correct"), QStringLiteral("entered")}};
        ResultRepository results(db);
        const QList<ResultRow> rows = results.planResults(plan->id);
        int recorded = 0;
        int published = 0;
        for (const ResultRow& row : rows) {
            const QString id = prefix + row.entity + QLatin1Char('|') + row.itemCode;
            const QStringList done = actions.take(id);
            if (!row.hasResult()) {
                if (!done.isEmpty())
                    return QStringLiteral("%1: audit entries %2 but no result").arg(id, done.join(QLatin1Char(',')));
                continue;
            }
            ++recorded;
            const QList<ResultVersion> history = results.history(row.resultId);
            if (done.value(0) != QLatin1String("create") || history.size() != 1 + done.count(QStringLiteral("correct")))
                return QStringLiteral("%1: %2 versions, audit entries %3")
                    .arg(id)
                    .arg(history.size())
                    .arg(done.join(QLatin1Char(',')));
            if (history.constLast().state != stateAfter.value(done.constLast()))
                return QStringLiteral("%1: state %2 after %3").arg(id, history.constLast().state, done.constLast());
            for (const ResultVersion& v : history)
                if (v.isPublished() != v.publishedAt.isValid())
                    return QStringLiteral("%1: version %2 is %3, published at '%4'")
                        .arg(id)
                        .arg(v.version)
                        .arg(v.state, v.publishedAt.toString(Qt::ISODate));
            if (row.published)
                ++published;
            *steps += done.size();
        }
        if (!actions.isEmpty())
            return QStringLiteral("audit entries for results that are not there: %1")
                .arg(actions.keys().join(QLatin1Char(',')));
        const QString status = recorded == 0 ? QStringLiteral("drawn")
            : published == rows.size()       ? QStringLiteral("completed")
                                             : QStringLiteral("inspecting");
        if (plan->status != status)
            return QStringLiteral("plan %1 with %2 of %3 results recorded, %4 published")
                .arg(plan->status)
                .arg(recorded)
                .arg(rows.size())
                .arg(published);
        return {};
    }

    // "kill 12 of import (delay 1234 us after 'step import'; seed 42)": enough to replay one failure.
    QString where(const QString& scenario, int kill, qint64 delayUs, const QString& marker) const
    {
        return QStringLiteral("kill %1 of %2 (delay %3 us after '%4'; SHUANGSUI_CRASH_SEED=%5)")
            .arg(kill)
            .arg(scenario)
            .arg(delayUs)
            .arg(marker)
            .arg(m_seed);
    }

    // Kills a worker that runs many small transactions (steps) `kills` times. Each kill picks one of the steps and a
    // moment within its calibrated time or a little after, so that every kind of step is cut about as often as the
    // others; `problem` then checks the file and counts the steps it holds.
    using StepCheck = std::function<QString(Database&, qint64*)>;
    void killDuringSteps(const QString& scenario, const QStringList& args, int kills, qint64 stepsInRun,
                         const StepCheck& problem)
    {
        const QList<Line> lines = calibrate(args);
        QList<std::pair<QString, qint64>> stepTimes;
        for (qsizetype i = 0; i + 1 < lines.size(); ++i)
            if (lines.at(i).text.startsWith(QLatin1String("step ")))
                stepTimes.append({lines.at(i).text, lines.at(i + 1).us - lines.at(i).us});
        QCOMPARE(stepTimes.size(), stepsInRun);
        {
            QString error;
            auto db = openWork(&error);
            QVERIFY2(db, qPrintable(error));
            qint64 stepsAtEnd = 0;
            QCOMPARE(problem(*db, &stepsAtEnd), QString());
            QCOMPARE(stepsAtEnd, stepsInRun);
        }
        qint64 steps = 0;
        for (int kill = 1; kill <= kills; ++kill) {
            const auto& [marker, stepUs] = stepTimes.at(m_random.bounded(int(stepTimes.size())));
            const qint64 delayUs = qint64(m_random.bounded(quint32(stepUs * 6 / 5 + 1)));
            const QString context = where(scenario, kill, delayUs, marker);
            const Run r = run(args, marker, delayUs);
            QVERIFY2(r.problem.isEmpty(), qPrintable(context + QStringLiteral(": ") + r.problem));
            QString error;
            auto db = openWork(&error);
            QVERIFY2(db, qPrintable(context + QStringLiteral(": ") + error));
            const QString broken = fileProblem(*db);
            QVERIFY2(broken.isEmpty(), qPrintable(context + QStringLiteral(": ") + broken));
            const QString half = problem(*db, &steps);
            QVERIFY2(half.isEmpty(), qPrintable(context + QStringLiteral(": ") + half));
        }
        qInfo("%s killed %d times: %lld of %lld steps were written before the kills", qPrintable(scenario), kills,
              steps, stepsInRun * kills);
        QVERIFY(steps > 0);
        QVERIFY(steps < stepsInRun * kills);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        bool fixed = false;
        m_seed = qEnvironmentVariableIntValue("SHUANGSUI_CRASH_SEED", &fixed);
        if (!fixed)
            m_seed = QRandomGenerator::system()->generate();
        m_random.seed(m_seed);
        qInfo("crash seed %u (SHUANGSUI_CRASH_SEED=%u replays these kills)", m_seed, m_seed);

        m_base = m_dir.filePath(QStringLiteral("base.sqlite"));
        m_work = m_dir.filePath(QStringLiteral("work.sqlite"));
        {
            QString error;
            auto db = Database::open(m_base, &error);
            QVERIFY2(db, qPrintable(error));
            db->setCurrentUser(QStringLiteral("张三"));
            QVERIFY2(DemoData::fill(*db, &error), qPrintable(error));
            ItemRepository items(*db);
            Plan p = PlanFixture::plan({*items.findByCode(QStringLiteral("JY-01")),
                                        *items.findByCode(QStringLiteral("JY-02")),
                                        *items.findByCode(QStringLiteral("JY-03"))});
            p.witnesses = {{QStringLiteral("王建国"), QStringLiteral("npc_deputy"), QStringLiteral("县人大常委会")}};
            p = PlanFixture::inserted(*db, p);
            m_drawPlanCode = p.code;

            Plan drawn = PlanFixture::plan({*items.findByCode(QStringLiteral("JY-01"))}, true, QDate(2026, 5, 1),
                                           QDate(2026, 5, 31));
            drawn.witnesses = p.witnesses;
            drawn = PlanFixture::inserted(*db, drawn);
            PlanDraw draw(*db);
            // The ceremony before the period, so that the worker's results are dated after the draw.
            draw.setClock([] { return QDateTime(QDate(2026, 4, 30), QTime(9, 30)); });
            QVERIFY2(draw.freeze(drawn.id, &error), qPrintable(error));
            const auto attempt = draw.addSeed(
                drawn.id, {SeedPart::fromWitness(QStringLiteral("王建国"), QStringLiteral("94821993518190937865"))},
                &error);
            QVERIFY2(attempt && draw.draw(attempt->id, &error), qPrintable(error));
            PlanFixture::approve(*db, drawn.code, attempt->id, QDate(2026, 4, 30));
            m_resultsPlanCode = drawn.code;
            m_resultRows = int(ResultRepository(*db).planResults(drawn.id).size());
            QVERIFY(m_resultRows >= 3);
            m_baseEntities = scalar(db->sql(), QStringLiteral("SELECT count(*) FROM entity"));
            m_baseEntityAudits = scalar(
                db->sql(),
                QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'create' AND object_type = 'entity'"));
        } // closing the last connection checkpoints the WAL into the file, so one file is a whole copy

        QFile demo(QStringLiteral(":/demo/entities.csv"));
        QVERIFY(demo.open(QIODevice::ReadOnly));
        QByteArray csv = demo.readLine();
        for (int i = 1; i <= kImportRows; ++i)
            csv += QStringLiteral("%1,压测学校%2,小学,民办,昌黎镇,昌黎县昌黎镇测试路%2号,王校长,,正常,B,否,,\n")
                       .arg(TestSupport::creditCode(QStringLiteral("52130322"), 90000000 + i))
                       .arg(i)
                       .toUtf8();
        m_csv = m_dir.filePath(QStringLiteral("crash.csv"));
        QVERIFY(TestSupport::writeFile(m_csv, csv));
    }

    void anImportIsWhollyPresentOrAbsent()
    {
        const QStringList args {QStringLiteral("import"), m_work, m_csv};
        const QString marker = QStringLiteral("step 1 import");
        const QList<Line> lines = calibrate(args);
        const qint64 window = timeOf(lines, QStringLiteral("imported %1").arg(kImportRows)) - timeOf(lines, marker);
        {
            QString error;
            auto db = openWork(&error);
            QVERIFY2(db, qPrintable(error));
            bool present = false;
            QCOMPARE(importProblem(*db, &present), QString());
            QVERIFY(present);
        }
        int absent = 0;
        int present = 0;
        // The calibrated time can be far off on a busy machine: when all kills so far came on one side of the
        // commit, the extra kills after the planned ones move their delay (shorter or longer, doubling) until both
        // sides were seen.
        qint64 extraDelayUs = window;
        for (int kill = 1; kill <= kImportKills + 12; ++kill) {
            if (kill > kImportKills && absent > 0 && present > 0)
                break;
            // Up to half again the calibrated time of the import: about one kill in three comes after the commit.
            qint64 delayUs = qint64(m_random.bounded(quint32(window * 3 / 2)));
            if (kill > kImportKills) {
                extraDelayUs = present == 0 ? extraDelayUs * 2 : std::max<qint64>(extraDelayUs / 2, 1);
                delayUs = extraDelayUs;
            }
            const QString context = where(QStringLiteral("import"), kill, delayUs, marker);
            const Run r = run(args, marker, delayUs);
            QVERIFY2(r.problem.isEmpty(), qPrintable(context + QStringLiteral(": ") + r.problem));
            QString error;
            auto db = openWork(&error);
            QVERIFY2(db, qPrintable(context + QStringLiteral(": ") + error));
            const QString problem = fileProblem(*db);
            QVERIFY2(problem.isEmpty(), qPrintable(context + QStringLiteral(": ") + problem));
            bool whole = false;
            const QString half = importProblem(*db, &whole);
            QVERIFY2(half.isEmpty(), qPrintable(context + QStringLiteral(": ") + half));
            ++(whole ? present : absent);
        }
        qInfo("import of %d rows killed %d times (window %lld us): %d absent, %d present", kImportRows,
              absent + present, window, absent, present);
        // Kills that all came too early or too late would prove nothing.
        QVERIFY(absent > 0);
        QVERIFY(present > 0);
    }

    void drawStepsAreWhollyPresentOrAbsent()
    {
        killDuringSteps(QStringLiteral("draw"),
                        {QStringLiteral("draw"), m_work, m_drawPlanCode, QString::number(kDrawRounds)}, kDrawKills,
                        1 + 4 * kDrawRounds, [this](Database& db, qint64* steps) { return drawProblem(db, steps); });
    }

    void resultStepsAreWhollyPresentOrAbsent()
    {
        killDuringSteps(QStringLiteral("results"), {QStringLiteral("results"), m_work, m_resultsPlanCode}, kResultKills,
                        4 * m_resultRows + 4,
                        [this](Database& db, qint64* steps) { return resultsProblem(db, steps); });
    }
};

QTEST_GUILESS_MAIN(TestCrash)
#include "tst_crash.moc"
