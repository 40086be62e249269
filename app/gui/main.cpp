// The GUI program: options, language and font, the data file (asking for another one when it cannot be opened),
// the login (or, on a data file without users, creating its administrator) and the main window.
#include "AccountDialog.h"
#include "AppSetup.h"
#include "DataSafety.h"
#include "Database.h"
#include "DemoData.h"
#include "FileDialog.h"
#include "LoginDialog.h"
#include "MainWindow.h"
#include "MessageBox.h"
#include "UserRepository.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QFileInfo>
#include <QIcon>
#include <QTimer>
#include <cstdio>
#include <memory>

namespace {

// The icon drawn for the program (resources/icons, embedded by app/CMakeLists.txt), in every size made of it.
QIcon applicationIcon()
{
    QIcon icon;
    for (const int size : {16, 32, 48, 64, 128, 256})
        icon.addFile(QStringLiteral(":/icons/shuangsui-%1.png").arg(size), QSize(size, size));
    return icon;
}

// Opens the data file; when that fails, says why and offers another file or quitting. Returns nullptr to quit.
std::unique_ptr<Database> openDatabase(QString path)
{
    for (;;) {
        QString error;
        if (auto db = Database::open(path, &error))
            return db;
        const int choice = MessageBox::choose(
            nullptr, QMessageBox::Critical, QCoreApplication::translate("main", "The data file cannot be opened"),
            QCoreApplication::translate("main", "%1\n\nYou can choose another data file, or quit.")
                .arg(error),
            {QCoreApplication::translate("main", "Choose another data file…"),
             QCoreApplication::translate("main", "Quit")},
            0, 1);
        if (choice != 0)
            return nullptr;
        const QString chosen = FileDialog::getOpenOrNewFileName(
            nullptr, QCoreApplication::translate("main", "Open or create a data file"),
            QFileInfo(path).absolutePath(), QCoreApplication::translate("main", "Data files (*.sqlite);;All files (*)"));
        if (!chosen.isEmpty())
            path = chosen;
    }
}

void setApplicationNames()
{
    QCoreApplication::setOrganizationName(QStringLiteral("shuangsui"));
    QCoreApplication::setApplicationName(QStringLiteral("shuangsui"));
    QCoreApplication::setApplicationVersion(QStringLiteral(SHUANGSUI_VERSION));
}

// --help and --version print and exit; they must work without a display, so no QApplication for them.
bool onlyPrintsInformation(int argc, char* argv[])
{
    for (int i = 1; i < argc; ++i) {
        const QByteArray arg(argv[i]);
        if (arg == "--help" || arg == "--help-all" || arg == "-h" || arg == "-?" || arg == "--version" || arg == "-v")
            return true;
    }
    return false;
}

} // namespace

int main(int argc, char* argv[])
{
    std::unique_ptr<QCoreApplication> application;
    if (onlyPrintsInformation(argc, argv))
        application = std::make_unique<QCoreApplication>(argc, argv);
    else
        application = std::make_unique<QApplication>(argc, argv);
    QCoreApplication& app = *application;
    setApplicationNames();

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("双随机、一公开 抽查系统"));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption dbOption(QStringLiteral("db"), QStringLiteral("The data file to open."),
                                      QStringLiteral("FILE"));
    const QCommandLineOption langOption(QStringLiteral("lang"),
                                        QStringLiteral("Interface language: zh (default) or en. Remembered."),
                                        QStringLiteral("zh|en"));
    const QCommandLineOption demoOption(QStringLiteral("demo-if-new"),
                                        QStringLiteral("When the data file does not exist yet, fill it with the demo "
                                                       "registry of Changli county."));
    // For the package check (scripts/ci-package.sh): show the window, then leave with 0 after MS milliseconds.
    const QCommandLineOption quitAfterOption(QStringLiteral("quit-after"),
                                             QStringLiteral("Close the program MS milliseconds after its window "
                                                            "is shown (exit code 0), for automated start checks."),
                                             QStringLiteral("MS"));
    parser.addOption(dbOption);
    parser.addOption(langOption);
    parser.addOption(demoOption);
    const QCommandLineOption userOption(QStringLiteral("user"),
                                        QStringLiteral("Log in as NAME with the password in the environment variable "
                                                       "SHUANGSUI_PASSWORD, without the login dialog."),
                                        QStringLiteral("NAME"));
    parser.addOption(quitAfterOption);
    parser.addOption(userOption);
    parser.process(app);
    bool quitAfterValid = true;
    const int quitAfter = parser.isSet(quitAfterOption) ? parser.value(quitAfterOption).toInt(&quitAfterValid) : -1;
    if (!quitAfterValid || (parser.isSet(quitAfterOption) && quitAfter < 0)) {
        std::fprintf(stderr, "--quit-after needs a number of milliseconds\n");
        return 2;
    }
    QApplication::setWindowIcon(applicationIcon());

    QString language = AppSetup::savedLanguage();
    if (parser.isSet(langOption)) {
        language = parser.value(langOption);
        if (language != QLatin1String("zh") && language != QLatin1String("en")) {
            std::fprintf(stderr, "--lang must be zh or en\n");
            return 2;
        }
        AppSetup::saveLanguage(language);
    }
    if (!AppSetup::setLanguage(language))
        AppSetup::setLanguage(QStringLiteral("zh"));
    AppSetup::applyFont();

    const QString path = parser.isSet(dbOption) ? parser.value(dbOption) : Database::defaultPath();
    const bool isNew = !QFileInfo::exists(path);
    std::unique_ptr<Database> db = openDatabase(path);
    if (!db)
        return 1;
    // Only a file created just now gets the demo data (the clerk may have chosen another, existing file).
    if (parser.isSet(demoOption) && isNew && QFileInfo(db->path()) == QFileInfo(path)) {
        QString error;
        if (!DemoData::fill(*db, &error) || !DemoData::addFinishedPlan(*db, &error))
            MessageBox::warning(nullptr, QCoreApplication::translate("main", "Demo data not loaded"),
                                QCoreApplication::translate("main", "The demo data could not be loaded: %1\n\nThe "
                                                                    "program starts with an empty data file.")
                                    .arg(error));
    }

    if (!db->upgradeNotice().isEmpty())
        MessageBox::information(nullptr, QCoreApplication::translate("main", "Data file upgraded"),
                                db->upgradeNotice());

    // Who works: the administrator is created on the first start, afterwards everyone logs in. --user with the
    // password in SHUANGSUI_PASSWORD logs in without the dialog (scripted starts, like the CLI).
    std::optional<User> user;
    if (!UserRepository(*db).hasUsers()) {
        AccountDialog first(*db, AccountDialog::Mode::FirstAdministrator);
        if (first.exec() == QDialog::Accepted)
            user = first.user();
    } else if (parser.isSet(userOption) && qEnvironmentVariableIsSet("SHUANGSUI_PASSWORD")) {
        QString error;
        user = UserRepository(*db).login(parser.value(userOption), qEnvironmentVariable("SHUANGSUI_PASSWORD"), &error);
        if (!user) {
            std::fprintf(stderr, "%s\n", qPrintable(error));
            return 1;
        }
    } else {
        LoginDialog login(*db);
        if (login.exec() == QDialog::Accepted)
            user = login.user();
    }
    if (!user)
        return 0;

    MainWindow window(*db, *user);
    window.show();
    window.dataSafety()->startUp();
    if (quitAfter >= 0)
        QTimer::singleShot(quitAfter, &app, [&window] { QCoreApplication::exit(window.isVisible() ? 0 : 3); });
    const int exitCode = app.exec();
    window.dataSafety()->backupOnExit();
    return exitCode;
}
