// The user manual (帮助 → 使用手册, issue 17): one HTML chapter per task of the clerk's round, compiled into the
// program's resources from docs/manual/ (chapters NN-name.html, screenshots in images/, taken by
// scripts/screenshots.sh from the demo). This class reads the chapters, finds the chapter of a topic (a main window
// page, a wizard, a dialog) and searches the text; the help window shows it.
#pragma once

#include <QList>
#include <QString>
#include <QStringList>
#include <QUrl>

class QTextDocument;

class Manual final
{
public:
    struct Chapter
    {
        QString file; // "05-plan.html"
        QString title; // the chapter's <title>
        QStringList topics; // from the comment <!-- topics: plans wizard --> : what F1 on those opens
        QString plainText; // the text, for the search
    };
    struct Hit
    {
        int chapter = -1;
        int count = 0; // how often the term occurs in the chapter
        QString excerpt; // the first occurrence with a little text around it
    };

    // The chapters in the program's resources (":/manual"), in file name order.
    static const Manual& builtIn();
    // The chapters of a folder (the resources or docs/manual of a checkout, for tests).
    explicit Manual(const QString& folder);

    const QList<Chapter>& chapters() const { return m_chapters; }
    QUrl url(int chapter) const;
    // The chapter that explains a topic, or 0 (the first chapter) when none names it.
    int chapterOf(const QString& topic) const;
    // The chapters that contain `term` (case-insensitive, spaces at the ends ignored), in chapter order.
    QList<Hit> search(const QString& term) const;
    // The image files the chapters show ("images/x.png"), each once, in order.
    QStringList images() const;
    // The whole manual as one document, each chapter on a new page, for printing or a PDF.
    void fillPrintDocument(QTextDocument* document) const;

private:
    QString m_folder;
    QList<Chapter> m_chapters;
};
