#include "CeremonyView.h"

#include <QGuiApplication>
#include <QKeyEvent>
#include <QLabel>
#include <QListWidget>
#include <QScreen>
#include <QTimer>
#include <QVBoxLayout>

CeremonyView::CeremonyView(QWidget* parent)
    : QWidget(parent, Qt::Window)
    , m_title(new QLabel(this))
    , m_hash(new QLabel(this))
    , m_seed(new QLabel(this))
    , m_status(new QLabel(this))
    , m_visits(new QListWidget(this))
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
    sized(m_title, 34, true);
    sized(m_hash, 18, false);
    sized(m_seed, 40, true);
    sized(m_status, 22, false);
    QFont mono = m_seed->font();
    mono.setFamilies({QStringLiteral("DejaVu Sans Mono"), QStringLiteral("Consolas"), QStringLiteral("Courier New")});
    m_seed->setFont(mono);
    m_seed->setObjectName(QStringLiteral("ceremonySeed"));
    m_hash->setStyleSheet(QStringLiteral("color: #555;"));
    m_status->setStyleSheet(QStringLiteral("color: #555;"));

    m_visits->setObjectName(QStringLiteral("ceremonyVisits"));
    m_visits->setFrameShape(QFrame::NoFrame);
    m_visits->setFocusPolicy(Qt::NoFocus);
    m_visits->setSelectionMode(QAbstractItemView::NoSelection);
    m_visits->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_visits->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    // Many visits fill columns, top to bottom, so that all of them stay on the screen.
    m_visits->setFlow(QListView::TopToBottom);
    m_visits->setWrapping(true);
    m_visits->setResizeMode(QListView::Adjust);
    QFont listFont = m_visits->font();
    listFont.setPointSizeF(24);
    m_visits->setFont(listFont);
    m_visits->setSpacing(4);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(60, 40, 60, 40);
    layout->setSpacing(18);
    layout->addWidget(m_title);
    layout->addWidget(m_hash);
    layout->addWidget(m_seed);
    layout->addWidget(m_status);
    layout->addWidget(m_visits, 1);

    connect(m_timer, &QTimer::timeout, this, &CeremonyView::revealNext);
    setSeed(QString(), 20);
}

void CeremonyView::setPlan(const QString& code, const QString& title, const QString& requestHash)
{
    m_title->setText(title);
    m_hash->setText(tr("%1 · request hash %2…").arg(code, requestHash.left(16)));
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
    if (m_pending.isEmpty() && m_visits->count() == 0)
        m_status->setText(digits.size() < minimumDigits
                              ? tr("Random seed: %1 of at least %2 digits").arg(digits.size()).arg(minimumDigits)
                              : tr("Random seed complete: %1 digits").arg(digits.size()));
}

void CeremonyView::reveal(const QStringList& lines, int intervalMs)
{
    m_visits->clear();
    // Every visit stays on the screen: one column up to 12, then two or three, in the largest type that fits.
    const int n = std::max<int>(1, int(lines.size()));
    const int columns = n <= 12 ? 1 : n <= 40 ? 2 : 3;
    const int rows = (n + columns - 1) / columns;
    const QSize area = m_visits->viewport()->size();
    const int lineHeight = std::clamp(area.height() / (rows + 1), 16, 64);
    QFont listFont = m_visits->font();
    listFont.setPixelSize(std::max(12, lineHeight * 62 / 100));
    m_visits->setFont(listFont);
    m_visits->setSpacing(0);
    m_visits->setGridSize(QSize(std::max(100, area.width() / columns - 2), lineHeight));
    m_visits->setTextElideMode(Qt::ElideRight);
    m_pending = lines;
    m_status->setText(tr("The draw result"));
    revealNext();
    m_timer->start(intervalMs);
}

void CeremonyView::revealNext()
{
    if (m_pending.isEmpty()) {
        m_timer->stop();
        return;
    }
    m_visits->addItem(m_pending.takeFirst());
    if (m_pending.isEmpty())
        m_timer->stop();
}

void CeremonyView::revealAll()
{
    while (!m_pending.isEmpty())
        revealNext();
}

QStringList CeremonyView::revealedLines() const
{
    QStringList lines;
    for (int i = 0; i < m_visits->count(); ++i)
        lines << m_visits->item(i)->text();
    return lines;
}

bool CeremonyView::isRevealing() const
{
    return !m_pending.isEmpty();
}

QString CeremonyView::seedText() const
{
    return m_seed->text();
}

void CeremonyView::showOnBestScreen()
{
    const QList<QScreen*> screens = QGuiApplication::screens();
    QScreen* target = screens.size() > 1 ? screens.at(1) : screen();
    if (target)
        setGeometry(target->geometry());
    showFullScreen();
}

void CeremonyView::keyPressEvent(QKeyEvent* event)
{
    if (event->key() == Qt::Key_Escape) {
        close();
        return;
    }
    QWidget::keyPressEvent(event);
}
