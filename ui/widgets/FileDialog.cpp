#include "FileDialog.h"

#include "MessageBox.h"

#include <QFileDialog>
#include <utility>

namespace {
struct NextAnswer
{
    bool set = false;
    QString fileName;
};

NextAnswer& nextAnswer()
{
    static NextAnswer answer;
    return answer;
}
} // namespace

void FileDialog::setNextFileName(const QString& fileName)
{
    nextAnswer() = {true, fileName};
}

std::optional<QString> FileDialog::takeAnswer()
{
    NextAnswer& next = nextAnswer();
    if (next.set) {
        next.set = false;
        return std::exchange(next.fileName, QString());
    }
    if (MessageBox::testMode())
        return QString();
    return std::nullopt;
}

QString FileDialog::getOpenFileName(QWidget* parent, const QString& caption, const QString& dir,
                                    const QString& filter)
{
    if (const auto answer = takeAnswer())
        return *answer;
    return QFileDialog::getOpenFileName(parent, caption, dir, filter);
}

QString FileDialog::getOpenOrNewFileName(QWidget* parent, const QString& caption, const QString& dir,
                                         const QString& filter)
{
    if (const auto answer = takeAnswer())
        return *answer;
    return QFileDialog::getSaveFileName(parent, caption, dir, filter, nullptr, QFileDialog::DontConfirmOverwrite);
}

QString FileDialog::getSaveFileName(QWidget* parent, const QString& caption, const QString& dir,
                                    const QString& filter)
{
    if (const auto answer = takeAnswer())
        return *answer;
    return QFileDialog::getSaveFileName(parent, caption, dir, filter);
}

QString FileDialog::getExistingDirectory(QWidget* parent, const QString& caption, const QString& dir)
{
    if (const auto answer = takeAnswer())
        return *answer;
    return QFileDialog::getExistingDirectory(parent, caption, dir);
}
