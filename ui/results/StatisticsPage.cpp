#include "StatisticsPage.h"

#include "BarChart.h"
#include "ElidedTextDelegate.h"
#include "ExportFile.h"
#include "ExportFolder.h"
#include "FileDialog.h"
#include "MessageBox.h"
#include "PlainText.h"
#include "Plan.h"
#include "Vocabulary.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QSettings>
#include <QTableWidget>
#include <QVBoxLayout>

namespace {

QTableWidget* table(const QString& objectName, const QStringList& headers, int stretchColumn, QWidget* parent)
{
    auto* t = new QTableWidget(0, int(headers.size()), parent);
    t->setObjectName(objectName);
    ElidedTextDelegate::install(t);
    t->setHorizontalHeaderLabels(headers);
    t->setEditTriggers(QAbstractItemView::NoEditTriggers);
    t->setSelectionBehavior(QAbstractItemView::SelectRows);
    t->verticalHeader()->hide();
    t->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    t->horizontalHeader()->setSectionResizeMode(stretchColumn, QHeaderView::Stretch);
    return t;
}

void fill(QTableWidget* t, const QList<QStringList>& rows, int firstNumberColumn)
{
    t->setRowCount(int(rows.size()));
    for (int r = 0; r < rows.size(); ++r)
        for (int c = 0; c < t->columnCount(); ++c) {
            auto* item = new QTableWidgetItem(rows.at(r).value(c));
            if (c >= firstNumberColumn)
                item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            t->setItem(r, c, item);
        }
}

QString halfKey(const HalfYear& h)
{
    return QStringLiteral("%1-%2").arg(h.year).arg(h.half);
}

} // namespace

StatisticsPage::StatisticsPage(Database& db, QWidget* parent)
    : Page(parent)
    , m_db(db)
    , m_half(new QComboBox(this))
    , m_publishedOnly(new QCheckBox(tr("Published results only"), this))
    , m_chart(new BarChart(this))
    , m_items(table(QStringLiteral("itemStatistics"), Statistics::itemHeaders(), 2, this))
    , m_categories(table(QStringLiteral("categoryStatistics"), {tr("Result category"), tr("Results")}, 0, this))
    , m_townships(table(QStringLiteral("townshipStatistics"), Statistics::townshipHeaders(), 0, this))
    , m_entityCategories(
          table(QStringLiteral("entityCategoryStatistics"), Statistics::entityCategoryHeaders(), 0, this))
{
    setObjectName(QStringLiteral("statisticsPage"));
    auto* heading = new PlainLabel(title(), this);
    QFont big = heading->font();
    big.setPointSizeF(big.pointSizeF() * 1.4);
    big.setBold(true);
    heading->setFont(big);
    m_half->setObjectName(QStringLiteral("halfYear"));
    m_publishedOnly->setObjectName(QStringLiteral("publishedOnly"));
    m_publishedOnly->setToolTip(tr("Count only results already published, as the website shows them."));
    auto* exportXlsxButton = new QPushButton(tr("Export .xlsx…"), this);
    exportXlsxButton->setObjectName(QStringLiteral("exportStatisticsXlsx"));
    auto* exportPageButton = new QPushButton(tr("Export web page…"), this);
    exportPageButton->setObjectName(QStringLiteral("exportStatisticsPage"));

    auto* top = new QHBoxLayout;
    top->addWidget(heading, 1);
    top->addWidget(new PlainLabel(tr("Half year:"), this));
    top->addWidget(m_half);
    top->addWidget(m_publishedOnly);
    top->addWidget(exportXlsxButton);
    top->addWidget(exportPageButton);

    auto* note
        = new PlainLabel(tr("Draws count in the half year in which the plan's inspection period starts. The share "
                            "is the entities drawn over the pool; each draw must take at least 5 %."),
                         this);
    note->setWordWrap(true);
    m_chart->setTitle(tr("Share drawn per item"));
    m_chart->setMarker(5.0, tr("5 % floor"));

    auto* lower = new QHBoxLayout;
    lower->addWidget(m_categories, 1);
    lower->addWidget(m_townships, 1);
    lower->addWidget(m_entityCategories, 1);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(16, 12, 16, 12);
    layout->addLayout(top);
    layout->addWidget(note);
    layout->addWidget(m_chart);
    layout->addWidget(m_items, 1);
    layout->addLayout(lower, 1);

    connect(m_half, &QComboBox::currentIndexChanged, this, &StatisticsPage::recompute);
    connect(m_publishedOnly, &QCheckBox::toggled, this, &StatisticsPage::recompute);
    connect(exportXlsxButton, &QPushButton::clicked, this, &StatisticsPage::exportXlsx);
    connect(exportPageButton, &QPushButton::clicked, this, &StatisticsPage::exportPage);
    reloadData();
}

QString StatisticsPage::title() const
{
    return tr("Statistics");
}

void StatisticsPage::reloadData()
{
    // The newest half year the first time; afterwards whatever the clerk chose, "all" included.
    const QString selected = m_half->count() > 0 ? m_half->currentData().toString() : QStringLiteral("newest");
    {
        const QSignalBlocker block(m_half);
        m_half->clear();
        m_half->addItem(tr("All half years"), QString());
        for (const HalfYear& h : Statistics::halfYears(m_db))
            m_half->addItem(h.text(), halfKey(h));
        const int at = m_half->findData(selected);
        m_half->setCurrentIndex(at >= 0 ? at : (m_half->count() > 1 ? 1 : 0));
    }
    recompute();
}

void StatisticsPage::recompute()
{
    std::optional<HalfYear> half;
    const QStringList key = m_half->currentData().toString().split(QLatin1Char('-'));
    if (key.size() == 2)
        half = HalfYear {key.at(0).toInt(), key.at(1).toInt()};
    m_report = Statistics::compute(m_db, half, m_publishedOnly->isChecked());

    QStringList labels, texts;
    QList<double> values;
    for (const ItemStatistics& s : m_report.items) {
        labels << (half ? s.itemName : s.half.text() + QStringLiteral(" ") + s.itemName);
        values << s.ratioBp() / 100.0;
        texts << PlanItemScope::percentText(s.ratioBp());
    }
    m_chart->setBars(labels, values, texts);
    fill(m_items, Statistics::itemRows(m_report), 3);
    QList<QStringList> rows;
    for (const CategoryStatistics& c : m_report.categories)
        rows << QStringList {Vocabulary::resultCategories().label(c.category), QString::number(c.results)};
    fill(m_categories, rows, 1);
    fill(m_townships, Statistics::townshipRows(m_report), 1);
    fill(m_entityCategories, Statistics::entityCategoryRows(m_report), 1);
}

void StatisticsPage::exportXlsx()
{
    const QString path = FileDialog::getSaveFileName(
        this, tr("Export the statistics"), ExportFolder::proposed(m_db, tr("statistics") + QStringLiteral(".xlsx")),
        tr("Excel workbook (*.xlsx)"));
    if (path.isEmpty())
        return;
    ExportFolder::remember(m_db, path);
    QString error;
    if (!Statistics::exportXlsx(m_report, path, &error)
        || !ExportFile::record(m_db, path, {{QStringLiteral("title"), tr("statistics")}}, &error))
        MessageBox::warning(this, tr("Not exported"), error);
}

void StatisticsPage::exportPage()
{
    const QString path = FileDialog::getSaveFileName(
        this, tr("Export the statistics as a web page"),
        ExportFolder::proposed(m_db, tr("statistics") + QStringLiteral(".html")), tr("Web page (*.html)"));
    if (path.isEmpty())
        return;
    ExportFolder::remember(m_db, path);
    QString error;
    if (!ExportFile::write(m_db, path, Statistics::page(m_db, m_report).toUtf8(),
                           {{QStringLiteral("title"), tr("statistics")}}, &error))
        MessageBox::warning(this, tr("Not exported"), error);
}
