// A second implementation of draw-spec.md, written from the spec text only, as plainly as possible and slowly:
// the tests compare the engine with it. Shares no code with core/DrawEngine.cpp (QCryptographicHash, not OpenSSL;
// decimal digits by Horner's rule, not by division; a plain sort of whole ticket strings).
#pragma once

#include "DrawRequest.h"

#include <QCryptographicHash>
#include <QHash>
#include <algorithm>
#include <vector>

namespace DrawReference {

inline QByteArray seedHash(const QString& seed)
{
    return QCryptographicHash::hash(seed.toUtf8(), QCryptographicHash::Sha256).toHex();
}

// The decimal digits of a big-endian unsigned number, most significant first, without leading zeros.
inline QByteArray decimal(const QByteArray& bigEndian)
{
    std::vector<int> digits {0}; // least significant first
    for (const char c : bigEndian) {
        int carry = static_cast<unsigned char>(c);
        for (int& d : digits) {
            const int v = d * 256 + carry;
            d = v % 10;
            carry = v / 10;
        }
        while (carry > 0) {
            digits.push_back(carry % 10);
            carry /= 10;
        }
    }
    while (digits.size() > 1 && digits.back() == 0)
        digits.pop_back();
    QByteArray text;
    for (auto it = digits.rbegin(); it != digits.rend(); ++it)
        text += char('0' + *it);
    return text;
}

inline QByteArray ticket(const QString& seed, const QString& id)
{
    const QByteArray h = QCryptographicHash::hash(seedHash(seed) + id.toUtf8(), QCryptographicHash::Sha256);
    QByteArray digits = decimal(h).rightJustified(64, '0');
    std::reverse(digits.begin(), digits.end());
    return "0." + digits;
}

inline QStringList order(const QString& seed, const QStringList& ids)
{
    struct Ticketed
    {
        QByteArray ticket;
        QByteArray id;
        QString text;
    };
    std::vector<Ticketed> all;
    for (const QString& id : ids)
        all.push_back({ticket(seed, id), id.toUtf8(), id});
    // QByteArray compares bytes as unsigned values, a proper prefix first.
    std::sort(all.begin(), all.end(), [](const Ticketed& a, const Ticketed& b) {
        return a.ticket != b.ticket ? a.ticket < b.ticket : a.id < b.id;
    });
    QStringList ordered;
    for (const Ticketed& t : all)
        ordered.append(t.text);
    return ordered;
}

// §3 and §4 as written; on failure, `failedEntity` names the visit without a team.
struct Outcome
{
    DrawResult result;
    QString failedEntity;
    QList<QStringList> teamOrders;
};

inline Outcome draw(const DrawRequest& request)
{
    Outcome outcome;
    DrawResult& result = outcome.result;
    for (const DrawItem& item : request.items) {
        DrawItemResult itemResult {item.code, {}};
        for (const DrawStratum& stratum : item.strata) {
            const qint64 n = stratum.ids.size();
            qint64 k = 0;
            if (stratum.count)
                k = std::min<qint64>(*stratum.count, n);
            else
                k = std::min<qint64>(n, std::max<qint64>((n * *stratum.ratioBp + 9999) / 10000, n > 0 ? 1 : 0));
            const QStringList selected
                = order(request.seed + QStringLiteral("|item|") + item.code, stratum.ids).mid(0, k);
            itemResult.strata.append({stratum.name, selected});
            for (const QString& entity : selected) {
                auto team = std::find_if(result.teams.begin(), result.teams.end(),
                                         [&](const DrawTeam& t) { return t.entity == entity; });
                if (team == result.teams.end())
                    result.teams.append({entity, {item.code}, {}, {}});
                else if (!team->items.contains(item.code))
                    team->items.append(item.code);
            }
        }
        result.items.append(itemResult);
    }

    const DrawTeamRules& rules = request.teams;
    QHash<QString, bool> certified;
    for (const DrawInspector& x : request.inspectors)
        certified.insert(x.id, x.certified);
    QHash<QString, int> load;
    for (DrawTeam& team : result.teams) {
        QStringList eligible;
        for (const DrawInspector& x : request.inspectors) {
            const bool excluded
                = std::any_of(request.exclusions.begin(), request.exclusions.end(),
                              [&](const DrawExclusion& e) { return e.inspector == x.id && e.entity == team.entity; });
            if (!excluded && !(rules.maxTeamsPerInspector > 0 && load.value(x.id) >= rules.maxTeamsPerInspector))
                eligible.append(x.id);
        }
        const QStringList o = order(request.seed + QStringLiteral("|team|") + team.entity, eligible);
        outcome.teamOrders.append(o);
        int certifiedMembers = 0;
        for (const QString& x : o) {
            if (team.members.size() == rules.size)
                break;
            if (certified.value(x) || (rules.size - team.members.size()) > (rules.minCertified - certifiedMembers)) {
                team.members.append(x);
                certifiedMembers += certified.value(x) ? 1 : 0;
            }
        }
        for (const QString& x : o) {
            if (team.backups.size() == (rules.backupFactor - 1) * rules.size)
                break;
            if (!team.members.contains(x))
                team.backups.append(x);
        }
        if (team.members.size() < rules.size || certifiedMembers < rules.minCertified) {
            outcome.failedEntity = team.entity;
            return outcome;
        }
        for (const QString& x : std::as_const(team.members))
            load[x] += 1;
    }
    return outcome;
}

} // namespace DrawReference
