#include "InspectorRepository.h"

#include "AutoCode.h"
#include "FrozenRequests.h"
#include "RegistryQuery.h"

#include "Database.h"
#include "Validators.h"
#include "WriteTransaction.h"

#include <QDateTime>
#include <QSqlQuery>

namespace {

const QString kSelect = QStringLiteral("SELECT p.id, p.code, p.name, p.gender, p.section, p.cert_no, p.cert_from, "
                                       "p.cert_to, p.specialties, p.status, p.phone, p.id_card FROM inspector p ");

// Certified on the date bound twice after it.
const QString kCertified = QStringLiteral("(p.cert_no <> '' AND (p.cert_from IS NULL OR p.cert_from <= ?) AND "
                                          "(p.cert_to IS NULL OR p.cert_to >= ?))");

Inspector fromQuery(const QSqlQuery& q)
{
    Inspector p;
    p.id = q.value(0).toLongLong();
    p.code = q.value(1).toString();
    p.name = q.value(2).toString();
    p.gender = q.value(3).toString();
    p.section = q.value(4).toString();
    p.certNo = q.value(5).toString();
    p.certFrom = dateFromSql(q.value(6));
    p.certTo = dateFromSql(q.value(7));
    const QString specialties = q.value(8).toString();
    p.specialties = specialties.isEmpty() ? QStringList() : specialties.split(QLatin1Char(','));
    p.status = q.value(9).toString();
    p.phone = q.value(10).toString();
    p.idCard = q.value(11).toString();
    return p;
}

QString sortColumn(const QString& field)
{
    static const QHash<QString, QString> columns {
        {QStringLiteral("code"), QStringLiteral("p.code")},
        {QStringLiteral("name"), QStringLiteral("p.name")},
        {QStringLiteral("gender"), QStringLiteral("p.gender")},
        {QStringLiteral("section"), QStringLiteral("p.section")},
        {QStringLiteral("certNo"), QStringLiteral("p.cert_no")},
        {QStringLiteral("certFrom"), QStringLiteral("p.cert_from")},
        {QStringLiteral("certTo"), QStringLiteral("p.cert_to")},
        {QStringLiteral("specialties"), QStringLiteral("p.specialties")},
        {QStringLiteral("status"), QStringLiteral("p.status")},
        {QStringLiteral("phone"), QStringLiteral("p.phone")},
        {QStringLiteral("idCard"), QStringLiteral("p.id_card")},
    };
    return columns.value(field, QStringLiteral("p.code"));
}

QString whereClause(const InspectorFilter& f, QVariantList& binds)
{
    QStringList conditions;
    if (!f.text.trimmed().isEmpty()) {
        const QString like = QLatin1Char('%') + f.text.trimmed() + QLatin1Char('%');
        conditions << QStringLiteral("(p.name LIKE ? OR p.code LIKE ? OR p.cert_no LIKE ?)");
        binds << like << like << like;
    }
    if (!f.section.isEmpty()) {
        conditions << QStringLiteral("p.section = ?");
        binds << f.section;
    }
    if (!f.status.isEmpty()) {
        conditions << QStringLiteral("p.status = ?");
        binds << f.status;
    }
    if (f.certified >= 0) {
        const QVariant on = sqlDate(f.certifiedOn.isValid() ? f.certifiedOn : QDate::currentDate());
        conditions << (f.certified ? kCertified : QStringLiteral("NOT ") + kCertified);
        binds << on << on;
    }
    return conditions.isEmpty() ? QString() : QStringLiteral("WHERE ") + conditions.join(QStringLiteral(" AND "));
}

// Trimmed texts, the ID card number in upper case, the specialties once each and without empty entries.
Inspector normalized(Inspector p)
{
    p.code = p.code.trimmed();
    p.name = p.name.trimmed();
    p.section = p.section.trimmed();
    p.certNo = p.certNo.trimmed();
    p.phone = p.phone.trimmed();
    p.idCard = Validators::normalizeCode(p.idCard);
    QStringList specialties;
    for (const QString& s : std::as_const(p.specialties)) {
        const QString trimmed = s.trimmed();
        if (!trimmed.isEmpty() && !specialties.contains(trimmed))
            specialties << trimmed;
    }
    p.specialties = specialties;
    return p;
}

void bindInspector(QSqlQuery& q, const Inspector& p)
{
    q.addBindValue(sqlText(p.code));
    q.addBindValue(sqlText(p.name));
    q.addBindValue(sqlText(p.gender));
    q.addBindValue(sqlText(p.section));
    q.addBindValue(sqlText(p.certNo));
    q.addBindValue(sqlDate(p.certFrom));
    q.addBindValue(sqlDate(p.certTo));
    q.addBindValue(sqlText(p.specialties.join(QLatin1Char(','))));
    q.addBindValue(sqlText(p.status));
    q.addBindValue(sqlText(p.phone));
    q.addBindValue(sqlText(p.idCard));
    q.addBindValue(QDateTime::currentDateTimeUtc().toString(Qt::ISODate));
}

QString firstProblem(const FieldErrors& errors)
{
    return Inspector::fieldLabel(errors.first().field) + QStringLiteral(": ") + errors.first().message;
}

} // namespace

InspectorRepository::InspectorRepository(Database& db)
    : m_db(db)
{ }

std::optional<Inspector> InspectorRepository::find(qint64 id) const
{
    QSqlQuery q(m_db.sql());
    q.prepare(kSelect + QStringLiteral("WHERE p.id = ?"));
    q.addBindValue(id);
    if (q.exec() && q.next())
        return fromQuery(q);
    return std::nullopt;
}

std::optional<Inspector> InspectorRepository::findByCode(const QString& code) const
{
    QSqlQuery q(m_db.sql());
    q.prepare(kSelect + QStringLiteral("WHERE p.code = ?"));
    q.addBindValue(code.trimmed());
    if (q.exec() && q.next())
        return fromQuery(q);
    return std::nullopt;
}

std::optional<Inspector> InspectorRepository::findByCertNo(const QString& certNo) const
{
    if (certNo.trimmed().isEmpty())
        return std::nullopt;
    QSqlQuery q(m_db.sql());
    q.prepare(kSelect + QStringLiteral("WHERE p.cert_no = ?"));
    q.addBindValue(certNo.trimmed());
    if (q.exec() && q.next())
        return fromQuery(q);
    return std::nullopt;
}

QList<Inspector> InspectorRepository::list(const InspectorFilter& filter, const QString& sortField, Qt::SortOrder order,
                                           int offset, int limit) const
{
    QVariantList binds;
    const QString sql = kSelect + whereClause(filter, binds)
        + RegistryQuery::orderBy(sortColumn(sortField), QStringLiteral("p.id"), order)
        + RegistryQuery::page(offset, limit);
    return RegistryQuery::rows<Inspector>(m_db.sql(), sql, binds, fromQuery);
}

int InspectorRepository::count(const InspectorFilter& filter) const
{
    QVariantList binds;
    const QString sql = QStringLiteral("SELECT count(*) FROM inspector p ") + whereClause(filter, binds);
    return RegistryQuery::count(m_db.sql(), sql, binds);
}

QStringList InspectorRepository::sections() const
{
    QSqlQuery q(m_db.sql());
    q.exec(QStringLiteral("SELECT DISTINCT section FROM inspector WHERE section <> '' ORDER BY section"));
    QStringList list;
    while (q.next())
        list << q.value(0).toString();
    return list;
}

QString InspectorRepository::nextCode() const
{
    return AutoCode::inspector().nextIn(m_db);
}

bool InspectorRepository::checkUnique(WriteTransaction& tx, const Inspector& inspector)
{
    // Through the transaction's cached statements: imports check every row.
    QSqlQuery& byCode = tx.prepare(QStringLiteral("SELECT id, name FROM inspector WHERE code = ?"));
    byCode.addBindValue(inspector.code);
    if (!tx.exec(byCode))
        return false;
    if (byCode.next() && byCode.value(0).toLongLong() != inspector.id)
        return tx.fail(tr("The registry code %1 already belongs to %2; choose another code.")
                           .arg(inspector.code, byCode.value(1).toString()));
    byCode.finish();
    if (inspector.certNo.isEmpty())
        return true;
    QSqlQuery& byCert = tx.prepare(QStringLiteral("SELECT id, name, code FROM inspector WHERE cert_no = ?"));
    byCert.addBindValue(inspector.certNo);
    if (!tx.exec(byCert))
        return false;
    if (byCert.next() && byCert.value(0).toLongLong() != inspector.id)
        return tx.fail(tr("The certificate number %1 is already recorded for %2 (%3); check the number.")
                           .arg(inspector.certNo, byCert.value(1).toString(), byCert.value(2).toString()));
    byCert.finish();
    return true;
}

bool InspectorRepository::insert(WriteTransaction& tx, Inspector& inspector)
{
    if (!tx.ok())
        return false;
    Inspector stored = normalized(inspector);
    if (stored.code.isEmpty() && (stored.code = nextCode()).isEmpty())
        return tx.fail(AutoCode::inspector().exhaustedMessage());
    const FieldErrors errors = stored.problems();
    if (!errors.isEmpty())
        return tx.fail(firstProblem(errors));
    if (!checkUnique(tx, stored))
        return false;
    QSqlQuery& q = tx.prepare(QStringLiteral(
        "INSERT INTO inspector (code, name, gender, section, cert_no, cert_from, cert_to, specialties, status, "
        "phone, id_card, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    bindInspector(q, stored);
    if (!tx.exec(q))
        return false;
    stored.id = q.lastInsertId().toLongLong();
    if (!tx.recordChange(QStringLiteral("create"), QStringLiteral("inspector"), stored.code, {}, stored.toJson()))
        return false;
    inspector = stored;
    return true;
}

bool InspectorRepository::update(WriteTransaction& tx, const Inspector& inspector)
{
    if (!tx.ok())
        return false;
    const auto before = find(inspector.id);
    if (!before)
        return tx.fail(tr("The inspector no longer exists (it may have been changed in another window)."));
    const Inspector stored = normalized(inspector);
    const FieldErrors errors = stored.problems();
    if (!errors.isEmpty())
        return tx.fail(firstProblem(errors));
    // The published draw records name the inspector by this code.
    if (stored.code != before->code && FrozenRequests::namesInspector(m_db, before->code))
        return tx.fail(tr("%1 (%2) is named in a frozen draw request, so the registry code can no longer be changed.")
                           .arg(before->name, before->code));
    if (!checkUnique(tx, stored))
        return false;
    QSqlQuery& q = tx.prepare(QStringLiteral(
        "UPDATE inspector SET code = ?, name = ?, gender = ?, section = ?, cert_no = ?, cert_from = ?, cert_to = ?, "
        "specialties = ?, status = ?, phone = ?, id_card = ?, updated_at = ? WHERE id = ?"));
    bindInspector(q, stored);
    q.addBindValue(stored.id);
    if (!tx.exec(q))
        return false;
    return tx.recordChange(QStringLiteral("update"), QStringLiteral("inspector"), stored.code, before->toJson(),
                           stored.toJson());
}

bool InspectorRepository::setStatus(WriteTransaction& tx, qint64 id, const QString& status)
{
    if (!tx.ok())
        return false;
    auto inspector = find(id);
    if (!inspector)
        return tx.fail(tr("The inspector no longer exists."));
    inspector->status = status;
    return update(tx, *inspector);
}

bool InspectorRepository::isReferenced(qint64 id) const
{
    QSqlQuery q(m_db.sql());
    q.prepare(QStringLiteral("SELECT 1 FROM conflict WHERE inspector_id = ? LIMIT 1"));
    q.addBindValue(id);
    if (q.exec() && q.next())
        return true;
    // A frozen draw request names the inspector by registry code; results and substitutions only name inspectors
    // of the request.
    const auto inspector = find(id);
    return inspector && FrozenRequests::namesInspector(m_db, inspector->code);
}

bool InspectorRepository::remove(WriteTransaction& tx, qint64 id)
{
    if (!tx.ok())
        return false;
    const auto before = find(id);
    if (!before)
        return tx.fail(tr("The inspector no longer exists."));
    if (isReferenced(id))
        return tx.fail(tr("%1 is referred to by other records (such as a conflict of interest) and cannot be "
                          "deleted; set the status to transferred or retired instead.")
                           .arg(before->name));
    QSqlQuery& q = tx.prepare(QStringLiteral("DELETE FROM inspector WHERE id = ?"));
    q.addBindValue(id);
    if (!tx.exec(q))
        return false;
    return tx.recordChange(QStringLiteral("delete"), QStringLiteral("inspector"), before->code, before->toJson(), {});
}
