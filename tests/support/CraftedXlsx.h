// Small .xlsx workbooks written part by part (minizip), for the files a spreadsheet program never writes: a shared
// string of millions of characters named by many rows, merged ranges that overlap or repeat, headers of nested
// brackets (issue 13, findings 1–3). Used by the tests (moderate sizes), bench_hostile (the sizes of the findings)
// and the fuzz_xlsx structure mutator (which also reads packages back). Header-only; the core links minizip.
#pragma once

#include <QByteArray>
#include <QFile>
#include <QList>
#include <QString>

#include <minizip/unzip.h>
#include <minizip/zip.h>

namespace CraftedXlsx {

struct Part
{
    QByteArray name;
    QByteArray bytes;
};

// A ZIP package of the parts (deflated); false when it cannot be written.
inline bool writeZip(const QString& path, const QList<Part>& parts)
{
    const QByteArray file = QFile::encodeName(path);
    zipFile zip = zipOpen64(file.constData(), APPEND_STATUS_CREATE);
    if (!zip)
        return false;
    bool ok = true;
    for (const Part& part : parts) {
        zip_fileinfo info {};
        ok = ok
            && zipOpenNewFileInZip64(zip, part.name.constData(), &info, nullptr, 0, nullptr, 0, nullptr, Z_DEFLATED,
                                     Z_DEFAULT_COMPRESSION, part.bytes.size() > 0xFFFFFFF)
                == ZIP_OK;
        ok = ok && zipWriteInFileInZip(zip, part.bytes.constData(), unsigned(part.bytes.size())) == ZIP_OK;
        ok = zipCloseFileInZip(zip) == ZIP_OK && ok;
    }
    return zipClose(zip, nullptr) == ZIP_OK && ok;
}

// The parts of a ZIP package, each at most maxPartBytes once inflated; empty when it is no package.
inline QList<Part> readZip(const QString& path, qint64 maxPartBytes = 16 * 1024 * 1024)
{
    QList<Part> parts;
    const QByteArray file = QFile::encodeName(path);
    unzFile zip = unzOpen64(file.constData());
    if (!zip)
        return parts;
    for (int status = unzGoToFirstFile(zip); status == UNZ_OK; status = unzGoToNextFile(zip)) {
        char name[512] = {};
        unz_file_info64 info {};
        if (unzGetCurrentFileInfo64(zip, &info, name, sizeof name - 1, nullptr, 0, nullptr, 0) != UNZ_OK
            || qint64(info.uncompressed_size) > maxPartBytes || unzOpenCurrentFile(zip) != UNZ_OK)
            break;
        Part part {QByteArray(name), QByteArray()};
        char buffer[65536];
        int n = 0;
        while ((n = unzReadCurrentFile(zip, buffer, sizeof buffer)) > 0 && part.bytes.size() <= maxPartBytes)
            part.bytes.append(buffer, n);
        unzCloseCurrentFile(zip);
        if (n < 0)
            break;
        parts.append(part);
    }
    unzClose(zip);
    return parts;
}

// "A", "B" … "Z", "AA" … for a 0-based column.
inline QByteArray column(int index)
{
    QByteArray letters;
    for (int n = index + 1; n > 0; n = (n - 1) / 26)
        letters.prepend(char('A' + (n - 1) % 26));
    return letters;
}

inline QByteArray cell(int row, int columnIndex)
{
    return column(columnIndex) + QByteArray::number(row);
}

inline QByteArray escaped(const QString& text)
{
    return text.toHtmlEscaped().toUtf8();
}

// <c> elements: an inline string, or a shared string by index.
inline QByteArray inlineCell(int row, int columnIndex, const QString& text)
{
    return "<c r=\"" + cell(row, columnIndex) + "\" t=\"inlineStr\"><is><t xml:space=\"preserve\">" + escaped(text)
        + "</t></is></c>";
}

inline QByteArray sharedCell(int row, int columnIndex, int index)
{
    return "<c r=\"" + cell(row, columnIndex) + "\" t=\"s\"><v>" + QByteArray::number(index) + "</v></c>";
}

inline QByteArray mergeCell(int top, int left, int bottom, int right)
{
    return "<mergeCell ref=\"" + cell(top, left) + ':' + cell(bottom, right) + "\"/>";
}

// A workbook of one worksheet "名录": rowsXml is the content of <sheetData>, mergesXml a list of <mergeCell>, the
// shared strings (already escaped XML text) are optional.
inline QList<Part> workbook(const QByteArray& rowsXml, const QByteArray& mergesXml = {},
                            const QList<QByteArray>& sharedStrings = {})
{
    const QByteArray ns = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
    const QByteArray rel = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
    QList<Part> parts;
    parts.append(
        Part {"[Content_Types].xml",
              "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Types "
              "xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
              "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
              "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
              "<Override PartName=\"/xl/workbook.xml\" "
              "ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/>"
              "</Types>"});
    parts.append(
        Part {"_rels/.rels",
              "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships "
              "xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\"><Relationship Id=\"rId1\" "
              "Type=\""
                  + rel + "/officeDocument\" Target=\"xl/workbook.xml\"/></Relationships>"});
    parts.append(Part {"xl/workbook.xml",
                       "<?xml version=\"1.0\" encoding=\"UTF-8\"?><workbook xmlns=\"" + ns + "\" xmlns:r=\"" + rel
                           + "\"><sheets><sheet name=\"名录\" sheetId=\"1\" r:id=\"rId1\"/></sheets>"
                             "</workbook>"});
    QByteArray relations = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships "
                           "xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                           "<Relationship Id=\"rId1\" Type=\""
        + rel + "/worksheet\" Target=\"worksheets/sheet1.xml\"/>";
    if (!sharedStrings.isEmpty())
        relations += "<Relationship Id=\"rId2\" Type=\"" + rel + "/sharedStrings\" Target=\"sharedStrings.xml\"/>";
    relations += "</Relationships>";
    parts.append(Part {"xl/_rels/workbook.xml.rels", relations});
    QByteArray sheet = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><worksheet xmlns=\"" + ns + "\"><sheetData>" + rowsXml
        + "</sheetData>";
    if (!mergesXml.isEmpty())
        sheet += "<mergeCells>" + mergesXml + "</mergeCells>";
    sheet += "</worksheet>";
    parts.append(Part {"xl/worksheets/sheet1.xml", sheet});
    if (!sharedStrings.isEmpty()) {
        QByteArray strings = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><sst xmlns=\"" + ns + "\" count=\""
            + QByteArray::number(sharedStrings.size()) + "\" uniqueCount=\"" + QByteArray::number(sharedStrings.size())
            + "\">";
        for (const QByteArray& text : sharedStrings)
            strings += "<si><t xml:space=\"preserve\">" + text + "</t></si>";
        strings += "</sst>";
        parts.append(Part {"xl/sharedStrings.xml", strings});
    }
    return parts;
}

// ----------------------------------------------------------------------------------------- the crafted files

// The header row of an entity import (so that a file that is read goes on to the header and the rows).
inline QByteArray entityHeader()
{
    return "<row r=\"1\">" + inlineCell(1, 0, QStringLiteral("单位名称")) + inlineCell(1, 1, QStringLiteral("类别"))
        + inlineCell(1, 2, QStringLiteral("办学性质")) + "</row>";
}

// Finding 1: one shared string, a space and then `characters` characters, named in column A by `rows` rows
// below the header (rows 2 … rows + 1).
inline QList<Part> longSharedString(qint64 characters, int rows)
{
    QByteArray rowsXml = entityHeader();
    for (int r = 2; r <= rows + 1; ++r)
        rowsXml += "<row r=\"" + QByteArray::number(r) + "\">" + sharedCell(r, 0, 0) + "</row>";
    return workbook(rowsXml, {}, {' ' + QByteArray(characters, 'x')});
}

// Finding 1, through a merge: cell A2 holds `characters` characters (an inline string) and is merged over rows
// 2 … rows + 1.
inline QList<Part> longMergedCell(qint64 characters, int rows)
{
    QByteArray rowsXml = entityHeader();
    rowsXml += "<row r=\"2\"><c r=\"A2\" t=\"inlineStr\"><is><t xml:space=\"preserve\"> " + QByteArray(characters, 'x')
        + "</t></is></c></row>";
    for (int r = 3; r <= rows + 1; ++r)
        rowsXml += "<row r=\"" + QByteArray::number(r) + "\">" + inlineCell(r, 1, QStringLiteral("小学")) + "</row>";
    return workbook(rowsXml, mergeCell(2, 0, rows + 1, 0));
}

// Finding 2: `count` merged ranges, each over the whole size × size square from A1 (a value in A1 and a cell in
// the far corner make all of it the used area), every one the same range when `same`, else each one column
// narrower than the one before (all overlapping).
inline QList<Part> overlappingMerges(int count, int size, bool same)
{
    QByteArray rowsXml = "<row r=\"1\">" + inlineCell(1, 0, QStringLiteral("单位名称")) + "</row>";
    rowsXml
        += "<row r=\"" + QByteArray::number(size) + "\">" + inlineCell(size, size - 1, QStringLiteral("角")) + "</row>";
    QByteArray merges;
    for (int i = 0; i < count; ++i)
        merges += mergeCell(1, 0, size, same ? size - 1 : qMax(0, size - 1 - i % size));
    return workbook(rowsXml, merges);
}

// Merged ranges that do not overlap: `count` pairs A:B, one per row, below an entity header; each row's A holds a
// name (the merge copies it into B). What a long, legitimately merged sheet costs.
inline QList<Part> disjointMerges(int count)
{
    QByteArray rowsXml = entityHeader();
    QByteArray merges;
    for (int r = 2; r <= count + 1; ++r) {
        rowsXml += "<row r=\"" + QByteArray::number(r) + "\">" + sharedCell(r, 0, 0) + "</row>";
        merges += mergeCell(r, 0, r, 1);
    }
    return workbook(rowsXml, merges, {QByteArray("长沙县实验小学")});
}

// Finding 3 (CSV): a header cell of `pairs` nested bracket pairs, "单位名称" inside, and one data row.
inline QByteArray nestedBracketsCsv(int pairs)
{
    return QByteArray(pairs, '(') + "单位名称" + QByteArray(pairs, ')')
        + ",类别,办学性质\r\n长沙县实验小学,小学,公办\r\n";
}

} // namespace CraftedXlsx
