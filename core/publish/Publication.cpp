#include "Publication.h"

#include "Database.h"
#include "DrawDocuments.h"
#include "EntityDirectory.h"
#include "ExportFile.h"
#include "InspectorRepository.h"
#include "ItemRepository.h"
#include "PackageManifest.h"
#include "PlanDraw.h"
#include "PlanRepository.h"
#include "PublicPage.h"
#include "ResultRepository.h"
#include "Settings.h"
#include "Statistics.h"
#include "TableWriter.h"
#include "VerifyPage.h"
#include "Vocabulary.h"
#include "WriteTransaction.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <QSqlQuery>
#include <QTemporaryDir>

namespace {

QString esc(const QString& text)
{
    return text.toHtmlEscaped();
}

QString dateText(QDate date)
{
    return DrawDocuments::chineseDate(date);
}

QString nowText()
{
    return QDateTime::currentDateTime().toString(QStringLiteral("yyyy-MM-dd HH:mm"));
}

bool fail(QString* error, const QString& message)
{
    if (error)
        *error = message;
    return false;
}

QString cell(const QString& label, const QString& html, const QString& cls = {})
{
    return QStringLiteral("<td%1 data-label=\"%2\">%3</td>")
        .arg(cls.isEmpty() ? QString() : QStringLiteral(" class=\"%1\"").arg(cls), esc(label), html);
}

QString headerCells(const QStringList& headers)
{
    QString html;
    for (const QString& h : headers)
        html += QStringLiteral("<th>") + esc(h) + QStringLiteral("</th>");
    return html;
}

// The values every published page fills: the bureau, its leadership group, the signature and the time.
QHash<QString, QString> commonValues(const SettingsValues& s)
{
    return {
        {QStringLiteral("style"), PublicPage::style()},
        {QStringLiteral("bureau"), esc(s.bureauName)},
        {QStringLiteral("leadership"), PublicPage::leadershipBlock(s)},
        {QStringLiteral("signature"), PublicPage::signatureBlock(s, QDate::currentDate())},
        {QStringLiteral("generatedAt"), esc(nowText())},
        {QStringLiteral("recordFile"), Publication::recordName()},
        {QStringLiteral("verifyFile"), Publication::verifyPageName()},
        {QStringLiteral("drawFile"), Publication::drawPageName()},
        {QStringLiteral("resultsFile"), Publication::resultsPageName()},
        {QStringLiteral("itemsFile"), Publication::itemsPageName()},
        {QStringLiteral("statisticsFile"), Publication::statisticsPageName()},
    };
}

QHash<QString, QString> planValues(const Plan& plan)
{
    return {
        {QStringLiteral("planCode"), esc(plan.code)},
        {QStringLiteral("planTitle"), esc(plan.title)},
        {QStringLiteral("section"), esc(plan.section)},
        {QStringLiteral("period"), esc(dateText(plan.periodFrom) + QStringLiteral("至") + dateText(plan.periodTo))},
    };
}

QString drawTypeOf(const Plan& plan, const QString& itemCode)
{
    for (const PlanItemScope& scope : plan.items)
        if (scope.itemCode == itemCode)
            return Vocabulary::drawScopes().chinese(scope.directed ? QStringLiteral("directed")
                                                                   : QStringLiteral("undirected"));
    return {};
}

QString itemNameOf(const Plan& plan, const QString& itemCode)
{
    for (const PlanItemScope& scope : plan.items)
        if (scope.itemCode == itemCode)
            return scope.itemName;
    return itemCode;
}

// The published results of a plan in the public's words (Publication::publishedResults).
QList<PublishedResult> resultsOf(Database& db, const Plan& plan, const QString& bureau, const EntityDirectory& entities)
{
    QList<PublishedResult> out;
    for (const ResultRow& row : ResultRepository(db).publishedResults(plan.id)) {
        const ResultVersion& v = *row.published;
        PublishedResult r;
        r.resultId = row.resultId;
        r.entity = row.entity;
        r.itemCode = row.itemCode;
        r.version = v.version;
        r.correctionReason = v.correctionReason;
        r.completedOn = v.inspectedTo;
        r.categories = v.categories;
        r.followUp = v.followUp;
        r.caseNumber = v.caseNumber;
        r.remarks = v.remarks;
        r.planCode = plan.code;
        r.planTitle = plan.title;
        r.authority = bureau;
        r.drawType = drawTypeOf(plan, r.itemCode);
        r.itemName = itemNameOf(plan, r.itemCode);
        const EntityFacts* facts = entities.find(r.entity);
        r.entityName = facts ? facts->name : r.entity;
        r.creditCode = facts ? facts->creditCode : QString();
        out << r;
    }
    return out;
}

// Each visit's team as it stands after the substitutions, and the names of its members.
void readTeamsNow(Database& db, PlanSnapshot* s)
{
    const InspectorRepository inspectors(db);
    for (const DrawTeam& team : s->record->result.teams) {
        const auto state = DrawEngine::teamNow(*s->record, team.entity, nullptr);
        const QStringList members = state ? state->members : team.members;
        s->teamsNow.insert(team.entity, members);
        for (const QString& code : members) {
            if (s->inspectorNames.contains(code))
                continue;
            const auto x = inspectors.findByCode(code);
            s->inspectorNames.insert(code, x ? x->name : code);
        }
    }
}

} // namespace

QString PublishedResult::categoriesText() const
{
    QStringList words;
    for (const QString& key : categories)
        words << Vocabulary::resultCategories().chinese(key);
    return words.join(QStringLiteral("；"));
}

QString PublishedResult::followUpText() const
{
    const QString word = Vocabulary::followUpMeasures().chinese(followUp);
    return caseNumber.isEmpty() ? word : QStringLiteral("%1（%2）").arg(word, caseNumber);
}

QString PublishedResult::remarksText() const
{
    if (version <= 1 || correctionReason.isEmpty())
        return remarks;
    const QString correction = QStringLiteral("更正（第%1版）：%2").arg(version).arg(correctionReason);
    return remarks.isEmpty() ? correction : correction + QStringLiteral("；") + remarks;
}

QStringList Publication::packageFileNames()
{
    return {resultsPageName(), drawPageName(),   itemsPageName(),   recordName(),        verifyPageName(),
            resultsXlsxName(), resultsCsvName(), resultsJsonName(), statisticsPageName()};
}

QByteArray Publication::publicKeyText(const PublicationKey& key, const QString& bureau)
{
    QString text;
    text += QStringLiteral("双随机、一公开 网页包签名公钥（Ed25519）\n");
    text += QStringLiteral("机关：%1\n").arg(bureau);
    text += QStringLiteral("公钥：%1\n").arg(key.publicKeyHex());
    text += QStringLiteral("指纹：%1\n").arg(key.fingerprint());
    text += QStringLiteral("\n核对方法：shuangsui-cli verify-package 本文件夹 --fingerprint \"%1\"\n"
                           "指纹须与本机关在其他渠道（纸质抽取记录、政府网站）公布的一致，才能证明网页包来自本机关。\n")
                .arg(key.fingerprint());
    return text.toUtf8();
}

QList<PublishedResult> Publication::publishedResults(Database& db, qint64 planId)
{
    const auto plan = PlanRepository(db).find(planId);
    if (!plan)
        return {};
    return resultsOf(db, *plan, Settings(db).bureauName(), EntityDirectory(db));
}

std::optional<PlanSnapshot> Publication::snapshot(Database& db, qint64 planId, QString* error)
{
    const auto plan = PlanRepository(db).find(planId);
    if (!plan)
        return fail(error, tr("There is no such plan.")), std::nullopt;
    const PlanDraw draw(db);
    PlanSnapshot s {.plan = *plan,
                    .frozen = draw.frozenRequest(planId),
                    .attempts = draw.attempts(planId),
                    .settings = Settings(db).load(),
                    .entities = EntityDirectory(db)};
    for (auto it = s.attempts.crbegin(); it != s.attempts.crend() && !s.standing; ++it)
        if (it->isStanding())
            s.standing = *it;
    s.record = draw.publishedRecord(planId, &s.recordProblem);
    const PlanRepository plans(db);
    for (const PlanItemScope& scope : s.plan.items)
        s.scopes.insert(scope.itemCode, plans.conditionsInWords(scope));
    s.results = resultsOf(db, s.plan, s.settings.bureauName, s.entities);
    if (s.settings.publishInspectorNames && s.record)
        readTeamsNow(db, &s);
    return s;
}

QStringList Publication::resultHeaders()
{
    return {QStringLiteral("抽查计划编号"),     QStringLiteral("抽查计划名称"), QStringLiteral("检查机关"),
            QStringLiteral("抽查类型"),         QStringLiteral("抽查事项"),     QStringLiteral("市场主体名称"),
            QStringLiteral("统一社会信用代码"), QStringLiteral("检查完成日期"), QStringLiteral("检查结果"),
            QStringLiteral("后续处置"),         QStringLiteral("备注")};
}

QList<QStringList> Publication::resultRows(const QList<PublishedResult>& results)
{
    QList<QStringList> rows;
    rows.reserve(results.size());
    for (const PublishedResult& r : results)
        rows << QStringList {r.planCode,         r.planTitle,      r.authority,    r.drawType,
                             r.itemName,         r.entityName,     r.creditCode,   r.completedOn.toString(Qt::ISODate),
                             r.categoriesText(), r.followUpText(), r.remarksText()};
    return rows;
}

QByteArray Publication::resultsJson(const QList<PublishedResult>& results, const QString& planCode,
                                    const QString& planTitle)
{
    QJsonArray list;
    for (const PublishedResult& r : results) {
        QJsonObject o {
            {QStringLiteral("planCode"), r.planCode},
            {QStringLiteral("planTitle"), r.planTitle},
            {QStringLiteral("authority"), r.authority},
            {QStringLiteral("drawType"), r.drawType},
            {QStringLiteral("itemCode"), r.itemCode},
            {QStringLiteral("item"), r.itemName},
            {QStringLiteral("entity"), r.entity},
            {QStringLiteral("entityName"), r.entityName},
            {QStringLiteral("creditCode"), r.creditCode},
            {QStringLiteral("completedOn"), r.completedOn.toString(Qt::ISODate)},
            {QStringLiteral("result"), r.categoriesText()},
            {QStringLiteral("followUp"), r.followUpText()},
            {QStringLiteral("remarks"), r.remarksText()},
            {QStringLiteral("version"), r.version},
        };
        if (r.version > 1)
            o.insert(QStringLiteral("correction"), r.correctionReason);
        list.append(o);
    }
    const QJsonObject root {
        {QStringLiteral("plan"), planCode},
        {QStringLiteral("title"), planTitle},
        {QStringLiteral("authority"), results.isEmpty() ? QString() : results.first().authority},
        {QStringLiteral("generatedAt"), QDateTime::currentDateTimeUtc().toString(Qt::ISODate)},
        {QStringLiteral("results"), list},
    };
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

QString Publication::itemListPage(Database& db, QDate date)
{
    const QList<InspectionItem> items = ItemRepository(db).inForceOn(date);
    QString rows;
    int n = 0;
    for (const InspectionItem& item : items) {
        QStringList categories;
        for (const QString& key : item.categories)
            categories << Vocabulary::categories().chinese(key);
        const QString share = QStringLiteral("不低于%1，每%2个月至少抽查1次")
                                  .arg(PlanItemScope::percentText(item.minRatioBp))
                                  .arg(item.frequencyMonths);
        rows += QStringLiteral("<tr>") + cell(QStringLiteral("序号"), QString::number(++n), QStringLiteral("num"))
            + cell(QStringLiteral("事项编号"), esc(item.code)) + cell(QStringLiteral("抽查事项"), esc(item.name))
            + cell(QStringLiteral("抽查依据"), esc(item.legalBasis).replace(QLatin1Char('\n'), QStringLiteral("<br>")))
            + cell(QStringLiteral("抽查主体"), esc(item.authority))
            + cell(QStringLiteral("抽查内容"), esc(item.content).replace(QLatin1Char('\n'), QStringLiteral("<br>")))
            + cell(QStringLiteral("抽查方式"), esc(item.method))
            + cell(QStringLiteral("检查对象类别"),
                   esc(categories.join(QStringLiteral("、")))
                       + (item.objectKinds.isEmpty()
                              ? QString()
                              : QStringLiteral("<br>检查对象（事项类别）：") + esc(item.objectKindsText())))
            + cell(QStringLiteral("抽查比例及频次"), esc(share)) + QStringLiteral("</tr>\n");
    }
    if (items.isEmpty())
        rows = QStringLiteral("<tr><td class=\"empty\" colspan=\"9\">暂无有效的抽查事项。</td></tr>\n");
    QHash<QString, QString> v = commonValues(Settings(db).load());
    v.insert(QStringLiteral("date"), esc(dateText(date)));
    v.insert(QStringLiteral("itemCount"), QString::number(items.size()));
    v.insert(QStringLiteral("itemRows"), rows);
    return DrawDocuments::fill(DrawDocuments::templateText(QStringLiteral("publish-items.html")), v);
}

std::optional<QString> Publication::drawPage(Database& db, qint64 planId, QString* error)
{
    const auto plan = snapshot(db, planId, error);
    return plan ? drawPage(*plan, error) : std::nullopt;
}

std::optional<QString> Publication::drawPage(const PlanSnapshot& s, QString* error)
{
    if (!s.hasStandingDraw())
        return fail(error, tr("Plan %1 has no standing draw to publish.").arg(s.plan.code)), std::nullopt;
    const Plan* const plan = &s.plan;
    const FrozenRequest* const frozen = &*s.frozen;
    const DrawAttempt* const current = &*s.standing;
    const SettingsValues& settings = s.settings;
    const EntityDirectory& entities = s.entities;

    QHash<QString, QString> v = commonValues(settings);
    v.insert(planValues(*plan));
    v.insert(QStringLiteral("hash"), esc(frozen->hash));
    v.insert(QStringLiteral("seed"), esc(current->seed));
    v.insert(QStringLiteral("seedParts"), esc(PlanDraw::describe(current->seedParts)));
    v.insert(QStringLiteral("drawnAt"),
             esc(current->drawnAt.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm"))));
    QStringList witnesses;
    for (const Witness& w : plan->witnesses)
        witnesses << QStringLiteral("%1（%2%3）")
                         .arg(w.name, Vocabulary::witnessRoles().chinese(w.role),
                              w.unit.isEmpty() ? QString() : QStringLiteral("，") + w.unit);
    v.insert(QStringLiteral("witnesses"),
             esc(witnesses.isEmpty() ? QStringLiteral("无") : witnesses.join(QStringLiteral("；"))));

    QString itemRows;
    for (const DrawItem& item : frozen->request.items) {
        qint64 pool = 0;
        for (const DrawStratum& s : item.strata)
            pool += s.ids.size();
        qint64 selected = 0;
        for (const DrawItemResult& r : current->result->items)
            if (r.code == item.code)
                for (const DrawStratumResult& s : r.strata)
                    selected += s.selected.size();
        const QString scopeText = s.scopes.value(item.code);
        const int bp = pool > 0 ? int((selected * 10000 + pool / 2) / pool) : 0;
        itemRows += QStringLiteral("<tr>")
            + cell(QStringLiteral("抽查事项"), esc(item.code + QStringLiteral(" ") + itemNameOf(*plan, item.code)))
            + cell(QStringLiteral("抽查类型"), esc(drawTypeOf(*plan, item.code)))
            + cell(QStringLiteral("检查对象范围"), esc(scopeText))
            + cell(QStringLiteral("名录库数量"), QString::number(pool), QStringLiteral("num"))
            + cell(QStringLiteral("抽取数量"), QString::number(selected), QStringLiteral("num"))
            + cell(QStringLiteral("抽取比例"), esc(PlanItemScope::percentText(bp)), QStringLiteral("num"))
            + QStringLiteral("</tr>\n");
    }
    v.insert(QStringLiteral("itemRows"), itemRows);

    QStringList headers {QStringLiteral("序号"), QStringLiteral("检查对象"), QStringLiteral("统一社会信用代码"),
                         QStringLiteral("抽查事项")};
    if (settings.publishInspectorNames)
        headers << QStringLiteral("检查组成员");
    v.insert(QStringLiteral("visitHeader"), headerCells(headers));
    QString visitRows;
    const QList<DrawTeam>& teams = current->result->teams;
    for (qsizetype i = 0; i < teams.size(); ++i) {
        const DrawTeam& team = teams.at(i);
        const EntityFacts* facts = entities.find(team.entity);
        QStringList items;
        for (const QString& code : team.items)
            items << itemNameOf(*plan, code);
        visitRows += QStringLiteral("<tr>")
            + cell(QStringLiteral("序号"), QString::number(i + 1), QStringLiteral("num"))
            + cell(QStringLiteral("检查对象"), esc(facts ? facts->name : team.entity))
            + cell(QStringLiteral("统一社会信用代码"), esc(facts ? facts->creditCode : QString()),
                   QStringLiteral("mono"))
            + cell(QStringLiteral("抽查事项"), esc(items.join(QStringLiteral("；"))));
        if (settings.publishInspectorNames) {
            // The team as it stands after substitutions.
            QStringList names;
            for (const QString& m : s.teamsNow.value(team.entity, team.members))
                names << s.inspectorNames.value(m, m);
            visitRows += cell(QStringLiteral("检查组成员"), esc(names.join(QStringLiteral("、"))));
        }
        visitRows += QStringLiteral("</tr>\n");
    }
    v.insert(QStringLiteral("visitRows"), visitRows);
    v.insert(QStringLiteral("visitCount"), QString::number(teams.size()));
    v.insert(QStringLiteral("substitutionNote"),
             current->substitutions.isEmpty()
                 ? QString()
                 : QStringLiteral("<p class=\"note\">抽取后共有 %1 名检查人员因故不能参加，已按抽取顺序由备选人员递补，"
                                  "递补情况记录在抽取记录中。</p>")
                       .arg(current->substitutions.size()));

    // A voided draw stays on the record (domain: nothing is drawn again silently): its seed and the reason.
    QString voidedRows;
    int attempts = 0;
    for (const DrawAttempt& a : s.attempts) {
        ++attempts;
        if (!a.voided)
            continue;
        voidedRows += QStringLiteral("<tr>") + cell(QStringLiteral("抽取"), QStringLiteral("第 %1 次").arg(a.number))
            + cell(QStringLiteral("随机种子"), esc(a.seed), QStringLiteral("mono"))
            + cell(QStringLiteral("作废原因"), esc(a.voidReason))
            + cell(QStringLiteral("作废时间"),
                   esc(a.voidedAt.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm"))))
            + QStringLiteral("</tr>\n");
    }
    v.insert(QStringLiteral("voidedSection"),
             voidedRows.isEmpty()
                 ? QString()
                 : QStringLiteral("<h2>作废的抽取</h2>\n<p class=\"note\">本计划共进行 %1 次抽取，现行结果为第 %2 次；"
                                  "作废的抽取连同种子和作废原因保留在抽取记录中。</p>\n<div class=\"scroll\">\n"
                                  "<table class=\"cards\">\n<thead><tr>%3</tr></thead>\n<tbody>\n%4</tbody>\n"
                                  "</table>\n</div>\n")
                       .arg(attempts)
                       .arg(current->number)
                       .arg(headerCells({QStringLiteral("抽取"), QStringLiteral("随机种子"), QStringLiteral("作废原因"),
                                         QStringLiteral("作废时间")}),
                            voidedRows));
    return DrawDocuments::fill(DrawDocuments::templateText(QStringLiteral("publish-draw.html")), v);
}

std::optional<QString> Publication::resultsPage(Database& db, qint64 planId, QString* error)
{
    const auto plan = snapshot(db, planId, error);
    return plan ? resultsPage(*plan, error) : std::nullopt;
}

std::optional<QString> Publication::resultsPage(const PlanSnapshot& s, QString* error)
{
    if (!s.hasStandingDraw())
        return fail(error, tr("Plan %1 has no standing draw to publish.").arg(s.plan.code)), std::nullopt;

    const QStringList headers = resultHeaders();
    const QList<PublishedResult>& results = s.results;
    const QList<QStringList> rows = resultRows(results);
    QString html;
    html.reserve(rows.size() * 1200);
    for (qsizetype i = 0; i < rows.size(); ++i) {
        html += QStringLiteral("<tr>");
        for (qsizetype c = 0; c < headers.size(); ++c) {
            const bool corrected = c == headers.size() - 1 && results.at(i).version > 1;
            const bool code = headers.at(c) == QLatin1String("统一社会信用代码");
            html += cell(headers.at(c), esc(rows.at(i).at(c)),
                         corrected  ? QStringLiteral("corrected")
                             : code ? QStringLiteral("mono")
                                    : QString());
        }
        html += QStringLiteral("</tr>\n");
    }
    if (rows.isEmpty())
        html = QStringLiteral("<tr><td class=\"empty\" colspan=\"%1\">暂无已公示的检查结果。</td></tr>\n")
                   .arg(headers.size());
    QHash<QString, QString> v = commonValues(s.settings);
    v.insert(planValues(s.plan));
    v.insert(QStringLiteral("headerCells"), headerCells(headers));
    v.insert(QStringLiteral("resultRows"), html);
    v.insert(QStringLiteral("resultCount"), QString::number(rows.size()));
    v.insert(QStringLiteral("hash"), esc(s.frozen->hash));
    v.insert(QStringLiteral("seed"), esc(s.standing->seed));
    v.insert(QStringLiteral("seedParts"), esc(PlanDraw::describe(s.standing->seedParts)));
    return DrawDocuments::fill(DrawDocuments::templateText(QStringLiteral("publish-results.html")), v);
}

bool Publication::recordPublication(WriteTransaction& tx, qint64 planId, const QString& kind,
                                    const QList<PublishedFile>& files, qint64* id, const QString& manifestSha256,
                                    qint64 keyId)
{
    if (!tx.ok())
        return false;
    QJsonArray list;
    for (const PublishedFile& f : files)
        list.append(QJsonObject {
            {QStringLiteral("name"), f.name}, {QStringLiteral("sha256"), f.sha256}, {QStringLiteral("size"), f.size}});
    const QString filesJson = QString::fromUtf8(QJsonDocument(list).toJson(QJsonDocument::Compact));
    const QString at = tx.utcNow();
    const QString by = tx.database().currentUser();
    QSqlQuery& q = tx.prepare(QStringLiteral(
        "INSERT INTO publication (plan_id, kind, files, published_at, published_by, manifest_sha256, key_id) "
        "VALUES (?, ?, ?, ?, ?, ?, ?)"));
    q.addBindValue(planId > 0 ? QVariant(planId) : QVariant(QMetaType(QMetaType::LongLong)));
    q.addBindValue(kind);
    q.addBindValue(filesJson);
    q.addBindValue(at);
    q.addBindValue(by);
    q.addBindValue(manifestSha256.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(manifestSha256));
    q.addBindValue(keyId > 0 ? QVariant(keyId) : QVariant(QMetaType(QMetaType::LongLong)));
    if (!tx.exec(q))
        return false;
    const qint64 newId = q.lastInsertId().toLongLong();
    if (id)
        *id = newId;
    QJsonObject details {{QStringLiteral("plan"), planId},
                         {QStringLiteral("kind"), kind},
                         {QStringLiteral("files"), list},
                         {QStringLiteral("publishedAt"), at}};
    if (!manifestSha256.isEmpty()) {
        details.insert(QStringLiteral("manifest"), manifestSha256);
        details.insert(QStringLiteral("key"), keyId);
    }
    return tx.recordChange(QStringLiteral("create"), QStringLiteral("publication"), QString::number(newId), {},
                           details);
}

bool Publication::writePackage(Database& db, qint64 planId, const QString& outDir, const SigningKey& key,
                               QList<PublishedFile>* files, QString* error, const Progress& progress)
{
    const auto plan = snapshot(db, planId, error);
    return plan && writePackage(db, *plan, outDir, key, files, error, progress);
}

bool Publication::writePackage(Database& db, const PlanSnapshot& s, const QString& outDir, const SigningKey& key,
                               QList<PublishedFile>* files, QString* error, const Progress& progress)
{
    if (!s.record)
        return fail(error, tr("Plan %1 has no standing draw to publish: %2").arg(s.plan.code, s.recordProblem));
    const QByteArray record = DrawJson::write(*s.record);

    const QFileInfo target(outDir);
    if (target.exists()) {
        if (!target.isDir()
            || !QDir(outDir).isEmpty(QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot))
            return fail(error,
                        tr("%1 already exists and is not an empty folder: choose a new folder for the package.")
                            .arg(QDir::toNativeSeparators(outDir)));
    }
    const QString parent = target.absolutePath();
    if (!QDir().mkpath(parent))
        return fail(error, tr("Cannot create the folder %1.").arg(QDir::toNativeSeparators(parent)));
    QTemporaryDir temp(parent + QStringLiteral("/.") + target.fileName() + QStringLiteral("-XXXXXX"));
    if (!temp.isValid())
        return fail(error, tr("Cannot write into %1: %2").arg(QDir::toNativeSeparators(parent), temp.errorString()));

    const QStringList names = packageFileNames();
    const int steps = int(names.size()) + 1;
    int step = 0;
    const auto next = [&](const QString& name) { return !progress || progress(step++, steps, name); };
    const auto cancelled = [&] { return fail(error, tr("Publishing was cancelled; nothing was written.")); };
    const auto path = [&](const QString& name) { return temp.filePath(name); };

    const QList<PublishedResult>& results = s.results;
    QString pageError;
    if (!next(resultsPageName()))
        return cancelled();
    const auto resultsHtml = resultsPage(s, &pageError);
    if (!resultsHtml)
        return fail(error, pageError);
    if (!ExportFile::writeWhole(path(resultsPageName()), resultsHtml->toUtf8(), error))
        return false;
    if (!next(drawPageName()))
        return cancelled();
    const auto drawHtml = drawPage(s, &pageError);
    if (!drawHtml)
        return fail(error, pageError);
    if (!ExportFile::writeWhole(path(drawPageName()), drawHtml->toUtf8(), error))
        return false;
    if (!next(itemsPageName()))
        return cancelled();
    const QDate itemsDate = s.plan.periodFrom.isValid() ? s.plan.periodFrom : QDate::currentDate();
    if (!ExportFile::writeWhole(path(itemsPageName()), itemListPage(db, itemsDate).toUtf8(), error))
        return false;
    if (!next(recordName()))
        return cancelled();
    if (!ExportFile::writeWhole(path(recordName()), record, error))
        return false;
    if (!next(verifyPageName()))
        return cancelled();
    const QByteArray verify = VerifyPage::render(record);
    if (verify.isEmpty())
        return fail(error, tr("The verify page template is missing from the program."));
    if (!ExportFile::writeWhole(path(verifyPageName()), verify, error))
        return false;
    const QList<QStringList> rows = resultRows(results);
    if (!next(resultsXlsxName()))
        return cancelled();
    if (!TableWriter::writeXlsx(path(resultsXlsxName()), QStringLiteral("抽查结果"), resultHeaders(), rows, error))
        return false;
    if (!next(resultsCsvName()))
        return cancelled();
    if (!TableWriter::writeCsv(path(resultsCsvName()), resultHeaders(), rows, error))
        return false;
    if (!next(resultsJsonName()))
        return cancelled();
    if (!ExportFile::writeWhole(path(resultsJsonName()), resultsJson(results, s.plan.code, s.plan.title), error))
        return false;
    if (!next(statisticsPageName()))
        return cancelled();
    const StatisticsReport report = Statistics::compute(db, Statistics::halfYearOf(itemsDate), true);
    if (!ExportFile::writeWhole(path(statisticsPageName()), Statistics::page(db, report).toUtf8(), error))
        return false;
    if (!next(tr("Recording the publication")))
        return cancelled();

    if (!ExportFile::writeWhole(path(publicKeyName()), publicKeyText(key.key(), s.settings.bureauName), error))
        return false;

    QList<PublishedFile> written;
    for (const QString& name : names + QStringList {publicKeyName()})
        written << PublishedFile {name, ExportFile::sha256Of(path(name)), QFileInfo(path(name)).size()};

    // The manifest is made in the publication's own transaction: the audit head it names is the newest entry
    // before the publication's, and the previous manifest the newest package's, with no writer between.
    WriteTransaction tx(db);
    PackageManifest manifest;
    manifest.bureau = s.settings.bureauName;
    manifest.plan = s.plan.code;
    manifest.publishedAt = tx.utcNow();
    manifest.publicKey = key.key().publicKeyHex();
    manifest.fingerprint = key.key().fingerprint();
    QSqlQuery& head = tx.prepare(QStringLiteral("SELECT seq, hash FROM audit_log ORDER BY seq DESC LIMIT 1"));
    if (!tx.exec(head))
        return fail(error, tx.error());
    if (head.next()) {
        manifest.auditSeq = head.value(0).toLongLong();
        manifest.auditHash = head.value(1).toString();
    }
    QSqlQuery& previous = tx.prepare(QStringLiteral(
        "SELECT manifest_sha256 FROM publication WHERE manifest_sha256 IS NOT NULL ORDER BY id DESC LIMIT 1"));
    if (!tx.exec(previous))
        return fail(error, tx.error());
    if (previous.next())
        manifest.previousManifest = previous.value(0).toString();
    for (const PublishedFile& f : written)
        manifest.files << ManifestFile {f.name, f.sha256, f.size};
    const QByteArray manifestJson = manifest.toJson();
    const QByteArray signature = key.sign(manifestJson).toHex() + '\n';
    if (!ExportFile::writeWhole(path(manifestName()), manifestJson, error)
        || !ExportFile::writeWhole(path(signatureName()), signature, error))
        return false;
    const QString manifestSha256
        = QString::fromLatin1(QCryptographicHash::hash(manifestJson, QCryptographicHash::Sha256).toHex());
    written << PublishedFile {manifestName(), manifestSha256, manifestJson.size()};
    written << PublishedFile {signatureName(), ExportFile::sha256Of(path(signatureName())), signature.size()};

    if (!recordPublication(tx, s.plan.id, QStringLiteral("package"), written, nullptr, manifestSha256, key.key().id))
        return fail(error, tx.error());
    if (target.exists() && !QDir().rmdir(outDir))
        return fail(error, tr("Cannot replace the empty folder %1.").arg(QDir::toNativeSeparators(outDir)));
    if (!QDir().rename(temp.path(), outDir))
        return fail(error, tr("Cannot rename the package folder to %1.").arg(QDir::toNativeSeparators(outDir)));
    temp.setAutoRemove(false);
    // The staging folder was made private (0700) by QTemporaryDir: the package gets a folder's usual permissions,
    // so that the web server or a colleague can read it.
    QFile::setPermissions(outDir,
                          QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner
                              | QFileDevice::ReadGroup | QFileDevice::ExeGroup | QFileDevice::ReadOther
                              | QFileDevice::ExeOther | QFileDevice::ReadUser | QFileDevice::WriteUser
                              | QFileDevice::ExeUser);
    if (!tx.commit()) {
        QDir(outDir).removeRecursively();
        return fail(error, tx.error());
    }
    if (files)
        *files = written;
    if (progress)
        progress(steps, steps, {});
    return true;
}
