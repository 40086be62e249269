// 统计: per item and half year the pool, the entities drawn and their share (bar chart with the 5 % floor), the
// visits done, problems found and rectified; per result category and per township; export to .xlsx or a web page.
#pragma once

#include "Page.h"
#include "Statistics.h"

class BarChart;
class Database;
class QCheckBox;
class QComboBox;
class QTableWidget;

class StatisticsPage final : public Page
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StatisticsPage)

public:
    explicit StatisticsPage(Database& db, QWidget* parent = nullptr);

    QString title() const override;
    void reloadData() override;

    const StatisticsReport& report() const { return m_report; }
    QComboBox* halfYearBox() const { return m_half; }
    QTableWidget* itemTable() const { return m_items; }
    BarChart* chart() const { return m_chart; }
    void exportXlsx();
    void exportPage();

private:
    void recompute();

    Database& m_db;
    QComboBox* m_half;
    QCheckBox* m_publishedOnly;
    BarChart* m_chart;
    QTableWidget* m_items;
    QTableWidget* m_categories;
    QTableWidget* m_townships;
    QTableWidget* m_entityCategories;
    StatisticsReport m_report;
};
