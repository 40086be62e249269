// Normalisation of the text found in spreadsheet cells and headers: padding spaces (also U+3000), runs of line
// breaks, full-width letters and brackets, notes in header names, and dates in the forms clerks and Excel write.
#pragma once

#include <QDate>
#include <QString>

class TableText final
{
public:
    // Trims every line of the cell (white space incl. U+3000 and NBSP), removes zero-width characters and blank
    // lines, turns CR LF / CR / U+2028 into "\n". Single inner line breaks are kept as "\n".
    // A text that is clean already is given back itself (implicitly shared), never copied.
    static QString cleanCell(const QString& text);

    // True when cleanCell would give an empty text (only white space, line breaks and zero-width characters);
    // allocates nothing.
    static bool isBlank(QStringView text);

    // Full-width ASCII (U+FF01–U+FF5E) to ASCII, U+3000 to a space, 【】 to []. Other characters are unchanged
    // (〔〕 in document numbers stay).
    static QString halfWidth(const QString& text);

    // The key two header texts are compared by: half-width, no white space at all (also inner line breaks), no
    // required markers (* ＊ ※), no notes in brackets ("（必填）", "(选填)", "【格式：2024-01-01】"), no trailing
    // colon, case-folded. "＊学校 名称\n（必填）" and "学校名称" give the same key.
    static QString headerKey(const QString& text);

    // Bracketed notes "(...)" and "[...]" taken out (half-width brackets; headerKey calls halfWidth first), inner
    // pairs with their outer ones; an opening bracket never closed takes the rest of the text; a closing bracket
    // without an opening one is dropped. Linear in the length of the text.
    static QString withoutNotes(const QString& text);

    // A header cell for messages: cleanCell with line breaks joined (no space between CJK characters).
    static QString displayHeader(const QString& text);

    // 2024-01-05, 2024/1/5, 2024.1.5, 2024年1月5日 (or 号), 20240105, each optionally followed by a time that is
    // ignored, and Excel serial numbers written as text ("45292", "45292.5"; 1900 system, accepted from 10000 =
    // 1927-05-18 on so that a year or a small count is never taken for a date). Full-width digits are accepted.
    // Returns an invalid QDate for anything else, including impossible dates (2024-02-30).
    static QDate parseDate(const QString& text);

    // The calendar date of an Excel serial number (the fraction, a time of day, is dropped). 1900 system: serial 1 is
    // 1900-01-01 and serial 60 is Excel's non-existent 1900-02-29, for which this returns an invalid QDate; 1904
    // system: serial 0 is 1904-01-01. Invalid for serials before the first day or after 9999-12-31.
    static QDate excelSerialToDate(double serial, bool date1904 = false);
};
