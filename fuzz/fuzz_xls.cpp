// libFuzzer harness: bytes as an .xls file (an OLE2 compound file with a BIFF8 workbook), written to a temporary
// file and read by TableReader::read (which recognises the format from the content: our structure check, then
// FreeXL), then previewed as every registry's import. The seeds in tests/fuzz-corpus/fuzz_xls/ are small workbooks
// LibreOffice wrote from fuzz_xlsx's seeds (features, a 1904 date system, merged ranges) and one cut short.

#include "FuzzSupport.h"

#include <QFile>
#include <QTemporaryDir>

#include <cstddef>
#include <cstdint>

namespace {

QString filePath()
{
    static QTemporaryDir dir;
    return dir.filePath(QStringLiteral("fuzz.xls"));
}

} // namespace

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
    const auto table = TableReader::read(filePath(), &error);
    if (table)
        FuzzSupport::previewEverywhere(*table);
    return 0;
}
