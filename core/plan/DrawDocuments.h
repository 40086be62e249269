// The printed documents of a draw — 抽查前公示单, 随机抽取结果单, 检查通知单, 行政检查审批表 — as HTML filled into the
// one template of each document (resources/templates/), so print, PDF and a website export share one source. Reads
// only.
#pragma once

#include "Checklist.h"
#include "Settings.h"

#include <QCoreApplication>
#include <QDate>
#include <QHash>
#include <QString>
#include <optional>

class Database;

// A filled document: the HTML body, the title of the print job or PDF, and the small line printed at the foot of
// every page beside the page numbers (the plan code, and on draw documents the request hash and seed).
struct DrawDocument
{
    QString title;
    QString html;
    QString footer;
};

// What a recorded result says about one visit × item, for a 现场检查笔录 filled in after the entry
// (ResultDocuments gathers it from the results).
struct OnSiteFacts
{
    QDate from;
    QDate to;
    QStringList present; // the members present (inspector codes)
    QString findings;
    QList<PointConclusion> points;
};

class DrawDocuments final
{
    Q_DECLARE_TR_FUNCTIONS(DrawDocuments)

public:
    // The `setting` key of the bureau name printed on every document, and the name when none is set.
    static QString bureauNameKey() { return Settings::bureauNameKey(); }
    static QString defaultBureauName() { return SettingsValues().bureauName; }
    static QString bureauName(Database& db);

    // 抽查前公示单: the plan, each item's pool by stratum with its size and share, the team rules, what was left out
    // and why, the request hash, and a line for each witness. Needs a frozen request. The certified count is the
    // request's: the inspectors the draw counts as certified (valid for the whole period when it was frozen).
    static std::optional<DrawDocument> preDrawSheet(Database& db, qint64 planId, QString* error);
    // 随机抽取结果单: seed and hash, every visit with its team (members and backups numbered by their rank in the
    // draw order, ★ for a certificate valid on the day of the draw), substitutions, exclusions, voided attempts,
    // and signature lines for the clerk, each witness and the supervisor. Needs a standing draw.
    static std::optional<DrawDocument> drawSheet(Database& db, qint64 planId, QString* error);
    // 检查通知单 of one visit (entity = its draw id), or of every visit one per page when entity is empty. Each
    // member with the number of a certificate valid on the day of the draw; the others by name alone.
    static std::optional<DrawDocument> inspectionNotice(Database& db, qint64 planId, const QString& entity,
                                                        QString* error);

    // 行政检查审批表 (issue 14 item 3): the task (the plan), the items and their legal basis, the method and period,
    // the draw (day, seed, request hash), every visit with its entity, address, items and team (certificate
    // numbers valid on the day of the draw), and the approval — recorded, or blank lines for the leader to sign
    // on. Needs a standing draw.
    static std::optional<DrawDocument> approvalForm(Database& db, qint64 planId, QString* error);

    // 现场检查笔录 (issue 14 item 4) of one visit (entity = its draw id), or of every visit one per page: time and
    // place lines, the party and its principal, the team with the numbers of certificates valid on the day of the
    // draw, the lines for showing the certificates and telling the party its rights (recusal, statement and
    // defence), for each item the plan's checklist with a box per conclusion and space for notes, findings and the
    // signatures. Blank for the pen; `facts` (key: entity + "\n" + item code) fills in what a result recorded:
    // dates, members present, the conclusions ticked, their notes and the findings. Needs a standing draw.
    static std::optional<DrawDocument> onSiteRecord(Database& db, qint64 planId, const QString& entity,
                                                    const QHash<QString, OnSiteFacts>& facts, QString* error);
    static QString factsKey(const QString& entity, const QString& itemCode)
    {
        return entity + QLatin1Char('\n') + itemCode;
    }

    // The values every printed document shares: {{bureau}}, {{office}} (the office that signs, beside the clerk's
    // signature line), {{leadership}} (the 领导小组 of the settings in one line; empty when none is set), and what
    // the paper pins (issue 19): {{auditHead}} (the audit chain's head at printing) and {{publicationKey}} (the
    // publication key's fingerprint).
    static QHash<QString, QString> commonValues(Database& db);

    // The template with every {{name}} replaced by values[name] (already HTML); unknown names are left empty.
    static QString fill(const QString& templateHtml, const QHash<QString, QString>& values);
    // A date as official documents write it: 2026年3月2日 (empty for an invalid date).
    static QString chineseDate(QDate date);
    // A template of resources/templates/ by file name.
    static QString templateText(const QString& fileName);
};
