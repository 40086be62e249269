#include "PublishCommands.h"

#include "PlanRepository.h"
#include "Publication.h"
#include "Vocabulary.h"

#include <QCoreApplication>
#include <QDir>

namespace {

struct PublishCommand
{
    Q_DECLARE_TR_FUNCTIONS(PublishCommand)
};

QString publishUsage()
{
    return PublishCommand::tr("usage: shuangsui-cli --db FILE publish PLAN_CODE --out DIR");
}

} // namespace

int runPlansCommand(Database& db, const QStringList& args, QTextStream& out, QTextStream& err)
{
    if (!args.isEmpty()) {
        err << PublishCommand::tr("plans takes no arguments.") << Qt::endl;
        return 2;
    }
    for (const Plan& plan : PlanRepository(db).list())
        out << plan.code << '\t' << plan.title << '\t' << Vocabulary::planStatuses().chinese(plan.status) << '\n';
    out.flush();
    return 0;
}

int runPublishCommand(Database& db, const QStringList& args, QTextStream& out, QTextStream& err)
{
    QString code;
    QString dir;
    for (qsizetype i = 0; i < args.size(); ++i) {
        const QString& a = args.at(i);
        if (a == QLatin1String("--out") && i + 1 < args.size() && dir.isEmpty()) {
            dir = args.at(++i);
        } else if (a.startsWith(QLatin1String("--out=")) && dir.isEmpty()) {
            dir = a.mid(6);
        } else if (code.isEmpty() && !a.startsWith(QLatin1Char('-'))) {
            code = a;
        } else {
            err << publishUsage() << Qt::endl;
            return 2;
        }
    }
    if (code.isEmpty() || dir.isEmpty()) {
        err << publishUsage() << Qt::endl;
        return 2;
    }
    const auto plan = PlanRepository(db).findByCode(code);
    if (!plan) {
        err << PublishCommand::tr("There is no plan %1: `plans` lists the plans.").arg(code) << Qt::endl;
        return 1;
    }
    QList<PublishedFile> files;
    QString error;
    if (!Publication::writePackage(db, plan->id, dir, &files, &error)) {
        err << error << Qt::endl;
        return 1;
    }
    out << PublishCommand::tr("website package of %1 written to %2").arg(plan->code, QDir::toNativeSeparators(dir))
        << Qt::endl;
    for (const PublishedFile& f : files)
        out << f.sha256 << "  " << f.name << Qt::endl;
    return 0;
}
