#include "DrawDocuments.h"

#include "AuditTrail.h"
#include "Database.h"
#include "DrawPreparation.h"
#include "InspectionApproval.h"
#include "InspectorRepository.h"
#include "ItemRepository.h"
#include "PlanChecklist.h"
#include "PlanDraw.h"
#include "PlanRepository.h"
#include "PublicationKey.h"
#include "Settings.h"
#include "Vocabulary.h"

#include <QFile>
#include <QHash>
#include <QRegularExpression>
#include <QSet>
#include <QSqlQuery>
#include <functional>

namespace {

QString esc(const QString& text)
{
    return text.toHtmlEscaped();
}

QString dateText(QDate date)
{
    return DrawDocuments::chineseDate(date);
}

QString timeText(const QDateTime& time)
{
    return time.isValid() ? time.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")) : QString();
}

QString periodText(const Plan& plan)
{
    return dateText(plan.periodFrom) + QStringLiteral(" 至 ") + dateText(plan.periodTo);
}

QString shareText(const std::optional<int>& ratioBp, const std::optional<int>& count)
{
    if (count)
        return QStringLiteral("固定 %1 家").arg(*count);
    return ratioBp ? PlanItemScope::percentText(*ratioBp) : QString();
}

// draw-spec §3: k = min(count, N), or min(N, max(ceil(N × r / 10000), 1 when N > 0)).
int selectedCount(const DrawStratum& stratum)
{
    const qint64 n = stratum.ids.size();
    if (stratum.count)
        return int(std::min<qint64>(*stratum.count, n));
    const qint64 r = stratum.ratioBp.value_or(0);
    return int(std::min<qint64>(n, std::max<qint64>((n * r + 9999) / 10000, n > 0 ? 1 : 0)));
}

QString section(const QString& heading, const QString& headerRow, const QString& rows)
{
    if (rows.isEmpty())
        return {};
    return QStringLiteral("<h2>%1</h2>\n<table width=\"100%\" cellspacing=\"0\">\n%2\n%3</table>\n")
        .arg(esc(heading), headerRow, rows);
}

QString row(const QStringList& cells)
{
    QString html = QStringLiteral("<tr>");
    for (const QString& cell : cells)
        html += QStringLiteral("<td>") + cell + QStringLiteral("</td>");
    return html + QStringLiteral("</tr>\n");
}

// A table's header row, repeated at the top of each printed page the table continues on.
QString headerRow(const QStringList& cells)
{
    QString html = QStringLiteral("<thead><tr>");
    for (const QString& cell : cells)
        html += QStringLiteral("<th>") + esc(cell) + QStringLiteral("</th>");
    return html + QStringLiteral("</tr></thead>");
}

bool setError(QString* error, const QString& message)
{
    if (error)
        *error = message;
    return false;
}

// A plan with its standing draw: what every document after the draw is made from. nullopt with the clerk's
// sentence in *error when the plan is gone or has no standing draw.
struct StandingDraw
{
    Plan plan;
    FrozenRequest frozen;
    DrawAttempt current;
};

std::optional<StandingDraw> standingDraw(Database& db, qint64 planId, QString* error)
{
    const auto plan = PlanRepository(db).find(planId);
    if (!plan)
        return setError(error, DrawDocuments::tr("There is no such plan.")), std::nullopt;
    PlanDraw draw(db);
    auto frozen = draw.frozenRequest(planId);
    auto current = draw.currentAttempt(planId);
    if (!frozen || !current || !current->result)
        return setError(error, DrawDocuments::tr("Plan %1 has no standing draw to print.").arg(plan->code)),
               std::nullopt;
    return StandingDraw {*plan, std::move(*frozen), std::move(*current)};
}

// Names of entities and inspectors by their draw ids, read once each.
class Names
{
public:
    explicit Names(Database& db)
        : m_db(db)
        , m_inspectors(db)
    { }

    const std::optional<Entity>& entity(const QString& drawId)
    {
        auto it = m_entities.find(drawId);
        if (it == m_entities.end())
            it = m_entities.insert(drawId, DrawPreparation::findEntity(m_db, drawId));
        return *it;
    }
    QString entityName(const QString& drawId)
    {
        const auto& e = entity(drawId);
        return e ? e->name : drawId;
    }
    const std::optional<Inspector>& inspector(const QString& code)
    {
        auto it = m_people.find(code);
        if (it == m_people.end())
            it = m_people.insert(code, m_inspectors.findByCode(code));
        return *it;
    }
    QString inspectorName(const QString& code)
    {
        const auto& p = inspector(code);
        return p ? p->name : code;
    }

private:
    Database& m_db;
    InspectorRepository m_inspectors;
    QHash<QString, std::optional<Entity>> m_entities;
    QHash<QString, std::optional<Inspector>> m_people;
};

// A member as a visit's papers name them: with the number of a certificate valid on `day`, so that the entity can
// ask to see it (行政处罚法 §55), else by name alone (an expired one is not printed as if it were). `format` places
// the name (%1) and the number (%2).
QString memberWithCertificate(Names& names, const QString& code, QDate day, const QString& format)
{
    const auto& x = names.inspector(code);
    return x && x->isCertifiedOn(day) ? format.arg(esc(x->name), esc(x->certNo)) : esc(names.inspectorName(code));
}

QString itemNames(const Plan& plan, const QStringList& codes)
{
    QStringList names;
    for (const QString& code : codes) {
        QString name = code;
        for (const PlanItemScope& scope : plan.items)
            if (scope.itemCode == code)
                name = scope.itemName;
        names << name;
    }
    return names.join(QStringLiteral("；"));
}

// 领导小组 (policy attachment 4) in one line at the foot of the draw documents, when the settings name it.
QString leadershipLine(const SettingsValues& s)
{
    QStringList parts;
    if (!s.leader.isEmpty())
        parts << QStringLiteral("组长：") + esc(s.leader);
    if (!s.deputies.isEmpty())
        parts << QStringLiteral("副组长：") + esc(s.deputies.join(QStringLiteral("、")));
    if (!s.members.isEmpty())
        parts << QStringLiteral("成员：") + esc(s.members.join(QStringLiteral("、")));
    return parts.isEmpty() ? QString()
                           : QStringLiteral("<p class=\"note\">“双随机、一公开”工作领导小组　%1</p>")
                                 .arg(parts.join(QStringLiteral("；")));
}

// Whole HTML pages of one template (a document per visit) as one document: their bodies one per printed page.
QString onePerPage(const QStringList& pages)
{
    static const QRegularExpression body(QStringLiteral("<body>(.*)</body>"),
                                         QRegularExpression::DotMatchesEverythingOption);
    QString html = pages.first();
    if (pages.size() > 1) {
        QStringList bodies;
        for (const QString& page : pages)
            bodies << body.match(page).captured(1);
        const QRegularExpressionMatch first = body.match(html);
        html = html.left(first.capturedStart(1))
            + bodies.join(QStringLiteral("<div style=\"page-break-before: always\"></div>"))
            + html.mid(first.capturedEnd(1));
    }
    return html;
}

// The three boxes of a check point's conclusion, the recorded one ticked: "☑符合　☐不符合　☐不适用".
QString outcomeBoxes(const QString& recorded)
{
    QStringList boxes;
    for (const Term& t : Vocabulary::checkPointOutcomes().terms())
        boxes << (t.key == recorded ? QStringLiteral("☑") : QStringLiteral("☐"))
                + Vocabulary::checkPointOutcomes().chinese(t.key);
    return boxes.join(QStringLiteral("　"));
}

QHash<QString, QString> planValues(Database& db, const Plan& plan)
{
    QHash<QString, QString> values = DrawDocuments::commonValues(db);
    values.insert(QHash<QString, QString> {
        {QStringLiteral("planCode"), esc(plan.code)},
        {QStringLiteral("title"), esc(plan.title)},
        {QStringLiteral("section"), esc(plan.section)},
        {QStringLiteral("period"), esc(periodText(plan))},
        {QStringLiteral("purpose"), esc(plan.purpose)},
        {QStringLiteral("method"), esc(plan.method)},
        {QStringLiteral("confidentiality"), esc(plan.confidentiality)},
        {QStringLiteral("resultUse"), esc(plan.resultUse)},
    });
    return values;
}

// The request's reasons ("conflict: 亲属关系; rotation: 昌教抽查〔2026〕1号") in the printed sheet's words.
QString exclusionReason(const QString& reason)
{
    QString text = reason;
    text.replace(QStringLiteral("conflict: "), QStringLiteral("回避："));
    text.replace(QStringLiteral("rotation: "), QStringLiteral("轮换（上次检查）："));
    text.replace(QStringLiteral("; "), QStringLiteral("；"));
    return text;
}

// The audit chain's head on the draw sheets (issue 19): entry number and the first 16 hex digits of its hash, so
// the paper in the witnesses' hands pins the history before it. Printing is itself recorded after the document is
// made, so this is the head at printing: the print's own entry follows it.
QString auditHeadText(Database& db)
{
    const std::optional<AuditMark> head = AuditTrail::head(db);
    if (!head)
        return QStringLiteral("审计日志为空");
    return QStringLiteral("审计日志第 %1 条 · 摘要前16位 <span class=\"hash\">%2</span><br><span class=\"note\">"
                          "打印本单时的最新一条，打印本单随后也记入审计日志。日后核对时这一条的摘要不变，"
                          "说明此前的记录未被改动。</span>")
        .arg(head->seq)
        .arg(esc(head->hash.left(16)));
}

// The publication key's fingerprint on the draw sheets (issue 19): the website packages of this plan are signed with
// it, so the paper tells a citizen which key to trust.
QString publicationKeyText(Database& db)
{
    const std::optional<PublicationKey> key = PublicationKeys::inForce(db);
    if (!key)
        return QStringLiteral("尚未创建（公示前由管理员在“设置”中创建）");
    return QStringLiteral("指纹 <span class=\"hash\">%1</span><br><span class=\"note\">本局的公示网页包用此密钥签名，"
                          "可用该指纹核对网页包是否为本局发布、是否被改动。</span>")
        .arg(esc(key->fingerprint()));
}

QString witnessLabel(const Witness& w)
{
    return Vocabulary::witnessRoles().chinese(w.role);
}

// The day the draw's documents judge a certificate on (Inspector::certificateDate): nobody has inspected yet when
// they are printed, so the day of the draw.
QDate certificateDay(const DrawAttempt& attempt)
{
    return Inspector::certificateDate({}, attempt.drawnAt.toLocalTime().date(), QDate::currentDate());
}

// What every per-visit page knows of its visit, besides the team as drawn.
struct VisitPage
{
    const std::optional<Entity>& entity;
    QStringList memberCodes; // the standing team, after substitutions
    QStringList members; // the same, each with the number of a certificate valid on the day of the draw
};

// A document of one page per visit of the standing draw (or only `entity`'s): the template filled with the plan's
// values and the visit's own (visitNumber, entityName, entityCode, address, members), then with what `fillVisit`
// adds; the draw's request hash and seed in the footer. nullopt with *error when `entity` is not a visit.
std::optional<DrawDocument>
visitDocument(Database& db, const StandingDraw& standing, const QString& entity, const QString& templateFile,
              const QString& title,
              const std::function<void(const DrawTeam&, const VisitPage&, QHash<QString, QString>&)>& fillVisit,
              QString* error)
{
    PlanDraw draw(db);
    Names names(db);
    const QDate day = certificateDay(standing.current);
    const QString templateHtml = DrawDocuments::templateText(templateFile);
    const QHash<QString, QString> base = planValues(db, standing.plan);
    QStringList pages;
    const QList<DrawTeam>& teams = standing.current.result->teams;
    for (qsizetype i = 0; i < teams.size(); ++i) {
        const DrawTeam& team = teams.at(i);
        if (!entity.isEmpty() && team.entity != entity)
            continue;
        const auto state = draw.teamNow(standing.current.id, team.entity, nullptr);
        VisitPage page {names.entity(team.entity), state ? state->members : team.members, {}};
        for (const QString& m : std::as_const(page.memberCodes))
            page.members << memberWithCertificate(names, m, day, QStringLiteral("%1（执法证号 %2）"));
        QHash<QString, QString> v = base;
        v.insert(QStringLiteral("visitNumber"), QString::number(i + 1));
        v.insert(QStringLiteral("entityName"), esc(page.entity ? page.entity->name : team.entity));
        v.insert(QStringLiteral("entityCode"), esc(team.entity));
        v.insert(QStringLiteral("address"), esc(page.entity ? page.entity->address : QString()));
        v.insert(QStringLiteral("members"), page.members.join(QStringLiteral("、")));
        fillVisit(team, page, v);
        pages << DrawDocuments::fill(templateHtml, v);
    }
    if (pages.isEmpty())
        return setError(error,
                        DrawDocuments::tr("%1 is not among the visits of plan %2.").arg(entity, standing.plan.code)),
               std::nullopt;
    DrawDocument doc;
    doc.title = title + standing.plan.code;
    doc.html = onePerPage(pages);
    doc.footer = QStringLiteral("%1 · 请求哈希 %2 · 种子 %3")
                     .arg(standing.plan.code, standing.frozen.hash, standing.current.seed);
    return doc;
}

// An item's checklist on the 现场检查笔录: a row a point with its standard and legal basis, the three boxes of the
// conclusion (the recorded one ticked) and the note; the header row repeats on every page. Without a checklist, a
// line saying where the inspection is written down instead.
QString checklistTable(const QList<CheckPoint>& checklist, const QList<PointConclusion>& recorded)
{
    if (checklist.isEmpty())
        return QStringLiteral("<p class=\"note\">该事项没有检查表，检查内容记入下方“检查情况”。</p>");
    QString table = QStringLiteral("<table width=\"100%\" cellspacing=\"0\"><thead><tr><th width=\"6%\">序号</th>"
                                   "<th width=\"20%\">检查内容</th><th>检查标准及依据</th><th width=\"25%\">结论</th>"
                                   "<th width=\"16%\">说明</th></tr></thead>");
    for (qsizetype n = 0; n < checklist.size(); ++n) {
        const CheckPoint& p = checklist.at(n);
        PointConclusion c;
        for (const PointConclusion& r : recorded)
            if (r.number == n + 1)
                c = r;
        QString standard = esc(p.standard);
        if (!p.basis.isEmpty())
            standard += QStringLiteral("<br><span class=\"note\">%1</span>").arg(esc(p.basis));
        table += QStringLiteral("<tr><td>%1</td><td>%2</td><td>%3</td><td class=\"box\">%4</td><td>%5</td></tr>")
                     .arg(n + 1)
                     .arg(esc(p.content), standard, outcomeBoxes(c.outcome), esc(c.note));
    }
    return table + QStringLiteral("</table>");
}

} // namespace

QHash<QString, QString> DrawDocuments::commonValues(Database& db)
{
    const SettingsValues settings = Settings(db).load();
    return {
        {QStringLiteral("bureau"), esc(settings.bureauName)},
        {QStringLiteral("office"), esc(settings.office)},
        {QStringLiteral("leadership"), leadershipLine(settings)},
        // The history and the key the paper pins (issue 19): the draw sheets, the audit log and the credit archive
        // print them.
        {QStringLiteral("auditHead"), auditHeadText(db)},
        {QStringLiteral("publicationKey"), publicationKeyText(db)},
    };
}

QString DrawDocuments::bureauName(Database& db)
{
    return Settings(db).bureauName();
}

QString DrawDocuments::templateText(const QString& fileName)
{
    QFile file(QStringLiteral(":/templates/") + fileName);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(file.readAll());
}

QString DrawDocuments::fill(const QString& templateHtml, const QHash<QString, QString>& values)
{
    static const QRegularExpression placeholder(QStringLiteral("\\{\\{([A-Za-z0-9_]+)\\}\\}"));
    QString out;
    out.reserve(templateHtml.size() * 2);
    qsizetype last = 0;
    for (auto it = placeholder.globalMatch(templateHtml); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        out += QStringView(templateHtml).mid(last, m.capturedStart() - last);
        out += values.value(m.captured(1));
        last = m.capturedEnd();
    }
    out += QStringView(templateHtml).mid(last);
    return out;
}

std::optional<DrawDocument> DrawDocuments::preDrawSheet(Database& db, qint64 planId, QString* error)
{
    const auto plan = PlanRepository(db).find(planId);
    if (!plan)
        return setError(error, tr("There is no such plan.")), std::nullopt;
    const auto frozen = PlanDraw(db).frozenRequest(planId);
    if (!frozen)
        return setError(error,
                        tr("Plan %1 is not frozen yet: the pre-draw sheet shows the frozen pools.").arg(plan->code)),
               std::nullopt;

    QHash<QString, QString> v = planValues(db, *plan);
    QString pools;
    for (qsizetype i = 0; i < frozen->request.items.size(); ++i) {
        const DrawItem& item = frozen->request.items.at(i);
        const PlanItemScope* scope = nullptr;
        for (const PlanItemScope& s : plan->items)
            if (s.itemCode == item.code)
                scope = &s;
        const QString itemText = esc(item.code) + QStringLiteral(" ") + esc(scope ? scope->itemName : QString());
        const QString scopeText = esc(scope ? PlanRepository(db).conditionsInWords(*scope) : QString());
        for (qsizetype j = 0; j < item.strata.size(); ++j) {
            const DrawStratum& s = item.strata.at(j);
            QStringList cells;
            if (j == 0) {
                const QString span = QStringLiteral(" rowspan=\"%1\"").arg(item.strata.size());
                pools += QStringLiteral("<tr><td%1>%2</td><td%1>%3</td>").arg(span, itemText, scopeText);
            } else {
                pools += QStringLiteral("<tr>");
            }
            pools += QStringLiteral("<td>%1</td><td class=\"num\">%2</td><td>%3</td><td class=\"num\">%4</td></tr>\n")
                         .arg(esc(Vocabulary::drawStrata().chinese(s.name)))
                         .arg(s.ids.size())
                         .arg(esc(shareText(s.ratioBp, s.count)))
                         .arg(selectedCount(s));
        }
    }
    v.insert(QStringLiteral("poolRows"), pools);

    QString leftOut;
    for (const EntityNote& note : frozen->entityNotes)
        leftOut += row(
            {esc(note.name), esc(note.code), esc(note.items.join(QStringLiteral("、"))),
             esc(Vocabulary::drawLeftOutReasons().chinese(note.reason)
                 + (note.plan.isEmpty()
                        ? QString()
                        : QStringLiteral("：已在 %1 中抽中（检查期至 %2）").arg(note.plan, dateText(note.until))))});
    v.insert(QStringLiteral("leftOutSection"),
             section(QStringLiteral("未列入对象池的检查对象"),
                     headerRow({QStringLiteral("检查对象"), QStringLiteral("编号"), QStringLiteral("抽查事项"),
                                QStringLiteral("原因")}),
                     leftOut));

    const DrawTeamRules& t = frozen->request.teams;
    int certified = 0;
    for (const DrawInspector& x : frozen->request.inspectors)
        certified += x.certified ? 1 : 0;
    v.insert(QStringLiteral("teamSize"), QString::number(t.size));
    v.insert(QStringLiteral("minCertified"), QString::number(t.minCertified));
    v.insert(QStringLiteral("backupFactor"), QString::number(t.backupFactor));
    v.insert(QStringLiteral("maxTeams"),
             t.maxTeamsPerInspector > 0 ? QString::number(t.maxTeamsPerInspector) : QStringLiteral("不限"));
    v.insert(QStringLiteral("inspectorCount"), QString::number(frozen->request.inspectors.size()));
    v.insert(QStringLiteral("certifiedCount"), QString::number(certified));
    v.insert(QStringLiteral("exclusionCount"), QStringLiteral("%1 对").arg(frozen->request.exclusions.size()));

    QString inspectorNotes;
    for (const InspectorNote& note : frozen->inspectorNotes)
        inspectorNotes
            += row({esc(note.name), esc(note.inspector),
                    esc(Vocabulary::drawLeftOutReasons().chinese(note.reason)
                        + (note.status.isEmpty()
                               ? QString()
                               : QStringLiteral("（%1）").arg(Vocabulary::inspectorStatuses().chinese(note.status))))});
    v.insert(QStringLiteral("inspectorNotesSection"),
             section(QStringLiteral("未参加抽取或按无证人员抽取的执法人员"),
                     headerRow({QStringLiteral("姓名"), QStringLiteral("编号"), QStringLiteral("原因")}),
                     inspectorNotes));

    v.insert(QStringLiteral("hash"), esc(frozen->hash));
    v.insert(QStringLiteral("frozenAt"), esc(timeText(frozen->frozenAt)));
    v.insert(QStringLiteral("frozenBy"), esc(frozen->frozenBy));
    v.insert(QStringLiteral("seedSource"), esc(PlanDraw::seedSourceText(frozen->publicSource)));
    QString witnesses;
    for (const Witness& w : plan->witnesses)
        witnesses += row({esc(w.name), esc(witnessLabel(w)), esc(w.unit), QString()});
    // Blank lines for witnesses not yet named (they are often known only on the day).
    for (qsizetype i = plan->witnesses.size(); i < 3; ++i)
        witnesses += row({QStringLiteral("&nbsp;"), QString(), QString(), QString()});
    v.insert(QStringLiteral("witnessRows"), witnesses);

    DrawDocument doc;
    doc.title = QStringLiteral("抽查前公示单 ") + plan->code;
    doc.html = fill(templateText(QStringLiteral("pre-draw-sheet.html")), v);
    doc.footer = QStringLiteral("%1 · 请求哈希 %2").arg(plan->code, frozen->hash);
    return doc;
}

std::optional<DrawDocument> DrawDocuments::drawSheet(Database& db, qint64 planId, QString* error)
{
    const auto standing = standingDraw(db, planId, error);
    if (!standing)
        return std::nullopt;
    const Plan* plan = &standing->plan;
    const FrozenRequest* frozen = &standing->frozen;
    const DrawAttempt* current = &standing->current;
    PlanDraw draw(db);

    Names names(db);
    QHash<QString, QString> v = planValues(db, *plan);
    v.insert(QStringLiteral("attemptNumber"), QString::number(current->number));
    v.insert(QStringLiteral("hash"), esc(frozen->hash));
    v.insert(QStringLiteral("seed"), esc(current->seed));
    v.insert(QStringLiteral("seedParts"), esc(PlanDraw::describe(current->seedParts)));
    v.insert(QStringLiteral("drawnAt"), esc(timeText(current->drawnAt)));
    v.insert(QStringLiteral("drawnBy"), esc(current->drawnBy));

    // ★ is the registry's answer on the day of the draw, not the request's flag: a certificate found expired
    // after the freeze is not starred (the draw itself, and its verification, keep the frozen flags).
    const QDate day = certificateDay(*current);
    v.insert(QStringLiteral("certifiedOn"), esc(dateText(day)));
    const auto person = [&](const QString& code, const QStringList& order, bool struck) {
        const auto& x = names.inspector(code);
        const QString text = QStringLiteral("%1. %2%3")
                                 .arg(order.indexOf(code) + 1)
                                 .arg(esc(names.inspectorName(code)))
                                 .arg(x && x->isCertifiedOn(day) ? QStringLiteral("★") : QString());
        return struck ? QStringLiteral("<span class=\"struck\">%1</span>").arg(text) : text;
    };
    QString visits;
    const QList<DrawTeam>& teams = current->result->teams;
    for (qsizetype i = 0; i < teams.size(); ++i) {
        const DrawTeam& team = teams.at(i);
        QStringList members, backups;
        const auto state = draw.teamNow(current->id, team.entity, nullptr);
        const QStringList order = state ? state->order : team.members + team.backups;
        for (const QString& m : state ? state->members : team.members)
            members << person(m, order, false);
        if (state)
            for (const QString& m : state->struckOut)
                members << person(m, order, true);
        for (const QString& b : state ? state->backups : team.backups)
            backups << person(b, order, false);
        const auto& entity = names.entity(team.entity);
        const QString entityText = entity
            ? QStringLiteral("%1<br><span class=\"note\">%2</span>").arg(esc(entity->name), esc(team.entity))
            : esc(team.entity);
        visits += QStringLiteral("<tr><td class=\"num\">%1</td><td>%2</td><td>%3</td><td>%4</td><td>%5</td></tr>\n")
                      .arg(i + 1)
                      .arg(entityText, esc(itemNames(*plan, team.items)), members.join(QStringLiteral("<br>")),
                           backups.join(QStringLiteral("<br>")));
    }
    v.insert(QStringLiteral("visitRows"), visits);
    v.insert(QStringLiteral("visitCount"), QString::number(teams.size()));

    QString subs;
    for (const RecordedSubstitution& s : current->substitutions)
        subs += row({esc(names.entityName(s.substitution.entity)), esc(names.inspectorName(s.substitution.out)),
                     esc(names.inspectorName(s.substitution.in)), esc(s.substitution.reason),
                     esc(timeText(QDateTime::fromString(s.substitution.at, Qt::ISODate)))});
    v.insert(QStringLiteral("substitutionSection"),
             section(QStringLiteral("人员递补"),
                     headerRow({QStringLiteral("检查对象"), QStringLiteral("不能参加"), QStringLiteral("递补人员"),
                                QStringLiteral("原因"), QStringLiteral("时间")}),
                     subs));

    QString exclusions;
    for (const DrawExclusion& x : frozen->request.exclusions)
        exclusions += row(
            {esc(names.inspectorName(x.inspector)), esc(names.entityName(x.entity)), esc(exclusionReason(x.reason))});
    v.insert(QStringLiteral("exclusionSection"),
             section(QStringLiteral("回避及排除"),
                     headerRow({QStringLiteral("执法人员"), QStringLiteral("检查对象"), QStringLiteral("原因")}),
                     exclusions));

    QString voided;
    for (const DrawAttempt& a : draw.attempts(planId))
        if (a.voided)
            voided += row(
                {QStringLiteral("第 %1 次").arg(a.number),
                 QStringLiteral("<span class=\"hash\">%1</span>").arg(esc(a.seed)), esc(a.voidReason),
                 esc(timeText(a.voidedAt) + QStringLiteral(" 经办人 ") + a.voidedBy
                     + (a.voidConfirmedBy.isEmpty() ? QString() : QStringLiteral("，确认人 ") + a.voidConfirmedBy))});
    v.insert(QStringLiteral("voidedSection"),
             section(QStringLiteral("作废的抽取"),
                     headerRow({QStringLiteral("抽取"), QStringLiteral("随机种子"), QStringLiteral("作废原因"),
                                QStringLiteral("作废时间、经办人及确认人")}),
                     voided));

    // A line for each witness to sign; a draw without witnesses says so, instead of lines nobody signs.
    QString witnesses;
    for (const Witness& w : plan->witnesses)
        witnesses
            += QStringLiteral("<tr><td>见证人（%1）%2（签字）：＿＿＿＿＿＿＿＿</td><td>日期：＿＿＿＿年＿＿月＿＿日"
                              "</td></tr>\n")
                   .arg(esc(witnessLabel(w)), esc(w.name));
    if (plan->witnesses.isEmpty())
        witnesses = QStringLiteral("<tr><td colspan=\"2\">见证人：无见证人（抽取时未登记见证人）</td></tr>\n");
    v.insert(QStringLiteral("witnessSignRows"), witnesses);

    DrawDocument doc;
    doc.title = QStringLiteral("随机抽取结果单 ") + plan->code;
    doc.html = fill(templateText(QStringLiteral("draw-sheet.html")), v);
    doc.footer = QStringLiteral("%1 · 请求哈希 %2 · 种子 %3").arg(plan->code, frozen->hash, current->seed);
    return doc;
}

std::optional<DrawDocument> DrawDocuments::inspectionNotice(Database& db, qint64 planId, const QString& entity,
                                                            QString* error)
{
    const auto standing = standingDraw(db, planId, error);
    if (!standing)
        return std::nullopt;
    const Plan& plan = standing->plan;
    return visitDocument(
        db, *standing, entity, QStringLiteral("inspection-notice.html"), QStringLiteral("检查通知单 "),
        [&plan](const DrawTeam& team, const VisitPage&, QHash<QString, QString>& v) {
            v.insert(QStringLiteral("items"), esc(itemNames(plan, team.items)));
        },
        error);
}

std::optional<DrawDocument> DrawDocuments::onSiteRecord(Database& db, qint64 planId, const QString& entity,
                                                        const QHash<QString, OnSiteFacts>& facts, QString* error)
{
    const auto standing = standingDraw(db, planId, error);
    if (!standing)
        return std::nullopt;
    const Plan& plan = standing->plan;
    ItemRepository items(db);
    const auto fillVisit = [&](const DrawTeam& team, const VisitPage& page, QHash<QString, QString>& v) {
        // What the results recorded for this visit, if anything: the first item's dates and members stand for the
        // visit (one visit, one team).
        std::optional<OnSiteFacts> visitFacts;
        for (const QString& code : team.items)
            if (const auto it = facts.constFind(factsKey(team.entity, code)); it != facts.cend() && !visitFacts)
                visitFacts = *it;
        if (visitFacts) {
            QStringList members = page.members;
            for (qsizetype m = 0; m < members.size(); ++m)
                if (!visitFacts->present.contains(page.memberCodes.at(m)))
                    members[m] += QStringLiteral("（未到场）");
            v.insert(QStringLiteral("members"), members.join(QStringLiteral("、")));
        }
        const auto& e = page.entity;
        v.insert(QStringLiteral("principal"), esc(e ? e->principal : QString()));
        v.insert(QStringLiteral("phone"), esc(e ? e->phone : QString()));
        const QString days = !visitFacts ? QString()
            : visitFacts->from == visitFacts->to
            ? chineseDate(visitFacts->from)
            : chineseDate(visitFacts->from) + QStringLiteral("至") + chineseDate(visitFacts->to);
        v.insert(QStringLiteral("time"),
                 days.isEmpty() ? QStringLiteral("＿＿＿＿年＿＿月＿＿日＿＿时＿＿分至＿＿时＿＿分")
                                : days + QStringLiteral("　＿＿时＿＿分至＿＿时＿＿分"));
        v.insert(QStringLiteral("shown"), QStringLiteral("☐"));
        v.insert(QStringLiteral("told"), QStringLiteral("☐"));
        QStringList basis, sections, findings;
        for (const QString& code : team.items) {
            if (const auto item = items.findByCode(code); item && !item->legalBasis.trimmed().isEmpty())
                basis << esc(item->legalBasis.trimmed());
            const auto recorded = facts.constFind(factsKey(team.entity, code));
            const QList<PointConclusion> points
                = recorded != facts.cend() ? recorded->points : QList<PointConclusion>();
            sections << QStringLiteral("<h2>%1 %2</h2>").arg(esc(code), esc(itemNames(plan, {code})))
                    + checklistTable(PlanChecklist::of(db, plan.id, code), points);
            if (recorded != facts.cend() && !recorded->findings.trimmed().isEmpty())
                findings << esc(recorded->findings.trimmed()).replace(QLatin1Char('\n'), QStringLiteral("<br>"));
        }
        v.insert(QStringLiteral("basis"), basis.join(QStringLiteral("；")));
        v.insert(QStringLiteral("itemSections"), sections.join(QString()));
        v.insert(QStringLiteral("findings"), findings.join(QStringLiteral("<br>")));
    };
    return visitDocument(db, *standing, entity, QStringLiteral("on-site-record.html"), QStringLiteral("现场检查笔录 "),
                         fillVisit, error);
}

std::optional<DrawDocument> DrawDocuments::approvalForm(Database& db, qint64 planId, QString* error)
{
    const auto standing = standingDraw(db, planId, error);
    if (!standing)
        return std::nullopt;
    const Plan* plan = &standing->plan;
    const FrozenRequest* frozen = &standing->frozen;
    const DrawAttempt* current = &standing->current;
    PlanDraw draw(db);

    QHash<QString, QString> v = planValues(db, *plan);
    // The items with their legal basis, one paragraph each, as the item list has them.
    ItemRepository items(db);
    QStringList itemLines, basisLines;
    for (const PlanItemScope& scope : plan->items) {
        itemLines << esc(scope.itemCode + QLatin1Char(' ') + scope.itemName);
        const auto item = items.findByCode(scope.itemCode);
        if (item && !item->legalBasis.trimmed().isEmpty())
            basisLines << esc(item->legalBasis.trimmed()).replace(QLatin1Char('\n'), QStringLiteral("<br>"));
    }
    v.insert(QStringLiteral("items"), itemLines.join(QStringLiteral("<br>")));
    v.insert(QStringLiteral("basis"), basisLines.join(QStringLiteral("<br>")));

    // Every visit with its team after substitutions; a member's certificate number when valid on the day of the
    // draw, as on the inspection notice.
    Names names(db);
    const QDate day = certificateDay(*current);
    QString visits;
    QSet<QString> people;
    const QList<DrawTeam>& teams = current->result->teams;
    for (qsizetype i = 0; i < teams.size(); ++i) {
        const DrawTeam& team = teams.at(i);
        const auto state = draw.teamNow(current->id, team.entity, nullptr);
        QStringList members;
        for (const QString& m : state ? state->members : team.members) {
            people.insert(m);
            members << memberWithCertificate(names, m, day, QStringLiteral("%1（%2）"));
        }
        const auto& e = names.entity(team.entity);
        visits += row({QString::number(i + 1),
                       QStringLiteral("%1<br><span class=\"note\">%2</span>")
                           .arg(esc(e ? e->name : team.entity), esc(team.entity)),
                       esc(e ? e->address : QString()), esc(itemNames(*plan, team.items)),
                       members.join(QStringLiteral("<br>"))});
    }
    v.insert(QStringLiteral("visitRows"), visits);
    v.insert(QStringLiteral("visitCount"), QString::number(teams.size()));
    v.insert(QStringLiteral("inspectorCount"), QString::number(people.size()));
    v.insert(QStringLiteral("drawnOn"), esc(dateText(current->drawnAt.toLocalTime().date())));
    v.insert(QStringLiteral("hash"), esc(frozen->hash));
    v.insert(QStringLiteral("seed"), esc(current->seed));
    v.insert(QStringLiteral("attempt"), QString::number(current->number));

    // The approval once it is recorded; before, the lines the leader signs on.
    if (const auto approval = InspectionApprovals::ofAttempt(db, current->id)) {
        v.insert(QStringLiteral("opinion"), esc(approval->opinion));
        v.insert(QStringLiteral("approver"),
                 esc(approval->approver + QStringLiteral("（") + approval->post + QStringLiteral("）")));
        v.insert(QStringLiteral("approvedOn"), esc(dateText(approval->approvedOn)));
    } else {
        v.insert(QStringLiteral("opinion"), QStringLiteral("<br><br>"));
        v.insert(QStringLiteral("approver"), QStringLiteral("＿＿＿＿＿＿＿＿"));
        v.insert(QStringLiteral("approvedOn"), QStringLiteral("＿＿＿＿年＿＿月＿＿日"));
    }

    DrawDocument doc;
    doc.title = QStringLiteral("行政检查审批表 ") + plan->code;
    doc.html = fill(templateText(QStringLiteral("approval-form.html")), v);
    doc.footer = QStringLiteral("%1 · 请求哈希 %2 · 种子 %3").arg(plan->code, frozen->hash, current->seed);
    return doc;
}

QString DrawDocuments::chineseDate(QDate date)
{
    return date.isValid() ? QStringLiteral("%1年%2月%3日").arg(date.year()).arg(date.month()).arg(date.day())
                          : QString();
}
