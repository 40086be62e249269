#include "OverviewPage.h"

#include "Database.h"
#include "ConflictRepository.h"
#include "EntityRepository.h"
#include "InspectorRepository.h"
#include "ItemRepository.h"

#include <QGridLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace {
constexpr int kColumns = 3;
}

OverviewPage::OverviewPage(Database& db, QWidget* parent)
    : Page(parent)
    , m_db(db)
    , m_grid(new QGridLayout)
{
    setObjectName(QStringLiteral("overviewPage"));
    auto* layout = new QVBoxLayout(this);
    auto* heading = new QLabel(title(), this);
    QFont headingFont = heading->font();
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.4);
    headingFont.setBold(true);
    heading->setFont(headingFont);
    layout->addWidget(heading);
    m_grid->setSpacing(12);
    m_grid->setColumnStretch(kColumns, 1);
    layout->addLayout(m_grid);
    layout->addStretch(1);

    addCard(QStringLiteral("items"), tr("Inspection items in force"), QStringLiteral("items"), QString(), [&db] {
        return int(ItemRepository(db).inForceOn(QDate::currentDate()).size());
    });
    addCard(QStringLiteral("entities"), tr("Entities in operation"), QStringLiteral("entities"), QString(), [&db] {
        EntityFilter filter;
        filter.status = QStringLiteral("normal");
        return EntityRepository(db).count(filter);
    });
    addCard(QStringLiteral("blacklisted"), tr("Entities on the blacklist"), QStringLiteral("entities"),
            QStringLiteral("blacklisted"), [&db] {
                EntityFilter filter;
                filter.status = QStringLiteral("normal");
                filter.blacklisted = 1;
                return EntityRepository(db).count(filter);
            });
    addCard(QStringLiteral("inspectors"), tr("Inspectors on duty"), QStringLiteral("inspectors"), QString(), [&db] {
        InspectorFilter filter;
        filter.status = QStringLiteral("on_duty");
        return InspectorRepository(db).count(filter);
    });
    addCard(QStringLiteral("certified"), tr("Certified today (on duty)"), QStringLiteral("inspectors"),
            QStringLiteral("certified"), [&db] {
                InspectorFilter filter;
                filter.status = QStringLiteral("on_duty");
                filter.certified = 1;
                filter.certifiedOn = QDate::currentDate();
                return InspectorRepository(db).count(filter);
            });
    addCard(QStringLiteral("conflicts"), tr("Active conflicts of interest"), QStringLiteral("conflicts"), QString(),
            [&db] { return ConflictRepository(db).count({}); });
}

QString OverviewPage::title() const
{
    return tr("Overview");
}

void OverviewPage::addCard(const QString& key, const QString& caption, const QString& targetPage,
                           const QString& argument, std::function<int()> count)
{
    Card card;
    card.key = key;
    card.caption = caption;
    card.count = std::move(count);
    card.button = new QPushButton(this);
    card.button->setObjectName(key + QStringLiteral("Card"));
    card.button->setFixedSize(240, 96);
    card.button->setCursor(Qt::PointingHandCursor);
    card.button->setToolTip(tr("Open the list"));
    card.button->setAccessibleName(caption);
    // The number large, the caption under it; the labels let clicks through to the button.
    auto* inner = new QVBoxLayout(card.button);
    inner->setContentsMargins(16, 10, 16, 10);
    card.number = new QLabel(card.button);
    card.number->setObjectName(key + QStringLiteral("Number"));
    QFont numberFont = card.number->font();
    numberFont.setPointSizeF(numberFont.pointSizeF() * 2);
    numberFont.setBold(true);
    card.number->setFont(numberFont);
    auto* captionLabel = new QLabel(caption, card.button);
    for (QLabel* label : {card.number, captionLabel}) {
        label->setAttribute(Qt::WA_TransparentForMouseEvents);
        inner->addWidget(label);
    }
    connect(card.button, &QPushButton::clicked, this,
            [this, targetPage, argument] { Q_EMIT navigateRequested(targetPage, argument); });
    const int index = int(m_cards.size());
    m_grid->addWidget(card.button, index / kColumns, index % kColumns);
    m_cards.append(card);
}

void OverviewPage::reloadData()
{
    for (Card& card : m_cards) {
        card.value = card.count();
        card.number->setText(QLocale().toString(card.value));
    }
}

void OverviewPage::showEvent(QShowEvent* event)
{
    reloadData();
    Page::showEvent(event);
}

int OverviewPage::cardValue(const QString& key) const
{
    for (const Card& card : m_cards)
        if (card.key == key)
            return card.value;
    return -1;
}
