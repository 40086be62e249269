// Checks the demo data in resources/demo/ (written by scripts/make-demo-data.py) before any importer reads it:
// the files are what Excel's "CSV UTF-8" export writes, every code is valid, and the files agree with each other.
#include "Validators.h"
#include "Vocabulary.h"

#include <QDate>
#include <QDir>
#include <QFile>
#include <QHash>
#include <QRegularExpression>
#include <QSet>
#include <QTest>

namespace {

QString demoPath(const QString& fileName)
{
    // cleanPath: tests/data need not exist for ../.. to lead to the source tree.
    return QDir::cleanPath(QStringLiteral(SHUANGSUI_TEST_DATA "/../../resources/demo/") + fileName);
}

struct Table
{
    QStringList header;
    QList<QStringList> rows;
    QString error;

    qsizetype column(const QString& name) const { return header.indexOf(name); }
    QStringList values(const QString& name) const
    {
        const qsizetype c = column(name);
        QStringList list;
        for (const QStringList& row : rows)
            list << (c < 0 ? QString() : row.value(c));
        return list;
    }
};

// The demo cells contain no commas, quotes or line breaks (the generator asserts it), so a line is split on commas.
Table readTable(const QString& fileName)
{
    Table table;
    QFile file(demoPath(fileName));
    if (!file.open(QIODevice::ReadOnly)) {
        table.error = QStringLiteral("cannot open %1: %2").arg(file.fileName(), file.errorString());
        return table;
    }
    const QByteArray bytes = file.readAll();
    if (!bytes.startsWith("\xEF\xBB\xBF")) {
        table.error = QStringLiteral("%1 does not start with a UTF-8 byte order mark").arg(fileName);
        return table;
    }
    const QString text = QString::fromUtf8(bytes.mid(3));
    if (text.count(QLatin1Char('\n')) != text.count(QStringLiteral("\r\n")) || !text.endsWith(QStringLiteral("\r\n"))) {
        table.error = QStringLiteral("%1 has line ends other than CRLF").arg(fileName);
        return table;
    }
    QStringList lines = text.split(QStringLiteral("\r\n"));
    lines.removeLast(); // after the final CRLF
    if (lines.isEmpty()) {
        table.error = QStringLiteral("%1 is empty").arg(fileName);
        return table;
    }
    table.header = lines.takeFirst().split(QLatin1Char(','));
    for (const QString& line : std::as_const(lines)) {
        const QStringList cells = line.split(QLatin1Char(','));
        if (cells.size() != table.header.size()) {
            table.error = QStringLiteral("%1: %2 cells instead of %3 in: %4")
                              .arg(fileName)
                              .arg(cells.size())
                              .arg(table.header.size())
                              .arg(line);
            return table;
        }
        table.rows << cells;
    }
    return table;
}

QString cell(const Table& table, const QStringList& row, const QString& column)
{
    return row.value(table.column(column));
}

} // namespace

class TestDemoData : public QObject
{
    Q_OBJECT

private:
    Table m_townships;
    Table m_entities;
    Table m_inspectors;
    Table m_items;
    Table m_conflicts;

private Q_SLOTS:
    void initTestCase()
    {
        m_townships = readTable(QStringLiteral("townships.csv"));
        m_entities = readTable(QStringLiteral("entities.csv"));
        m_inspectors = readTable(QStringLiteral("inspectors.csv"));
        m_items = readTable(QStringLiteral("items.csv"));
        m_conflicts = readTable(QStringLiteral("conflicts.csv"));
        for (const Table* t : {&m_townships, &m_entities, &m_inspectors, &m_items, &m_conflicts})
            QVERIFY2(t->error.isEmpty(), qPrintable(t->error));
    }

    void headers_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QStringList>("header");
        auto columns = [](const char* text) { return QString::fromUtf8(text).split(QLatin1Char(',')); };
        QTest::newRow("townships") << QStringLiteral("townships.csv") << columns("序号,名称,类型");
        QTest::newRow("entities") << QStringLiteral("entities.csv")
                                  << columns(
                                         "统一社会信用代码,单位名称,类别,办学性质,所属乡镇,办学地址,负责人,联系电话,"
                                         "状态,信用风险分类,黑名单,黑名单原因,标签");
        QTest::newRow("inspectors") << QStringLiteral("inspectors.csv")
                                    << columns("人员编号,姓名,性别,所在股室,执法证号,证件有效期起,证件有效期止,"
                                               "专业领域,状态,联系电话,身份证号");
        QTest::newRow("items") << QStringLiteral("items.csv")
                               << columns("事项编码,抽查事项,抽查依据,抽查主体,抽查内容,抽查方式,适用对象类别,"
                                          "适用办学性质,最低抽查比例,抽查频次（月）,生效日期");
        QTest::newRow("conflicts") << QStringLiteral("conflicts.csv")
                                   << columns("人员编号,执法人员姓名,统一社会信用代码,检查对象名称,回避原因,说明,"
                                              "有效期起,有效期止");
    }
    void headers()
    {
        QFETCH(QString, file);
        QFETCH(QStringList, header);
        const Table table = readTable(file);
        QVERIFY2(table.error.isEmpty(), qPrintable(table.error));
        QCOMPARE(table.header, header);
        for (const QStringList& row : table.rows)
            for (const QString& value : row)
                QVERIFY2(value == value.trimmed(), qPrintable(value));
    }

    void townships()
    {
        QCOMPARE(m_townships.rows.size(), 16);
        QSet<QString> names;
        int towns = 0;
        int xiang = 0;
        for (qsizetype i = 0; i < m_townships.rows.size(); ++i) {
            const QStringList& row = m_townships.rows.at(i);
            QCOMPARE(cell(m_townships, row, QStringLiteral("序号")), QString::number(i + 1));
            const QString name = cell(m_townships, row, QStringLiteral("名称"));
            const QString kind = Vocabulary::townshipKinds().keyFor(cell(m_townships, row, QStringLiteral("类型")));
            QVERIFY2(!kind.isEmpty(), qPrintable(name));
            QVERIFY2(name.endsWith(cell(m_townships, row, QStringLiteral("类型"))), qPrintable(name));
            towns += kind == QLatin1String("town");
            xiang += kind == QLatin1String("township");
            names.insert(name);
        }
        QCOMPARE(names.size(), 16);
        QCOMPARE(towns, 11);
        QCOMPARE(xiang, 5);
        QVERIFY(names.contains(QStringLiteral("昌黎镇")));
        QVERIFY(names.contains(QStringLiteral("荒佃庄镇")));
        QVERIFY(names.contains(QStringLiteral("十里铺乡")));
    }

    void entityCreditCodes()
    {
        QSet<QString> codes;
        int withoutCode = 0;
        for (const QStringList& row : std::as_const(m_entities.rows)) {
            const QString code = cell(m_entities, row, QStringLiteral("统一社会信用代码"));
            const QString name = cell(m_entities, row, QStringLiteral("单位名称"));
            if (code.isEmpty()) {
                ++withoutCode;
                QVERIFY2(name.endsWith(QStringLiteral("教学点")), qPrintable(name));
                continue;
            }
            QVERIFY2(Validators::isValidCreditCode(code),
                     qPrintable(name + QLatin1Char(' ') + Validators::creditCodeProblem(code)));
            QCOMPARE(code.mid(2, 6), QStringLiteral("130322"));
            QVERIFY2(!codes.contains(code), qPrintable(code));
            codes.insert(code);
            // 12 事业单位 for public schools, 52 民办非企业单位 for private ones, 91 企业 for training companies.
            const QString category = Vocabulary::categories().keyFor(cell(m_entities, row, QStringLiteral("类别")));
            const QString ownership
                = Vocabulary::ownerships().keyFor(cell(m_entities, row, QStringLiteral("办学性质")));
            const QString expected = category == QLatin1String("training") ? QStringLiteral("91")
                : ownership == QLatin1String("public")                     ? QStringLiteral("12")
                                                                           : QStringLiteral("52");
            QVERIFY2(code.startsWith(expected), qPrintable(name + QLatin1Char(' ') + code));
        }
        QVERIFY2(withoutCode >= 3 && withoutCode <= 8, qPrintable(QString::number(withoutCode)));
    }

    void entityValues()
    {
        const QStringList townshipNames = m_townships.values(QStringLiteral("名称"));
        const QSet<QString> townships(townshipNames.begin(), townshipNames.end());
        QSet<QString> names;
        int blacklisted = 0;
        for (const QStringList& row : std::as_const(m_entities.rows)) {
            auto value = [&](const char* column) { return cell(m_entities, row, QString::fromUtf8(column)); };
            const QString name = value("单位名称");
            QVERIFY2(!names.contains(name), qPrintable(name));
            names.insert(name);
            QVERIFY2(townships.contains(value("所属乡镇")), qPrintable(name));
            QVERIFY2(value("办学地址").startsWith(QStringLiteral("昌黎县") + value("所属乡镇")), qPrintable(name));
            const QString category = Vocabulary::categories().keyFor(value("类别"));
            const QString ownership = Vocabulary::ownerships().keyFor(value("办学性质"));
            QVERIFY2(!category.isEmpty() && category != QLatin1String("other"), qPrintable(name));
            QVERIFY2(!ownership.isEmpty(), qPrintable(name));
            QVERIFY2(!Vocabulary::entityStatuses().keyFor(value("状态")).isEmpty(), qPrintable(name));
            QVERIFY2(!Vocabulary::riskClasses().keyFor(value("信用风险分类")).isEmpty(), qPrintable(name));
            if (category == QLatin1String("training"))
                QCOMPARE(ownership, QStringLiteral("private"));
            QVERIFY2(!value("负责人").isEmpty(), qPrintable(name));
            QVERIFY2(Validators::phoneProblem(value("联系电话")).isEmpty(), qPrintable(name));
            QVERIFY2(!value("联系电话").isEmpty(), qPrintable(name));
            const QString flag = value("黑名单");
            QVERIFY2(flag == QStringLiteral("是") || flag == QStringLiteral("否"), qPrintable(name));
            QCOMPARE(!value("黑名单原因").isEmpty(), flag == QStringLiteral("是"));
            blacklisted += flag == QStringLiteral("是");
            if (!value("标签").isEmpty())
                for (const QString& tag : value("标签").split(QStringLiteral("、")))
                    QVERIFY2(!tag.trimmed().isEmpty(), qPrintable(name));
        }
        QVERIFY2(blacklisted >= 6 && blacklisted <= 10, qPrintable(QString::number(blacklisted)));
    }

    void entityCounts()
    {
        QHash<QString, int> categories;
        QHash<QString, int> statuses;
        QHash<QString, int> risks;
        for (const QStringList& row : std::as_const(m_entities.rows)) {
            ++categories[Vocabulary::categories().keyFor(cell(m_entities, row, QStringLiteral("类别")))];
            ++statuses[Vocabulary::entityStatuses().keyFor(cell(m_entities, row, QStringLiteral("状态")))];
            ++risks[Vocabulary::riskClasses().keyFor(cell(m_entities, row, QStringLiteral("信用风险分类")))];
        }
        const qsizetype total = m_entities.rows.size();
        QVERIFY2(total >= 280 && total <= 320, qPrintable(QString::number(total)));
        QVERIFY(categories.value(QStringLiteral("kindergarten")) >= 80);
        QVERIFY(categories.value(QStringLiteral("primary")) >= 80);
        QVERIFY(categories.value(QStringLiteral("junior")) >= 12 && categories.value(QStringLiteral("junior")) <= 18);
        QVERIFY(categories.value(QStringLiteral("senior")) >= 3 && categories.value(QStringLiteral("senior")) <= 4);
        QCOMPARE(categories.value(QStringLiteral("vocational")), 1);
        QCOMPARE(categories.value(QStringLiteral("special")), 1);
        QVERIFY(categories.value(QStringLiteral("training")) >= 35
                && categories.value(QStringLiteral("training")) <= 45);
        QVERIFY(statuses.value(QStringLiteral("normal")) >= total * 9 / 10);
        QVERIFY(statuses.value(QStringLiteral("suspended")) >= 1);
        QVERIFY(statuses.value(QStringLiteral("closed")) >= 1);
        QVERIFY(risks.value(QStringLiteral("B")) > total / 2);
        QVERIFY(risks.value(QStringLiteral("A")) > risks.value(QStringLiteral("C")));
        QVERIFY(risks.value(QStringLiteral("C")) > risks.value(QStringLiteral("D")));
        QVERIFY(risks.value(QStringLiteral("D")) >= 1);
    }

    void inspectors()
    {
        const qsizetype total = m_inspectors.rows.size();
        QVERIFY2(total >= 25 && total <= 35, qPrintable(QString::number(total)));
        static const QRegularExpression codePattern(QStringLiteral("^ZF-[0-9]{3}$"));
        const QDate endOf2026(2026, 12, 31);
        QSet<QString> codes;
        QSet<QString> certNos;
        QSet<QString> idCards;
        int uncertified = 0;
        int expiredIn2025 = 0;
        int validThrough2026 = 0;
        QHash<QString, int> statuses;
        for (const QStringList& row : std::as_const(m_inspectors.rows)) {
            auto value = [&](const char* column) { return cell(m_inspectors, row, QString::fromUtf8(column)); };
            const QString code = value("人员编号");
            QVERIFY2(codePattern.match(code).hasMatch(), qPrintable(code));
            QVERIFY2(!codes.contains(code), qPrintable(code));
            codes.insert(code);
            QVERIFY2(!value("姓名").isEmpty() && !value("所在股室").isEmpty(), qPrintable(code));
            const QString gender = Vocabulary::genders().keyFor(value("性别"));
            QVERIFY2(!gender.isEmpty(), qPrintable(code));
            const QString status = Vocabulary::inspectorStatuses().keyFor(value("状态"));
            QVERIFY2(!status.isEmpty(), qPrintable(code));
            ++statuses[status];
            QVERIFY2(Validators::phoneProblem(value("联系电话")).isEmpty(), qPrintable(code));

            const QString certNo = value("执法证号");
            const QDate from = QDate::fromString(value("证件有效期起"), Qt::ISODate);
            const QDate to = QDate::fromString(value("证件有效期止"), Qt::ISODate);
            if (certNo.isEmpty()) {
                ++uncertified;
                QVERIFY2(value("证件有效期起").isEmpty() && value("证件有效期止").isEmpty(), qPrintable(code));
            } else {
                QVERIFY2(certNo.startsWith(QStringLiteral("冀秦")), qPrintable(code));
                QVERIFY2(!certNos.contains(certNo), qPrintable(certNo));
                certNos.insert(certNo);
                QVERIFY2(from.isValid() && to.isValid() && from < to, qPrintable(code));
                expiredIn2025 += to.year() == 2025;
                validThrough2026 += from <= QDate(2026, 1, 1) && to >= endOf2026;
            }

            const QString idCard = value("身份证号");
            if (idCard.isEmpty())
                continue;
            QVERIFY2(Validators::idCardProblem(idCard).isEmpty(), qPrintable(Validators::idCardProblem(idCard)));
            QVERIFY(idCard.startsWith(QStringLiteral("130322")));
            const int birthYear = idCard.mid(6, 4).toInt();
            QVERIFY2(birthYear >= 1968 && birthYear <= 1995, qPrintable(idCard));
            // GB 11643: the 17th digit is odd for men, even for women.
            QCOMPARE(idCard.at(16).digitValue() % 2 == 1, gender == QLatin1String("male"));
            QVERIFY2(!idCards.contains(idCard), qPrintable(idCard));
            idCards.insert(idCard);
        }
        QVERIFY2(uncertified >= 2 && uncertified <= 4, qPrintable(QString::number(uncertified)));
        QVERIFY2(expiredIn2025 >= 3 && expiredIn2025 <= 5, qPrintable(QString::number(expiredIn2025)));
        QVERIFY2(validThrough2026 >= total * 2 / 3, qPrintable(QString::number(validThrough2026)));
        QVERIFY2(idCards.size() >= total / 3 && idCards.size() <= total * 2 / 3,
                 qPrintable(QString::number(idCards.size())));
        QCOMPARE(statuses.value(QStringLiteral("on_leave")), 2);
        QCOMPARE(statuses.value(QStringLiteral("transferred")), 1);
    }

    void items()
    {
        QCOMPARE(m_items.values(QStringLiteral("事项编码")),
                 (QStringList {QStringLiteral("JY-01"), QStringLiteral("JY-02"), QStringLiteral("JY-03")}));
        // Active entities by category and ownership ("" counts both).
        QHash<QString, int> activeByCategory;
        for (const QStringList& row : std::as_const(m_entities.rows))
            if (Vocabulary::entityStatuses().keyFor(cell(m_entities, row, QStringLiteral("状态")))
                == QLatin1String("normal")) {
                const QString category
                    = Vocabulary::categories().keyFor(cell(m_entities, row, QStringLiteral("类别")));
                ++activeByCategory[category];
                ++activeByCategory[category + QLatin1Char('/')
                                   + Vocabulary::ownerships().keyFor(cell(m_entities, row, QStringLiteral("办学性质")))];
            }

        for (const QStringList& row : std::as_const(m_items.rows)) {
            auto value = [&](const char* column) { return cell(m_items, row, QString::fromUtf8(column)); };
            const QString code = value("事项编码");
            QVERIFY2(!value("抽查事项").isEmpty(), qPrintable(code));
            QVERIFY2(value("抽查依据").contains(QStringLiteral("《")), qPrintable(code)); // R1: a legal basis
            QCOMPARE(value("抽查主体"), QStringLiteral("昌黎县教育局"));
            QVERIFY2(!value("抽查内容").isEmpty() && !value("抽查方式").isEmpty(), qPrintable(code));
            int pool = 0;
            const QString ownership = Vocabulary::ownerships().keyFor(value("适用办学性质"));
            QCOMPARE(ownership.isEmpty(), value("适用办学性质").isEmpty());
            for (const QString& category : value("适用对象类别").split(QStringLiteral("、"))) {
                const QString key = Vocabulary::categories().keyFor(category);
                QVERIFY2(!key.isEmpty(), qPrintable(code + QLatin1Char(' ') + category));
                pool += activeByCategory.value(ownership.isEmpty() ? key : key + QLatin1Char('/') + ownership);
            }
            QVERIFY2(pool >= 20, qPrintable(code)); // enough entities for a 5 % draw to mean something
            const QString ratio = value("最低抽查比例");
            QVERIFY2(ratio.endsWith(QLatin1Char('%')), qPrintable(ratio));
            bool ok = false;
            const int percent = ratio.chopped(1).toInt(&ok);
            QVERIFY2(ok && percent >= 5 && percent <= 100, qPrintable(ratio)); // R7: at least 5 %
            const int months = value("抽查频次（月）").toInt(&ok);
            QVERIFY2(ok && months >= 1 && months <= 6, qPrintable(code)); // R7: at least every half year
            QCOMPARE(QDate::fromString(value("生效日期"), Qt::ISODate), QDate(2026, 1, 1));
        }
    }

    void conflicts()
    {
        QHash<QString, QString> inspectorNames;
        for (const QStringList& row : std::as_const(m_inspectors.rows))
            inspectorNames.insert(cell(m_inspectors, row, QStringLiteral("人员编号")),
                                  cell(m_inspectors, row, QStringLiteral("姓名")));
        QHash<QString, QString> entityNames;
        for (const QStringList& row : std::as_const(m_entities.rows))
            if (!cell(m_entities, row, QStringLiteral("统一社会信用代码")).isEmpty())
                entityNames.insert(cell(m_entities, row, QStringLiteral("统一社会信用代码")),
                                   cell(m_entities, row, QStringLiteral("单位名称")));

        const qsizetype total = m_conflicts.rows.size();
        QVERIFY2(total >= 5 && total <= 8, qPrintable(QString::number(total)));
        QSet<QString> pairs;
        QSet<QString> reasons;
        for (const QStringList& row : std::as_const(m_conflicts.rows)) {
            auto value = [&](const char* column) { return cell(m_conflicts, row, QString::fromUtf8(column)); };
            const QString inspector = value("人员编号");
            const QString creditCode = value("统一社会信用代码");
            QVERIFY2(inspectorNames.contains(inspector), qPrintable(inspector));
            QCOMPARE(value("执法人员姓名"), inspectorNames.value(inspector));
            QVERIFY2(entityNames.contains(creditCode), qPrintable(creditCode));
            QCOMPARE(value("检查对象名称"), entityNames.value(creditCode));
            const QString reason = Vocabulary::conflictReasons().keyFor(value("回避原因"));
            QVERIFY2(!reason.isEmpty(), qPrintable(value("回避原因")));
            reasons.insert(reason);
            const QDate from = QDate::fromString(value("有效期起"), Qt::ISODate);
            QVERIFY(from.isValid());
            if (!value("有效期止").isEmpty())
                QVERIFY(QDate::fromString(value("有效期止"), Qt::ISODate) > from);
            const QString pair = inspector + QLatin1Char('/') + creditCode;
            QVERIFY2(!pairs.contains(pair), qPrintable(pair));
            pairs.insert(pair);
        }
        QCOMPARE(reasons.size(), Vocabulary::conflictReasons().terms().size()); // every reason appears
    }
};

QTEST_GUILESS_MAIN(TestDemoData)
#include "tst_demodata.moc"
