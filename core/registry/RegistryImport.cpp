#include "RegistryImport.h"

#include "AutoCode.h"
#include "Conflict.h"
#include "ConflictRepository.h"
#include "Database.h"
#include "EntityRepository.h"
#include "EntitySearch.h"
#include "InspectionItem.h"
#include "Inspector.h"
#include "InspectorRepository.h"
#include "ItemRepository.h"
#include "Settings.h"
#include "TableHeader.h"
#include "TableReader.h"
#include "TableText.h"
#include "TableWriter.h"
#include "TownshipRepository.h"
#include "Validators.h"
#include "Vocabulary.h"
#include "WriteTransaction.h"

#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>
#include <QSqlQuery>

#include <algorithm>
#include <cmath>

namespace {

using Step = ImportPreview::Step;
using Verdict = ImportRow::Verdict;

QStringList names(std::initializer_list<const char*> list)
{
    QStringList out;
    for (const char* s : list)
        out << QString::fromUtf8(s);
    return out;
}

// A cleaned cell (TableText::cleanCell) on one line: its lines joined with one space. White space inside a line is
// left as it is, so that what the program stores — a name with two spaces or a tab, typed or pasted in a form —
// imports back from its own export unchanged.
QString oneLine(const QString& text)
{
    if (!text.contains(QLatin1Char('\n')))
        return text; // shared, not copied
    QString s = text;
    s.replace(QLatin1Char('\n'), QLatin1Char(' '));
    return s;
}

// The cleaned text of the cells, worked out once per text: cells that share one string (an .xlsx shared string, a
// merged value) share its cleaned text too, and so do the records and preview rows made from them, instead of
// each holding a copy. A CSV file's cells lose the guard against formula injection our CSV export adds
// (TableWriter::withoutCsvGuard), so that an exported file imports back unchanged.
class CellTexts
{
public:
    explicit CellTexts(bool csv)
        : m_csv(csv)
    { }

    QString clean(const QString& raw)
    {
        if (raw.size() < kShareFrom)
            return cleaned(raw);
        const Key key {raw.constData(), raw.size()};
        auto it = m_clean.constFind(key);
        if (it == m_clean.constEnd())
            it = m_clean.insert(key, cleaned(raw));
        return it.value();
    }

    // clean() on one line (oneLine), also once per text.
    QString line(const QString& raw)
    {
        if (raw.size() < kShareFrom)
            return oneLine(cleaned(raw));
        const Key key {raw.constData(), raw.size()};
        auto it = m_line.constFind(key);
        if (it == m_line.constEnd())
            it = m_line.insert(key, oneLine(clean(raw)));
        return it.value();
    }

private:
    using Key = std::pair<const QChar*, qsizetype>; // a text's characters: shared strings have the same
    static constexpr qsizetype kShareFrom = 32; // shorter texts cost less to copy than to look up

    QString cleaned(const QString& raw) const
    {
        return TableText::cleanCell(m_csv ? TableWriter::withoutCsvGuard(raw) : raw);
    }

    const bool m_csv;
    QHash<Key, QString> m_clean;
    QHash<Key, QString> m_line;
};

// One data row, read through the located header.
class RowCells
{
public:
    RowCells(const QStringList& cells, const HeaderMatch& match, const QHash<QString, QString>& labels,
             CellTexts& texts)
        : m_cells(cells)
        , m_match(match)
        , m_labels(labels)
        , m_texts(texts)
    { }
    bool has(const QString& key) const { return m_match.columns.contains(key); }
    QString text(const QString& key) const
    {
        const int column = m_match.columns.value(key, -1);
        if (column < 0 || column >= m_cells.size())
            return {};
        return m_texts.clean(m_cells.at(column));
    }
    // text() on one line: line breaks and runs of spaces as one space.
    QString line(const QString& key) const
    {
        const int column = m_match.columns.value(key, -1);
        if (column < 0 || column >= m_cells.size())
            return {};
        return m_texts.line(m_cells.at(column));
    }
    // The column's name as the clerk sees it in the file.
    QString label(const QString& key) const { return m_labels.value(key, key); }

private:
    const QStringList& m_cells;
    const HeaderMatch& m_match;
    const QHash<QString, QString>& m_labels;
    CellTexts& m_texts;
};

QStringList splitList(const QString& text)
{
    static const QRegularExpression separators(QStringLiteral("[、,，;；/\\s]+"));
    QStringList list = text.split(separators, Qt::SkipEmptyParts);
    list.removeDuplicates();
    return list;
}

std::optional<bool> parseYesNo(const QString& text)
{
    const QString t = TableText::halfWidth(text).trimmed().toLower();
    if (t.isEmpty())
        return false;
    static const QStringList yes = names({"是", "y", "yes", "1", "√", "✓", "true", "列入", "黑名单"});
    static const QStringList no = names({"否", "n", "no", "0", "×", "false", "无", "-"});
    if (yes.contains(t))
        return true;
    if (no.contains(t))
        return false;
    return std::nullopt;
}

// "5%", "5％", "0.05", "5" → 500 basis points.
std::optional<int> parseRatioBp(const QString& text)
{
    QString t = TableText::halfWidth(text).trimmed();
    const bool percent = t.endsWith(QLatin1Char('%'));
    if (percent)
        t.chop(1);
    bool ok = false;
    const double value = t.toDouble(&ok);
    if (!ok || value < 0)
        return std::nullopt;
    const double bp = percent || value > 1 ? value * 100 : value * 10000;
    // Far beyond 100 % (and beyond int, which the fuzzer found: "1556170000000") is no ratio at all; up to there the
    // item's own check says what the range is.
    if (!std::isfinite(bp) || bp > 1000000)
        return std::nullopt;
    return int(bp + 0.5);
}

QString vocabularyProblem(const Vocabulary& vocabulary, const QString& text)
{
    return RegistryImport::tr("\"%1\" is not one of: %2.")
        .arg(oneLine(text), vocabulary.labels().join(QStringLiteral("、")));
}

// Every written form of the terms (Chinese word and aliases) with its key, longest first: "民办幼儿园" is found
// before "幼儿园", "职业高中" before "高中".
QList<std::pair<QString, QString>> wordsOf(const Vocabulary& vocabulary)
{
    QList<std::pair<QString, QString>> words;
    for (const Term& term : vocabulary.terms()) {
        words.append({term.zh, term.key});
        for (const QString& alias : term.aliases)
            words.append({alias, term.key});
    }
    std::stable_sort(words.begin(), words.end(),
                     [](const auto& a, const auto& b) { return a.first.size() > b.first.size(); });
    return words;
}

// The ownerships a free text names ("民办学校" → private; "公办、民办幼儿园" → both), in the vocabulary's order.
QStringList ownershipsIn(const QString& text)
{
    QStringList found;
    for (const Term& term : Vocabulary::ownerships().terms()) {
        const QStringList words = QStringList {term.zh} + term.aliases;
        if (std::any_of(words.cbegin(), words.cend(), [&text](const QString& word) { return text.contains(word); }))
            found << term.key;
    }
    return found;
}

// The ownership a category cell begins with ("民办幼儿园", "公办小学"), or empty; `rest` gets the words after it.
QString ownershipPrefix(const QString& text, QString* rest)
{
    static const QList<std::pair<QString, QString>> words = wordsOf(Vocabulary::ownerships());
    QString t = TableText::halfWidth(text);
    t.remove(QLatin1Char(' '));
    t.remove(QChar(0x3000));
    for (const auto& [word, key] : words) {
        if (t.startsWith(word)) {
            *rest = t.mid(word.size());
            return key;
        }
    }
    return {};
}

// One message per field: the first one is the precise one (the word the file used), the record's own check of the
// same field would only say it again in other words.
void keepFirstProblemPerField(FieldErrors& problems)
{
    if (problems.size() < 2)
        return;
    QStringList fields;
    FieldErrors kept;
    for (const FieldError& problem : std::as_const(problems)) {
        if (fields.contains(problem.field))
            continue;
        fields << problem.field;
        kept << problem;
    }
    problems = kept;
}

// A registry's way of turning rows into records and writes.
class Adapter
{
public:
    explicit Adapter(Database& db)
        : m_db(db)
    { }
    virtual ~Adapter() = default;
    // Reads what the preview needs from the database once.
    virtual void load() { }
    // Fills the row's verdict, key, name and problems and sets the write of an accepted row (the registries whose
    // records are one row each).
    virtual void parse(const RowCells& /*cells*/, ImportRow& /*row*/, std::function<bool(WriteTransaction&)>& /*write*/)
    { }
    // Makes the preview rows and writes of one data row: one preview row per file row, unless the registry's
    // records take several rows (items, issue 16) and are finished by finish().
    virtual void read(const RowCells& cells, int rowNumber, QList<ImportRow>& rows, QList<Step>& steps)
    {
        ImportRow row;
        row.rowNumber = rowNumber;
        std::function<bool(WriteTransaction&)> write;
        parse(cells, row, write);
        keepFirstProblemPerField(row.problems);
        if (row.verdict == Verdict::New || row.verdict == Verdict::Update)
            steps.append({int(rows.size()), std::move(write)});
        rows.append(std::move(row));
    }
    // After the last row: the records read() left open.
    virtual void finish(QList<ImportRow>& /*rows*/, QList<Step>& /*steps*/) { }

protected:
    // A record's own problems (keyed by record field) named with the file's column names.
    static void addProblems(ImportRow& row, const FieldErrors& errors, const RowCells& cells,
                            QString (*fieldLabel)(const QString&))
    {
        for (const FieldError& e : errors)
            row.problems.append({cells.has(e.field) ? cells.label(e.field) : fieldLabel(e.field), e.message});
    }
    // Sets `target` from a vocabulary column when it is present; problems when the word is unknown.
    static void readTerm(const RowCells& cells, ImportRow& row, const QString& key, const Vocabulary& vocabulary,
                         QString& target)
    {
        const QString text = cells.text(key);
        if (text.isEmpty())
            return;
        const QString term = vocabulary.keyFor(text);
        if (term.isEmpty())
            row.problems.append({cells.label(key), vocabularyProblem(vocabulary, text)});
        else
            target = term;
    }
    static void readDate(const RowCells& cells, ImportRow& row, const QString& key, QDate& target)
    {
        if (!cells.has(key))
            return;
        const QString text = cells.text(key);
        if (text.isEmpty()) {
            target = QDate();
            return;
        }
        const QDate date = TableText::parseDate(text);
        if (!date.isValid())
            row.problems.append(
                {cells.label(key), RegistryImport::tr("\"%1\" is not a date (write it as 2026-03-01).").arg(text)});
        else
            target = date;
    }
    static void readText(const RowCells& cells, const QString& key, QString& target, bool singleLine = true)
    {
        if (cells.has(key))
            target = singleLine ? cells.line(key) : cells.text(key);
    }
    // Verdict for a parsed row: rejected when it has problems, else new / update / unchanged. `changed()` is only
    // asked for a record that exists (comparing costs a JSON form of each side).
    template<typename Changed> static void decide(ImportRow& row, bool exists, Changed changed)
    {
        if (!row.problems.isEmpty())
            row.verdict = Verdict::Rejected;
        else if (!exists)
            row.verdict = Verdict::New;
        else
            row.verdict = changed() ? Verdict::Update : Verdict::Unchanged;
    }
    // The earlier row of the file that used the same key, or 0.
    int firstRowWith(QHash<QString, int>& seen, const QString& key, int rowNumber)
    {
        if (key.isEmpty())
            return 0;
        const auto it = seen.constFind(key);
        if (it != seen.constEnd())
            return it.value();
        seen.insert(key, rowNumber);
        return 0;
    }

    Database& m_db;
};

class TownshipAdapter final : public Adapter
{
public:
    using Adapter::Adapter;
    void load() override
    {
        for (const Township& t : TownshipRepository(m_db).list(true))
            m_existing.insert(t.name, t);
    }
    void parse(const RowCells& cells, ImportRow& row, std::function<bool(WriteTransaction&)>& write) override
    {
        Township t;
        t.name = cells.line(QStringLiteral("name"));
        const bool exists = m_existing.contains(t.name);
        if (exists)
            t = m_existing.value(t.name);
        const Township before = t;
        row.key = t.name;
        row.name = t.name;
        if (t.name.isEmpty())
            row.problems.append({cells.label(QStringLiteral("name")), RegistryImport::tr("The name is required.")});
        readTerm(cells, row, QStringLiteral("kind"), Vocabulary::townshipKinds(), t.kind);
        if (cells.has(QStringLiteral("sortOrder")) && !cells.text(QStringLiteral("sortOrder")).isEmpty())
            t.sortOrder = cells.text(QStringLiteral("sortOrder")).toInt();
        if (const int earlier = firstRowWith(m_seen, t.name, row.rowNumber))
            row.problems.append(
                {cells.label(QStringLiteral("name")), RegistryImport::tr("The same township as row %1.").arg(earlier)});
        const bool changed = before.kind != t.kind || before.sortOrder != t.sortOrder;
        if (!row.problems.isEmpty())
            row.verdict = Verdict::Rejected;
        else
            row.verdict = !exists ? Verdict::New : changed ? Verdict::Update : Verdict::Unchanged;
        write = [t, exists](WriteTransaction& tx) mutable {
            TownshipRepository repo(tx.database());
            return exists ? repo.update(tx, t) : repo.insert(tx, t);
        };
    }

private:
    QHash<QString, Township> m_existing;
    QHash<QString, int> m_seen;
};

class EntityAdapter final : public Adapter
{
public:
    using Adapter::Adapter;
    void load() override
    {
        QSqlQuery q(m_db.sql());
        q.setForwardOnly(true);
        q.exec(QStringLiteral("SELECT id, credit_code, code, name FROM entity"));
        while (q.next()) {
            const qint64 id = q.value(0).toLongLong();
            const QString creditCode = q.value(1).toString();
            if (!creditCode.isEmpty())
                m_byCreditCode.insert(creditCode, id);
            else
                m_byNameWithoutCode.insert(q.value(3).toString(), id);
            m_byCode.insert(q.value(2).toString(), id);
        }
        for (const Township& t : TownshipRepository(m_db).list(true))
            m_townships->insert(t.name, t.id);
    }

    void parse(const RowCells& cells, ImportRow& row, std::function<bool(WriteTransaction&)>& write) override
    {
        const QString creditCodeText = cells.text(QStringLiteral("creditCode"));
        const QString creditCode = Validators::normalizeCode(creditCodeText);
        const QString code = Validators::normalizeCode(cells.text(QStringLiteral("code")));
        const QString name = cells.line(QStringLiteral("name"));

        qint64 existingId = 0;
        if (!creditCode.isEmpty())
            existingId = m_byCreditCode.value(creditCode);
        else if (!code.isEmpty())
            existingId = m_byCode.value(code);
        else
            existingId = m_byNameWithoutCode.value(name);

        Entity e;
        if (existingId) {
            if (const auto stored = EntityRepository(m_db).find(existingId))
                e = *stored;
        } else {
            e.category.clear();
            e.ownership.clear();
        }
        const QByteArray before = existingId ? e.toJsonText() : QByteArray();

        if (cells.has(QStringLiteral("creditCode")))
            e.creditCode = creditCode;
        if (!code.isEmpty())
            e.code = code;
        readText(cells, QStringLiteral("name"), e.name);
        // A category written with its ownership ("民办幼儿园", "公办小学") gives both.
        QString impliedOwnership;
        if (const QString text = cells.text(QStringLiteral("category")); !text.isEmpty()) {
            QString rest;
            impliedOwnership = ownershipPrefix(text, &rest);
            QString term = Vocabulary::categories().keyFor(text);
            if (term.isEmpty() && !impliedOwnership.isEmpty())
                term = Vocabulary::categories().keyFor(rest);
            if (term.isEmpty())
                row.problems.append(
                    {cells.label(QStringLiteral("category")), vocabularyProblem(Vocabulary::categories(), text)});
            else
                e.category = term;
        }
        readTerm(cells, row, QStringLiteral("ownership"), Vocabulary::ownerships(), e.ownership);
        if (!impliedOwnership.isEmpty()) {
            const QString written = Vocabulary::ownerships().keyFor(cells.text(QStringLiteral("ownership")));
            if (cells.text(QStringLiteral("ownership")).isEmpty())
                e.ownership = impliedOwnership;
            else if (!written.isEmpty() && written != impliedOwnership)
                row.problems.append(
                    {cells.label(QStringLiteral("ownership")),
                     RegistryImport::tr("The category \"%1\" says %2, but this column says %3: "
                                        "correct one of the two.")
                         .arg(cells.text(QStringLiteral("category")), Vocabulary::ownerships().label(impliedOwnership),
                              Vocabulary::ownerships().label(written))});
        }
        if (e.ownership.isEmpty() && !e.creditCode.isEmpty())
            e.ownership
                = e.creditCode.startsWith(QLatin1String("1")) ? QStringLiteral("public") : QStringLiteral("private");
        if (e.category.isEmpty())
            row.problems.append({cells.has(QStringLiteral("category")) ? cells.label(QStringLiteral("category"))
                                                                       : Entity::fieldLabel(QStringLiteral("category")),
                                 RegistryImport::tr("The category is required (%1).")
                                     .arg(Vocabulary::categories().labels().join(QStringLiteral("、")))});
        if (e.ownership.isEmpty())
            row.problems.append({cells.has(QStringLiteral("ownership"))
                                     ? cells.label(QStringLiteral("ownership"))
                                     : Entity::fieldLabel(QStringLiteral("ownership")),
                                 RegistryImport::tr("Public (公办) or private (民办) is required.")});
        if (cells.has(QStringLiteral("township"))) {
            e.townshipName = cells.line(QStringLiteral("township"));
            e.townshipId = m_townships->value(e.townshipName, 0);
            if (!e.townshipName.isEmpty() && !e.townshipId) {
                // Written once per township: a file may name the same new township in every row.
                auto note = m_newTownshipNotes.constFind(e.townshipName);
                if (note == m_newTownshipNotes.constEnd())
                    note = m_newTownshipNotes.insert(
                        e.townshipName,
                        RegistryImport::tr("The township %1 is new and will be added to the list.")
                            .arg(e.townshipName));
                row.notes << note.value();
            }
        }
        readText(cells, QStringLiteral("address"), e.address);
        readText(cells, QStringLiteral("principal"), e.principal);
        readText(cells, QStringLiteral("phone"), e.phone);
        e.phone = TableText::halfWidth(e.phone).remove(QLatin1Char(' '));
        readTerm(cells, row, QStringLiteral("status"), Vocabulary::entityStatuses(), e.status);
        readTerm(cells, row, QStringLiteral("riskClass"), Vocabulary::riskClasses(), e.riskClass);
        if (cells.has(QStringLiteral("blacklisted"))) {
            const auto flag = parseYesNo(cells.text(QStringLiteral("blacklisted")));
            if (flag)
                e.blacklisted = *flag;
            else
                row.problems.append(
                    {cells.label(QStringLiteral("blacklisted")), RegistryImport::tr("Write 是 or 否.")});
        }
        readText(cells, QStringLiteral("blacklistReason"), e.blacklistReason);
        readDate(cells, row, QStringLiteral("blacklistFrom"), e.blacklistFrom);
        readDate(cells, row, QStringLiteral("blacklistTo"), e.blacklistTo);
        if (cells.has(QStringLiteral("tags")))
            e.tags = splitList(cells.text(QStringLiteral("tags")));

        // The record's own rules; the credit code message must show what the file said.
        FieldErrors errors = e.problems();
        for (FieldError& error : errors)
            if (error.field == QLatin1String("creditCode") && Validators::looksLikeExcelNumber(creditCodeText))
                error.message = Validators::creditCodeProblem(creditCodeText);
        addProblems(row, errors, cells, &Entity::fieldLabel);

        if (const int earlier = firstRowWith(m_seenCreditCodes, e.creditCode, row.rowNumber))
            row.problems.append({cells.label(QStringLiteral("creditCode")),
                                 RegistryImport::tr("The credit code %1 already appears in row %2 of this file.")
                                     .arg(e.creditCode)
                                     .arg(earlier)});
        if (!code.isEmpty()) {
            if (const int earlier = firstRowWith(m_seenCodes, code, row.rowNumber))
                row.problems.append({cells.label(QStringLiteral("code")),
                                     RegistryImport::tr("The registry code %1 already appears in row %2 of this file.")
                                         .arg(code)
                                         .arg(earlier)});
            const qint64 owner = m_byCode.value(code);
            if (owner && owner != existingId)
                row.problems.append({cells.label(QStringLiteral("code")),
                                     RegistryImport::tr("The registry code %1 belongs to another entity.").arg(code)});
        }
        row.key = e.creditCode.isEmpty() ? e.code : e.creditCode;
        row.name = e.name;
        decide(row, existingId, [&] { return e.toJsonText() != before; });

        e.id = existingId;
        auto townships = m_townships;
        auto nextNumber = m_nextNumber;
        write = [e, townships, nextNumber](WriteTransaction& tx) mutable {
            EntityRepository repo(tx.database());
            if (!e.townshipName.isEmpty() && !e.townshipId) {
                e.townshipId = townships->value(e.townshipName, 0);
                if (!e.townshipId) {
                    e.townshipId = TownshipRepository(tx.database()).ensure(tx, e.townshipName);
                    townships->insert(e.townshipName, e.townshipId);
                }
            }
            if (e.id)
                return repo.update(tx, e);
            if (e.code.isEmpty()) {
                const AutoCode codes = AutoCode::entity();
                if (*nextNumber == 0)
                    *nextNumber = codes.numberOf(repo.nextCode()).value_or(AutoCode::largest + 1);
                if ((e.code = codes.codeFor((*nextNumber)++)).isEmpty())
                    return tx.fail(codes.exhaustedMessage());
            }
            return repo.insert(tx, e);
        };
    }

private:
    QHash<QString, qint64> m_byCreditCode;
    QHash<QString, qint64> m_byCode;
    QHash<QString, qint64> m_byNameWithoutCode;
    QHash<QString, int> m_seenCreditCodes;
    QHash<QString, int> m_seenCodes;
    QHash<QString, QString> m_newTownshipNotes;
    std::shared_ptr<QHash<QString, qint64>> m_townships = std::make_shared<QHash<QString, qint64>>();
    std::shared_ptr<qint64> m_nextNumber = std::make_shared<qint64>(0);
};

class ItemAdapter final : public Adapter
{
public:
    using Adapter::Adapter;
    void load() override
    {
        for (const InspectionItem& item :
             ItemRepository(m_db).list({}, QStringLiteral("code"), Qt::AscendingOrder, 0, -1)) {
            m_byCode.insert(item.code, item.id);
            m_byName.insert(item.name, {item.id, item.content, item.authority});
        }
    }

    // An item may take several rows (issue 16): a row whose 抽查事项 is empty continues the item above, and a row
    // that names an item already read — by its code, or in a provincial list by 编制单位, 抽查类别 and 抽查事项
    // together, adjacent or not — adds its laws, object types, 事项类别 … to that item. A row that adds nothing
    // (the same cells as an earlier row of the item) is a duplicate and is rejected.
    void read(const RowCells& cells, int rowNumber, QList<ImportRow>& rows, QList<Step>& /*steps*/) override
    {
        if (m_labels.isEmpty())
            rememberLabels(cells);
        const QString code = Validators::normalizeCode(cells.text(QStringLiteral("code")));
        const QString name = cells.line(QStringLiteral("name"));
        QString identity;
        if (!code.isEmpty())
            identity = QStringLiteral("code\x1f") + code;
        else if (!name.isEmpty())
            identity = QStringLiteral("name\x1f") + cells.line(QStringLiteral("issuer")) + QChar(0x1f)
                + cells.line(QStringLiteral("itemClass")) + QChar(0x1f) + name;
        int index = identity.isEmpty() ? m_last : int(m_groupOf.value(identity, -1));
        if (index < 0) {
            index = int(m_groups.size());
            Group group;
            group.rowIndex = int(rows.size());
            group.identity = identity;
            ImportRow row;
            row.rowNumber = rowNumber;
            start(cells, row, group, code, name);
            for (const QString& key : singleValued())
                group.singles.insert(key, cells.line(key));
            group.signatures.insert(signature(cells, identity), rowNumber);
            add(cells, group);
            rows.append(std::move(row));
            m_groups.append(std::move(group));
            if (!identity.isEmpty())
                m_groupOf.insert(identity, index);
        } else {
            Group& group = m_groups[index];
            const QString sig = signature(cells, group.identity);
            const int earlier = !code.isEmpty() && !name.isEmpty() && name != group.item.name
                ? rows.at(group.rowIndex).rowNumber // the same code for another item
                : group.signatures.value(sig, 0);
            if (earlier) {
                ImportRow row;
                row.rowNumber = rowNumber;
                row.verdict = Verdict::Rejected;
                row.key = code;
                row.name = name.isEmpty() ? group.item.name : name;
                row.problems.append({label(code.isEmpty() ? QStringLiteral("name") : QStringLiteral("code")),
                                     RegistryImport::tr("The same item as row %1.").arg(earlier)});
                rows.append(std::move(row));
            } else {
                group.signatures.insert(sig, rowNumber);
                ImportRow& first = rows[group.rowIndex];
                first.moreRows << rowNumber;
                // A value an item has once (ratio, frequency, dates, status) that a later row gives otherwise: the
                // first row's stands, and the preview says so.
                for (const QString& key : singleValued()) {
                    const QString value = cells.line(key);
                    const QString kept = group.singles.value(key);
                    if (!value.isEmpty() && value != kept)
                        first.notes << RegistryImport::tr("Row %1 gives %2 as \"%3\"; the item keeps row %4's \"%5\".")
                                           .arg(rowNumber)
                                           .arg(label(key), value)
                                           .arg(first.rowNumber)
                                           .arg(kept);
                }
                add(cells, group);
            }
        }
        m_last = index;
    }

    void finish(QList<ImportRow>& rows, QList<Step>& steps) override
    {
        for (Group& group : m_groups) {
            ImportRow& row = rows[group.rowIndex];
            complete(row, group);
            keepFirstProblemPerField(row.problems);
            if (row.verdict == Verdict::New || row.verdict == Verdict::Update)
                steps.append({group.rowIndex, std::move(group.write)});
        }
        std::stable_sort(steps.begin(), steps.end(),
                         [](const Step& a, const Step& b) { return a.rowIndex < b.rowIndex; });
    }

private:
    struct Stored
    {
        qint64 id;
        QString content;
        QString authority;
    };
    // The columns an item has one value of: a later row of the item does not change them.
    static const QStringList& singleValued()
    {
        static const QStringList keys {QStringLiteral("minRatio"), QStringLiteral("frequency"),
                                       QStringLiteral("effectiveFrom"), QStringLiteral("effectiveTo"),
                                       QStringLiteral("status")};
        return keys;
    }

    // One item as its rows are read: the first row's single values, the multi-valued fields of every row.
    struct Group
    {
        int rowIndex = 0; // its preview row
        QString identity;
        InspectionItem item;
        QJsonObject before;
        qint64 existingId = 0;
        bool assignCode = false;
        QHash<QString, int> signatures; // the rows' cells → the first row with them
        QHash<QString, QString> singles; // the first row's text of each singleValued() column
        QStringList laws; // 检查依据, line by line
        QStringList objects; // 检查对象 cells
        QList<std::pair<QString, QString>> objectKinds; // {检查对象, 事项类别}
        QStringList objectKindLines; // 检查对象及事项类别 (our own export), line by line
        QStringList itemClasses; // 抽查类别
        QStringList authorities; // 检查主体, else 编制单位
        QStringList contents;
        QStringList methods;
        QStringList ownershipTexts;
        std::function<bool(WriteTransaction&)> write;
    };

    static void appendOnce(QStringList& list, const QString& text)
    {
        if (!text.isEmpty() && !list.contains(text))
            list << text;
    }

    void rememberLabels(const RowCells& cells)
    {
        for (const ColumnSpec& spec : RegistryImport::columns(Registry::Items))
            if (cells.has(spec.key))
                m_labels.insert(spec.key, cells.label(spec.key));
    }
    bool has(const QString& key) const { return m_labels.contains(key); }
    QString label(const QString& key) const { return m_labels.value(key, InspectionItem::fieldLabel(key)); }

    // What a row says beyond the item's identity: two rows of one item with the same signature are duplicates.
    static QString signature(const RowCells& cells, const QString& identity)
    {
        QString sig = identity;
        for (const ColumnSpec& spec : RegistryImport::columns(Registry::Items)) {
            if (spec.key == QLatin1String("code") || spec.key == QLatin1String("name")
                || spec.key == QLatin1String("issuer") || spec.key == QLatin1String("itemClass")
                || spec.key == QLatin1String("serial") || !cells.has(spec.key))
                continue;
            sig += QChar(0x1e) + cells.text(spec.key);
        }
        return sig;
    }

    // The item's first row: the stored item it changes, and the values an item has once (ratio, dates …).
    void start(const RowCells& cells, ImportRow& row, Group& group, const QString& code, const QString& name)
    {
        InspectionItem& item = group.item;
        qint64 existingId = !code.isEmpty() ? m_byCode.value(code) : storedByName(cells, name);
        if (existingId) {
            if (const auto stored = ItemRepository(m_db).find(existingId))
                item = *stored;
            m_used.insert(existingId);
        }
        group.existingId = existingId;
        group.before = existingId ? item.toJson() : QJsonObject();
        if (!code.isEmpty())
            item.code = code;
        readText(cells, QStringLiteral("name"), item.name);
        if (cells.has(QStringLiteral("minRatio")) && !cells.text(QStringLiteral("minRatio")).isEmpty()) {
            const auto bp = parseRatioBp(cells.text(QStringLiteral("minRatio")));
            if (bp)
                item.minRatioBp = *bp;
            else
                row.problems.append({cells.label(QStringLiteral("minRatio")),
                                     RegistryImport::tr("\"%1\" is not a ratio (write it as 5%).")
                                         .arg(cells.text(QStringLiteral("minRatio")))});
        }
        if (cells.has(QStringLiteral("frequency")) && !cells.text(QStringLiteral("frequency")).isEmpty()) {
            bool ok = false;
            const int months = TableText::halfWidth(cells.text(QStringLiteral("frequency"))).toInt(&ok);
            if (ok)
                item.frequencyMonths = months;
            else
                row.problems.append({cells.label(QStringLiteral("frequency")),
                                     RegistryImport::tr("Write the number of months, at most 6.")});
        }
        readDate(cells, row, QStringLiteral("effectiveFrom"), item.effectiveFrom);
        readDate(cells, row, QStringLiteral("effectiveTo"), item.effectiveTo);
        readTerm(cells, row, QStringLiteral("status"), Vocabulary::itemStatuses(), item.status);
        group.assignCode = !existingId && code.isEmpty();
    }

    // A stored item of that name (no code in the file); when several have it, the one whose content names the
    // row's 抽查类别 and whose authority is the row's 编制单位. Each stored item is taken by one item of the file.
    qint64 storedByName(const RowCells& cells, const QString& name) const
    {
        const QString itemClass = cells.line(QStringLiteral("itemClass"));
        const QString issuer = cells.line(QStringLiteral("issuer"));
        qint64 best = 0;
        int bestScore = -1;
        for (const Stored& stored : m_byName.values(name)) {
            if (m_used.contains(stored.id))
                continue;
            const int score = (!itemClass.isEmpty() && stored.content.contains(itemClass) ? 2 : 0)
                + (!issuer.isEmpty() && stored.authority.contains(issuer) ? 1 : 0);
            if (score > bestScore || (score == bestScore && stored.id < best)) {
                best = stored.id;
                bestScore = score;
            }
        }
        return best;
    }

    // Every row of the item, the first too: its multi-valued fields, in order, each value once.
    static void add(const RowCells& cells, Group& group)
    {
        for (const QString& law : cells.text(QStringLiteral("legalBasis")).split(QLatin1Char('\n')))
            appendOnce(group.laws, law.trimmed());
        const QString object = cells.line(QStringLiteral("categories"));
        appendOnce(group.objects, object);
        const QString kind = cells.line(QStringLiteral("itemKind"));
        if (!object.isEmpty() || !kind.isEmpty()) {
            const std::pair<QString, QString> pair {object, kind};
            if (!group.objectKinds.contains(pair))
                group.objectKinds.append(pair);
        }
        for (const QString& line : cells.text(QStringLiteral("objectKinds")).split(QLatin1Char('\n')))
            appendOnce(group.objectKindLines, line.trimmed());
        appendOnce(group.itemClasses, cells.line(QStringLiteral("itemClass")));
        QString authority = cells.line(QStringLiteral("authority"));
        if (authority.isEmpty())
            authority = cells.line(QStringLiteral("issuer"));
        appendOnce(group.authorities, authority);
        appendOnce(group.contents, cells.text(QStringLiteral("content")));
        appendOnce(group.methods, cells.line(QStringLiteral("method")));
        appendOnce(group.ownershipTexts, cells.line(QStringLiteral("ownerships")));
    }

    // The item's content when the file has no 抽查内容: its 抽查类别, and its 事项类别 when the file names no object
    // types to carry them (object types carry their own, InspectionItem::objectKinds).
    QString composedContent(const Group& group) const
    {
        QStringList parts;
        if (!group.itemClasses.isEmpty())
            parts << label(QStringLiteral("itemClass")) + QStringLiteral("：")
                    + group.itemClasses.join(QStringLiteral("、"));
        QStringList kinds;
        for (const auto& [object, kind] : group.objectKinds)
            if (object.isEmpty())
                appendOnce(kinds, kind);
        if (!kinds.isEmpty())
            parts << label(QStringLiteral("itemKind")) + QStringLiteral("：") + kinds.join(QStringLiteral("、"));
        return parts.join(QStringLiteral("；"));
    }

    void complete(ImportRow& row, Group& group) const
    {
        InspectionItem& item = group.item;
        if (has(QStringLiteral("legalBasis")))
            item.legalBasis = group.laws.join(QLatin1Char('\n'));
        if (has(QStringLiteral("authority")) || has(QStringLiteral("issuer")))
            item.authority = group.authorities.join(QStringLiteral("、"));
        if (has(QStringLiteral("content")))
            item.content = group.contents.join(QLatin1Char('\n'));
        if (item.content.isEmpty())
            item.content = composedContent(group);
        // The object types: from our own column, else from a provincial list's 检查对象 with its 事项类别; a file
        // with neither keeps the item's.
        if (has(QStringLiteral("objectKinds"))) {
            item.objectKinds = InspectionItem::objectKindsFromLines(group.objectKindLines.join(QLatin1Char('\n')));
        } else if (has(QStringLiteral("itemKind"))) {
            item.objectKinds.clear();
            for (const auto& [object, kind] : group.objectKinds)
                if (!object.isEmpty())
                    item.objectKinds.append({object, kind});
        }
        if (has(QStringLiteral("method")))
            item.method = group.methods.join(QStringLiteral("、"));
        if (has(QStringLiteral("categories"))) {
            QSet<QString> found;
            const QStringList allCategories = Vocabulary::categories().keys(); // one list: both iterators into it
            for (const QString& text : std::as_const(group.objects)) {
                const QStringList keys = categoriesIn(text);
                if (keys.isEmpty()) {
                    found.unite(QSet<QString>(allCategories.cbegin(), allCategories.cend()));
                    row.notes << RegistryImport::tr("\"%1\" names no known category; the item applies to all "
                                                    "categories. Check it after the import.")
                                     .arg(text);
                }
                found.unite(QSet<QString>(keys.cbegin(), keys.cend()));
            }
            item.categories.clear();
            for (const QString& key : allCategories)
                if (found.contains(key))
                    item.categories << key;
        }
        const auto ownershipsOf = [](const QStringList& texts) {
            QStringList found;
            for (const QString& text : texts)
                for (const QString& key : ownershipsIn(text))
                    appendOnce(found, key);
            QStringList ordered;
            for (const QString& key : Vocabulary::ownerships().keys())
                if (found.contains(key))
                    ordered << key;
            return ordered;
        };
        const auto bothMeansAll = [](const QStringList& ownerships) {
            return ownerships.size() == Vocabulary::ownerships().keys().size() ? QStringList() : ownerships;
        };
        if (has(QStringLiteral("ownerships"))) {
            // 全部, 不限, both, or empty: every ownership.
            item.ownerships = bothMeansAll(ownershipsOf(group.ownershipTexts));
        } else {
            // The provincial layout has no ownership column: "民办学校" in 检查对象 (or in the item's name) is the
            // restriction, else a draw for the item would pick public schools too. Neither word: left as it is.
            QString source = label(QStringLiteral("categories"));
            QStringList found = ownershipsOf(group.objects);
            if (found.isEmpty()) {
                source = label(QStringLiteral("name"));
                found = ownershipsOf({item.name});
            }
            if (!found.isEmpty()) {
                item.ownerships = bothMeansAll(found);
                QStringList labels;
                for (const QString& key : std::as_const(found))
                    labels << Vocabulary::ownerships().label(key);
                row.notes << RegistryImport::tr("The file has no ownership column; taken from %1: %2.")
                                 .arg(source, labels.join(QStringLiteral("、")));
            }
        }
        if (!row.moreRows.isEmpty())
            row.notes.prepend(RegistryImport::tr("Rows %1 are one item.").arg(row.rowRange()));

        if (group.assignCode)
            item.code = QStringLiteral("JY-00"); // stands in for the next free code, given on write
        for (const FieldError& e : item.problems())
            row.problems.append({has(e.field) ? label(e.field) : InspectionItem::fieldLabel(e.field), e.message});
        row.key = group.assignCode ? QString() : item.code;
        row.name = item.name;
        const QJsonObject& before = group.before;
        decide(row, group.existingId, [&] { return item.toJson() != before; });

        item.id = group.existingId;
        group.write = [item, assignCode = group.assignCode](WriteTransaction& tx) mutable {
            ItemRepository repo(tx.database());
            if (item.id)
                return repo.update(tx, item);
            if (assignCode)
                item.code = repo.nextCode();
            return repo.insert(tx, item);
        };
    }

    static QStringList categoriesIn(const QString& text)
    {
        QSet<QString> found;
        // Cells that are a list of categories ("幼儿园、小学", "primary, junior").
        QString unmatched;
        for (const QString& part : splitList(text)) {
            const QString key = Vocabulary::categories().keyFor(part);
            if (key.isEmpty())
                unmatched += part + QLatin1Char(' ');
            else
                found.insert(key);
        }
        // Free text such as "全县民办学校和幼儿园": the words inside it, longest first, each taken out once found,
        // so that "职业高中" is not also read as 高中, nor "九年一贯制学校" as 学校.
        static const QList<std::pair<QString, QString>> words = wordsOf(Vocabulary::categories());
        for (const auto& [word, key] : words) {
            if (unmatched.contains(word)) {
                found.insert(key);
                unmatched.replace(word, QStringLiteral(" "));
            }
        }
        // "学校" alone means the schools: the policy (§3) lists 学校, 幼儿园 and 培训机构 as three kinds, and the
        // provincial list names 民办幼儿园 beside 民办学校 when it means them.
        if (unmatched.contains(QStringLiteral("学校")))
            found.unite(QSet<QString> {QStringLiteral("primary"), QStringLiteral("junior"), QStringLiteral("senior"),
                                       QStringLiteral("complete_middle"), QStringLiteral("nine_year"),
                                       QStringLiteral("vocational"), QStringLiteral("special")});
        QStringList ordered;
        for (const QString& key : Vocabulary::categories().keys())
            if (found.contains(key))
                ordered << key;
        return ordered;
    }

    QHash<QString, qint64> m_byCode;
    QMultiHash<QString, Stored> m_byName;
    QSet<qint64> m_used; // the stored items an item of the file already changes
    QHash<QString, QString> m_labels; // the file's column names by key
    QList<Group> m_groups;
    QHash<QString, int> m_groupOf; // identity → index in m_groups
    int m_last = -1; // the item of the row above
};

class InspectorAdapter final : public Adapter
{
public:
    using Adapter::Adapter;
    void load() override
    {
        QSqlQuery q(m_db.sql());
        q.exec(QStringLiteral("SELECT id, code, name FROM inspector"));
        while (q.next()) {
            m_byCode.insert(q.value(1).toString(), q.value(0).toLongLong());
            m_byName.insert(q.value(2).toString(), q.value(0).toLongLong());
        }
    }

    void parse(const RowCells& cells, ImportRow& row, std::function<bool(WriteTransaction&)>& write) override
    {
        const QString code = Validators::normalizeCode(cells.text(QStringLiteral("code")));
        const QString name = cells.line(QStringLiteral("name"));
        const qint64 existingId = !code.isEmpty() ? m_byCode.value(code) : m_byName.value(name);
        Inspector x;
        if (existingId) {
            if (const auto stored = InspectorRepository(m_db).find(existingId))
                x = *stored;
        }
        const QJsonObject before = existingId ? x.toJson() : QJsonObject();
        if (!code.isEmpty())
            x.code = code;
        readText(cells, QStringLiteral("name"), x.name);
        readTerm(cells, row, QStringLiteral("gender"), Vocabulary::genders(), x.gender);
        readText(cells, QStringLiteral("section"), x.section);
        if (cells.has(QStringLiteral("certNo")))
            x.certNo = TableText::halfWidth(cells.line(QStringLiteral("certNo")));
        readDate(cells, row, QStringLiteral("certFrom"), x.certFrom);
        readDate(cells, row, QStringLiteral("certTo"), x.certTo);
        if (cells.has(QStringLiteral("specialties")))
            x.specialties = splitList(cells.text(QStringLiteral("specialties")));
        readTerm(cells, row, QStringLiteral("status"), Vocabulary::inspectorStatuses(), x.status);
        readText(cells, QStringLiteral("phone"), x.phone);
        x.phone = TableText::halfWidth(x.phone).remove(QLatin1Char(' '));
        if (cells.has(QStringLiteral("idCard"))) {
            const QString text = cells.text(QStringLiteral("idCard"));
            if (Validators::looksLikeExcelNumber(text))
                row.problems.append({cells.label(QStringLiteral("idCard")),
                                     RegistryImport::tr("%1 was stored by Excel as a number and its last digits are "
                                                        "lost. Format the column as text and export again.")
                                         .arg(text)});
            else
                x.idCard = Validators::normalizeCode(text);
        }
        if (x.code.isEmpty())
            x.code = QStringLiteral("ZF-000"); // replaced on write by the next free code
        addProblems(row, x.problems(), cells, &Inspector::fieldLabel);
        if (const int earlier = firstRowWith(m_seen, code.isEmpty() ? name : code, row.rowNumber))
            row.problems.append({cells.label(code.isEmpty() ? QStringLiteral("name") : QStringLiteral("code")),
                                 RegistryImport::tr("The same inspector as row %1.").arg(earlier)});
        const bool assignCode = !existingId && code.isEmpty();
        row.key = assignCode ? QString() : x.code;
        row.name = x.name;
        decide(row, existingId, [&] { return x.toJson() != before; });
        x.id = existingId;
        write = [x, assignCode](WriteTransaction& tx) mutable {
            InspectorRepository repo(tx.database());
            if (x.id)
                return repo.update(tx, x);
            if (assignCode)
                x.code = repo.nextCode();
            return repo.insert(tx, x);
        };
    }

private:
    QHash<QString, qint64> m_byCode;
    QHash<QString, qint64> m_byName;
    QHash<QString, int> m_seen;
};

class ConflictAdapter final : public Adapter
{
public:
    using Adapter::Adapter;
    void load() override
    {
        QSqlQuery q(m_db.sql());
        q.exec(QStringLiteral("SELECT id, code, name FROM inspector"));
        while (q.next()) {
            m_inspectorByCode.insert(q.value(1).toString(), q.value(0).toLongLong());
            m_inspectorByName.insert(q.value(2).toString(), q.value(0).toLongLong());
        }
        q.exec(QStringLiteral("SELECT id, credit_code, code, name FROM entity"));
        while (q.next()) {
            if (!q.value(1).toString().isEmpty())
                m_entityByCode.insert(q.value(1).toString(), q.value(0).toLongLong());
            m_entityByCode.insert(q.value(2).toString(), q.value(0).toLongLong());
            m_entityByName.insert(q.value(3).toString(), q.value(0).toLongLong());
        }
        for (const Conflict& c : ConflictRepository(m_db).list({0, 0, QString(), 1}, 0, -1))
            m_existing.insert(pairKey(c.inspectorId, c.entityId, c.reason), c);
    }

    void parse(const RowCells& cells, ImportRow& row, std::function<bool(WriteTransaction&)>& write) override
    {
        Conflict c;
        const QString inspectorCode = Validators::normalizeCode(cells.text(QStringLiteral("inspectorCode")));
        const QString inspectorName = cells.line(QStringLiteral("inspectorName"));
        c.inspectorId = !inspectorCode.isEmpty() ? m_inspectorByCode.value(inspectorCode)
                                                 : m_inspectorByName.value(inspectorName);
        if (!c.inspectorId)
            row.problems.append({cells.label(inspectorCode.isEmpty() ? QStringLiteral("inspectorName")
                                                                     : QStringLiteral("inspectorCode")),
                                 RegistryImport::tr("No inspector %1 in the inspector registry.")
                                     .arg(inspectorCode.isEmpty() ? inspectorName : inspectorCode)});
        const QString entityCode = Validators::normalizeCode(cells.text(QStringLiteral("creditCode")));
        const QString entityName = cells.line(QStringLiteral("entityName"));
        c.entityId = !entityCode.isEmpty() ? m_entityByCode.value(entityCode) : m_entityByName.value(entityName);
        if (!c.entityId)
            row.problems.append(
                {cells.label(entityCode.isEmpty() ? QStringLiteral("entityName") : QStringLiteral("creditCode")),
                 RegistryImport::tr("No entity %1 in the entity registry.")
                     .arg(entityCode.isEmpty() ? entityName : entityCode)});
        c.reason.clear();
        readTerm(cells, row, QStringLiteral("reason"), Vocabulary::conflictReasons(), c.reason);
        if (c.reason.isEmpty() && !cells.text(QStringLiteral("reasonText")).isEmpty())
            c.reason = QStringLiteral("other");
        readText(cells, QStringLiteral("reasonText"), c.reasonText);
        readDate(cells, row, QStringLiteral("validFrom"), c.validFrom);
        readDate(cells, row, QStringLiteral("validTo"), c.validTo);

        const QString key = pairKey(c.inspectorId, c.entityId, c.reason);
        const bool exists = m_existing.contains(key);
        QJsonObject before;
        if (exists) {
            const Conflict stored = m_existing.value(key);
            before = stored.toJson();
            c.id = stored.id;
            c.inspectorCode = stored.inspectorCode;
            c.inspectorName = stored.inspectorName;
            c.entityCode = stored.entityCode;
            c.entityName = stored.entityName;
            c.entityCreditCode = stored.entityCreditCode;
        } else {
            c.inspectorCode = inspectorCode;
            c.inspectorName = inspectorName;
            c.entityName = entityName;
            c.entityCreditCode = entityCode;
        }
        addProblems(row, c.problems(), cells, &Conflict::fieldLabel);
        if (const int earlier = firstRowWith(m_seen, key, row.rowNumber))
            row.problems.append({cells.label(QStringLiteral("reason")),
                                 RegistryImport::tr("The same conflict as row %1.").arg(earlier)});
        row.key = (inspectorCode.isEmpty() ? inspectorName : inspectorCode) + QStringLiteral(" ↔ ")
            + (entityCode.isEmpty() ? entityName : entityCode);
        row.name = inspectorName + QStringLiteral(" ↔ ") + entityName;
        decide(row, exists, [&] { return merged(before, c) != before; });
        write = [c](WriteTransaction& tx) mutable {
            ConflictRepository repo(tx.database());
            return c.id ? repo.update(tx, c) : repo.insert(tx, c);
        };
    }

private:
    static QString pairKey(qint64 inspector, qint64 entity, const QString& reason)
    {
        return QStringLiteral("%1|%2|%3").arg(inspector).arg(entity).arg(reason);
    }
    // The stored conflict's JSON with the fields an import can change taken from `c`.
    static QJsonObject merged(const QJsonObject& before, const Conflict& c)
    {
        QJsonObject after = before;
        const QJsonObject changed = c.toJson();
        for (const char* key : {"reasonText", "validFrom", "validTo"})
            after.insert(QString::fromLatin1(key), changed.value(QString::fromLatin1(key)));
        return after;
    }

    QHash<QString, qint64> m_inspectorByCode;
    QHash<QString, qint64> m_inspectorByName;
    QHash<QString, qint64> m_entityByCode;
    QHash<QString, qint64> m_entityByName;
    QHash<QString, Conflict> m_existing;
    QHash<QString, int> m_seen;
};

std::unique_ptr<Adapter> adapterFor(Registry registry, Database& db)
{
    switch (registry) {
    case Registry::Townships:
        return std::make_unique<TownshipAdapter>(db);
    case Registry::Items:
        return std::make_unique<ItemAdapter>(db);
    case Registry::Entities:
        return std::make_unique<EntityAdapter>(db);
    case Registry::Inspectors:
        return std::make_unique<InspectorAdapter>(db);
    case Registry::Conflicts:
        return std::make_unique<ConflictAdapter>(db);
    }
    return nullptr;
}

} // namespace

QString ImportRow::rowRange() const
{
    QList<int> numbers = moreRows;
    numbers.prepend(rowNumber);
    std::sort(numbers.begin(), numbers.end());
    QStringList runs;
    for (int i = 0; i < numbers.size();) {
        int j = i;
        while (j + 1 < numbers.size() && numbers.at(j + 1) == numbers.at(j) + 1)
            ++j;
        runs << (j == i ? QString::number(numbers.at(i))
                        : QStringLiteral("%1–%2").arg(numbers.at(i)).arg(numbers.at(j)));
        i = j + 1;
    }
    return runs.join(QStringLiteral("、"));
}

int ImportPreview::count(ImportRow::Verdict verdict) const
{
    return int(
        std::count_if(rows.cbegin(), rows.cend(), [verdict](const ImportRow& r) { return r.verdict == verdict; }));
}

QStringList ImportPreview::rejectionLines() const
{
    QStringList lines;
    for (const ImportRow& row : rows) {
        if (row.verdict != Verdict::Rejected)
            continue;
        QStringList parts;
        for (const FieldError& e : row.problems)
            parts << e.field + QStringLiteral(": ") + e.message;
        lines << QStringLiteral("row %1: %2").arg(row.rowRange(), parts.join(QStringLiteral("; ")));
    }
    return lines;
}

QList<ColumnSpec> RegistryImport::columns(Registry registry)
{
    auto spec = [](const char* key, std::initializer_list<const char*> list, bool required = false) {
        return ColumnSpec {QString::fromLatin1(key), names(list), required};
    };
    switch (registry) {
    case Registry::Townships:
        return {spec("sortOrder", {"序号", "排序"}), spec("name", {"名称", "乡镇名称", "乡镇"}, true),
                spec("kind", {"类型", "类别"})};
    case Registry::Items:
        return {spec("code", {"事项编码", "编码", "事项编号"}),
                spec("name", {"抽查事项", "事项名称", "抽查事项名称", "检查事项"}, true),
                spec("legalBasis", {"抽查依据", "检查依据", "法律依据", "设定依据"}, true),
                spec("authority", {"抽查主体", "检查主体", "实施主体"}),
                spec("content", {"抽查内容", "检查内容"}),
                spec("method", {"抽查方式", "检查方式"}),
                spec("categories", {"适用对象类别", "检查对象", "抽查对象", "对象类别"}),
                spec("ownerships", {"适用办学性质", "办学性质"}),
                spec("objectKinds", {"检查对象及事项类别"}),
                spec("minRatio", {"最低抽查比例", "抽查比例"}),
                spec("frequency", {"抽查频次（月）", "抽查频次", "频次"}),
                spec("effectiveFrom", {"生效日期", "有效期起"}),
                spec("effectiveTo", {"失效日期", "有效期止"}),
                spec("status", {"状态"}),
                spec("itemClass", {"抽查类别"}),
                spec("itemKind", {"事项类别"}),
                spec("issuer", {"编制单位名称", "编制单位"}),
                spec("serial", {"序号"})};
    case Registry::Entities:
        return {
            spec("creditCode",
                 {"统一社会信用代码", "信用代码", "社会信用代码", "统一代码", "统一信用代码", "社会统一信用代码",
                  "TYSHXYDM", "TYXYDM", "SHXYDM", "XYDM"}),
            spec("name",
                 {"单位名称", "名称", "学校名称", "机构名称", "学校（机构）名称", "幼儿园名称", "企业名称", "单位全称",
                  "主体名称", "市场主体名称", "组织名称", "DWMC", "QYMC", "JGMC", "XXMC"},
                 true),
            spec("category", {"类别", "类型", "学校类别", "机构类别", "办学类型"}),
            spec("ownership", {"办学性质", "性质"}),
            spec("township", {"所属乡镇", "乡镇", "乡镇（街道）", "所在乡镇", "乡镇街道", "所属街道", "街道", "SSXZ"}),
            spec("address",
                 {"办学地址", "地址", "详细地址", "经营地址", "经营场所", "住所", "注册地址", "单位地址", "办公地址",
                  "JYDZ", "BXDZ"}),
            spec("principal",
                 {"负责人", "法定代表人", "校长", "园长", "法人代表", "法定代表人姓名", "负责人姓名", "法人", "FDDBR",
                  "FZR"}),
            spec("phone", {"联系电话", "电话", "手机", "联系方式", "办公电话", "固定电话", "手机号码", "LXDH"}),
            spec("status", {"状态", "办学状态"}),
            spec("riskClass", {"信用风险分类", "风险分类", "风险等级"}),
            spec("blacklisted", {"黑名单", "是否黑名单", "列入黑名单"}),
            spec("blacklistReason", {"黑名单原因", "列入原因"}),
            spec("blacklistFrom", {"黑名单起始日期", "列入日期"}),
            spec("blacklistTo", {"黑名单截止日期", "移出日期"}),
            spec("tags", {"标签"}),
            spec("code", {"对象编号", "登记编号"})};
    case Registry::Inspectors:
        return {spec("code", {"人员编号", "编号", "工号", "RYBH"}),
                spec("name", {"姓名", "执法人员姓名", "XM"}, true),
                spec("gender", {"性别"}),
                spec("section", {"所在股室", "股室", "科室", "所在科室", "部门"}),
                spec("certNo", {"执法证号", "行政执法证号", "执法证件号", "执法证编号", "行政执法资格证号"}),
                spec("certFrom", {"证件有效期起", "发证日期", "有效期起"}),
                spec("certTo", {"证件有效期止", "有效期止", "有效期至", "证件有效期至"}),
                spec("specialties", {"专业领域", "执法领域", "专业"}),
                spec("status", {"状态", "在岗状态"}),
                spec("phone", {"联系电话", "电话", "手机", "手机号码", "LXDH"}),
                spec("idCard", {"身份证号", "身份证号码", "公民身份号码", "SFZH"})};
    case Registry::Conflicts:
        return {spec("inspectorCode", {"人员编号"}),
                spec("inspectorName", {"执法人员姓名", "执法人员", "姓名"}),
                spec("creditCode", {"统一社会信用代码", "信用代码", "社会信用代码", "统一信用代码", "TYXYDM"}),
                spec("entityName", {"检查对象名称", "检查对象", "单位名称", "企业名称", "机构名称"}),
                spec("reason", {"回避原因", "回避事由", "利害关系"}),
                spec("reasonText", {"说明", "备注", "具体情形"}),
                spec("validFrom", {"有效期起", "起始日期"}),
                spec("validTo", {"有效期止", "截止日期"})};
    }
    return {};
}

QString RegistryImport::registryLabel(Registry registry)
{
    switch (registry) {
    case Registry::Townships:
        return tr("townships");
    case Registry::Items:
        return tr("inspection items");
    case Registry::Entities:
        return tr("entities");
    case Registry::Inspectors:
        return tr("inspectors");
    case Registry::Conflicts:
        return tr("conflicts of interest");
    }
    return {};
}

QString RegistryImport::registryName(Registry registry)
{
    switch (registry) {
    case Registry::Townships:
        return QStringLiteral("townships");
    case Registry::Items:
        return QStringLiteral("items");
    case Registry::Entities:
        return QStringLiteral("entities");
    case Registry::Inspectors:
        return QStringLiteral("inspectors");
    case Registry::Conflicts:
        return QStringLiteral("conflicts");
    }
    return {};
}

std::optional<Registry> RegistryImport::registryFromName(const QString& name)
{
    for (Registry r :
         {Registry::Townships, Registry::Items, Registry::Entities, Registry::Inspectors, Registry::Conflicts})
        if (registryName(r) == name)
            return r;
    return std::nullopt;
}

QString RegistryImport::fieldLabel(Registry registry, const QString& key)
{
    for (const ColumnSpec& spec : columns(registry))
        if (spec.key == key)
            return spec.names.isEmpty() ? spec.key : spec.names.first();
    return key;
}

QString RegistryImport::fieldKey(Registry registry, const QString& word)
{
    const QString wanted = TableText::headerKey(word);
    if (wanted.isEmpty())
        return {};
    for (const ColumnSpec& spec : columns(registry)) {
        if (TableText::headerKey(spec.key) == wanted
            || (!spec.names.isEmpty() && TableText::headerKey(spec.names.first()) == wanted))
            return spec.key;
    }
    return {};
}

QString RegistryImport::mappingProblem(Registry registry, const ColumnMapping& mapping)
{
    QHash<QString, QString> fieldOfColumn; // the column's header key → the first field it was chosen for
    for (const ColumnSpec& spec : columns(registry)) {
        if (!mapping.contains(spec.key))
            continue;
        const QString column = TableText::headerKey(mapping.value(spec.key));
        if (column.isEmpty())
            return tr("No column was chosen for %1.").arg(fieldLabel(registry, spec.key));
        if (fieldOfColumn.contains(column))
            return tr("The column \"%1\" was chosen for both %2 and %3: a column can fill one field only.")
                .arg(mapping.value(spec.key), fieldLabel(registry, fieldOfColumn.value(column)),
                     fieldLabel(registry, spec.key));
        fieldOfColumn.insert(column, spec.key);
    }
    for (auto it = mapping.cbegin(); it != mapping.cend(); ++it) {
        if (fieldKey(registry, it.key()) != it.key())
            return tr("%1 has no field \"%2\". Its fields are: %3.")
                .arg(registryLabel(registry), it.key(), fieldLabels(registry));
    }
    return {};
}

QString RegistryImport::fieldLabels(Registry registry)
{
    QStringList labels;
    for (const ColumnSpec& spec : columns(registry))
        labels << (spec.names.isEmpty() ? spec.key : spec.names.first());
    return labels.join(QStringLiteral("、"));
}

bool RegistryImport::parseMapping(Registry registry, const QStringList& assignments, ColumnMapping* mapping,
                                  QString* problem)
{
    ColumnMapping parsed;
    const auto fail = [problem](const QString& text) {
        if (problem)
            *problem = text;
        return false;
    };
    for (const QString& assignment : assignments) {
        const qsizetype equals = assignment.indexOf(QLatin1Char('='));
        if (equals < 0)
            return fail(
                tr("--map %1: write it as FIELD=COLUMN, for example --map %2=%3.")
                    .arg(assignment, fieldLabel(registry, QStringLiteral("name")), QString::fromUtf8("企业名称")));
        const QString field = assignment.left(equals).trimmed();
        const QString column = assignment.mid(equals + 1).trimmed();
        const QString key = fieldKey(registry, field);
        if (key.isEmpty())
            return fail(tr("--map %1: %2 has no field \"%3\". Its fields are: %4.")
                            .arg(assignment, registryLabel(registry), field, fieldLabels(registry)));
        if (TableText::headerKey(column).isEmpty())
            return fail(tr("--map %1: the column's name is missing after \"=\".").arg(assignment));
        if (parsed.contains(key))
            return fail(tr("--map %1: %2 was given a column twice.").arg(assignment, fieldLabel(registry, key)));
        parsed.insert(key, column);
    }
    if (const QString wrong = mappingProblem(registry, parsed); !wrong.isEmpty())
        return fail(QStringLiteral("--map: ") + wrong);
    if (mapping)
        *mapping = parsed;
    return true;
}

QStringList RegistryImport::mappingAssignments(Registry registry, const ColumnMapping& mapping)
{
    QStringList out;
    for (const ColumnSpec& spec : columns(registry))
        if (mapping.contains(spec.key))
            out << fieldLabel(registry, spec.key) + QLatin1Char('=') + mapping.value(spec.key);
    return out;
}

QString RegistryImport::mappingSettingKey(Registry registry, const QString& headerSet)
{
    return QStringLiteral("import/columns/%1/%2").arg(registryName(registry), headerSet);
}

QString RegistryImport::mappingText(const ColumnMapping& mapping)
{
    QJsonObject object;
    for (auto it = mapping.cbegin(); it != mapping.cend(); ++it)
        object.insert(it.key(), it.value());
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

ColumnMapping RegistryImport::offeredMapping(Database& db, Registry registry, const ImportPreview& preview,
                                             bool* remembered)
{
    ColumnMapping offered = rememberedMapping(db, registry, preview.headerSet);
    *remembered = !offered.isEmpty();
    if (offered.isEmpty())
        for (auto it = preview.foundColumns.cbegin(); it != preview.foundColumns.cend(); ++it)
            offered.insert(it.key(), preview.fileColumns.value(it.value()));
    return offered;
}

ColumnMapping RegistryImport::rememberedMapping(Database& db, Registry registry, const QString& headerSet)
{
    if (headerSet.isEmpty())
        return {};
    const QString text = Settings(db).value(mappingSettingKey(registry, headerSet));
    ColumnMapping mapping;
    const QJsonObject object = QJsonDocument::fromJson(text.toUtf8()).object();
    for (auto it = object.constBegin(); it != object.constEnd(); ++it)
        if (it.value().isString())
            mapping.insert(it.key(), it.value().toString());
    // A stored mapping that no longer fits (a field renamed in a later version) is not offered.
    if (!mappingProblem(registry, mapping).isEmpty())
        return {};
    return mapping;
}

ImportPreview RegistryImport::preview(Database& db, Registry registry, const QString& path,
                                      const ImportProgress& progress, const ColumnMapping& mapping)
{
    QString error;
    // Reading is the first half of the work, checking the rows the second.
    const auto readProgress = [&progress](qint64 done, qint64 total) { return !progress || progress(done / 2, total); };
    const std::optional<Table> table = TableReader::read(path, &error, readProgress);
    if (!table) {
        ImportPreview preview;
        preview.registry = registry;
        preview.fileName = QFileInfo(path).fileName();
        preview.error = error;
        return preview;
    }
    ImportPreview preview = previewTable(db, registry, *table, progress, mapping);
    preview.fileName = QFileInfo(path).fileName();
    return preview;
}

ImportPreview RegistryImport::previewTable(Database& db, Registry registry, const Table& table,
                                           const ImportProgress& progress, const ColumnMapping& mapping)
{
    ImportPreview preview;
    preview.registry = registry;
    preview.fileName = table.sourceName;
    preview.mapping = mapping;
    const QList<ColumnSpec> specs = columns(registry);
    if (const QString problem = mappingProblem(registry, mapping); !problem.isEmpty()) {
        preview.error = problem;
        return preview;
    }
    // Every stage can be cancelled: the reading (TableReader asks while it reads and merges cells), finding the
    // header, and the rows.
    const qint64 total = table.rows.size();
    const auto cancelled = [&preview] {
        preview.error = tr("The import was cancelled.");
        preview.rows.clear();
        return preview;
    };
    const HeaderMatch match = TableHeader::locate(
        table, specs, [&progress, total] { return !progress || progress(total / 2, total); }, mapping);
    if (match.cancelled)
        return cancelled();
    // What the clerk needs to choose columns by hand: the header's names, the first rows under it.
    preview.fileColumns = match.columnNames;
    preview.missingFields = match.missingKeys;
    preview.foundColumns = match.columns;
    preview.headerSet = TableHeader::headerSetKey(match.columnNames);
    if (match.namesRow >= 0) {
        const int from = match.found() ? match.firstDataRow : match.namesRow + 1;
        for (int r = from; r < table.rows.size() && preview.examples.size() < ImportPreview::kExampleRows; ++r) {
            if (TableHeader::isBlankRow(table.rows.at(r)))
                continue;
            QStringList cells;
            for (const QString& cell : table.rows.at(r))
                cells << oneLine(TableText::cleanCell(cell)).left(200);
            preview.examples.append(cells);
        }
    }
    if (match.headerRow < 0) {
        QStringList expected;
        for (const ColumnSpec& s : specs)
            if (s.required)
                expected << s.names.first();
        preview.error = tr("No header row was found in the first rows of the file. The %1 file needs a header row "
                           "with at least the columns: %2.")
                            .arg(registryLabel(registry), expected.join(QStringLiteral("、")));
        return preview;
    }
    if (!match.unmatchedMapping.isEmpty()) {
        preview.unfitFields = match.unmatchedMapping;
        const QString key = match.unmatchedMapping.first();
        QStringList named;
        for (const QString& name : match.columnNames)
            if (!name.isEmpty())
                named << name;
        preview.error = tr("The header (row %1) has no column \"%2\" (chosen for %3). Its columns are: %4.")
                            .arg(match.headerRow + 1)
                            .arg(mapping.value(key), fieldLabel(registry, key), named.join(QStringLiteral("、")));
        return preview;
    }
    if (!match.missingRequired.isEmpty()) {
        preview.error = tr("The header (row %1) lacks the required column(s): %2.")
                            .arg(match.headerRow + 1)
                            .arg(match.missingRequired.join(QStringLiteral("、")));
        return preview;
    }
    preview.ignoredColumns = match.unknownColumns;

    QHash<QString, QString> labels;
    const QStringList& header = table.rows.at(match.headerRow);
    for (auto it = match.columns.cbegin(); it != match.columns.cend(); ++it) {
        QString label = it.value() < header.size() ? oneLine(TableText::cleanCell(header.at(it.value()))) : QString();
        for (const ColumnSpec& s : specs)
            if (s.key == it.key() && label.isEmpty())
                label = s.names.first();
        labels.insert(it.key(), label);
    }

    std::unique_ptr<Adapter> adapter = adapterFor(registry, db);
    adapter->load();
    auto steps = std::make_shared<QList<ImportPreview::Step>>();
    steps->reserve(table.rows.size() - match.firstDataRow);
    preview.rows.reserve(table.rows.size() - match.firstDataRow);
    // A CSV file is read without the guard our CSV export puts before = + - @ (an .xlsx export has none).
    CellTexts texts(!table.encoding.isEmpty());
    for (int r = match.firstDataRow; r < table.rows.size(); ++r) {
        // Asked before the blank rows are passed over: a file of a million blank rows can be cancelled too.
        if (progress && (r % 100) == 0 && !progress(total / 2 + r / 2, total))
            return cancelled();
        const QStringList& cells = table.rows.at(r);
        if (TableHeader::isBlankRow(cells))
            continue;
        adapter->read(RowCells(cells, match, labels, texts), r + 1, preview.rows, *steps);
    }
    adapter->finish(preview.rows, *steps);
    if (preview.rows.isEmpty())
        preview.error = tr("The file has a header but no data rows.");
    preview.steps = steps;
    return preview;
}

bool RegistryImport::apply(Database& db, const ImportPreview& preview, ImportSummary* summary, QString* error,
                           const ImportProgress& progress)
{
    QString stepError;
    WriteTransaction tx(db);
    if (applyIn(tx, preview, summary, &stepError, progress) && tx.commit()) {
        // The new entities are indexed for the search after the import's commit, in a transaction of their own: one
        // statement for all of them (inside the import FTS5 would write its terms at every row), and the import
        // stands even if this fails (the search finds the entities above the index's mark without it, and the
        // next open tries again).
        if (preview.registry == Registry::Entities)
            EntitySearch::catchUp(db);
        return true;
    }
    if (error)
        *error = stepError.isEmpty() ? tx.error() + QLatin1Char(' ') + tr("Nothing was imported.") : stepError;
    return false;
}

bool RegistryImport::applyIn(WriteTransaction& tx, const ImportPreview& preview, ImportSummary* summary, QString* error,
                             const ImportProgress& progress)
{
    if (!tx.ok())
        return false;
    if (!preview.isUsable() || !preview.steps)
        return tx.fail(preview.error.isEmpty() ? tr("Nothing to import.") : preview.error);
    const qint64 total = preview.steps->size();
    qint64 done = 0;
    for (const ImportPreview::Step& step : *preview.steps) {
        if (!step.write(tx)) {
            if (error)
                *error = tr("Row %1: %2 Nothing was imported.")
                             .arg(preview.rows.at(step.rowIndex).rowNumber)
                             .arg(tx.error());
            return false;
        }
        ++done;
        if (progress && (done % 500) == 0 && !progress(done, total))
            return tx.fail(tr("The import was cancelled. Nothing was imported."));
    }
    ImportSummary s;
    s.created = preview.count(Verdict::New);
    s.updated = preview.count(Verdict::Update);
    s.unchanged = preview.count(Verdict::Unchanged);
    s.rejected = preview.count(Verdict::Rejected);
    const QJsonObject record {{QStringLiteral("registry"), registryName(preview.registry)},
                              {QStringLiteral("file"), preview.fileName},
                              {QStringLiteral("created"), s.created},
                              {QStringLiteral("updated"), s.updated},
                              {QStringLiteral("unchanged"), s.unchanged},
                              {QStringLiteral("rejected"), s.rejected}};
    if (!tx.recordChange(QStringLiteral("import"), QStringLiteral("file"), preview.fileName, {}, record))
        return false;
    if (progress)
        progress(total, total);
    if (summary)
        *summary = s;
    return true;
}
