#include "TableHeader.h"

#include "TableText.h"

#include <QCryptographicHash>

#include <algorithm>

namespace {

struct Candidate
{
    QStringList texts; // in the order they are tried
    QString display; // for the list of unknown columns
};

struct Attempt
{
    int score = 0;
    QHash<QString, int> columns;
    QStringList unknown;
};

} // namespace

bool TableHeader::isBlankRow(const QStringList& row)
{
    return std::all_of(row.cbegin(), row.cend(), [](const QString& cell) { return TableText::isBlank(cell); });
}

QString TableHeader::headerSetKey(const QStringList& columnNames)
{
    QStringList keys;
    for (const QString& name : columnNames) {
        const QString key = TableText::headerKey(name);
        if (!key.isEmpty())
            keys << key;
    }
    if (keys.isEmpty())
        return {};
    keys.sort();
    return QString::fromLatin1(
        QCryptographicHash::hash(keys.join(QChar(0x1F)).toUtf8(), QCryptographicHash::Sha1).toHex());
}

HeaderMatch TableHeader::locate(const Table& table, const QList<ColumnSpec>& specs, const KeepGoing& keepGoing,
                                const ColumnMapping& mapping)
{
    HeaderMatch cancelled;
    cancelled.cancelled = true;
    QHash<QString, int> specForKey;
    for (int i = 0; i < specs.size(); ++i) {
        QStringList names = specs.at(i).names;
        names.append(specs.at(i).key);
        for (const QString& name : std::as_const(names)) {
            const QString key = TableText::headerKey(name);
            if (!key.isEmpty() && !specForKey.contains(key))
                specForKey.insert(key, i);
        }
    }

    // The clerk's choices: a column's name → its spec.
    QHash<QString, int> mappedSpec;
    for (int i = 0; i < specs.size(); ++i) {
        const QString key = TableText::headerKey(mapping.value(specs.at(i).key));
        if (!key.isEmpty() && !mappedSpec.contains(key))
            mappedSpec.insert(key, i);
    }

    auto evaluate = [&](const QList<Candidate>& columns) {
        Attempt attempt;
        QList<bool> taken(specs.size(), false);
        // The chosen columns first, by any of their texts or their name as shown.
        QList<bool> chosen(columns.size(), false);
        for (int c = 0; c < columns.size() && !mappedSpec.isEmpty(); ++c) {
            const Candidate& candidate = columns.at(c);
            for (const QString& text : candidate.texts + QStringList {candidate.display}) {
                const int spec = mappedSpec.value(TableText::headerKey(text), -1);
                if (spec < 0 || taken.at(spec))
                    continue;
                taken[spec] = true;
                chosen[c] = true;
                attempt.columns.insert(specs.at(spec).key, c);
                ++attempt.score;
                break;
            }
        }
        for (int c = 0; c < columns.size(); ++c) {
            const Candidate& candidate = columns.at(c);
            if (candidate.texts.isEmpty() || chosen.at(c))
                continue;
            bool assigned = false;
            bool duplicate = false;
            for (const QString& text : candidate.texts) {
                const int spec = specForKey.value(TableText::headerKey(text), -1);
                if (spec < 0)
                    continue;
                if (taken.at(spec)) {
                    duplicate = true;
                    continue;
                }
                taken[spec] = true;
                attempt.columns.insert(specs.at(spec).key, c);
                ++attempt.score;
                assigned = true;
                break;
            }
            if (!assigned)
                attempt.unknown.append(duplicate ? tr("%1 (duplicate column)").arg(candidate.display)
                                                 : candidate.display);
        }
        return attempt;
    };

    const int scanRows = int(qMin<qsizetype>(table.rows.size(), kScanRows));
    QList<QStringList> cleaned;
    cleaned.reserve(qMin<qsizetype>(table.rows.size(), kScanRows + 1));
    for (int r = 0; r < table.rows.size() && r <= kScanRows; ++r) {
        if (keepGoing && !keepGoing())
            return cancelled;
        QStringList row;
        for (const QString& cell : table.rows.at(r))
            row.append(TableText::cleanCell(cell));
        cleaned.append(row);
    }

    auto singleColumns = [&](int r) {
        QList<Candidate> columns;
        for (const QString& text : cleaned.at(r)) {
            Candidate candidate;
            if (!text.isEmpty())
                candidate = {{text}, TableText::displayHeader(text)};
            columns.append(candidate);
        }
        return columns;
    };
    auto pairColumns = [&](int r) {
        const QStringList& upper = cleaned.at(r);
        const QStringList& lower = cleaned.at(r + 1);
        QList<Candidate> columns;
        for (qsizetype c = 0; c < qMax(upper.size(), lower.size()); ++c) {
            const QString up = upper.value(c);
            const QString low = lower.value(c);
            Candidate candidate;
            if (!up.isEmpty() && !low.isEmpty() && up != low)
                candidate = {{up + low, low, up},
                             TableText::displayHeader(up) + QStringLiteral(" / ") + TableText::displayHeader(low)};
            else if (!up.isEmpty())
                candidate = {{up}, TableText::displayHeader(up)};
            else if (!low.isEmpty())
                candidate = {{low}, TableText::displayHeader(low)};
            columns.append(candidate);
        }
        return columns;
    };
    auto single = [&](int r) { return evaluate(singleColumns(r)); };
    auto pair = [&](int r) { return evaluate(pairColumns(r)); };
    auto namesOf = [](const QList<Candidate>& columns) {
        QStringList names;
        for (const Candidate& candidate : columns)
            names << candidate.display;
        return names;
    };

    Attempt best;
    int bestRow = -1;
    int bestRows = 0;
    QList<int> singleScores;
    for (int r = 0; r < scanRows; ++r) {
        if (keepGoing && !keepGoing())
            return cancelled;
        if (isBlankRow(cleaned.at(r))) {
            singleScores.append(0);
            continue;
        }
        Attempt one = single(r);
        singleScores.append(one.score);
        if (one.score > best.score) {
            best = one;
            bestRow = r;
            bestRows = 1;
        }
    }
    for (int r = 0; r < scanRows && r + 1 < cleaned.size(); ++r) {
        if (keepGoing && !keepGoing())
            return cancelled;
        if (isBlankRow(cleaned.at(r)))
            continue;
        const int alone
            = qMax(singleScores.at(r), r + 1 < singleScores.size() ? singleScores.at(r + 1) : single(r + 1).score);
        Attempt two = pair(r);
        if (two.score > alone && (two.score > best.score || (two.score == best.score && r < bestRow))) {
            best = two;
            bestRow = r;
            bestRows = 2;
        }
    }

    HeaderMatch match;
    if (bestRow >= 0) {
        match.headerRow = bestRow;
        match.headerRows = bestRows;
        match.firstDataRow = bestRow + bestRows;
        match.columns = best.columns;
        match.unknownColumns = best.unknown;
        match.namesRow = bestRow;
        match.columnNames = namesOf(bestRows == 2 ? pairColumns(bestRow) : singleColumns(bestRow));
    } else {
        for (int r = 0; r < scanRows; ++r) {
            if (!isBlankRow(cleaned.at(r))) {
                match.namesRow = r;
                match.columnNames = namesOf(singleColumns(r));
                break;
            }
        }
    }
    for (const ColumnSpec& spec : specs) {
        if (spec.required && !match.columns.contains(spec.key)) {
            match.missingRequired.append(spec.names.isEmpty() ? spec.key : spec.names.front());
            match.missingKeys.append(spec.key);
        }
        if (!TableText::headerKey(mapping.value(spec.key)).isEmpty() && !match.columns.contains(spec.key))
            match.unmatchedMapping.append(spec.key);
    }
    return match;
}
