#include "MessageBox.h"

#include <QPushButton>

namespace {

struct SeamState
{
    bool testMode = false;
    std::optional<int> nextAnswer;
    QString lastTitle;
    QString lastText;
    int shown = 0;
};

SeamState& state()
{
    static SeamState s;
    return s;
}

} // namespace

void MessageBox::setTestMode(bool on)
{
    state().testMode = on;
}

bool MessageBox::testMode()
{
    return state().testMode;
}

void MessageBox::setNextConfirmation(bool goAhead)
{
    state().nextAnswer = goAhead ? 1 : 0;
}

void MessageBox::setNextChoice(int index)
{
    state().nextAnswer = index;
}

QString MessageBox::lastTitle()
{
    return state().lastTitle;
}

QString MessageBox::lastText()
{
    return state().lastText;
}

int MessageBox::shownCount()
{
    return state().shown;
}

void MessageBox::resetRecord()
{
    state().lastTitle.clear();
    state().lastText.clear();
    state().shown = 0;
    state().nextAnswer.reset();
}

void MessageBox::record(const QString& title, const QString& text)
{
    state().lastTitle = title;
    state().lastText = text;
    ++state().shown;
}

std::optional<int> MessageBox::takeAnswer()
{
    std::optional<int> answer = state().nextAnswer;
    state().nextAnswer.reset();
    return answer;
}

std::unique_ptr<QMessageBox> MessageBox::build(QMessageBox::Icon icon, const QString& title, const QString& text,
                                               QWidget* parent)
{
    auto box = std::make_unique<QMessageBox>(icon, title, text, QMessageBox::NoButton, parent);
    box->setTextFormat(Qt::PlainText); // the text carries names and file contents: never markup (PlainText.h)
    return box;
}

void MessageBox::show(QMessageBox::Icon icon, const QString& title, const QString& text, QWidget* parent)
{
    const auto box = build(icon, title, text, parent);
    box->addButton(QMessageBox::Ok);
    box->exec();
}

bool MessageBox::confirm(QWidget* parent, const QString& title, const QString& text, const QString& action)
{
    record(title, text);
    const std::optional<int> answer = takeAnswer();
    if (answer)
        return *answer != 0;
    if (testMode())
        return false;
    const auto box = build(QMessageBox::Question, title, text, parent);
    QPushButton* go = box->addButton(action, QMessageBox::AcceptRole);
    QPushButton* cancel = box->addButton(QMessageBox::Cancel);
    box->setDefaultButton(cancel);
    box->setEscapeButton(cancel);
    box->exec();
    return box->clickedButton() == go;
}

int MessageBox::choose(QWidget* parent, QMessageBox::Icon icon, const QString& title, const QString& text,
                       const QStringList& options, int defaultIndex, int escapeIndex)
{
    record(title, text);
    const std::optional<int> answer = takeAnswer();
    if (answer)
        return *answer;
    if (testMode())
        return escapeIndex;
    const auto box = build(icon, title, text, parent);
    QList<QPushButton*> buttons;
    for (const QString& option : options)
        buttons << box->addButton(option, QMessageBox::ActionRole);
    if (defaultIndex >= 0 && defaultIndex < buttons.size())
        box->setDefaultButton(buttons[defaultIndex]);
    if (escapeIndex >= 0 && escapeIndex < buttons.size())
        box->setEscapeButton(buttons[escapeIndex]);
    box->exec();
    const int index = buttons.indexOf(qobject_cast<QPushButton*>(box->clickedButton()));
    return index < 0 ? escapeIndex : index;
}

void MessageBox::information(QWidget* parent, const QString& title, const QString& text)
{
    record(title, text);
    takeAnswer();
    if (!testMode())
        show(QMessageBox::Information, title, text, parent);
}

void MessageBox::warning(QWidget* parent, const QString& title, const QString& text)
{
    record(title, text);
    takeAnswer();
    if (!testMode())
        show(QMessageBox::Warning, title, text, parent);
}

void MessageBox::critical(QWidget* parent, const QString& title, const QString& text)
{
    record(title, text);
    takeAnswer();
    if (!testMode())
        show(QMessageBox::Critical, title, text, parent);
}
