#include "CheckPointsEditor.h"

#include "PlainText.h"
#include "Vocabulary.h"
#include "VocabularyCombo.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace {

enum Column { Content, Standard, Outcome, Note, ColumnCount };

} // namespace

CheckPointsEditor::CheckPointsEditor(const QList<CheckPoint>& checklist, const QList<PointConclusion>& start,
                                     QWidget* parent)
    : QWidget(parent)
    , m_checklist(checklist)
    , m_table(new QTableWidget(int(checklist.size()), ColumnCount, this))
    , m_allConform(new QPushButton(tr("Every point not given: conforms"), this))
{
    m_table->setObjectName(QStringLiteral("checkPointsTable"));
    m_table->setHorizontalHeaderLabels({tr("What is checked"), tr("Standard"), tr("Conclusion"), tr("Note")});
    // The standard takes what room there is; the note column keeps a width to type in.
    m_table->setColumnWidth(Content, 120);
    m_table->setColumnWidth(Outcome, 84);
    m_table->setColumnWidth(Note, 130);
    m_table->horizontalHeader()->setSectionResizeMode(Standard, QHeaderView::Stretch);
    m_table->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_table->setSelectionMode(QAbstractItemView::NoSelection);
    m_table->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed
                             | QAbstractItemView::AnyKeyPressed);
    const int rowHeight = m_table->verticalHeader()->defaultSectionSize();
    m_table->setMinimumHeight(rowHeight * int(std::min<qsizetype>(checklist.size(), 8) + 1) + 4);
    for (int row = 0; row < m_table->rowCount(); ++row) {
        const CheckPoint& p = checklist.at(row);
        auto* content = new QTableWidgetItem(p.content);
        auto* standard = new QTableWidgetItem(p.standard);
        for (QTableWidgetItem* fixed : {content, standard}) {
            fixed->setFlags(Qt::ItemIsEnabled);
            fixed->setToolTip(plainToolTip(p.basis.isEmpty() ? p.standard : p.standard + QLatin1Char('\n') + p.basis));
        }
        m_table->setItem(row, Content, content);
        m_table->setItem(row, Standard, standard);
        auto* combo = new QComboBox(m_table);
        combo->setObjectName(QStringLiteral("point_%1").arg(row + 1));
        combo->addItem(tr("—"), QString());
        VocabularyCombo::fill(combo, Vocabulary::checkPointOutcomes()); // after "—": not given
        m_table->setCellWidget(row, Outcome, combo);
        m_outcomes.append(combo);
        m_table->setItem(row, Note, new QTableWidgetItem);
    }
    m_table->setVerticalHeaderLabels([&] {
        QStringList numbers;
        for (qsizetype n = 1; n <= checklist.size(); ++n)
            numbers << QString::number(n);
        return numbers;
    }());
    for (const PointConclusion& c : start) {
        if (c.number < 1 || c.number > m_outcomes.size())
            continue;
        VocabularyCombo::select(m_outcomes.at(c.number - 1), c.outcome);
        m_table->item(c.number - 1, Note)->setText(c.note);
    }
    for (QComboBox* combo : std::as_const(m_outcomes))
        connect(combo, &QComboBox::currentIndexChanged, this, &CheckPointsEditor::changed);
    connect(m_table, &QTableWidget::itemChanged, this, &CheckPointsEditor::changed);
    m_allConform->setAutoDefault(false);
    connect(m_allConform, &QPushButton::clicked, this, [this] {
        for (QComboBox* combo : std::as_const(m_outcomes))
            if (VocabularyCombo::key(combo).isEmpty())
                VocabularyCombo::select(combo, QStringLiteral("conform"));
    });

    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_allConform);
    buttons->addStretch(1);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_table);
    layout->addLayout(buttons);
}

QList<PointConclusion> CheckPointsEditor::conclusions() const
{
    QList<PointConclusion> list;
    for (int row = 0; row < m_outcomes.size(); ++row) {
        const QString outcome = VocabularyCombo::key(m_outcomes.at(row));
        if (!outcome.isEmpty())
            list.append({row + 1, outcome, m_table->item(row, Note)->text().trimmed()});
    }
    return list;
}

QComboBox* CheckPointsEditor::outcomeCombo(int number) const
{
    return m_outcomes.value(number - 1);
}
