// libFuzzer harness: CSV bytes as a clerk's file would hold them, through TableReader::readCsv and every
// registry's import preview.

#include "FuzzSupport.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerInitialize(int* argc, char*** argv)
{
    FuzzSupport::startApplication(argc, argv);
    FuzzSupport::demoDatabase();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const QByteArray bytes = QByteArray::fromRawData(reinterpret_cast<const char*>(data), qsizetype(size));
    QString error;
    const auto table = TableReader::readCsv(bytes, &error);
    if (table)
        FuzzSupport::previewEverywhere(*table);
    return 0;
}
