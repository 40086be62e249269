#include "ImportPreviewModel.h"

#include "Palette.h"
#include "PlainText.h"

#include <QBrush>
#include <QColor>

ImportPreviewModel::ImportPreviewModel(QObject* parent)
    : QAbstractTableModel(parent)
{ }

void ImportPreviewModel::setPreview(const ImportPreview& preview)
{
    beginResetModel();
    m_all = preview.rows;
    rebuild();
    endResetModel();
}

void ImportPreviewModel::setRejectedOnly(bool on)
{
    if (on == m_rejectedOnly)
        return;
    beginResetModel();
    m_rejectedOnly = on;
    rebuild();
    endResetModel();
}

void ImportPreviewModel::rebuild()
{
    m_shown.clear();
    for (int i = 0; i < m_all.size(); ++i)
        if (!m_rejectedOnly || m_all.at(i).verdict == ImportRow::Verdict::Rejected)
            m_shown << i;
}

int ImportPreviewModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_shown.size());
}

int ImportPreviewModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString ImportPreviewModel::verdictText(ImportRow::Verdict verdict)
{
    switch (verdict) {
    case ImportRow::Verdict::New:
        return tr("New");
    case ImportRow::Verdict::Update:
        return tr("Update");
    case ImportRow::Verdict::Unchanged:
        return tr("Unchanged");
    case ImportRow::Verdict::Rejected:
        return tr("Rejected");
    }
    return {};
}

QString ImportPreviewModel::text(const ImportRow& row, int column, const QString& remarksSeparator)
{
    switch (column) {
    case RowNumber:
        return row.rowRange(); // "4–7" for an item over several rows
    case Verdict:
        return verdictText(row.verdict);
    case Key:
        return row.key;
    case Name:
        return row.name;
    case Remarks: {
        QStringList parts;
        for (const FieldError& e : row.problems)
            parts << e.field + QStringLiteral("：") + e.message;
        parts << row.notes;
        return parts.join(remarksSeparator);
    }
    default:
        return {};
    }
}

QVariant ImportPreviewModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ImportRow& row = m_all.at(m_shown.at(index.row()));
    if (role == Qt::ToolTipRole) // a file's cells are shown as they are, never as markup
        return plainToolTip(text(row, index.column(), QStringLiteral("\n")));
    if (role == Qt::DisplayRole) {
        if (index.column() == RowNumber && row.moreRows.isEmpty())
            return row.rowNumber;
        return text(row, index.column(), QStringLiteral("；"));
    }
    if (role == Qt::ForegroundRole && index.column() == Verdict) {
        switch (row.verdict) {
        case ImportRow::Verdict::Rejected:
            return QBrush(Palette::errorColor());
        case ImportRow::Verdict::New:
            return QBrush(Palette::okColor());
        case ImportRow::Verdict::Update:
            return QBrush(QColor(0x0d, 0x47, 0xa1));
        case ImportRow::Verdict::Unchanged:
            return QBrush(QColor(0x61, 0x61, 0x61));
        }
    }
    if (role == Qt::BackgroundRole && row.verdict == ImportRow::Verdict::Rejected)
        return QBrush(QColor(0xff, 0xeb, 0xee));
    if (role == Qt::TextAlignmentRole && index.column() == RowNumber)
        return int(Qt::AlignRight | Qt::AlignVCenter);
    return {};
}

QVariant ImportPreviewModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case RowNumber:
        return tr("Row");
    case Verdict:
        return tr("Result");
    case Key:
        return tr("Code");
    case Name:
        return tr("Name");
    case Remarks:
        return tr("Problems and remarks");
    default:
        return {};
    }
}
