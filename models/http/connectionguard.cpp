#include "connectionguard.h"

#include "http/guardedtcpserver.h"
#include "http/phonexml.h"

#include <QTcpSocket>

ConnectionGuard::ConnectionGuard(QTcpSocket *socket, const HttpLimits &limits, GuardedTcpServer *server)
    : QObject(socket), m_socket(socket), m_limits(limits), m_framing(limits), m_server(server)
{
    m_server->addGuard(this);
    // Connected before the HTTP server connects its own slot, so this one runs first.
    connect(socket, &QTcpSocket::readyRead, this, &ConnectionGuard::inspect);
    m_idleDeadline = now() + m_limits.idleTimeoutMs;
}

ConnectionGuard::~ConnectionGuard()
{
    if (m_server)
        m_server->removeGuard(this);
}

void ConnectionGuard::followServer()
{
    connect(m_socket, &QTcpSocket::readyRead, this, &ConnectionGuard::afterServer);
}

ConnectionGuard *ConnectionGuard::of(QTcpSocket *socket)
{
    return socket ? socket->findChild<ConnectionGuard *>(QString(), Qt::FindDirectChildrenOnly) : nullptr;
}

qint64 ConnectionGuard::now() const
{
    return m_server ? m_server->now() : 0;
}

void ConnectionGuard::drop()
{
    m_state = State::Rejected;
    m_lingering = false;
    m_lingerDeadline = 0;
    m_socket->abort();
    m_socket->deleteLater();
}

void ConnectionGuard::refuseBusy()
{
    reject(503, QByteArrayLiteral("Service Unavailable"));
}

void ConnectionGuard::discardInput()
{
    // Whatever follows a refused request (or a request that closes the connection) is read
    // and thrown away, outside the server's transaction so it is freed at once; reading it for
    // a while rather than closing at once lets the client see the answer instead of a reset.
    if (m_socket->isTransactionStarted())
        m_socket->commitTransaction();
    m_discarded += m_socket->skip(m_socket->bytesAvailable());
    if (m_discarded > 4 * m_limits.maxBodyBytes + m_limits.maxHeaderBytes)
        drop();
}

void ConnectionGuard::inspect()
{
    if (m_state == State::Rejected || (m_state == State::Closing && !m_requestWaiting)) {
        discardInput();
        return;
    }
    const qint64 available = m_socket->bytesAvailable();
    m_inputEnd = m_serverPos + available;
    if (m_requestWaiting)
        return; // never more than one request ahead of the server
    // The socket's buffer starts where the server stopped reading; this guard has already seen
    // the first `seen` bytes of it. Only what follows is inspected, a growing window at a time,
    // and the guard stops right after the end of a request.
    qint64 seen = m_scanPos - m_serverPos;
    qint64 fresh = available - seen;
    qint64 window = 4096;
    while (fresh > 0) {
        const qint64 n = qMin(fresh, window);
        const QByteArray data = m_socket->peek(seen + n);
        if (data.size() < seen + n)
            break;
        const bool wasInRequest = m_framing.inRequest();
        qsizetype used = 0;
        const RequestFraming::Result result = m_framing.feed(data.constData() + seen, n, &used);
        m_scanPos += used;
        seen += used;
        fresh -= used;
        if (result == RequestFraming::Result::Rejected) {
            reject(m_framing.status(), m_framing.reason());
            return;
        }
        if (result == RequestFraming::Result::Complete) {
            requestComplete();
            return;
        }
        if (!wasInRequest && m_framing.inRequest())
            m_requestDeadline = now() + m_limits.requestTimeoutMs; // counted from its first byte
        window *= 4;
    }
}

void ConnectionGuard::afterServer()
{
    if (m_state == State::Rejected || (m_state == State::Closing && !m_requestWaiting))
        return;
    const qint64 position = m_inputEnd - m_socket->bytesAvailable();
    if (position < m_serverPos || position > m_scanPos) {
        // The server read what this guard has not inspected (or input arrived while it ran):
        // the two no longer agree on the stream, so the connection cannot be trusted.
        if (m_socket->state() == QAbstractSocket::ConnectedState)
            drop();
        return;
    }
    m_serverPos = position;
    if (m_requestWaiting && m_serverPos == m_scanPos) {
        m_requestWaiting = false;
        if (m_state == State::Open && m_socket->bytesAvailable() > 0)
            inspect(); // the server asks for the rest with a queued readyRead; look now
    }
}

void ConnectionGuard::requestComplete()
{
    m_requestWaiting = true;
    m_requestDeadline = 0;
    m_responseDeadline = now() + m_limits.responseTimeoutMs;
    m_owed.append({m_framing.isHead(), m_framing.closeAfterAnswer()});
    if (m_framing.closeAfterAnswer())
        m_state = State::Closing; // nothing after this request reaches the server
}

void ConnectionGuard::answered()
{
    if (m_owed.isEmpty())
        return;
    if (m_owed.takeFirst().close) {
        m_socket->disconnectFromHost(); // once the answer has been written
        m_lingerDeadline = now() + 2'000;
        return;
    }
    becameIdleIfSo();
}

void ConnectionGuard::becameIdleIfSo()
{
    if (m_owed.isEmpty() && !m_framing.inRequest())
        m_idleDeadline = now() + m_limits.idleTimeoutMs;
}

void ConnectionGuard::reject(int status, const QByteArray &reason)
{
    m_state = State::Rejected;
    discardInput(); // the server's parser must not see the rest
    if (m_state != State::Rejected || !m_socket->isOpen())
        return;
    const QByteArray body = PhoneXml::httpError(status, QString::fromLatin1(reason));
    m_socket->write(QByteArrayLiteral("HTTP/1.1 ") + QByteArray::number(status) + ' ' + reason
                    + QByteArrayLiteral("\r\nContent-Type: text/xml; charset=utf-8\r\nContent-Length: ")
                    + QByteArray::number(body.size()) + QByteArrayLiteral("\r\nConnection: close\r\n\r\n") + body);
    // Linger briefly, discarding input, then close; the deadline makes sure the socket goes
    // away even when the server has dropped its own slots on it.
    m_lingering = true;
    m_lingerDeadline = now() + 500;
}

void ConnectionGuard::check(qint64 t)
{
    if (m_lingerDeadline > 0) {
        if (t >= m_lingerDeadline)
            timedOut();
        return;
    }
    if (m_state == State::Rejected)
        return;
    const bool owed = !m_owed.isEmpty();
    if (m_framing.inRequest() && m_requestDeadline > 0 && t >= m_requestDeadline && !owed) {
        // A 408 while an earlier answer is still owed would be taken for that answer: it waits.
        reject(408, QByteArrayLiteral("Request Timeout"));
        return;
    }
    if (owed) {
        if (t >= m_responseDeadline)
            drop();
        return;
    }
    if (!m_framing.inRequest() && t >= m_idleDeadline)
        drop();
}

void ConnectionGuard::timedOut()
{
    if (m_lingering) {
        m_lingering = false;
        m_socket->disconnectFromHost();
        m_lingerDeadline = now() + 2'000;
        return;
    }
    drop();
}
