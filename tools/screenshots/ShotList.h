// The shots shuangsui-shots takes, in the order it takes them: the name of each PNG (or, for a printed document,
// of its PDF: doc-NAME.pdf) and what it shows. The user manual embeds the 1024×768 PNGs by these names: add names,
// never rename one.
#pragma once

#include <QList>
#include <QString>

struct ShotName
{
    QString name;
    QString what; // in one line, for --list
    bool document = false; // a PDF (doc-NAME.pdf), not a PNG
};

inline QList<ShotName> shotNames()
{
    return {
        {QStringLiteral("login"), QStringLiteral("the login dialog at start (demo accounts shown)")},
        {QStringLiteral("overview"), QStringLiteral("概览, as luru (录入员)")},
        {QStringLiteral("items"), QStringLiteral("抽查事项")},
        {QStringLiteral("entities"), QStringLiteral("检查对象")},
        {QStringLiteral("inspectors"), QStringLiteral("执法人员")},
        {QStringLiteral("conflicts"), QStringLiteral("回避关系")},
        {QStringLiteral("plans"), QStringLiteral("抽查计划, the demo plan selected")},
        {QStringLiteral("plan-draw"), QStringLiteral("the demo plan's 抽取结果 tab")},
        {QStringLiteral("plan-substitution"), QStringLiteral("the demo plan's 人员递补 tab")},
        {QStringLiteral("plan-results"), QStringLiteral("the demo plan's 检查结果 tab")},
        {QStringLiteral("plan-record"), QStringLiteral("the demo plan's 记录 tab")},
        {QStringLiteral("statistics"), QStringLiteral("统计")},
        {QStringLiteral("item-dialog"), QStringLiteral("an existing item opened for editing")},
        {QStringLiteral("entity-dialog"), QStringLiteral("an existing entity opened for editing")},
        {QStringLiteral("inspector-dialog"), QStringLiteral("an existing inspector opened for editing")},
        {QStringLiteral("conflict-dialog"), QStringLiteral("an existing conflict of interest opened for editing")},
        {QStringLiteral("blacklist-dialog"), QStringLiteral("putting an entity on the blacklist")},
        {QStringLiteral("credit-archive"), QStringLiteral("the credit archive (诚信档案) of a blacklisted entity")},
        {QStringLiteral("import-preview"),
         QStringLiteral("the import dialog after choosing a CSV of 3 entities, 1 bad")},
        {QStringLiteral("column-mapping"),
         QStringLiteral("choosing the columns of a CSV headed 学校全名/统一信用代码")},
        {QStringLiteral("change-password"), QStringLiteral("修改密码, as luru")},
        {QStringLiteral("void-draw"), QStringLiteral("voiding the demo plan's draw as luru, before confirming")},
        {QStringLiteral("result-dialog"), QStringLiteral("a new result for a visit of the demo plan")},
        {QStringLiteral("follow-up"), QStringLiteral("a follow-up visit (跟踪检查) of a result")},
        {QStringLiteral("result-versions"), QStringLiteral("a version of a result, read-only")},
        {QStringLiteral("wizard-1"), QStringLiteral("new plan wizard, step 1 基本信息, filled")},
        {QStringLiteral("wizard-2"), QStringLiteral("step 2 抽查范围")},
        {QStringLiteral("wizard-3"), QStringLiteral("step 3 检查组")},
        {QStringLiteral("wizard-4"), QStringLiteral("step 4 冻结, before freezing")},
        {QStringLiteral("wizard-4-frozen"), QStringLiteral("step 4 after freezing (the request hash)")},
        {QStringLiteral("wizard-5"), QStringLiteral("step 5 见证与随机种子, two witnesses' digits typed")},
        {QStringLiteral("wizard-6"), QStringLiteral("step 6 抽取结果")},
        {QStringLiteral("ceremony"), QStringLiteral("the ceremony view (投屏) after the draw")},
        {QStringLiteral("settings"), QStringLiteral("设置, as admin")},
        {QStringLiteral("calendar"), QStringLiteral("工作日历, as admin")},
        {QStringLiteral("users"), QStringLiteral("用户管理, as admin")},
        {QStringLiteral("publication-key"), QStringLiteral("设置 → 公示签名密钥, as admin (the demo's key)")},
        {QStringLiteral("passphrase"), QStringLiteral("the passphrase asked by 公示…")},
        {QStringLiteral("help"), QStringLiteral("帮助 → 使用手册 (F1), searching 见证人")},
        {QStringLiteral("about"), QStringLiteral("关于")},
        {QStringLiteral("audit"), QStringLiteral("审计日志 as admin, after 核验 (green banner)")},
        {QStringLiteral("locked"), QStringLiteral("the lock curtain with the unlock dialog over it")},
        {QStringLiteral("readonly"), QStringLiteral("抽查计划 as chakan (只读)")},
        {QStringLiteral("doc-predraw"), QStringLiteral("抽取前公示单 of the demo plan (PDF)"), true},
        {QStringLiteral("doc-draw"), QStringLiteral("随机抽取结果单 of the demo plan (PDF)"), true},
        {QStringLiteral("doc-notice"), QStringLiteral("检查通知单 of the demo plan's first visit (PDF)"), true},
        {QStringLiteral("doc-approval"), QStringLiteral("行政检查审批表 of the demo plan, with its approval (PDF)"),
         true},
        {QStringLiteral("doc-on-site"), QStringLiteral("现场检查笔录 of the demo plan's first visit, filled in (PDF)"),
         true},
        {QStringLiteral("doc-audit"), QStringLiteral("the audit log printout (PDF)"), true},
        {QStringLiteral("doc-credit-archive"), QStringLiteral("the credit archive printout (PDF)"), true},
        {QStringLiteral("package"),
         QStringLiteral("the demo plan's website package, folder package/ (no PNG; the "
                        "script photographs index.html and verify.html)"),
         true},
    };
}
