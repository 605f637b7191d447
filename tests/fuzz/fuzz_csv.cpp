// libFuzzer target: the Bulk Administration CSV reader (Csv), as BAT import reads a file.
// Whatever it reads, writing the records back and reading them again gives the same fields.
#include "bat/csv.h"

#include <cstdint>
#include <cstdlib>

namespace {
// A record of one empty field is written as an empty line, which a reader skips (as BAT does).
QList<QStringList> meaningful(const QList<Csv::Record> &records)
{
    QList<QStringList> out;
    for (const Csv::Record &r : records)
        if (!(r.fields.size() == 1 && r.fields.constFirst().isEmpty()))
            out.append(r.fields);
    return out;
}
} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const Csv::Result read = Csv::parse(QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size)));
    if (!read.error.isEmpty())
        return 0;
    QByteArray written;
    for (const Csv::Record &r : read.records) {
        if (r.line < 1)
            abort();
        Csv::appendRecord(written, r.fields);
    }
    const Csv::Result again = Csv::parse(written);
    if (!again.error.isEmpty() || meaningful(again.records) != meaningful(read.records))
        abort();
    return 0;
}
