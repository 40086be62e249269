#include "IdleWatcher.h"

#include <QCoreApplication>
#include <QEvent>
#include <QTimer>

IdleWatcher::IdleWatcher(QObject* parent)
    : QObject(parent)
    , m_timer(new QTimer(this))
{
    m_timer->setSingleShot(true);
    connect(m_timer, &QTimer::timeout, this, [this] {
        m_running = false;
        Q_EMIT idle();
    });
    QCoreApplication::instance()->installEventFilter(this);
}

IdleWatcher::~IdleWatcher()
{
    if (QCoreApplication::instance())
        QCoreApplication::instance()->removeEventFilter(this);
}

void IdleWatcher::setInterval(int msec)
{
    m_interval = qMax(0, msec);
    if (m_running)
        start();
}

int IdleWatcher::interval() const
{
    return m_interval;
}

bool IdleWatcher::isActive() const
{
    return m_timer->isActive();
}

void IdleWatcher::start()
{
    m_running = true;
    if (m_interval > 0)
        m_timer->start(m_interval);
    else
        m_timer->stop();
}

void IdleWatcher::stop()
{
    m_running = false;
    m_timer->stop();
}

bool IdleWatcher::eventFilter(QObject* watched, QEvent* event)
{
    if (m_running && m_interval > 0) {
        switch (event->type()) {
        case QEvent::KeyPress:
        case QEvent::MouseButtonPress:
        case QEvent::MouseMove:
        case QEvent::Wheel:
        case QEvent::TouchBegin:
            m_timer->start(m_interval);
            break;
        default:
            break;
        }
    }
    return QObject::eventFilter(watched, event);
}
