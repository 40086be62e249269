// libFuzzer harness: bytes as an .xlsx file, written to a temporary file and read by TableReader::read (which
// recognises the format from the content), then previewed as an entity import.
//
// A structure mutator (LLVMFuzzerCustomMutator) unpacks the workbook, changes its XML the way the crafted files of
// issue 13 did — merged ranges repeated, overlapping, by the thousand or over the whole sheet, shared strings at
// and beyond 32,767 characters named by many cells, headers of deeply nested brackets — or lets libFuzzer mutate
// one part's bytes, and packs it again; one mutation in four is libFuzzer's own on the packed bytes. The seeds in
// tests/fuzz-corpus/fuzz_xlsx/ are small versions of those files (bench_hostile --seeds DIR writes them).

#include "CraftedXlsx.h"
#include "FuzzSupport.h"

#include <QFile>
#include <QTemporaryDir>

#include <cstddef>
#include <cstdint>
#include <cstring>
#include <random>

extern "C" size_t LLVMFuzzerMutate(uint8_t* data, size_t size, size_t maxSize);

namespace {

QString filePath(const char* name = "fuzz.xlsx")
{
    static QTemporaryDir dir;
    return dir.filePath(QLatin1String(name));
}

QByteArray randomRange(std::mt19937& random, int rows, int columns)
{
    const int top = 1 + int(random() % rows);
    const int left = int(random() % columns);
    return CraftedXlsx::cell(top, left) + ':'
        + CraftedXlsx::cell(top + int(random() % rows), left + int(random() % columns));
}

// Adds merged ranges to the sheet (inside <mergeCells> when there is one).
void addMerges(QByteArray& sheet, const QByteArray& merges)
{
    const qsizetype open = sheet.indexOf("<mergeCells");
    if (open >= 0) {
        const qsizetype end = sheet.indexOf('>', open);
        if (end > 0) {
            sheet.insert(end + 1, merges);
            return;
        }
    }
    const qsizetype close = sheet.lastIndexOf("</worksheet>");
    sheet.insert(close < 0 ? sheet.size() : close, "<mergeCells>" + merges + "</mergeCells>");
}

// The text of the n-th <t> element (of any), replaced by `text`; false when there is none.
bool replaceText(QByteArray& xml, int n, const QByteArray& text)
{
    qsizetype at = 0;
    QList<std::pair<qsizetype, qsizetype>> texts;
    while ((at = xml.indexOf("<t", at)) >= 0) {
        const qsizetype start = xml.indexOf('>', at);
        const qsizetype end = start < 0 ? -1 : xml.indexOf("</t>", start);
        if (end < 0)
            break;
        if (xml.at(at + 2) == '>' || xml.at(at + 2) == ' ')
            texts.append({start + 1, end});
        at = end;
    }
    if (texts.isEmpty())
        return false;
    const auto [start, end] = texts.at(n % texts.size());
    xml.replace(start, end - start, text);
    return true;
}

// One structural change to the workbook's parts; false when it found nothing to change.
bool mutateParts(QList<CraftedXlsx::Part>& parts, std::mt19937& random)
{
    CraftedXlsx::Part* sheet = nullptr;
    CraftedXlsx::Part* strings = nullptr;
    for (CraftedXlsx::Part& part : parts) {
        if (part.name.contains("worksheets/") && part.name.endsWith(".xml"))
            sheet = &part;
        else if (part.name.endsWith("sharedStrings.xml"))
            strings = &part;
    }
    if (!sheet)
        return false;
    static const int lengths[] = {32'766, 32'767, 32'768, 40'000, 200'000};
    switch (random() % 9) {
    case 0: { // a merged range twice
        const qsizetype at = sheet->bytes.indexOf("<mergeCell ");
        const qsizetype end = at < 0 ? -1 : sheet->bytes.indexOf("/>", at);
        addMerges(sheet->bytes,
                  end < 0 ? "<mergeCell ref=\"" + randomRange(random, 30, 10) + "\"/>"
                          : sheet->bytes.mid(at, end + 2 - at));
        return true;
    }
    case 1: { // two ranges that overlap
        const QByteArray range = randomRange(random, 20, 8);
        addMerges(sheet->bytes,
                  "<mergeCell ref=\"" + range + "\"/><mergeCell ref=\"" + range.left(range.indexOf(':')) + ':'
                      + CraftedXlsx::cell(1 + int(random() % 40), int(random() % 12)) + "\"/>");
        return true;
    }
    case 2: { // many ranges, overlapping or not
        QByteArray merges;
        const int count = 1 + int(random() % 3000);
        for (int i = 0; i < count; ++i)
            merges += "<mergeCell ref=\"" + randomRange(random, 1000, 60) + "\"/>";
        addMerges(sheet->bytes, merges);
        return true;
    }
    case 3: // a range over the whole sheet, or a cell in its far corner
        if (random() % 2)
            addMerges(sheet->bytes, "<mergeCell ref=\"A1:XFD1048576\"/>");
        else
            sheet->bytes.replace("</sheetData>",
                                 "<row r=\"1048576\"><c r=\"XFD1048576\" t=\"inlineStr\"><is><t>x"
                                 "</t></is></c></row></sheetData>");
        return true;
    case 4: { // a long shared string (or inline string)
        const QByteArray text = ' ' + QByteArray(lengths[random() % 5], char('a' + random() % 26));
        return replaceText(strings && random() % 4 ? strings->bytes : sheet->bytes, int(random() % 64), text);
    }
    case 5: { // a header of nested brackets
        const int depth = 1 + int(random() % 20'000);
        const QByteArray open = random() % 2 ? "(" : "[";
        return replaceText(strings && random() % 2 ? strings->bytes : sheet->bytes, int(random() % 8),
                           "单位名称" + open.repeated(depth) + "备注" + QByteArray(")").repeated(depth - random() % 2));
    }
    case 6: { // many cells naming the same shared string
        QByteArray rows;
        const int count = 1 + int(random() % 5000);
        for (int r = 2; r <= count + 1; ++r)
            rows += "<row r=\"" + QByteArray::number(r) + "\">" + CraftedXlsx::sharedCell(r, int(random() % 3), 0)
                + "</row>";
        if (!strings || !sheet->bytes.contains("<sheetData>"))
            return false;
        sheet->bytes.replace("</sheetData>", rows + "</sheetData>");
        return true;
    }
    default: { // libFuzzer's byte mutations inside one XML part
        CraftedXlsx::Part& part = strings && random() % 2 ? *strings : *sheet;
        const size_t size = size_t(part.bytes.size());
        part.bytes.resize(qsizetype(size * 2 + 64));
        const size_t n
            = LLVMFuzzerMutate(reinterpret_cast<uint8_t*>(part.bytes.data()), size, size_t(part.bytes.size()));
        part.bytes.resize(qsizetype(n));
        return true;
    }
    }
}

} // namespace

extern "C" size_t LLVMFuzzerCustomMutator(uint8_t* data, size_t size, size_t maxSize, unsigned int seed)
{
    std::mt19937 random(seed);
    if (random() % 4 == 0 || size < 4 || data[0] != 'P' || data[1] != 'K')
        return LLVMFuzzerMutate(data, size, maxSize);
    const QString in = filePath("mutate-in.xlsx");
    const QString out = filePath("mutate-out.xlsx");
    {
        QFile file(in);
        if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate)
            || file.write(reinterpret_cast<const char*>(data), qint64(size)) != qint64(size))
            return LLVMFuzzerMutate(data, size, maxSize);
    }
    QList<CraftedXlsx::Part> parts = CraftedXlsx::readZip(in, 4 * 1024 * 1024);
    if (parts.isEmpty() || !mutateParts(parts, random) || !CraftedXlsx::writeZip(out, parts))
        return LLVMFuzzerMutate(data, size, maxSize);
    QFile file(out);
    if (!file.open(QIODevice::ReadOnly) || file.size() > qint64(maxSize))
        return LLVMFuzzerMutate(data, size, maxSize);
    const QByteArray packed = file.readAll();
    std::memcpy(data, packed.constData(), size_t(packed.size()));
    return size_t(packed.size());
}

extern "C" int LLVMFuzzerInitialize(int* argc, char*** argv)
{
    FuzzSupport::startApplication(argc, argv);
    FuzzSupport::demoDatabase();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    {
        QFile file(filePath());
        if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate)
            || file.write(reinterpret_cast<const char*>(data), qint64(size)) != qint64(size))
            std::abort();
    }
    QString error;
    // The guard against inflating too much is tried at a 16 MB limit, so that one run stays short.
    const auto table = size >= 4 && data[0] == 'P' && data[1] == 'K'
        ? TableReader::readXlsx(filePath(), &error, {}, 16 * 1024 * 1024)
        : TableReader::read(filePath(), &error);
    if (table)
        FuzzSupport::previewEverywhere(*table);
    return 0;
}
