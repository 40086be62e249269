// Typing a date (issue 17): a clerk types 2026-12-08 — or 2026/12/8, 20261208, 2026年12月8日 — into a date field,
// after a Tab or a click, and gets that date; the field tells the form once, when the typing is done.
#include "DateEdit.h"
#include "UiTestSupport.h"

#include <QHBoxLayout>
#include <QLineEdit>
#include <QSignalSpy>
#include <QTest>
#include <QVBoxLayout>

namespace {

// Keys as a keyboard sends them: ASCII with its key code, Chinese as text (QTest::keyClicks cannot send it).
void type(QWidget* widget, const QString& text)
{
    for (const QChar c : text) {
        if (c.unicode() < 128)
            QTest::keyClick(widget, c.toLatin1());
        else
            QTest::sendKeyEvent(QTest::Click, widget, Qt::Key_unknown, QString(c), Qt::NoModifier);
    }
}

// A form with a line edit before the date field, shown: the date field is reached by Tab or a click.
struct Form
{
    QWidget window;
    QLineEdit* before = new QLineEdit(&window);
    DateEdit* field = new DateEdit(QDate(2027, 1, 1), &window);

    Form()
    {
        auto* layout = new QVBoxLayout(&window);
        layout->addWidget(before);
        layout->addWidget(field);
        window.show();
    }
};

} // namespace

class TestUiDateEdit : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { UiTest::setUpApplication(); }

    // Squeezed by its form (1024×768: the audit page's 从/至, the result dialog's 整改期限) the field still shows
    // the whole date beside its calendar button.
    void theWholeDateStaysVisible()
    {
        QWidget form;
        auto* layout = new QHBoxLayout(&form);
        auto* edit = new DateEdit(QDate(2026, 12, 28), &form);
        layout->addWidget(edit);
        layout->addWidget(new QLineEdit(&form), 1);
        form.resize(200, 40);
        form.show();
        QVERIFY(QTest::qWaitForWindowExposed(&form));
        const int needed = edit->findChild<QLineEdit*>()->fontMetrics().horizontalAdvance(QStringLiteral("2026-12-28"));
        // QLineEdit keeps 2 px on each side of its text.
        QVERIFY2(edit->findChild<QLineEdit*>()->width() >= needed + 5,
                 qPrintable(QStringLiteral("%1 px for %2 px of text").arg(edit->findChild<QLineEdit*>()->width()).arg(needed)));
    }

    void typedAfterTab_data()
    {
        QTest::addColumn<QString>("typed");
        QTest::addColumn<QDate>("date");
        QTest::newRow("dashes") << QStringLiteral("2026-12-08") << QDate(2026, 12, 8);
        QTest::newRow("short parts") << QStringLiteral("2026-2-3") << QDate(2026, 2, 3);
        QTest::newRow("slashes") << QStringLiteral("2026/12/8") << QDate(2026, 12, 8);
        QTest::newRow("dots") << QStringLiteral("2026.3.15") << QDate(2026, 3, 15);
        QTest::newRow("digits only") << QStringLiteral("20261208") << QDate(2026, 12, 8);
        QTest::newRow("written out") << QStringLiteral("2026年12月8日") << QDate(2026, 12, 8);
    }

    void typedAfterTab()
    {
        QFETCH(QString, typed);
        QFETCH(QDate, date);
        Form form;
        QVERIFY(QTest::qWaitForWindowExposed(&form.window));
        QLineEdit* before = form.before;
        DateEdit* field = form.field;
        QSignalSpy changed(field, &QDateEdit::dateChanged);
        before->setFocus();
        QTest::keyClick(before, Qt::Key_Tab);
        QTRY_VERIFY(field->hasFocus());
        type(field, typed);
        // Nothing is said while the clerk types: a form acting on half a date moved the end date before.
        QCOMPARE(changed.count(), 0);
        QTest::keyClick(field, Qt::Key_Tab);
        QCOMPARE(field->date(), date);
        QCOMPARE(changed.count(), 1);
        QCOMPARE(changed.first().first().toDate(), date);
    }

    // A click leaves the cursor in a part: that part is selected, so typing replaces it (plain QDateEdit inserted the
    // digits and kept 2027).
    void clickedThenTyped()
    {
        Form form;
        QVERIFY(QTest::qWaitForWindowExposed(&form.window));
        QLineEdit* before = form.before;
        DateEdit* field = form.field;
        before->setFocus();
        QLineEdit* text = field->findChild<QLineEdit*>();
        QVERIFY(text);
        QTest::mouseClick(text, Qt::LeftButton, {}, QPoint(4, text->height() / 2));
        QTRY_COMPARE(text->selectedText(), QStringLiteral("2027"));
        type(field, QStringLiteral("2026-12-08"));
        QTest::keyClick(field, Qt::Key_Return);
        QCOMPARE(field->date(), QDate(2026, 12, 8));
        // The arrows still step the date.
        QTest::keyClick(field, Qt::Key_Up);
        QVERIFY(field->date() > QDate(2026, 12, 8));
    }
};

QTEST_MAIN(TestUiDateEdit)
#include "tst_ui_dateedit.moc"
