// Writing a registry to a file the clerk opens in Excel (CSV in UTF-8 with BOM, or .xlsx), and the empty template
// to fill in. The columns are the importer's, so an exported file imports back unchanged.
#pragma once

#include "RegistryImport.h"

#include <QCoreApplication>

class RegistryExport final
{
    Q_DECLARE_TR_FUNCTIONS(RegistryExport)

public:
    static QStringList headers(Registry registry);
    static QList<QStringList> rows(Database& db, Registry registry);

    // The format follows the extension (.csv or .xlsx). The export is recorded in the audit trail.
    static bool exportRegistry(Database& db, Registry registry, const QString& path, QString* error,
                               int* rowCount = nullptr);
    static bool exportTemplate(Registry registry, const QString& path, QString* error);
};
