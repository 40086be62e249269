#include "ResultOperations.h"

#include "Database.h"
#include "WriteTransaction.h"

ResultOperations::ResultOperations(Database& db, Actor actor)
    : m_db(db)
    , m_actor(std::move(actor))
{
}

ResultState ResultOperations::state(const ResultRow& row)
{
    return row.latest ? ResultStates::fromKey(row.latest->state) : ResultState::None;
}

QList<ResultAction> ResultOperations::allowed(const ResultRow& row) const
{
    return ResultStates::allowed(m_actor, state(row));
}

Outcome ResultOperations::check(ResultAction action, const ResultRow& row) const
{
    return ResultStates::check(m_actor, action, state(row));
}

Outcome ResultOperations::checkResult(ResultAction action, qint64 resultId, std::optional<ResultRow>* row) const
{
    // The role first, even before the result is looked up: a role that may never do this is told so.
    if (const Outcome o = m_actor.check(ResultStates::transition(action).permission); !o)
        return o;
    const auto found = ResultRepository(m_db).find(resultId);
    if (!found)
        return Outcome::refusedByRule(tr("The result no longer exists."));
    if (row)
        *row = found;
    return check(action, *found);
}

Outcome ResultOperations::write(const std::function<bool(WriteTransaction&, ResultRepository&)>& body)
{
    WriteTransaction tx(m_db);
    ResultRepository results(m_db);
    if (!body(tx, results) || !tx.commit())
        return Outcome::refusedByRule(tx.error());
    return Outcome::done();
}

Outcome ResultOperations::record(qint64 planId, const QString& entity, const QString& itemCode,
                                 ResultVersion& version)
{
    if (const Outcome o = m_actor.check(ResultStates::transition(ResultAction::Record).permission); !o)
        return o;
    if (const QString refusal = ResultRepository(m_db).approvalProblem(planId); !refusal.isEmpty())
        return Outcome::refusedByRule(refusal);
    for (const ResultRow& row : ResultRepository(m_db).planResults(planId))
        if (row.entity == entity && row.itemCode == itemCode)
            if (const Outcome o = check(ResultAction::Record, row); !o)
                return o;
    return write([&](WriteTransaction& tx, ResultRepository& r) {
        return r.create(tx, planId, entity, itemCode, version);
    });
}

Outcome ResultOperations::update(ResultVersion& version)
{
    if (const Outcome o = checkResult(ResultAction::Edit, version.resultId); !o)
        return o;
    return write([&](WriteTransaction& tx, ResultRepository& r) { return r.update(tx, version); });
}

Outcome ResultOperations::correct(ResultVersion& version)
{
    if (const Outcome o = checkResult(ResultAction::Correct, version.resultId); !o)
        return o;
    return write([&](WriteTransaction& tx, ResultRepository& r) { return r.correct(tx, version); });
}

Outcome ResultOperations::submit(qint64 resultId)
{
    return applyToAll(ResultAction::Submit, {resultId});
}

Outcome ResultOperations::approve(qint64 resultId)
{
    return applyToAll(ResultAction::Approve, {resultId});
}

Outcome ResultOperations::publish(qint64 resultId)
{
    return applyToAll(ResultAction::Publish, {resultId});
}

Outcome ResultOperations::returnForRework(qint64 resultId, const QString& comment)
{
    if (const Outcome o = checkResult(ResultAction::Return, resultId); !o)
        return o;
    if (comment.trimmed().isEmpty())
        return Outcome::refusedByRule(tr("Say why the result is returned, so that the clerk knows what to change."));
    return write([&](WriteTransaction& tx, ResultRepository& r) {
        return r.returnForRework(tx, resultId, comment.trimmed());
    });
}

Outcome ResultOperations::applyToAll(ResultAction action, const QList<qint64>& resultIds, const Progress& progress)
{
    if (action != ResultAction::Submit && action != ResultAction::Approve && action != ResultAction::Publish)
        return Outcome::refusedByRule(tr("Only submitting, approving and publishing act on many results at once."));
    if (const Outcome o = m_actor.check(ResultStates::transition(action).permission); !o)
        return o;
    for (qint64 id : resultIds)
        if (const Outcome o = checkResult(action, id); !o)
            return o;
    WriteTransaction tx(m_db);
    ResultRepository results(m_db);
    const int total = int(resultIds.size());
    for (int i = 0; i < total; ++i) {
        const qint64 id = resultIds.at(i);
        bool ok = false;
        switch (action) {
        case ResultAction::Submit:
            ok = results.submit(tx, id);
            break;
        case ResultAction::Approve:
            ok = results.review(tx, id);
            break;
        case ResultAction::Publish:
            ok = results.publish(tx, id);
            break;
        default:
            break;
        }
        if (!ok)
            return Outcome::refusedByRule(tx.error());
        if (progress && !progress(i + 1, total))
            return Outcome::refusedByRule(tr("Cancelled: nothing was changed."));
    }
    if (!tx.commit())
        return Outcome::failed(tx.error());
    return Outcome::done();
}

Outcome ResultOperations::addFollowUp(FollowUpVisit& visit)
{
    if (const Outcome o = checkResult(ResultAction::AddFollowUp, visit.resultId); !o)
        return o;
    return write([&](WriteTransaction& tx, ResultRepository& r) { return r.addFollowUp(tx, visit); });
}

Outcome ResultOperations::attach(qint64 resultId, const QString& file, const QString& description,
                                 std::optional<Attachment>* attachment)
{
    if (const Outcome o = checkResult(ResultAction::Attach, resultId); !o)
        return o;
    return write([&](WriteTransaction& tx, ResultRepository& r) {
        const auto added = r.addAttachment(tx, resultId, file, description);
        if (attachment)
            *attachment = added;
        return added.has_value();
    });
}
