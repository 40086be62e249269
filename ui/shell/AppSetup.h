// What the GUI sets up before its first window, shared by the program, the GUI tests and the benchmarks: the
// interface language (translators and the default QLocale, which Vocabulary follows) and the interface font.
#pragma once

#include <QString>


class AppSetup final
{
public:
    // "zh" or "en"; anything else is refused (false). Installs qtbase_zh_CN and our own translations for zh.
    static bool setLanguage(const QString& language);
    // The language remembered for the next start ("zh" when none), and remembering one.
    static QString savedLanguage();
    static void saveLanguage(const QString& language);
    // Names the font families explicitly, so Chinese is drawn with Chinese (not Japanese) glyph shapes.
    static void applyFont();
    static QStringList fontFamilies();
};
