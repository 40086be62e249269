#include "LockCurtain.h"
#include "PlainText.h"

#include <QApplication>
#include <QEvent>
#include <QLabel>
#include <QWidget>

LockCurtain::LockCurtain(const QWidget* except)
{
    const QList<QWidget*> windows = QApplication::topLevelWidgets();
    for (QWidget* window : windows) {
        if (window == except || !window->isVisible() || !window->isWindow())
            continue;
        auto* cover = new PlainLabel(tr("Locked"), window);
        cover->setObjectName(QStringLiteral("lockCurtain"));
        cover->setAlignment(Qt::AlignCenter);
        cover->setAutoFillBackground(true);
        cover->setGeometry(window->rect());
        cover->raise();
        cover->show();
        window->installEventFilter(this);
        m_covered.append({window, cover, window->windowTitle()});
        window->setWindowTitle(tr("Locked"));
    }
}

LockCurtain::~LockCurtain()
{
    for (const Covered& covered : std::as_const(m_covered)) {
        delete covered.cover.data();
        if (covered.window) {
            covered.window->removeEventFilter(this);
            covered.window->setWindowTitle(covered.title);
        }
    }
}

int LockCurtain::coveredCount() const
{
    return int(m_covered.size());
}

bool LockCurtain::eventFilter(QObject* watched, QEvent* event)
{
    // The cover follows its window's size, and stays on top of anything the window adds.
    if (event->type() == QEvent::Resize || event->type() == QEvent::ChildAdded) {
        for (const Covered& covered : std::as_const(m_covered)) {
            if (covered.window == watched && covered.cover) {
                covered.cover->setGeometry(covered.window->rect());
                covered.cover->raise();
            }
        }
    }
    return QObject::eventFilter(watched, event);
}
