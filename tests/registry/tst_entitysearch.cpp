// The entity search through the trigram index (entity_search, EntitySearch) gives exactly what the plain filter
// gave before it: the same entities in the same order, for Chinese and ASCII texts of 1, 2, 3 and more characters,
// LIKE's wildcards % and _, quotes, and after entities were renamed and deleted (the triggers keep the index).
#include "Database.h"
#include "EntityRepository.h"
#include "EntitySearch.h"
#include "Schema.h"

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

    // Entities written straight into the table (the triggers index them), so that names the dialog would refuse
    // are there too. Some have no credit code; codes and credit codes carry letters in both cases.
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
            q.addBindValue(n % 5 == 0 ? QVariant()
                                      : QVariant(QStringLiteral("52130322MJ%1Ab").arg(n, 6, 10, QLatin1Char('0'))));
            q.addBindValue(name);
            q.addBindValue(n % 4 == 0 ? QVariant() : QVariant(n % 3 + 1));
            q.addBindValue(n % 10 == 0 ? QStringLiteral("suspended") : QStringLiteral("normal"));
            QVERIFY(exec(q));
        }
        QVERIFY(m_db->sql().commit());
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
        compareAll();
    }

    // Renamed, recoded and deleted entities are found by their new text only (the triggers keep the index).
    void sameAfterChanges()
    {
        fill(600);
        QSqlQuery q(m_db->sql());
        QVERIFY(q.exec(QStringLiteral("UPDATE entity SET name = '靖安镇新' || id || '号小学' WHERE id % 3 = 0")));
        QVERIFY(q.exec(QStringLiteral("UPDATE entity SET code = 'X' || code, credit_code = NULL WHERE id % 11 = 0")));
        QVERIFY(q.exec(QStringLiteral("UPDATE entity SET credit_code = '91' || id WHERE id % 13 = 0")));
        QVERIFY(q.exec(QStringLiteral("UPDATE entity SET status = 'closed' WHERE id % 17 = 0")));
        QVERIFY(q.exec(QStringLiteral("DELETE FROM entity WHERE id % 19 = 0")));
        compareAll();
        EntityRepository repo(*m_db);
        EntityFilter f;
        f.text = QStringLiteral("新3号");
        QVERIFY(repo.count(f) > 0);
        f.text = QStringLiteral("X");
        QVERIFY(repo.count(f) > 0);
    }

    // A file of data version 4 with entities: the upgrade fills the index, and the search finds them.
    void olderFileGetsItsIndex()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("第4版.sqlite"));
        {
            QSqlDatabase old = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("v4"));
            old.setDatabaseName(path);
            QVERIFY(old.open());
            for (int step = 1; step <= 4; ++step)
                for (const QString& sql : Schema::migrationStatements(step))
                    QVERIFY(QSqlQuery(old).exec(sql));
            QSqlQuery q(old);
            QVERIFY(q.exec(QStringLiteral("INSERT INTO entity (code, credit_code, name, category, ownership, "
                                          "updated_at) VALUES ('E000001', NULL, '靖安镇中心小学', 'primary', "
                                          "'public', '2026-12-07'), ('E000002', '52130322MJ0000012X', '小学', "
                                          "'primary', 'public', '2026-12-07')")));
            QVERIFY(q.exec(QStringLiteral("PRAGMA user_version = 4")));
            old.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("v4"));
        QString error;
        m_db = Database::open(path, &error);
        QVERIFY2(m_db, qPrintable(error));
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

    // The index narrows as the schema promises: a 3-character text by its trigram, 1 and 2 characters by the
    // trigrams that begin with them (also at the end of a name), none when nothing can match.
    void narrowing()
    {
        fill(40);
        using Kind = EntitySearch::Narrowing::Kind;
        const auto kindOf = [this](const QString& text) { return EntitySearch::narrowing(m_db->sql(), text).kind; };
        QCOMPARE(EntitySearch::narrowing(m_db->sql(), QStringLiteral("靖安镇")).expression,
                 QStringLiteral("\"靖安镇\""));
        QCOMPARE(EntitySearch::narrowing(m_db->sql(), QStringLiteral("a\"bc")).expression,
                 QStringLiteral("\"a\"\"b\" AND \"\"\"bc\""));
        QCOMPARE(kindOf(QStringLiteral("小学")), Kind::Match);
        QCOMPARE(kindOf(QStringLiteral("靖")), Kind::Match);
        QCOMPARE(kindOf(QStringLiteral("AB")), Kind::Match);
        QCOMPARE(kindOf(QStringLiteral("无此")), Kind::Nothing);
        QCOMPARE(kindOf(QStringLiteral("%")), Kind::None);
        QCOMPARE(kindOf(QStringLiteral("Ä")), Kind::None); // its case folding is the index's, not LIKE's
    }
};

QTEST_GUILESS_MAIN(TestEntitySearch)
#include "tst_entitysearch.moc"
