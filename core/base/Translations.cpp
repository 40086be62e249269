#include "Translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

bool Translations::install(QCoreApplication& app, const QString& language)
{
    if (language == QLatin1String("en")) {
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        // The English file only carries plural forms ("1 record", "2 records").
        auto* own = new QTranslator(&app);
        if (own->load(QStringLiteral(":/i18n/shuangsui_en.qm")))
            QCoreApplication::installTranslator(own);
        return true;
    }
    if (language != QLatin1String("zh"))
        return false;
    QLocale::setDefault(QLocale(QLocale::Chinese, QLocale::China));
    bool ok = true;
    auto* qt = new QTranslator(&app);
    if (qt->load(QStringLiteral("qtbase_zh_CN"), QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
    else
        ok = false;
    auto* ours = new QTranslator(&app);
    if (ours->load(QStringLiteral(":/i18n/shuangsui_zh_CN.qm")))
        QCoreApplication::installTranslator(ours);
    else
        ok = false;
    return ok;
}
