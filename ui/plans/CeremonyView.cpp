#include "CeremonyView.h"
#include "PlainText.h"
#include "ScreenFit.h"

#include <QEvent>
#include <QFontMetrics>
#include <QFontMetricsF>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QScreen>
#include <QTimer>
#include <QVBoxLayout>

#include <cmath>

namespace {

constexpr int MaxColumns = 8;
constexpr int ColumnGap = 28; // pixels between columns
constexpr int VisitGap = 6; // pixels between one visit's team line and the next visit
constexpr int LargestPixels = 44;
constexpr int SmallestPixels = 9;

QString groupedHash(const QString& hash)
{
    QStringList groups;
    for (qsizetype i = 0; i < hash.size(); i += 8)
        groups << hash.mid(i, 8);
    return groups.join(QLatin1Char(' '));
}

QFont monospace(QFont font)
{
    font.setFamilies({QStringLiteral("DejaVu Sans Mono"), QStringLiteral("Consolas"), QStringLiteral("Courier New")});
    font.setStyleHint(QFont::Monospace);
    return font;
}

// The first line of a visit and the rest (its team), as reveal() receives them.
QString headingOf(const QString& visit)
{
    return visit.section(QLatin1Char('\n'), 0, 0);
}

QString teamOf(const QString& visit)
{
    return visit.section(QLatin1Char('\n'), 1).replace(QLatin1Char('\n'), QStringLiteral("、"));
}

} // namespace

CeremonyView::CeremonyView(QWidget* parent)
    : QWidget(parent, Qt::Window)
    , m_title(new PlainLabel(this))
    , m_hash(new PlainLabel(this))
    , m_seed(new PlainLabel(this))
    , m_status(new PlainLabel(this))
    , m_closeHint(new PlainLabel(tr("Press Esc to close this view."), this))
    , m_board(new QWidget(this))
    , m_timer(new QTimer(this))
{
    setObjectName(QStringLiteral("ceremonyView"));
    setWindowTitle(tr("Draw ceremony"));
    setAttribute(Qt::WA_DeleteOnClose, false);
    setAutoFillBackground(true);
    QPalette p = palette();
    p.setColor(QPalette::Window, QColor(0xfa, 0xfa, 0xf5));
    p.setColor(QPalette::WindowText, QColor(0x1a, 0x1a, 0x1a));
    p.setColor(QPalette::Base, QColor(0xfa, 0xfa, 0xf5));
    p.setColor(QPalette::Text, QColor(0x1a, 0x1a, 0x1a));
    setPalette(p);
    setCursor(Qt::BlankCursor);

    const auto sized = [](QLabel* label, double points, bool bold) {
        QFont f = label->font();
        f.setPointSizeF(points);
        f.setBold(bold);
        label->setFont(f);
        label->setAlignment(Qt::AlignCenter);
        label->setWordWrap(true);
    };
    sized(m_title, 30, true);
    sized(m_hash, 16, false);
    sized(m_seed, 36, true);
    sized(m_status, 20, false);
    m_seed->setFont(monospace(m_seed->font()));
    m_seed->setObjectName(QStringLiteral("ceremonySeed"));
    m_hash->setObjectName(QStringLiteral("ceremonyHash"));
    m_hash->setTextFormat(Qt::RichText);
    // Two lines that fit the screen's width: a wrapping label would be given the height of one.
    m_hash->setWordWrap(false);
    m_hash->setStyleSheet(QStringLiteral("color: #444;"));
    m_status->setStyleSheet(QStringLiteral("color: #555;"));
    m_board->setObjectName(QStringLiteral("ceremonyVisits"));
    m_board->installEventFilter(this);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(48, 28, 48, 28);
    layout->setSpacing(12);
    layout->addWidget(m_title);
    layout->addWidget(m_hash);
    layout->addWidget(m_seed);
    // The status line, with the hint how to close at its right end (a line of its own took room from the visits).
    m_closeHint->setObjectName(QStringLiteral("ceremonyCloseHint"));
    m_closeHint->setAlignment(Qt::AlignRight | Qt::AlignBottom);
    m_closeHint->setStyleSheet(QStringLiteral("color: #888;"));
    auto* statusRow = new QHBoxLayout;
    statusRow->addSpacing(m_closeHint->sizeHint().width());
    statusRow->addWidget(m_status, 1);
    statusRow->addWidget(m_closeHint);
    layout->addLayout(statusRow);
    layout->addWidget(m_board, 1);

    connect(m_timer, &QTimer::timeout, this, &CeremonyView::revealNext);
    setSeed(QString(), 20);
}

void CeremonyView::setPlan(const QString& code, const QString& title, const QString& requestHash)
{
    m_title->setText(title);
    // The whole hash, so that the witnesses can compare it with the pre-draw sheet in their hands.
    const QString mono = monospace(m_hash->font()).families().join(QStringLiteral("','"));
    m_hash->setText(QStringLiteral("%1<br><span style=\"font-family:'%2'\">%3</span>")
                        .arg(tr("%1 · request hash (SHA-256)").arg(code).toHtmlEscaped(), mono,
                             groupedHash(requestHash).toHtmlEscaped()));
}

void CeremonyView::setSeed(const QString& digits, int minimumDigits)
{
    QString grouped;
    for (qsizetype i = 0; i < digits.size(); ++i) {
        if (i > 0 && i % 5 == 0)
            grouped += QLatin1Char(' ');
        grouped += digits.at(i);
    }
    m_seed->setText(grouped.isEmpty() ? QStringLiteral("—") : grouped);
    if (m_visits.isEmpty())
        m_status->setText(digits.size() < minimumDigits
                              ? tr("Random seed: %1 of at least %2 digits").arg(digits.size()).arg(minimumDigits)
                              : tr("Random seed complete: %1 digits").arg(digits.size()));
}

void CeremonyView::reveal(const QStringList& visits, int intervalMs)
{
    m_timer->stop();
    qDeleteAll(m_headings);
    qDeleteAll(m_teams);
    m_headings.clear();
    m_teams.clear();
    m_visits = visits;
    m_revealed = 0;
    for (const QString& visit : visits) {
        auto* heading = new PlainLabel(headingOf(visit), m_board);
        auto* team = new PlainLabel(teamOf(visit), m_board);
        heading->setObjectName(QStringLiteral("ceremonyVisitHeading"));
        team->setObjectName(QStringLiteral("ceremonyVisitTeam"));
        for (QLabel* label : {heading, team}) {
            label->setTextFormat(Qt::PlainText);
            label->setWordWrap(false);
            label->setAlignment(Qt::AlignLeft | Qt::AlignVCenter);
            label->hide();
        }
        team->setStyleSheet(QStringLiteral("color: #333;"));
        m_headings << heading;
        m_teams << team;
    }
    m_status->setText(tr("The draw result"));
    arrange();
    revealNext();
    if (!m_visits.isEmpty() && m_revealed < m_visits.size())
        m_timer->start(intervalMs);
}

void CeremonyView::revealNext()
{
    if (m_revealed >= m_visits.size()) {
        m_timer->stop();
        return;
    }
    m_headings.at(m_revealed)->show();
    m_teams.at(m_revealed)->show();
    ++m_revealed;
    if (m_revealed >= m_visits.size())
        m_timer->stop();
}

void CeremonyView::revealAll()
{
    while (m_revealed < m_visits.size())
        revealNext();
}

void CeremonyView::arrange()
{
    const int n = int(m_visits.size());
    if (n == 0)
        return;
    const QRect area = m_board->rect();
    QFont headingFont = m_board->font();
    headingFont.setBold(true);
    QFont teamFont = m_board->font();
    teamFont.setBold(false);

    // Widths and line height at 100 px scale almost linearly; measure once there, then check the chosen size.
    const auto widest = [](QFont font, const QList<QLabel*>& labels) {
        font.setPixelSize(100);
        const QFontMetricsF fm(font);
        qreal w = 0;
        for (const QLabel* label : labels)
            w = std::max(w, fm.horizontalAdvance(label->text()));
        return w;
    };
    const qreal widest100 = std::max({widest(headingFont, m_headings), widest(teamFont, m_teams), qreal(1)});
    QFont probe = headingFont;
    probe.setPixelSize(100);
    const qreal line100 = QFontMetricsF(probe).height();

    const auto fits = [&](int pixels, int columns) {
        const int rows = (n + columns - 1) / columns;
        const int cellWidth = (area.width() - (columns - 1) * ColumnGap) / columns;
        const int cellHeight = area.height() / rows;
        QFont h = headingFont, t = teamFont;
        h.setPixelSize(pixels);
        t.setPixelSize(pixels);
        const QFontMetrics hm(h), tm(t);
        if (hm.height() + tm.height() + VisitGap > cellHeight)
            return false;
        for (int i = 0; i < n; ++i)
            if (hm.horizontalAdvance(m_headings.at(i)->text()) > cellWidth
                || tm.horizontalAdvance(m_teams.at(i)->text()) > cellWidth)
                return false;
        return true;
    };

    int bestPixels = 0;
    int bestColumns = 1;
    for (int columns = 1; columns <= std::min(MaxColumns, n); ++columns) {
        const int rows = (n + columns - 1) / columns;
        const qreal cellWidth = qreal(area.width() - (columns - 1) * ColumnGap) / columns;
        const qreal cellHeight = qreal(area.height()) / rows;
        const qreal byWidth = 100.0 * cellWidth / widest100;
        const qreal byHeight = 100.0 * (cellHeight - VisitGap) / (2 * line100);
        int pixels = std::min<int>(LargestPixels, int(std::floor(std::min(byWidth, byHeight))));
        while (pixels > SmallestPixels && !fits(pixels, columns))
            --pixels;
        if (pixels > bestPixels) {
            bestPixels = pixels;
            bestColumns = columns;
        }
    }
    bestPixels = std::max(bestPixels, SmallestPixels);
    headingFont.setPixelSize(bestPixels);
    teamFont.setPixelSize(bestPixels);

    const int rows = (n + bestColumns - 1) / bestColumns;
    const int cellWidth = (area.width() - (bestColumns - 1) * ColumnGap) / bestColumns;
    const int cellHeight = area.height() / rows;
    const int headingHeight = QFontMetrics(headingFont).height();
    const int teamHeight = QFontMetrics(teamFont).height();
    // The visits fill the columns top to bottom, centred in the height left over.
    const int top = std::max(0, (area.height() - rows * cellHeight) / 2);
    for (int i = 0; i < n; ++i) {
        const int x = (i / rows) * (cellWidth + ColumnGap);
        const int y = top + (i % rows) * cellHeight;
        m_headings.at(i)->setFont(headingFont);
        m_teams.at(i)->setFont(teamFont);
        m_headings.at(i)->setGeometry(x, y, cellWidth, headingHeight);
        m_teams.at(i)->setGeometry(x, y + headingHeight, cellWidth, teamHeight);
    }
}

QStringList CeremonyView::revealedLines() const
{
    QStringList lines;
    for (int i = 0; i < m_revealed; ++i)
        lines << m_visits.at(i);
    return lines;
}

bool CeremonyView::isRevealing() const
{
    return m_revealed < m_visits.size();
}

QString CeremonyView::seedText() const
{
    return m_seed->text();
}

QString CeremonyView::hashText() const
{
    return m_hash->text();
}

QList<QLabel*> CeremonyView::visitLabels() const
{
    QList<QLabel*> labels;
    for (int i = 0; i < m_revealed; ++i)
        labels << m_headings.at(i) << m_teams.at(i);
    return labels;
}

void CeremonyView::showOnBestScreen()
{
    const QList<QScreen*> screens = QGuiApplication::screens();
    if (screens.size() > 1) {
        setGeometry(screens.at(1)->geometry());
        showFullScreen();
        return;
    }
    // One screen: full screen would cover the wizard and its 抽取 button (issue 17).
    if (const QScreen* only = screen()) {
        // The width of the screen less the window's frame (ScreenFit), over the top three fifths.
        const QRect area = only->availableGeometry();
        resize(ScreenFit::room(this).width(), area.height() * 3 / 5);
        move(area.topLeft());
    }
    show();
}

QString CeremonyView::closeHint() const
{
    return m_closeHint->text();
}

void CeremonyView::keyPressEvent(QKeyEvent* event)
{
    if (event->key() == Qt::Key_Escape) {
        close();
        return;
    }
    QWidget::keyPressEvent(event);
}

bool CeremonyView::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_board && event->type() == QEvent::Resize)
        arrange();
    return QWidget::eventFilter(watched, event);
}
