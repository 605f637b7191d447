#include "requestframing.h"

#include <QByteArrayView>
#include <QList>

#include <cstring>

namespace {

bool isTokenChar(char c)
{
    if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9'))
        return true;
    return c != 0 && std::strchr("!#$%&'*+-.^_`|~", c) != nullptr;
}

bool isToken(QByteArrayView text)
{
    if (text.isEmpty())
        return false;
    for (char c : text)
        if (!isTokenChar(c))
            return false;
    return true;
}

int hexValue(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    return -1;
}

// Whether a comma-separated header list (RFC 9110 §5.6.1) has @p element, compared trimmed
// and without case; with @p only, whether it is the list's one element.
bool listHas(QByteArrayView list, QByteArrayView element, bool only = false)
{
    bool found = false;
    int count = 0;
    qsizetype start = 0;
    while (start <= list.size()) {
        qsizetype end = list.indexOf(',', start);
        if (end < 0)
            end = list.size();
        ++count;
        if (list.sliced(start, end - start).trimmed().compare(element, Qt::CaseInsensitive) == 0)
            found = true;
        start = end + 1;
    }
    return found && (!only || count == 1);
}

bool containsNoCase(QByteArrayView text, QByteArrayView part)
{
    for (qsizetype i = 0; i + part.size() <= text.size(); ++i)
        if (text.sliced(i, part.size()).compare(part, Qt::CaseInsensitive) == 0)
            return true;
    return false;
}

void appendCombined(QByteArray &combined, QByteArrayView value)
{
    // As Qt's header parser combines repeated fields.
    if (!combined.isEmpty())
        combined += ", ";
    combined += value;
}

} // namespace

RequestFraming::RequestFraming(const HttpLimits &limits) : m_limits(limits) {}

QByteArray RequestFraming::reason() const
{
    switch (m_status) {
    case 400: return QByteArrayLiteral("Bad Request");
    case 413: return QByteArrayLiteral("Payload Too Large");
    case 431: return QByteArrayLiteral("Request Header Fields Too Large");
    default: return {};
    }
}

bool RequestFraming::reject(int status)
{
    m_status = status;
    m_state = State::Rejected;
    m_line.clear();
    return false;
}

void RequestFraming::resetRequest()
{
    m_line.clear();
    m_headerBytes = 0;
    m_fields = 0;
    m_http10 = false;
    m_closeNext = false;
    m_headNext = false;
    m_contentLength.clear();
    m_hasContentLength = false;
    m_transferEncoding.clear();
    m_hasTransferEncoding = false;
    m_connection.clear();
    m_upgrade.clear();
    m_bodyLeft = 0;
    m_chunk = 0;
    m_chunkDigits = 0;
    m_chunkLine = 0;
    m_bodyBytes = 0;
    m_framing = 0;
}

void RequestFraming::complete()
{
    m_close = m_closeNext;
    m_head = m_headNext;
    resetRequest();
    m_state = State::Start;
}

RequestFraming::Result RequestFraming::feed(const char *data, qsizetype size, qsizetype *used)
{
    qsizetype i = 0;
    const auto stop = [&](Result r) {
        *used = i;
        return r;
    };
    while (i < size) {
        const char c = data[i];
        switch (m_state) {
        case State::Rejected:
            return stop(Result::Rejected);
        case State::Start:
            // Qt skips these before a request line; they still count against the header limit.
            if (c == '\r' || c == '\n' || c == ' ' || c == '\t' || c == '\v') {
                if (++m_headerBytes > m_limits.maxHeaderBytes) {
                    reject(431);
                    return stop(Result::Rejected);
                }
                ++i;
                break;
            }
            m_state = State::RequestLine;
            break;
        case State::RequestLine:
        case State::HeaderLine: {
            const void *nl = std::memchr(data + i, '\n', size_t(size - i));
            const qsizetype end = nl ? static_cast<const char *>(nl) - data : size;
            const qsizetype n = end - i;
            if (m_headerBytes + n + (nl ? 1 : 0) > m_limits.maxHeaderBytes || m_line.size() + n > MaxFieldLineBytes + 1) {
                reject(431);
                return stop(Result::Rejected);
            }
            m_line.append(data + i, n);
            m_headerBytes += n;
            i = end;
            if (!nl)
                break;
            ++i;
            ++m_headerBytes;
            if (m_line.endsWith('\r'))
                m_line.chop(1);
            if (m_line.contains('\r') || m_line.contains('\0')) {
                reject(400); // a bare CR (RFC 9112 §2.2) or a NUL
                return stop(Result::Rejected);
            }
            const bool ok = m_state == State::RequestLine ? requestLine() : headerLine();
            m_line.clear();
            if (!ok)
                return stop(Result::Rejected);
            if (m_state == State::Start)
                return stop(Result::Complete);
            break;
        }
        case State::Body: {
            const qint64 n = qMin<qint64>(m_bodyLeft, size - i);
            i += n;
            m_bodyLeft -= n;
            if (m_bodyLeft == 0) {
                complete();
                return stop(Result::Complete);
            }
            break;
        }
        case State::ChunkSize:
        case State::ChunkExtension:
        case State::ChunkSizeLf:
        case State::ChunkDataCr:
        case State::ChunkDataLf:
        case State::LastCr:
        case State::LastLf: {
            ++i;
            if (++m_framing > m_limits.maxHeaderBytes) { // framing overhead of many tiny chunks
                reject(413);
                return stop(Result::Rejected);
            }
            if (m_state == State::ChunkSize || m_state == State::ChunkExtension) {
                if (++m_chunkLine > MaxChunkLineBytes) {
                    reject(400);
                    return stop(Result::Rejected);
                }
            }
            switch (m_state) {
            case State::ChunkSize: {
                const int v = hexValue(c);
                if (v >= 0) {
                    m_chunk = m_chunk * 16 + v;
                    if (++m_chunkDigits > 8 || m_bodyBytes + m_chunk > m_limits.maxBodyBytes) {
                        reject(413);
                        return stop(Result::Rejected);
                    }
                } else if (m_chunkDigits > 0 && c == ';') {
                    m_state = State::ChunkExtension;
                } else if (m_chunkDigits > 0 && c == '\r') {
                    m_state = State::ChunkSizeLf;
                } else {
                    reject(400);
                    return stop(Result::Rejected);
                }
                break;
            }
            case State::ChunkExtension:
                if (c == '\r') {
                    m_state = State::ChunkSizeLf;
                } else if (c == '\n' || c == '\0') {
                    reject(400);
                    return stop(Result::Rejected);
                }
                break;
            case State::ChunkSizeLf:
                if (c != '\n') {
                    reject(400);
                    return stop(Result::Rejected);
                }
                m_bodyBytes += m_chunk;
                m_state = m_chunk == 0 ? State::LastCr : State::ChunkData;
                break;
            case State::ChunkDataCr:
                if (c != '\r') {
                    reject(400);
                    return stop(Result::Rejected);
                }
                m_state = State::ChunkDataLf;
                break;
            case State::ChunkDataLf:
                if (c != '\n') {
                    reject(400);
                    return stop(Result::Rejected);
                }
                m_state = State::ChunkSize;
                m_chunk = 0;
                m_chunkDigits = 0;
                m_chunkLine = 0;
                break;
            case State::LastCr:
                if (c != '\r') { // a trailer section: Qt would read it as the next request
                    reject(400);
                    return stop(Result::Rejected);
                }
                m_state = State::LastLf;
                break;
            case State::LastLf:
                if (c != '\n') {
                    reject(400);
                    return stop(Result::Rejected);
                }
                complete();
                return stop(Result::Complete);
            default:
                break;
            }
            break;
        }
        case State::ChunkData: {
            const qint64 n = qMin<qint64>(m_chunk, size - i);
            i += n;
            m_chunk -= n;
            if (m_chunk == 0)
                m_state = State::ChunkDataCr;
            break;
        }
        }
    }
    return stop(m_state == State::Rejected ? Result::Rejected : Result::NeedMore);
}

bool RequestFraming::requestLine()
{
    // method SP request-target SP HTTP-version, nothing more (RFC 9112 §3)
    const QByteArrayView line(m_line);
    const qsizetype sp1 = line.indexOf(' ');
    const qsizetype sp2 = sp1 < 0 ? -1 : line.indexOf(' ', sp1 + 1);
    if (sp2 < 0 || line.indexOf(' ', sp2 + 1) >= 0)
        return reject(400);
    const QByteArrayView method = line.first(sp1);
    const QByteArrayView target = line.sliced(sp1 + 1, sp2 - sp1 - 1);
    const QByteArrayView version = line.sliced(sp2 + 1);
    if (!isToken(method) || target.isEmpty())
        return reject(400);
    for (char c : target)
        if (uchar(c) < 0x21 || uchar(c) == 0x7f)
            return reject(400);
    if (version == "HTTP/1.0")
        m_http10 = true;
    else if (version != "HTTP/1.1")
        return reject(400);
    m_headNext = method == "HEAD";
    m_state = State::HeaderLine;
    return true;
}

bool RequestFraming::headerLine()
{
    if (m_line.isEmpty())
        return headersDone();
    if (m_line.startsWith(' ') || m_line.startsWith('\t'))
        return reject(400); // obs-fold (RFC 9112 §5.2): Qt would join it to the previous field
    const qsizetype colon = m_line.indexOf(':');
    if (colon <= 0 || !isToken(QByteArrayView(m_line).first(colon)))
        return reject(400);
    if (++m_fields > MaxHeaderFields)
        return reject(431);
    const QByteArrayView name = QByteArrayView(m_line).first(colon);
    const QByteArrayView value = QByteArrayView(m_line).sliced(colon + 1).trimmed();
    if (name.compare("content-length", Qt::CaseInsensitive) == 0) {
        if (value.isEmpty() || value.size() > 18)
            return reject(400);
        for (char c : value)
            if (c < '0' || c > '9')
                return reject(400); // also "5, 5": Qt would read it as no length at all
        if (m_hasContentLength && value.toLongLong() != m_contentLength.toLongLong())
            return reject(400);
        if (!m_hasContentLength)
            m_contentLength = value.toByteArray();
        m_hasContentLength = true;
    } else if (name.compare("transfer-encoding", Qt::CaseInsensitive) == 0) {
        appendCombined(m_transferEncoding, value);
        m_hasTransferEncoding = true;
    } else if (name.compare("connection", Qt::CaseInsensitive) == 0) {
        appendCombined(m_connection, value);
    } else if (name.compare("upgrade", Qt::CaseInsensitive) == 0) {
        appendCombined(m_upgrade, value);
    }
    return true;
}

bool RequestFraming::headersDone()
{
    // Qt hands a WebSocket upgrade to a WebSocket server the lab does not run, and then
    // answers it a second time: refuse it here, once.
    if (containsNoCase(m_connection, "upgrade") && containsNoCase(m_upgrade, "websocket"))
        return reject(400);
    m_closeNext = m_http10 || listHas(m_connection, "close");
    if (m_hasTransferEncoding) {
        if (m_hasContentLength || m_http10 || !listHas(m_transferEncoding, "chunked", true))
            return reject(400);
        m_state = State::ChunkSize;
        return true;
    }
    const qint64 length = m_hasContentLength ? m_contentLength.toLongLong() : 0;
    if (length > m_limits.maxBodyBytes)
        return reject(413);
    if (length == 0) {
        complete();
        return true;
    }
    m_bodyLeft = length;
    m_state = State::Body;
    return true;
}
