// `audit verify`: checks that the audit trail is whole and unaltered (its hash chain), and that the registries are
// still what it says. Prints "audit trail verified: N entries", or names the first bad entry (exit 1).
#pragma once

#include "Command.h"

class AuditCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(AuditCommand)

public:
    AuditCommand();
    int run(Session& session, const QCommandLineParser& parser) override;
};
