#include "Manual.h"

#include <QDir>
#include <QFile>
#include <QImage>
#include <QRegularExpression>
#include <QTextDocument>

namespace {

QString readText(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    // A chapter is a few kilobytes; anything larger is not ours.
    return QString::fromUtf8(file.read(1 << 20));
}

QString bodyOf(const QString& html)
{
    static const QRegularExpression body(QStringLiteral("<body[^>]*>(.*)</body>"),
                                         QRegularExpression::DotMatchesEverythingOption);
    const QRegularExpressionMatch m = body.match(html);
    return m.hasMatch() ? m.captured(1) : html;
}

} // namespace

const Manual& Manual::builtIn()
{
    static const Manual manual(QStringLiteral(":/manual"));
    return manual;
}

Manual::Manual(const QString& folder)
    : m_folder(folder)
{
    static const QRegularExpression title(QStringLiteral("<title>(.*?)</title>"));
    static const QRegularExpression topics(QStringLiteral("<!--\\s*topics:([^>]*)-->"));
    const QStringList files = QDir(folder).entryList({QStringLiteral("*.html")}, QDir::Files, QDir::Name);
    for (const QString& file : files) {
        const QString html = readText(folder + QLatin1Char('/') + file);
        Chapter chapter;
        chapter.file = file;
        chapter.title = title.match(html).captured(1).trimmed();
        if (chapter.title.isEmpty())
            chapter.title = file;
        chapter.topics = topics.match(html).captured(1).split(QLatin1Char(' '), Qt::SkipEmptyParts);
        QTextDocument text;
        text.setHtml(html);
        chapter.plainText = text.toPlainText();
        m_chapters.append(chapter);
    }
}

QUrl Manual::url(int chapter) const
{
    if (chapter < 0 || chapter >= m_chapters.size())
        return {};
    const QString path = m_folder + QLatin1Char('/') + m_chapters.at(chapter).file;
    return path.startsWith(QLatin1Char(':')) ? QUrl(QStringLiteral("qrc") + path) : QUrl::fromLocalFile(path);
}

int Manual::chapterOf(const QString& topic) const
{
    for (int i = 0; i < m_chapters.size(); ++i)
        if (m_chapters.at(i).topics.contains(topic))
            return i;
    return 0;
}

QList<Manual::Hit> Manual::search(const QString& term) const
{
    const QString needle = term.trimmed();
    QList<Hit> hits;
    if (needle.isEmpty())
        return hits;
    for (int i = 0; i < m_chapters.size(); ++i) {
        const QString& text = m_chapters.at(i).plainText;
        qsizetype at = text.indexOf(needle, 0, Qt::CaseInsensitive);
        if (at < 0)
            continue;
        Hit hit;
        hit.chapter = i;
        const qsizetype from = qMax<qsizetype>(0, at - 12);
        hit.excerpt = text.mid(from, needle.size() + 30).simplified();
        while (at >= 0) {
            ++hit.count;
            at = text.indexOf(needle, at + needle.size(), Qt::CaseInsensitive);
        }
        hits.append(hit);
    }
    return hits;
}

QStringList Manual::images() const
{
    static const QRegularExpression image(QStringLiteral("<img[^>]*src=\"([^\"]+)\""));
    QStringList found;
    for (const Chapter& chapter : m_chapters) {
        auto it = image.globalMatch(readText(m_folder + QLatin1Char('/') + chapter.file));
        while (it.hasNext()) {
            const QString src = it.next().captured(1);
            if (!found.contains(src))
                found << src;
        }
    }
    return found;
}

void Manual::fillPrintDocument(QTextDocument* document) const
{
    // The chapters' style sheet (manual.css), given to the one document whole.
    QString html = QStringLiteral("<html><head><style>") + readText(m_folder + QStringLiteral("/manual.css"))
        + QStringLiteral("</style></head><body>");
    for (int i = 0; i < m_chapters.size(); ++i) {
        html += i == 0 ? QStringLiteral("<div>") : QStringLiteral("<div style=\"page-break-before: always\">");
        html += bodyOf(readText(m_folder + QLatin1Char('/') + m_chapters.at(i).file));
        html += QStringLiteral("</div>");
    }
    html += QStringLiteral("</body></html>");
    // The pictures are handed to the document: a printed copy (QTextDocument::print clones it) finds them in its
    // resources, not by their names relative to the chapters' folder.
    for (const QString& image : images())
        document->addResource(QTextDocument::ImageResource, QUrl(image), QImage(m_folder + QLatin1Char('/') + image));
    document->setHtml(html);
}
