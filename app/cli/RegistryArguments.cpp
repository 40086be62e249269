#include "RegistryArguments.h"

#include <QFileInfo>

QString RegistryArguments::description()
{
    return tr("items, entities, inspectors, conflicts or townships");
}

std::optional<Registry> RegistryArguments::registry(const QString& word, QString* problem)
{
    const auto registry = RegistryImport::registryFromName(word);
    if (!registry)
        *problem = tr("%1 is not a registry: give items, entities, inspectors, conflicts or townships.").arg(word);
    return registry;
}

bool RegistryArguments::isTableFile(const QString& path, QString* problem)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == QLatin1String("csv") || suffix == QLatin1String("xlsx"))
        return true;
    *problem = tr("%1: the file name must end in .csv or .xlsx (Excel workbook).").arg(path);
    return false;
}
