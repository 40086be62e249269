// What the commands about a plan share: PLAN_CODE, and --visit N (第 n 家 of the standing draw) with --item CODE.
#pragma once

#include "Actor.h"
#include "Plan.h"

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QTextStream>
#include <QCoreApplication>
#include <optional>

class Database;

class PlanArguments final
{
    Q_DECLARE_TR_FUNCTIONS(PlanArguments)

public:
    static QString planDescription();
    static QCommandLineOption visitOption();
    static QCommandLineOption itemOption();
    // The usage problem of --visit: missing, or not a number from 1; empty when it is right.
    static QString visitProblem(const QString& value, bool isSet);

    // The plan of the code, else nullopt and the sentence that says so.
    static std::optional<Plan> plan(Database& db, const QString& code, QString* problem);
    // The plan named by the command's first argument, else nullopt with the sentence said on `err`.
    static std::optional<Plan> plan(Database& db, const QCommandLineParser& parser, QTextStream& err);
    // The draw id of visit `number` of the plan's standing draw, else empty and the sentence that says so.
    static QString visitEntity(Database& db, const Actor& actor, const Plan& plan, int number, QString* problem);
    // The number of each visit of the standing draw by its draw id (1 for the first).
    static QHash<QString, int> visitNumbers(Database& db, const Actor& actor, qint64 planId);
};
