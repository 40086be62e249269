#include "BackupOperations.h"

#include "Database.h"

#include <QFileInfo>

namespace {

bool sameFile(const QString& a, const QString& b)
{
    return QFileInfo(a).absoluteFilePath() == QFileInfo(b).absoluteFilePath();
}

} // namespace

BackupOperations::BackupOperations(Database& db, Actor actor)
    : m_db(db)
    , m_actor(std::move(actor))
{ }

Outcome BackupOperations::checkBackup() const
{
    return m_actor.check(Access::Permission::View);
}

Outcome BackupOperations::checkRestore() const
{
    return m_actor.check(Access::Permission::Restore);
}

Outcome BackupOperations::backup(const QString& target, bool replace, qint64* bytes)
{
    if (auto o = checkBackup(); !o)
        return o;
    // DataBackup refuses these two with its sentence: the data file itself, and a file there without `replace`.
    const bool againstTheRules = sameFile(target, m_db.path()) || (QFileInfo::exists(target) && !replace);
    QString error;
    if (!DataBackup::writeBackup(m_db, target, replace, {}, &error, bytes))
        return againstTheRules ? Outcome::refusedByRule(error) : Outcome::failed(error);
    return Outcome::done();
}

Outcome BackupOperations::prepareRestore(const QString& source, std::optional<RestoreCandidate>* candidate)
{
    if (auto o = checkRestore(); !o)
        return o;
    // Not a backup of this program, unreadable, the data file itself, or of a newer data version.
    QString error;
    auto prepared = DataBackup::prepareRestore(m_db.path(), source, &error);
    if (!prepared)
        return Outcome::refusedByRule(error);
    if (!DataBackup::keepsAnAdministrator(m_db, *prepared, &error)) {
        DataBackup::discard(*prepared);
        return Outcome::refusedByRule(error);
    }
    if (candidate)
        *candidate = std::move(prepared);
    else
        DataBackup::discard(*prepared);
    return Outcome::done();
}

Outcome BackupOperations::restore(const RestoreCandidate& candidate, QString* keptCopy)
{
    if (auto o = checkRestore(); !o) {
        DataBackup::discard(candidate);
        return o;
    }
    QString error;
    if (!DataBackup::keepsAnAdministrator(m_db, candidate, &error)) {
        DataBackup::discard(candidate);
        return Outcome::refusedByRule(error);
    }
    if (!DataBackup::restore(m_db, candidate, keptCopy, &error))
        return Outcome::failed(error);
    return Outcome::done();
}

void BackupOperations::discard(const RestoreCandidate& candidate)
{
    DataBackup::discard(candidate);
}
