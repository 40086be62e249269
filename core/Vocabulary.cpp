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
        {QStringLiteral("kindergarten"), QStringLiteral("幼儿园"), QStringLiteral("Kindergarten"),
         {QStringLiteral("幼稚园"), QStringLiteral("学前教育")}},
        {QStringLiteral("primary"), QStringLiteral("小学"), QStringLiteral("Primary school"),
         {QStringLiteral("完小"), QStringLiteral("完全小学"), QStringLiteral("中心小学"), QStringLiteral("教学点")}},
        {QStringLiteral("junior"), QStringLiteral("初中"), QStringLiteral("Junior middle school"),
         {QStringLiteral("初级中学")}},
        {QStringLiteral("senior"), QStringLiteral("高中"), QStringLiteral("Senior middle school"),
         {QStringLiteral("高级中学"), QStringLiteral("普通高中")}},
        {QStringLiteral("complete_middle"), QStringLiteral("完全中学"), QStringLiteral("Complete middle school"),
         {QStringLiteral("完中")}},
        {QStringLiteral("nine_year"), QStringLiteral("九年一贯制学校"), QStringLiteral("Nine-year school"),
         {QStringLiteral("九年一贯制"), QStringLiteral("九年制学校")}},
        {QStringLiteral("vocational"), QStringLiteral("中等职业学校"), QStringLiteral("Secondary vocational school"),
         {QStringLiteral("职业学校"), QStringLiteral("职业中学"), QStringLiteral("职教中心"), QStringLiteral("中职")}},
        {QStringLiteral("special"), QStringLiteral("特殊教育学校"), QStringLiteral("Special education school"),
         {QStringLiteral("特教学校"), QStringLiteral("特殊教育")}},
        {QStringLiteral("training"), QStringLiteral("培训机构"), QStringLiteral("Training institution"),
         {QStringLiteral("校外培训机构"), QStringLiteral("培训学校"), QStringLiteral("民办培训机构")}},
        {QStringLiteral("other"), QStringLiteral("其他"), QStringLiteral("Other"), {QStringLiteral("其它")}},
    });
    return v;
}

const Vocabulary& Vocabulary::ownerships()
{
    static const Vocabulary v({
        {QStringLiteral("public"), QStringLiteral("公办"), QStringLiteral("Public"),
         {QStringLiteral("公立"), QStringLiteral("国办")}},
        {QStringLiteral("private"), QStringLiteral("民办"), QStringLiteral("Private"),
         {QStringLiteral("私立"), QStringLiteral("私营")}},
    });
    return v;
}

const Vocabulary& Vocabulary::entityStatuses()
{
    static const Vocabulary v({
        {QStringLiteral("normal"), QStringLiteral("正常"), QStringLiteral("Operating"),
         {QStringLiteral("在办"), QStringLiteral("正常办学"), QStringLiteral("存续")}},
        {QStringLiteral("suspended"), QStringLiteral("停办"), QStringLiteral("Suspended"),
         {QStringLiteral("停止办学"), QStringLiteral("暂停")}},
        {QStringLiteral("closed"), QStringLiteral("注销"), QStringLiteral("Deregistered"),
         {QStringLiteral("已注销"), QStringLiteral("撤销")}},
    });
    return v;
}

const Vocabulary& Vocabulary::riskClasses()
{
    static const Vocabulary v({
        {QStringLiteral("A"), QStringLiteral("A 低风险"), QStringLiteral("A low"),
         {QStringLiteral("低"), QStringLiteral("低风险"), QStringLiteral("A类")}},
        {QStringLiteral("B"), QStringLiteral("B 一般风险"), QStringLiteral("B moderate"),
         {QStringLiteral("一般"), QStringLiteral("一般风险"), QStringLiteral("B类")}},
        {QStringLiteral("C"), QStringLiteral("C 较高风险"), QStringLiteral("C elevated"),
         {QStringLiteral("较高"), QStringLiteral("较高风险"), QStringLiteral("C类")}},
        {QStringLiteral("D"), QStringLiteral("D 高风险"), QStringLiteral("D high"),
         {QStringLiteral("高"), QStringLiteral("高风险"), QStringLiteral("D类")}},
    });
    return v;
}

const Vocabulary& Vocabulary::inspectorStatuses()
{
    static const Vocabulary v({
        {QStringLiteral("on_duty"), QStringLiteral("在岗"), QStringLiteral("On duty"),
         {QStringLiteral("在职"), QStringLiteral("正常")}},
        {QStringLiteral("on_leave"), QStringLiteral("请假"), QStringLiteral("On leave"), {QStringLiteral("休假")}},
        {QStringLiteral("transferred"), QStringLiteral("调离"), QStringLiteral("Transferred"),
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
        {QStringLiteral("relative"), QStringLiteral("亲属关系"), QStringLiteral("Relative"),
         {QStringLiteral("近亲属"), QStringLiteral("亲属")}},
        {QStringLiteral("former_employee"), QStringLiteral("曾在该单位任职"),
         QStringLiteral("Formerly worked there"), {QStringLiteral("曾任职"), QStringLiteral("原单位")}},
        {QStringLiteral("financial"), QStringLiteral("经济利益往来"), QStringLiteral("Financial interest"),
         {QStringLiteral("经济利益"), QStringLiteral("利益往来")}},
        {QStringLiteral("other"), QStringLiteral("其他"), QStringLiteral("Other"), {QStringLiteral("其它")}},
    });
    return v;
}

const Vocabulary& Vocabulary::itemStatuses()
{
    static const Vocabulary v({
        {QStringLiteral("active"), QStringLiteral("有效"), QStringLiteral("In force"),
         {QStringLiteral("正常"), QStringLiteral("启用")}},
        {QStringLiteral("retired"), QStringLiteral("停用"), QStringLiteral("Withdrawn"),
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
