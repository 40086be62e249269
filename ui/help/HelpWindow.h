// 帮助 → 使用手册 (F1): the manual in a window of its own, beside the program — the chapters on the left, the chapter
// on the right, a search over all chapters that marks every place it finds, and the whole manual printed or saved as
// one PDF. F1 opens the chapter of what the clerk is looking at (a page, the plan wizard).
#pragma once

#include <QWidget>

class Database;
class Manual;
class QLineEdit;
class QListWidget;
class QPrinter;
class QPushButton;
class QTextBrowser;
class PlainLabel;

class HelpWindow final : public QWidget
{
    Q_OBJECT

public:
    // Opens (or raises) the one help window at the chapter of `topic` (see Manual::chapterOf). `from` is the window
    // the clerk pressed F1 in; with a modal dialog open, the help window belongs to it so that it can be used.
    // `db` (may be null) gives the remembered export folder for the PDF.
    static HelpWindow* showTopic(QWidget* from, const QString& topic, Database* db = nullptr);
    // The topic of a window: its property "helpTopic" when it sets one (the main window: its page; the wizard: its
    // step, "wizard-1" …), else its class name ("ResultDialog").
    static QString topicOf(const QWidget* window);
    // F1 anywhere in the program (the main window, a dialog, the wizard) opens the chapter of the active window.
    static void installF1(Database* db);

    explicit HelpWindow(const Manual& manual, Database* db, QWidget* parent = nullptr);

    void openChapter(int chapter);
    int currentChapter() const;
    // Searches every chapter; the chapter list keeps the chapters that contain the text (with how often), the open
    // chapter shows every place marked, the first one in view. An empty text shows every chapter again.
    void search(const QString& text);
    // The next place of the searched text in the open chapter (Enter in the search field), from the top again at
    // the end.
    void findNext();
    // Writes the whole manual as an A4 PDF; false with *error when it cannot.
    bool writePdf(const QString& fileName, QString* error) const;
    // How many places of the searched text the open chapter marks.
    int markedCount() const;

private:
    void showChapters();
    void markMatches();
    void savePdf();
    void print();
    void printOn(QPrinter* printer) const;

    const Manual& m_manual;
    Database* m_db;
    QLineEdit* m_search;
    PlainLabel* m_found;
    QListWidget* m_chapters;
    QTextBrowser* m_text;
    QPushButton* m_printButton;
    QPushButton* m_pdfButton;
    QString m_term;
};
