// 帮助 → 使用手册 (issue 17): the manual in the program's resources covers the clerk's round, its pictures are all
// there and fit the office's screen, F1 opens the chapter of what the clerk looks at, the search finds and marks,
// and the whole manual prints as one PDF.
#include "DemoData.h"
#include "FileDialog.h"
#include "HelpWindow.h"
#include "MainWindow.h"
#include "Manual.h"
#include "MessageBox.h"
#include "UiTestSupport.h"

#include <QAction>
#include <QDialog>
#include <QFile>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QTest>
#include <QTextBlock>
#include <QTextBrowser>

class TestHelp : public QObject
{
    Q_OBJECT

private:
    static HelpWindow* openHelpWindow()
    {
        const auto windows = QApplication::topLevelWidgets();
        for (QWidget* w : windows)
            if (auto* help = qobject_cast<HelpWindow*>(w); help && help->isVisible())
                return help;
        for (QWidget* w : windows)
            if (auto* help = w->findChild<HelpWindow*>(); help && help->isVisible())
                return help;
        return nullptr;
    }

private Q_SLOTS:
    void initTestCase() { UiTest::setUpApplication(); }

    void theManualCoversTheRound()
    {
        const Manual& manual = Manual::builtIn();
        QVERIFY2(manual.chapters().size() >= 12, qPrintable(QString::number(manual.chapters().size())));
        for (const Manual::Chapter& chapter : manual.chapters()) {
            QVERIFY2(chapter.title.startsWith(QStringLiteral("第")), qPrintable(chapter.file));
            QVERIFY2(chapter.plainText.size() > 200, qPrintable(chapter.file));
            QVERIFY2(!chapter.topics.isEmpty(), qPrintable(chapter.file));
        }
        // Every page of the main window and every step of the wizard has its chapter (the first chapter is the
        // fallback, so a topic only the first chapter names must be named there).
        QStringList topics
            = {QStringLiteral("overview"),       QStringLiteral("items"),        QStringLiteral("entities"),
               QStringLiteral("inspectors"),     QStringLiteral("conflicts"),    QStringLiteral("plans"),
               QStringLiteral("statistics"),     QStringLiteral("audit"),        QStringLiteral("ResultDialog"),
               QStringLiteral("VoidDrawDialog"), QStringLiteral("ImportDialog"), QStringLiteral("SettingsDialog"),
               QStringLiteral("CeremonyView"),   QStringLiteral("publish")};
        for (int step = 1; step <= 6; ++step)
            topics << QStringLiteral("wizard-%1").arg(step);
        for (const QString& topic : std::as_const(topics)) {
            const int chapter = manual.chapterOf(topic);
            QVERIFY2(manual.chapters().at(chapter).topics.contains(topic), qPrintable(topic));
        }
        QCOMPARE(manual.chapterOf(QStringLiteral("wizard-2")), manual.chapterOf(QStringLiteral("plans")));
        QVERIFY(manual.chapterOf(QStringLiteral("wizard-5")) != manual.chapterOf(QStringLiteral("wizard-2")));
        // The tasks of the round are each explained somewhere.
        for (const QString& task : {QStringLiteral("见证人"), QStringLiteral("冻结"), QStringLiteral("作废"),
                                    QStringLiteral("递补"), QStringLiteral("审核通过"), QStringLiteral("公示"),
                                    QStringLiteral("导入"), QStringLiteral("核验"), QStringLiteral("工作日历")})
            QVERIFY2(!manual.search(task).isEmpty(), qPrintable(task));
    }

    void everyPictureIsThereAndFitsTheScreen()
    {
        const QStringList images = Manual::builtIn().images();
        QVERIFY(images.size() >= 20);
        QStringList missing;
        for (const QString& image : images) {
            const QImage picture(QStringLiteral(":/manual/") + image);
            if (picture.isNull())
                missing << image;
            else
                QVERIFY2(picture.width() <= 1024 && picture.height() <= 768, qPrintable(image));
        }
        QVERIFY2(missing.isEmpty(), qPrintable(missing.join(QStringLiteral(", "))));
    }

    void searchFindsAndMarks()
    {
        HelpWindow window(Manual::builtIn(), nullptr);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto* chapters = window.findChild<QListWidget*>(QStringLiteral("helpChapters"));
        auto* found = window.findChild<QLabel*>(QStringLiteral("helpFound"));
        const int all = int(Manual::builtIn().chapters().size());
        QCOMPARE(chapters->count(), all);

        window.search(QStringLiteral("见证人"));
        const QList<Manual::Hit> hits = Manual::builtIn().search(QStringLiteral("见证人"));
        QCOMPARE(chapters->count(), int(hits.size()));
        QVERIFY(chapters->count() < all);
        QVERIFY(chapters->item(0)->text().contains(QStringLiteral("处")));
        // The open chapter is one that has the word, and every place of it is marked.
        QVERIFY(std::any_of(hits.begin(), hits.end(),
                            [&](const Manual::Hit& h) { return h.chapter == window.currentChapter(); }));
        const auto hit = std::find_if(hits.begin(), hits.end(),
                                      [&](const Manual::Hit& h) { return h.chapter == window.currentChapter(); });
        QCOMPARE(window.markedCount(), hit->count);
        QVERIFY(found->text().contains(QString::number(hits.size())));
        // SHUANGSUI_SHOTS=DIR: the help window with a search, as the clerk sees it at 1024×768, for a look.
        if (const QString shots = qEnvironmentVariable("SHUANGSUI_SHOTS"); !shots.isEmpty())
            window.grab().save(shots + QStringLiteral("/help-search.png"));

        window.search(QStringLiteral("没有这个词的手册"));
        QCOMPARE(chapters->count(), 0);
        QCOMPARE(found->text(), QStringLiteral("未找到"));
        QCOMPARE(window.markedCount(), 0);

        window.search(QString());
        QCOMPARE(chapters->count(), all);
        QCOMPARE(window.markedCount(), 0);
        QVERIFY(found->text().isEmpty());

        // A link to another chapter opens it and selects it in the list.
        window.openChapter(0);
        auto* text = window.findChild<QTextBrowser*>(QStringLiteral("helpText"));
        // The chapters' style sheet (manual.css) is found: the heading in the manual's blue.
        const QTextCharFormat heading = text->document()->firstBlock().begin().fragment().charFormat();
        QCOMPARE(heading.foreground().color(), QColor(0x1a, 0x4d, 0x8f));
        text->setSource(Manual::builtIn().url(5));
        QCOMPARE(window.currentChapter(), 5);
        QCOMPARE(chapters->currentRow(), 5);
    }

    void f1OpensTheChapterOfThePage()
    {
        MessageBox::setTestMode(true);
        UiTest::Fixture fixture;
        QString error;
        QVERIFY2(DemoData::fill(*fixture.db, &error), qPrintable(error));
        MainWindow window(*fixture.db);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.showPage(QStringLiteral("audit"));
        auto* manualAction = window.findChild<QAction*>(QStringLiteral("manualAction"));
        QVERIFY(manualAction);
        QCOMPARE(manualAction->shortcut(), QKeySequence(Qt::Key_F1));
        manualAction->trigger();
        HelpWindow* help = openHelpWindow();
        QVERIFY(help);
        QCOMPARE(help->currentChapter(), Manual::builtIn().chapterOf(QStringLiteral("audit")));
        // It fits the office's screen.
        QVERIFY(help->frameGeometry().width() <= 1024 && help->frameGeometry().height() <= 768);
        help->close();
        QCoreApplication::processEvents();

        // F1 in a dialog opens the chapter of the dialog (its helpTopic, else its class name), even while the
        // dialog is modal.
        QDialog dialog(&window);
        dialog.setProperty("helpTopic", QStringLiteral("wizard-5"));
        auto* field = new QLineEdit(&dialog);
        dialog.setModal(true);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        field->setFocus();
        QTest::keyClick(field, Qt::Key_F1);
        help = openHelpWindow();
        QVERIFY(help);
        QCOMPARE(help->currentChapter(), Manual::builtIn().chapterOf(QStringLiteral("wizard-5")));
        QCOMPARE(help->parentWidget(), &dialog);
        QVERIFY(!QApplication::activeModalWidget() || help->parentWidget() == QApplication::activeModalWidget());
        help->close();
        dialog.close();
    }

    void theWholeManualIsOnePdf()
    {
        MessageBox::setTestMode(true);
        QTemporaryDir dir;
        HelpWindow window(Manual::builtIn(), nullptr);
        const QString path = dir.filePath(QStringLiteral("手册"));
        FileDialog::setNextFileName(path);
        auto* pdf = window.findChild<QPushButton*>(QStringLiteral("helpPdf"));
        QVERIFY(pdf);
        pdf->click();
        QFile file(path + QStringLiteral(".pdf"));
        QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(MessageBox::lastText()));
        const QByteArray bytes = file.readAll();
        QVERIFY(bytes.startsWith("%PDF"));
        if (const QString shots = qEnvironmentVariable("SHUANGSUI_SHOTS"); !shots.isEmpty()) {
            QFile::remove(shots + QStringLiteral("/manual.pdf"));
            QFile::copy(file.fileName(), shots + QStringLiteral("/manual.pdf"));
        }
        // Each chapter starts on a page of its own, and the screenshots are in it.
        QVERIFY2(bytes.count("/Type /Page\n") + bytes.count("/Type /Page\r") >= Manual::builtIn().chapters().size(),
                 qPrintable(QString::number(bytes.count("/Type /Page"))));
        QVERIFY(bytes.count("/Subtype /Image") >= 10);
        QCOMPARE(MessageBox::lastTitle(), QStringLiteral("PDF 已保存"));
    }
};

QTEST_MAIN(TestHelp)
#include "tst_ui_help.moc"
