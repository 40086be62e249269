#include "AppSetup.h"

#include "Translations.h"

#include <QApplication>
#include <QFont>
#include <QLibraryInfo>
#include <QLocale>
#include <QSettings>
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

QString AppSetup::savedLanguage()
{
    return QSettings().value(QStringLiteral("ui/language"), QStringLiteral("zh")).toString();
}

void AppSetup::saveLanguage(const QString& language)
{
    QSettings().setValue(QStringLiteral("ui/language"), language);
}

bool AppSetup::setLanguage(const QString& language)
{
    return Translations::install(*QCoreApplication::instance(), language);
}
