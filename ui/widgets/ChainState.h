// What the window knows about the audit trail's hash chain: not checked yet, being checked, whole (with its number
// of entries) or broken at an entry. Shown by the audit page's banner and, when broken, the main window's.
#pragma once

#include <QString>

struct ChainState
{
    enum class Kind { Unchecked, Checking, Whole, Broken };
    Kind kind = Kind::Unchecked;
    qint64 entries = 0; // Whole: how many entries were checked
    qint64 badSeq = 0; // Broken: the first bad entry (0 when the trail could not be read at all)
    QString message; // Broken: why, in words; Unchecked: an optional note ("the check was cancelled")
};
