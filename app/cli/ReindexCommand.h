// `reindex`: builds the entity search index again from the entities as stored. The program keeps the index itself;
// only a data file changed outside the program (SQL typed into it, which RegistryCheck reports) needs this, or the
// search box would miss an entity by its new name.
#pragma once

#include "Command.h"

class ReindexCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(ReindexCommand)

public:
    ReindexCommand();
    int run(Session& session, const QCommandLineParser& parser) override;
};
