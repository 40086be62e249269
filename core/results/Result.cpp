#include "Result.h"

#include "ResultState.h"

#include "Vocabulary.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <algorithm>

namespace {

QString isoDate(const QDate& date)
{
    return date.isValid() ? date.toString(Qt::ISODate) : QString();
}

QJsonArray array(const QStringList& list)
{
    return QJsonArray::fromStringList(list);
}

bool is(const QString& a, const char* b)
{
    return a == QLatin1String(b);
}

} // namespace

// --- ResultVersion --------------------------------------------------------------------------------------------

QStringList ResultVersion::fields()
{
    return {QStringLiteral("inspectedFrom"),    QStringLiteral("inspectedTo"), QStringLiteral("members"),
            QStringLiteral("categories"),       QStringLiteral("findings"),    QStringLiteral("followUp"),
            QStringLiteral("caseNumber"),       QStringLiteral("rectifyBy"),   QStringLiteral("remarks"),
            QStringLiteral("correctionReason"), QStringLiteral("checkPoints")};
}

QString ResultVersion::fieldLabel(const QString& field)
{
    if (field == QLatin1String("inspectedFrom"))
        return tr("Inspected from");
    if (field == QLatin1String("inspectedTo"))
        return tr("Inspected until");
    if (field == QLatin1String("members"))
        return tr("Members present");
    if (field == QLatin1String("categories"))
        return tr("Result");
    if (field == QLatin1String("findings"))
        return tr("Findings");
    if (field == QLatin1String("followUp"))
        return tr("Follow-up measure");
    if (field == QLatin1String("caseNumber"))
        return tr("Case number");
    if (field == QLatin1String("rectifyBy"))
        return tr("Rectify by");
    if (field == QLatin1String("remarks"))
        return tr("Remarks");
    if (field == QLatin1String("correctionReason"))
        return tr("Reason for the correction");
    if (field == QLatin1String("checkPoints"))
        return tr("Check points");
    return field;
}

FieldErrors ResultVersion::checkPointProblems(const QList<CheckPoint>& checklist) const
{
    FieldErrors errors;
    if (checkPoints.isEmpty())
        return errors;
    const QString field = QStringLiteral("checkPoints");
    if (checklist.isEmpty()) {
        errors.append({field, tr("The item has no checklist in this plan, so no check points can be recorded.")});
        return errors;
    }
    QSet<int> seen;
    for (const PointConclusion& p : checkPoints) {
        if (p.number < 1 || p.number > checklist.size()) {
            errors.append(
                {field,
                 tr("The checklist has points 1 to %1; there is no point %2.").arg(checklist.size()).arg(p.number)});
            continue;
        }
        if (seen.contains(p.number))
            errors.append({field, tr("Point %1 has two conclusions.").arg(p.number)});
        seen.insert(p.number);
        if (!Vocabulary::checkPointOutcomes().contains(p.outcome))
            errors.append({field,
                           tr("Point %1 (%2): choose %3.")
                               .arg(p.number)
                               .arg(checklist.at(p.number - 1).content,
                                    Vocabulary::checkPointOutcomes().labels().join(QStringLiteral("、")))});
        if (p.note.size() > MaxPointNote)
            errors.append({field, tr("Point %1: the note has at most %2 characters.").arg(p.number).arg(MaxPointNote)});
    }
    for (int number = 1; number <= checklist.size(); ++number) {
        if (!seen.contains(number)) {
            errors.append({field,
                           tr("Point %1 (%2) has no conclusion: give one for every point of the checklist.")
                               .arg(number)
                               .arg(checklist.at(number - 1).content)});
            break;
        }
    }
    if (hasNonconformingPoint()) {
        QStringList labels;
        for (const QString& key : categories)
            labels << Vocabulary::resultCategories().label(key);
        if (!foundProblem())
            errors.append(
                {QStringLiteral("categories"),
                 tr("A check point does not conform, so the result must say a problem was found (not %1).")
                     .arg(labels.isEmpty() ? Vocabulary::resultCategories().label(QStringLiteral("no_problem"))
                                           : labels.join(QStringLiteral("、")))});
    }
    return errors;
}

bool ResultVersion::hasNonconformingPoint() const
{
    return std::any_of(checkPoints.cbegin(), checkPoints.cend(),
                       [](const PointConclusion& p) { return p.outcome == QLatin1String("nonconform"); });
}

QString ResultVersion::findingsFrom(const QList<CheckPoint>& checklist) const
{
    QStringList lines;
    for (const PointConclusion& p : checkPoints) {
        if (p.outcome != QLatin1String("nonconform") || p.number < 1 || p.number > checklist.size())
            continue;
        QString line = tr("Point %1 %2: does not conform.").arg(p.number).arg(checklist.at(p.number - 1).content);
        if (!p.note.trimmed().isEmpty())
            line += QLatin1Char(' ') + p.note.trimmed();
        lines << line;
    }
    return lines.join(QLatin1Char('\n'));
}

QString ResultVersion::checkPointsToStorage(const QList<PointConclusion>& points)
{
    if (points.isEmpty())
        return QString();
    QJsonArray array;
    for (const PointConclusion& p : points)
        array.append(QJsonObject {{QStringLiteral("number"), p.number},
                                  {QStringLiteral("outcome"), p.outcome},
                                  {QStringLiteral("note"), p.note}});
    return QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Compact));
}

QList<PointConclusion> ResultVersion::checkPointsFromStorage(const QString& text)
{
    QList<PointConclusion> points;
    if (text.isEmpty())
        return points;
    const QJsonArray array = QJsonDocument::fromJson(text.toUtf8()).array();
    for (const QJsonValue& v : array) {
        const QJsonObject o = v.toObject();
        points.append({o.value(QStringLiteral("number")).toInt(), o.value(QStringLiteral("outcome")).toString(),
                       o.value(QStringLiteral("note")).toString()});
    }
    return points;
}

bool ResultVersion::isProblemCategory(const QString& key)
{
    static const QStringList problems {QStringLiteral("ordered_rectify"), QStringLiteral("pending"),
                                       QStringLiteral("not_disclosed"),   QStringLiteral("false_disclosure"),
                                       QStringLiteral("obstructed"),      QStringLiteral("other_rules")};
    return problems.contains(key);
}

bool ResultVersion::foundProblem() const
{
    for (const QString& c : categories) {
        if (isProblemCategory(c))
            return true;
    }
    return false;
}

QString ResultVersion::categoriesText() const
{
    QStringList words;
    for (const QString& c : categories)
        words << Vocabulary::resultCategories().chinese(c);
    return words.join(QStringLiteral("；"));
}

FieldErrors ResultVersion::problems(const Team& team) const
{
    FieldErrors errors;
    if (!inspectedFrom.isValid())
        errors.append({QStringLiteral("inspectedFrom"), tr("Enter the date of the inspection.")});
    if (!inspectedTo.isValid())
        errors.append({QStringLiteral("inspectedTo"), tr("Enter the last day of the inspection.")});
    else if (inspectedFrom.isValid() && inspectedTo < inspectedFrom)
        errors.append({QStringLiteral("inspectedTo"), tr("The last day of the inspection is before its first day.")});

    const Vocabulary& words = Vocabulary::resultCategories();
    if (categories.isEmpty()) {
        errors.append({QStringLiteral("categories"), tr("Choose at least one result.")});
    } else {
        QStringList unknown;
        for (const QString& c : categories) {
            if (!words.contains(c))
                unknown << c;
        }
        if (!unknown.isEmpty())
            errors.append(
                {QStringLiteral("categories"), tr("Unknown result: %1.").arg(unknown.join(QStringLiteral(", ")))});
        else if (categories.contains(QStringLiteral("no_problem")) && categories.size() > 1)
            errors.append(
                {QStringLiteral("categories"),
                 tr("\"%1\" cannot be combined with another result.").arg(words.label(QStringLiteral("no_problem")))});
    }
    if (foundProblem() && findings.trimmed().isEmpty())
        errors.append({QStringLiteral("findings"), tr("Describe what was found.")});

    const Vocabulary& measures = Vocabulary::followUpMeasures();
    if (!measures.contains(followUp)) {
        errors.append({QStringLiteral("followUp"), tr("Choose the follow-up measure.")});
    } else {
        if (categories == QStringList {QStringLiteral("no_problem")} && !is(followUp, "none"))
            errors.append({QStringLiteral("followUp"),
                           tr("No problem was found, so the follow-up measure is \"%1\".")
                               .arg(measures.label(QStringLiteral("none")))});
        if (categories.contains(QStringLiteral("ordered_rectify")) && !is(followUp, "rectify"))
            errors.append({QStringLiteral("followUp"),
                           tr("Rectification was ordered, so the follow-up measure is \"%1\".")
                               .arg(measures.label(QStringLiteral("rectify")))});
    }
    if (is(followUp, "case") && caseNumber.trimmed().isEmpty())
        errors.append({QStringLiteral("caseNumber"), tr("Enter the number of the case opened.")});
    if (is(followUp, "rectify")) {
        if (!rectifyBy.isValid())
            errors.append({QStringLiteral("rectifyBy"), tr("Enter the deadline for the rectification.")});
        else if (inspectedTo.isValid() && rectifyBy <= inspectedTo)
            errors.append({QStringLiteral("rectifyBy"),
                           tr("The deadline for the rectification must be after the "
                              "inspection (%1).")
                               .arg(inspectedTo.toString(Qt::ISODate))});
    }

    QStringList strangers;
    for (const QString& m : members) {
        if (!team.members.contains(m))
            strangers << m;
    }
    if (!strangers.isEmpty())
        errors.append({QStringLiteral("members"),
                       tr("Not a member of the team of this visit: %1.").arg(strangers.join(QStringLiteral(", ")))});
    else if (QSet<QString>(members.cbegin(), members.cend()).size() < MinMembersPresent)
        errors.append({QStringLiteral("members"),
                       tr("At least %1 members of the team must have been present.").arg(MinMembersPresent)});
    else {
        int certified = 0;
        for (const QString& m : members)
            certified += team.certified.contains(m) ? 1 : 0;
        if (certified < MinCertifiedPresent)
            errors.append({QStringLiteral("members"),
                           tr("At least one member present must hold a law-enforcement certificate valid on the "
                              "inspection dates.")});
    }

    if (version > 1 && correctionReason.trimmed().isEmpty())
        errors.append({QStringLiteral("correctionReason"), tr("Say why the published result is corrected.")});
    return errors;
}

FieldErrors ResultVersion::problems(const Team& team, const DateLimits& limits) const
{
    // The dates first: a visit that cannot have taken place is the thing to fix before its team.
    FieldErrors errors;
    const auto check = [&](const char* field, QDate date) {
        if (!date.isValid())
            return;
        const QString name = QString::fromLatin1(field);
        if (limits.today.isValid() && date > limits.today)
            errors.append({name,
                           tr("%1 is after today (%2): record a visit once it has taken place.")
                               .arg(date.toString(Qt::ISODate), limits.today.toString(Qt::ISODate))});
        else if (limits.drawnOn.isValid() && date < limits.drawnOn)
            errors.append({name,
                           tr("%1 is before the plan's draw (%2): nobody knew whom to visit before it.")
                               .arg(date.toString(Qt::ISODate), limits.drawnOn.toString(Qt::ISODate))});
        else if (limits.approvedOn.isValid() && date < limits.approvedOn)
            errors.append({name,
                           tr("%1 is before the approval of the inspections (%2): an inspection starts once it is "
                              "approved.")
                               .arg(date.toString(Qt::ISODate), limits.approvedOn.toString(Qt::ISODate))});
    };
    check("inspectedFrom", inspectedFrom);
    check("inspectedTo", inspectedTo);
    errors.append(problems(team));
    return errors;
}

FieldErrors ResultVersion::warnings(const DateLimits& limits) const
{
    FieldErrors notes;
    if (!limits.periodFrom.isValid() || !limits.periodTo.isValid())
        return notes;
    for (const char* field : {"inspectedFrom", "inspectedTo"}) {
        const QString name = QString::fromLatin1(field);
        const QDate date = name == QLatin1String("inspectedFrom") ? inspectedFrom : inspectedTo;
        if (date.isValid() && (date < limits.periodFrom || date > limits.periodTo))
            notes.append({name,
                          tr("%1 is outside the plan's inspection period (%2 to %3); it can be saved if the "
                             "visit slipped.")
                              .arg(date.toString(Qt::ISODate), limits.periodFrom.toString(Qt::ISODate),
                                   limits.periodTo.toString(Qt::ISODate))});
    }
    return notes;
}

QJsonObject ResultVersion::toJson() const
{
    QJsonObject o {
        {QStringLiteral("version"), version},
        {QStringLiteral("inspectedFrom"), isoDate(inspectedFrom)},
        {QStringLiteral("inspectedTo"), isoDate(inspectedTo)},
        {QStringLiteral("members"), array(members)},
        {QStringLiteral("categories"), array(categories)},
        {QStringLiteral("findings"), findings},
        {QStringLiteral("followUp"), followUp},
        {QStringLiteral("caseNumber"), caseNumber},
        {QStringLiteral("rectifyBy"), isoDate(rectifyBy)},
        {QStringLiteral("remarks"), remarks},
        {QStringLiteral("state"), state},
    };
    if (version > 1)
        o.insert(QStringLiteral("correctionReason"), correctionReason);
    if (!reviewComment.isEmpty())
        o.insert(QStringLiteral("reviewComment"), reviewComment);
    // Only when there are some: the entries written before data version 12 stay equal to their rows.
    if (!checkPoints.isEmpty())
        o.insert(QStringLiteral("checkPoints"),
                 QJsonDocument::fromJson(checkPointsToStorage(checkPoints).toUtf8()).array());
    return o;
}

// --- FollowUpVisit --------------------------------------------------------------------------------------------

QString FollowUpVisit::fieldLabel(const QString& field)
{
    if (field == QLatin1String("visitedOn"))
        return tr("Date of the visit");
    if (field == QLatin1String("inspectors"))
        return tr("Inspectors");
    if (field == QLatin1String("outcome"))
        return tr("Outcome");
    if (field == QLatin1String("notes"))
        return tr("Notes");
    return field;
}

FieldErrors FollowUpVisit::problems() const
{
    FieldErrors errors;
    if (!visitedOn.isValid())
        errors.append({QStringLiteral("visitedOn"), tr("Enter the date of the follow-up visit.")});
    if (inspectors.isEmpty())
        errors.append({QStringLiteral("inspectors"), tr("Name at least one inspector who made the visit.")});
    if (!Vocabulary::followUpOutcomes().contains(outcome))
        errors.append({QStringLiteral("outcome"), tr("Choose what the visit found.")});
    return errors;
}

QJsonObject FollowUpVisit::toJson() const
{
    return {{QStringLiteral("visitedOn"), isoDate(visitedOn)},
            {QStringLiteral("inspectors"), array(inspectors)},
            {QStringLiteral("outcome"), outcome},
            {QStringLiteral("notes"), notes}};
}

// --- Attachment -----------------------------------------------------------------------------------------------

QJsonObject Attachment::toJson() const
{
    return {{QStringLiteral("fileName"), fileName},
            {QStringLiteral("storedPath"), storedPath},
            {QStringLiteral("sha256"), sha256},
            {QStringLiteral("size"), size},
            {QStringLiteral("description"), description}};
}

bool ResultVersion::isEditable() const
{
    const ResultState s = ResultStates::fromKey(state);
    return s == ResultState::Entered || s == ResultState::Returned;
}

bool ResultVersion::isPublished() const
{
    return ResultStates::fromKey(state) == ResultState::Published;
}

const QStringList& AttachmentOpening::runningSuffixes()
{
    // What Windows runs or hands to a script host, what opens a browser with scripts, and shortcuts that point at
    // either; Linux and macOS launchers too. Photos, PDFs and office documents open as documents.
    static const QStringList suffixes = {
        QStringLiteral("exe"),         QStringLiteral("com"),
        QStringLiteral("bat"),         QStringLiteral("cmd"),
        QStringLiteral("scr"),         QStringLiteral("pif"),
        QStringLiteral("cpl"),         QStringLiteral("msi"),
        QStringLiteral("msp"),         QStringLiteral("mst"),
        QStringLiteral("msc"),         QStringLiteral("dll"),
        QStringLiteral("sys"),         QStringLiteral("drv"),
        QStringLiteral("ocx"),         QStringLiteral("js"),
        QStringLiteral("jse"),         QStringLiteral("vbs"),
        QStringLiteral("vbe"),         QStringLiteral("wsf"),
        QStringLiteral("wsh"),         QStringLiteral("wsc"),
        QStringLiteral("ps1"),         QStringLiteral("psm1"),
        QStringLiteral("psd1"),        QStringLiteral("ps1xml"),
        QStringLiteral("hta"),         QStringLiteral("htm"),
        QStringLiteral("html"),        QStringLiteral("xhtml"),
        QStringLiteral("mht"),         QStringLiteral("mhtml"),
        QStringLiteral("svg"),         QStringLiteral("xml"),
        QStringLiteral("xsl"),         QStringLiteral("chm"),
        QStringLiteral("hlp"),         QStringLiteral("lnk"),
        QStringLiteral("url"),         QStringLiteral("website"),
        QStringLiteral("scf"),         QStringLiteral("inf"),
        QStringLiteral("reg"),         QStringLiteral("jar"),
        QStringLiteral("jnlp"),        QStringLiteral("appref-ms"),
        QStringLiteral("application"), QStringLiteral("gadget"),
        QStringLiteral("msh"),         QStringLiteral("settingcontent-ms"),
        QStringLiteral("library-ms"),  QStringLiteral("search-ms"),
        QStringLiteral("iso"),         QStringLiteral("img"),
        QStringLiteral("vhd"),         QStringLiteral("vhdx"),
        QStringLiteral("py"),          QStringLiteral("pyw"),
        QStringLiteral("pl"),          QStringLiteral("rb"),
        QStringLiteral("sh"),          QStringLiteral("bash"),
        QStringLiteral("desktop"),     QStringLiteral("appimage"),
        QStringLiteral("run"),         QStringLiteral("bin"),
        QStringLiteral("app"),         QStringLiteral("command"),
        QStringLiteral("docm"),        QStringLiteral("dotm"),
        QStringLiteral("xlsm"),        QStringLiteral("xltm"),
        QStringLiteral("xlam"),        QStringLiteral("pptm"),
        QStringLiteral("potm"),        QStringLiteral("ppam"),
        QStringLiteral("ppsm"),        QStringLiteral("sldm"),
    };
    return suffixes;
}

bool AttachmentOpening::runs(const QString& fileName)
{
    // Windows drops trailing dots and spaces ("a.exe. " runs as a.exe); a name without a suffix is run by nothing.
    QString name = fileName;
    while (!name.isEmpty() && (name.back() == QLatin1Char('.') || name.back().isSpace()))
        name.chop(1);
    const qsizetype slash = std::max(name.lastIndexOf(QLatin1Char('/')), name.lastIndexOf(QLatin1Char('\\')));
    name = name.mid(slash + 1);
    const qsizetype dot = name.lastIndexOf(QLatin1Char('.'));
    if (dot < 0)
        return false;
    return runningSuffixes().contains(name.mid(dot + 1).trimmed(), Qt::CaseInsensitive);
}
