// libFuzzer target: a lab folder's lab.json — written to a fresh folder and opened with
// Lab::open, as `emroam --lab DIR` does. Open or refused, it must not crash.
#include "lab/lab.h"

#include <QCoreApplication>
#include <QFile>
#include <QTemporaryDir>

#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static int argc = 1;
    static char name[] = "fuzz_labjson";
    static char *argv[] = {name, nullptr};
    static QCoreApplication app(argc, argv);
    QTemporaryDir dir;
    {
        QFile f(dir.filePath(QStringLiteral("lab.json")));
        if (!f.open(QIODevice::WriteOnly))
            return 0;
        f.write(reinterpret_cast<const char *>(data), qint64(size));
    }
    Lab lab;
    QString error;
    if (lab.open(dir.path(), &error))
        lab.close();
    return 0;
}
