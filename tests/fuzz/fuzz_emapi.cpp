// libFuzzer target: the EM API's form and XML parsing (EmApiRequest), as
// POST /emservice/EMServiceServlet reads a body.
#include "http/emapirequest.h"

#include <QByteArray>

#include <cstdint>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray body = QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size));
    QByteArray xml;
    QString why;
    if (EmApiRequest::xmlFromForm(body, &xml, &why)) {
        const EmApiRequest call = EmApiRequest::parse(xml);
        if (!call.ok() && call.errorText.isEmpty())
            abort();
        if (call.ok() && call.operation.isEmpty())
            abort();
    } else if (why.isEmpty()) {
        abort();
    }
    // The body itself as a document too (the form layer is often what stops a mutation).
    const EmApiRequest direct = EmApiRequest::parse(body);
    if (direct.errorCode != 0 && direct.errorCode != 1 && direct.errorCode != 8)
        abort();
    return 0;
}
