#include "PlanRepository.h"
#include "AutoCode.h"

#include "Database.h"
#include "ItemRepository.h"
#include "TownshipRepository.h"
#include "Vocabulary.h"
#include "WriteTransaction.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSqlQuery>

namespace {

const QString kSelect = QStringLiteral(
    "SELECT id, code, title, section, period_from, period_to, purpose, method, confidentiality, result_use, "
    "team_size, min_certified, backup_factor, max_teams_per_inspector, rotation, guard_months, status FROM plan ");

Plan fromQuery(const QSqlQuery& q)
{
    Plan p;
    p.id = q.value(0).toLongLong();
    p.code = q.value(1).toString();
    p.title = q.value(2).toString();
    p.section = q.value(3).toString();
    p.periodFrom = dateFromSql(q.value(4));
    p.periodTo = dateFromSql(q.value(5));
    p.purpose = q.value(6).toString();
    p.method = q.value(7).toString();
    p.confidentiality = q.value(8).toString();
    p.resultUse = q.value(9).toString();
    p.teamSize = q.value(10).toInt();
    p.minCertified = q.value(11).toInt();
    p.backupFactor = q.value(12).toInt();
    p.maxTeamsPerInspector = q.value(13).toInt();
    p.rotation = q.value(14).toBool();
    p.guardMonths = q.value(15).toInt();
    p.status = q.value(16).toString();
    return p;
}

void bindPlan(QSqlQuery& q, const Plan& p)
{
    q.addBindValue(sqlText(p.code.trimmed()));
    q.addBindValue(sqlText(p.title.trimmed()));
    q.addBindValue(sqlText(p.section.trimmed()));
    q.addBindValue(sqlDate(p.periodFrom));
    q.addBindValue(sqlDate(p.periodTo));
    q.addBindValue(sqlText(p.purpose));
    q.addBindValue(sqlText(p.method));
    q.addBindValue(sqlText(p.confidentiality));
    q.addBindValue(sqlText(p.resultUse));
    q.addBindValue(p.teamSize);
    q.addBindValue(p.minCertified);
    q.addBindValue(p.backupFactor);
    q.addBindValue(p.maxTeamsPerInspector);
    q.addBindValue(p.rotation ? 1 : 0);
    q.addBindValue(p.guardMonths);
}

QString nowUtc()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
}

QString firstProblem(const FieldErrors& errors)
{
    return Plan::fieldLabel(errors.first().field) + QStringLiteral(": ") + errors.first().message;
}

} // namespace

PlanRepository::PlanRepository(Database& db)
    : m_db(db)
{ }

void PlanRepository::loadChildren(Plan& plan) const
{
    QSqlQuery q(m_db.sql());
    q.prepare(QStringLiteral(
        "SELECT p.item_id, p.directed, p.conditions, p.risk_strata, i.code, i.name, i.min_ratio_bp, i.categories, "
        "i.object_kinds FROM plan_item p JOIN inspection_item i ON i.id = p.item_id WHERE p.plan_id = ? ORDER BY "
        "p.position"));
    q.addBindValue(plan.id);
    if (q.exec()) {
        while (q.next()) {
            PlanItemScope scope;
            scope.itemId = q.value(0).toLongLong();
            scope.directed = q.value(1).toBool();
            scope.conditions
                = PlanConditions::fromJson(QJsonDocument::fromJson(q.value(2).toString().toUtf8()).object());
            scope.useRiskStrata = q.value(3).toBool();
            scope.itemCode = q.value(4).toString();
            scope.itemName = q.value(5).toString();
            scope.itemMinRatioBp = q.value(6).toInt();
            const QString categories = q.value(7).toString();
            scope.itemCategories = categories.isEmpty() ? QStringList() : categories.split(QLatin1Char(','));
            scope.itemObjectKinds
                = InspectionItem::objectKindsText(InspectionItem::objectKindsFromStorage(q.value(8).toString()));
            plan.items.append(scope);
        }
    }
    QSqlQuery s(m_db.sql());
    s.prepare(QStringLiteral(
        "SELECT item_id, name, ratio_bp, fixed_count FROM plan_stratum WHERE plan_id = ? ORDER BY item_id, position"));
    s.addBindValue(plan.id);
    if (s.exec()) {
        while (s.next()) {
            const qint64 itemId = s.value(0).toLongLong();
            PlanStratum stratum;
            stratum.name = s.value(1).toString();
            if (!s.value(2).isNull())
                stratum.ratioBp = s.value(2).toInt();
            if (!s.value(3).isNull())
                stratum.count = s.value(3).toInt();
            for (PlanItemScope& scope : plan.items)
                if (scope.itemId == itemId)
                    scope.strata.append(stratum);
        }
    }
    QSqlQuery w(m_db.sql());
    w.prepare(QStringLiteral("SELECT name, role, unit FROM plan_witness WHERE plan_id = ? ORDER BY position"));
    w.addBindValue(plan.id);
    if (w.exec()) {
        while (w.next())
            plan.witnesses.append({w.value(0).toString(), w.value(1).toString(), w.value(2).toString()});
    }
}

std::optional<Plan> PlanRepository::find(qint64 id) const
{
    QSqlQuery q(m_db.sql());
    q.prepare(kSelect + QStringLiteral("WHERE id = ?"));
    q.addBindValue(id);
    if (!q.exec() || !q.next())
        return std::nullopt;
    Plan plan = fromQuery(q);
    loadChildren(plan);
    return plan;
}

std::optional<Plan> PlanRepository::findByCode(const QString& code) const
{
    QSqlQuery q(m_db.sql());
    q.prepare(QStringLiteral("SELECT id FROM plan WHERE code = ?"));
    q.addBindValue(code.trimmed());
    if (!q.exec() || !q.next())
        return std::nullopt;
    return find(q.value(0).toLongLong());
}

QList<Plan> PlanRepository::list(const PlanFilter& filter) const
{
    QStringList conditions;
    QVariantList binds;
    if (!filter.text.trimmed().isEmpty()) {
        const QString like = QLatin1Char('%') + filter.text.trimmed() + QLatin1Char('%');
        conditions << QStringLiteral("(code LIKE ? OR title LIKE ?)");
        binds << like << like;
    }
    if (!filter.status.isEmpty()) {
        conditions << QStringLiteral("status = ?");
        binds << filter.status;
    }
    if (filter.year > 0) {
        conditions << QStringLiteral("substr(period_from, 1, 4) = ?");
        binds << QStringLiteral("%1").arg(filter.year, 4, 10, QLatin1Char('0'));
    }
    QString sql = kSelect;
    if (!conditions.isEmpty())
        sql += QStringLiteral("WHERE ") + conditions.join(QStringLiteral(" AND "));
    sql += QStringLiteral(" ORDER BY period_from DESC, code");
    QSqlQuery q(m_db.sql());
    q.setForwardOnly(true);
    q.prepare(sql);
    for (const QVariant& v : binds)
        q.addBindValue(v);
    QList<Plan> plans;
    if (!q.exec())
        return plans;
    while (q.next())
        plans.append(fromQuery(q));
    for (Plan& plan : plans)
        loadChildren(plan);
    return plans;
}

QString PlanRepository::codePrefix() const
{
    QSqlQuery q(m_db.sql());
    q.prepare(QStringLiteral("SELECT value FROM setting WHERE key = ?"));
    q.addBindValue(codePrefixKey());
    if (q.exec() && q.next() && !q.value(0).toString().trimmed().isEmpty())
        return q.value(0).toString().trimmed();
    return defaultCodePrefix();
}

bool PlanRepository::setCodePrefix(WriteTransaction& tx, const QString& prefix)
{
    if (!tx.ok())
        return false;
    const QString value = prefix.trimmed();
    static const QRegularExpression pattern(QStringLiteral("^[^\\s〔〕|]{1,20}$"));
    if (!pattern.match(value).hasMatch())
        return tx.fail(tr("The plan code prefix has 1 to 20 characters, without spaces, brackets 〔〕 or '|'."));
    const QString before = codePrefix();
    if (before == value)
        return true;
    QSqlQuery& q = tx.prepare(QStringLiteral(
        "INSERT INTO setting (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value"));
    q.addBindValue(codePrefixKey());
    q.addBindValue(value);
    if (!tx.exec(q))
        return false;
    return tx.recordChange(QStringLiteral("update"), QStringLiteral("setting"), codePrefixKey(),
                           {{QStringLiteral("value"), before}}, {{QStringLiteral("value"), value}});
}

QString PlanRepository::nextCode(int year) const
{
    const QString head = codePrefix() + QStringLiteral("〔%1〕").arg(year);
    QSqlQuery q(m_db.sql());
    q.prepare(QStringLiteral("SELECT code FROM plan WHERE substr(code, 1, ?) = ?"));
    q.addBindValue(head.size());
    q.addBindValue(head);
    // Numbered like the registries' automatic codes (AutoCode): one to nine ASCII digits, compared as numbers.
    qint64 last = 0;
    if (q.exec()) {
        static const QRegularExpression number(QStringLiteral("^([0-9]{1,9})号$"));
        while (q.next()) {
            const QRegularExpressionMatch m = number.match(q.value(0).toString().mid(head.size()));
            if (m.hasMatch())
                last = std::max(last, m.captured(1).toLongLong());
        }
    }
    const auto next = AutoCode::after(last);
    return next ? head + QStringLiteral("%1号").arg(*next) : QString();
}

std::optional<PlanItemScope> PlanRepository::scopeForItem(qint64 itemId, bool useRiskStrata) const
{
    const auto item = ItemRepository(m_db).find(itemId);
    if (!item)
        return std::nullopt;
    return PlanItemScope::forItem(*item, useRiskStrata);
}

QString PlanRepository::conditionsInWords(const PlanItemScope& scope) const
{
    QHash<qint64, QString> names;
    for (const Township& t : TownshipRepository(m_db).list(true))
        names.insert(t.id, t.name);
    return scope.conditionsInWords(names);
}

bool PlanRepository::hasFrozenRequest(qint64 planId) const
{
    QSqlQuery q(m_db.sql());
    q.prepare(QStringLiteral("SELECT 1 FROM plan_request WHERE plan_id = ?"));
    q.addBindValue(planId);
    return q.exec() && q.next();
}

bool PlanRepository::hasCurrentDraw(qint64 planId) const
{
    QSqlQuery q(m_db.sql());
    q.prepare(QStringLiteral("SELECT 1 FROM draw_attempt a JOIN draw_result r ON r.attempt_id = a.id "
                             "WHERE a.plan_id = ? AND r.result_json IS NOT NULL "
                             "AND NOT EXISTS (SELECT 1 FROM draw_void v WHERE v.attempt_id = a.id)"));
    q.addBindValue(planId);
    return q.exec() && q.next();
}

bool PlanRepository::checkUniqueCode(WriteTransaction& tx, const Plan& plan)
{
    QSqlQuery q(m_db.sql());
    q.prepare(QStringLiteral("SELECT id, title FROM plan WHERE code = ?"));
    q.addBindValue(plan.code.trimmed());
    if (!q.exec())
        return tx.fail(tr("The plans cannot be read."));
    if (q.next() && q.value(0).toLongLong() != plan.id)
        return tx.fail(tr("The plan code %1 already belongs to the plan %2.").arg(plan.code, q.value(1).toString()));
    return true;
}

bool PlanRepository::deleteChildren(WriteTransaction& tx, qint64 planId, bool scopes)
{
    QStringList statements {QStringLiteral("DELETE FROM plan_witness WHERE plan_id = ?")};
    if (scopes)
        statements << QStringLiteral("DELETE FROM plan_stratum WHERE plan_id = ?")
                   << QStringLiteral("DELETE FROM plan_item WHERE plan_id = ?");
    for (const QString& sql : statements) {
        QSqlQuery& q = tx.prepare(sql);
        q.addBindValue(planId);
        if (!tx.exec(q))
            return false;
    }
    return true;
}

bool PlanRepository::writeChildren(WriteTransaction& tx, const Plan& plan, bool scopes)
{
    if (scopes) {
        for (qsizetype i = 0; i < plan.items.size(); ++i) {
            const PlanItemScope& scope = plan.items[i];
            QSqlQuery& q = tx.prepare(
                QStringLiteral("INSERT INTO plan_item (plan_id, position, item_id, directed, conditions, risk_strata) "
                               "VALUES (?, ?, ?, ?, ?, ?)"));
            q.addBindValue(plan.id);
            q.addBindValue(int(i));
            q.addBindValue(scope.itemId);
            q.addBindValue(scope.directed ? 1 : 0);
            q.addBindValue(QString::fromUtf8(QJsonDocument(scope.conditions.toJson()).toJson(QJsonDocument::Compact)));
            q.addBindValue(scope.useRiskStrata ? 1 : 0);
            if (!tx.exec(q))
                return false;
            for (qsizetype s = 0; s < scope.strata.size(); ++s) {
                const PlanStratum& stratum = scope.strata[s];
                QSqlQuery& sq = tx.prepare(
                    QStringLiteral("INSERT INTO plan_stratum (plan_id, item_id, position, name, ratio_bp, fixed_count) "
                                   "VALUES (?, ?, ?, ?, ?, ?)"));
                sq.addBindValue(plan.id);
                sq.addBindValue(scope.itemId);
                sq.addBindValue(int(s));
                sq.addBindValue(sqlText(stratum.name));
                sq.addBindValue(stratum.ratioBp ? QVariant(*stratum.ratioBp) : QVariant());
                sq.addBindValue(stratum.count ? QVariant(*stratum.count) : QVariant());
                if (!tx.exec(sq))
                    return false;
            }
        }
    }
    for (qsizetype i = 0; i < plan.witnesses.size(); ++i) {
        const Witness& w = plan.witnesses[i];
        QSqlQuery& q = tx.prepare(
            QStringLiteral("INSERT INTO plan_witness (plan_id, position, name, role, unit) VALUES (?, ?, ?, ?, ?)"));
        q.addBindValue(plan.id);
        q.addBindValue(int(i));
        q.addBindValue(sqlText(w.name.trimmed()));
        q.addBindValue(sqlText(w.role));
        q.addBindValue(sqlText(w.unit.trimmed()));
        if (!tx.exec(q))
            return false;
    }
    return true;
}

bool PlanRepository::insert(WriteTransaction& tx, Plan& plan)
{
    if (!tx.ok())
        return false;
    if (!plan.isDraft())
        return tx.fail(tr("A new plan starts as a draft."));
    if (plan.code.trimmed().isEmpty()
        && (plan.code = nextCode(plan.periodFrom.isValid() ? plan.periodFrom.year() : QDate::currentDate().year()))
               .isEmpty())
        return tx.fail(tr("This year's plan numbers are used up. Write the plan's number by hand."));
    plan.code = plan.code.trimmed();
    const FieldErrors errors = plan.storageProblems();
    if (!errors.isEmpty())
        return tx.fail(firstProblem(errors));
    if (!checkUniqueCode(tx, plan))
        return false;
    QSqlQuery& q = tx.prepare(QStringLiteral(
        "INSERT INTO plan (code, title, section, period_from, period_to, purpose, method, confidentiality, "
        "result_use, team_size, min_certified, backup_factor, max_teams_per_inspector, rotation, guard_months, "
        "status, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'draft', ?, ?)"));
    bindPlan(q, plan);
    q.addBindValue(nowUtc());
    q.addBindValue(nowUtc());
    if (!tx.exec(q))
        return false;
    plan.id = q.lastInsertId().toLongLong();
    if (!writeChildren(tx, plan, true))
        return false;
    const auto stored = find(plan.id);
    return tx.recordChange(QStringLiteral("create"), QStringLiteral("plan"), plan.code, {},
                           stored ? stored->toJson() : plan.toJson());
}

bool PlanRepository::update(WriteTransaction& tx, const Plan& plan)
{
    if (!tx.ok())
        return false;
    const auto before = find(plan.id);
    if (!before)
        return tx.fail(tr("The plan no longer exists (it may have been changed in another window)."));
    Plan wanted = plan;
    wanted.code = wanted.code.trimmed();
    wanted.status = before->status;
    const QStringList changed = Plan::changedFields(*before, wanted);
    if (changed.isEmpty())
        return true;
    const QStringList locked = Plan::lockedFields(before->status);
    QStringList refused;
    for (const QString& field : changed)
        if (locked.contains(field))
            refused << Plan::fieldLabel(field);
    if (!refused.isEmpty())
        return tx.fail(tr("The plan %1 is %2: %3 can no longer be changed.")
                           .arg(before->code, Vocabulary::planStatuses().label(before->status),
                                refused.join(QStringLiteral(", "))));
    const FieldErrors errors = wanted.storageProblems();
    if (!errors.isEmpty())
        return tx.fail(firstProblem(errors));
    const bool scopes = before->isDraft();
    if (scopes) {
        if (!checkUniqueCode(tx, wanted))
            return false;
        QSqlQuery& q = tx.prepare(QStringLiteral(
            "UPDATE plan SET code = ?, title = ?, section = ?, period_from = ?, period_to = ?, purpose = ?, "
            "method = ?, confidentiality = ?, result_use = ?, team_size = ?, min_certified = ?, backup_factor = ?, "
            "max_teams_per_inspector = ?, rotation = ?, guard_months = ?, updated_at = ? WHERE id = ?"));
        bindPlan(q, wanted);
        q.addBindValue(nowUtc());
        q.addBindValue(wanted.id);
        if (!tx.exec(q))
            return false;
    } else {
        QSqlQuery& q = tx.prepare(QStringLiteral("UPDATE plan SET updated_at = ? WHERE id = ?"));
        q.addBindValue(nowUtc());
        q.addBindValue(wanted.id);
        if (!tx.exec(q))
            return false;
    }
    if (!deleteChildren(tx, wanted.id, scopes) || !writeChildren(tx, wanted, scopes))
        return false;
    const auto after = find(wanted.id);
    return tx.recordChange(QStringLiteral("update"), QStringLiteral("plan"), before->code, before->toJson(),
                           after ? after->toJson() : wanted.toJson());
}

bool PlanRepository::setStatus(WriteTransaction& tx, qint64 id, const QString& status)
{
    if (!tx.ok())
        return false;
    const auto plan = find(id);
    if (!plan)
        return tx.fail(tr("The plan no longer exists."));
    if (Plan::statusRank(status) < 0)
        return tx.fail(tr("Unknown plan status %1.").arg(status));
    if (plan->status == status)
        return true;
    const Vocabulary& words = Vocabulary::planStatuses();
    const auto is = [](const QString& a, const char* b) { return a == QLatin1String(b); };
    const QString& from = plan->status;
    bool allowed = false;
    QString refusal;
    if (is(from, "draft") && is(status, "frozen")) {
        allowed = hasFrozenRequest(id);
        refusal = tr("The plan %1 is frozen by storing its draw request; freeze it from the wizard.").arg(plan->code);
    } else if (is(from, "frozen") && is(status, "drawn")) {
        allowed = hasCurrentDraw(id);
        refusal = tr("The plan %1 has no draw result yet.").arg(plan->code);
    } else if (is(from, "drawn") && is(status, "frozen")) {
        allowed = !hasCurrentDraw(id);
        refusal = tr("The draw of plan %1 stands; void it with a reason to draw again.").arg(plan->code);
    } else if ((is(from, "drawn") && is(status, "inspecting")) || (is(from, "inspecting") && is(status, "completed"))) {
        allowed = true;
    } else {
        refusal = tr("The plan %1 is %2 and cannot become %3: a plan only moves forward, one step at a time.")
                      .arg(plan->code, words.label(from), words.label(status));
    }
    if (!allowed)
        return tx.fail(refusal);
    QSqlQuery& q = tx.prepare(QStringLiteral("UPDATE plan SET status = ?, updated_at = ? WHERE id = ?"));
    q.addBindValue(status);
    q.addBindValue(nowUtc());
    q.addBindValue(id);
    if (!tx.exec(q))
        return false;
    return tx.recordChange(QStringLiteral("status"), QStringLiteral("plan"), plan->code,
                           {{QStringLiteral("status"), from}}, {{QStringLiteral("status"), status}});
}

bool PlanRepository::remove(WriteTransaction& tx, qint64 id)
{
    if (!tx.ok())
        return false;
    const auto before = find(id);
    if (!before)
        return tx.fail(tr("The plan no longer exists."));
    if (!before->isDraft() || hasFrozenRequest(id))
        return tx.fail(tr("The plan %1 is %2; only a draft can be deleted. Its record is kept.")
                           .arg(before->code, Vocabulary::planStatuses().label(before->status)));
    if (!deleteChildren(tx, id, true))
        return false;
    QSqlQuery& q = tx.prepare(QStringLiteral("DELETE FROM plan WHERE id = ?"));
    q.addBindValue(id);
    if (!tx.exec(q))
        return false;
    return tx.recordChange(QStringLiteral("delete"), QStringLiteral("plan"), before->code, before->toJson(), {});
}
