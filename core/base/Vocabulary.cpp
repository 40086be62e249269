#include "Vocabulary.h"

#include <QLocale>

#include <algorithm>

namespace {

QString folded(const QString& text)
{
    // NFKC changes neither ASCII nor the CJK Unified Ideographs (no decompositions, nothing composes with them);
    // cells of an import are almost always just these.
    const bool stable = std::all_of(text.cbegin(), text.cend(), [](QChar c) {
        return c.unicode() < 0x80 || (c.unicode() >= 0x4E00 && c.unicode() <= 0x9FFF);
    });
    QString s = (stable ? text : text.normalized(QString::NormalizationForm_KC)).toCaseFolded();
    s.remove(QLatin1Char(' '));
    s.remove(QChar(0x3000));
    return s;
}

} // namespace

bool interfaceIsEnglish()
{
    return QLocale().language() == QLocale::English;
}

Vocabulary::Vocabulary(QList<Term> terms)
    : m_terms(std::move(terms))
{
    // In the order keyFor() promises: the first term with a matching form wins.
    for (const Term& t : m_terms) {
        for (const QString& form : QStringList {t.key, t.zh, t.en} + t.aliases) {
            const QString f = folded(form);
            if (!m_keyByFolded.contains(f))
                m_keyByFolded.insert(f, t.key);
        }
    }
}

QStringList Vocabulary::keys() const
{
    QStringList list;
    for (const Term& t : m_terms)
        list << t.key;
    return list;
}

bool Vocabulary::contains(const QString& key) const
{
    for (const Term& t : m_terms)
        if (t.key == key)
            return true;
    return false;
}

QString Vocabulary::label(const QString& key) const
{
    for (const Term& t : m_terms)
        if (t.key == key)
            return interfaceIsEnglish() ? t.en : t.zh;
    return key;
}

QString Vocabulary::chinese(const QString& key) const
{
    for (const Term& t : m_terms)
        if (t.key == key)
            return t.zh;
    return key;
}

QStringList Vocabulary::labels() const
{
    QStringList list;
    for (const Term& t : m_terms)
        list << label(t.key);
    return list;
}

QString Vocabulary::keyFor(const QString& text) const
{
    const QString wanted = folded(text);
    if (wanted.isEmpty())
        return {};
    return m_keyByFolded.value(wanted);
}

const Vocabulary& Vocabulary::categories()
{
    static const Vocabulary v({
        // 民办幼儿园/公办幼儿园 as a category: the importer also takes the ownership from the word.
        {QStringLiteral("kindergarten"),
         QStringLiteral("幼儿园"),
         QStringLiteral("Kindergarten"),
         {QStringLiteral("幼稚园"), QStringLiteral("学前教育"), QStringLiteral("民办幼儿园"),
          QStringLiteral("公办幼儿园")}},
        {QStringLiteral("primary"),
         QStringLiteral("小学"),
         QStringLiteral("Primary school"),
         {QStringLiteral("完小"), QStringLiteral("完全小学"), QStringLiteral("中心小学"), QStringLiteral("教学点")}},
        {QStringLiteral("junior"),
         QStringLiteral("初中"),
         QStringLiteral("Junior middle school"),
         {QStringLiteral("初级中学")}},
        {QStringLiteral("senior"),
         QStringLiteral("高中"),
         QStringLiteral("Senior middle school"),
         {QStringLiteral("高级中学"), QStringLiteral("普通高中")}},
        // A 十二年一贯制学校 (primary to senior) is filed with 完全中学 and 高级中学 under 普通高中 in the education
        // statistics; issue #2 fixes the category list, and the policy names no other kind of school.
        {QStringLiteral("complete_middle"),
         QStringLiteral("完全中学"),
         QStringLiteral("Complete middle school"),
         {QStringLiteral("完中"), QStringLiteral("十二年一贯制学校"), QStringLiteral("十二年一贯制")}},
        {QStringLiteral("nine_year"),
         QStringLiteral("九年一贯制学校"),
         QStringLiteral("Nine-year school"),
         {QStringLiteral("九年一贯制"), QStringLiteral("九年制学校")}},
        {QStringLiteral("vocational"),
         QStringLiteral("中等职业学校"),
         QStringLiteral("Secondary vocational school"),
         {QStringLiteral("职业学校"), QStringLiteral("职业中学"), QStringLiteral("职教中心"), QStringLiteral("中职"),
          QStringLiteral("职业高中"), QStringLiteral("职高"), QStringLiteral("中等专业学校")}},
        {QStringLiteral("special"),
         QStringLiteral("特殊教育学校"),
         QStringLiteral("Special education school"),
         {QStringLiteral("特教学校"), QStringLiteral("特殊教育")}},
        {QStringLiteral("training"),
         QStringLiteral("培训机构"),
         QStringLiteral("Training institution"),
         {QStringLiteral("校外培训机构"), QStringLiteral("培训学校"), QStringLiteral("民办培训机构")}},
        {QStringLiteral("other"), QStringLiteral("其他"), QStringLiteral("Other"), {QStringLiteral("其它")}},
    });
    return v;
}

const Vocabulary& Vocabulary::ownerships()
{
    static const Vocabulary v({
        {QStringLiteral("public"),
         QStringLiteral("公办"),
         QStringLiteral("Public"),
         {QStringLiteral("公立"), QStringLiteral("国办"), QStringLiteral("公办学校"), QStringLiteral("公立学校")}},
        {QStringLiteral("private"),
         QStringLiteral("民办"),
         QStringLiteral("Private"),
         {QStringLiteral("私立"), QStringLiteral("私营"), QStringLiteral("民办学校"), QStringLiteral("私立学校")}},
    });
    return v;
}

const Vocabulary& Vocabulary::entityStatuses()
{
    static const Vocabulary v({
        {QStringLiteral("normal"),
         QStringLiteral("正常"),
         QStringLiteral("Operating"),
         {QStringLiteral("在办"), QStringLiteral("正常办学"), QStringLiteral("存续")}},
        {QStringLiteral("suspended"),
         QStringLiteral("停办"),
         QStringLiteral("Suspended"),
         {QStringLiteral("停止办学"), QStringLiteral("暂停")}},
        {QStringLiteral("closed"),
         QStringLiteral("注销"),
         QStringLiteral("Deregistered"),
         {QStringLiteral("已注销"), QStringLiteral("撤销")}},
    });
    return v;
}

const Vocabulary& Vocabulary::riskClasses()
{
    static const Vocabulary v({
        {QStringLiteral("A"),
         QStringLiteral("A 低风险"),
         QStringLiteral("A low"),
         {QStringLiteral("低"), QStringLiteral("低风险"), QStringLiteral("A类")}},
        {QStringLiteral("B"),
         QStringLiteral("B 一般风险"),
         QStringLiteral("B moderate"),
         {QStringLiteral("一般"), QStringLiteral("一般风险"), QStringLiteral("B类")}},
        {QStringLiteral("C"),
         QStringLiteral("C 较高风险"),
         QStringLiteral("C elevated"),
         {QStringLiteral("较高"), QStringLiteral("较高风险"), QStringLiteral("C类")}},
        {QStringLiteral("D"),
         QStringLiteral("D 高风险"),
         QStringLiteral("D high"),
         {QStringLiteral("高"), QStringLiteral("高风险"), QStringLiteral("D类")}},
    });
    return v;
}

const Vocabulary& Vocabulary::inspectorStatuses()
{
    static const Vocabulary v({
        {QStringLiteral("on_duty"),
         QStringLiteral("在岗"),
         QStringLiteral("On duty"),
         {QStringLiteral("在职"), QStringLiteral("正常")}},
        {QStringLiteral("on_leave"), QStringLiteral("请假"), QStringLiteral("On leave"), {QStringLiteral("休假")}},
        {QStringLiteral("transferred"),
         QStringLiteral("调离"),
         QStringLiteral("Transferred"),
         {QStringLiteral("调出")}},
        {QStringLiteral("retired"), QStringLiteral("退休"), QStringLiteral("Retired"), {}},
    });
    return v;
}

const Vocabulary& Vocabulary::genders()
{
    static const Vocabulary v({
        {QStringLiteral("male"), QStringLiteral("男"), QStringLiteral("Male"), {QStringLiteral("M")}},
        {QStringLiteral("female"), QStringLiteral("女"), QStringLiteral("Female"), {QStringLiteral("F")}},
    });
    return v;
}

const Vocabulary& Vocabulary::conflictReasons()
{
    static const Vocabulary v({
        {QStringLiteral("relative"),
         QStringLiteral("亲属关系"),
         QStringLiteral("Relative"),
         {QStringLiteral("近亲属"), QStringLiteral("亲属")}},
        {QStringLiteral("former_employee"),
         QStringLiteral("曾在该单位任职"),
         QStringLiteral("Formerly worked there"),
         {QStringLiteral("曾任职"), QStringLiteral("原单位")}},
        {QStringLiteral("financial"),
         QStringLiteral("经济利益往来"),
         QStringLiteral("Financial interest"),
         {QStringLiteral("经济利益"), QStringLiteral("利益往来")}},
        {QStringLiteral("other"), QStringLiteral("其他"), QStringLiteral("Other"), {QStringLiteral("其它")}},
    });
    return v;
}

const Vocabulary& Vocabulary::itemStatuses()
{
    static const Vocabulary v({
        {QStringLiteral("active"),
         QStringLiteral("有效"),
         QStringLiteral("In force"),
         {QStringLiteral("正常"), QStringLiteral("启用")}},
        {QStringLiteral("retired"),
         QStringLiteral("停用"),
         QStringLiteral("Withdrawn"),
         {QStringLiteral("废止"), QStringLiteral("失效")}},
    });
    return v;
}

const Vocabulary& Vocabulary::townshipKinds()
{
    static const Vocabulary v({
        {QStringLiteral("town"), QStringLiteral("镇"), QStringLiteral("Town"), {}},
        {QStringLiteral("township"), QStringLiteral("乡"), QStringLiteral("Township"), {}},
        {QStringLiteral("subdistrict"), QStringLiteral("街道"), QStringLiteral("Subdistrict"), {}},
        {QStringLiteral("other"), QStringLiteral("其他"), QStringLiteral("Other"), {}},
    });
    return v;
}

const Vocabulary& Vocabulary::planStatuses()
{
    static const Vocabulary v({
        {QStringLiteral("draft"), QStringLiteral("草稿"), QStringLiteral("Draft"), {QStringLiteral("未冻结")}},
        {QStringLiteral("frozen"), QStringLiteral("已冻结"), QStringLiteral("Frozen"), {QStringLiteral("冻结")}},
        {QStringLiteral("drawn"), QStringLiteral("已抽取"), QStringLiteral("Drawn"), {QStringLiteral("已摇号")}},
        {QStringLiteral("inspecting"),
         QStringLiteral("检查中"),
         QStringLiteral("Inspecting"),
         {QStringLiteral("实施中")}},
        {QStringLiteral("completed"),
         QStringLiteral("已完成"),
         QStringLiteral("Completed"),
         {QStringLiteral("完成"), QStringLiteral("已结束")}},
    });
    return v;
}

const Vocabulary& Vocabulary::witnessRoles()
{
    static const Vocabulary v({
        {QStringLiteral("npc_deputy"), QStringLiteral("人大代表"), QStringLiteral("NPC deputy"), {}},
        {QStringLiteral("cppcc_member"), QStringLiteral("政协委员"), QStringLiteral("CPPCC member"), {}},
        {QStringLiteral("media"),
         QStringLiteral("新闻媒体"),
         QStringLiteral("News media"),
         {QStringLiteral("媒体"), QStringLiteral("记者")}},
        {QStringLiteral("other"), QStringLiteral("其他"), QStringLiteral("Other"), {QStringLiteral("其它")}},
    });
    return v;
}

const Vocabulary& Vocabulary::drawScopes()
{
    static const Vocabulary v({
        {QStringLiteral("undirected"),
         QStringLiteral("不定向"),
         QStringLiteral("Undirected"),
         {QStringLiteral("不定向抽查")}},
        {QStringLiteral("directed"), QStringLiteral("定向"), QStringLiteral("Directed"), {QStringLiteral("定向抽查")}},
    });
    return v;
}

const Vocabulary& Vocabulary::drawConditions()
{
    static const Vocabulary v({
        {QStringLiteral("categories"), QStringLiteral("类别"), QStringLiteral("Category"), {}},
        {QStringLiteral("ownerships"), QStringLiteral("办学性质"), QStringLiteral("Ownership"), {}},
        {QStringLiteral("townships"), QStringLiteral("所属乡镇"), QStringLiteral("Township"), {QStringLiteral("乡镇")}},
        {QStringLiteral("tags"), QStringLiteral("标签"), QStringLiteral("Tags"), {}},
        {QStringLiteral("blacklistedOnly"), QStringLiteral("仅黑名单"), QStringLiteral("Blacklisted only"), {}},
        {QStringLiteral("notInspectedSince"),
         QStringLiteral("自该日起未检查"),
         QStringLiteral("Not inspected since"),
         {}},
    });
    return v;
}

const Vocabulary& Vocabulary::drawStrata()
{
    static const Vocabulary v({
        {QStringLiteral("A"), QStringLiteral("A类（低风险）"), QStringLiteral("Class A (low risk)"), {}},
        {QStringLiteral("B"), QStringLiteral("B类（一般风险）"), QStringLiteral("Class B (moderate risk)"), {}},
        {QStringLiteral("C"), QStringLiteral("C类（较高风险）"), QStringLiteral("Class C (elevated risk)"), {}},
        {QStringLiteral("D"), QStringLiteral("D类（高风险）"), QStringLiteral("Class D (high risk)"), {}},
        {QStringLiteral("normal"), QStringLiteral("普通"), QStringLiteral("Normal"), {QStringLiteral("一般")}},
        {QStringLiteral("blacklist"), QStringLiteral("黑名单"), QStringLiteral("Blacklist"), {}},
    });
    return v;
}

const Vocabulary& Vocabulary::drawLeftOutReasons()
{
    static const Vocabulary v({
        {QStringLiteral("guard"), QStringLiteral("近期已检查"), QStringLiteral("Inspected recently"), {}},
        {QStringLiteral("not_on_duty"), QStringLiteral("不在岗"), QStringLiteral("Not on duty"), {}},
        {QStringLiteral("uncertified"),
         QStringLiteral("检查期间无有效执法证"),
         QStringLiteral("No valid certificate for the whole period"),
         {}},
        {QStringLiteral("conflict"), QStringLiteral("回避"), QStringLiteral("Conflict of interest"), {}},
        {QStringLiteral("rotation"), QStringLiteral("轮换"), QStringLiteral("Rotation"), {}},
    });
    return v;
}

const Vocabulary& Vocabulary::resultCategories()
{
    static const Vocabulary v({
        {QStringLiteral("no_problem"),
         QStringLiteral("未发现问题"),
         QStringLiteral("No problem found"),
         {QStringLiteral("未发现"), QStringLiteral("合格")}},
        {QStringLiteral("ordered_rectify"),
         QStringLiteral("发现问题已责令整改"),
         QStringLiteral("Problem found, rectification ordered"),
         {QStringLiteral("已责令整改")}},
        {QStringLiteral("pending"),
         QStringLiteral("发现问题待后续处理"),
         QStringLiteral("Problem found, to be handled further"),
         {QStringLiteral("待后续处理")}},
        {QStringLiteral("not_disclosed"),
         QStringLiteral("未按规定公示应当公示的信息"),
         QStringLiteral("Did not disclose information it must disclose"),
         {}},
        {QStringLiteral("false_disclosure"),
         QStringLiteral("公示信息隐瞒真实情况、弄虚作假"),
         QStringLiteral("Disclosed information concealed facts or was false"),
         {}},
        {QStringLiteral("obstructed"),
         QStringLiteral("不配合检查，情节严重"),
         QStringLiteral("Seriously obstructed the inspection"),
         {}},
        {QStringLiteral("unreachable"),
         QStringLiteral("通过登记的地址无法联系"),
         QStringLiteral("Cannot be reached at the registered address"),
         {}},
        {QStringLiteral("closed"), QStringLiteral("已停办或正在清算"), QStringLiteral("Closed or being wound up"), {}},
        {QStringLiteral("no_activity"),
         QStringLiteral("未发现开展本次抽查涉及的办学活动"),
         QStringLiteral("None of the inspected activities found"),
         {}},
        {QStringLiteral("other_rules"),
         QStringLiteral("违反其他部门相关规定"),
         QStringLiteral("Breach of other departments' rules"),
         {}},
    });
    return v;
}

const Vocabulary& Vocabulary::followUpMeasures()
{
    static const Vocabulary v({
        {QStringLiteral("none"),
         QStringLiteral("无需后续处置"),
         QStringLiteral("No follow-up needed"),
         {QStringLiteral("无")}},
        {QStringLiteral("rectify"),
         QStringLiteral("责令限期整改"),
         QStringLiteral("Rectification within a time limit"),
         {QStringLiteral("限期整改")}},
        {QStringLiteral("routine"),
         QStringLiteral("移交日常监管"),
         QStringLiteral("Handed to routine supervision"),
         {}},
        {QStringLiteral("case"), QStringLiteral("立案查处"), QStringLiteral("Case opened"), {}},
        {QStringLiteral("judicial"),
         QStringLiteral("移送司法机关"),
         QStringLiteral("Referred to the judicial authorities"),
         {}},
        {QStringLiteral("notify"),
         QStringLiteral("抄告相关部门"),
         QStringLiteral("Notified to the departments concerned"),
         {}},
    });
    return v;
}

const Vocabulary& Vocabulary::checkPointOutcomes()
{
    static const Vocabulary v({
        {QStringLiteral("conform"),
         QStringLiteral("符合"),
         QStringLiteral("Conforms"),
         {QStringLiteral("合格"), QStringLiteral("是")}},
        {QStringLiteral("nonconform"),
         QStringLiteral("不符合"),
         QStringLiteral("Does not conform"),
         {QStringLiteral("不合格"), QStringLiteral("否")}},
        {QStringLiteral("not_applicable"),
         QStringLiteral("不适用"),
         QStringLiteral("Not applicable"),
         {QStringLiteral("无此项")}},
    });
    return v;
}

const Vocabulary& Vocabulary::followUpOutcomes()
{
    static const Vocabulary v({
        {QStringLiteral("rectified"),
         QStringLiteral("已整改"),
         QStringLiteral("Rectified"),
         {QStringLiteral("整改完成")}},
        {QStringLiteral("partly"), QStringLiteral("部分整改"), QStringLiteral("Partly rectified"), {}},
        {QStringLiteral("not_rectified"), QStringLiteral("未整改"), QStringLiteral("Not rectified"), {}},
    });
    return v;
}

const Vocabulary& Vocabulary::resultStates()
{
    static const Vocabulary v({
        {QStringLiteral("entered"), QStringLiteral("录入"), QStringLiteral("Entered"), {QStringLiteral("已录入")}},
        {QStringLiteral("submitted"),
         QStringLiteral("待审核"),
         QStringLiteral("Awaiting review"),
         {QStringLiteral("提交审核")}},
        {QStringLiteral("reviewed"),
         QStringLiteral("已审核"),
         QStringLiteral("Reviewed"),
         {QStringLiteral("审核通过")}},
        {QStringLiteral("returned"), QStringLiteral("退回"), QStringLiteral("Returned"), {QStringLiteral("已退回")}},
        {QStringLiteral("published"), QStringLiteral("已公示"), QStringLiteral("Published"), {QStringLiteral("公示")}},
    });
    return v;
}

const Vocabulary& Vocabulary::userRoles()
{
    static const Vocabulary v({
        {QStringLiteral("admin"),
         QStringLiteral("管理员"),
         QStringLiteral("Administrator"),
         {QStringLiteral("系统管理员")}},
        {QStringLiteral("clerk"), QStringLiteral("录入员"), QStringLiteral("Clerk"), {QStringLiteral("操作员")}},
        {QStringLiteral("reviewer"), QStringLiteral("审核员"), QStringLiteral("Reviewer"), {}},
        {QStringLiteral("viewer"), QStringLiteral("只读"), QStringLiteral("Read only"), {QStringLiteral("只读用户")}},
    });
    return v;
}
