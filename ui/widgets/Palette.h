// The program's colours for what needs attention: one red for errors and what is wrong, one amber for warnings,
// one green for what is in order. Every page takes them from here (text colour, list foreground, style sheets).
#pragma once

#include <QColor>
#include <QString>

namespace Palette {

inline QColor errorColor()
{
    return QColor(0xc6, 0x28, 0x28);
}
inline QColor warningColor()
{
    return QColor(0x8a, 0x5a, 0x00);
}
inline QColor okColor()
{
    return QColor(0x2e, 0x7d, 0x32);
}

// "color: #c62828;" and the like, for a label's style sheet.
inline QString errorStyle()
{
    return QStringLiteral("color: %1;").arg(errorColor().name());
}
inline QString warningStyle()
{
    return QStringLiteral("color: %1;").arg(warningColor().name());
}
inline QString okStyle()
{
    return QStringLiteral("color: %1;").arg(okColor().name());
}

} // namespace Palette
