// The 工作日历 dialog as the clerk uses it: entering next year's first holiday moves a deadline and silences the
// "no calendar" warning; an import shows what changes and asks first; a bad file changes nothing; reset and export.
#include "CalendarDialog.h"
#include "CalendarRepository.h"
#include "FileDialog.h"
#include "MainWindow.h"
#include "UiTestSupport.h"

#include <QAction>
#include <QDateEdit>
#include <QFile>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QTest>

namespace {

const Actor kAdministrator {QStringLiteral("admin"), QStringLiteral("admin")};

QDate d(int y, int m, int day)
{
    return QDate(y, m, day);
}

template<typename T> T* child(QWidget& parent, const QString& name)
{
    auto* widget = parent.findChild<T*>(name);
    if (!widget)
        qFatal("no widget %s", qPrintable(name));
    return widget;
}

QString writeFile(const QString& path, const QByteArray& bytes)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
        qFatal("cannot write %s", qPrintable(path));
    return path;
}

// The shipped 2026 with one more holiday: the county keeps Thu 12/31 off.
QByteArray edited2026()
{
    WorkCalendar::Year y = *CalendarRepository::shipped().year(2026);
    y.holidays.append({d(2026, 12, 31), QStringLiteral("县定假日")});
    return QJsonDocument(y.toJson()).toJson();
}

} // namespace

class TestUiCalendar : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { UiTest::setUpApplication(); }

    void onlyForUsersWhoMayChangeTheSettings()
    {
        UiTest::Fixture fixture;
        User clerk;
        clerk.name = QStringLiteral("luru");
        clerk.role = QStringLiteral("clerk");
        MainWindow window(*fixture.db, clerk);
        auto* action = window.findChild<QAction*>(QStringLiteral("calendarAction"));
        QVERIFY(action);
        QVERIFY(!action->isEnabled());
        User admin = clerk;
        admin.role = QStringLiteral("admin");
        window.setUser(admin);
        QVERIFY(action->isEnabled());
    }

    // A user without ChangeSettings (reached through a dialog opened anyway) only reads, checks and exports; a
    // change is refused by the core and nothing is stored.
    void aViewerOnlyReads()
    {
        UiTest::Fixture fixture;
        CalendarDialog dialog(*fixture.db, Actor {QStringLiteral("chakan"), QStringLiteral("viewer")});
        dialog.selectYear(2026);
        QVERIFY(!child<QPushButton>(dialog, QStringLiteral("importCalendar"))->isEnabled());
        QVERIFY(!child<QPushButton>(dialog, QStringLiteral("holidayAdd"))->isEnabled());
        QVERIFY(!child<QPushButton>(dialog, QStringLiteral("addYear"))->isEnabled());
        QVERIFY(child<QPushButton>(dialog, QStringLiteral("exportCalendar"))->isEnabled());
        QVERIFY(!dialog.addHoliday(d(2026, 12, 31), QStringLiteral("县定假日")));
        QVERIFY(dialog.errorLabel()->text().contains(QStringLiteral("只读")));
        QVERIFY(CalendarRepository(*fixture.db).storedYears().isEmpty());
    }

    void nextYearsFirstHolidayMovesTheDeadline()
    {
        UiTest::Fixture fixture;
        CalendarDialog dialog(*fixture.db, kAdministrator);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));

        // Ten working days after Thu 2026-12-24 run into 2027, which has no calendar yet.
        dialog.inspectionEndEdit()->setDate(d(2026, 12, 24));
        QVERIFY(dialog.deadlineLabel()->text().contains(QStringLiteral("2027-01-07")));
        QVERIFY(dialog.deadlineWarningLabel()->isVisible());
        QCOMPARE(dialog.deadlineWarningLabel()->text(), WorkCalendar::missingYearWarning(2027));

        // The clerk adds 2027 (offered as the year after the last) and its 元旦.
        QCOMPARE(child<QSpinBox>(dialog, QStringLiteral("newYear"))->value(), 2027);
        QTest::mouseClick(child<QPushButton>(dialog, QStringLiteral("addYear")), Qt::LeftButton);
        QCOMPARE(dialog.currentYear(), 2027);
        QVERIFY(CalendarRepository(*fixture.db).storedYears().isEmpty()); // nothing saved before its first day
        child<QLineEdit>(dialog, QStringLiteral("calendarSource"))->setText(QStringLiteral("2027年节假日安排通知"));
        child<QDateEdit>(dialog, QStringLiteral("holidayDate"))->setDate(d(2027, 1, 1));
        child<QLineEdit>(dialog, QStringLiteral("holidayName"))->setText(QStringLiteral("元旦"));
        QTest::keyClick(child<QLineEdit>(dialog, QStringLiteral("holidayName")), Qt::Key_Return); // Enter adds

        QVERIFY2(dialog.isVisible() && dialog.errorLabel()->isHidden(), qPrintable(dialog.errorLabel()->text()));
        QCOMPARE(dialog.holidayTable()->rowCount(), 1);
        QCOMPARE(dialog.holidayTable()->item(0, 0)->text(), QStringLiteral("2027-01-01"));
        QCOMPARE(dialog.holidayTable()->item(0, 2)->text(), QStringLiteral("元旦"));
        QCOMPARE(UiTest::lastAuditEntry(*fixture.db), QStringLiteral("create calendar 2027"));
        const auto saved = CalendarRepository(*fixture.db).load().year(2027);
        QVERIFY(saved);
        QCOMPARE(saved->source, QStringLiteral("2027年节假日安排通知"));
        // Fri 1/1/2027 is now a day off: the deadline moves to Fri 1/8, and the warning goes.
        QVERIFY(dialog.deadlineLabel()->text().contains(QStringLiteral("2027-01-08")));
        QVERIFY(!dialog.deadlineWarningLabel()->isVisible());
        QVERIFY(!dialog.errorLabel()->isVisible());

        // A weekday cannot be a make-up working day: the calendar says why, and nothing is saved.
        child<QDateEdit>(dialog, QStringLiteral("workdayDate"))->setDate(d(2027, 2, 8)); // a Monday
        child<QLineEdit>(dialog, QStringLiteral("workdayName"))->setText(QStringLiteral("春节调休上班"));
        QTest::mouseClick(child<QPushButton>(dialog, QStringLiteral("workdayAdd")), Qt::LeftButton);
        QVERIFY(dialog.errorLabel()->isVisible());
        QVERIFY(dialog.errorLabel()->text().contains(QStringLiteral("2027-02-08")));
        QCOMPARE(dialog.workdayTable()->rowCount(), 0);
        QCOMPARE(UiTest::lastAuditEntry(*fixture.db), QStringLiteral("create calendar 2027"));

        // Removing the holiday puts the deadline back (2027 still has a calendar: no warning).
        dialog.holidayTable()->selectRow(0);
        QTest::mouseClick(child<QPushButton>(dialog, QStringLiteral("holidayRemove")), Qt::LeftButton);
        QCOMPARE(dialog.holidayTable()->rowCount(), 0);
        QCOMPARE(UiTest::lastAuditEntry(*fixture.db), QStringLiteral("update calendar 2027"));
        QVERIFY(dialog.deadlineLabel()->text().contains(QStringLiteral("2027-01-07")));
        QVERIFY(!dialog.deadlineWarningLabel()->isVisible());

        // Reset: the program ships no 2027, so the year goes, once the clerk agrees.
        QVERIFY(dialog.resetButton()->isEnabled());
        MessageBox::setNextConfirmation(false);
        QTest::mouseClick(dialog.resetButton(), Qt::LeftButton);
        QCOMPARE(CalendarRepository(*fixture.db).storedYears(), QList<int> {2027});
        MessageBox::setNextConfirmation(true);
        QTest::mouseClick(dialog.resetButton(), Qt::LeftButton);
        QVERIFY(CalendarRepository(*fixture.db).storedYears().isEmpty());
        QCOMPARE(UiTest::lastAuditEntry(*fixture.db), QStringLiteral("delete calendar 2027"));
        QCOMPARE(dialog.yearList()->count(), 2);
        QVERIFY(dialog.deadlineWarningLabel()->isVisible());
    }

    void importShowsTheChangesAndAsks()
    {
        UiTest::Fixture fixture;
        CalendarDialog dialog(*fixture.db, kAdministrator);
        const QString path = writeFile(fixture.dir.filePath(QStringLiteral("2026年调整.json")), edited2026());

        MessageBox::resetRecord();
        MessageBox::setNextConfirmation(false);
        QVERIFY(!dialog.importFile(path));
        QCOMPARE(MessageBox::shownCount(), 1);
        QVERIFY(MessageBox::lastText().contains(QStringLiteral("2026-12-31")));
        QVERIFY(MessageBox::lastText().contains(QStringLiteral("县定假日")));
        QVERIFY(CalendarRepository(*fixture.db).storedYears().isEmpty());

        MessageBox::setNextConfirmation(true);
        QVERIFY(dialog.importFile(path));
        QCOMPARE(CalendarRepository(*fixture.db).storedYears(), QList<int> {2026});
        QCOMPARE(UiTest::lastAuditEntry(*fixture.db), QStringLiteral("update calendar 2026"));
        QCOMPARE(dialog.currentYear(), 2026);
        const QTableWidget* table = dialog.holidayTable();
        QCOMPARE(table->item(table->rowCount() - 1, 0)->text(), QStringLiteral("2026-12-31"));
        QVERIFY(dialog.resetButton()->isEnabled());

        // The same file again: nothing to ask, nothing written.
        MessageBox::resetRecord();
        QVERIFY(dialog.importFile(path));
        QCOMPARE(UiTest::lastAuditEntry(*fixture.db), QStringLiteral("update calendar 2026"));

        // Reset to the shipped notice, after saying what is dropped.
        MessageBox::setNextConfirmation(true);
        QTest::mouseClick(dialog.resetButton(), Qt::LeftButton);
        QVERIFY(MessageBox::lastText().contains(QStringLiteral("2026-12-31")));
        QVERIFY(CalendarRepository(*fixture.db).storedYears().isEmpty());
        QCOMPARE(*CalendarRepository(*fixture.db).load().year(2026), *CalendarRepository::shipped().year(2026));
        QVERIFY(!dialog.resetButton()->isEnabled());
    }

    void aBadFileChangesNothing()
    {
        UiTest::Fixture fixture;
        CalendarDialog dialog(*fixture.db, kAdministrator);
        const QString path
            = writeFile(fixture.dir.filePath(QStringLiteral("坏文件.json")),
                        "{\n  \"year\": 2027,\n  \"holidays\": [{\"date\": \"2027-01-01\" \"name\": \"x\"}]\n}");
        QStringList problems;
        QVERIFY(!CalendarRepository::readFile(path, &problems));
        MessageBox::resetRecord();
        FileDialog::setNextFileName(path);
        QTest::mouseClick(child<QPushButton>(dialog, QStringLiteral("importCalendar")), Qt::LeftButton);
        QCOMPARE(MessageBox::shownCount(), 1);
        QVERIFY2(MessageBox::lastText().contains(problems.first()), qPrintable(MessageBox::lastText()));
        QVERIFY(problems.first().contains(QStringLiteral("3"))); // the line
        QVERIFY(CalendarRepository(*fixture.db).storedYears().isEmpty());
        QCOMPARE(dialog.yearList()->count(), 2);
    }

    void exportWritesTheYearShown()
    {
        UiTest::Fixture fixture;
        CalendarDialog dialog(*fixture.db, kAdministrator);
        dialog.selectYear(2025);
        const QString path = fixture.dir.filePath(QStringLiteral("工作日历2025.json"));
        FileDialog::setNextFileName(path);
        QTest::mouseClick(child<QPushButton>(dialog, QStringLiteral("exportCalendar")), Qt::LeftButton);
        QStringList problems;
        const auto years = CalendarRepository::readFile(path, &problems);
        QVERIFY2(years, qPrintable(problems.join(QLatin1Char('\n'))));
        QCOMPARE(*years, QList<WorkCalendar::Year> {*CalendarRepository::shipped().year(2025)});
        QCOMPARE(UiTest::lastAuditEntry(*fixture.db), QStringLiteral("export file 工作日历2025.json"));
    }
};

QTEST_MAIN(TestUiCalendar)
#include "tst_ui_calendar.moc"
