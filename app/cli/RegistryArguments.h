// What import, export and template share: the REGISTRY word and the table file's name (.csv or .xlsx).
#pragma once

#include "RegistryImport.h"

#include <QCoreApplication>
#include <optional>

class RegistryArguments final
{
    Q_DECLARE_TR_FUNCTIONS(RegistryArguments)

public:
    // The REGISTRY argument's description: its five words.
    static QString description();
    // The registry a word names, else nullopt and the usage problem in *problem.
    static std::optional<Registry> registry(const QString& word, QString* problem);
    // Whether the file's name ends in .csv or .xlsx (the format comes from it), else the usage problem.
    static bool isTableFile(const QString& path, QString* problem);
};
