// The draw wizard (抽查计划向导): 基本信息 → 抽查范围 → 检查组 → 冻结 → 见证与随机种子 → 抽取结果. Each step saves the
// plan (a draft, then a frozen plan), so the clerk can leave and resume at any step before the draw; the rules are
// the core's (Plan, DrawPreparation, PlanDraw) and the wizard only shows what they say, beside the fields.
#pragma once

#include "Actor.h"

#include "Plan.h"

#include <QPointer>
#include <QStringList>
#include <QWizard>

#include "CeremonyView.h"
class Database;

class PlanWizard final : public QWizard
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PlanWizard)

public:
    enum PageId { BasicsPage, ScopePage, TeamPage, FreezePage, SeedPage, ResultPage };

    // A new plan (planId 0), or a draft or frozen plan to resume: a draft at the step where it was left, a frozen
    // plan at the seed.
    explicit PlanWizard(Database& db, qint64 planId = 0, QWidget* parent = nullptr);
    // Who works the wizard: its saves, the freeze, the seed and the draw are the core's PlanOperations for this
    // user. An administrator until told.
    void setActor(const Actor& actor) { m_actor = actor; }
    const Actor& actor() const { return m_actor; }
    ~PlanWizard() override;

    Database& database() const { return m_db; }
    qint64 planId() const { return m_plan.id; }
    Plan& plan() { return m_plan; }
    // Reads the stored plan again (status, display fields).
    void reloadPlan();
    // Saves the plan as it stands in the wizard; shows what went wrong and returns false when it cannot.
    bool savePlan();

    // The ceremony view, opened on demand ([打开投屏]); nullptr until then.
    CeremonyView* ceremonyView() const { return m_ceremony; }
    CeremonyView* openCeremonyView();
    // In tests the ceremony view is a large window, not full screen, and reveals without waiting.
    void setCeremonyTestMode(bool on) { m_ceremonyTestMode = on; }
    bool ceremonyTestMode() const { return m_ceremonyTestMode; }

    // Where the step a draft was left at is remembered: per data file and plan.
    QString stepSettingKey(qint64 planId) const;

    // 关闭, Esc or the window's close: when the step's fields were changed and not saved, asks first — on steps 1–3
    // 保存草稿 (the step saves the plan as 下一步 would) / 放弃 / 取消, later 放弃 / 取消.
    void reject() override;

protected:
    bool validateCurrentPage() override;

Q_SIGNALS:
    // The plan was saved, frozen or drawn: lists showing it should read it again.
    void planChanged(qint64 planId);

private:
    Database& m_db;
    Actor m_actor {QString(), QStringLiteral("admin")};
    Plan m_plan;
    QPointer<CeremonyView> m_ceremony;
    bool m_ceremonyTestMode = false;
    bool m_passingSteps = false; // a resumed draft passes its earlier steps without checking or saving them
    QStringList m_stepOpened; // the current step's fields as they were when it was shown (InputSnapshot)
};
