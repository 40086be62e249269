// The ticket order (draw-spec.md §2) against the independent implementation in DrawReference.h, on random seeds
// and ids (Chinese, emoji, long ids), on lists long enough for the engine's bucket sort, and on the tie cases
// random data rarely reaches (equal sort keys, a ticket that is a proper prefix of another, equal tickets).
#include "DrawEngine.h"
#include "DrawReference.h"

#include <QRandomGenerator>
#include <QSet>
#include <QTest>

namespace {

// A 256-bit number from its decimal digits, as SHA-256 would give it (big-endian).
DrawEngine::Digest digestOf(const QByteArray& decimal)
{
    DrawEngine::Digest d {};
    for (const char c : decimal) {
        int carry = c - '0';
        for (int i = 31; i >= 0; --i) {
            const int v = d[size_t(i)] * 10 + carry;
            d[size_t(i)] = static_cast<unsigned char>(v & 0xff);
            carry = v >> 8;
        }
    }
    return d;
}

QByteArray bytesOf(const DrawEngine::Digest& d)
{
    return QByteArray(reinterpret_cast<const char*>(d.data()), 32);
}

QByteArray reversedPadded(const QByteArray& decimal)
{
    QByteArray digits = decimal.rightJustified(64, '0');
    std::reverse(digits.begin(), digits.end());
    return digits;
}

class RandomText final
{
public:
    explicit RandomText(quint32 seed)
        : m_random(seed)
    { }

    int bounded(int n) { return int(m_random.bounded(n)); }

    QString text(int minLength, int maxLength)
    {
        const int length = minLength + bounded(maxLength - minLength + 1);
        QString s;
        while (s.size() < length) {
            switch (bounded(6)) {
            case 0:
                s += QChar(char16_t(0x4E00 + bounded(0x9FA5 - 0x4E00)));
                break; // CJK
            case 1: { // emoji: a surrogate pair in UTF-16, four bytes in UTF-8
                const char32_t emoji = char32_t(0x1F300 + bounded(0x300));
                s += QString::fromUcs4(&emoji, 1);
                break;
            }
            case 2:
                s += QChar(char16_t(0xFF10 + bounded(0x4A)));
                break; // full-width forms
            default:
                s += QLatin1Char("0123456789ABCDEFGHJKLMNPQRTUWXY-|"[bounded(33)]);
            }
        }
        return s;
    }

    QString seed()
    {
        if (bounded(2) == 0) {
            QString digits;
            for (int i = 0; i < 20 + bounded(5); ++i)
                digits += QLatin1Char(char('0' + bounded(10)));
            return digits;
        }
        return text(1, 30);
    }

    QStringList ids(int n)
    {
        QStringList ids;
        QSet<QString> seen;
        while (ids.size() < n) {
            const QString id = bounded(3) == 0
                ? text(1, bounded(10) == 0 ? 120 : 20)
                : QStringLiteral("12130322MB%1").arg(m_random.bounded(100000000), 8, 10, QLatin1Char('0'));
            if (!seen.contains(id)) {
                seen.insert(id);
                ids.append(id);
            }
        }
        return ids;
    }

private:
    QRandomGenerator m_random;
};

} // namespace

class TestDrawOrder : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void ticketDigits_data()
    {
        QTest::addColumn<QByteArray>("decimal");
        QTest::newRow("zero") << QByteArray("0");
        QTest::newRow("one") << QByteArray("1");
        QTest::newRow("10^9 - 1") << QByteArray("999999999");
        QTest::newRow("10^9") << QByteArray("1000000000");
        QTest::newRow("10^63 (64 digits)") << QByteArray("1").append(63, '0');
        QTest::newRow("10^64 (65 digits)") << QByteArray("1").append(64, '0');
        QTest::newRow("2^256 - 1 (78 digits)")
            << QByteArray("115792089237316195423570985008687907853269984665640564039457584007913129639935");
        QTest::newRow("ends in zeros") << QByteArray(
            "12345678901234567890123456789012345678901234567890123456789012345678900000");
    }
    void ticketDigits()
    {
        QFETCH(QByteArray, decimal);
        const DrawEngine::Digest d = digestOf(decimal);
        QCOMPARE(DrawReference::decimal(bytesOf(d)), decimal);
        QCOMPARE(DrawEngine::ticketDigits(d), reversedPadded(decimal));
        QCOMPARE(QByteArray::number(DrawEngine::ticketKey(d)).rightJustified(9, '0'), reversedPadded(decimal).left(9));
    }

    void keyIsTheFirstNineDigits()
    {
        QRandomGenerator random(7);
        for (int i = 0; i < 20000; ++i) {
            DrawEngine::Digest d;
            for (unsigned char& byte : d)
                byte = static_cast<unsigned char>(random.bounded(256));
            const QByteArray digits = reversedPadded(DrawReference::decimal(bytesOf(d)));
            QCOMPARE(DrawEngine::ticketDigits(d), digits);
            QCOMPARE(DrawEngine::ticketKey(d), digits.left(9).toUInt());
        }
    }

    // Tickets that share their first 9 digits (the sort key) are ordered by the remaining digits.
    void equalKeysCompareTheWholeTicket()
    {
        // 1000000000 + 123456789 and 2000000000 + 123456789 end in the same nine digits.
        const DrawEngine::Digest a = digestOf("2000000000123456789");
        const DrawEngine::Digest b = digestOf("1000000000123456789");
        QCOMPARE(DrawEngine::ticketKey(a), DrawEngine::ticketKey(b));
        // a's ticket: 987654321 0000000002 …; b's: 987654321 0000000001 …: b first, whatever the ids.
        QVERIFY(DrawEngine::ticketLess(b, "Z", a, "A"));
        QVERIFY(!DrawEngine::ticketLess(a, "A", b, "Z"));
    }

    void properPrefixSortsFirst()
    {
        // 64 digits padded vs the same 64 digits followed by one more: decimal(H2) = "1" + decimal(H1).
        const QByteArray h1 = "5" + QByteArray(62, '3') + "7";
        const DrawEngine::Digest a = digestOf(h1);
        const DrawEngine::Digest b = digestOf("1" + h1);
        QCOMPARE(DrawEngine::ticketDigits(b), DrawEngine::ticketDigits(a) + "1");
        QVERIFY(DrawEngine::ticketLess(a, "Z", b, "A"));
        QVERIFY(!DrawEngine::ticketLess(b, "A", a, "Z"));
    }

    void equalTicketsCompareIdBytes()
    {
        const DrawEngine::Digest d = digestOf("42");
        QVERIFY(DrawEngine::ticketLess(d, "A", d, "B"));
        QVERIFY(DrawEngine::ticketLess(d, "AB", d, "ABC"));
        QVERIFY(!DrawEngine::ticketLess(d, "A", d, "A"));
        // UTF-8 bytes, not UTF-16 units: U+FF5E (EF BD 9E) before U+1F3EB (F0 9F 8F AB), though in UTF-16 the
        // surrogate D83C comes before FF5E.
        const QByteArray fullWidth = QStringLiteral("\uFF5E").toUtf8();
        const QByteArray school = QString::fromUtf8("\xF0\x9F\x8F\xAB").toUtf8();
        QVERIFY(DrawEngine::ticketLess(d, fullWidth, d, school));
        QVERIFY(!DrawEngine::ticketLess(d, school, d, fullWidth));
    }

    void seedHashAndTicketsMatchTheReference()
    {
        RandomText random(11);
        for (int i = 0; i < 3000; ++i) {
            const QString seed = random.seed();
            const QString id = random.ids(1).first();
            QCOMPARE(DrawEngine::seedHash(seed).toLatin1(), DrawReference::seedHash(seed));
            QCOMPARE(DrawEngine::ticket(seed, id).toLatin1(), DrawReference::ticket(seed, id));
        }
    }

    void orderMatchesTheReference()
    {
        RandomText random(20260302);
        for (int i = 0; i < 3000; ++i) {
            const QString seed = random.seed();
            const QStringList ids = random.ids(random.bounded(40));
            const QStringList expected = DrawReference::order(seed, ids);
            QCOMPARE(DrawEngine::order(seed, ids), expected);
            const qsizetype k = random.bounded(int(ids.size()) + 2);
            QCOMPARE(DrawEngine::orderFirst(seed, ids, k), expected.mid(0, k));
        }
    }

    // Lists of 4096 ids and more take the bucket sort.
    void longOrdersMatchTheReference()
    {
        RandomText random(99);
        for (const int n : {4096, 5000, 20000}) {
            const QString seed = random.seed();
            const QStringList ids = random.ids(n);
            const QStringList expected = DrawReference::order(seed, ids);
            QCOMPARE(DrawEngine::order(seed, ids), expected);
            QCOMPARE(DrawEngine::orderFirst(seed, ids, n / 20), expected.mid(0, n / 20));
            const QList<qsizetype> positions = DrawEngine::orderPositions(seed, ids);
            QCOMPARE(positions.size(), ids.size());
            for (qsizetype i = 0; i < positions.size(); ++i)
                QCOMPARE(ids[positions[i]], expected[i]);
        }
    }

    // With 100,000 ids some pairs share their first nine ticket digits: the engine's rare path, on real data.
    void equalKeysInARealOrder()
    {
        const QString seed = QStringLiteral("94821993518190937865|item|JY-01");
        QStringList ids;
        for (int i = 0; i < 100000; ++i)
            ids.append(QStringLiteral("12130322MB%1").arg(i, 8, 10, QLatin1Char('0')));
        const QStringList expected = DrawReference::order(seed, ids);
        QSet<quint32> keys;
        int sharedKeys = 0;
        const QByteArray prefix = DrawReference::seedHash(seed);
        for (const QString& id : ids) {
            DrawEngine::Digest d;
            const QByteArray h = QCryptographicHash::hash(prefix + id.toUtf8(), QCryptographicHash::Sha256);
            std::copy(h.begin(), h.end(), d.begin());
            const quint32 key = DrawEngine::ticketKey(d);
            sharedKeys += keys.contains(key) ? 1 : 0;
            keys.insert(key);
        }
        QVERIFY2(sharedKeys > 0, "this test needs ids whose tickets share their first nine digits");
        QCOMPARE(DrawEngine::order(seed, ids), expected);
    }

    // §2 sorts: the order does not depend on the order of the input, and a sub-list keeps the list's order.
    void orderIgnoresInputOrderAndIsConsistent()
    {
        RandomText random(5);
        QRandomGenerator shuffler(6);
        for (int i = 0; i < 500; ++i) {
            const QString seed = random.seed();
            const QStringList ids = random.ids(1 + random.bounded(60));
            const QStringList order = DrawEngine::order(seed, ids);
            QStringList shuffled = ids;
            std::shuffle(shuffled.begin(), shuffled.end(), shuffler);
            QCOMPARE(DrawEngine::order(seed, shuffled), order);
            QStringList sub;
            for (const QString& id : ids) {
                if (random.bounded(2) == 0)
                    sub.append(id);
            }
            QStringList filtered;
            for (const QString& id : order) {
                if (sub.contains(id))
                    filtered.append(id);
            }
            QCOMPARE(DrawEngine::order(seed, sub), filtered);
        }
    }
};

QTEST_GUILESS_MAIN(TestDrawOrder)
#include "tst_draw_order.moc"
