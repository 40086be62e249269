// OpenSSL's low-level SHA-256 functions (deprecated since OpenSSL 3.0, still built by Debian and vcpkg) let a ticket
// start from the state after its 64-byte prefix; see TicketHasher.
#define OPENSSL_SUPPRESS_DEPRECATED

#include "DrawEngine.h"

#include <QHash>
#include <QStringEncoder>
#include <QtEndian>
#include <algorithm>
#include <bit>
#include <cstring>
#include <openssl/sha.h>
#include <utility>
#include <vector>

namespace {

// ---------------------------------------------------------------------------------------------------------------
// The sort key: the ticket's first 9 digits, i.e. H mod 10^9 with its 9 digits reversed. It fits in 32 bits, so
// an entry (key, position) is 8 bytes, and costs a few multiplications: H mod 10^9 is the sum of H's eight 32-bit
// words times 2^(32 j) mod 10^9, in two 64-bit sums of four. Among n ids about n² / (2 · 10^9) pairs share a key
// (500 for a million ids); only those are compared by their full tickets.

constexpr quint64 billion = 1000000000U;

struct WordWeights
{
    quint64 w[8]; // 2^(32 j) mod 10^9
    constexpr WordWeights()
        : w {}
    {
        w[0] = 1;
        for (int j = 1; j < 8; ++j)
            w[j] = (w[j - 1] << 32) % billion;
    }
};
constexpr WordWeights weights;

// The digits of 0 … 9999 (as four digits) in reverse order.
struct Reversals
{
    quint16 r[10000];
    constexpr Reversals()
        : r {}
    {
        for (int i = 0; i < 10000; ++i)
            r[i] = quint16(i % 10 * 1000 + i / 10 % 10 * 100 + i / 100 % 10 * 10 + i / 1000);
    }
};
constexpr Reversals reversals;

quint32 sortKey(const unsigned char* h)
{
    // Word j (from the low end) is bytes 28 - 4j … 31 - 4j; four products below 2^32 · 10^9 stay below 2^64.
    quint64 low = 0;
    quint64 high = 0;
    for (int j = 0; j < 4; ++j) {
        low += quint64(qFromBigEndian<quint32>(h + 28 - 4 * j)) * weights.w[j];
        high += quint64(qFromBigEndian<quint32>(h + 12 - 4 * j)) * weights.w[j + 4];
    }
    quint64 x = low % billion + high % billion;
    if (x >= billion)
        x -= billion;
    // x = d8 · 10^8 + g1 · 10^4 + g0: reverse the two four-digit groups by the table.
    const auto q1 = quint32(x / 10000U);
    const quint32 d8 = q1 / 10000U;
    return quint32(reversals.r[x - q1 * 10000U]) * 100000U + quint32(reversals.r[q1 - d8 * 10000U]) * 10U + d8;
}

int compareTickets(const DrawEngine::Digest& a, const DrawEngine::Digest& b)
{
    const quint32 keyA = sortKey(a.data());
    const quint32 keyB = sortKey(b.data());
    if (keyA != keyB)
        return keyA < keyB ? -1 : 1;
    return DrawEngine::ticketDigits(a).compare(DrawEngine::ticketDigits(b));
}

bool utf8Less(QByteArrayView a, QByteArrayView b)
{
    return std::lexicographical_compare(a.begin(), a.end(), b.begin(), b.end(), [](char x, char y) {
        return static_cast<unsigned char>(x) < static_cast<unsigned char>(y);
    });
}

// ---------------------------------------------------------------------------------------------------------------
// SHA-256 of seedHash(S) + id. The prefix seedHash(S) is 64 characters, exactly one SHA-256 block: its state is
// computed once per seed, and each ticket copies that state and compresses one more block, the id padded by hand as
// SHA-256 pads (an id of up to 55 bytes; a longer one goes through SHA256_Update and SHA256_Final). That is half the
// blocks of hashing the whole input, with no allocation and no provider dispatch per ticket (the EVP interface
// allocates inside every EVP_DigestInit_ex2 in OpenSSL 3.0). tst_draw_order compares every path with
// QCryptographicHash over the whole input.

class TicketHasher final
{
public:
    TicketHasher()
        : m_buffer(256)
    {
        SHA256_Init(&m_prefix);
    }

    // seedHash(S): the lowercase hex of SHA-256 of S's UTF-8 bytes (the low-level calls: OpenSSL 3's one-shot SHA256()
    // fetches the digest anew on every call, once per visit in a draw).
    static std::array<char, 64> hexOf(QByteArrayView utf8)
    {
        SHA256_CTX ctx;
        SHA256_Init(&ctx);
        SHA256_Update(&ctx, utf8.data(), size_t(utf8.size()));
        DrawEngine::Digest d;
        SHA256_Final(d.data(), &ctx);
        static const char digits[] = "0123456789abcdef";
        std::array<char, 64> hex;
        for (size_t i = 0; i < 32; ++i) {
            hex[2 * i] = digits[d[i] >> 4];
            hex[2 * i + 1] = digits[d[i] & 0xF];
        }
        return hex;
    }

    // Sets S: the following tickets are for seedHash(S) + id.
    void setSeed(QStringView seed)
    {
        const std::array<char, 64> hex = hexOf(utf8(seed));
        SHA256_Init(&m_prefix);
        SHA256_Update(&m_prefix, hex.data(), 64);
    }

    // The digest of seedHash(S) + the id's UTF-8 bytes.
    void digest(QByteArrayView id, unsigned char* out) const
    {
        SHA256_CTX ctx = m_prefix;
        const auto size = size_t(id.size());
        if (size > 55) {
            SHA256_Update(&ctx, id.data(), size);
            SHA256_Final(out, &ctx);
            return;
        }
        // The last block: the id, the bit 1, zeros, and the length of the whole input in bits (big-endian).
        unsigned char block[64];
        std::memcpy(block, id.data(), size);
        block[size] = 0x80;
        std::memset(block + size + 1, 0, 55 - size);
        qToBigEndian(quint64(64 + size) * 8, block + 56);
        SHA256_Transform(&ctx, block);
        for (int i = 0; i < 8; ++i)
            qToBigEndian(quint32(ctx.h[i]), out + 4 * i);
    }

    void digest(QStringView id, unsigned char* out) { digest(utf8(id), out); }

    template<typename Id> quint32 key(Id id)
    {
        DrawEngine::Digest d;
        digest(id, d.data());
        return sortKey(d.data());
    }

    // The rare path, for two ids whose keys are equal: the full tickets, then the ids.
    bool tieLess(QStringView a, QStringView b)
    {
        DrawEngine::Digest da;
        DrawEngine::Digest db;
        digest(a, da.data());
        digest(b, db.data());
        const int byTicket = compareTickets(da, db);
        return byTicket != 0 ? byTicket < 0 : utf8Less(a.toUtf8(), b.toUtf8());
    }
    bool tieLess(QByteArrayView a, QByteArrayView b) const
    {
        DrawEngine::Digest da;
        DrawEngine::Digest db;
        digest(a, da.data());
        digest(b, db.data());
        const int byTicket = compareTickets(da, db);
        return byTicket != 0 ? byTicket < 0 : utf8Less(a, b);
    }

private:
    // The text's UTF-8 bytes, in a buffer reused until the next call.
    QByteArrayView utf8(QStringView text)
    {
        const qsizetype need = m_encoder.requiredSpace(text.size());
        if (qsizetype(m_buffer.size()) < need)
            m_buffer.resize(size_t(need));
        // Ids are mostly ASCII (credit codes, registry codes): copy those characters, encode the rest.
        char* end = m_buffer.data();
        const char16_t* utf16 = text.utf16();
        qsizetype i = 0;
        for (; i < text.size() && utf16[i] < 0x80; ++i)
            *end++ = char(utf16[i]);
        if (i < text.size())
            end = m_encoder.appendToBuffer(end, text.mid(i));
        return QByteArrayView(m_buffer.data(), end - m_buffer.data());
    }

    SHA256_CTX m_prefix;
    std::vector<char> m_buffer;
    QStringEncoder m_encoder {QStringEncoder::Utf8, QStringEncoder::Flag::Stateless};
};

struct Entry
{
    quint32 key;
    quint32 index;
};

// The first k positions of a long list in order, from the keys of all its ids: keys are uniform below 10^9 < 2^30,
// so their top bits spread the positions evenly over about n / 8 buckets. One pass counts the buckets, one puts the
// positions of the buckets that hold the first k in place, and each of those small buckets is sorted with the full
// comparison. Only the keys (4 bytes an id) are kept for the whole list: memory touched for the first time is what a
// long list costs most, and a 5 % sample needs a quarter of the memory that (key, position) entries would take.
template<typename Less> std::vector<Entry> firstInOrder(const std::vector<quint32>& keys, size_t k, const Less& less)
{
    const int bits = std::min(30, int(std::bit_width(keys.size() / 8)));
    const int shift = 30 - bits;
    std::vector<quint32> start((size_t(1) << bits) + 1, 0); // start[b]: the entries in buckets before b
    for (const quint32 key : keys)
        ++start[(key >> shift) + 1];
    for (size_t b = 1; b < start.size(); ++b)
        start[b] += start[b - 1];
    size_t buckets = 0; // the buckets before this one hold the first k entries
    while (start[buckets] < k)
        ++buckets;
    std::vector<Entry> first(start[buckets]);
    std::vector<quint32> next(start.begin(), start.begin() + qsizetype(buckets));
    for (size_t i = 0; i < keys.size(); ++i) {
        const size_t b = keys[i] >> shift;
        if (b < buckets)
            first[next[b]++] = Entry {keys[i], quint32(i)};
    }
    for (size_t b = 0; b < buckets; ++b) {
        if (start[b + 1] - start[b] > 1)
            std::sort(first.begin() + start[b], first.begin() + start[b + 1], less);
    }
    first.resize(k);
    return first;
}

// The positions 0 … n-1 of ids (idAt(i)) in ticket order; only the first k when k < n.
template<typename IdAt> std::vector<Entry> orderedEntries(TicketHasher& hasher, qsizetype n, IdAt idAt, qsizetype k)
{
    const auto less = [&](const Entry& a, const Entry& b) {
        if (a.key != b.key)
            return a.key < b.key;
        return hasher.tieLess(idAt(a.index), idAt(b.index));
    };
    if (n >= 4096) {
        std::vector<quint32> keys(static_cast<size_t>(n));
        for (qsizetype i = 0; i < n; ++i)
            keys[size_t(i)] = hasher.key(idAt(i));
        return firstInOrder(keys, size_t(k), less);
    }
    std::vector<Entry> entries(static_cast<size_t>(n));
    for (qsizetype i = 0; i < n; ++i)
        entries[size_t(i)] = Entry {hasher.key(idAt(i)), quint32(i)};
    if (k < n) {
        std::nth_element(entries.begin(), entries.begin() + k, entries.end(), less);
        entries.resize(size_t(k));
    }
    std::sort(entries.begin(), entries.end(), less);
    return entries;
}

std::vector<Entry> orderedEntries(TicketHasher& hasher, const QStringList& ids, qsizetype k)
{
    return orderedEntries(
        hasher, ids.size(), [&ids](qsizetype i) { return QStringView(ids[i]); }, k);
}

QStringList orderedIds(TicketHasher& hasher, const QStringList& ids, qsizetype k)
{
    const std::vector<Entry> entries = orderedEntries(hasher, ids, k);
    QStringList ordered(qsizetype(entries.size()));
    QString* out = ordered.data();
    if (qsizetype(entries.size()) < ids.size() / 8) {
        for (const Entry& e : entries)
            *out++ = ids[e.index];
        return ordered;
    }
    // Copying many strings in ticket order would touch their reference counts in random order: copy them in the
    // input's order instead, each to its place in the output.
    std::vector<quint32> place(size_t(ids.size()), quint32(-1));
    for (size_t r = 0; r < entries.size(); ++r)
        place[entries[r].index] = quint32(r);
    for (qsizetype i = 0; i < ids.size(); ++i) {
        if (place[size_t(i)] != quint32(-1))
            out[place[size_t(i)]] = ids[i];
    }
    return ordered;
}

QString listed(const QStringList& ids)
{
    return ids.isEmpty() ? DrawEngine::tr("(none)") : ids.join(QStringLiteral(", "));
}

// Forms teams visit by visit (§4), keeping the inspectors' loads; used by the draw and to recompute one O.
class TeamFormer final
{
public:
    explicit TeamFormer(const DrawRequest& request)
        : m_request(request)
        , m_load(request.inspectors.size(), 0)
    {
        m_ids.reserve(size_t(request.inspectors.size()));
        for (int i = 0; i < request.inspectors.size(); ++i) {
            m_index.insert(request.inspectors[i].id, i);
            m_ids.push_back(request.inspectors[i].id.toUtf8()); // hashed once per visit: encoded once
        }
        for (const DrawExclusion& e : request.exclusions) {
            const auto it = m_index.constFind(e.inspector);
            if (it != m_index.constEnd())
                m_excluded[e.entity].append(it.value());
        }
        m_eligible.reserve(request.inspectors.size());
    }

    // O for the entity with the current loads: inspector positions in ticket order.
    std::vector<Entry> order(const QString& entity)
    {
        findEligible(entity);
        std::vector<Entry> entries = orderedEntries(
            m_hasher, m_eligible.size(), [this](qsizetype i) { return QByteArrayView(m_ids[size_t(m_eligible[i])]); },
            m_eligible.size());
        for (Entry& e : entries)
            e.index = quint32(m_eligible[e.index]);
        return entries;
    }

    // The draw's common case, without ordering all of O: members and backups (§4) come from the first few
    // inspectors of O, so only those are put in order (a partial sort with the same comparison). On success the
    // team is formed and its members' loads counted. False, with the team untouched, when those first inspectors
    // are not enough (few certified ones left, or a team that cannot be formed): the caller then orders all of O.
    bool formQuickly(DrawTeam& team)
    {
        findEligible(team.entity);
        const DrawTeamRules& rules = m_request.teams;
        const qint64 backups = qint64(rules.backupFactor - 1) * rules.size;
        const size_t eligible = size_t(m_eligible.size());
        const size_t first
            = size_t(std::min<qint64>(qint64(eligible), std::max<qint64>(2 * (rules.size + backups), 16)));
        const auto less = [this](const Entry& a, const Entry& b) {
            if (a.key != b.key)
                return a.key < b.key;
            return m_hasher.tieLess(QByteArrayView(m_ids[a.index]), QByteArrayView(m_ids[b.index]));
        };
        // The first `first` inspectors of O in order: an eligible inspector goes in at its place when it comes before
        // the last of those kept so far (about a third of a hundred do).
        m_entries.clear();
        for (const int i : std::as_const(m_eligible)) {
            const Entry e {m_hasher.key(QByteArrayView(m_ids[size_t(i)])), quint32(i)};
            if (m_entries.size() == first) {
                if (!less(e, m_entries.back()))
                    continue;
                m_entries.pop_back();
            }
            m_entries.insert(std::upper_bound(m_entries.begin(), m_entries.end(), e, less), e);
        }
        m_members.clear();
        int certified = 0;
        for (size_t r = 0; r < first && qsizetype(m_members.size()) < rules.size; ++r) {
            const DrawInspector& x = m_request.inspectors[m_entries[r].index];
            if (x.certified || (rules.size - qsizetype(m_members.size())) > (rules.minCertified - certified)) {
                m_members.push_back(m_entries[r].index);
                certified += x.certified ? 1 : 0;
            }
        }
        if (qsizetype(m_members.size()) < rules.size || certified < rules.minCertified)
            return false;
        QStringList backupIds;
        backupIds.reserve(backups);
        for (size_t r = 0; r < first && backupIds.size() < backups; ++r) {
            if (std::find(m_members.cbegin(), m_members.cend(), m_entries[r].index) == m_members.cend())
                backupIds.append(m_request.inspectors[m_entries[r].index].id);
        }
        if (backupIds.size() < backups && first < eligible)
            return false;
        team.members.reserve(rules.size);
        for (const quint32 i : std::as_const(m_members)) {
            team.members.append(m_request.inspectors[i].id);
            ++m_load[i];
        }
        team.backups = std::move(backupIds);
        return true;
    }

    // The inspectors eligible for the entity with the current loads (m_eligible), and S = the entity's team seed.
    void findEligible(const QString& entity)
    {
        m_isExcluded.assign(size_t(m_request.inspectors.size()), 0);
        const auto excluded = m_excluded.constFind(entity);
        if (excluded != m_excluded.constEnd()) {
            for (const int i : excluded.value())
                m_isExcluded[size_t(i)] = 1;
        }
        const int limit = m_request.teams.maxTeamsPerInspector;
        m_eligible.clear();
        for (int i = 0; i < m_request.inspectors.size(); ++i) {
            if (!m_isExcluded[size_t(i)] && (limit == 0 || m_load[size_t(i)] < limit))
                m_eligible.append(i);
        }
        m_hasher.setSeed(DrawEngine::teamSeed(m_request.seed, entity));
    }

    void serve(const QStringList& members)
    {
        for (const QString& id : members) {
            const auto it = m_index.constFind(id);
            if (it != m_index.constEnd())
                ++m_load[size_t(it.value())];
        }
    }

    // Members and backups from O (§4); false with a sentence naming the entity if the team cannot be formed.
    bool form(DrawTeam& team, const std::vector<Entry>& order, QString* error)
    {
        const DrawTeamRules& rules = m_request.teams;
        std::vector<char> member(size_t(m_request.inspectors.size()), 0);
        int certified = 0;
        int eligibleCertified = 0;
        for (const Entry& e : order) {
            const DrawInspector& x = m_request.inspectors[e.index];
            eligibleCertified += x.certified ? 1 : 0;
            if (team.members.size() == rules.size)
                continue;
            if (x.certified || (rules.size - team.members.size()) > (rules.minCertified - certified)) {
                team.members.append(x.id);
                member[e.index] = 1;
                certified += x.certified ? 1 : 0;
            }
        }
        if (team.members.size() < rules.size || certified < rules.minCertified) {
            if (error)
                *error = DrawEngine::tr("Not enough eligible inspectors for %1: a team needs %2, at least %3 of them "
                                        "certified, but after exclusions and load limits %4 are eligible, %5 of "
                                        "them certified.")
                             .arg(team.entity)
                             .arg(rules.size)
                             .arg(rules.minCertified)
                             .arg(order.size())
                             .arg(eligibleCertified);
            return false;
        }
        const qint64 backups = qint64(rules.backupFactor - 1) * rules.size;
        for (const Entry& e : order) {
            if (team.backups.size() == backups)
                break;
            if (!member[e.index])
                team.backups.append(m_request.inspectors[e.index].id);
        }
        return true;
    }

private:
    const DrawRequest& m_request;
    TicketHasher m_hasher;
    std::vector<int> m_load;
    QHash<QString, int> m_index;
    std::vector<QByteArray> m_ids; // the inspectors' ids in UTF-8
    QHash<QString, QList<int>> m_excluded;
    QList<int> m_eligible;
    std::vector<char> m_isExcluded;
    std::vector<Entry> m_entries;
    std::vector<quint32> m_members;
};

// Applies substitutions to teams one after the other, checking each against the rule (§5).
class SubstitutionLedger final
{
public:
    SubstitutionLedger(const DrawRequest& request, const DrawResult& result)
        : m_request(request)
        , m_result(result)
    {
        for (qsizetype i = 0; i < result.teams.size(); ++i)
            m_teamIndex.insert(result.teams[i].entity, i);
        for (const DrawInspector& x : request.inspectors)
            m_certified.insert(x.id, x.certified);
    }

    // The team's state so far; nullptr if no team is for that entity.
    DrawTeamState* team(const QString& entity)
    {
        const auto it = m_states.find(entity);
        if (it != m_states.end())
            return &it.value();
        const auto index = m_teamIndex.constFind(entity);
        if (index == m_teamIndex.constEnd())
            return nullptr;
        const DrawTeam& t = m_result.teams[index.value()];
        DrawTeamState state {t.entity,  t.items, t.members,
                             t.backups, {},      DrawEngine::teamOrder(m_request, m_result, index.value())};
        return &m_states.insert(entity, state).value();
    }

    // The replacement the rule gives for `out`, extending the backups from O when needed; empty if nobody is left.
    QString replacement(DrawTeamState& state, const QString& out)
    {
        QStringList remaining = state.members;
        remaining.removeOne(out);
        int need = m_request.teams.minCertified;
        for (const QString& x : remaining)
            need -= m_certified.value(x) ? 1 : 0;
        for (const QString& b : std::as_const(state.backups)) {
            if (need <= 0 || m_certified.value(b))
                return b;
        }
        for (const QString& x : std::as_const(state.order)) {
            if (state.members.contains(x) || state.backups.contains(x) || state.struckOut.contains(x))
                continue;
            state.backups.append(x);
            if (need <= 0 || m_certified.value(x))
                return x;
        }
        return {};
    }

    void apply(DrawTeamState& state, const QString& out, const QString& in)
    {
        state.members.removeOne(out);
        state.struckOut.append(out);
        state.backups.removeOne(in);
        state.members.append(in);
        std::sort(state.members.begin(), state.members.end(), [&state](const QString& a, const QString& b) {
            return state.order.indexOf(a) < state.order.indexOf(b);
        });
    }

    // Replays substitution number `number` (1-based, for messages); false with the disagreement in words.
    bool replay(const DrawSubstitution& s, qsizetype number, QString* error)
    {
        DrawTeamState* state = team(s.entity);
        if (!state) {
            *error = DrawEngine::tr("Substitution no. %1: there is no team for %2.").arg(number).arg(s.entity);
            return false;
        }
        if (!state->members.contains(s.out)) {
            *error = DrawEngine::tr("Substitution no. %1: %2 is not a member of the team for %3 at that point "
                                    "(members: %4).")
                         .arg(number)
                         .arg(s.out, s.entity, listed(state->members));
            return false;
        }
        const QString expected = replacement(*state, s.out);
        if (expected != s.in) {
            *error = expected.isEmpty()
                ? DrawEngine::tr("Substitution no. %1 (team for %2): %3 replaced %4, but nobody is left in the draw "
                                 "order to replace %4.")
                      .arg(number)
                      .arg(s.entity, s.in, s.out)
                : DrawEngine::tr("Substitution no. %1 (team for %2): %3 replaced %4, but the rule gives %5.")
                      .arg(number)
                      .arg(s.entity, s.in, s.out, expected);
            return false;
        }
        apply(*state, s.out, s.in);
        return true;
    }

private:
    const DrawRequest& m_request;
    const DrawResult& m_result;
    QHash<QString, qsizetype> m_teamIndex;
    QHash<QString, bool> m_certified;
    QHash<QString, DrawTeamState> m_states;
};

QString firstListDifference(const QStringList& recorded, const QStringList& drawn)
{
    if (recorded == drawn)
        return {};
    return DrawEngine::tr("the record lists %1, the draw gives %2").arg(listed(recorded), listed(drawn));
}

} // namespace

// -------------------------------------------------------------------------------------------------------------------

quint32 DrawEngine::ticketKey(const Digest& h)
{
    return sortKey(h.data());
}

QByteArray DrawEngine::ticketDigits(const Digest& h)
{
    // Schoolbook division of the 256-bit number by 10^9 gives its decimal digits from the low end: exactly the
    // reversed order the ticket wants.
    quint32 limbs[8];
    for (int i = 0; i < 8; ++i)
        limbs[i] = qFromBigEndian<quint32>(h.data() + 4 * i);
    QByteArray digits;
    digits.reserve(81);
    for (int chunk = 0; chunk < 9; ++chunk) {
        quint64 remainder = 0;
        for (quint32& limb : limbs) {
            const quint64 current = (remainder << 32) | limb;
            limb = quint32(current / 1000000000U);
            remainder = current % 1000000000U;
        }
        for (int d = 0; d < 9; ++d) {
            digits += char('0' + remainder % 10);
            remainder /= 10;
        }
    }
    // decimal(H) has no leading zeros; padded to at least 64 digits, so only zeros beyond the 64th may go.
    while (digits.size() > 64 && digits.endsWith('0'))
        digits.chop(1);
    return digits;
}

bool DrawEngine::ticketLess(const Digest& a, QByteArrayView idA, const Digest& b, QByteArrayView idB)
{
    const int byTicket = compareTickets(a, b);
    return byTicket != 0 ? byTicket < 0 : utf8Less(idA, idB);
}

QString DrawEngine::seedHash(const QString& seed)
{
    const std::array<char, 64> hex = TicketHasher::hexOf(seed.toUtf8());
    return QString::fromLatin1(hex.data(), qsizetype(hex.size()));
}

QString DrawEngine::ticket(const QString& seed, const QString& id)
{
    TicketHasher hasher;
    hasher.setSeed(seed);
    Digest d;
    hasher.digest(id, d.data());
    return QStringLiteral("0.") + QString::fromLatin1(ticketDigits(d));
}

QStringList DrawEngine::order(const QString& seed, const QStringList& ids)
{
    return orderFirst(seed, ids, ids.size());
}

QList<qsizetype> DrawEngine::orderPositions(const QString& seed, const QStringList& ids)
{
    TicketHasher hasher;
    hasher.setSeed(seed);
    QList<qsizetype> positions;
    positions.reserve(ids.size());
    for (const Entry& e : orderedEntries(hasher, ids, ids.size()))
        positions.append(e.index);
    return positions;
}

QStringList DrawEngine::orderFirst(const QString& seed, const QStringList& ids, qsizetype k)
{
    TicketHasher hasher;
    hasher.setSeed(seed);
    return orderedIds(hasher, ids, std::clamp<qsizetype>(k, 0, ids.size()));
}

QString DrawEngine::itemSeed(const QString& seed, const QString& itemCode)
{
    return seed + QStringLiteral("|item|") + itemCode;
}

QString DrawEngine::teamSeed(const QString& seed, const QString& entity)
{
    return seed + QStringLiteral("|team|") + entity;
}

qsizetype DrawEngine::sampleSize(const DrawStratum& stratum)
{
    const qint64 n = stratum.ids.size();
    if (stratum.count)
        return qsizetype(std::clamp<qint64>(*stratum.count, 0, n));
    const qint64 r = stratum.ratioBp.value_or(0);
    return qsizetype(std::min(n, std::max((n * r + 9999) / 10000, n > 0 ? qint64(1) : qint64(0))));
}

std::optional<DrawResult> DrawEngine::draw(const DrawRequest& request, QString* error, QList<QStringList>* teamOrders)
{
    const QString problem = DrawJson::requestProblem(request);
    if (!problem.isEmpty()) {
        if (error)
            *error = problem;
        return std::nullopt;
    }
    DrawResult result;
    qsizetype selections = 0; // at least as many as the visits
    for (const DrawItem& item : request.items) {
        for (const DrawStratum& stratum : item.strata)
            selections += sampleSize(stratum);
    }
    result.teams.reserve(selections);
    TicketHasher hasher;
    QHash<QString, qsizetype> visitOf;
    visitOf.reserve(selections);
    for (const DrawItem& item : request.items) {
        hasher.setSeed(itemSeed(request.seed, item.code));
        DrawItemResult itemResult {item.code, {}};
        const QStringList onlyThisItem {item.code}; // shared by the visits it starts, until one gets another item
        for (const DrawStratum& stratum : item.strata) {
            DrawStratumResult selection {stratum.name, orderedIds(hasher, stratum.ids, sampleSize(stratum))};
            for (const QString& entity : std::as_const(selection.selected)) {
                const auto it = visitOf.constFind(entity);
                if (it == visitOf.constEnd()) {
                    visitOf.insert(entity, result.teams.size());
                    result.teams.append(DrawTeam {entity, onlyThisItem, {}, {}});
                } else if (result.teams[it.value()].items.constLast() != item.code) {
                    result.teams[it.value()].items.append(item.code);
                }
            }
            itemResult.strata.append(std::move(selection));
        }
        result.items.append(std::move(itemResult));
    }

    TeamFormer former(request);
    if (teamOrders)
        teamOrders->clear();
    for (DrawTeam& team : result.teams) {
        if (!teamOrders && former.formQuickly(team))
            continue;
        const std::vector<Entry> order = former.order(team.entity);
        if (!former.form(team, order, error))
            return std::nullopt;
        former.serve(team.members);
        if (teamOrders) {
            QStringList ids;
            ids.reserve(qsizetype(order.size()));
            for (const Entry& e : order)
                ids.append(request.inspectors[e.index].id);
            teamOrders->append(ids);
        }
    }
    return result;
}

QStringList DrawEngine::teamOrder(const DrawRequest& request, const DrawResult& result, qsizetype teamIndex)
{
    if (teamIndex < 0 || teamIndex >= result.teams.size())
        return {};
    TeamFormer former(request);
    for (qsizetype i = 0; i < teamIndex; ++i)
        former.serve(result.teams[i].members);
    QStringList ids;
    for (const Entry& e : former.order(result.teams[teamIndex].entity))
        ids.append(request.inspectors[e.index].id);
    return ids;
}

std::optional<DrawTeamState> DrawEngine::teamNow(const DrawRecord& record, const QString& entity, QString* error)
{
    SubstitutionLedger ledger(record.request, record.result);
    QString problem;
    for (qsizetype i = 0; i < record.substitutions.size(); ++i) {
        if (!ledger.replay(record.substitutions[i], i + 1, &problem)) {
            if (error)
                *error = problem;
            return std::nullopt;
        }
    }
    const DrawTeamState* state = ledger.team(entity);
    if (!state) {
        if (error)
            *error = tr("The draw has no team for %1.").arg(entity);
        return std::nullopt;
    }
    return *state;
}

std::optional<DrawSubstitution> DrawEngine::substitute(DrawRecord& record, const QString& entity, const QString& out,
                                                       const QString& reason, const QDateTime& at, QString* error)
{
    const auto fail = [error](const QString& message) {
        if (error)
            *error = message;
        return std::nullopt;
    };
    if (reason.trimmed().isEmpty())
        return fail(tr("Say why %1 cannot attend: the reason is kept on the record.").arg(out));
    if (!at.isValid())
        return fail(tr("The time of the substitution is missing."));
    SubstitutionLedger ledger(record.request, record.result);
    QString problem;
    for (qsizetype i = 0; i < record.substitutions.size(); ++i) {
        if (!ledger.replay(record.substitutions[i], i + 1, &problem))
            return fail(problem);
    }
    DrawTeamState* state = ledger.team(entity);
    if (!state)
        return fail(tr("The draw has no team for %1.").arg(entity));
    if (!state->members.contains(out))
        return fail(
            tr("%1 is not a member of the team for %2 (members: %3).").arg(out, entity, listed(state->members)));
    const QString in = ledger.replacement(*state, out);
    if (in.isEmpty())
        return fail(tr("Nobody is left in the draw order of the team for %1 to replace %2 while keeping at least %3 "
                       "certified members.")
                        .arg(entity, out)
                        .arg(record.request.teams.minCertified));
    const QDateTime withOffset = at.toOffsetFromUtc(at.offsetFromUtc());
    DrawSubstitution substitution {entity, out, in, reason, withOffset.toString(Qt::ISODate)};
    record.substitutions.append(substitution);
    return substitution;
}

bool DrawEngine::verify(const DrawRecord& record, QString* difference)
{
    const auto fail = [difference](const QString& message) {
        if (difference)
            *difference = message;
        return false;
    };
    // The record's seed parts (beyond the spec, when present) must make its seed: checked first, it costs nothing.
    if (const QString parts = DrawJson::seedPartsProblem(record); !parts.isEmpty())
        return fail(parts);
    QString problem;
    const std::optional<DrawResult> drawn = draw(record.request, &problem);
    if (!drawn)
        return fail(tr("The request cannot be drawn: %1").arg(problem));
    const DrawResult& recorded = record.result;

    if (recorded.items.size() != drawn->items.size())
        return fail(
            tr("The result has %1 items, but the request has %2.").arg(recorded.items.size()).arg(drawn->items.size()));
    for (qsizetype i = 0; i < drawn->items.size(); ++i) {
        const DrawItemResult& r = recorded.items[i];
        const DrawItemResult& d = drawn->items[i];
        if (r.code != d.code)
            return fail(tr("Item no. %1 of the result is %2, but the request's is %3.").arg(i + 1).arg(r.code, d.code));
        if (r.strata.size() != d.strata.size())
            return fail(tr("Item %1: the result has %2 strata, but the request has %3.")
                            .arg(d.code)
                            .arg(r.strata.size())
                            .arg(d.strata.size()));
        for (qsizetype s = 0; s < d.strata.size(); ++s) {
            if (r.strata[s].name != d.strata[s].name)
                return fail(tr("Item %1: stratum no. %2 of the result is %3, but the request's is %4.")
                                .arg(d.code)
                                .arg(s + 1)
                                .arg(r.strata[s].name, d.strata[s].name));
            const QStringList& rs = r.strata[s].selected;
            const QStringList& ds = d.strata[s].selected;
            for (qsizetype k = 0; k < std::min(rs.size(), ds.size()); ++k) {
                if (rs[k] != ds[k])
                    return fail(tr("Item %1, stratum %2: selected entity no. %3 is %4 in the record, but the draw "
                                   "gives %5.")
                                    .arg(d.code, d.strata[s].name)
                                    .arg(k + 1)
                                    .arg(rs[k], ds[k]));
            }
            if (rs.size() != ds.size())
                return fail(tr("Item %1, stratum %2: the record selects %3 entities, but the draw selects %4.")
                                .arg(d.code, d.strata[s].name)
                                .arg(rs.size())
                                .arg(ds.size()));
        }
    }
    for (qsizetype t = 0; t < std::min(recorded.teams.size(), drawn->teams.size()); ++t) {
        const DrawTeam& r = recorded.teams[t];
        const DrawTeam& d = drawn->teams[t];
        if (r.entity != d.entity)
            return fail(
                tr("Team no. %1 is for %2 in the record, but the draw gives %3.").arg(t + 1).arg(r.entity, d.entity));
        QString what = firstListDifference(r.items, d.items);
        if (!what.isEmpty())
            return fail(tr("Team for %1, items: %2.").arg(d.entity, what));
        what = firstListDifference(r.members, d.members);
        if (!what.isEmpty())
            return fail(tr("Team for %1, members: %2.").arg(d.entity, what));
        what = firstListDifference(r.backups, d.backups);
        if (!what.isEmpty())
            return fail(tr("Team for %1, backups: %2.").arg(d.entity, what));
    }
    if (recorded.teams.size() != drawn->teams.size())
        return fail(
            tr("The record has %1 teams, but the draw gives %2.").arg(recorded.teams.size()).arg(drawn->teams.size()));

    SubstitutionLedger ledger(record.request, *drawn);
    for (qsizetype i = 0; i < record.substitutions.size(); ++i) {
        if (!ledger.replay(record.substitutions[i], i + 1, &problem))
            return fail(problem);
    }
    return true;
}
