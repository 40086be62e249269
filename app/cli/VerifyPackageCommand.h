// `verify-package DIR [--key FILE | --fingerprint FP]`: checks a published website package from outside, with no
// data file and no login (PackageCheck::verify): the manifest's signature with the key given (a key file or a
// fingerprint the bureau published elsewhere; without either, the package's own publication-key.txt, which proves
// only that the package is whole), every file's SHA-256 and size, no file missing or added, the draw record, and
// that every published result is of a visit of the draw with a standing team. Exit 0 ("verified" last), 1 with the
// first difference, 2 for a usage error.
#pragma once

#include "Command.h"

class VerifyPackageCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(VerifyPackageCommand)

public:
    VerifyPackageCommand();
    QString usage() const override;
    QString usageProblem(const QCommandLineParser& parser) const override;
    int run(Session& session, const QCommandLineParser& parser) override;
};
