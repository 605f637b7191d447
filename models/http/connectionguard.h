#pragma once

#include <QByteArray>
#include <QObject>
#include <QPointer>

#include "http/httplimits.h"

class GuardedTcpServer;
class QTcpSocket;

/// Watches one accepted HTTP connection for what Qt HttpServer 6.4 does not limit itself:
/// header size, body size (from Content-Length, or counted for chunked bodies), slow and idle
/// clients. It reads ahead of the server's parser (its readyRead slot is connected first and
/// only peeks); on a violation it answers 431, 413 or 408 itself, discards the rest of the
/// input so no handler sees it, and closes the connection.
///
/// A child of the socket, so it dies with it. Time-outs are deadlines the listener checks a few
/// times a second (no timer restarted per request).
class ConnectionGuard : public QObject
{
    Q_OBJECT
public:
    ConnectionGuard(QTcpSocket *socket, const HttpLimits &limits, GuardedTcpServer *server);
    ~ConnectionGuard() override;

    /// Closes the connection now (the listener stopped serving).
    void drop();
    /// Answers 503 and closes: the listener has as many connections as it takes.
    void refuseBusy();
    /// Acts on a deadline passed at @p now (the listener's monotonic milliseconds).
    void check(qint64 now);

private:
    enum class State { Header, Body, Chunked, Rejected };
    void inspect();
    void headerComplete(const QByteArray &header);
    void requestComplete();
    void reject(int status, const QByteArray &reason);
    void timedOut();
    void armRequestTimer();
    void arm(qint64 ms);

    QTcpSocket *m_socket;
    HttpLimits m_limits;
    State m_state = State::Header;
    QByteArray m_header;
    qint64 m_bodyLeft = 0;
    qint64 m_chunked = 0;
    bool m_inRequest = false;
    bool m_awaitingAnswer = false;
    bool m_lingering = false;
    qint64 m_discarded = 0;
    QPointer<GuardedTcpServer> m_server;
    qint64 m_deadline = 0;        // 0 = none
    qint64 m_requestDeadline = 0;
};
