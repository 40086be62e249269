#include "ScreenFit.h"

#include <QGuiApplication>
#include <QScreen>
#include <QWidget>

namespace {

const QScreen* screenOf(const QWidget* widget)
{
    if (widget && widget->screen())
        return widget->screen();
    return QGuiApplication::primaryScreen();
}

// What a window manager's frame takes around a window: a title bar and thin borders (Windows 10/11 and the usual
// Linux desktops stay within it).
constexpr int kFrameWidth = 16;
constexpr int kFrameHeight = 40;

} // namespace

QSize ScreenFit::room(const QWidget* widget)
{
    const QScreen* screen = screenOf(widget);
    const QSize available = screen ? screen->availableGeometry().size() : QSize(1024, 728);
    return {qMax(320, available.width() - kFrameWidth), qMax(240, available.height() - kFrameHeight)};
}

void ScreenFit::resize(QWidget* window, QSize wanted)
{
    const QSize fitted = wanted.boundedTo(room(window));
    window->resize(fitted.expandedTo(window->minimumSize()).boundedTo(room(window)));
    if (const QScreen* screen = screenOf(window)) {
        const QRect area = screen->availableGeometry();
        window->move(area.x() + qMax(0, (area.width() - window->width() - kFrameWidth) / 2),
                     area.y() + qMax(0, (area.height() - window->height() - kFrameHeight) / 2));
    }
}
