#include "HelpWindow.h"

#include "ExportFolder.h"
#include "FileDialog.h"
#include "Manual.h"
#include "MessageBox.h"
#include "PlainText.h"
#include "ScreenFit.h"

#include <QApplication>
#include <QDir>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLineEdit>
#include <QListWidget>
#include <QPointer>
#include <QPrintDialog>
#include <QPrinter>
#include <QPrinterInfo>
#include <QPushButton>
#include <QShortcut>
#include <QSplitter>
#include <QTextBrowser>
#include <QTextDocument>
#include <QVBoxLayout>

namespace {

QPointer<HelpWindow>& instance()
{
    static QPointer<HelpWindow> window;
    return window;
}

void setUpPrinter(QPrinter* printer)
{
    printer->setPageSize(QPageSize(QPageSize::A4));
    printer->setPageMargins(QMarginsF(18, 15, 18, 15), QPageLayout::Millimeter);
    printer->setDocName(HelpWindow::tr("User manual"));
}

// F1 in any window of the program: the chapter of the window that has the focus.
class F1Filter final : public QObject
{
public:
    explicit F1Filter(Database* db, QObject* parent)
        : QObject(parent)
        , m_db(db)
    { }

protected:
    bool eventFilter(QObject* watched, QEvent* event) override
    {
        if (event->type() != QEvent::KeyPress || static_cast<QKeyEvent*>(event)->key() != Qt::Key_F1
            || static_cast<QKeyEvent*>(event)->modifiers() != Qt::NoModifier)
            return false;
        auto* widget = qobject_cast<QWidget*>(watched);
        if (!widget || qobject_cast<HelpWindow*>(widget->window()))
            return false;
        HelpWindow::showTopic(widget->window(), HelpWindow::topicOf(widget->window()), m_db);
        return true;
    }

private:
    Database* m_db;
};

} // namespace

QString HelpWindow::topicOf(const QWidget* window)
{
    if (!window)
        return {};
    const QString topic = window->property("helpTopic").toString();
    return topic.isEmpty() ? QString::fromLatin1(window->metaObject()->className()) : topic;
}

void HelpWindow::installF1(Database* db)
{
    static QPointer<F1Filter> filter;
    if (filter)
        return;
    filter = new F1Filter(db, qApp);
    qApp->installEventFilter(filter);
}

HelpWindow* HelpWindow::showTopic(QWidget* from, const QString& topic, Database* db)
{
    // A modal dialog (the plan wizard) blocks every window but its own: the help window then belongs to it.
    QWidget* owner = QApplication::activeModalWidget();
    if (!owner && from)
        owner = from->window();
    QPointer<HelpWindow>& window = instance();
    if (window && window->parentWidget() != owner) {
        window->close();
        window->deleteLater();
        window = nullptr;
    }
    if (!window) {
        window = new HelpWindow(Manual::builtIn(), db, owner);
        window->setAttribute(Qt::WA_DeleteOnClose);
    }
    window->openChapter(Manual::builtIn().chapterOf(topic));
    window->show();
    window->raise();
    window->activateWindow();
    return window;
}

HelpWindow::HelpWindow(const Manual& manual, Database* db, QWidget* parent)
    : QWidget(parent, Qt::Window)
    , m_manual(manual)
    , m_db(db)
    , m_search(new QLineEdit(this))
    , m_found(new PlainLabel(this))
    , m_chapters(new QListWidget(this))
    , m_text(new QTextBrowser(this))
    , m_printButton(new QPushButton(tr("&Print…"), this))
    , m_pdfButton(new QPushButton(tr("Save as P&DF…"), this))
{
    setWindowTitle(tr("User manual — Double-Random Inspection System"));
    setObjectName(QStringLiteral("helpWindow"));

    m_search->setObjectName(QStringLiteral("helpSearch"));
    m_search->setPlaceholderText(tr("Search the manual (e.g. witness, void, publish)"));
    m_search->setClearButtonEnabled(true);
    m_found->setObjectName(QStringLiteral("helpFound"));
    m_chapters->setObjectName(QStringLiteral("helpChapters"));
    m_chapters->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_chapters->setTextElideMode(Qt::ElideRight);
    m_found->setMinimumWidth(m_found->fontMetrics().horizontalAdvance(tr("In %n chapter(s)", nullptr, 99)) + 8);
    m_text->setObjectName(QStringLiteral("helpText"));
    m_text->setOpenExternalLinks(false);
    m_text->setOpenLinks(true);
    m_printButton->setObjectName(QStringLiteral("helpPrint"));
    m_pdfButton->setObjectName(QStringLiteral("helpPdf"));
    if (QPrinterInfo::availablePrinters().isEmpty()) {
        m_printButton->setEnabled(false);
        m_printButton->setToolTip(tr("No printer was found; save the manual as PDF instead."));
    }

    auto* top = new QHBoxLayout;
    top->addWidget(m_search, 1);
    top->addWidget(m_found);
    top->addWidget(m_printButton);
    top->addWidget(m_pdfButton);

    auto* splitter = new QSplitter(this);
    splitter->addWidget(m_chapters);
    splitter->addWidget(m_text);
    splitter->setStretchFactor(0, 0);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({300, 700});
    splitter->setChildrenCollapsible(false);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(splitter, 1);

    showChapters();
    connect(m_chapters, &QListWidget::currentRowChanged, this, [this](int row) {
        if (row < 0)
            return;
        const int chapter = m_chapters->item(row)->data(Qt::UserRole).toInt();
        if (m_manual.url(chapter) != m_text->source())
            m_text->setSource(m_manual.url(chapter));
    });
    // A link to another chapter selects it in the list; a search stays marked in the chapter it leads to.
    connect(m_text, &QTextBrowser::sourceChanged, this, [this](const QUrl& url) {
        for (int row = 0; row < m_chapters->count(); ++row) {
            const int chapter = m_chapters->item(row)->data(Qt::UserRole).toInt();
            if (m_manual.url(chapter).adjusted(QUrl::RemoveFragment) == url.adjusted(QUrl::RemoveFragment)) {
                const QSignalBlocker block(m_chapters);
                m_chapters->setCurrentRow(row);
            }
        }
        markMatches();
    });
    connect(m_search, &QLineEdit::textChanged, this, &HelpWindow::search);
    connect(m_search, &QLineEdit::returnPressed, this, &HelpWindow::findNext);
    connect(new QShortcut(QKeySequence::FindNext, this), &QShortcut::activated, this, &HelpWindow::findNext);
    connect(new QShortcut(QKeySequence::Find, this), &QShortcut::activated, this, [this] {
        m_search->setFocus();
        m_search->selectAll();
    });
    connect(m_pdfButton, &QPushButton::clicked, this, &HelpWindow::savePdf);
    connect(m_printButton, &QPushButton::clicked, this, &HelpWindow::print);

    ScreenFit::resize(this, {1000, 720});
    openChapter(0);
}

void HelpWindow::showChapters()
{
    const QSignalBlocker block(m_chapters);
    m_chapters->clear();
    const QList<Manual::Hit> hits = m_manual.search(m_term);
    const bool searching = !m_term.trimmed().isEmpty();
    for (int i = 0; i < m_manual.chapters().size(); ++i) {
        QString text = m_manual.chapters().at(i).title;
        if (searching) {
            const auto hit
                = std::find_if(hits.begin(), hits.end(), [i](const Manual::Hit& h) { return h.chapter == i; });
            if (hit == hits.end())
                continue;
            text = tr("%1 (%n place(s))", nullptr, hit->count).arg(text);
        }
        auto* item = new QListWidgetItem(text, m_chapters);
        item->setData(Qt::UserRole, i);
        item->setToolTip(plainToolTip(text));
    }
    if (searching)
        m_found->setText(hits.isEmpty() ? tr("Not found") : tr("In %n chapter(s)", nullptr, int(hits.size())));
    else
        m_found->clear();
}

void HelpWindow::openChapter(int chapter)
{
    if (chapter < 0 || chapter >= m_manual.chapters().size())
        return;
    m_text->setSource(m_manual.url(chapter));
}

int HelpWindow::currentChapter() const
{
    for (int i = 0; i < m_manual.chapters().size(); ++i)
        if (m_manual.url(i).adjusted(QUrl::RemoveFragment) == m_text->source().adjusted(QUrl::RemoveFragment))
            return i;
    return -1;
}

void HelpWindow::search(const QString& text)
{
    if (m_search->text() != text) {
        const QSignalBlocker block(m_search);
        m_search->setText(text);
    }
    m_term = text.trimmed();
    const int open = currentChapter();
    showChapters();
    // Stay in the open chapter when it has the text, else go to the first chapter that has it.
    int row = -1;
    for (int r = 0; r < m_chapters->count(); ++r)
        if (m_chapters->item(r)->data(Qt::UserRole).toInt() == open)
            row = r;
    if (row < 0 && m_chapters->count() > 0)
        row = 0;
    if (row >= 0) {
        const int chapter = m_chapters->item(row)->data(Qt::UserRole).toInt();
        {
            const QSignalBlocker block(m_chapters);
            m_chapters->setCurrentRow(row);
        }
        if (chapter != open)
            openChapter(chapter); // marks through sourceChanged
        else
            markMatches();
    } else {
        markMatches();
    }
}

void HelpWindow::markMatches()
{
    QList<QTextEdit::ExtraSelection> marks;
    if (!m_term.isEmpty()) {
        QTextCharFormat format;
        format.setBackground(QColor(255, 226, 120));
        QTextCursor at(m_text->document());
        for (;;) {
            at = m_text->document()->find(m_term, at);
            if (at.isNull())
                break;
            QTextEdit::ExtraSelection mark;
            mark.cursor = at;
            mark.format = format;
            marks.append(mark);
        }
        if (!marks.isEmpty()) {
            QTextCursor first = marks.first().cursor;
            first.clearSelection();
            m_text->setTextCursor(first);
            m_text->ensureCursorVisible();
        }
    }
    m_text->setExtraSelections(marks);
}

int HelpWindow::markedCount() const
{
    return int(m_text->extraSelections().size());
}

void HelpWindow::findNext()
{
    if (m_term.isEmpty())
        return;
    if (!m_text->find(m_term)) {
        m_text->moveCursor(QTextCursor::Start);
        m_text->find(m_term);
    }
}

bool HelpWindow::writePdf(const QString& fileName, QString* error) const
{
    QPrinter printer(QPrinter::HighResolution);
    printer.setOutputFormat(QPrinter::PdfFormat);
    printer.setOutputFileName(fileName);
    setUpPrinter(&printer);
    printOn(&printer);
    if (!QFileInfo(fileName).isFile() || QFileInfo(fileName).size() == 0) {
        if (error)
            *error = tr("Cannot write %1. Is the folder writable, and the file not open in another program?")
                         .arg(QDir::toNativeSeparators(fileName));
        return false;
    }
    return true;
}

void HelpWindow::savePdf()
{
    const QString proposed = tr("User manual") + QStringLiteral(".pdf");
    QString fileName = FileDialog::getSaveFileName(this, tr("Save the manual as PDF"),
                                                   m_db ? ExportFolder::proposed(*m_db, proposed) : proposed,
                                                   tr("PDF files (*.pdf)"));
    if (fileName.isEmpty())
        return;
    if (m_db)
        ExportFolder::remember(*m_db, fileName);
    if (!fileName.endsWith(QLatin1String(".pdf"), Qt::CaseInsensitive))
        fileName += QStringLiteral(".pdf");
    QString error;
    if (!writePdf(fileName, &error)) {
        MessageBox::warning(this, tr("PDF not saved"), error);
        return;
    }
    MessageBox::information(this, tr("PDF saved"),
                            tr("The manual was saved as %1.").arg(QDir::toNativeSeparators(fileName)));
}

void HelpWindow::print()
{
    QPrinter printer(QPrinter::HighResolution);
    setUpPrinter(&printer);
    QPrintDialog dialog(&printer, this);
    // Never a file written without a name: a PDF goes through 另存为PDF.
    dialog.setOption(QAbstractPrintDialog::PrintToFile, false);
    if (dialog.exec() == QDialog::Accepted)
        printOn(&printer);
}

void HelpWindow::printOn(QPrinter* printer) const
{
    QTextDocument document;
    QFont font(QStringLiteral("Noto Sans CJK SC"));
    font.setFamilies(
        {QStringLiteral("Microsoft YaHei"), QStringLiteral("Noto Sans CJK SC"), QStringLiteral("WenQuanYi Micro Hei")});
    font.setPointSizeF(10.5);
    document.setDefaultFont(font);
    m_manual.fillPrintDocument(&document);
    document.print(printer);
}
