// 概览: the first page — cards with the registries' numbers, each opening the list it counts. Later issues add the
// urgent cards (待公示, 结果待录入 …) above these plain numbers.
#pragma once

#include "Page.h"

#include <functional>

class Database;
class QGridLayout;
class QLabel;
class QPushButton;

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
    // A card: a number, its caption, and the page (and filter) it opens.
    void addCard(const QString& key, const QString& caption, const QString& targetPage, const QString& argument,
                 std::function<int()> count);

    Database& m_db;
    QGridLayout* m_grid;
    QList<Card> m_cards;
};
