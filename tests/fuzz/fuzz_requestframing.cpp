// libFuzzer target: the connection guard's request framing (RequestFraming).
//
// The input is a byte stream a client could send. It is fed twice, once whole and once cut at
// places the input itself chooses; both must frame the same requests (a request's end must not
// depend on how TCP segmented it), and every call must account for its bytes.
#include "http/requestframing.h"

#include <QList>

#include <cstdint>
#include <cstdlib>

namespace {
struct Trace
{
    QList<qsizetype> ends; // stream offset just past each complete request
    qsizetype rejectedAt = -1;
    int status = 0;
    bool operator==(const Trace &o) const { return ends == o.ends && rejectedAt == o.rejectedAt && status == o.status; }
};

Trace frame(const char *data, qsizetype size, const uint8_t *cuts, size_t cutCount)
{
    HttpLimits limits;
    limits.maxHeaderBytes = 2048; // small limits reach every branch with small inputs
    limits.maxBodyBytes = 4096;
    RequestFraming framing(limits);
    Trace t;
    qsizetype pos = 0;
    size_t cut = 0;
    while (pos < size) {
        qsizetype n = size - pos;
        if (cut < cutCount)
            n = qMin<qsizetype>(n, 1 + cuts[cut++] % 64);
        // Feed this segment until it is used up, as the guard does.
        qsizetype segEnd = pos + n;
        while (pos < segEnd) {
            qsizetype used = -1;
            const RequestFraming::Result r = framing.feed(data + pos, segEnd - pos, &used);
            if (used < 0 || used > segEnd - pos)
                abort();
            pos += used;
            if (r == RequestFraming::Result::Rejected) {
                if (framing.status() == 0 || framing.reason().isEmpty() || framing.inRequest())
                    abort();
                t.rejectedAt = pos;
                t.status = framing.status();
                return t;
            }
            if (r == RequestFraming::Result::Complete) {
                if (framing.inRequest())
                    abort();
                t.ends.append(pos);
            } else if (pos != segEnd) {
                abort(); // NeedMore must take everything
            }
        }
    }
    return t;
}
} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    // The first bytes (up to 8) choose the cut points; the rest is the stream.
    const size_t cutCount = size > 0 ? qMin<size_t>(data[0] % 9, size - 1) : 0;
    const uint8_t *cuts = data + 1;
    const char *stream = reinterpret_cast<const char *>(data + 1 + cutCount);
    const qsizetype streamSize = size > 0 ? qsizetype(size - 1 - cutCount) : 0;
    const Trace whole = frame(stream, streamSize, nullptr, 0);
    const Trace pieces = frame(stream, streamSize, cuts, cutCount);
    if (!(whole == pieces))
        abort();
    return 0;
}
