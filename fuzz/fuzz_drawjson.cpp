// libFuzzer harness: the draw files (draw-spec §6) through DrawJson's readers; what is read is written back and must
// read the same, a request that passes its checks is drawn, and a record is verified against the engine.

#include "DrawEngine.h"
#include "DrawRequest.h"

#include <QCoreApplication>

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>

namespace {

// Writing what was read and reading it again gives the same file: the writer and the reader agree.
template<typename T, typename Read> void roundTrip(const T& value, Read read, const char* what)
{
    const QByteArray written = DrawJson::write(value);
    QString error;
    const auto again = read(written, &error);
    if (!again || DrawJson::write(*again) != written) {
        std::fprintf(stderr, "%s does not read back (%s):\n%s\n", what, qPrintable(error), written.constData());
        std::abort();
    }
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int* argc, char*** argv)
{
    static QCoreApplication app(*argc, *argv);
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const QByteArray json = QByteArray::fromRawData(reinterpret_cast<const char*>(data), qsizetype(size));
    QString error;
    // The fast reader of well-formed requests reads what the general one reads: the same request (the same bytes
    // written) or the same message, with either seed rule.
    for (const DrawJson::Seed seed : {DrawJson::Seed::Required, DrawJson::Seed::Absent}) {
        QString fastError, generalError;
        const auto fast = DrawJson::readRequest(json, &fastError, seed);
        const auto general = DrawJson::readRequestGeneral(json, &generalError, seed);
        if (fast.has_value() != general.has_value() || (fast && DrawJson::write(*fast) != DrawJson::write(*general))
            || (!fast && fastError != generalError)) {
            std::fprintf(stderr, "readRequest and readRequestGeneral differ: %s | %s\n", qPrintable(fastError),
                         qPrintable(generalError));
            std::abort();
        }
    }
    if (const auto request = DrawJson::readRequest(json, &error)) {
        roundTrip(
            *request, [](const QByteArray& b, QString* e) { return DrawJson::readRequest(b, e); }, "request");
        (void)DrawJson::frozenRequestHash(*request);
        if (DrawJson::requestProblem(*request).isEmpty())
            (void)DrawEngine::draw(*request, &error);
    }
    if (const auto frozen = DrawJson::readRequest(json, &error, DrawJson::Seed::Absent))
        (void)DrawJson::canonicalFrozenRequest(*frozen);
    if (const auto result = DrawJson::readResult(json, &error))
        roundTrip(
            *result, [](const QByteArray& b, QString* e) { return DrawJson::readResult(b, e); }, "result");
    if (const auto record = DrawJson::readRecord(json, &error)) {
        roundTrip(
            *record, [](const QByteArray& b, QString* e) { return DrawJson::readRecord(b, e); }, "record");
        QString difference;
        (void)DrawEngine::verify(*record, &difference);
    }
    return 0;
}
