// Signed website packages (issue 19): the demo office's finished plan publishes a package with manifest.json,
// manifest.sig and publication-key.txt that verifies from outside (PackageCheck::verify); any changed byte, added or
// removed file, a wrong key or fingerprint, or a result not of the draw fails by name; the packages form a chain of
// manifests; a wrong passphrase or a missing key writes nothing; the key table only grows (a key is retired once);
// rotating signs the new key with the old; and a history truncated or rewritten after a publication — even with the
// triggers dropped and put back — fails PackageCheck::againstAuditTrail.
#include "AuditTrail.h"
#include "Database.h"
#include "DemoData.h"
#include "PackageCheck.h"
#include "PlanRepository.h"
#include "Publication.h"
#include "PublicationKey.h"
#include "PublicationKeyOperations.h"
#include "PublicationKeySupport.h"
#include "PublishOperations.h"
#include "ResultFixture.h"
#include "Schema.h"
#include "StoredAudit.h"
#include "TestSupport.h"
#include "WriteTransaction.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

namespace {

const Actor kReviewer {QStringLiteral("shenhe"), QStringLiteral("reviewer")};
const Actor kAdmin {QStringLiteral("admin"), QStringLiteral("admin")};

QByteArray readAll(const QString& path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

bool writeAll(const QString& path, const QByteArray& bytes)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly | QIODevice::Truncate) && f.write(bytes) == bytes.size();
}

// A copy of the package in a new folder.
QString copyOf(const QString& package, const QTemporaryDir& dir, const QString& name)
{
    const QString out = dir.filePath(name);
    QDir().mkpath(out);
    for (const QString& f : QDir(package).entryList(QDir::Files))
        QFile::copy(QDir(package).filePath(f), QDir(out).filePath(f));
    return out;
}

qint64 count(Database& db, const QString& sql)
{
    QSqlQuery q(db.sql());
    return q.exec(sql) && q.next() ? q.value(0).toLongLong() : -1;
}

} // namespace

class TestPackageCheck final : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    qint64 m_planId = 0;
    QString m_package; // the demo plan's package, published once

    SigningKey demoKey()
    {
        QString error;
        auto key = PublicationKeys::unlock(*m_db, DemoData::publicationPassphrase(), &error);
        if (!key)
            qFatal("unlock: %s", qPrintable(error));
        return std::move(*key);
    }

    // What the bureau (or an insider with the key) would do after changing a file: list it anew and sign again.
    void resign(const QString& package, const QString& changed)
    {
        QString error;
        auto m = PackageManifest::read(readAll(QDir(package).filePath(Publication::manifestName())), &error);
        QVERIFY2(m, qPrintable(error));
        const QByteArray bytes = readAll(QDir(package).filePath(changed));
        for (ManifestFile& f : m->files)
            if (f.name == changed) {
                f.sha256 = QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
                f.size = bytes.size();
            }
        const QByteArray json = m->toJson();
        QVERIFY(writeAll(QDir(package).filePath(Publication::manifestName()), json));
        QVERIFY(writeAll(QDir(package).filePath(Publication::signatureName()), demoKey().sign(json).toHex() + '\n'));
    }

    // The audit triggers dropped, `sql` run, the triggers put back as the schema has them (the schema check then
    // sees nothing); what an insider with the file could do.
    bool tamper(const QStringList& sql)
    {
        QSqlQuery q(m_db->sql());
        if (!q.exec(QStringLiteral("DROP TRIGGER audit_log_no_update"))
            || !q.exec(QStringLiteral("DROP TRIGGER audit_log_no_delete")))
            return false;
        for (const QString& s : sql)
            if (!q.exec(s))
                return qWarning() << q.lastError().text(), false;
        for (const QString& s : Schema::migrationStatements(4))
            if (s.contains(QLatin1String(" ON audit_log ")) && !q.exec(s))
                return false;
        return true;
    }

    // Rewrites the entries from `from` on with hashes that chain again (the content of `from` changed).
    QStringList rewriteFrom(qint64 from)
    {
        QStringList sql;
        QSqlQuery q(m_db->sql());
        q.exec(StoredAudit::selectAll());
        QString previous;
        while (q.next()) {
            AuditEntry e = StoredAudit::entry(q);
            if (e.seq < from) {
                previous = StoredAudit::hash(q);
                continue;
            }
            if (e.seq == from) {
                e.user = QStringLiteral("someone-else");
                sql << QStringLiteral("UPDATE audit_log SET user_name = 'someone-else' WHERE seq = %1").arg(e.seq);
            }
            previous = WriteTransaction::entryHash(previous, e);
            sql << QStringLiteral("UPDATE audit_log SET hash = '%1' WHERE seq = %2").arg(previous).arg(e.seq);
        }
        return sql;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QString error;
        m_db = Database::open(m_dir.filePath(QStringLiteral("演示.sqlite")), &error);
        QVERIFY2(m_db, qPrintable(error));
        m_db->setCurrentUser(QStringLiteral("admin"));
        QVERIFY2(DemoData::fill(*m_db, &error), qPrintable(error));
        QVERIFY2(DemoData::addFinishedPlan(*m_db, &error), qPrintable(error));
        m_planId = PlanRepository(*m_db).list().first().id;
        m_db->setCurrentUser(kReviewer.user);
        m_package = m_dir.filePath(QStringLiteral("公示网页包"));
        QList<PublishedFile> files;
        const Outcome o = PublishOperations(*m_db, kReviewer)
                              .writePackage(m_planId, m_package, DemoData::publicationPassphrase(), &files);
        QVERIFY2(o.ok(), qPrintable(o.message()));
        QCOMPARE(files.size(), Publication::packageFileNames().size() + 3);
    }

    void theDemoPackageVerifies()
    {
        // Without a key given: whole, but its origin is not proven.
        PackageCheckResult r = PackageCheck::verify(m_package, {});
        QVERIFY2(r.verified, qPrintable(r.difference));
        QVERIFY(!r.originProven);
        QVERIFY(r.results > 0);
        const auto key = PublicationKeys::inForce(*m_db);
        QCOMPARE(r.fingerprint, key->fingerprint());
        QCOMPARE(r.manifest->plan, PlanRepository(*m_db).find(m_planId)->code);
        QCOMPARE(r.manifest->previousManifest, QString());

        // With the key, or its fingerprint as a user types it.
        r = PackageCheck::verify(m_package, {PackageKeyChoice::Kind::PublicKey, key->publicKey, {}});
        QVERIFY2(r.verified && r.originProven, qPrintable(r.difference));
        const QString typed = key->fingerprint().remove(QLatin1Char(' ')).toLower();
        QCOMPARE(PublicationKeys::normalFingerprint(typed), key->fingerprint());
        r = PackageCheck::verify(m_package, {PackageKeyChoice::Kind::Fingerprint, {}, key->fingerprint()});
        QVERIFY2(r.verified && r.originProven, qPrintable(r.difference));
        // The key file of the package is a key file.
        QString error;
        QCOMPARE(*PackageCheck::readKeyFile(QDir(m_package).filePath(Publication::publicKeyName()), &error),
                 key->publicKey);

        // The manifest is in its fixed form, signed, and its SHA-256 is on the publication's row.
        const QByteArray manifest = readAll(QDir(m_package).filePath(Publication::manifestName()));
        QVERIFY(manifest.endsWith("}\n") && !manifest.contains('\r'));
        QCOMPARE(PackageManifest::read(manifest, &error)->toJson(), manifest);
        QCOMPARE(
            count(*m_db,
                  QStringLiteral("SELECT count(*) FROM publication WHERE manifest_sha256 = '%1' AND key_id = %2")
                      .arg(QString::fromLatin1(QCryptographicHash::hash(manifest, QCryptographicHash::Sha256).toHex()))
                      .arg(key->id)),
            1);
        // The audit head is the entry before the publication's own.
        const qint64 publicationEntry
            = count(*m_db, QStringLiteral("SELECT max(seq) FROM audit_log WHERE object_type = 'publication'"));
        QCOMPARE(PackageManifest::read(manifest, &error)->auditSeq, publicationEntry - 1);
        const auto against = PackageCheck::againstAuditTrail(*m_db, m_package);
        QVERIFY2(!against, qPrintable(against.value_or(QString())));
    }

    void anyChangedByteFailsByName_data()
    {
        QTest::addColumn<QString>("file");
        for (const QString& name : Publication::packageFileNames() + QStringList {Publication::publicKeyName()})
            QTest::newRow(qPrintable(name)) << name;
    }

    void anyChangedByteFailsByName()
    {
        QFETCH(QString, file);
        QTemporaryDir dir;
        const QString copy = copyOf(m_package, dir, QStringLiteral("p"));
        QByteArray bytes = readAll(QDir(copy).filePath(file));
        bytes[bytes.size() / 2] = char(bytes.at(bytes.size() / 2) ^ 0x01);
        QVERIFY(writeAll(QDir(copy).filePath(file), bytes));
        const PackageCheckResult r = PackageCheck::verify(copy, {});
        QVERIFY(!r.verified);
        QCOMPARE(r.difference, QStringLiteral("The SHA-256 of file %1 differs from the manifest.").arg(file));
    }

    void aChangedManifestOrSignatureFails()
    {
        QTemporaryDir dir;
        const QString copy = copyOf(m_package, dir, QStringLiteral("p"));
        const QString manifest = QDir(copy).filePath(Publication::manifestName());
        QByteArray bytes = readAll(manifest);
        bytes.replace("\"plan\": \"", "\"plan\": \"X");
        QVERIFY(writeAll(manifest, bytes));
        PackageCheckResult r = PackageCheck::verify(copy, {});
        QVERIFY(!r.verified);
        QVERIFY2(r.difference.startsWith(QStringLiteral("The signature in manifest.sig does not match")),
                 qPrintable(r.difference));

        QFile::remove(manifest);
        r = PackageCheck::verify(copy, {});
        QVERIFY2(r.difference.contains(Publication::manifestName()), qPrintable(r.difference));
    }

    void anAddedOrRemovedFileFailsByName()
    {
        QTemporaryDir dir;
        QString copy = copyOf(m_package, dir, QStringLiteral("added"));
        QVERIFY(writeAll(QDir(copy).filePath(QStringLiteral("notice.html")), "<p>x</p>"));
        PackageCheckResult r = PackageCheck::verify(copy, {});
        QCOMPARE(r.difference, QStringLiteral("File notice.html is not in the manifest (added to the package)."));

        copy = copyOf(m_package, dir, QStringLiteral("removed"));
        QVERIFY(QFile::remove(QDir(copy).filePath(Publication::statisticsPageName())));
        r = PackageCheck::verify(copy, {});
        QCOMPARE(r.difference, QStringLiteral("File statistics.html of the manifest is missing."));
    }

    void aWrongKeyOrFingerprintFails()
    {
        QTemporaryDir dir;
        // Another key: the package was not signed with it.
        QByteArray other(32, '\x07');
        PackageCheckResult r = PackageCheck::verify(m_package, {PackageKeyChoice::Kind::PublicKey, other, {}});
        QVERIFY(!r.verified);
        QVERIFY2(r.difference.contains(QStringLiteral("was not signed by this key")), qPrintable(r.difference));
        r = PackageCheck::verify(m_package,
                                 {PackageKeyChoice::Kind::Fingerprint, {}, PublicationKeys::fingerprint(other)});
        QVERIFY(!r.verified);
        QVERIFY2(r.difference.contains(PublicationKeys::fingerprint(other)), qPrintable(r.difference));

        // A forger's own key in publication-key.txt and a manifest signed with it: whole, but not the bureau's.
        const QString copy = copyOf(m_package, dir, QStringLiteral("forged"));
        std::unique_ptr<Database> forger = Database::openInMemory(nullptr);
        forger->setCurrentUser(QStringLiteral("forger"));
        auto forgedKey = PublicationKeySupport::unlockedKey(*forger);
        QVERIFY(forgedKey);
        QVERIFY(writeAll(QDir(copy).filePath(Publication::publicKeyName()),
                         Publication::publicKeyText(forgedKey->key(), QStringLiteral("昌黎县教育局"))));
        QString error;
        auto m = PackageManifest::read(readAll(QDir(copy).filePath(Publication::manifestName())), &error);
        const QByteArray keyText = readAll(QDir(copy).filePath(Publication::publicKeyName()));
        m->publicKey = forgedKey->key().publicKeyHex();
        m->fingerprint = forgedKey->key().fingerprint();
        m->files.last() = {Publication::publicKeyName(),
                           QString::fromLatin1(QCryptographicHash::hash(keyText, QCryptographicHash::Sha256).toHex()),
                           keyText.size()};
        QVERIFY(writeAll(QDir(copy).filePath(Publication::manifestName()), m->toJson()));
        QVERIFY(writeAll(QDir(copy).filePath(Publication::signatureName()), forgedKey->sign(m->toJson()).toHex()));
        r = PackageCheck::verify(copy, {});
        QVERIFY2(r.verified && !r.originProven, qPrintable(r.difference));
        const auto bureau = PublicationKeys::inForce(*m_db);
        r = PackageCheck::verify(copy, {PackageKeyChoice::Kind::Fingerprint, {}, bureau->fingerprint()});
        QVERIFY(!r.verified);
        QVERIFY2(r.difference.contains(bureau->fingerprint()), qPrintable(r.difference));
        r = PackageCheck::verify(copy, {PackageKeyChoice::Kind::PublicKey, bureau->publicKey, {}});
        QVERIFY(!r.verified);
        // And the data file does not take it for one of its own.
        const auto problem = PackageCheck::againstAuditTrail(*m_db, copy);
        QVERIFY(problem);
        QVERIFY2(problem->contains(QStringLiteral("No publication key of this data file")), qPrintable(*problem));
    }

    void aResultNotOfTheDrawFails()
    {
        QTemporaryDir dir;
        const QString copy = copyOf(m_package, dir, QStringLiteral("p"));
        const QString path = QDir(copy).filePath(Publication::resultsJsonName());
        QJsonObject root = QJsonDocument::fromJson(readAll(path)).object();
        QJsonArray results = root[QStringLiteral("results")].toArray();
        QVERIFY(!results.isEmpty());

        // An entity that was not drawn.
        QJsonObject extra = results.first().toObject();
        extra[QStringLiteral("entity")] = QStringLiteral("E-NOT-DRAWN");
        extra[QStringLiteral("entityName")] = QStringLiteral("未抽中的学校");
        QJsonArray more = results;
        more.append(extra);
        root[QStringLiteral("results")] = more;
        QVERIFY(writeAll(path, QJsonDocument(root).toJson()));
        resign(copy, Publication::resultsJsonName());
        PackageCheckResult r = PackageCheck::verify(copy, {});
        QVERIFY(!r.verified);
        QCOMPARE(r.difference,
                 QStringLiteral("Result %1: 未抽中的学校（E-NOT-DRAWN） is not a visit of the draw.").arg(more.size()));

        // A drawn entity with an item it was not drawn for.
        QJsonObject wrongItem = results.first().toObject();
        wrongItem[QStringLiteral("itemCode")] = QStringLiteral("NO-SUCH-ITEM");
        results[0] = wrongItem;
        root[QStringLiteral("results")] = results;
        QVERIFY(writeAll(path, QJsonDocument(root).toJson()));
        resign(copy, Publication::resultsJsonName());
        r = PackageCheck::verify(copy, {});
        QVERIFY(!r.verified);
        QVERIFY2(r.difference.startsWith(QStringLiteral("Result 1: item NO-SUCH-ITEM is not drawn for")),
                 qPrintable(r.difference));
    }

    void aChangedDrawRecordFailsEvenWhenSignedAgain()
    {
        QTemporaryDir dir;
        const QString copy = copyOf(m_package, dir, QStringLiteral("p"));
        const QString path = QDir(copy).filePath(Publication::recordName());
        QByteArray record = readAll(path);
        const int seed = record.indexOf("\"seed\": \"");
        QVERIFY(seed > 0);
        record[seed + 9] = record.at(seed + 9) == '1' ? '2' : '1';
        QVERIFY(writeAll(path, record));
        resign(copy, Publication::recordName());
        const PackageCheckResult r = PackageCheck::verify(copy, {});
        QVERIFY(!r.verified);
        QVERIFY2(r.difference.startsWith(QStringLiteral("The draw record does not verify")), qPrintable(r.difference));
    }

    void thePackagesFormAChain()
    {
        QTemporaryDir dir;
        const QString second = dir.filePath(QStringLiteral("第二次"));
        const Outcome o
            = PublishOperations(*m_db, kReviewer).writePackage(m_planId, second, DemoData::publicationPassphrase());
        QVERIFY2(o.ok(), qPrintable(o.message()));
        const QByteArray first = readAll(QDir(m_package).filePath(Publication::manifestName()));
        QString error;
        const auto m = PackageManifest::read(readAll(QDir(second).filePath(Publication::manifestName())), &error);
        QCOMPARE(m->previousManifest,
                 QString::fromLatin1(QCryptographicHash::hash(first, QCryptographicHash::Sha256).toHex()));
        QVERIFY(PackageCheck::verify(second, {}).verified);
    }

    void aWrongPassphraseOrNoKeyWritesNothing()
    {
        QTemporaryDir dir;
        const QString out = dir.filePath(QStringLiteral("p"));
        const qint64 entries = count(*m_db, QStringLiteral("SELECT count(*) FROM audit_log"));
        const qint64 rows = count(*m_db, QStringLiteral("SELECT count(*) FROM publication"));
        Outcome o
            = PublishOperations(*m_db, kReviewer).writePackage(m_planId, out, QStringLiteral("not-the-passphrase"));
        QCOMPARE(o.kind(), Outcome::Kind::RefusedByRule);
        QCOMPARE(o.message(), PublicationKeys::wrongPassphraseText());
        QVERIFY(!QFileInfo::exists(out));
        QVERIFY(QDir(dir.path()).isEmpty(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot));
        QCOMPARE(count(*m_db, QStringLiteral("SELECT count(*) FROM audit_log")), entries);
        QCOMPARE(count(*m_db, QStringLiteral("SELECT count(*) FROM publication")), rows);

        // A data file without a key.
        ResultFixture::DrawnPlan f;
        o = PublishOperations(*f.db, kReviewer).writePackage(f.plan.id, out, QStringLiteral("whatever-passphrase"));
        QCOMPARE(o.kind(), Outcome::Kind::RefusedByRule);
        QCOMPARE(o.message(), PublicationKeys::noKeyText());
        QVERIFY(!QFileInfo::exists(out));
    }

    void aManifestIsReadOnlyInItsForm()
    {
        PackageManifest m;
        m.bureau = QStringLiteral("昌黎县教育局");
        m.plan = QStringLiteral("昌教抽查〔2026〕1号");
        m.publishedAt = QStringLiteral("2026-03-10T02:00:00Z");
        m.auditSeq = 448;
        m.auditHash = QString(64, QLatin1Char('a'));
        m.publicKey = QString(64, QLatin1Char('b'));
        m.fingerprint = QStringLiteral("C9A7 5122 9469 82CC AD00 71D1 CE27 F0B4");
        m.files = {{QStringLiteral("index.html"), QString(64, QLatin1Char('c')), 16831}};
        QString error;
        const auto back = PackageManifest::read(m.toJson(), &error);
        QVERIFY2(back, qPrintable(error));
        QCOMPARE(back->toJson(), m.toJson());
        QVERIFY(back->previousManifest.isEmpty());
        QVERIFY(m.toJson().contains("\"previousManifest\": null"));

        const QByteArray good = m.toJson();
        const QList<std::pair<QByteArray, QByteArray>> bad {
            {"\"size\": 16831", "\"size\": 1e300"},
            {"\"size\": 16831", "\"size\": -1"},
            {"\"seq\": 448", "\"seq\": 4.5"},
            {"\"name\": \"index.html\"", "\"name\": \"../index.html\""},
            {"\"name\": \"index.html\"", "\"name\": \".hidden\""},
            {"shuangsui-package/1", "shuangsui-package/2"},
            {"\"previousManifest\": null", "\"previousManifest\": \"x\""},
        };
        for (const auto& [from, to] : bad) {
            QByteArray json = good;
            json.replace(from, to);
            QVERIFY2(json != good, from.constData());
            QVERIFY2(!PackageManifest::read(json, &error), to.constData());
            QVERIFY(!error.isEmpty());
        }
        QVERIFY(!PackageManifest::read(QByteArray(PackageManifest::MaxBytes + 1, ' '), &error));
    }

    void theKeyTableOnlyGrows()
    {
        std::unique_ptr<Database> db = Database::openInMemory(nullptr);
        db->setCurrentUser(QStringLiteral("admin"));
        QVERIFY(PublicationKeySupport::giveKey(*db));
        QSqlQuery q(db->sql());
        for (const QString& sql : {QStringLiteral("UPDATE publication_key SET public_key = '%1'").arg(QString(64, '0')),
                                   QStringLiteral("UPDATE publication_key SET secret_box = '00'"),
                                   QStringLiteral("UPDATE publication_key SET created_by = 'x'"),
                                   QStringLiteral("UPDATE publication_key SET retired_at = NULL"),
                                   QStringLiteral("DELETE FROM publication_key")}) {
            QVERIFY2(!q.exec(sql), qPrintable(sql));
            QVERIFY2(q.lastError().text().contains(QStringLiteral("publication_key is append-only")),
                     qPrintable(q.lastError().text()));
        }
        // Retired once, never again.
        QVERIFY(q.exec(QStringLiteral("UPDATE publication_key SET retired_at = 'now', retired_by = 'admin'")));
        QVERIFY(!q.exec(QStringLiteral("UPDATE publication_key SET retired_at = 'later', retired_by = 'admin'")));
        QVERIFY(!PublicationKeys::inForce(*db));
        // Two keys in force cannot be.
        QVERIFY(PublicationKeySupport::giveKey(*db));
        QVERIFY(!q.exec(QStringLiteral("INSERT INTO publication_key (public_key, secret_box, nonce, salt, ops_limit, "
                                       "mem_limit, created_at, created_by) SELECT public_key, secret_box, nonce, "
                                       "salt, ops_limit, mem_limit, created_at, created_by FROM publication_key "
                                       "WHERE retired_at IS NULL")));
    }

    void theAdministratorCreatesAndRotatesTheKey()
    {
        std::unique_ptr<Database> db = Database::openInMemory(nullptr);
        db->setCurrentUser(kAdmin.user);
        // Only the administrator; the passphrase long enough; one key in force.
        QCOMPARE(PublicationKeyOperations(*db, kReviewer).create(QStringLiteral("long enough passphrase")).kind(),
                 Outcome::Kind::RefusedByRole);
        Outcome o = PublicationKeyOperations(*db, kAdmin).create(QStringLiteral("short"));
        QCOMPARE(o.kind(), Outcome::Kind::RefusedByRule);
        QCOMPARE(o.message(), PublicationKeys::shortPassphraseText());
        QVERIFY(!PublicationKeys::inForce(*db));
        PublicationKey first;
        o = PublicationKeyOperations(*db, kAdmin).create(QStringLiteral("正确的口令 0123"), &first);
        QVERIFY2(o.ok(), qPrintable(o.message()));
        QCOMPARE(first.fingerprint().size(), 39);
        QVERIFY(
            QRegularExpression(QStringLiteral("^([0-9A-F]{4} ){7}[0-9A-F]{4}$")).match(first.fingerprint()).hasMatch());
        QCOMPARE(PublicationKeyOperations(*db, kAdmin).create(QStringLiteral("another passphrase")).kind(),
                 Outcome::Kind::RefusedByRule);
        // The passphrase is nowhere in the file.
        QVERIFY(count(*db, QStringLiteral("SELECT count(*) FROM audit_log WHERE new_values LIKE '%正确的口令%'")) == 0);
        QVERIFY(count(*db, QStringLiteral("SELECT count(*) FROM publication_key WHERE secret_box LIKE '%正确%'")) == 0);

        // Rotation: the old passphrase is needed; the new key is signed by the old one in the audit entry.
        QCOMPARE(PublicationKeyOperations(*db, kAdmin)
                     .rotate(QStringLiteral("wrong passphrase"), QStringLiteral("the next passphrase"))
                     .message(),
                 PublicationKeys::wrongPassphraseText());
        PublicationKey second;
        o = PublicationKeyOperations(*db, kAdmin)
                .rotate(QStringLiteral("正确的口令 0123"), QStringLiteral("the next passphrase"), &second);
        QVERIFY2(o.ok(), qPrintable(o.message()));
        QCOMPARE(PublicationKeys::inForce(*db)->id, second.id);
        QCOMPARE(PublicationKeys::all(*db).size(), 2);
        QVERIFY(!PublicationKeys::all(*db).first().inForce());
        QSqlQuery q(db->sql());
        QVERIFY(q.exec(QStringLiteral("SELECT new_values FROM audit_log WHERE action = 'rotate' AND "
                                      "object_type = 'publication_key'"))
                && q.next());
        const QJsonObject entry = QJsonDocument::fromJson(q.value(0).toString().toUtf8()).object();
        QCOMPARE(entry[QStringLiteral("publicKey")].toString(), second.publicKeyHex());
        const QByteArray signature
            = QByteArray::fromHex(entry[QStringLiteral("signedByPrevious")].toString().toLatin1());
        QVERIFY(PublicationKeys::verify(first.publicKey, second.publicKey, signature));
        QVERIFY(!PublicationKeys::verify(second.publicKey, second.publicKey, signature));
        QString error;
        QVERIFY(PublicationKeys::unlock(*db, QStringLiteral("the next passphrase"), &error));
    }

    // Last: these rewrite the demo file's history.
    void anEditedHistoryBeforeThePackageFails()
    {
        QString error;
        const auto m = PackageManifest::read(readAll(QDir(m_package).filePath(Publication::manifestName())), &error);
        QVERIFY(m && m->auditSeq > 20);
        // An entry before the head changed, its hash left: the chain breaks there.
        QVERIFY(tamper({QStringLiteral("UPDATE audit_log SET user_name = 'x' WHERE seq = 10")}));
        auto problem = PackageCheck::againstAuditTrail(*m_db, m_package);
        QVERIFY(problem);
        QVERIFY2(problem->contains(QStringLiteral("does not verify")) && problem->contains(QStringLiteral("10")),
                 qPrintable(*problem));

        // The same with every later hash made to chain again: the chain verifies, the package's head does not.
        QVERIFY(tamper(rewriteFrom(10)));
        QVERIFY(!AuditTrail::verify(m_db->sql()));
        problem = PackageCheck::againstAuditTrail(*m_db, m_package);
        QVERIFY(problem);
        QVERIFY2(problem->startsWith(QStringLiteral("Audit entry %1 is not the one package").arg(m->auditSeq)),
                 qPrintable(*problem));
    }

    void aTruncatedHistoryFails()
    {
        QString error;
        const auto m = PackageManifest::read(readAll(QDir(m_package).filePath(Publication::manifestName())), &error);
        QVERIFY(tamper({QStringLiteral("DELETE FROM audit_log WHERE seq >= %1").arg(m->auditSeq - 5)}));
        QVERIFY(!AuditTrail::verify(m_db->sql())); // the chain alone cannot tell
        const auto problem = PackageCheck::againstAuditTrail(*m_db, m_package);
        QVERIFY(problem);
        QVERIFY2(problem->contains(
                     QStringLiteral("pins audit entry %1, which the audit trail no longer holds").arg(m->auditSeq)),
                 qPrintable(*problem));
    }
};

QTEST_GUILESS_MAIN(TestPackageCheck)
#include "tst_packagecheck.moc"
