// Windows that fit the office's screen (issue 17): a window asks for the size it would like, and gets at most what
// the screen it opens on has free (QScreen::availableGeometry: without the taskbar), less the window frame, centred
// there. From 1024×768 up nothing opens off-screen; on a large screen windows keep their comfortable size.
#pragma once

#include <QSize>

class QWidget;

namespace ScreenFit {

// The room a window has on the screen `widget` is on (or the primary screen), without its frame: the available
// geometry less a title bar and borders.
QSize room(const QWidget* widget);

// Resizes `window` to `wanted`, or smaller where the screen has less room, and centres it on that screen.
void resize(QWidget* window, QSize wanted);

} // namespace ScreenFit
