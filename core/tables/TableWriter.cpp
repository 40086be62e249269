#include "TableWriter.h"

#include "Platform.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSaveFile>

#include <xlsxwriter.h>

namespace {

constexpr int kMaxXlsxRows = 1048576;
constexpr int kMaxXlsxColumns = 16384;
constexpr int kMaxXlsxText = 32767;
constexpr int kWidthSampleRows = 2000;

bool setError(QString* error, const QString& message)
{
    if (error)
        *error = message;
    return false;
}

bool isWide(QChar c)
{
    const char16_t u = c.unicode();
    return (u >= 0x1100 && u <= 0x115F) || (u >= 0x2E80 && u <= 0xA4CF) || (u >= 0xAC00 && u <= 0xD7A3)
        || (u >= 0xF900 && u <= 0xFAFF) || (u >= 0xFE30 && u <= 0xFE4F) || (u >= 0xFF00 && u <= 0xFF60)
        || (u >= 0xFFE0 && u <= 0xFFE6) || QChar::isHighSurrogate(u);
}

int displayWidth(const QString& text)
{
    int best = 0;
    int current = 0;
    for (const QChar c : text) {
        if (c == QLatin1Char('\n')) {
            best = qMax(best, current);
            current = 0;
        } else if (!c.isLowSurrogate()) {
            current += isWide(c) ? 2 : 1;
        }
    }
    return qMax(best, current);
}

// XML 1.0 cannot hold most control characters; they are never meant in a cell.
QString xmlSafe(const QString& text)
{
    QString out = text;
    out.replace(QStringLiteral("\r\n"), QStringLiteral("\n"));
    for (QChar& c : out) {
        const char16_t u = c.unicode();
        if (u == '\r')
            c = QLatin1Char('\n');
        else if (u < 0x20 && u != '\t' && u != '\n')
            c = QLatin1Char(' ');
        else if (u == 0xFFFE || u == 0xFFFF)
            c = QChar(0xFFFD);
    }
    return out;
}

// Puts the finished temporary file in place of the target (replacing it), or says why it cannot.
bool replaceWith(const QString& temporary, const QString& target, QString* error)
{
    QString reason;
    if (!Platform::replaceFile(temporary, target, &reason))
        return setError(error,
                        TableWriter::tr("Cannot save %1: %2. If the file is open in Excel or WPS, close it "
                                        "and export again.")
                            .arg(QDir::toNativeSeparators(target), reason));
    return true;
}

} // namespace

namespace {

// What a spreadsheet program would take for a formula or a command: a cell beginning with = + - @ TAB or CR that is
// not a plain number ("-12.5", "+8613812345678") or a run of dashes ("-", "--"). Apostrophes in front count too
// ("'=1", "''=1"), so that the guard can be told from a cell's own apostrophe and removed again exactly.
bool needsGuard(QStringView cell)
{
    qsizetype start = 0;
    while (start < cell.size() && cell.at(start) == QLatin1Char('\''))
        ++start;
    const QStringView rest = cell.mid(start);
    if (rest.isEmpty())
        return false;
    const QChar first = rest.front();
    if (first != QLatin1Char('=') && first != QLatin1Char('+') && first != QLatin1Char('-') && first != QLatin1Char('@')
        && first != QLatin1Char('\t') && first != QLatin1Char('\r'))
        return false;
    static const QRegularExpression plainNumber(QStringLiteral("^[+-]?[0-9]+(\\.[0-9]+)?([eE][+-]?[0-9]+)?$"));
    static const QRegularExpression dashes(QStringLiteral("^-+$"));
    return !plainNumber.match(rest).hasMatch() && !dashes.match(rest).hasMatch();
}

} // namespace

QString TableWriter::csvSafeText(const QString& cell)
{
    return needsGuard(cell) ? QLatin1Char('\'') + cell : cell;
}

QString TableWriter::withoutCsvGuard(const QString& cell)
{
    if (cell.startsWith(QLatin1Char('\'')) && needsGuard(QStringView(cell).mid(1)))
        return cell.mid(1);
    return cell;
}

QString TableWriter::sheetNameFor(const QString& name)
{
    QString s = name;
    for (QChar& c : s) {
        if (QStringLiteral("[]:*?/\\").contains(c) || c.unicode() < 0x20)
            c = QLatin1Char('_');
    }
    s = s.trimmed();
    while (s.startsWith(QLatin1Char('\'')))
        s.remove(0, 1);
    if (s.size() > 31)
        s.truncate(QChar::isHighSurrogate(s.at(30).unicode()) ? 30 : 31);
    while (s.endsWith(QLatin1Char('\'')))
        s.chop(1);
    if (s.isEmpty() || s.compare(QLatin1String("History"), Qt::CaseInsensitive) == 0)
        s = QStringLiteral("Sheet1");
    return s;
}

bool TableWriter::writeCsv(const QString& path, const QStringList& headers, const QList<QStringList>& rows,
                           QString* error)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return setError(error, tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(path), file.errorString()));

    QByteArray buffer("\xEF\xBB\xBF");
    auto appendRow = [&buffer, columns = headers.size()](const QStringList& row) {
        const qsizetype count = qMax(row.size(), columns);
        for (qsizetype c = 0; c < count; ++c) {
            if (c > 0)
                buffer.append(',');
            const QString text = csvSafeText(row.value(c));
            const bool quote = text.contains(QLatin1Char(',')) || text.contains(QLatin1Char('"'))
                || text.contains(QLatin1Char('\r')) || text.contains(QLatin1Char('\n'));
            if (quote) {
                QString quoted = text;
                quoted.replace(QLatin1Char('"'), QStringLiteral("\"\""));
                buffer.append('"').append(quoted.toUtf8()).append('"');
            } else {
                buffer.append(text.toUtf8());
            }
        }
        buffer.append("\r\n");
    };
    appendRow(headers);
    for (const QStringList& row : rows) {
        appendRow(row);
        if (buffer.size() >= (1 << 20)) {
            if (file.write(buffer) != buffer.size())
                break;
            buffer.clear();
        }
    }
    if (!buffer.isEmpty())
        file.write(buffer);
    if (file.error() != QFileDevice::NoError) {
        const QString reason = file.errorString();
        file.cancelWriting();
        return setError(error, tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(path), reason));
    }
    if (!file.commit())
        return setError(error,
                        tr("Cannot save %1: %2. If the file is open in Excel or WPS, close it and export "
                           "again.")
                            .arg(QDir::toNativeSeparators(path), file.errorString()));
    return true;
}

bool TableWriter::writeXlsx(const QString& path, const QString& sheetName, const QStringList& headers,
                            const QList<QStringList>& rows, QString* error, const QList<double>& columnWidths)
{
    qsizetype columns = headers.size();
    for (const QStringList& row : rows)
        columns = qMax(columns, row.size());
    if (rows.size() + 1 > kMaxXlsxRows)
        return setError(error,
                        tr("Too many rows for one Excel sheet (%L1; Excel allows %L2). Export to CSV instead.")
                            .arg(rows.size() + 1)
                            .arg(kMaxXlsxRows));
    if (columns > kMaxXlsxColumns)
        return setError(error, tr("Too many columns for one Excel sheet (%L1).").arg(columns));

    const QFileInfo target(path);
    const QDir dir = target.absoluteDir();
    if (!dir.exists())
        return setError(error, tr("The folder %1 does not exist.").arg(QDir::toNativeSeparators(dir.path())));
    // The workbook is written under a temporary name beside the target (same file system, so the rename is
    // atomic) and only renamed once complete. The file is created here with the usual permissions (umask).
    QString temporaryPath;
    {
        QFile temporary;
        for (int attempt = 0; attempt < 100 && temporaryPath.isEmpty(); ++attempt) {
            temporary.setFileName(
                dir.filePath(QStringLiteral(".%1.%2.part")
                                 .arg(target.fileName())
                                 .arg(QRandomGenerator::global()->generate(), 8, 16, QLatin1Char('0'))));
            if (temporary.open(QIODevice::WriteOnly | QIODevice::NewOnly))
                temporaryPath = temporary.fileName();
            else if (!temporary.exists())
                break;
        }
        if (temporaryPath.isEmpty())
            return setError(error,
                            tr("Cannot write in the folder %1: %2")
                                .arg(QDir::toNativeSeparators(dir.path()), temporary.errorString()));
    }
    struct RemoveOnFailure
    {
        QString path;
        ~RemoveOnFailure()
        {
            if (!path.isEmpty())
                QFile::remove(path);
        }
    } cleanup {temporaryPath};

    QList<double> widths;
    for (qsizetype c = 0; c < columns; ++c) {
        if (c < columnWidths.size() && columnWidths.at(c) > 0) {
            widths.append(columnWidths.at(c));
            continue;
        }
        int width = displayWidth(headers.value(c)) + 2; // bold and the filter button
        for (qsizetype r = 0; r < rows.size() && r < kWidthSampleRows; ++r)
            width = qMax(width, displayWidth(rows.at(r).value(c)));
        widths.append(qBound(8, width + 2, 60));
    }

    const QByteArray file = Platform::cLibraryPath(temporaryPath);
    lxw_workbook_options options {};
    options.constant_memory = LXW_TRUE; // rows go to disk as they are written: a long registry needs little memory
    // Those rows' temporary files go into a folder we name, not wherever the system's narrow %TMP% points.
    QByteArray temporaryFolder = Platform::cLibraryTempFolder(path);
    options.tmpdir = temporaryFolder.isEmpty() ? nullptr : temporaryFolder.data();
    lxw_workbook* workbook = workbook_new_opt(file.constData(), &options);
    if (!workbook)
        return setError(error, tr("Cannot create the Excel workbook %1.").arg(QDir::toNativeSeparators(path)));
    const QByteArray sheet = sheetNameFor(sheetName).toUtf8();
    lxw_worksheet* worksheet = workbook_add_worksheet(workbook, sheet.constData());
    if (!worksheet) { // its temporary file could not be made
        lxw_workbook_free(workbook);
        return setError(error, tr("Cannot create the Excel workbook %1.").arg(QDir::toNativeSeparators(path)));
    }

    lxw_format* headerFormat = workbook_add_format(workbook);
    format_set_bold(headerFormat);
    format_set_bg_color(headerFormat, 0xDDEBF7);
    format_set_border(headerFormat, LXW_BORDER_THIN);
    format_set_align(headerFormat, LXW_ALIGN_VERTICAL_CENTER);
    format_set_text_wrap(headerFormat);
    format_set_num_format_index(headerFormat, 49); // "@", text
    lxw_format* textFormat = workbook_add_format(workbook);
    format_set_num_format_index(textFormat, 49); // "@", text
    lxw_format* wrappedFormat = workbook_add_format(workbook);
    format_set_num_format_index(wrappedFormat, 49); // "@", text
    format_set_text_wrap(wrappedFormat);
    format_set_align(wrappedFormat, LXW_ALIGN_VERTICAL_TOP);

    QString problem;
    auto check = [&](lxw_error result, qsizetype row, qsizetype column) {
        if (result == LXW_NO_ERROR || !problem.isEmpty())
            return;
        if (result == LXW_ERROR_MAX_STRING_LENGTH_EXCEEDED)
            problem = tr("Row %1, column %2 holds more text than an Excel cell can (%L3 characters).")
                          .arg(row + 1)
                          .arg(column + 1)
                          .arg(kMaxXlsxText);
        else
            problem = tr("Cannot write row %1, column %2: %3")
                          .arg(row + 1)
                          .arg(column + 1)
                          .arg(QString::fromUtf8(lxw_strerror(result)));
    };

    for (qsizetype c = 0; c < columns; ++c)
        worksheet_set_column(worksheet, lxw_col_t(c), lxw_col_t(c), widths.at(c), textFormat);
    worksheet_freeze_panes(worksheet, 1, 0);
    if (columns > 0)
        worksheet_autofilter(worksheet, 0, 0, lxw_row_t(rows.size()), lxw_col_t(columns - 1));
    for (qsizetype c = 0; c < headers.size() && problem.isEmpty(); ++c) {
        const QByteArray text = xmlSafe(headers.at(c)).toUtf8();
        check(worksheet_write_string(worksheet, 0, lxw_col_t(c), text.constData(), headerFormat), 0, c);
    }
    for (qsizetype r = 0; r < rows.size() && problem.isEmpty(); ++r) {
        const QStringList& row = rows.at(r);
        for (qsizetype c = 0; c < row.size(); ++c) {
            if (row.at(c).isEmpty())
                continue;
            const QString cell = xmlSafe(row.at(c));
            if (cell.size() > kMaxXlsxText) {
                check(LXW_ERROR_MAX_STRING_LENGTH_EXCEEDED, r + 1, c);
                break;
            }
            const QByteArray text = cell.toUtf8();
            lxw_format* format = cell.contains(QLatin1Char('\n')) ? wrappedFormat : textFormat;
            check(worksheet_write_string(worksheet, lxw_row_t(r + 1), lxw_col_t(c), text.constData(), format), r + 1,
                  c);
        }
    }
    const lxw_error closed = workbook_close(workbook);
    if (!problem.isEmpty())
        return setError(error, problem);
    if (closed != LXW_NO_ERROR)
        return setError(
            error,
            tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(path), QString::fromUtf8(lxw_strerror(closed))));

    if (!replaceWith(temporaryPath, path, error))
        return false;
    cleanup.path.clear();
    return true;
}

bool TableWriter::write(const QString& path, const QString& sheetName, const QStringList& headers,
                        const QList<QStringList>& rows, QString* error, const QList<double>& columnWidths)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == QLatin1String("csv"))
        return writeCsv(path, headers, rows, error);
    if (suffix == QLatin1String("xlsx"))
        return writeXlsx(path, sheetName, headers, rows, error, columnWidths);
    return setError(error,
                    tr("Cannot export to \"%1\": the file name must end in .xlsx (Excel workbook) or .csv.")
                        .arg(QFileInfo(path).fileName()));
}
