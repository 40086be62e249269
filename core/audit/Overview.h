// The overview's checks (概览, issue #4 §4): what is due (late results, publication deadlines, rectifications) and
// whether the policy's frequency and ratio rules (§6.3, R7) are met. Read-only queries over one `today`, plain rows.
#pragma once

#include "DrawRequest.h"
#include "WorkCalendar.h"

#include <QCoreApplication>
#include <QDate>
#include <QHash>
#include <QList>
#include <QString>
#include <optional>

class Database;

// One line of the overview: how urgent, what about, the sentence, and the object a double click opens.
struct OverviewRow
{
    enum class Severity { Ok, Yellow, Red };

    Severity severity = Severity::Ok;
    QString subject; // a plan code, item, entity, category or inspector
    QString text; // the sentence shown after the subject
    QDate date; // the date the row turns on: period end, deadline, rectify-by, certificate end
    int days = 0; // days late, working days left (negative: overdue), days overdue … as the query says
    int count = 0; // how many things the row stands for (results missing, entities …)
    QString page; // the page that shows it: "plans", "items", "entities", "inspectors"
    qint64 id = 0; // the object to open there; 0 = the page (with `filter`)
    QString filter; // a page filter when id is 0, e.g. "blacklisted"
};

class Overview final
{
    Q_DECLARE_TR_FUNCTIONS(Overview)

public:
    enum class Section {
        ApprovalsDue,
        LateResults,
        PublicationDue,
        OverdueRectifications,
        ItemsNotDrawn,
        DrawsBelowMinimum,
        BlacklistFrequency,
        RegistryHealth,
    };

    // The `setting` keys of the late-result thresholds (days after the inspection period) and their defaults.
    static QString lateYellowDaysKey() { return QStringLiteral("overview/lateYellowDays"); }
    static QString lateRedDaysKey() { return QStringLiteral("overview/lateRedDays"); }
    static constexpr int DefaultLateYellowDays = 5;
    static constexpr int DefaultLateRedDays = 10;
    // Certificates ending within so many days are shown as expiring.
    static constexpr int CertificateWarningDays = 60;
    // In the last so many days of a half year an item not yet drawn is red.
    static constexpr int HalfYearUrgentDays = 30;

    Overview(Database& db, const QDate& today);

    static QList<Section> sections();
    static QString sectionTitle(Section section);
    QList<OverviewRow> rows(Section section) const;

    // 0. Drawn plans whose inspections are not yet approved (行政检查审批, InspectionApproval): no result can be
    //    recorded before. One row per plan; red once its inspection period has begun, yellow before; date = the
    //    period's first day, days = days until it (negative: begun so many days ago).
    QList<OverviewRow> approvalsDue() const;
    // 1. Plans being drawn or inspected (drawn, inspecting) whose period ended more than lateYellowDays ago and
    //    that have visit × item pairs without a result handed in: no result, or its latest version only entered
    //    or returned (submitted, reviewed and published count as handed in). One row per plan; count = pairs
    //    missing, days = days since the period ended; red when more than lateRedDays.
    QList<OverviewRow> lateResults() const;
    // 2. Drawn, inspecting and completed plans not yet on the website: a visit × item pair no version of which
    //    was published, or every pair published but some of them first published after the latest website
    //    package (`publication` row of kind "package"), or no package at all. The publication deadline
    //    (WorkCalendar) as date, the working days left as days (negative: overdue by so many); count = the pairs
    //    not published, or else the pairs not in the package. Red when overdue; yellow once the period has ended
    //    or when the deadline's year has no calendar (the warning is in the text); ok while the inspection period
    //    runs.
    //    A plan whose package holds every result but not its latest correction (a version published after the
    //    package) is due again: yellow, date = the day that version was published, days = 0, count = the pairs
    //    corrected since. Times are to the second: a package of the same second as a version counts as holding it.
    QList<OverviewRow> publicationsDue() const;
    // 3. Results whose latest version orders rectification (follow_up 'rectify') by a day before today, without a
    //    follow-up visit found 'rectified' on or after the inspection. Red; days = days past rectify_by.
    QList<OverviewRow> overdueRectifications() const;
    // 4. Items in force today not in any standing draw of a plan whose period overlaps the current half year
    //    (policy §6.3: each item at least once a half year). Yellow; red in the last HalfYearUrgentDays days;
    //    days = days left in the half year.
    QList<OverviewRow> itemsNotDrawn() const;
    // 5. Items drawn in the current half year whose distinct drawn entities are fewer than the item's minimum
    //    ratio of its undirected pool: the largest frozen pool of an undirected draw of it in the half year, or,
    //    when it was only drawn directed, the entities in operation in its categories today. Red; count = drawn.
    QList<OverviewRow> drawsBelowMinimum() const;
    // 6. Per category with blacklisted entities in operation: visits (standing draws of plans whose period
    //    overlaps the last 12 months) per blacklisted entity against visits per other entity in operation of the
    //    category. Yellow when not higher (R7); ok when higher.
    QList<OverviewRow> blacklistFrequency() const;
    // 7. Inspectors on duty or on leave whose certificate has ended (red) or, valid today, ends within
    //    CertificateWarningDays (yellow); entities in operation without a credit code (yellow, one row: count);
    //    the other inspectors on duty not certified today (Inspector::isCertifiedOn) — without a certificate
    //    number, or with one not valid yet (ok, one row: they may serve only beside a certified member).
    QList<OverviewRow> registryHealth() const;

    // The inspection period a new plan is offered: while items are not drawn in the current half year (section 4)
    // and today is not its last day, from tomorrow to the end of the half year — the plan that closes the gap the
    // overview warns about; otherwise the next month.
    std::pair<QDate, QDate> suggestedPlanPeriod() const;

    // The half year (1 January – 30 June or 1 July – 31 December) that holds a date.
    static std::pair<QDate, QDate> halfYear(const QDate& date);
    // Working days d with from < d <= to (negative, counted the other way, when to is before from).
    static int workingDaysBetween(const WorkCalendar& calendar, const QDate& from, const QDate& to);

    int lateYellowDays() const;
    int lateRedDays() const;

private:
    // The standing draw of a plan (an attempt with a result, not voided).
    struct StandingDraw
    {
        qint64 planId = 0;
        QString code;
        QString title;
        QString status;
        QDate periodFrom;
        QDate periodTo;
        DrawResult result;
    };
    // What was handed in for one visit × item: the latest version's state, and when its first and its latest
    // published versions were published (UTC ISO text as stored; empty when none was).
    struct ResultState
    {
        QString latestState;
        QString firstPublished;
        QString lastPublished;
        bool everPublished() const { return !firstPublished.isEmpty(); }
    };
    struct EntityInfo
    {
        qint64 id = 0;
        QString name;
        QString category;
        bool blacklisted = false;
        bool active = false;
    };

    const QList<StandingDraw>& standingDraws() const;
    QHash<QString, ResultState> resultStates(qint64 planId) const; // key: entity + '\n' + item code
    // When the plan's latest website package was generated (UTC ISO text as stored; empty when never).
    QString lastPackageTime(qint64 planId) const;
    // Reads the entities of these draw ids that are not yet known into m_entities.
    void loadEntities(const QStringList& drawIds) const;
    std::optional<EntityInfo> entityByDrawId(const QString& drawId) const;
    int settingDays(const QString& key, int fallback) const;

    Database& m_db;
    QDate m_today;
    mutable std::optional<QList<StandingDraw>> m_draws;
    mutable QHash<QString, std::optional<EntityInfo>> m_entities;
};
