// The publication key of the data file (PublicationKeyOperations; issue 19):
// - `publication-key show`: the key in force — fingerprint, public key, made when and by whom; exit 1 when there
//   is none.
// - `publication-key create`: makes the key (管理员), its passphrase the first line of --passphrase-file FILE or the
//   environment variable SHUANGSUI_PUBLICATION_PASSPHRASE (never an argument: it would stay in the shell's history).
// - `publication-key rotate`: retires the key in force and makes the next one (管理员): the old passphrase as for
//   create, the new one in --new-passphrase-file FILE or SHUANGSUI_NEW_PUBLICATION_PASSPHRASE.
// Passphrase::read is also the publish command's.
#pragma once

#include "Command.h"

#include <optional>

namespace Passphrase {
// The passphrase: the first line of the file in option `fileOption` (its line end stripped) when it is given,
// else the environment variable; nothing (the reason on err) when the file cannot be read. An empty passphrase
// is the core's to refuse.
std::optional<QString> read(Session& session, const QCommandLineParser& parser, const QString& fileOption,
                            const char* environment);
// The option --passphrase-file FILE, the environment variable named.
QCommandLineOption fileOption(const QString& name, const QString& environment);
} // namespace Passphrase

class PublicationKeyShowCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(PublicationKeyShowCommand)

public:
    PublicationKeyShowCommand();
    int run(Session& session, const QCommandLineParser& parser) override;
};

class PublicationKeyCreateCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(PublicationKeyCreateCommand)

public:
    PublicationKeyCreateCommand();
    int run(Session& session, const QCommandLineParser& parser) override;
};

class PublicationKeyRotateCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(PublicationKeyRotateCommand)

public:
    PublicationKeyRotateCommand();
    int run(Session& session, const QCommandLineParser& parser) override;
};
