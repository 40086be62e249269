#include "OverviewPage.h"

#include "ConflictRepository.h"
#include "Database.h"
#include "ElidedTextDelegate.h"
#include "EntityRepository.h"
#include "InspectorRepository.h"
#include "ItemRepository.h"
#include "Palette.h"
#include "PlainText.h"
#include "PlansPage.h"

#include <QGridLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QTableWidget>
#include <QVBoxLayout>

namespace {

constexpr int kColumns = 3;
// A section shows so many rows before its table scrolls.
constexpr int kVisibleRows = 8;

QColor severityColor(OverviewRow::Severity severity)
{
    switch (severity) {
    case OverviewRow::Severity::Red:
        return Palette::errorColor();
    case OverviewRow::Severity::Yellow:
        return Palette::warningColor();
    case OverviewRow::Severity::Ok:
        break;
    }
    return Palette::okColor();
}

QString sectionKey(Overview::Section section)
{
    switch (section) {
    case Overview::Section::ApprovalsDue:
        return QStringLiteral("approvalsDue");
    case Overview::Section::LateResults:
        return QStringLiteral("lateResults");
    case Overview::Section::PublicationDue:
        return QStringLiteral("publicationDue");
    case Overview::Section::OverdueRectifications:
        return QStringLiteral("overdueRectifications");
    case Overview::Section::ItemsNotDrawn:
        return QStringLiteral("itemsNotDrawn");
    case Overview::Section::DrawsBelowMinimum:
        return QStringLiteral("drawsBelowMinimum");
    case Overview::Section::BlacklistFrequency:
        return QStringLiteral("blacklistFrequency");
    case Overview::Section::RegistryHealth:
        return QStringLiteral("registryHealth");
    }
    return {};
}

} // namespace

OverviewPage::OverviewPage(Database& db, QWidget* parent)
    : Page(parent)
    , m_db(db)
    , m_grid(new QGridLayout)
{
    setObjectName(QStringLiteral("overviewPage"));
    auto* outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    auto* scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    outer->addWidget(scroll);
    auto* content = new QWidget(scroll);
    scroll->setWidget(content);
    auto* layout = new QVBoxLayout(content);
    auto* heading = new PlainLabel(title(), content);
    QFont headingFont = heading->font();
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.4);
    headingFont.setBold(true);
    heading->setFont(headingFont);
    layout->addWidget(heading);
    for (Overview::Section section : Overview::sections())
        addSection(section, layout);
    layout->addSpacing(12);
    m_grid->setSpacing(12);
    m_grid->setColumnStretch(kColumns, 1);
    layout->addLayout(m_grid);
    layout->addStretch(1);

    addCard(QStringLiteral("items"), tr("Inspection items in force"), QStringLiteral("items"), QString(),
            [&db] { return int(ItemRepository(db).inForceOn(QDate::currentDate()).size()); });
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
    card.button = new QPushButton(m_grid->parentWidget());
    card.button->setObjectName(key + QStringLiteral("Card"));
    card.button->setFixedSize(240, 96);
    card.button->setCursor(Qt::PointingHandCursor);
    card.button->setToolTip(tr("Open the list"));
    card.button->setAccessibleName(caption);
    // The number large, the caption under it; the labels let clicks through to the button.
    auto* inner = new QVBoxLayout(card.button);
    inner->setContentsMargins(16, 10, 16, 10);
    card.number = new PlainLabel(card.button);
    card.number->setObjectName(key + QStringLiteral("Number"));
    QFont numberFont = card.number->font();
    numberFont.setPointSizeF(numberFont.pointSizeF() * 2);
    numberFont.setBold(true);
    card.number->setFont(numberFont);
    QLabel* captionLabel = new PlainLabel(caption, card.button);
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

void OverviewPage::addSection(Overview::Section section, QLayout* layout)
{
    QWidget* parent = layout->parentWidget();
    const QString key = sectionKey(section);
    SectionView view;
    view.header = new PlainLabel(parent);
    view.header->setObjectName(key + QStringLiteral("Header"));
    view.header->setTextFormat(Qt::RichText);
    view.allClear = new PlainLabel(tr("All in order"), parent);
    view.allClear->setObjectName(key + QStringLiteral("AllClear"));
    view.allClear->setStyleSheet(QStringLiteral("color: %1; margin-left: 18px;").arg(severityColor({}).name()));
    view.table = new QTableWidget(0, 3, parent);
    view.table->setObjectName(key + QStringLiteral("Table"));
    ElidedTextDelegate::install(view.table);
    view.table->setAccessibleName(Overview::sectionTitle(section));
    view.table->horizontalHeader()->hide();
    view.table->verticalHeader()->hide();
    view.table->setShowGrid(false);
    view.table->setSelectionBehavior(QAbstractItemView::SelectRows);
    view.table->setSelectionMode(QAbstractItemView::SingleSelection);
    view.table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view.table->setWordWrap(true);
    view.table->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    view.table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    view.table->horizontalHeader()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    view.table->horizontalHeader()->setSectionResizeMode(2, QHeaderView::Stretch);
    view.table->setToolTip(tr("Double-click a row to open it."));
    view.table->hide();
    // A double click or Enter opens the row's plan, item, entity or inspector.
    connect(view.table, &QAbstractItemView::activated, this,
            [this, section](const QModelIndex& index) { openRow(section, index.row()); });
    layout->addWidget(view.header);
    layout->addWidget(view.allClear);
    layout->addWidget(view.table);
    m_sections.insert(int(section), view);
}

void OverviewPage::fillSection(Overview::Section section, SectionView& view, const QList<OverviewRow>& rows)
{
    view.rows = rows;
    int attention = 0;
    OverviewRow::Severity worst = OverviewRow::Severity::Ok;
    for (const OverviewRow& row : rows) {
        if (row.severity != OverviewRow::Severity::Ok)
            ++attention;
        worst = std::max(worst, row.severity);
    }
    QString header = QStringLiteral("<span style=\"color: %1;\">●</span>&nbsp; <b>%2</b>")
                         .arg(severityColor(worst).name(), Overview::sectionTitle(section).toHtmlEscaped());
    if (attention > 0)
        header += QStringLiteral("&nbsp; <span style=\"color: %1;\">%2</span>")
                      .arg(severityColor(worst).name(), tr("%n to attend to", nullptr, attention).toHtmlEscaped());
    view.header->setText(header);
    view.allClear->setVisible(attention == 0);

    view.table->setRowCount(int(rows.size()));
    for (int i = 0; i < rows.size(); ++i) {
        const OverviewRow& row = rows.at(i);
        auto* marker = new QTableWidgetItem(QStringLiteral("●"));
        marker->setForeground(severityColor(row.severity));
        marker->setData(Qt::AccessibleTextRole,
                        row.severity == OverviewRow::Severity::Red          ? tr("Urgent")
                            : row.severity == OverviewRow::Severity::Yellow ? tr("Attention")
                                                                            : tr("In order"));
        view.table->setItem(i, 0, marker);
        auto* subject = new QTableWidgetItem(row.subject);
        QFont bold = subject->font();
        bold.setBold(row.severity != OverviewRow::Severity::Ok);
        subject->setFont(bold);
        view.table->setItem(i, 1, subject);
        auto* text = new QTableWidgetItem(row.text);
        text->setToolTip(plainToolTip(row.text));
        if (row.severity == OverviewRow::Severity::Red)
            text->setForeground(severityColor(row.severity));
        view.table->setItem(i, 2, text);
    }
    view.table->setVisible(!rows.isEmpty());
    view.table->resizeRowsToContents();
    int height = 2 * view.table->frameWidth();
    for (int i = 0; i < std::min(int(rows.size()), kVisibleRows); ++i)
        height += view.table->rowHeight(i);
    view.table->setFixedHeight(height);
}

void OverviewPage::openRow(Overview::Section section, int row)
{
    const QList<OverviewRow>& rows = m_sections.value(int(section)).rows;
    if (row < 0 || row >= rows.size())
        return;
    const OverviewRow& target = rows.at(row);
    // A late plan opens on its 检查结果 tab with only the visits still to be submitted.
    if (section == Overview::Section::LateResults && target.page == QLatin1String("plans") && target.id > 0) {
        Q_EMIT navigateRequested(target.page, PlansPage::lateResultsArgument(target.id));
        return;
    }
    if (!target.page.isEmpty())
        Q_EMIT navigateRequested(target.page, target.id > 0 ? recordArgument(target.id) : target.filter);
}

void OverviewPage::setToday(const QDate& today)
{
    m_today = today;
}

QList<OverviewRow> OverviewPage::sectionRows(Overview::Section section) const
{
    return m_sections.value(int(section)).rows;
}

QTableWidget* OverviewPage::sectionTable(Overview::Section section) const
{
    return m_sections.value(int(section)).table;
}

QLabel* OverviewPage::sectionHeader(Overview::Section section) const
{
    return m_sections.value(int(section)).header;
}

void OverviewPage::reloadData()
{
    const Overview overview(m_db, m_today.isValid() ? m_today : QDate::currentDate());
    for (auto it = m_sections.begin(); it != m_sections.end(); ++it)
        fillSection(Overview::Section(it.key()), it.value(), overview.rows(Overview::Section(it.key())));
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
