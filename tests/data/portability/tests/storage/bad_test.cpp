// A fixture of the portability gate: each rule broken once (5 findings here, 1 in CMakeLists.txt), and the
// allowed forms beside them, which must not be refused.
#include <QFile>
#include <QProcess>
#include <QThread>
#include <unistd.h>

#ifndef Q_OS_WIN
#include <sys/stat.h>
#endif

#ifdef Q_OS_WIN
void windowsOnly() { sleep(1); }
#else
void posixOnly() { usleep(10); }
#endif

void bad()
{
    // geteuid() in a comment is no call; "QFile::link" in a string neither.
    const char* text = "geteuid() QFile::link";
    if (geteuid() == 0)
        QThread::usleep(10);
    QFile::link(QStringLiteral("a"), QStringLiteral("b"));
    QProcess::execute(QStringLiteral("pdftotext"), {});
}
