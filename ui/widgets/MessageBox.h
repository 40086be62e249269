// Every question and warning the program shows goes through here. Tests set the next answer (KeePassXC's seam), so
// a GUI test never blocks on a modal box; in test mode an unanswered question is refused and only recorded.
#pragma once

#include <QCoreApplication>
#include <QMessageBox>
#include <QString>
#include <QStringList>
#include <memory>
#include <optional>

class QWidget;

class MessageBox final
{
    Q_DECLARE_TR_FUNCTIONS(MessageBox)

public:
    // Asks before a step that changes data or cannot be undone. `action` is the text of the button that goes ahead
    // ("Deactivate"); the other button is Cancel, which is also the default. True when the clerk goes ahead.
    static bool confirm(QWidget* parent, const QString& title, const QString& text, const QString& action);
    // Offers several ways on; returns the index of the chosen option, or escapeIndex when the box is closed.
    static int choose(QWidget* parent, QMessageBox::Icon icon, const QString& title, const QString& text,
                      const QStringList& options, int defaultIndex, int escapeIndex);
    static void information(QWidget* parent, const QString& title, const QString& text);
    static void warning(QWidget* parent, const QString& title, const QString& text);
    static void critical(QWidget* parent, const QString& title, const QString& text);

    // Test seam. In test mode nothing is shown: a queued answer is used (for confirm: true = go ahead; for choose:
    // the option index); without one, confirm refuses and choose returns escapeIndex.
    static void setTestMode(bool on);
    static bool testMode();
    static void setNextConfirmation(bool goAhead);
    static void setNextChoice(int index);
    // What the last box said (title and text), and how many boxes were shown since the last reset.
    static QString lastTitle();
    static QString lastText();
    static int shownCount();
    static void resetRecord();

    // Every box is made here: plain text, never markup (names and file contents appear in the text).
    static std::unique_ptr<QMessageBox> build(QMessageBox::Icon icon, const QString& title, const QString& text,
                                              QWidget* parent);

private:
    static void show(QMessageBox::Icon icon, const QString& title, const QString& text, QWidget* parent);
    static void record(const QString& title, const QString& text);
    static std::optional<int> takeAnswer();
};
