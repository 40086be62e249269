// The draw algorithm `shuangsui-draw/1` (draw-spec.md §2–§5): Rivest's ticket order, the selection of entities,
// the teams, substitutions and the check of a published record. Pure functions of their arguments: no database.
#pragma once

#include "DrawRequest.h"

#include <QByteArrayView>
#include <QCoreApplication>
#include <QDateTime>
#include <array>
#include <optional>

// One team as it stands after the substitutions so far: members and remaining backups in draw order O,
// the members struck out (in the order they were struck), and O itself (the printed sheet numbers by rank in O).
struct DrawTeamState
{
    QString entity;
    QStringList items;
    QStringList members;
    QStringList backups;
    QStringList struckOut;
    QStringList order;
};

class DrawEngine final
{
    Q_DECLARE_TR_FUNCTIONS(DrawEngine)

public:
    // §2. seedHash: lowercase hex of SHA-256(UTF-8(seed)). ticket: "0." followed by the reversed decimal digits.
    static QString seedHash(const QString& seed);
    static QString ticket(const QString& seed, const QString& id);
    static QStringList order(const QString& seed, const QStringList& ids);
    // The same order as positions into ids: order(seed, ids)[i] == ids[orderPositions(seed, ids)[i]].
    static QList<qsizetype> orderPositions(const QString& seed, const QStringList& ids);
    // The first k ids of order(seed, ids), found without sorting the rest.
    static QStringList orderFirst(const QString& seed, const QStringList& ids, qsizetype k);

    // §3 and §4 seeds: seed + "|item|" + code, seed + "|team|" + entity.
    static QString itemSeed(const QString& seed, const QString& itemCode);
    static QString teamSeed(const QString& seed, const QString& entity);
    // §3: the number k of entities a stratum selects.
    static qsizetype sampleSize(const DrawStratum& stratum);

    // §3 and §4. Fails with one sentence if the request breaks a rule, or if a visit cannot get a team
    // (the sentence names the entity). teamOrders, if given, receives O of each team.
    static std::optional<DrawResult> draw(const DrawRequest& request, QString* error,
                                          QList<QStringList>* teamOrders = nullptr);
    // O of result.teams[teamIndex]: the loads come from the members of the earlier teams of the result.
    static QStringList teamOrder(const DrawRequest& request, const DrawResult& result, qsizetype teamIndex);

    // §5. The team of an entity after the record's substitutions, each checked against the rule.
    static std::optional<DrawTeamState> teamNow(const DrawRecord& record, const QString& entity, QString* error);
    // §5. Member `out` of the entity's team cannot attend: appends the substitution the rule gives to the
    // record (extending the backups with the next ids of O when none is left that keeps the team valid).
    static std::optional<DrawSubstitution> substitute(DrawRecord& record, const QString& entity, const QString& out,
                                                      const QString& reason, const QDateTime& at, QString* error);
    // Recomputes the result from the request and replays every substitution; true if all agree (and the seed
    // parts, when the record lists them, make its seed), otherwise `difference` says the first disagreement.
    static bool verify(const DrawRecord& record, QString* difference);

    // Building blocks of the ticket order, public so tests can reach the cases random data never does.
    using Digest = std::array<unsigned char, 32>;
    // The first 9 ticket digits as a number (H mod 10^9, digits reversed): comparing keys compares those digits.
    static quint32 ticketKey(const Digest& h);
    // The ticket's digits after "0.": decimal(h) reversed, padded with '0' to at least 64 digits.
    static QByteArray ticketDigits(const Digest& h);
    // The spec's order: by ticket (byte by byte, a proper prefix first), then by the ids' UTF-8 bytes.
    static bool ticketLess(const Digest& a, QByteArrayView idA, const Digest& b, QByteArrayView idB);
};
