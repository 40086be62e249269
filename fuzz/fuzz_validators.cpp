// libFuzzer harness: any text (as UTF-8, and as raw UTF-16 with lone surrogates) through the checks of
// 统一社会信用代码, 身份证号码 and phone numbers; a code the checks accept must end in the check character they
// compute.

#include "Validators.h"

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <cstring>

namespace {

void require(bool condition, const char* what, const QString& text)
{
    if (!condition) {
        std::fprintf(stderr, "%s: %s\n", what, qPrintable(text));
        std::abort();
    }
}

void check(const QString& text)
{
    const QString code = Validators::normalizeCode(text);
    for (const QString& candidate : {text, code}) {
        if (Validators::creditCodeProblem(candidate).isEmpty()) {
            require(candidate.size() == 18, "a valid credit code has 18 characters", candidate);
            require(Validators::creditCodeCheckCharacter(QStringView(candidate).first(17)) == candidate.at(17),
                    "a valid credit code ends in its check character", candidate);
        }
    }
    if (text.size() >= 17)
        (void)Validators::creditCodeCheckCharacter(QStringView(text).first(17));
    if (text.size() >= 8)
        (void)Validators::organizationCodeCheckCharacter(QStringView(text).first(8));
    (void)Validators::looksLikeExcelNumber(text);
    if (Validators::idCardProblem(text).isEmpty()) {
        require(text.size() == 18, "a valid ID number has 18 characters", text);
        require(Validators::idCardCheckCharacter(QStringView(text).first(17)) == text.at(17),
                "a valid ID number ends in its check character", text);
    }
    if (text.size() >= 17)
        (void)Validators::idCardCheckCharacter(QStringView(text).first(17));
    (void)Validators::maskIdCard(text);
    (void)Validators::phoneProblem(text);
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    check(QString::fromUtf8(reinterpret_cast<const char*>(data), qsizetype(size)));
    QString utf16(qsizetype(size / 2), Qt::Uninitialized);
    if (!utf16.isEmpty())
        std::memcpy(utf16.data(), data, size_t(utf16.size()) * 2); // data need not be aligned for char16_t
    check(utf16);
    return 0;
}
