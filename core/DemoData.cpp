#include "DemoData.h"

#include "EntityRepository.h"
#include "RegistryImport.h"
#include "WriteTransaction.h"

bool DemoData::fill(Database& db, QString* error)
{
    QString dummy;
    QString& err = error ? *error : dummy;
    if (EntityRepository(db).count() > 0) {
        err = tr("The data file already holds entities; the demo data goes only into a new, empty file.");
        return false;
    }
    const std::pair<Registry, const char*> files[] = {
        {Registry::Townships, ":/demo/townships.csv"}, {Registry::Items, ":/demo/items.csv"},
        {Registry::Entities, ":/demo/entities.csv"},   {Registry::Inspectors, ":/demo/inspectors.csv"},
        {Registry::Conflicts, ":/demo/conflicts.csv"},
    };
    // One transaction for all five files: the previews read what the earlier files wrote on the same connection.
    WriteTransaction tx(db);
    for (const auto& [registry, path] : files) {
        const ImportPreview preview = RegistryImport::preview(db, registry, QString::fromLatin1(path));
        if (!preview.isUsable()) {
            err = preview.error;
            return false;
        }
        if (preview.count(ImportRow::Verdict::Rejected) > 0) {
            err = tr("The demo file %1 has rejected rows: %2")
                      .arg(QString::fromLatin1(path), preview.rejectionLines().join(QLatin1Char('\n')));
            return false;
        }
        if (!RegistryImport::applyIn(tx, preview, nullptr, &err))
            return false;
    }
    if (tx.commit())
        return true;
    err = tx.error();
    return false;
}
