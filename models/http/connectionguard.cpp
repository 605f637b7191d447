#include "connectionguard.h"

#include "http/guardedtcpserver.h"
#include "http/phonexml.h"

#include <QTcpSocket>

namespace {
const QByteArray HeaderEnd = QByteArrayLiteral("\r\n\r\n");

QByteArray headerValue(const QByteArray &header, QByteArrayView name)
{
    // name is lower case; header lines are "Name: value\r\n". Scanned in place: this runs
    // on every request.
    qsizetype line = header.indexOf('\n');
    while (line >= 0 && line + 1 < header.size()) {
        const qsizetype start = line + 1;
        qsizetype end = header.indexOf('\n', start);
        if (end < 0)
            end = header.size();
        const QByteArrayView text(header.constData() + start, end - start);
        const qsizetype colon = text.indexOf(':');
        if (colon > 0 && text.first(colon).trimmed().compare(name, Qt::CaseInsensitive) == 0)
            return text.sliced(colon + 1).trimmed().toByteArray();
        line = end < header.size() ? end : -1;
    }
    return {};
}
} // namespace

ConnectionGuard::ConnectionGuard(QTcpSocket *socket, const HttpLimits &limits, GuardedTcpServer *server)
    : QObject(socket), m_socket(socket), m_limits(limits), m_server(server)
{
    m_server->addGuard(this);
    // Connected before the HTTP server connects its own slot, so this one runs first.
    connect(socket, &QTcpSocket::readyRead, this, &ConnectionGuard::inspect);
    connect(socket, &QTcpSocket::bytesWritten, this, [this] {
        if (m_awaitingAnswer && m_socket->bytesToWrite() == 0) {
            m_awaitingAnswer = false;
            if (!m_inRequest && m_state != State::Rejected)
                arm(m_limits.idleTimeoutMs);
        }
        if (m_state == State::Chunked) // the answer to a chunked request: its body has ended
            requestComplete();
    });
    arm(m_limits.idleTimeoutMs);
}

ConnectionGuard::~ConnectionGuard()
{
    if (m_server)
        m_server->removeGuard(this);
}

void ConnectionGuard::arm(qint64 ms)
{
    m_deadline = m_server ? m_server->now() + ms : 0;
}

void ConnectionGuard::check(qint64 now)
{
    if (m_deadline > 0 && now >= m_deadline) {
        m_deadline = 0;
        timedOut();
    }
}

void ConnectionGuard::drop()
{
    m_state = State::Rejected;
    m_deadline = 0;
    m_socket->abort();
    m_socket->deleteLater();
}

void ConnectionGuard::refuseBusy()
{
    reject(503, QByteArrayLiteral("Service Unavailable"));
}

void ConnectionGuard::armRequestTimer()
{
    // The whole request must arrive within the limit counted from its first byte.
    m_deadline = m_requestDeadline;
}

void ConnectionGuard::inspect()
{
    if (m_state == State::Rejected) {
        // Whatever follows a refused request is discarded; reading it (for a while) rather
        // than closing at once lets the client see the answer instead of a reset.
        m_discarded += m_socket->readAll().size();
        if (m_discarded > 4 * m_limits.maxBodyBytes + m_limits.maxHeaderBytes)
            drop();
        return;
    }
    const QByteArray data = m_socket->peek(m_socket->bytesAvailable());
    qsizetype pos = 0;
    while (pos < data.size() && m_state != State::Rejected) {
        if (!m_inRequest) {
            m_inRequest = true;
            m_requestDeadline = m_server ? m_server->now() + m_limits.requestTimeoutMs : 0;
        }
        switch (m_state) {
        case State::Header: {
            const qsizetype before = m_header.size();
            const qsizetype room = m_limits.maxHeaderBytes + HeaderEnd.size() - before;
            const qsizetype take = qMin(room, data.size() - pos);
            m_header.append(data.constData() + pos, take);
            const qsizetype end = m_header.indexOf(HeaderEnd, qMax<qsizetype>(0, before - 3));
            if (end < 0) {
                if (m_header.size() > m_limits.maxHeaderBytes) {
                    reject(431, QByteArrayLiteral("Request Header Fields Too Large"));
                    return;
                }
                pos += take;
                break;
            }
            const qsizetype headerSize = end + HeaderEnd.size();
            pos += headerSize - before;
            const QByteArray header = m_header.left(headerSize);
            m_header.clear();
            if (headerSize > m_limits.maxHeaderBytes) {
                reject(431, QByteArrayLiteral("Request Header Fields Too Large"));
                return;
            }
            headerComplete(header);
            break;
        }
        case State::Body: {
            const qint64 n = qMin<qint64>(m_bodyLeft, data.size() - pos);
            m_bodyLeft -= n;
            pos += n;
            if (m_bodyLeft == 0)
                requestComplete();
            break;
        }
        case State::Chunked:
            m_chunked += data.size() - pos;
            pos = data.size();
            // chunk framing adds a little to the payload; allow for it
            if (m_chunked > m_limits.maxBodyBytes + 8 * 1024) {
                reject(413, QByteArrayLiteral("Payload Too Large"));
                return;
            }
            break;
        case State::Rejected:
            return;
        }
    }
    if (m_inRequest && m_state != State::Rejected)
        armRequestTimer();
}

void ConnectionGuard::headerComplete(const QByteArray &header)
{
    if (headerValue(header, "transfer-encoding").toLower().contains("chunked")) {
        m_state = State::Chunked;
        m_chunked = 0;
        return;
    }
    bool ok = true;
    const QByteArray lengthText = headerValue(header, "content-length");
    const qint64 length = lengthText.isEmpty() ? 0 : lengthText.toLongLong(&ok);
    if (!ok || length < 0) {
        reject(400, QByteArrayLiteral("Bad Request"));
        return;
    }
    if (length > m_limits.maxBodyBytes) {
        reject(413, QByteArrayLiteral("Payload Too Large"));
        return;
    }
    m_bodyLeft = length;
    if (length == 0)
        requestComplete();
    else
        m_state = State::Body;
}

void ConnectionGuard::requestComplete()
{
    m_state = State::Header;
    m_inRequest = false;
    m_awaitingAnswer = true;
    arm(m_limits.responseTimeoutMs);
}

void ConnectionGuard::reject(int status, const QByteArray &reason)
{
    m_state = State::Rejected;
    m_socket->readAll(); // the server's parser must not see the rest
    const QByteArray body = PhoneXml::httpError(status, QString::fromLatin1(reason));
    m_socket->write(QByteArrayLiteral("HTTP/1.1 ") + QByteArray::number(status) + ' ' + reason
                    + QByteArrayLiteral("\r\nContent-Type: text/xml; charset=utf-8\r\nContent-Length: ")
                    + QByteArray::number(body.size()) + QByteArrayLiteral("\r\nConnection: close\r\n\r\n") + body);
    // Linger briefly, discarding input, then close; the timer makes sure the socket goes away
    // even when the server has dropped its own slots on it.
    m_lingering = true;
    arm(500);
}

void ConnectionGuard::timedOut()
{
    if (m_lingering) {
        m_lingering = false;
        m_socket->disconnectFromHost();
        arm(2'000);
        return;
    }
    if (m_state != State::Rejected && m_inRequest) {
        reject(408, QByteArrayLiteral("Request Timeout"));
        return;
    }
    drop();
}
