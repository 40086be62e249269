// What a clerk has typed in a form, as one comparable value: the text, choice or tick of every input field under a
// widget, in order. Taken when a dialog opens and again when it is closed, it tells whether closing would throw
// typed work away (issue 17: Esc in the result dialog, closing the wizard, lost input without a word).
#pragma once

#include <QCoreApplication>
#include <QStringList>

class QWidget;

namespace InputSnapshot {

// Line and text edits, combo boxes, spin and date boxes, check boxes and radio buttons, the ticks of lists.
// Hidden or disabled fields count too: what matters is what would be lost.
QStringList of(const QWidget* root);

} // namespace InputSnapshot

// The snapshot a dialog takes when it is first shown, and the question before it closes: "Discard what you typed?"
// with the dialog's own sentence, asked only when something was typed since.
class InputGuard final
{
    Q_DECLARE_TR_FUNCTIONS(InputGuard)

public:
    // Takes the snapshot the first time (call it from showEvent).
    void shown(const QWidget* root);
    // True when nothing was typed since shown(), or the clerk agrees to discard it.
    bool mayClose(QWidget* dialog, const QString& question) const;

private:
    QStringList m_opened;
    bool m_shown = false;
};
