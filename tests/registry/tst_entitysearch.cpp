// The entity search through the trigram index (entity_search, EntitySearch) gives exactly what the plain filter
// gave before it: the same entities in the same order, for Chinese and ASCII texts of 1, 2, 3 and more characters,
// LIKE's wildcards % and _, quotes; with the entities above the index's mark not indexed yet and after the catch-up;
// after entities were created, renamed, recoded and deleted through EntityRepository (which keeps the index),
// imported, upgraded from an older file, and changed outside the program (then EntitySearch::rebuild). The index
// itself is checked too: it names exactly the entities up to the mark whose text holds a trigram.
#include "Database.h"
#include "EntityRepository.h"
#include "EntitySearch.h"
#include "RegistryImport.h"
#include "Schema.h"
#include "TestSupport.h"
#include "Validators.h"
#include "WriteTransaction.h"

#include <QRandomGenerator>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

namespace {

const QStringList kPlaces {QStringLiteral("昌黎镇"),   QStringLiteral("靖安镇"), QStringLiteral("泥井镇"),
                           QStringLiteral("大蒲河镇"), QStringLiteral("团林乡"), QStringLiteral("𠀀山村")};
const QStringList kSuffixes {QStringLiteral("小学"),     QStringLiteral("幼儿园"), QStringLiteral("培训学校"),
                             QStringLiteral("初级中学"), QStringLiteral("学"),     QString()};
// Names that a random one would rarely give: LIKE's wildcards and quotes in them, mixed case, one character,
// characters outside the BMP, a name ending in what is searched.
const QStringList kOddNames {
    QStringLiteral("100%学校"),       QStringLiteral("A_B 培训中心"), QStringLiteral("O'Brien 英语"),
    QStringLiteral("\"星星\"幼儿园"), QStringLiteral("学"),           QStringLiteral("靖"),
    QStringLiteral("ABC学校"),        QStringLiteral("abc学校"),      QStringLiteral("Äbc 学堂"),
    QStringLiteral("äBC 学堂"),       QStringLiteral("𠀀"),           QStringLiteral("靖安"),
    QStringLiteral("xx%yy"),          QStringLiteral("小学小学小学")};

// A valid 统一社会信用代码 whose organisation code is MJ and six digits of n (searches for "mj0001" find it).
QString creditFor(int n, const QString& region = QStringLiteral("130322"))
{
    const QString body = QStringLiteral("MJ%1").arg(n % 1000000, 6, 10, QLatin1Char('0'));
    const QString first17 = QStringLiteral("52") + region + body + Validators::organizationCodeCheckCharacter(body);
    return first17 + Validators::creditCodeCheckCharacter(first17);
}

bool exec(QSqlQuery& q)
{
    if (q.exec())
        return true;
    qWarning("%s", qPrintable(q.lastError().text()));
    return false;
}

struct SortCase
{
    QString field;
    QString columns; // as EntityRepository sorts by the field
    Qt::SortOrder order;
};

} // namespace

class TestEntitySearch : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<Database> m_db;

    // Entities written straight into the table (above the index's mark: not indexed until catchUp()), so that names
    // the dialog would refuse are there too. Some have no credit code; codes carry letters in both cases.
    void fill(int count)
    {
        QSqlQuery townships(m_db->sql());
        for (int i = 0; i < 3; ++i) {
            townships.prepare(QStringLiteral("INSERT INTO township (name, sort_order) VALUES (?, ?)"));
            townships.addBindValue(kPlaces[i]);
            townships.addBindValue(3 - i);
            QVERIFY(exec(townships));
        }
        QVERIFY(m_db->sql().transaction());
        QSqlQuery q(m_db->sql());
        q.prepare(QStringLiteral("INSERT INTO entity (code, credit_code, name, category, ownership, township_id, "
                                 "status, updated_at) VALUES (?, ?, ?, 'primary', 'public', ?, ?, '2026-12-07')"));
        QRandomGenerator random(16);
        for (int n = 1; n <= count; ++n) {
            const QString name = n <= kOddNames.size()
                ? kOddNames[n - 1]
                : kPlaces[random.bounded(int(kPlaces.size()))] + QStringLiteral("第%1").arg(random.bounded(400))
                    + kSuffixes[random.bounded(int(kSuffixes.size()))];
            q.addBindValue(QStringLiteral("%1%2")
                               .arg(n % 7 == 0 ? QStringLiteral("e") : QStringLiteral("E"))
                               .arg(n, 6, 10, QLatin1Char('0')));
            q.addBindValue(n % 5 == 0 ? QVariant() : QVariant(creditFor(n)));
            q.addBindValue(name);
            q.addBindValue(n % 4 == 0 ? QVariant() : QVariant(n % 3 + 1));
            q.addBindValue(n % 10 == 0 ? QStringLiteral("suspended") : QStringLiteral("normal"));
            QVERIFY(exec(q));
        }
        QVERIFY(m_db->sql().commit());
    }

    qint64 mark() const { return EntitySearch::indexedThrough(m_db->sql()); }

    qint64 lastId() const
    {
        QSqlQuery q(m_db->sql());
        return q.exec(QStringLiteral("SELECT ifnull(max(id), 0) FROM entity")) && q.next() ? q.value(0).toLongLong()
                                                                                           : -1;
    }

    int indexedCount() const
    {
        QSqlQuery q(m_db->sql());
        return q.exec(QStringLiteral("SELECT count(*) FROM entity_search_docsize")) && q.next() ? q.value(0).toInt()
                                                                                                : -1;
    }

    void catchUp()
    {
        QString error;
        QVERIFY2(EntitySearch::catchUp(*m_db, &error), qPrintable(error));
        QCOMPARE(mark(), lastId());
    }

    // The index names exactly the entities up to the mark whose text holds the trigram, for every trigram of a
    // sample of entities' texts (so a text the index lost, and one it kept after a change, are both found).
    void indexIsExact()
    {
        const QString text = Schema::entitySearchText(QStringLiteral("e"));
        QSqlQuery sample(m_db->sql());
        QVERIFY(sample.exec(QStringLiteral("SELECT %1 FROM entity e WHERE e.id % 7 = 1 AND e.id <= %2")
                                .arg(text, Schema::entitySearchMark())));
        QSet<QString> trigrams;
        while (sample.next()) {
            const QList<uint> points = sample.value(0).toString().toUcs4();
            for (qsizetype i = 0; i + 3 <= points.size(); ++i) {
                // LIKE folds ASCII letters only, the tokenizer every cased letter: only trigrams without other cased
                // letters (CJK, digits, ASCII), and without % _ or " (which would need escaping).
                bool plain = true;
                for (qsizetype k = i; k < i + 3; ++k) {
                    const char32_t c = points[k];
                    plain = plain && c != U'%' && c != U'_' && c != U'"'
                        && (c < 0x80 || (QChar::toLower(c) == c && QChar::toUpper(c) == c));
                }
                if (plain)
                    trigrams.insert(QString::fromUcs4(reinterpret_cast<const char32_t*>(points.constData()) + i, 3));
            }
        }
        QVERIFY(trigrams.size() > 20);
        QSqlQuery indexed(m_db->sql());
        indexed.prepare(QStringLiteral("SELECT rowid FROM entity_search WHERE entity_search MATCH ? ORDER BY rowid"));
        QSqlQuery stored(m_db->sql());
        stored.prepare(QStringLiteral("SELECT e.id FROM entity e WHERE e.id <= %1 AND %2 LIKE ? ORDER BY e.id")
                           .arg(Schema::entitySearchMark(), text));
        for (const QString& trigram : std::as_const(trigrams)) {
            indexed.addBindValue(QLatin1Char('"') + trigram + QLatin1Char('"'));
            QVERIFY(exec(indexed));
            QList<qint64> fromIndex;
            while (indexed.next())
                fromIndex << indexed.value(0).toLongLong();
            stored.addBindValue(QLatin1Char('%') + trigram + QLatin1Char('%'));
            QVERIFY(exec(stored));
            QList<qint64> fromRows;
            while (stored.next())
                fromRows << stored.value(0).toLongLong();
            QVERIFY2(fromIndex == fromRows, qPrintable(trigram));
        }
    }

    // The filter as it was before the index: LIKE over every row, in the same order.
    QList<qint64> reference(const EntityFilter& f, const SortCase& sort)
    {
        QString sql = QStringLiteral("SELECT e.id FROM entity e LEFT JOIN township t ON t.id = e.township_id "
                                     "WHERE (e.name LIKE ? OR e.code LIKE ? OR e.credit_code LIKE ?)");
        if (!f.status.isEmpty())
            sql += QStringLiteral(" AND e.status = ?");
        const QString direction = sort.order == Qt::AscendingOrder ? QStringLiteral(" ASC") : QStringLiteral(" DESC");
        QStringList terms;
        for (const QString& column : sort.columns.split(QStringLiteral(", ")))
            terms << column + direction;
        sql += QStringLiteral(" ORDER BY ") + terms.join(QStringLiteral(", ")) + QStringLiteral(", e.id") + direction;
        QSqlQuery q(m_db->sql());
        q.prepare(sql);
        const QString like = QLatin1Char('%') + f.text.trimmed() + QLatin1Char('%');
        for (int i = 0; i < 3; ++i)
            q.addBindValue(like);
        if (!f.status.isEmpty())
            q.addBindValue(f.status);
        QList<qint64> ids;
        if (!exec(q))
            return {-1};
        while (q.next())
            ids << q.value(0).toLongLong();
        return ids;
    }

    static QList<qint64> idsOf(const QList<Entity>& entities)
    {
        QList<qint64> ids;
        for (const Entity& e : entities)
            ids << e.id;
        return ids;
    }

    // Every text against the reference, whole and a page at a time, with and without the status filter.
    void compareAll()
    {
        const QStringList texts {
            // 1 character
            QStringLiteral("学"), QStringLiteral("靖"), QStringLiteral("a"), QStringLiteral("A"), QStringLiteral("%"),
            QStringLiteral("_"), QStringLiteral("'"), QStringLiteral("\""), QStringLiteral("1"), QStringLiteral("𠀀"),
            QStringLiteral("ä"), QStringLiteral("Ä"), QStringLiteral("无"),
            // 2 characters
            QStringLiteral("靖安"), QStringLiteral("小学"), QStringLiteral("第1"), QStringLiteral("E0"),
            QStringLiteral("e0"), QStringLiteral("ab"), QStringLiteral("AB"), QStringLiteral("%学"),
            QStringLiteral("_学"), QStringLiteral("%%"), QStringLiteral("安%"), QStringLiteral("𠀀山"),
            QStringLiteral("学园"), QStringLiteral("\"星"),
            // 3 characters and more
            QStringLiteral("靖安镇"), QStringLiteral("幼儿园"), QStringLiteral("小学校"), QStringLiteral("E000"),
            QStringLiteral("e0000"), QStringLiteral("1303"), QStringLiteral("mj0001"), QStringLiteral("第12"),
            QStringLiteral("靖_镇"), QStringLiteral("靖%学"), QStringLiteral("100%"), QStringLiteral("A_B"),
            QStringLiteral("a_b"), QStringLiteral("O'Brien"), QStringLiteral("\"星星\""), QStringLiteral("abc学"),
            QStringLiteral("ÄBC"), QStringLiteral("äbc"), QStringLiteral("𠀀山村"), QStringLiteral("小学小学"),
            QStringLiteral("  靖安镇第1  "), QStringLiteral("靖安镇第123幼儿园"), QStringLiteral("%%%"),
            QStringLiteral("学%学%学"), QStringLiteral("无此单位名称"), QStringLiteral("昌黎镇第1小学"),
            QStringLiteral("x%y"), QStringLiteral("第 1"), QString(300, QChar(u'学'))};
        const QList<SortCase> sorts {
            {QStringLiteral("code"), QStringLiteral("e.code"), Qt::AscendingOrder},
            {QStringLiteral("name"), QStringLiteral("e.name"), Qt::DescendingOrder},
            {QStringLiteral("township"), QStringLiteral("t.sort_order, t.name"), Qt::AscendingOrder}};
        EntityRepository repo(*m_db);
        for (const QString& text : texts) {
            for (const QString& status : {QString(), QStringLiteral("normal")}) {
                EntityFilter f;
                f.text = text;
                f.status = status;
                for (const SortCase& sort : sorts) {
                    const QList<qint64> expected = reference(f, sort);
                    const QByteArray what
                        = (text + QStringLiteral(" / ") + status + QStringLiteral(" / ") + sort.field).toUtf8();
                    QVERIFY2(expected != QList<qint64> {-1}, what.constData());
                    QCOMPARE(idsOf(repo.list(f, sort.field, sort.order)), expected);
                    QVERIFY2(repo.count(f) == expected.size(), what.constData());
                    // The pages the table fetches, one after the other.
                    QList<qint64> paged;
                    for (int offset = 0; offset < expected.size() + 1; offset += 200)
                        paged += idsOf(repo.list(f, sort.field, sort.order, offset, 200));
                    QVERIFY2(paged == expected, what.constData());
                }
            }
        }
    }

private Q_SLOTS:
    void init()
    {
        QString error;
        m_db = Database::openInMemory(&error);
        QVERIFY2(m_db, qPrintable(error));
    }

    // Enough entities that a broad text keeps more than EntityRepository's 2,000 (the page is then read in the
    // sort order) and a narrow one fewer (the rows are read from the index's list).
    void sameAsThePlainFilter()
    {
        fill(6000);
        catchUp();
        QCOMPARE(mark(), 6000);
        QCOMPARE(indexedCount(), 6000);
        indexIsExact();
        compareAll();
    }

    // None of the entities indexed yet (all above the mark): the search reads them without the index.
    void sameWithNothingIndexed()
    {
        fill(2500);
        QCOMPARE(mark(), 0);
        QCOMPARE(indexedCount(), 0);
        compareAll();
    }

    // Entities renamed, recoded, given another credit code, another status, and deleted through EntityRepository,
    // some above the mark: the index follows in the same transaction, and they are found by their new text only.
    void sameAfterChanges()
    {
        fill(600);
        catchUp();
        {
            // 40 more above the mark.
            QSqlQuery q(m_db->sql());
            QVERIFY(q.exec(QStringLiteral("INSERT INTO entity (code, name, category, ownership, updated_at) "
                                          "SELECT 'N' || code, '新增' || name, category, ownership, updated_at FROM "
                                          "entity WHERE id <= 40")));
        }
        QCOMPARE(mark(), 600);
        EntityRepository repo(*m_db);
        WriteTransaction tx(*m_db);
        for (qint64 id = 1; id <= 640; ++id) {
            auto e = repo.find(id);
            QVERIFY(e);
            const bool edit = id % 3 == 0 || id % 11 == 0 || id % 13 == 0 || id % 17 == 0;
            if (!edit)
                continue;
            if (id % 3 == 0)
                e->name = QStringLiteral("靖安镇新%1号小学").arg(id);
            if (id % 11 == 0)
                e->code = QStringLiteral("X") + e->code;
            e->creditCode = id % 13 == 0 ? creditFor(int(id) + 5000, QStringLiteral("130399"))
                                         : (id % 11 == 0 ? QString() : e->creditCode);
            if (id % 17 == 0)
                e->status = QStringLiteral("closed");
            QVERIFY2(repo.update(tx, *e), qPrintable(tx.error()));
        }
        for (qint64 id = 19; id <= 640; id += 19)
            QVERIFY2(repo.remove(tx, id), qPrintable(tx.error()));
        QVERIFY2(tx.commit(), qPrintable(tx.error()));
        QCOMPARE(mark(), 600);
        indexIsExact();
        compareAll();
        EntityFilter f;
        f.text = QStringLiteral("新3号");
        QCOMPARE(repo.count(f), 1); // 靖安镇新3号小学
        f.text = QStringLiteral("130399");
        QVERIFY(repo.count(f) > 0);
        f.text = QStringLiteral("X");
        QVERIFY(repo.count(f) > 0);
        catchUp();
        indexIsExact();
        compareAll();
    }

    // The last entity deleted: the mark comes down, so the new entity (SQLite gives it the deleted one's id) is
    // above it and found, before and after the catch-up.
    void newEntityAfterTheLastWasDeleted()
    {
        fill(50);
        catchUp();
        EntityRepository repo(*m_db);
        {
            WriteTransaction tx(*m_db);
            QVERIFY2(repo.remove(tx, 50), qPrintable(tx.error()));
            QVERIFY2(tx.commit(), qPrintable(tx.error()));
        }
        QCOMPARE(mark(), 49);
        Entity e;
        e.name = QStringLiteral("团林乡后来的小学");
        e.category = QStringLiteral("primary");
        e.ownership = QStringLiteral("public");
        {
            WriteTransaction tx(*m_db);
            QVERIFY2(repo.insert(tx, e), qPrintable(tx.error()));
            QVERIFY2(tx.commit(), qPrintable(tx.error()));
        }
        QCOMPARE(e.id, 50);
        EntityFilter f;
        f.text = QStringLiteral("后来的");
        QCOMPARE(repo.count(f), 1);
        QCOMPARE(repo.list(f).size(), 1);
        f.text = QStringLiteral("后来");
        QCOMPARE(repo.count(f), 1);
        catchUp();
        QCOMPARE(repo.count(f), 1);
        indexIsExact();
    }

    // Single creates in one transaction write nothing to the index (that is what keeps an import fast; the bench
    // measures it); the search finds them meanwhile, and the catch-up indexes them in one statement.
    void createsLeaveTheIndexAlone()
    {
        fill(100);
        catchUp();
        EntityRepository repo(*m_db);
        {
            WriteTransaction tx(*m_db);
            for (int n = 1; n <= 2000; ++n) {
                Entity e;
                e.name = QStringLiteral("刘台庄镇新建第%1学校").arg(n);
                e.creditCode = creditFor(100000 + n);
                e.category = QStringLiteral("primary");
                e.ownership = QStringLiteral("private");
                QVERIFY2(repo.insert(tx, e), qPrintable(tx.error()));
            }
            QVERIFY2(tx.commit(), qPrintable(tx.error()));
        }
        QCOMPARE(indexedCount(), 100);
        QCOMPARE(mark(), 100);
        EntityFilter f;
        f.text = QStringLiteral("新建第12");
        QCOMPARE(repo.count(f), 111); // 12, 120–129, 1200–1299
        compareAll();
        catchUp();
        QCOMPARE(indexedCount(), 2100);
        QCOMPARE(repo.count(f), 111);
        indexIsExact();
    }

    // An import of new and changed entities: the changed ones (up to the mark) are kept in the import's transaction,
    // the new ones found above the mark until the catch-up; RegistryImport::apply catches up after its commit.
    void importBeforeAndAfterTheCatchUp()
    {
        fill(300);
        catchUp();
        QTemporaryDir dir;
        const auto csv = [&dir](const QString& name, int from, int to, int renamedFrom, int renamedTo) {
            QString text = QStringLiteral("统一社会信用代码,单位名称,类别,办学性质\r\n");
            for (int n = renamedFrom; n <= renamedTo; ++n)
                if (n % 5 != 0) // those have a credit code
                    text += creditFor(n) + QStringLiteral(",大蒲河镇改名第%1小学,小学,公办\r\n").arg(n);
            for (int n = from; n <= to; ++n)
                text += creditFor(n) + QStringLiteral(",马坨店乡导入第%1幼儿园,幼儿园,民办\r\n").arg(n);
            const QString path = dir.filePath(name);
            TestSupport::writeFile(path, text.toUtf8());
            return path;
        };
        const ImportPreview first
            = RegistryImport::preview(*m_db, Registry::Entities, csv(QStringLiteral("一.csv"), 1001, 1200, 21, 60));
        QVERIFY2(first.isUsable(), qPrintable(first.error));
        QCOMPARE(first.count(ImportRow::Verdict::New), 200);
        QCOMPARE(first.count(ImportRow::Verdict::Update), 32);
        {
            // The import's own transaction, without the catch-up that follows it.
            WriteTransaction tx(*m_db);
            QString error;
            QVERIFY2(RegistryImport::applyIn(tx, first, nullptr, &error), qPrintable(error + tx.error()));
            QVERIFY2(tx.commit(), qPrintable(tx.error()));
        }
        QCOMPARE(mark(), 300);
        QCOMPARE(lastId(), 500);
        indexIsExact();
        compareAll();
        EntityRepository repo(*m_db);
        EntityFilter f;
        f.text = QStringLiteral("导入第11");
        QCOMPARE(repo.count(f), 100); // 1100–1199
        f.text = QStringLiteral("改名第");
        QCOMPARE(repo.count(f), 32);
        catchUp();
        indexIsExact();
        compareAll();

        const ImportPreview second
            = RegistryImport::preview(*m_db, Registry::Entities, csv(QStringLiteral("二.csv"), 2001, 2100, 61, 70));
        QVERIFY2(second.isUsable(), qPrintable(second.error));
        QString error;
        QVERIFY2(RegistryImport::apply(*m_db, second, nullptr, &error), qPrintable(error));
        QCOMPARE(lastId(), 600);
        QCOMPARE(mark(), 600);
        indexIsExact();
        compareAll();
    }

    // Changes typed into the file outside the program leave the index naming entities by their old text (the search
    // then misses them by the new one); EntitySearch::rebuild indexes every entity again.
    void rebuildAfterChangesOutsideTheProgram()
    {
        fill(600);
        catchUp();
        QSqlQuery q(m_db->sql());
        QVERIFY(q.exec(QStringLiteral("UPDATE entity SET name = '靖安镇新' || id || '号小学' WHERE id % 3 = 0")));
        QVERIFY(q.exec(QStringLiteral("UPDATE entity SET code = 'X' || code, credit_code = NULL WHERE id % 11 = 0")));
        QVERIFY(q.exec(QStringLiteral("DELETE FROM entity WHERE id % 19 = 0 OR id > 590")));
        QVERIFY(q.exec(QStringLiteral("INSERT INTO entity (id, code, name, category, ownership, updated_at) VALUES "
                                      "(19, 'Y19', '两山乡补录学校', 'primary', 'public', '2026-12-07')")));
        EntityRepository repo(*m_db);
        EntityFilter f;
        f.text = QStringLiteral("新3号");
        QCOMPARE(repo.count(f), 0); // stale: the index still names entity 3 by its old name
        f.text = QStringLiteral("补录");
        QCOMPARE(repo.count(f), 0);
        QString error;
        QVERIFY2(EntitySearch::rebuild(*m_db, &error), qPrintable(error));
        QCOMPARE(mark(), 590);
        QCOMPARE(indexedCount(), int(590 - 590 / 19 + 1));
        indexIsExact();
        compareAll();
        QCOMPARE(repo.count(f), 1);
        f.text = QStringLiteral("新3号");
        QCOMPARE(repo.count(f), 1);
    }

    // A file of data version 5 with entities: the upgrade fills the index and sets the mark.
    void olderFileGetsItsIndex()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("第5版.sqlite"));
        {
            QSqlDatabase old = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("v5"));
            old.setDatabaseName(path);
            QVERIFY(old.open());
            for (int step = 1; step <= 5; ++step)
                for (const QString& sql : Schema::migrationStatements(step))
                    QVERIFY(QSqlQuery(old).exec(sql));
            QSqlQuery q(old);
            QVERIFY(q.exec(QStringLiteral("INSERT INTO entity (code, credit_code, name, category, ownership, "
                                          "updated_at) VALUES ('E000001', NULL, '靖安镇中心小学', 'primary', "
                                          "'public', '2026-12-07'), ('E000002', '52130322MJ0000012X', '小学', "
                                          "'primary', 'public', '2026-12-07')")));
            QVERIFY(q.exec(QStringLiteral("PRAGMA user_version = 5")));
            old.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("v5"));
        QString error;
        m_db = Database::open(path, &error);
        QVERIFY2(m_db, qPrintable(error));
        QCOMPARE(m_db->schemaVersion(), Database::SchemaVersion);
        QCOMPARE(mark(), 2);
        QCOMPARE(indexedCount(), 2);
        EntityRepository repo(*m_db);
        for (const auto& [text, count] : {std::pair {QStringLiteral("中心小学"), 1},
                                          {QStringLiteral("小学"), 2},
                                          {QStringLiteral("学"), 2},
                                          {QStringLiteral("mj00"), 1},
                                          {QStringLiteral("靖安镇"), 1}}) {
            EntityFilter f;
            f.text = text;
            QCOMPARE(EntitySearch::narrowing(m_db->sql(), text).kind, EntitySearch::Narrowing::Kind::Match);
            QCOMPARE(repo.count(f), count);
        }
        m_db.reset();
    }

    // A file whose mark is behind (entities written by a bulk path, an import cut short before its catch-up) is
    // caught up when it is opened; a file opened read-only is left as it is and still searched right.
    void openCatchesUp()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("落后.sqlite"));
        QString error;
        m_db = Database::open(path, &error);
        QVERIFY2(m_db, qPrintable(error));
        fill(300);
        QCOMPARE(mark(), 0);
        m_db.reset();
        m_db = Database::open(path, &error, Database::OpenMode::ReadOnly);
        QVERIFY2(m_db, qPrintable(error));
        QCOMPARE(mark(), 0);
        compareAll();
        m_db.reset();
        m_db = Database::open(path, &error);
        QVERIFY2(m_db, qPrintable(error));
        QCOMPARE(mark(), 300);
        indexIsExact();
        compareAll();
        m_db.reset();
    }

    // The index narrows as the schema promises: a 3-character text by its trigram, 1 and 2 characters by the
    // trigrams that begin with them (also at the end of a name), none when nothing indexed can match (the entities
    // above the mark are still searched).
    void narrowing()
    {
        fill(40);
        catchUp();
        using Kind = EntitySearch::Narrowing::Kind;
        const auto kindOf = [this](const QString& text) { return EntitySearch::narrowing(m_db->sql(), text).kind; };
        QCOMPARE(EntitySearch::narrowing(m_db->sql(), QStringLiteral("靖安镇")).expression,
                 QStringLiteral("\"靖安镇\""));
        QCOMPARE(EntitySearch::narrowing(m_db->sql(), QStringLiteral("a\"bc")).expression,
                 QStringLiteral("\"a\"\"b\" AND \"\"\"bc\""));
        QCOMPARE(EntitySearch::narrowing(m_db->sql(), QStringLiteral("靖安镇")).indexedThrough, 40);
        QCOMPARE(kindOf(QStringLiteral("小学")), Kind::Match);
        QCOMPARE(kindOf(QStringLiteral("靖")), Kind::Match);
        QCOMPARE(kindOf(QStringLiteral("AB")), Kind::Match);
        QCOMPARE(kindOf(QStringLiteral("无此")), Kind::Nothing);
        QCOMPARE(kindOf(QStringLiteral("%")), Kind::None);
        QCOMPARE(kindOf(QStringLiteral("Ä")), Kind::None); // its case folding is the index's, not LIKE's
        EntityRepository repo(*m_db);
        EntityFilter f;
        f.text = QStringLiteral("无此");
        QCOMPARE(repo.count(f), 0);
        QSqlQuery q(m_db->sql());
        QVERIFY(q.exec(QStringLiteral("INSERT INTO entity (code, name, category, ownership, updated_at) VALUES "
                                      "('Z1', '无此学校', 'primary', 'public', '2026-12-07')")));
        QCOMPARE(kindOf(QStringLiteral("无此")), Kind::Nothing);
        QCOMPARE(repo.count(f), 1);
        QCOMPARE(repo.list(f).size(), 1);
    }
};

QTEST_GUILESS_MAIN(TestEntitySearch)
#include "tst_entitysearch.moc"
