// libFuzzer harness: any bytes as a package's manifest.json (PackageManifest::read, what verify-package reads from a
// folder anyone may have made). A manifest that reads must write back to bytes that read to the same manifest
// (toJson is the one form), with names that stay inside the package's folder.

#include "PackageManifest.h"

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>

namespace {

void require(bool condition, const char* what)
{
    if (!condition) {
        std::fprintf(stderr, "%s\n", what);
        std::abort();
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char*>(data), qsizetype(size));
    QString error;
    const auto manifest = PackageManifest::read(bytes, &error);
    if (!manifest) {
        require(!error.isEmpty(), "a refused manifest says why");
        return 0;
    }
    for (const ManifestFile& f : manifest->files)
        require(!f.name.contains(QLatin1Char('/')) && !f.name.contains(QLatin1Char('\\')) && !f.name.startsWith('.'),
                "a listed name is a file of the folder");
    const QByteArray written = manifest->toJson();
    const auto again = PackageManifest::read(written, &error);
    require(again.has_value(), "the written form reads back");
    require(again->toJson() == written, "the written form is stable");
    return 0;
}
