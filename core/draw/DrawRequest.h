// The files of a public draw (draw-spec.md §6, `shuangsui-draw/1`): the request, the result, substitutions,
// voided attempts and the published record, with their JSON reading (precise messages) and writing (spec key order).
#pragma once

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

class QIODevice;

inline constexpr QLatin1StringView drawSpecVersion("shuangsui-draw/1");

// One stratum of an item's pool (e.g. `normal`, `blacklist`): exactly one of ratioBp (basis points) and count.
struct DrawStratum
{
    QString name;
    std::optional<int> ratioBp;
    std::optional<int> count;
    QStringList ids;
};

struct DrawItem
{
    QString code;
    QList<DrawStratum> strata;
};

struct DrawInspector
{
    QString id;
    bool certified = false;
};

struct DrawTeamRules
{
    int size = 2; // m
    int minCertified = 1; // c
    int backupFactor = 2; // f: (f - 1) * m backups
    int maxTeamsPerInspector = 0; // K, 0 = no limit
};

// An inspector who must not be drawn for an entity (conflict of interest, rotation, absence …).
struct DrawExclusion
{
    QString inspector;
    QString entity;
    QString reason;
};

// Frozen before the seed exists (seed empty), then the seed is added and the draw runs.
struct DrawRequest
{
    QString plan;
    QString seed;
    QList<DrawItem> items;
    QList<DrawInspector> inspectors;
    DrawTeamRules teams;
    QList<DrawExclusion> exclusions;
};

struct DrawStratumResult
{
    QString name;
    QStringList selected;
};

struct DrawItemResult
{
    QString code;
    QList<DrawStratumResult> strata;
};

// One visit: one entity, every item that selected it, one team (members and backups in draw order O).
struct DrawTeam
{
    QString entity;
    QStringList items;
    QStringList members;
    QStringList backups;
};

struct DrawResult
{
    QList<DrawItemResult> items;
    QList<DrawTeam> teams;
};

// 递补: member `out` could not attend (reason) and `in` replaced them, at an ISO 8601 time.
struct DrawSubstitution
{
    QString entity;
    QString out;
    QString in;
    QString reason;
    QString at;
};

// A draw attempt that was voided; it stays on the record with its seed and reason.
struct DrawVoid
{
    QString seed;
    QString at;
    QString reason;
};

// One source of the seed's digits (docs/seed-parts.md): dice rolled by a witness and typed in, the operating
// system's CSPRNG (机选), or a public number drawn after the freeze (e.g. the 双色球 of a date the plan named when
// it was frozen). The seed is the parts' digits joined in their order. Not part of shuangsui-draw/1: the draw reads
// only the seed.
struct SeedPart
{
    QString source; // "witness", "system" or "public"
    QString witness; // the witness's name (one of the plan's witnesses), for "witness"
    QString digits; // decimal digits
    QString name {}; // the public source (e.g. 中国福利彩票“双色球”), for "public"
    QString date {}; // the public source's draw date, yyyy-MM-dd, for "public"

    static SeedPart fromWitness(const QString& name, const QString& digits)
    {
        return {QStringLiteral("witness"), name, digits, {}, {}};
    }
    static SeedPart fromSystem(const QString& digits) { return {QStringLiteral("system"), {}, digits, {}, {}}; }
    static SeedPart fromPublic(const QString& name, const QString& date, const QString& digits)
    {
        return {QStringLiteral("public"), {}, digits, name, date};
    }
    bool isPublic() const { return source == QLatin1String("public"); }
    QJsonObject toJson() const;
    static SeedPart fromJson(const QJsonObject& object);
    bool operator==(const SeedPart& other) const = default;
};

struct DrawRecord
{
    DrawRequest request;
    DrawResult result;
    QList<DrawSubstitution> substitutions;
    QList<DrawVoid> voided;
    // How the standing attempt's seed was made (the key "seedParts", written when not empty; records before it
    // have none). Beyond shuangsui-draw/1, whose readers ignore it; `verify` checks that the parts make the seed.
    QList<SeedPart> seedParts {};
};

// Reading and writing the draw files. Readers return nullopt and one sentence naming the offending key, path
// (e.g. `items[0].strata[1].ids[4]`) or id; unknown keys are ignored. Writers give the spec's key order,
// indented by one space per level, UTF-8, with a final newline.
class DrawJson final
{
    Q_DECLARE_TR_FUNCTIONS(DrawJson)

public:
    enum class Seed { Required, Absent };

    // `Seed::Absent` reads a frozen request, written before the seed exists: a seed key, if any, must be empty.
    static std::optional<DrawRequest> readRequest(const QByteArray& json, QString* error, Seed seed = Seed::Required);
    // readRequest without the rules of requestProblem: the request as the file gives it (valid JSON, each key of its
    // type, with readRequest's messages), for a caller that checks the rules next — DrawEngine::draw does, with the
    // same sentences — so that a request of a million ids is not checked twice.
    static std::optional<DrawRequest> parseRequest(const QByteArray& json, QString* error, Seed seed = Seed::Required);
    // readRequest without its fast path for well-formed files: QJsonDocument, then the same checks. readRequest must
    // give what this gives, request or message (fuzz_drawjson compares the two on every input).
    static std::optional<DrawRequest> readRequestGeneral(const QByteArray& json, QString* error,
                                                         Seed seed = Seed::Required);
    static std::optional<DrawResult> readResult(const QByteArray& json, QString* error);
    static std::optional<DrawRecord> readRecord(const QByteArray& json, QString* error);

    static std::optional<DrawRequest> requestFromJson(const QJsonObject& object, QString* error,
                                                      Seed seed = Seed::Required);
    static std::optional<DrawResult> resultFromJson(const QJsonObject& object, QString* error);
    static std::optional<DrawRecord> recordFromJson(const QJsonObject& object, QString* error);

    // The rules a request must meet before it is drawn (spec §1, §4), checked on a request built in code too.
    // Empty when the request is fine. With Seed::Absent the seed must be empty (a frozen request).
    static QString requestProblem(const DrawRequest& request, Seed seed = Seed::Required);
    // Empty when the string may be a seed or an id (spec §1), otherwise what is wrong with it.
    static QString stringProblem(const QString& text);
    // The seed rule of spec §1, the one place the GUI's seed entry, `draw` and `verify` check it: a string as above
    // that holds at least MinSeedDigits decimal digits (0-9). Empty when the seed is fine, otherwise what is wrong.
    static constexpr int MinSeedDigits = 20;
    static QString seedProblem(const QString& seed);
    // Empty when the record has no seed parts or their digits, joined in order, are its seed; otherwise the
    // difference in one sentence.
    static QString seedPartsProblem(const DrawRecord& record);

    // A request without a seed is written without the "seed" key (a frozen request).
    static QByteArray write(const DrawRequest& request);
    static QByteArray write(const DrawResult& result);
    // The same bytes written to the device piece by piece (a result of a million ids is not built whole in memory
    // first); false if the device refused some of them.
    static bool write(const DrawResult& result, QIODevice* device);
    static QByteArray write(const DrawRecord& record);

    // The canonical bytes of the frozen request: the request as this program reads it (unknown keys dropped)
    // without "seed", written as RFC 8785 (JCS) canonical JSON — no white space, object keys sorted (all ASCII),
    // strings as raw UTF-8 with only `"`, `\` and U+0000–U+001F escaped (\b \t \n \f \r, else \u00xx),
    // integers in plain decimal, booleans as true/false, lists in their order; a stratum has either
    // "ratioBp" or "count"; "exclusions" is always present. Anyone can recompute it with a JCS library.
    static QByteArray canonicalFrozenRequest(const DrawRequest& request);
    // Lowercase hex SHA-256 of canonicalFrozenRequest(): the "request hash" printed on the pre-draw sheet, so
    // witnesses can check that the request was not changed after the seed became known.
    static QString frozenRequestHash(const DrawRequest& request);
};
