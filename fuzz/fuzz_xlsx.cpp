// libFuzzer harness: bytes as an .xlsx file, written to a temporary file and read by TableReader::read (which
// recognises the format from the content), then previewed as an entity import.

#include "FuzzSupport.h"

#include <QFile>
#include <QTemporaryDir>

#include <cstddef>
#include <cstdint>

namespace {

QString filePath()
{
    static QTemporaryDir dir;
    return dir.filePath(QStringLiteral("fuzz.xlsx"));
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
    // The guard against inflating too much is tried at a 16 MB limit, so that one run stays short.
    const auto table = size >= 4 && data[0] == 'P' && data[1] == 'K'
        ? TableReader::readXlsx(filePath(), &error, {}, 16 * 1024 * 1024)
        : TableReader::read(filePath(), &error);
    if (table)
        FuzzSupport::previewEverywhere(*table);
    return 0;
}
