// The file dialogs the program opens, behind one seam: a test sets the next file name instead of clicking through
// a native dialog. In MessageBox's test mode a dialog with no queued answer returns an empty name (cancelled).
#pragma once

#include <QString>
#include <optional>

class QWidget;

class FileDialog final
{
public:
    static QString getOpenFileName(QWidget* parent, const QString& caption, const QString& dir,
                                   const QString& filter);
    // Does not ask about overwriting: callers that open-or-create a file want an existing name too.
    static QString getOpenOrNewFileName(QWidget* parent, const QString& caption, const QString& dir,
                                        const QString& filter);
    static QString getSaveFileName(QWidget* parent, const QString& caption, const QString& dir,
                                   const QString& filter);

    // A folder (for a package of files); the seam's next file name answers it too.
    static QString getExistingDirectory(QWidget* parent, const QString& caption, const QString& dir);

    static void setNextFileName(const QString& fileName);

private:
    static std::optional<QString> takeAnswer();
};
