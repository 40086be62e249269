// The checklist (检查表) of an inspection item: its numbered check points, each what is checked (检查内容), the
// standard it is checked against (检查标准) and the legal article behind it (法律依据), so that every team checks
// the same points (国办发〔2024〕54号: published inspection standards, 一表通查). A checklist belongs to a version of
// its item: a change is a new item version, and a plan keeps the versions it was frozen with (ItemRepository).
// Points are numbered by their place in the list, from 1.
#pragma once

#include "FieldError.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

struct Table;

struct CheckPoint
{
    QString content; // 检查内容: what is looked at, e.g. 办学许可证是否在有效期内
    QString standard; // 检查标准: when it conforms
    QString basis; // 法律依据: the article, e.g. 《中华人民共和国民办教育促进法》第十二条; may be empty
    bool operator==(const CheckPoint&) const = default;
};

// The conclusion on one check point, as a result records it (ResultVersion::checkPoints) and the 现场检查笔录 prints
// it: 符合, 不符合 or 不适用, with a note.
struct PointConclusion
{
    int number = 0; // the point's number in the plan's checklist, from 1
    QString outcome; // Vocabulary::checkPointOutcomes(): conform, nonconform, not_applicable
    QString note;
    bool operator==(const PointConclusion&) const = default;
};

class Checklist final
{
    Q_DECLARE_TR_FUNCTIONS(Checklist)

public:
    static constexpr int MaxPoints = 100;
    static constexpr int MaxContent = 200;
    static constexpr int MaxStandard = 1000;
    static constexpr int MaxBasis = 300;

    // Every problem of the points, each naming the point's number and field (field "checklist"): content and
    // standard required, lengths, content one line, no point twice.
    static FieldErrors problems(const QList<CheckPoint>& points);
    // The problems of one point, without its number: field "content", "standard" or "basis", and a short message
    // ("required", "at most 200 characters").
    static FieldErrors pointProblems(const CheckPoint& point);
    // What a point's field is called in messages: 检查内容, 检查标准, 法律依据.
    static QString columnName(const QString& field);
    // Trimmed texts (content and basis on one line); a point with nothing in it is dropped.
    static QList<CheckPoint> normalized(const QList<CheckPoint>& points);

    // As stored in the data file and in the audit entry of the item: a JSON array of {content, standard, basis};
    // the empty list is the empty string.
    static QString toStorage(const QList<CheckPoint>& points);
    static QList<CheckPoint> fromStorage(const QString& text);
    static QJsonArray toJson(const QList<CheckPoint>& points);
    static QList<CheckPoint> fromJson(const QJsonArray& array);

    // The table a checklist is exported as and imported from (.xlsx, .xls or CSV): 序号, 检查内容, 检查标准, 法律依据.
    static QStringList tableHeaders();
    static QList<QStringList> tableRows(const QList<CheckPoint>& points);
    // Reads the points of a table in the layout of tableHeaders (columns by name, in any order, title rows above
    // passed over; 序号 optional: the rows' order numbers the points). Blank rows are passed over. On a problem
    // returns nullopt and sets *error to a message naming the row and the column ("第5行「检查标准」：…").
    static std::optional<QList<CheckPoint>> fromTable(const Table& table, QString* error);

    // A spreadsheet file (.xlsx, .xls or CSV, TableReader::read) read with fromTable; the message names the file.
    static std::optional<QList<CheckPoint>> readFile(const QString& path, QString* error);
    // The points as a spreadsheet (.xlsx or .csv by the extension, TableWriter::write); sheet name 检查表.
    static bool writeFile(const QString& path, const QList<CheckPoint>& points, QString* error);

    // One point as printed on a line: "3. 办学许可证是否在有效期内（《…》第十二条）".
    static QString pointText(int number, const CheckPoint& point);
};
