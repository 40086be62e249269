// 概览: the first page — what needs the clerk's attention (late results, publication deadlines, rectifications, the
// policy's frequency and ratio rules, registry health), one calm section each, then cards with the registries' numbers.
#pragma once

#include "Overview.h"
#include "Page.h"

#include <QDate>
#include <QHash>
#include <functional>

class Database;
class QGridLayout;
class QLabel;
class QPushButton;
class QTableWidget;

class OverviewPage final : public Page
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OverviewPage)

public:
    explicit OverviewPage(Database& db, QWidget* parent = nullptr);

    QString title() const override;
    void reloadData() override;

    // The number a card shows, -1 when there is no such card (tests).
    int cardValue(const QString& key) const;

    // The day the checks are made for; invalid (the default) = the system's date (tests set one).
    void setToday(const QDate& today);
    // A section's rows as last shown, its table (one row each) and its header line.
    QList<OverviewRow> sectionRows(Overview::Section section) const;
    QTableWidget* sectionTable(Overview::Section section) const;
    QLabel* sectionHeader(Overview::Section section) const;

protected:
    void showEvent(QShowEvent* event) override;

private:
    struct Card
    {
        QString key;
        QString caption;
        std::function<int()> count;
        QPushButton* button = nullptr;
        QLabel* number = nullptr;
        int value = 0;
    };
    struct SectionView
    {
        QLabel* header = nullptr;
        QLabel* allClear = nullptr;
        QTableWidget* table = nullptr;
        QList<OverviewRow> rows;
    };
    // A card: a number, its caption, and the page (and filter) it opens.
    void addCard(const QString& key, const QString& caption, const QString& targetPage, const QString& argument,
                 std::function<int()> count);
    void addSection(Overview::Section section, QLayout* layout);
    void fillSection(Overview::Section section, SectionView& view, const QList<OverviewRow>& rows);
    void openRow(Overview::Section section, int row);

    Database& m_db;
    QDate m_today;
    QGridLayout* m_grid;
    QList<Card> m_cards;
    QHash<int, SectionView> m_sections; // by Overview::Section
};
