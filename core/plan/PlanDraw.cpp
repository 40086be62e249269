#include "PlanDraw.h"

#include "Database.h"
#include "ItemRepository.h"
#include "PlanRepository.h"
#include "Vocabulary.h"
#include "WriteTransaction.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QSqlQuery>

namespace {

QDateTime timeFromText(const QString& text)
{
    return QDateTime::fromString(text, Qt::ISODate);
}

QString compact(const QJsonArray& array)
{
    return QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Compact));
}

QString compact(const QJsonObject& object)
{
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

QString sha256Hex(const QByteArray& bytes)
{
    return QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
}

bool setError(QString* error, const QString& message)
{
    if (error)
        *error = message;
    return false;
}

} // namespace

// --- PlanDraw -------------------------------------------------------------------------------------------------

PlanDraw::PlanDraw(Database& db)
    : m_db(db)
{ }

QDateTime PlanDraw::now() const
{
    return m_clock ? m_clock() : QDateTime::currentDateTime();
}

// Ceremony times are kept as the clerk's local time with its offset, the form the published record uses.
QString PlanDraw::nowText() const
{
    const QDateTime at = now().toLocalTime();
    return at.toOffsetFromUtc(at.offsetFromUtc()).toString(Qt::ISODate);
}

QString PlanDraw::noVoidReasonText()
{
    return tr("Say why the draw is voided: the reason stays on the record and on every printout.");
}

QString PlanDraw::noConfirmationText()
{
    return tr("A second user must confirm the void: a reviewer (审核员) or an administrator (管理员) other than you "
              "enters their user name and password.");
}

QString PlanDraw::seedOf(const QList<SeedPart>& parts)
{
    QString seed;
    for (const SeedPart& p : parts)
        seed += p.digits;
    return seed;
}

QString PlanDraw::seedProblem(const QList<SeedPart>& parts, const QList<Witness>& witnesses,
                              const std::optional<PublicSeedSource>& publicSource)
{
    if (parts.isEmpty())
        return tr("There are no seed digits yet: the witnesses roll the dice, or the computer draws digits (机选).");
    for (qsizetype i = 0; i < parts.size(); ++i) {
        const SeedPart& p = parts.at(i);
        const bool isWitness = p.source == QLatin1String("witness");
        if (p.isPublic()) {
            if (!publicSource)
                return tr("This plan named no public number when it was frozen: a part from %1 cannot be in its "
                          "seed.")
                    .arg(p.name);
            if (p.name != publicSource->name || p.date != publicSource->date.toString(Qt::ISODate))
                return tr("The plan named the number of %1 drawn on %2 when it was frozen, not that of %3 on %4.")
                    .arg(publicSource->name, publicSource->date.toString(Qt::ISODate), p.name, p.date);
            if (i != parts.size() - 1)
                return tr("The public number comes last in the seed, after the witnesses' and the computer's digits.");
        } else if (!isWitness && p.source != QLatin1String("system")) {
            return tr("Unknown source of seed digits: %1.").arg(p.source);
        }
        if (isWitness) {
            const bool known = std::any_of(witnesses.begin(), witnesses.end(),
                                           [&p](const Witness& w) { return w.name.trimmed() == p.witness.trimmed(); });
            if (p.witness.trimmed().isEmpty())
                return tr("Say which witness rolled the digits %1.").arg(p.digits);
            if (!known)
                return tr("%1 is not among the plan's witnesses; add the witness first.").arg(p.witness);
        }
        if (p.digits.isEmpty())
            return isWitness   ? tr("The digits rolled by %1 are missing.").arg(p.witness)
                : p.isPublic() ? tr("The number of %1 drawn on %2 is missing.").arg(p.name, p.date)
                               : tr("The computer's digits are missing.");
        for (const QChar ch : p.digits)
            if (ch < QLatin1Char('0') || ch > QLatin1Char('9'))
                return isWitness   ? tr("The digits rolled by %1 may only be 0 to 9 (found %2).").arg(p.witness, ch)
                    : p.isPublic() ? tr("The number of %1 may only hold the digits 0 to 9 (found %2).").arg(p.name, ch)
                                   : tr("The computer's digits may only be 0 to 9 (found %1).").arg(ch);
    }
    if (publicSource && !parts.constLast().isPublic())
        return tr("The plan named the number of %1 drawn on %2 when it was frozen: it is the seed's last part; enter "
                  "it as published.")
            .arg(publicSource->name, publicSource->date.toString(Qt::ISODate));
    return DrawJson::seedProblem(seedOf(parts));
}

QString PlanDraw::publicSourceProblem(const PublicSeedSource& source, const QDate& today)
{
    const QString name = source.name.trimmed();
    if (name.isEmpty())
        return tr("Name the public source of the number, e.g. 中国福利彩票“双色球”.");
    if (name.size() > 60 || !DrawJson::stringProblem(name).isEmpty())
        return tr("The public source's name must be one line of at most 60 characters.");
    if (!source.date.isValid())
        return tr("Give the date on which the public number is drawn.");
    if (source.date <= today)
        return tr("The public number must be drawn after the plan is frozen, so that nobody knows it now: choose a "
                  "date after %1.")
            .arg(today.toString(Qt::ISODate));
    return {};
}

QString PlanDraw::publicDigits(const QString& typed, QString* problem)
{
    QString digits;
    for (const QChar ch : typed) {
        if (ch >= QLatin1Char('0') && ch <= QLatin1Char('9'))
            digits += ch;
        else if (!ch.isSpace() && ch != QLatin1Char('+') && ch != QLatin1Char(',') && ch != QChar(0xFF0C)
                 && ch != QChar(0x3001) && ch != QLatin1Char('-')) {
            if (problem)
                *problem = tr("The public number may only hold the digits 0 to 9, with spaces or + between the "
                              "numbers (found %1).")
                               .arg(ch);
            return {};
        }
    }
    return digits;
}

QString PlanDraw::publicNumberNotYetText(const PublicSeedSource& source, const QDate& today)
{
    if (today >= source.date)
        return {};
    return tr("The number of %1 is drawn on %2: enter it, and draw, on that day or later.")
        .arg(source.name, source.date.toString(Qt::ISODate));
}

QString PlanDraw::seedSourceText(const std::optional<PublicSeedSource>& publicSource)
{
    const QString dice = QStringLiteral("见证人现场掷骰（或机选）");
    if (!publicSource)
        return dice;
    return QStringLiteral("%1，其后接%2 %3开奖号码（冻结时指定，开奖后填入）")
        .arg(dice, publicSource->name, publicSource->date.toString(QStringLiteral("yyyy年M月d日")));
}

QString PlanDraw::describe(const QList<SeedPart>& parts)
{
    QStringList words;
    for (const SeedPart& part : parts) {
        if (part.isPublic()) {
            const QDate date = QDate::fromString(part.date, Qt::ISODate);
            words << QStringLiteral("%1 %2开奖号码 %3")
                         .arg(part.name, date.isValid() ? date.toString(QStringLiteral("yyyy年M月d日")) : part.date,
                              part.digits);
        } else if (part.source == QLatin1String("system")) {
            words << QStringLiteral("机选 %1").arg(part.digits);
        } else {
            words << QStringLiteral("%1 掷骰 %2").arg(part.witness, part.digits);
        }
    }
    return words.join(QStringLiteral("；"));
}

QString PlanDraw::systemDigits(int n)
{
    QString digits;
    digits.reserve(n);
    QRandomGenerator* generator = QRandomGenerator::system();
    for (int i = 0; i < n; ++i)
        digits += QChar(u'0' + char16_t(generator->bounded(10)));
    return digits;
}

bool PlanDraw::freeze(qint64 planId, QString* error, const std::optional<PublicSeedSource>& publicSource)
{
    PlanRepository plans(m_db);
    const auto plan = plans.find(planId);
    if (!plan)
        return setError(error, tr("The plan no longer exists."));
    if (!plan->isDraft() || plans.hasFrozenRequest(planId))
        return setError(error, tr("The plan %1 is already frozen.").arg(plan->code));
    std::optional<PublicSeedSource> source = publicSource;
    if (source) {
        source->name = source->name.trimmed();
        if (const QString problem = publicSourceProblem(*source, now().date()); !problem.isEmpty())
            return setError(error, problem);
    }
    const PreparedDraw prepared = DrawPreparation::prepare(m_db, *plan);
    if (!prepared.summary.canFreeze())
        return setError(error,
                        tr("The plan %1 cannot be frozen yet:\n%2")
                            .arg(plan->code, prepared.summary.blockingMessages().join(QLatin1Char('\n'))));
    const QByteArray json = DrawJson::write(prepared.request);
    const QString hash = DrawJson::frozenRequestHash(prepared.request);
    WriteTransaction tx(m_db);
    QSqlQuery& q = tx.prepare(QStringLiteral(
        "INSERT INTO plan_request (plan_id, request_json, request_hash, entity_notes, inspector_notes, frozen_at, "
        "frozen_by, public_source_name, public_source_date, item_versions) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    q.addBindValue(planId);
    q.addBindValue(QString::fromUtf8(json));
    q.addBindValue(hash);
    q.addBindValue(compact(DrawPreparation::toJson(prepared.entityNotes)));
    q.addBindValue(compact(DrawPreparation::toJson(prepared.inspectorNotes)));
    q.addBindValue(nowText());
    q.addBindValue(m_db.currentUser());
    q.addBindValue(source ? source->name : QString(QLatin1String("")));
    q.addBindValue(source ? QVariant(source->date.toString(Qt::ISODate)) : QVariant());
    // The item versions the plan keeps (their checklists, Checklist.h), however the items change later.
    QJsonObject itemVersions;
    for (const DrawItem& item : prepared.request.items)
        if (const auto stored = ItemRepository(m_db).findByCode(item.code))
            itemVersions.insert(item.code, stored->version);
    q.addBindValue(compact(itemVersions));
    tx.exec(q);
    plans.setStatus(tx, planId, QStringLiteral("frozen"));
    qsizetype pool = 0;
    for (const DrawItem& item : prepared.request.items)
        for (const DrawStratum& s : item.strata)
            pool += s.ids.size();
    QJsonObject values {{QStringLiteral("requestHash"), hash},
                        {QStringLiteral("pool"), pool},
                        {QStringLiteral("inspectors"), prepared.request.inspectors.size()},
                        {QStringLiteral("exclusions"), prepared.request.exclusions.size()},
                        {QStringLiteral("entitiesLeftOut"), prepared.entityNotes.size()}};
    if (source)
        values.insert(QStringLiteral("publicSource"),
                      QJsonObject {{QStringLiteral("name"), source->name},
                                   {QStringLiteral("date"), source->date.toString(Qt::ISODate)}});
    tx.recordChange(QStringLiteral("freeze"), QStringLiteral("plan"), plan->code, {}, values);
    if (!tx.commit())
        return setError(error, tx.error());
    return true;
}

std::optional<FrozenRequest> PlanDraw::frozenRequest(qint64 planId) const
{
    QSqlQuery q(m_db.sql());
    q.prepare(
        QStringLiteral("SELECT request_json, request_hash, entity_notes, inspector_notes, frozen_at, frozen_by, "
                       "public_source_name, public_source_date, item_versions FROM plan_request WHERE plan_id = ?"));
    q.addBindValue(planId);
    if (!q.exec() || !q.next())
        return std::nullopt;
    const auto request = DrawJson::readRequest(q.value(0).toString().toUtf8(), nullptr, DrawJson::Seed::Absent);
    if (!request)
        return std::nullopt;
    FrozenRequest f;
    f.planId = planId;
    f.request = *request;
    f.hash = q.value(1).toString();
    f.entityNotes
        = DrawPreparation::entityNotesFromJson(QJsonDocument::fromJson(q.value(2).toString().toUtf8()).array());
    f.inspectorNotes
        = DrawPreparation::inspectorNotesFromJson(QJsonDocument::fromJson(q.value(3).toString().toUtf8()).array());
    f.frozenAt = timeFromText(q.value(4).toString());
    f.frozenBy = q.value(5).toString();
    if (!q.value(6).toString().isEmpty())
        f.publicSource
            = PublicSeedSource {q.value(6).toString(), QDate::fromString(q.value(7).toString(), Qt::ISODate)};
    const QJsonObject versions = QJsonDocument::fromJson(q.value(8).toString().toUtf8()).object();
    for (auto it = versions.begin(); it != versions.end(); ++it)
        f.itemVersions.insert(it.key(), it.value().toInt());
    return f;
}

QList<DrawAttempt> PlanDraw::loadAttempts(const QString& where, qint64 id) const
{
    QList<DrawAttempt> list;
    QSqlQuery q(m_db.sql());
    q.prepare(QStringLiteral(
                  "SELECT a.id, a.plan_id, a.number, a.seed, a.seed_parts, a.seeded_at, a.seeded_by, "
                  "r.attempt_id IS NOT NULL, r.result_json, r.failure, r.drawn_at, r.drawn_by, "
                  "v.attempt_id IS NOT NULL, v.reason, v.voided_at, v.voided_by, v.confirmed_by FROM draw_attempt a "
                  "LEFT JOIN draw_result r ON r.attempt_id = a.id LEFT JOIN draw_void v ON v.attempt_id = a.id "
                  "WHERE %1 ORDER BY a.plan_id, a.number")
                  .arg(where));
    q.addBindValue(id);
    if (!q.exec())
        return list;
    while (q.next()) {
        DrawAttempt a;
        a.id = q.value(0).toLongLong();
        a.planId = q.value(1).toLongLong();
        a.number = q.value(2).toInt();
        a.seed = q.value(3).toString();
        for (const QJsonValue& v : QJsonDocument::fromJson(q.value(4).toString().toUtf8()).array())
            a.seedParts.append(SeedPart::fromJson(v.toObject()));
        a.seededAt = timeFromText(q.value(5).toString());
        a.seededBy = q.value(6).toString();
        a.computed = q.value(7).toBool();
        if (a.computed) {
            if (!q.value(8).isNull()) {
                QString problem;
                a.result = DrawJson::readResult(q.value(8).toString().toUtf8(), &problem);
                if (!a.result)
                    a.failure = tr("The stored result cannot be read: %1").arg(problem);
            }
            if (a.failure.isEmpty())
                a.failure = q.value(9).toString();
            a.drawnAt = timeFromText(q.value(10).toString());
            a.drawnBy = q.value(11).toString();
        }
        a.voided = q.value(12).toBool();
        if (a.voided) {
            a.voidReason = q.value(13).toString();
            a.voidedAt = timeFromText(q.value(14).toString());
            a.voidedBy = q.value(15).toString();
            a.voidConfirmedBy = q.value(16).toString();
        }
        list.append(a);
    }
    for (DrawAttempt& a : list) {
        QSqlQuery s(m_db.sql());
        s.prepare(QStringLiteral("SELECT entity, out_inspector, in_inspector, reason, at, by_user "
                                 "FROM draw_substitution WHERE attempt_id = ? ORDER BY id"));
        s.addBindValue(a.id);
        if (!s.exec())
            continue;
        while (s.next())
            a.substitutions.append({{s.value(0).toString(), s.value(1).toString(), s.value(2).toString(),
                                     s.value(3).toString(), s.value(4).toString()},
                                    s.value(5).toString()});
    }
    return list;
}

std::optional<DrawAttempt> PlanDraw::attempt(qint64 attemptId) const
{
    const QList<DrawAttempt> list = loadAttempts(QStringLiteral("a.id = ?"), attemptId);
    if (list.isEmpty())
        return std::nullopt;
    return list.first();
}

QList<DrawAttempt> PlanDraw::attempts(qint64 planId) const
{
    return loadAttempts(QStringLiteral("a.plan_id = ?"), planId);
}

std::optional<DrawAttempt> PlanDraw::currentAttempt(qint64 planId) const
{
    const QList<DrawAttempt> list = attempts(planId);
    for (auto it = list.crbegin(); it != list.crend(); ++it)
        if (it->isStanding())
            return *it;
    return std::nullopt;
}

QString PlanDraw::seedReuseProblem(qint64 planId, const QString& seed) const
{
    if (seed.isEmpty())
        return {};
    // Asked at every keystroke of the wizard's seed: the attempts' numbers and voids only, not their results.
    QSqlQuery q(m_db.sql());
    q.prepare(QStringLiteral("SELECT a.number, v.attempt_id IS NOT NULL, v.reason FROM draw_attempt a "
                             "LEFT JOIN draw_void v ON v.attempt_id = a.id WHERE a.plan_id = ? AND a.seed = ? "
                             "ORDER BY a.number LIMIT 1"));
    q.addBindValue(planId);
    q.addBindValue(seed);
    if (!q.exec() || !q.next())
        return {};
    const int number = q.value(0).toInt();
    return q.value(1).toBool()
        ? tr("This seed was already used in draw attempt %1, which was voided (%2). The same seed gives the same "
             "draw again: roll new digits, or add machine-picked digits (机选).")
              .arg(number)
              .arg(q.value(2).toString())
        : tr("This seed was already used in draw attempt %1. The same seed gives the same draw again: roll new "
             "digits, or add machine-picked digits (机选).")
              .arg(number);
}

QStringList PlanDraw::seedUsedElsewhere(qint64 planId, const QString& seed) const
{
    QStringList list;
    if (seed.isEmpty())
        return list;
    QSqlQuery q(m_db.sql());
    q.prepare(QStringLiteral("SELECT p.code, a.number FROM draw_attempt a JOIN plan p ON p.id = a.plan_id "
                             "WHERE a.seed = ? AND a.plan_id <> ? ORDER BY p.code, a.number"));
    q.addBindValue(seed);
    q.addBindValue(planId);
    if (q.exec())
        while (q.next())
            list << tr("%1 (attempt %2)").arg(q.value(0).toString()).arg(q.value(1).toInt());
    return list;
}

std::optional<DrawAttempt> PlanDraw::addSeed(qint64 planId, const QList<SeedPart>& parts, QString* error)
{
    const auto fail = [error](const QString& message) -> std::optional<DrawAttempt> {
        setError(error, message);
        return std::nullopt;
    };
    PlanRepository plans(m_db);
    const auto plan = plans.find(planId);
    if (!plan)
        return fail(tr("The plan no longer exists."));
    if (plan->isDraft())
        return fail(tr("Freeze the plan %1 before the seed is rolled: the pools are fixed first.").arg(plan->code));
    if (plan->status != QLatin1String("frozen"))
        return fail(tr("The plan %1 is already drawn; void its draw with a reason before a new seed.").arg(plan->code));
    if (const auto standing = currentAttempt(planId))
        return fail(standing->computed
                        ? tr("Attempt %1 (seed %2) stands; void it with a reason before a new seed.")
                              .arg(standing->number)
                              .arg(standing->seed)
                        : tr("Attempt %1 (seed %2) has its seed but no result yet; draw it, or void it with a "
                             "reason, before a new seed.")
                              .arg(standing->number)
                              .arg(standing->seed));
    const auto frozen = frozenRequest(planId);
    const std::optional<PublicSeedSource> source = frozen ? frozen->publicSource : std::nullopt;
    const QString problem = seedProblem(parts, plan->witnesses, source);
    if (!problem.isEmpty())
        return fail(problem);
    if (source)
        if (const QString early = publicNumberNotYetText(*source, now().date()); !early.isEmpty())
            return fail(early);
    const QString seed = seedOf(parts);
    if (const QString reused = seedReuseProblem(planId, seed); !reused.isEmpty())
        return fail(reused);
    const QStringList elsewhere = seedUsedElsewhere(planId, seed);
    int number = 1;
    for (const DrawAttempt& a : attempts(planId))
        number = std::max(number, a.number + 1);
    QJsonArray partsJson;
    for (const SeedPart& p : parts)
        partsJson.append(p.toJson());

    WriteTransaction tx(m_db);
    QSqlQuery& q = tx.prepare(QStringLiteral("INSERT INTO draw_attempt (plan_id, number, seed, seed_parts, seeded_at, "
                                             "seeded_by) VALUES (?, ?, ?, ?, ?, ?)"));
    q.addBindValue(planId);
    q.addBindValue(number);
    q.addBindValue(seed);
    q.addBindValue(compact(partsJson));
    q.addBindValue(nowText());
    q.addBindValue(m_db.currentUser());
    qint64 id = 0;
    if (tx.exec(q))
        id = q.lastInsertId().toLongLong();
    QJsonObject values {
        {QStringLiteral("attempt"), number}, {QStringLiteral("seed"), seed}, {QStringLiteral("seedParts"), partsJson}};
    if (!elsewhere.isEmpty())
        values.insert(QStringLiteral("seedAlsoUsedBy"), QJsonArray::fromStringList(elsewhere));
    tx.recordChange(QStringLiteral("seed"), QStringLiteral("plan"), plan->code, {}, values);
    if (!tx.commit())
        return fail(tx.error());
    return attempt(id);
}

std::optional<DrawResult> PlanDraw::draw(qint64 attemptId, QString* error)
{
    const auto fail = [error](const QString& message) -> std::optional<DrawResult> {
        setError(error, message);
        return std::nullopt;
    };
    const auto a = attempt(attemptId);
    if (!a)
        return fail(tr("The draw attempt no longer exists."));
    if (a->voided)
        return fail(tr("Attempt %1 was voided (%2); it is not drawn.").arg(a->number).arg(a->voidReason));
    if (a->computed)
        return a->result ? a->result : fail(a->failure);
    PlanRepository plans(m_db);
    const auto plan = plans.find(a->planId);
    if (!plan)
        return fail(tr("The plan no longer exists."));
    auto frozen = frozenRequest(a->planId);
    if (!frozen)
        return fail(tr("The frozen request of plan %1 cannot be read.").arg(plan->code));
    if (DrawJson::frozenRequestHash(frozen->request) != frozen->hash)
        return fail(tr("The frozen request of plan %1 no longer matches its hash %2; the draw is refused.")
                        .arg(plan->code, frozen->hash));
    DrawRequest request = frozen->request;
    request.seed = a->seed;
    QString failure;
    const std::optional<DrawResult> result = DrawEngine::draw(request, &failure);
    if (!result && failure.isEmpty())
        failure = tr("The draw failed.");

    WriteTransaction tx(m_db);
    QSqlQuery& q = tx.prepare(QStringLiteral(
        "INSERT INTO draw_result (attempt_id, result_json, failure, drawn_at, drawn_by) VALUES (?, ?, ?, ?, ?)"));
    const QByteArray json = result ? DrawJson::write(*result) : QByteArray();
    q.addBindValue(attemptId);
    q.addBindValue(result ? QVariant(QString::fromUtf8(json)) : QVariant());
    q.addBindValue(sqlText(result ? QString() : failure));
    q.addBindValue(nowText());
    q.addBindValue(m_db.currentUser());
    tx.exec(q);
    QJsonObject after {{QStringLiteral("attempt"), a->number}, {QStringLiteral("seed"), a->seed}};
    if (result) {
        plans.setStatus(tx, a->planId, QStringLiteral("drawn"));
        after.insert(QStringLiteral("visits"), result->teams.size());
        after.insert(QStringLiteral("resultHash"), sha256Hex(json));
    } else {
        after.insert(QStringLiteral("failure"), failure);
    }
    tx.recordChange(QStringLiteral("draw"), QStringLiteral("plan"), plan->code, {}, after);
    if (!tx.commit())
        return fail(tx.error());
    return result ? result : fail(failure);
}

bool PlanDraw::voidAttempt(qint64 attemptId, const QString& reason, const QString& confirmedBy, QString* error)
{
    const auto a = attempt(attemptId);
    if (!a)
        return setError(error, tr("The draw attempt no longer exists."));
    if (reason.trimmed().isEmpty())
        return setError(error, noVoidReasonText());
    if (confirmedBy.trimmed().isEmpty())
        return setError(error, noConfirmationText());
    if (a->voided)
        return setError(error, tr("Attempt %1 is already voided (%2).").arg(a->number).arg(a->voidReason));
    PlanRepository plans(m_db);
    const auto plan = plans.find(a->planId);
    if (!plan)
        return setError(error, tr("The plan no longer exists."));
    if (Plan::statusRank(plan->status) > Plan::statusRank(QStringLiteral("drawn")))
        return setError(error,
                        tr("The inspections of plan %1 have begun; its draw can no longer be voided.").arg(plan->code));
    WriteTransaction tx(m_db);
    QSqlQuery& q
        = tx.prepare(QStringLiteral("INSERT INTO draw_void (attempt_id, reason, voided_at, voided_by, confirmed_by) "
                                    "VALUES (?, ?, ?, ?, ?)"));
    q.addBindValue(attemptId);
    q.addBindValue(reason.trimmed());
    q.addBindValue(nowText());
    q.addBindValue(m_db.currentUser());
    q.addBindValue(confirmedBy.trimmed());
    tx.exec(q);
    if (plan->status == QLatin1String("drawn"))
        plans.setStatus(tx, a->planId, QStringLiteral("frozen"));
    tx.recordChange(QStringLiteral("void"), QStringLiteral("plan"), plan->code, {},
                    {{QStringLiteral("attempt"), a->number},
                     {QStringLiteral("seed"), a->seed},
                     {QStringLiteral("reason"), reason.trimmed()},
                     {QStringLiteral("confirmedBy"), confirmedBy.trimmed()}});
    if (!tx.commit())
        return setError(error, tx.error());
    return true;
}

std::optional<DrawRecord> PlanDraw::recordOf(const DrawAttempt& a, QString* error) const
{
    if (!a.result) {
        setError(error, a.computed ? a.failure : tr("Attempt %1 has not been drawn yet.").arg(a.number));
        return std::nullopt;
    }
    const auto frozen = frozenRequest(a.planId);
    if (!frozen) {
        setError(error, tr("The frozen request cannot be read."));
        return std::nullopt;
    }
    DrawRecord record;
    record.request = frozen->request;
    record.request.seed = a.seed;
    record.result = *a.result;
    for (const RecordedSubstitution& s : a.substitutions)
        record.substitutions.append(s.substitution);
    return record;
}

std::optional<DrawSubstitution>
PlanDraw::substitute(qint64 attemptId, const QString& entity, const QString& outCode, const QString& reason,
                     QString* error, const std::function<bool(WriteTransaction&, const DrawSubstitution&)>& alongside)
{
    const auto fail = [error](const QString& message) -> std::optional<DrawSubstitution> {
        setError(error, message);
        return std::nullopt;
    };
    const auto a = attempt(attemptId);
    if (!a)
        return fail(tr("The draw attempt no longer exists."));
    if (a->voided)
        return fail(tr("Attempt %1 was voided; its teams no longer stand.").arg(a->number));
    PlanRepository plans(m_db);
    const auto plan = plans.find(a->planId);
    if (!plan)
        return fail(tr("The plan no longer exists."));
    if (plan->status != QLatin1String("drawn") && plan->status != QLatin1String("inspecting"))
        return fail(tr("The plan %1 is %2: inspectors are substituted only after the draw and before the "
                       "inspections are completed.")
                        .arg(plan->code, Vocabulary::planStatuses().label(plan->status)));
    auto record = recordOf(*a, error);
    if (!record)
        return std::nullopt;
    QString problem;
    const auto substitution = DrawEngine::substitute(*record, entity, outCode, reason.trimmed(), now(), &problem);
    if (!substitution)
        return fail(problem);

    WriteTransaction tx(m_db);
    QSqlQuery& q = tx.prepare(QStringLiteral("INSERT INTO draw_substitution (attempt_id, entity, out_inspector, "
                                             "in_inspector, reason, at, by_user) VALUES (?, ?, ?, ?, ?, ?, ?)"));
    q.addBindValue(attemptId);
    q.addBindValue(substitution->entity);
    q.addBindValue(substitution->out);
    q.addBindValue(substitution->in);
    q.addBindValue(substitution->reason);
    q.addBindValue(substitution->at);
    q.addBindValue(m_db.currentUser());
    tx.exec(q);
    tx.recordChange(QStringLiteral("substitute"), QStringLiteral("plan"), plan->code, {},
                    {{QStringLiteral("attempt"), a->number},
                     {QStringLiteral("entity"), substitution->entity},
                     {QStringLiteral("out"), substitution->out},
                     {QStringLiteral("in"), substitution->in},
                     {QStringLiteral("reason"), substitution->reason}});
    if (alongside && tx.ok() && !alongside(tx, *substitution))
        return fail(tx.error());
    if (!tx.commit())
        return fail(tx.error());
    return substitution;
}

std::optional<DrawTeamState> PlanDraw::teamNow(qint64 attemptId, const QString& entity, QString* error) const
{
    const auto a = attempt(attemptId);
    if (!a) {
        setError(error, tr("The draw attempt no longer exists."));
        return std::nullopt;
    }
    const auto record = recordOf(*a, error);
    if (!record)
        return std::nullopt;
    return DrawEngine::teamNow(*record, entity, error);
}

std::optional<DrawRecord> PlanDraw::publishedRecord(qint64 planId, QString* error) const
{
    const QList<DrawAttempt> list = attempts(planId);
    const DrawAttempt* standing = nullptr;
    DrawRecord record;
    for (const DrawAttempt& a : list) {
        if (a.voided)
            record.voided.append({a.seed, a.voidedAt.toString(Qt::ISODate), a.voidReason});
        else if (a.result)
            standing = &a;
    }
    if (!standing) {
        const auto plan = PlanRepository(m_db).find(planId);
        setError(error, tr("The plan %1 has no standing draw yet.").arg(plan ? plan->code : QString::number(planId)));
        return std::nullopt;
    }
    const auto drawn = recordOf(*standing, error);
    if (!drawn)
        return std::nullopt;
    record.request = drawn->request;
    record.result = drawn->result;
    record.substitutions = drawn->substitutions;
    record.seedParts = standing->seedParts;
    return record;
}

std::optional<QByteArray> PlanDraw::publishedRecordJson(qint64 planId, QString* error) const
{
    const auto record = publishedRecord(planId, error);
    if (!record)
        return std::nullopt;
    return DrawJson::write(*record);
}

QList<PlanVisit> PlanDraw::standingVisits(qint64 exceptPlanId) const
{
    return PlanVisit::standing(m_db, exceptPlanId);
}
