#include "ChecklistEditor.h"

#include "FileDialog.h"
#include "MessageBox.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace {

enum Column { Content, Standard, Basis, ColumnCount };

} // namespace

ChecklistEditor::ChecklistEditor(QWidget* parent)
    : QWidget(parent)
    , m_table(new QTableWidget(0, ColumnCount, this))
    , m_add(new QPushButton(tr("Add point"), this))
    , m_remove(new QPushButton(tr("Remove"), this))
    , m_up(new QPushButton(tr("Up"), this))
    , m_down(new QPushButton(tr("Down"), this))
    , m_import(new QPushButton(tr("Import from a spreadsheet…"), this))
    , m_export(new QPushButton(tr("Export…"), this))
{
    m_table->setObjectName(QStringLiteral("checklistTable"));
    m_table->setHorizontalHeaderLabels({tr("What is checked"), tr("Standard"), tr("Legal basis")});
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setColumnWidth(Content, 150);
    m_table->setColumnWidth(Standard, 220);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setWordWrap(true);
    m_table->setMinimumHeight(m_table->verticalHeader()->defaultSectionSize() * 6);
    m_table->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed
                             | QAbstractItemView::AnyKeyPressed);

    auto* buttons = new QHBoxLayout;
    for (QPushButton* b : {m_add, m_remove, m_up, m_down}) {
        b->setAutoDefault(false);
        buttons->addWidget(b);
    }
    buttons->addStretch(1);
    for (QPushButton* b : {m_import, m_export}) {
        b->setAutoDefault(false);
        buttons->addWidget(b);
    }
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_table);
    layout->addLayout(buttons);

    connect(m_add, &QPushButton::clicked, this, &ChecklistEditor::addPoint);
    connect(m_remove, &QPushButton::clicked, this, &ChecklistEditor::removePoint);
    connect(m_up, &QPushButton::clicked, this, [this] { movePoint(-1); });
    connect(m_down, &QPushButton::clicked, this, [this] { movePoint(1); });
    connect(m_import, &QPushButton::clicked, this, [this] {
        const QString path = FileDialog::getOpenFileName(this, tr("Import a checklist"), QString(),
                                                         tr("Spreadsheets (*.xlsx *.xls *.csv)"));
        if (!path.isEmpty())
            importFrom(path);
    });
    connect(m_export, &QPushButton::clicked, this, [this] {
        const QString path = FileDialog::getSaveFileName(this, tr("Export the checklist"), tr("checklist.xlsx"),
                                                         tr("Excel workbook (*.xlsx);;CSV (*.csv)"));
        if (!path.isEmpty())
            exportTo(path);
    });
    connect(m_table, &QTableWidget::itemChanged, this, &ChecklistEditor::changed);
    connect(m_table, &QTableWidget::itemSelectionChanged, this, &ChecklistEditor::updateButtons);
    updateButtons();
}

QList<CheckPoint> ChecklistEditor::points() const
{
    QList<CheckPoint> list;
    const auto text = [this](int row, int column) {
        const QTableWidgetItem* item = m_table->item(row, column);
        return item ? item->text() : QString();
    };
    for (int row = 0; row < m_table->rowCount(); ++row)
        list.append({text(row, Content), text(row, Standard), text(row, Basis)});
    return list;
}

void ChecklistEditor::setPoints(const QList<CheckPoint>& points)
{
    const QSignalBlocker blocker(m_table);
    m_table->setRowCount(0);
    for (const CheckPoint& p : points) {
        const int row = m_table->rowCount();
        m_table->insertRow(row);
        m_table->setItem(row, Content, new QTableWidgetItem(p.content));
        m_table->setItem(row, Standard, new QTableWidgetItem(p.standard));
        m_table->setItem(row, Basis, new QTableWidgetItem(p.basis));
    }
    renumber();
    updateButtons();
    Q_EMIT changed();
}

bool ChecklistEditor::importFrom(const QString& path)
{
    QString error;
    const auto read = Checklist::readFile(path, &error);
    if (!read) {
        MessageBox::warning(this, tr("Import a checklist"), error);
        return false;
    }
    if (m_table->rowCount() > 0
        && !MessageBox::confirm(this, tr("Import a checklist"),
                                tr("The file has %n point(s). They replace the %1 point(s) shown; the item keeps "
                                   "its earlier version when you save.",
                                   nullptr, int(read->size()))
                                    .arg(m_table->rowCount()),
                                tr("Replace")))
        return false;
    setPoints(*read);
    return true;
}

bool ChecklistEditor::exportTo(const QString& path)
{
    QString error;
    if (!Checklist::writeFile(path, Checklist::normalized(points()), &error)) {
        MessageBox::warning(this, tr("Export the checklist"), error);
        return false;
    }
    return true;
}

void ChecklistEditor::addPoint()
{
    const int row = m_table->rowCount();
    {
        const QSignalBlocker blocker(m_table);
        m_table->insertRow(row);
        for (int column = 0; column < ColumnCount; ++column)
            m_table->setItem(row, column, new QTableWidgetItem);
    }
    renumber();
    m_table->setCurrentCell(row, Content);
    m_table->editItem(m_table->item(row, Content));
    Q_EMIT changed();
}

void ChecklistEditor::removePoint()
{
    const int row = m_table->currentRow();
    if (row < 0)
        return;
    m_table->removeRow(row);
    renumber();
    updateButtons();
    Q_EMIT changed();
}

void ChecklistEditor::movePoint(int by)
{
    const int row = m_table->currentRow();
    const int to = row + by;
    if (row < 0 || to < 0 || to >= m_table->rowCount())
        return;
    {
        const QSignalBlocker blocker(m_table);
        for (int column = 0; column < ColumnCount; ++column) {
            QTableWidgetItem* a = m_table->takeItem(row, column);
            QTableWidgetItem* b = m_table->takeItem(to, column);
            m_table->setItem(row, column, b);
            m_table->setItem(to, column, a);
        }
    }
    m_table->setCurrentCell(to, m_table->currentColumn());
    Q_EMIT changed();
}

void ChecklistEditor::renumber()
{
    QStringList numbers;
    for (int row = 0; row < m_table->rowCount(); ++row)
        numbers << QString::number(row + 1);
    m_table->setVerticalHeaderLabels(numbers);
}

void ChecklistEditor::updateButtons()
{
    const int row = m_table->currentRow();
    const bool selected = row >= 0 && m_table->selectionModel()->hasSelection();
    m_remove->setEnabled(selected);
    m_up->setEnabled(selected && row > 0);
    m_down->setEnabled(selected && row < m_table->rowCount() - 1);
    m_export->setEnabled(m_table->rowCount() > 0);
}
