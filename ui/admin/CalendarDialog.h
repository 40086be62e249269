// 工作日历: the years of the working-day calendar with their public holidays and make-up working days, edited day by
// day, imported from and exported to JSON, reset to the shipped notice; and a check of the deadline they give.
#pragma once

#include "Actor.h"
#include "CalendarOperations.h"
#include "WorkCalendar.h"

#include <QDialog>
#include <optional>

class Database;
class QDateEdit;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QSpinBox;
class QTableWidget;

class CalendarDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CalendarDialog)

public:
    // `actor`: who changes the calendar (CalendarOperations checks the permission; without it the dialog only
    // shows the calendar, checks deadlines and exports).
    CalendarDialog(Database& db, const Actor& actor, QWidget* parent = nullptr);

    // The year shown (0 when there is none).
    int currentYear() const;
    void selectYear(int year);
    // Shows a year that has no calendar yet; it is saved with its first day.
    void addYear(int year);

    // Adds a day to the year shown and saves the year (audited). False, with the reason under the tables, when
    // the calendar refuses it (a date twice, no name, a weekday as a make-up working day …).
    bool addHoliday(const QDate& date, const QString& name);
    bool addWorkday(const QDate& date, const QString& name);
    // Asks for a file and imports it (see importFile).
    void importJson();
    // Reads the file, shows what would change and asks; then saves every year in one transaction. A bad file is
    // refused with what is wrong, and nothing changes.
    bool importFile(const QString& path);
    void exportJson();
    // Asks, then puts the shipped version of the year shown back (or removes the year when none is shipped).
    void resetYear();

    // The deadline check: the last day of an inspection, the deadline and the warnings it gives.
    QDateEdit* inspectionEndEdit() const { return m_end; }
    QLabel* deadlineLabel() const { return m_deadline; }
    QLabel* deadlineWarningLabel() const { return m_deadlineWarning; }
    QLabel* errorLabel() const { return m_error; }
    QListWidget* yearList() const { return m_years; }
    QTableWidget* holidayTable() const { return m_holidays.table; }
    QTableWidget* workdayTable() const { return m_workdays.table; }
    QPushButton* resetButton() const { return m_reset; }

private:
    // One of the two lists of a year: holidays or make-up working days.
    struct DayList
    {
        QTableWidget* table = nullptr;
        QDateEdit* date = nullptr;
        QLineEdit* name = nullptr;
        QPushButton* add = nullptr;
        QPushButton* remove = nullptr;
    };

    QWidget* dayListBox(const QString& title, const QString& key, DayList& list, bool holidays);
    void reload(int selectYear);
    void showYear();
    void fillTable(QTableWidget* table, const QList<WorkCalendar::Day>& days);
    WorkCalendar::Year shownYear() const;
    bool addDay(bool holidays, const QDate& date, const QString& name);
    void removeSelectedDays(bool holidays);
    void saveSource();
    // Saves the year (CalendarOperations::saveYear); shows the refusal and returns false when it is refused.
    bool save(const WorkCalendar::Year& year);
    void updateDeadline();
    void showError(const QString& text);

    Database& m_db; // for the export folder (ExportFolder)
    CalendarOperations m_operations;
    bool m_mayChange = false;
    WorkCalendar m_calendar;
    QList<int> m_stored;
    std::optional<int> m_newYear; // a year shown before its first day is saved

    QListWidget* m_years;
    QSpinBox* m_newYearSpin;
    QLabel* m_yearTitle;
    QLineEdit* m_source;
    DayList m_holidays;
    DayList m_workdays;
    QLabel* m_error;
    QDateEdit* m_end;
    QLabel* m_deadline;
    QLabel* m_deadlineWarning;
    QPushButton* m_import = nullptr;
    QPushButton* m_addYear = nullptr;
    QPushButton* m_export = nullptr;
    QPushButton* m_reset = nullptr;
};
