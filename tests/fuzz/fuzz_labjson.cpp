// libFuzzer target: a lab folder's lab.json — written to a folder and opened with Lab::open, as
// `emroam --lab DIR` does. Open or refused, it must not crash. One folder and one Lab serve
// every input (a console opens one lab after another the same way): building a Lab per input
// cost most of each run.
#include "lab/lab.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QTemporaryDir>

#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static int argc = 1;
    static char name[] = "fuzz_labjson";
    static char *argv[] = {name, nullptr};
    static QCoreApplication app(argc, argv);
    static QTemporaryDir dir;
    static Lab lab;
    {
        QFile f(QDir(dir.path()).filePath(QStringLiteral("lab.json")));
        if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate))
            return 0;
        f.write(reinterpret_cast<const char *>(data), qint64(size));
    }
    QString error;
    if (lab.open(dir.path(), &error))
        lab.close();
    // A lab that opened may have written files beside lab.json: the next input starts clean.
    const QStringList left = QDir(dir.path()).entryList(QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot);
    for (const QString &file : left)
        if (file != QLatin1String("lab.json"))
            QFile::remove(QDir(dir.path()).filePath(file));
    return 0;
}
