// The statistics of the inspections (一公开 and the policy's frequency and ratio rules, R7): per item and half year
// the pool, the entities drawn and their share, the visits done, the problems found and rectified; per result
// category and per township. For the 统计 page, the .xlsx export and the published page with its bar charts.
#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>

#include <compare>
#include <optional>

class Database;

// 上半年 (January–June) or 下半年 (July–December) of a year.
struct HalfYear
{
    int year = 0;
    int half = 1; // 1 or 2

    static HalfYear of(QDate date) { return {date.year(), date.month() <= 6 ? 1 : 2}; }
    QDate first() const { return QDate(year, half == 1 ? 1 : 7, 1); }
    QDate last() const { return half == 1 ? QDate(year, 6, 30) : QDate(year, 12, 31); }
    bool contains(QDate date) const { return date.isValid() && of(date) == *this; }
    QString text() const; // "2026年上半年"
    auto operator<=>(const HalfYear& other) const = default;
};

// One item in one half year, over the standing draws of the plans whose inspection period starts in it.
struct ItemStatistics
{
    HalfYear half;
    QString itemCode;
    QString itemName;
    int draws = 0; // plans that drew the item
    int pool = 0; // entities in the pools of those draws, summed
    int drawn = 0; // entities selected, summed
    int visitsDone = 0; // results recorded (visit × item)
    int problems = 0; // results with a problem (ResultVersion::foundProblem)
    int rectified = 0; // of those, the ones whose latest follow-up visit found them rectified
    // drawn / pool in basis points, rounded; 0 for an empty pool.
    int ratioBp() const { return pool > 0 ? int((qint64(drawn) * 10000 + pool / 2) / pool) : 0; }
};

// One result category: how many results name it.
struct CategoryStatistics
{
    QString category; // Vocabulary::resultCategories() key
    int results = 0;
};

// One group of entities — a township (or "no township"), or an entity category (幼儿园, 小学 … 培训机构): visits
// drawn there, results recorded, problems found and rectified.
struct GroupStatistics
{
    QString group; // the township's name (empty: entities without a township), or a Vocabulary::categories() key
    int visits = 0;
    int visitsDone = 0;
    int problems = 0;
    int rectified = 0;
};

struct StatisticsReport
{
    std::optional<HalfYear> half; // nullopt: every half year
    bool publishedOnly = false; // results counted: only published ones, or every recorded one
    QList<ItemStatistics> items; // by half year, then item code
    QList<CategoryStatistics> categories; // every category in the vocabulary's order, zeros included
    QList<GroupStatistics> townships; // by name, "no township" last
    QList<GroupStatistics> entityCategories; // in the vocabulary's order, the categories with visits
};

class Statistics final
{
    Q_DECLARE_TR_FUNCTIONS(Statistics)

public:
    static HalfYear halfYearOf(QDate date) { return HalfYear::of(date); }
    // The half years in which some plan with a standing draw starts, newest first.
    static QList<HalfYear> halfYears(Database& db);
    // The statistics of one half year (or of all when half is nullopt). Results (ResultRepository): the latest
    // version of each, or its newest published version when publishedOnly (what the website may show); a problem
    // counts as rectified when its latest follow-up visit found it rectified.
    static StatisticsReport compute(Database& db, std::optional<HalfYear> half, bool publishedOnly);

    static QStringList itemHeaders(); // 半年度, 事项编号, 抽查事项, 抽取次数, 名录库数量, 抽取数量, 抽取比例 …
    static QList<QStringList> itemRows(const StatisticsReport& report);
    static QStringList townshipHeaders(); // 乡镇, 抽中家次, 已检查, 发现问题, 已整改
    static QList<QStringList> townshipRows(const StatisticsReport& report);
    static QStringList entityCategoryHeaders(); // 学校类别, 抽中家次, 已检查, 发现问题, 已整改
    static QList<QStringList> entityCategoryRows(const StatisticsReport& report);
    // One sheet: the item table, then the result category, township and entity category tables below it, each with
    // its header.
    static bool exportXlsx(const StatisticsReport& report, const QString& path, QString* error);
    // The statistics page (resources/templates/publish-statistics.html) with inline SVG bar charts.
    static QString page(Database& db, const StatisticsReport& report);
    // A horizontal bar chart as inline SVG: one bar per label, the value written at its end (valueText), an
    // optional marker line (e.g. the 5 % floor) at `marker` when it is > 0. Labels and texts are escaped.
    static QString barChartSvg(const QString& title, const QStringList& labels, const QList<double>& values,
                               const QStringList& valueTexts, double marker = 0, const QString& markerText = {});
};
