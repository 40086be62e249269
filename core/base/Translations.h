// Loads the interface language for the GUI and the command line alike: our own strings (embedded under :/i18n/)
// and Qt's (qtbase_zh_CN.qm), and sets the default QLocale that Vocabulary labels follow.
#pragma once

#include <QString>

class QCoreApplication;

namespace Translations {
// language: "zh" (the default) or "en". Returns false for another language or when a translation file could not
// be loaded.
bool install(QCoreApplication& app, const QString& language);
}
