#include "CalendarDialog.h"

#include "DateEdit.h"
#include "ElidedTextDelegate.h"
#include "ExportFolder.h"
#include "FileDialog.h"
#include "MessageBox.h"
#include "Palette.h"
#include "PlainText.h"
#include "ScreenFit.h"

#include <QDateEdit>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileInfo>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QTableWidget>
#include <QVBoxLayout>
#include <algorithm>

namespace {

// A confirmation lists at most so many changes of a year, then says how many more there are.
constexpr int kShownDifferences = 12;

QString iso(const QDate& date)
{
    return date.toString(Qt::ISODate);
}

} // namespace

CalendarDialog::CalendarDialog(Database& db, const Actor& actor, QWidget* parent)
    : QDialog(parent)
    , m_db(db)
    , m_operations(db, actor)
    , m_mayChange(m_operations.check().ok())
    , m_years(new QListWidget(this))
    , m_newYearSpin(new QSpinBox(this))
    , m_yearTitle(new PlainLabel(this))
    , m_source(new QLineEdit(this))
    , m_error(new PlainLabel(this))
    , m_end(new DateEdit(QDate::currentDate(), this))
    , m_deadline(new PlainLabel(this))
    , m_deadlineWarning(new PlainLabel(this))
{
    setObjectName(QStringLiteral("calendarDialog"));
    setWindowTitle(tr("Work calendar"));

    auto* intro
        = new PlainLabel(tr("The publication deadline is the %1th working day after an inspection ends (policy "
                            "§6.4). Working days follow the State Council's holiday notice of each year: its "
                            "holidays are days off, its make-up working days (调休上班) are Saturdays or Sundays "
                            "that are worked. Enter each new year's notice here, or import it.")
                             .arg(WorkCalendar::kPublicationWorkingDays),
                         this);
    intro->setWordWrap(true);

    // The years on the left, with the way to add one.
    m_years->setObjectName(QStringLiteral("calendarYears"));
    m_years->setAccessibleName(tr("Years"));
    m_years->setFixedWidth(200);
    connect(m_years, &QListWidget::currentRowChanged, this, [this] { showYear(); });
    m_newYearSpin->setObjectName(QStringLiteral("newYear"));
    m_newYearSpin->setRange(2000, 2100);
    m_newYearSpin->setAccessibleName(tr("New year"));
    m_addYear = new QPushButton(tr("Add year"), this);
    m_addYear->setObjectName(QStringLiteral("addYear"));
    m_addYear->setEnabled(m_mayChange);
    m_newYearSpin->setEnabled(m_mayChange);
    connect(m_addYear, &QPushButton::clicked, this, [this] { addYear(m_newYearSpin->value()); });
    auto* yearsBox = new QGroupBox(tr("Years"), this);
    auto* yearsLayout = new QVBoxLayout(yearsBox);
    yearsLayout->addWidget(m_years, 1);
    auto* newYearRow = new QHBoxLayout;
    newYearRow->addWidget(m_newYearSpin);
    newYearRow->addWidget(m_addYear);
    yearsLayout->addLayout(newYearRow);

    // The year shown on the right.
    QFont titleFont = m_yearTitle->font();
    titleFont.setBold(true);
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.2);
    m_yearTitle->setFont(titleFont);
    m_yearTitle->setObjectName(QStringLiteral("calendarYearTitle"));
    m_yearTitle->setWordWrap(true);
    m_source->setObjectName(QStringLiteral("calendarSource"));
    m_source->setPlaceholderText(tr("e.g. 国务院办公厅关于2027年部分节假日安排的通知"));
    connect(m_source, &QLineEdit::editingFinished, this, &CalendarDialog::saveSource);
    auto* sourceRow = new QHBoxLayout;
    sourceRow->addWidget(new PlainLabel(tr("Notice:"), this));
    sourceRow->addWidget(m_source, 1);
    auto* lists = new QHBoxLayout;
    lists->addWidget(dayListBox(tr("Public holidays (days off)"), QStringLiteral("holiday"), m_holidays, true));
    lists->addWidget(dayListBox(tr("Make-up working days (Saturdays and Sundays worked)"), QStringLiteral("workday"),
                                m_workdays, false));
    m_error->setObjectName(QStringLiteral("calendarError"));
    m_error->setStyleSheet(Palette::errorStyle());
    m_error->setWordWrap(true);
    m_error->hide();
    auto* yearLayout = new QVBoxLayout;
    yearLayout->addWidget(m_yearTitle);
    yearLayout->addLayout(sourceRow);
    yearLayout->addLayout(lists, 1);
    yearLayout->addWidget(m_error);

    auto* body = new QHBoxLayout;
    body->addWidget(yearsBox);
    body->addLayout(yearLayout, 1);

    // The deadline check.
    m_end->setObjectName(QStringLiteral("inspectionEnd"));
    m_deadline->setObjectName(QStringLiteral("deadline"));
    m_deadline->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_deadlineWarning->setObjectName(QStringLiteral("deadlineWarning"));
    m_deadlineWarning->setStyleSheet(Palette::warningStyle());
    m_deadlineWarning->setWordWrap(true);
    connect(m_end, &QDateEdit::dateChanged, this, &CalendarDialog::updateDeadline);
    auto* check = new QGroupBox(tr("Check a deadline"), this);
    auto* checkLayout = new QVBoxLayout(check);
    auto* checkRow = new QHBoxLayout;
    checkRow->addWidget(new PlainLabel(tr("An inspection ending on"), this));
    checkRow->addWidget(m_end);
    checkRow->addWidget(m_deadline, 1);
    checkLayout->addLayout(checkRow);
    checkLayout->addWidget(m_deadlineWarning);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_import = buttons->addButton(tr("Import JSON…"), QDialogButtonBox::ActionRole);
    m_import->setObjectName(QStringLiteral("importCalendar"));
    m_import->setEnabled(m_mayChange);
    m_export = buttons->addButton(tr("Export…"), QDialogButtonBox::ActionRole);
    m_export->setObjectName(QStringLiteral("exportCalendar"));
    m_reset = buttons->addButton(tr("Reset to shipped data…"), QDialogButtonBox::ActionRole);
    m_reset->setObjectName(QStringLiteral("resetCalendar"));
    connect(m_import, &QPushButton::clicked, this, &CalendarDialog::importJson);
    connect(m_export, &QPushButton::clicked, this, &CalendarDialog::exportJson);
    connect(m_reset, &QPushButton::clicked, this, &CalendarDialog::resetYear);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(body, 1);
    layout->addWidget(check);
    layout->addWidget(buttons);
    // Enter in a name field adds the day; it must not also press a button of the dialog.
    for (QPushButton* button : findChildren<QPushButton*>())
        button->setAutoDefault(false);

    reload(QDate::currentDate().year());
    ScreenFit::resize(this, {980, 680});
}

QWidget* CalendarDialog::dayListBox(const QString& title, const QString& key, DayList& list, bool holidays)
{
    auto* box = new QGroupBox(title, this);
    list.table = new QTableWidget(0, 3, box);
    list.table->setObjectName(key + QStringLiteral("Table"));
    ElidedTextDelegate::install(list.table);
    list.table->setAccessibleName(title);
    list.table->setHorizontalHeaderLabels({tr("Date"), tr("Weekday"), tr("Name")});
    list.table->verticalHeader()->hide();
    list.table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    list.table->setSelectionBehavior(QAbstractItemView::SelectRows);
    list.table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    list.table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    list.table->horizontalHeader()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    list.table->horizontalHeader()->setSectionResizeMode(2, QHeaderView::Stretch);
    list.date = new DateEdit(box);
    list.date->setObjectName(key + QStringLiteral("Date"));
    list.name = new QLineEdit(box);
    list.name->setObjectName(key + QStringLiteral("Name"));
    list.name->setPlaceholderText(holidays ? tr("e.g. 国庆节") : tr("e.g. 国庆节调休上班"));
    list.add = new QPushButton(tr("Add"), box);
    list.add->setObjectName(key + QStringLiteral("Add"));
    list.remove = new QPushButton(tr("Remove selected"), box);
    list.remove->setObjectName(key + QStringLiteral("Remove"));
    connect(list.add, &QPushButton::clicked, this, [this, holidays] {
        const DayList& l = holidays ? m_holidays : m_workdays;
        addDay(holidays, l.date->date(), l.name->text());
    });
    connect(list.name, &QLineEdit::returnPressed, list.add, &QPushButton::click);
    connect(list.remove, &QPushButton::clicked, this, [this, holidays] { removeSelectedDays(holidays); });
    auto* layout = new QVBoxLayout(box);
    layout->addWidget(list.table, 1);
    auto* row = new QHBoxLayout;
    row->addWidget(list.date);
    row->addWidget(list.name, 1);
    row->addWidget(list.add);
    layout->addLayout(row);
    layout->addWidget(list.remove, 0, Qt::AlignRight);
    return box;
}

void CalendarDialog::reload(int selectYear)
{
    QStringList problems;
    m_calendar = m_operations.calendar(&problems);
    m_stored = m_operations.storedYears();
    if (m_newYear && m_calendar.hasYear(*m_newYear))
        m_newYear.reset();
    QList<int> years = m_calendar.years();
    if (m_newYear)
        years.append(*m_newYear);
    std::sort(years.begin(), years.end());

    const WorkCalendar shipped = CalendarRepository::shipped();
    const QSignalBlocker block(m_years);
    m_years->clear();
    for (int year : std::as_const(years)) {
        QString text;
        if (!m_calendar.hasYear(year))
            text = tr("%1 (new, not saved yet)").arg(year);
        else if (m_stored.contains(year))
            text = shipped.hasYear(year) ? tr("%1 (edited)").arg(year) : tr("%1 (entered)").arg(year);
        else
            text = tr("%1 (shipped)").arg(year);
        auto* item = new QListWidgetItem(text, m_years);
        item->setData(Qt::UserRole, year);
    }
    int row = int(years.indexOf(selectYear));
    if (row < 0)
        row = int(years.size()) - 1;
    m_years->setCurrentRow(row);
    m_newYearSpin->setValue(years.isEmpty() ? QDate::currentDate().year() : years.last() + 1);
    if (!problems.isEmpty())
        showError(problems.join(QLatin1Char('\n')));
    showYear();
    updateDeadline();
}

int CalendarDialog::currentYear() const
{
    const QListWidgetItem* item = m_years->currentItem();
    return item ? item->data(Qt::UserRole).toInt() : 0;
}

void CalendarDialog::selectYear(int year)
{
    for (int row = 0; row < m_years->count(); ++row)
        if (m_years->item(row)->data(Qt::UserRole).toInt() == year)
            m_years->setCurrentRow(row);
}

void CalendarDialog::addYear(int year)
{
    if (!m_calendar.hasYear(year))
        m_newYear = year;
    reload(year);
}

WorkCalendar::Year CalendarDialog::shownYear() const
{
    const int year = currentYear();
    if (const auto y = m_calendar.year(year))
        return *y;
    // A new year: what is typed so far.
    WorkCalendar::Year empty;
    empty.year = year;
    empty.source = m_source->text().trimmed();
    return empty;
}

void CalendarDialog::showYear()
{
    const int year = currentYear();
    const WorkCalendar::Year y = shownYear();
    const bool known = year != 0;
    if (!known)
        m_yearTitle->setText(tr("No year yet: add one on the left, or import a calendar file."));
    else if (!m_calendar.hasYear(year))
        m_yearTitle->setText(
            tr("%1: not saved yet. The year is saved with its first holiday or make-up working day.").arg(year));
    else if (m_stored.contains(year))
        m_yearTitle->setText(CalendarRepository::isShipped(year)
                                 ? tr("%1: edited in this data file (the program ships its own version)").arg(year)
                                 : tr("%1: entered or imported in this data file").arg(year));
    else
        m_yearTitle->setText(tr("%1: as shipped with the program").arg(year));
    m_source->setText(m_calendar.hasYear(year) ? y.source : QString());
    m_source->setEnabled(known && m_mayChange);
    fillTable(m_holidays.table, y.holidays);
    fillTable(m_workdays.table, y.workdays);
    for (DayList* list : {&m_holidays, &m_workdays}) {
        list->date->setEnabled(known && m_mayChange);
        list->name->setEnabled(known && m_mayChange);
        list->add->setEnabled(known && m_mayChange);
        list->remove->setEnabled(known && m_mayChange && m_calendar.hasYear(year));
        if (known) {
            const QDate keep = list->date->date();
            list->date->setDateRange(QDate(year, 1, 1), QDate(year, 12, 31));
            list->date->setDate(keep.year() == year ? keep : QDate(year, 1, 1));
        }
    }
    m_export->setEnabled(m_calendar.hasYear(year));
    m_reset->setEnabled(m_mayChange && m_stored.contains(year));
}

void CalendarDialog::fillTable(QTableWidget* table, const QList<WorkCalendar::Day>& days)
{
    table->setRowCount(int(days.size()));
    const QLocale locale;
    for (int row = 0; row < days.size(); ++row) {
        const WorkCalendar::Day& day = days.at(row);
        auto* date = new QTableWidgetItem(iso(day.date));
        date->setData(Qt::UserRole, day.date);
        table->setItem(row, 0, date);
        table->setItem(row, 1, new QTableWidgetItem(locale.dayName(day.date.dayOfWeek(), QLocale::ShortFormat)));
        table->setItem(row, 2, new QTableWidgetItem(day.name));
    }
}

bool CalendarDialog::addHoliday(const QDate& date, const QString& name)
{
    return addDay(true, date, name);
}

bool CalendarDialog::addWorkday(const QDate& date, const QString& name)
{
    return addDay(false, date, name);
}

bool CalendarDialog::addDay(bool holidays, const QDate& date, const QString& name)
{
    if (currentYear() == 0)
        return false;
    WorkCalendar::Year year = shownYear();
    (holidays ? year.holidays : year.workdays).append({date, name.trimmed()});
    if (!save(year))
        return false;
    DayList& list = holidays ? m_holidays : m_workdays;
    list.name->clear();
    list.date->setDate(date.addDays(1).year() == date.year() ? date.addDays(1) : date);
    // Show the day just added.
    for (int row = 0; row < list.table->rowCount(); ++row)
        if (list.table->item(row, 0)->data(Qt::UserRole).toDate() == date)
            list.table->selectRow(row);
    return true;
}

void CalendarDialog::removeSelectedDays(bool holidays)
{
    const DayList& list = holidays ? m_holidays : m_workdays;
    QList<QDate> selected;
    for (const QModelIndex& index : list.table->selectionModel()->selectedRows())
        selected << list.table->item(index.row(), 0)->data(Qt::UserRole).toDate();
    if (selected.isEmpty())
        return;
    WorkCalendar::Year year = shownYear();
    QList<WorkCalendar::Day>& days = holidays ? year.holidays : year.workdays;
    days.erase(std::remove_if(days.begin(), days.end(),
                              [&selected](const WorkCalendar::Day& day) { return selected.contains(day.date); }),
               days.end());
    save(year);
}

void CalendarDialog::saveSource()
{
    if (!m_calendar.hasYear(currentYear()))
        return; // a new year's notice is saved with its first day
    WorkCalendar::Year year = shownYear();
    if (year.source == m_source->text().trimmed())
        return;
    year.source = m_source->text().trimmed();
    save(year);
}

bool CalendarDialog::save(const WorkCalendar::Year& year)
{
    if (const Outcome outcome = m_operations.saveYear(year); !outcome) {
        showError(outcome.message());
        return false;
    }
    m_error->hide();
    reload(year.year);
    return true;
}

void CalendarDialog::importJson()
{
    QSettings settings;
    const QString dir = settings.value(QStringLiteral("calendar/lastDir"), QDir::homePath()).toString();
    const QString path
        = FileDialog::getOpenFileName(this, tr("Import a work calendar"), dir, tr("Calendar files (*.json)"));
    if (path.isEmpty())
        return;
    settings.setValue(QStringLiteral("calendar/lastDir"), QFileInfo(path).absolutePath());
    importFile(path);
}

bool CalendarDialog::importFile(const QString& path)
{
    QStringList problems;
    const auto years = CalendarRepository::readFile(path, &problems);
    if (!years) {
        MessageBox::warning(this, tr("Nothing was imported"),
                            tr("%1 cannot be imported:\n\n%2\n\nThe calendar is unchanged.")
                                .arg(QFileInfo(path).fileName(), problems.join(QLatin1Char('\n'))));
        return false;
    }
    QStringList text;
    QList<WorkCalendar::Year> changed;
    for (const CalendarRepository::YearChange& change : m_operations.changes(*years)) {
        if (change.isUnchanged()) {
            text << tr("%1: unchanged.").arg(change.year);
            continue;
        }
        changed << change.after;
        if (change.isNew()) {
            text << change.differences.first();
            continue;
        }
        text << (change.beforeStored ? tr("%1 replaces the version edited in this data file:")
                                     : tr("%1 replaces the version shipped with the program:"))
                    .arg(change.year);
        for (const QString& line : change.differences.mid(0, kShownDifferences))
            text << QStringLiteral("  • ") + line;
        if (change.differences.size() > kShownDifferences)
            text << tr("  … and %1 more changes.").arg(change.differences.size() - kShownDifferences);
    }
    if (changed.isEmpty()) {
        MessageBox::information(this, tr("Nothing to import"),
                                tr("%1 holds the calendar as it is already:\n\n%2")
                                    .arg(QFileInfo(path).fileName(), text.join(QLatin1Char('\n'))));
        return true;
    }
    if (!MessageBox::confirm(this, tr("Import the work calendar"),
                             tr("Importing %1 changes the calendar as follows:\n\n%2\n\nPublication deadlines are "
                                "counted by the new calendar from now on.")
                                 .arg(QFileInfo(path).fileName(), text.join(QLatin1Char('\n'))),
                             tr("Import")))
        return false;
    if (const Outcome outcome = m_operations.importYears(changed); !outcome) {
        showError(outcome.message());
        return false;
    }
    m_error->hide();
    reload(changed.first().year);
    return true;
}

void CalendarDialog::exportJson()
{
    const auto year = m_calendar.year(currentYear());
    if (!year)
        return;
    const QString path = FileDialog::getSaveFileName(
        this, tr("Export the work calendar"),
        ExportFolder::proposed(m_db, tr("Work calendar %1").arg(year->year) + QStringLiteral(".json")),
        tr("Calendar files (*.json)"));
    if (path.isEmpty())
        return;
    ExportFolder::remember(m_db, path);
    if (const Outcome outcome = m_operations.exportYears(path, {*year}); !outcome) {
        MessageBox::warning(this, tr("Nothing was exported"), outcome.message());
        return;
    }
    MessageBox::information(
        this, tr("Work calendar exported"),
        tr("The calendar of %1 was written to %2.").arg(year->year).arg(QDir::toNativeSeparators(path)));
}

void CalendarDialog::resetYear()
{
    const int year = currentYear();
    if (!m_stored.contains(year))
        return;
    const auto shipped = CalendarRepository::shipped().year(year);
    QString text;
    if (shipped) {
        const QStringList lines = CalendarRepository::differences(m_calendar.year(year), *shipped);
        QStringList shown;
        for (const QString& line : lines.mid(0, kShownDifferences))
            shown << QStringLiteral("  • ") + line;
        if (lines.size() > kShownDifferences)
            shown << tr("  … and %1 more changes.").arg(lines.size() - kShownDifferences);
        text = tr("The calendar of %1 goes back to the version shipped with the program. The changes made in this "
                  "data file are dropped:\n\n%2")
                   .arg(year)
                   .arg(shown.isEmpty() ? tr("  (none)") : shown.join(QLatin1Char('\n')));
    } else {
        text = tr("The program ships no calendar of %1: the year is removed, and deadlines that reach it count "
                  "Monday to Friday as working days, with a warning.")
                   .arg(year);
    }
    if (!MessageBox::confirm(this, tr("Reset the work calendar"), text, tr("Reset")))
        return;
    if (const Outcome outcome = m_operations.resetYear(year); !outcome) {
        showError(outcome.message());
        return;
    }
    m_error->hide();
    reload(year);
}

void CalendarDialog::updateDeadline()
{
    QStringList warnings;
    const QDate deadline = m_calendar.publicationDeadline(m_end->date(), &warnings);
    m_deadline->setText(tr("must be published by %1 (%2)")
                            .arg(iso(deadline), QLocale().dayName(deadline.dayOfWeek(), QLocale::LongFormat)));
    m_deadlineWarning->setText(warnings.join(QLatin1Char('\n')));
    m_deadlineWarning->setVisible(!warnings.isEmpty());
}

void CalendarDialog::showError(const QString& text)
{
    m_error->setText(text);
    m_error->show();
}
