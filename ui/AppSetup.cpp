#include "AppSetup.h"

#include <QApplication>
#include <QFont>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

QStringList AppSetup::fontFamilies()
{
    return {QStringLiteral("Microsoft YaHei"), QStringLiteral("SimSun"), QStringLiteral("Noto Sans CJK SC"),
            QStringLiteral("WenQuanYi Micro Hei")};
}

void AppSetup::applyFont()
{
    QFont font = QApplication::font();
    font.setFamilies(fontFamilies());
    QApplication::setFont(font);
}

bool AppSetup::setLanguage(const QString& language)
{
    QCoreApplication* app = QCoreApplication::instance();
    if (language == QLatin1String("en")) {
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        // The English file only carries plural forms ("1 record", "2 records").
        auto* own = new QTranslator(app);
        if (own->load(QStringLiteral(":/i18n/shuangsui_en.qm")))
            QCoreApplication::installTranslator(own);
        return true;
    }
    if (language != QLatin1String("zh"))
        return false;
    QLocale::setDefault(QLocale(QLocale::Chinese, QLocale::China));
    auto* qt = new QTranslator(app);
    if (qt->load(QStringLiteral("qtbase_zh_CN"), QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
    auto* own = new QTranslator(app);
    if (own->load(QStringLiteral(":/i18n/shuangsui_zh_CN.qm")))
        QCoreApplication::installTranslator(own);
    return true;
}
