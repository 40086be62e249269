// The closed lists of the domain (categories, ownership, statuses, risk classes …): a stable ASCII key stored in
// the database, the Chinese word the policy uses, its English label, and the other spellings found in real
// spreadsheets. The one place that turns a cell or a combo box entry into a key and back.
#pragma once

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

struct Term
{
    QString key;
    QString zh;
    QString en;
    QStringList aliases;
};

class Vocabulary final
{
public:
    explicit Vocabulary(QList<Term> terms);

    static const Vocabulary& categories(); // 类别: kindergarten … other
    static const Vocabulary& ownerships(); // 办学性质: public, private
    static const Vocabulary& entityStatuses(); // 正常, 停办, 注销
    static const Vocabulary& riskClasses(); // 信用风险分类 A–D
    static const Vocabulary& inspectorStatuses(); // 在岗, 请假, 调离, 退休
    static const Vocabulary& genders(); // 男, 女
    static const Vocabulary& conflictReasons(); // 亲属关系 …
    static const Vocabulary& itemStatuses(); // 有效, 停用
    static const Vocabulary& townshipKinds(); // 镇, 乡
    static const Vocabulary& planStatuses(); // 草稿 → 已冻结 → 已抽取 → 检查中 → 已完成
    static const Vocabulary& witnessRoles(); // 人大代表, 政协委员, 新闻媒体, 其他
    static const Vocabulary& drawScopes(); // 不定向, 定向
    static const Vocabulary& drawConditions(); // the conditions of a directed draw: 类别, 办学性质 …
    static const Vocabulary& drawStrata(); // A–D by credit risk, 普通 (without risk strata), 黑名单
    static const Vocabulary& drawLeftOutReasons(); // why an entity or inspector is left out of a draw
    static const Vocabulary& resultCategories(); // 检查结果: 未发现问题 … (several may apply to one result)
    static const Vocabulary& followUpMeasures(); // 后续处置: 无需后续处置, 责令限期整改 …
    static const Vocabulary& checkPointOutcomes(); // 检查要点结论: 符合, 不符合, 不适用
    static const Vocabulary& followUpOutcomes(); // 复查结果: 已整改, 部分整改, 未整改
    static const Vocabulary& resultStates(); // 录入 → 待审核 → 已审核 / 退回 → 已公示
    static const Vocabulary& userRoles(); // 管理员, 录入员, 审核员, 只读

    const QList<Term>& terms() const { return m_terms; }
    QStringList keys() const;
    bool contains(const QString& key) const;
    // The label in the interface language (Chinese unless the default QLocale is English).
    QString label(const QString& key) const;
    QStringList labels() const;
    // The Chinese word whatever the interface language: files for Excel and the website are in Chinese.
    QString chinese(const QString& key) const;
    // The key for a key, a Chinese or English label or an alias (white space and case ignored); empty if none.
    QString keyFor(const QString& text) const;

private:
    QList<Term> m_terms;
    QHash<QString, QString> m_keyByFolded; // every form of every term, white space and case folded → key
};

// True when the interface speaks English (set by the app through QLocale::setDefault).
bool interfaceIsEnglish();
