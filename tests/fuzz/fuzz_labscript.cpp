// libFuzzer target: the lab script reader — every line tokenized as LabScript::run reads it,
// every token read as a duration, and the whole script read by LabScript::check (the parts of
// a script that need no lab to run).
#include "script/labscript.h"

#include <QString>

#include <cstdint>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString script = QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size));
    const auto lines = QStringView(script).split(u'\n');
    for (QStringView line : lines) {
        bool ok = true;
        const QStringList tokens = LabScript::tokenize(line.toString(), &ok);
        for (const QString &token : tokens) {
            const qint64 ms = LabScript::parseDuration(token);
            if (ms < -1)
                abort();
        }
    }
    const QString problem = LabScript::check(script);
    if (!problem.isEmpty() && !problem.startsWith(QLatin1String("line ")))
        abort(); // a problem always names its line
    return 0;
}
