// The print preview (issue 17): it fits a 1024×768 screen and opens at the page's width, counts its pages
// ("第 x 页 共 y 页") and pages through them, saves a PDF under the name the clerk gives (.pdf added) as an export
// of the audit log, and its printer dialog has no "print to file" entry (that wrote a PDF silently); without a
// printer 打印… is disabled and says why.
#include "DocumentPrinter.h"
#include "ExternalTools.h"
#include "FileDialog.h"
#include "MessageBox.h"
#include "PrintPreviewDialog.h"
#include "ScreenFit.h"
#include "UiTestSupport.h"

#include <QFileInfo>
#include <QLabel>
#include <QPrintDialog>
#include <QPrintPreviewWidget>
#include <QPrinterInfo>
#include <QProcess>
#include <QPushButton>
#include <QRegularExpression>
#include <QScreen>
#include <QTest>

namespace {

// A document of a few pages: a heading and numbered paragraphs.
DrawDocument longDocument()
{
    QString html = QStringLiteral("<h1>抽查结果公示</h1>");
    for (int i = 1; i <= 120; ++i)
        html += QStringLiteral("<p>第%1条 昌黎县某某培训学校有限公司，未发现问题。</p>").arg(i);
    return {QStringLiteral("抽查结果公示 昌教抽查〔2026〕1号"), html, QStringLiteral("昌黎县教育局 · 打印预览测试")};
}

int pdfPageCount(const QString& fileName)
{
    QProcess info;
    info.start(QStringLiteral("pdfinfo"), {fileName});
    if (!info.waitForFinished(30000) || info.exitCode() != 0)
        return -1;
    const QRegularExpressionMatch m
        = QRegularExpression(QStringLiteral("Pages:\\s+(\\d+)")).match(QString::fromUtf8(info.readAllStandardOutput()));
    return m.hasMatch() ? m.captured(1).toInt() : -1;
}

} // namespace

class TestUiPrintPreview : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { UiTest::setUpApplication(); }

    void fitsTheScreenAndCountsPages()
    {
        UiTest::Fixture f;
        PrintPreviewDialog dialog(*f.db, longDocument());
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        const QRect screen = dialog.screen()->availableGeometry();
        QCOMPARE(screen.size(), QSize(1024, 768));
        QVERIFY2(screen.contains(dialog.frameGeometry()),
                 qPrintable(QStringLiteral("%1×%2 at %3,%4")
                                .arg(dialog.frameGeometry().width())
                                .arg(dialog.frameGeometry().height())
                                .arg(dialog.frameGeometry().x())
                                .arg(dialog.frameGeometry().y())));
        QVERIFY(dialog.height() <= ScreenFit::room(&dialog).height());
        QCOMPARE(dialog.view()->zoomMode(), QPrintPreviewWidget::FitToWidth);

        const int pages = dialog.pageCount();
        QVERIFY2(pages >= 3, qPrintable(QString::number(pages)));
        QCOMPARE(dialog.pageLabel()->text(), QStringLiteral("第 1 页 共 %1 页").arg(pages));
        auto* previous = dialog.findChild<QPushButton*>(QStringLiteral("previousPageButton"));
        auto* next = dialog.findChild<QPushButton*>(QStringLiteral("nextPageButton"));
        QVERIFY(!previous->isEnabled());
        QVERIFY(next->isEnabled());
        next->click();
        QCOMPARE(dialog.currentPage(), 2);
        QCOMPARE(dialog.pageLabel()->text(), QStringLiteral("第 2 页 共 %1 页").arg(pages));
        QVERIFY(previous->isEnabled());
        dialog.showPage(pages);
        QCOMPARE(dialog.pageLabel()->text(), QStringLiteral("第 %1 页 共 %1 页").arg(pages));
        QVERIFY(!next->isEnabled());

        dialog.findChild<QPushButton*>(QStringLiteral("fitPageButton"))->click();
        QCOMPARE(dialog.view()->zoomMode(), QPrintPreviewWidget::FitInView);
        dialog.findChild<QPushButton*>(QStringLiteral("fitWidthButton"))->click();
        QCOMPARE(dialog.view()->zoomMode(), QPrintPreviewWidget::FitToWidth);
        const qreal zoom = dialog.view()->zoomFactor();
        dialog.findChild<QPushButton*>(QStringLiteral("zoomInButton"))->click();
        QVERIFY(dialog.view()->zoomFactor() > zoom);
    }

    void savesThePdfUnderTheChosenName()
    {
        SHUANGSUI_REQUIRE_PROGRAM("pdfinfo");
        UiTest::Fixture f;
        const DrawDocument document = longDocument();
        PrintPreviewDialog dialog(*f.db, document);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        MessageBox::resetRecord();
        const QString chosen = f.dir.filePath(QStringLiteral("公示单副本"));
        FileDialog::setNextFileName(chosen);
        dialog.pdfButton()->click();
        const QString written = chosen + QStringLiteral(".pdf");
        QVERIFY2(QFileInfo(written).isFile() && QFileInfo(written).size() > 0, qPrintable(MessageBox::lastText()));
        QVERIFY(!QFileInfo::exists(chosen));
        QCOMPARE(pdfPageCount(written), dialog.pageCount());
        QCOMPARE(MessageBox::lastTitle(), QStringLiteral("PDF 已保存"));
        QVERIFY(MessageBox::lastText().contains(QString::number(dialog.pageCount())));
        QCOMPARE(UiTest::lastAuditEntry(*f.db), QStringLiteral("export file 公示单副本.pdf"));
        // The preview stays open for a print as well; saving is not printing.
        QVERIFY(dialog.isVisible());
        QVERIFY(!dialog.printed());
    }

    void printsOnlyToAPrinter()
    {
        UiTest::Fixture f;
        PrintPreviewDialog dialog(*f.db, longDocument());
        const auto print = dialog.printDialog();
        QVERIFY(!print->testOption(QAbstractPrintDialog::PrintToFile));
        QVERIFY(!print->options().testFlag(QAbstractPrintDialog::PrintToFile));
        if (QPrinterInfo::availablePrinters().isEmpty()) {
            QVERIFY(!dialog.printButton()->isEnabled());
            QCOMPARE(dialog.printButton()->toolTip(), QStringLiteral("未找到打印机，可另存为PDF。"));
        } else {
            QVERIFY(dialog.printButton()->isEnabled());
        }
        QVERIFY(dialog.pdfButton()->isEnabled());
    }

    // In MessageBox's test mode nothing is shown: the document is remembered and counts as printed, and the print
    // is an entry of the audit log unless the caller records it.
    void testModeRemembersAndRecords()
    {
        UiTest::Fixture f;
        const DrawDocument document = longDocument();
        QVERIFY(DocumentPrinter::preview(nullptr, *f.db, document));
        QCOMPARE(DocumentPrinter::lastPreviewed(), document.title);
        QCOMPARE(UiTest::lastAuditEntry(*f.db), QStringLiteral("print document ") + document.title);
        const QString before = UiTest::lastAuditEntry(*f.db);
        DrawDocument other = document;
        other.title = QStringLiteral("审计日志");
        QVERIFY(DocumentPrinter::preview(nullptr, *f.db, other, DocumentPrinter::PrintEntry::CallerRecords));
        QCOMPARE(DocumentPrinter::lastPreviewed(), other.title);
        QCOMPARE(UiTest::lastAuditEntry(*f.db), before);
    }
};

QTEST_MAIN(TestUiPrintPreview)
#include "tst_ui_printpreview.moc"
