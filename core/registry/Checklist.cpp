#include "Checklist.h"

#include "TableHeader.h"
#include "TableText.h"
#include "TableWriter.h"
#include "Validators.h"

#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

namespace {

const QString kContent = QStringLiteral("content");
const QString kStandard = QStringLiteral("standard");
const QString kBasis = QStringLiteral("basis");
const QString kNumber = QStringLiteral("number");

QList<ColumnSpec> tableSpecs()
{
    return {
        {kNumber, {QStringLiteral("序号"), QStringLiteral("编号"), QStringLiteral("要点序号")}, false},
        {kContent, {QStringLiteral("检查内容"), QStringLiteral("检查要点"), QStringLiteral("检查项目")}, true},
        {kStandard, {QStringLiteral("检查标准"), QStringLiteral("检查要求"), QStringLiteral("标准")}, true},
        {kBasis, {QStringLiteral("法律依据"), QStringLiteral("检查依据"), QStringLiteral("依据")}, false},
    };
}

// A cell of an imported table: cleaned, and without the CSV guard our own export put before = + - @.
QString cellText(const Table& table, int row, int column)
{
    return column < 0 ? QString() : TableWriter::withoutCsvGuard(TableText::cleanCell(table.cell(row, column)));
}

} // namespace

FieldErrors Checklist::problems(const QList<CheckPoint>& points)
{
    FieldErrors errors;
    const QString field = QStringLiteral("checklist");
    if (points.size() > MaxPoints)
        errors.append(
            {field, tr("A checklist has at most %1 points; this one has %2.").arg(MaxPoints).arg(points.size())});
    for (qsizetype i = 0; i < points.size() && i < MaxPoints; ++i) {
        for (const FieldError& e : pointProblems(points.at(i)))
            errors.append({field, tr("Check point %1, %2: %3").arg(i + 1).arg(columnName(e.field), e.message)});
        for (qsizetype j = 0; j < i; ++j) {
            if (!points.at(i).content.trimmed().isEmpty()
                && points.at(j).content.trimmed() == points.at(i).content.trimmed()) {
                errors.append({field,
                               tr("Check point %1 repeats point %2 (%3).")
                                   .arg(i + 1)
                                   .arg(j + 1)
                                   .arg(points.at(i).content.trimmed())});
                break;
            }
        }
    }
    return errors;
}

FieldErrors Checklist::pointProblems(const CheckPoint& p)
{
    FieldErrors errors;
    if (p.content.trimmed().isEmpty())
        errors.append({kContent, tr("required")});
    else if (p.content.size() > MaxContent)
        errors.append({kContent, tr("at most %1 characters").arg(MaxContent)});
    else if (!Validators::isOneLine(p.content))
        errors.append({kContent, tr("must be one line")});
    if (p.standard.trimmed().isEmpty())
        errors.append({kStandard, tr("required")});
    else if (p.standard.size() > MaxStandard)
        errors.append({kStandard, tr("at most %1 characters").arg(MaxStandard)});
    if (p.basis.size() > MaxBasis)
        errors.append({kBasis, tr("at most %1 characters").arg(MaxBasis)});
    else if (!Validators::isOneLine(p.basis))
        errors.append({kBasis, tr("must be one line")});
    return errors;
}

QString Checklist::columnName(const QString& field)
{
    if (field == kContent)
        return tr("what is checked");
    if (field == kStandard)
        return tr("standard");
    if (field == kBasis)
        return tr("legal basis");
    return field;
}

QList<CheckPoint> Checklist::normalized(const QList<CheckPoint>& points)
{
    QList<CheckPoint> clean;
    for (const CheckPoint& p : points) {
        const CheckPoint c {p.content.trimmed(), p.standard.trimmed(), p.basis.trimmed()};
        if (!c.content.isEmpty() || !c.standard.isEmpty() || !c.basis.isEmpty())
            clean.append(c);
    }
    return clean;
}

QJsonArray Checklist::toJson(const QList<CheckPoint>& points)
{
    QJsonArray array;
    for (const CheckPoint& p : points)
        array.append(QJsonObject {{kContent, p.content}, {kStandard, p.standard}, {kBasis, p.basis}});
    return array;
}

QList<CheckPoint> Checklist::fromJson(const QJsonArray& array)
{
    QList<CheckPoint> points;
    for (const QJsonValue& v : array) {
        const QJsonObject o = v.toObject();
        points.append({o.value(kContent).toString(), o.value(kStandard).toString(), o.value(kBasis).toString()});
    }
    return points;
}

QString Checklist::toStorage(const QList<CheckPoint>& points)
{
    if (points.isEmpty())
        return QString();
    return QString::fromUtf8(QJsonDocument(toJson(points)).toJson(QJsonDocument::Compact));
}

QList<CheckPoint> Checklist::fromStorage(const QString& text)
{
    if (text.isEmpty())
        return {};
    return fromJson(QJsonDocument::fromJson(text.toUtf8()).array());
}

QStringList Checklist::tableHeaders()
{
    return {QStringLiteral("序号"), QStringLiteral("检查内容"), QStringLiteral("检查标准"), QStringLiteral("法律依据")};
}

QList<QStringList> Checklist::tableRows(const QList<CheckPoint>& points)
{
    QList<QStringList> rows;
    for (qsizetype i = 0; i < points.size(); ++i)
        rows.append({QString::number(i + 1), points.at(i).content, points.at(i).standard, points.at(i).basis});
    return rows;
}

std::optional<QList<CheckPoint>> Checklist::fromTable(const Table& table, QString* error)
{
    const HeaderMatch header = TableHeader::locate(table, tableSpecs());
    if (!header.isComplete()) {
        *error = tr("The file has no checklist header: it needs the columns %1 (and may have 序号 and 法律依据).")
                     .arg(QStringLiteral("「检查内容」「检查标准」"));
        return std::nullopt;
    }
    const int content = header.columns.value(kContent, -1);
    const int standard = header.columns.value(kStandard, -1);
    const int basis = header.columns.value(kBasis, -1);
    QList<CheckPoint> points;
    for (qsizetype row = header.firstDataRow; row < table.rows.size(); ++row) {
        if (TableHeader::isBlankRow(table.rows.at(row)))
            continue;
        const int rowNumber = Table::rowNumber(row);
        if (points.size() == MaxPoints) {
            *error = tr("Row %1: a checklist has at most %2 points.").arg(rowNumber).arg(MaxPoints);
            return std::nullopt;
        }
        const CheckPoint point {cellText(table, int(row), content), cellText(table, int(row), standard),
                                cellText(table, int(row), basis)};
        // The point's own problems, named by the row and the file's column.
        const FieldErrors errors = pointProblems(point);
        if (!errors.isEmpty()) {
            *error = tr("Row %1, column %2: %3")
                         .arg(rowNumber)
                         .arg(TableText::displayHeader(
                                  table.cell(header.headerRow, header.columns.value(errors.first().field))),
                              errors.first().message);
            return std::nullopt;
        }
        for (qsizetype i = 0; i < points.size(); ++i) {
            if (points.at(i).content == point.content) {
                *error = tr("Row %1, column %2: the point repeats point %3 (%4).")
                             .arg(rowNumber)
                             .arg(TableText::displayHeader(table.cell(header.headerRow, content)))
                             .arg(i + 1)
                             .arg(point.content);
                return std::nullopt;
            }
        }
        points.append(point);
    }
    if (points.isEmpty()) {
        *error = tr("The file has a checklist header but no points under it.");
        return std::nullopt;
    }
    return points;
}

std::optional<QList<CheckPoint>> Checklist::readFile(const QString& path, QString* error)
{
    const auto table = TableReader::read(path, error);
    if (!table)
        return std::nullopt;
    auto points = fromTable(*table, error);
    if (!points)
        *error = tr("%1: %2").arg(QFileInfo(path).fileName(), *error);
    return points;
}

bool Checklist::writeFile(const QString& path, const QList<CheckPoint>& points, QString* error)
{
    return TableWriter::write(path, QStringLiteral("检查表"), tableHeaders(), tableRows(points), error,
                              {6, 30, 60, 40});
}

QString Checklist::pointText(int number, const CheckPoint& point)
{
    QString text = QString::number(number) + QStringLiteral(". ") + point.content;
    if (!point.basis.isEmpty())
        text += QStringLiteral("（") + point.basis + QStringLiteral("）");
    return text;
}
