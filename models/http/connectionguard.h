#pragma once

#include <QList>
#include <QObject>
#include <QPointer>

#include "http/httplimits.h"
#include "http/requestframing.h"

class GuardedTcpServer;
class QTcpSocket;

/// Watches one accepted HTTP connection for what Qt HttpServer 6.4 does not limit itself:
/// header size, body size, request framing (RequestFraming: where a request ends, exactly as
/// Qt will see it), slow and idle clients, and `Connection: close`. On a violation it answers
/// 400, 431, 413 or 408 itself, discards the rest of the input so no handler sees it, and closes
/// the connection.
///
/// It reads ahead of the server's parser without taking anything from it: its readyRead slot
/// runs before the server's (connected first) and only peeks, and a second slot after the
/// server's notes how far the server has read. Each byte is inspected once, and never more
/// than one request ahead of the server — pipelined requests cost linear time.
///
/// A child of the socket, so it dies with it. Time-outs are deadlines the listener checks a few
/// times a second (no timer restarted per request).
class ConnectionGuard : public QObject
{
    Q_OBJECT
public:
    ConnectionGuard(QTcpSocket *socket, const HttpLimits &limits, GuardedTcpServer *server);
    ~ConnectionGuard() override;

    /// Connects the slot that runs after the HTTP server's own readyRead slot: call once the
    /// server has taken the socket.
    void followServer();
    /// Closes the connection now (the listener stopped serving).
    void drop();
    /// Answers 503 and closes: the listener has as many connections as it takes.
    void refuseBusy();
    /// Acts on a deadline passed at @p now (the listener's monotonic milliseconds).
    void check(qint64 now);

    /// The guard of @p socket, if it has one.
    static ConnectionGuard *of(QTcpSocket *socket);
    /// The request answered next (the oldest not answered yet) asked to close the connection
    /// after its answer: the answer says `Connection: close`.
    bool closesAfterNextAnswer() const { return !m_owed.isEmpty() && m_owed.constFirst().close; }
    /// The request answered next is HEAD: its answer has headers and no body.
    bool nextAnswerIsHead() const { return !m_owed.isEmpty() && m_owed.constFirst().head; }
    /// One answer has been written to the socket: counts it, and closes the connection once
    /// the answer to a `Connection: close` (or HTTP/1.0) request has gone out.
    void answered();

private:
    enum class State { Open, Closing, Rejected };
    void inspect();
    void afterServer();
    void requestComplete();
    void reject(int status, const QByteArray &reason);
    void discardInput();
    void timedOut();
    void becameIdleIfSo();
    qint64 now() const;

    QTcpSocket *m_socket;
    HttpLimits m_limits;
    RequestFraming m_framing;
    State m_state = State::Open;
    QPointer<GuardedTcpServer> m_server;

    // Offsets in the connection's input stream.
    qint64 m_serverPos = 0;   // how far the HTTP server has read
    qint64 m_scanPos = 0;     // how far this guard has inspected
    qint64 m_inputEnd = 0;    // the end of the buffered input when inspect() last ran
    bool m_requestWaiting = false; // a complete request ends at m_scanPos; the server has not read it all

    struct Owed {
        bool head = false;
        bool close = false;
    };
    QList<Owed> m_owed;       // requests handed to the server and not answered yet, oldest first
    qint64 m_discarded = 0;
    bool m_lingering = false;

    qint64 m_requestDeadline = 0;  // the request under way must be complete by then
    qint64 m_responseDeadline = 0; // owed answers must be written by then
    qint64 m_idleDeadline = 0;     // closes then when nothing is under way or owed
    qint64 m_lingerDeadline = 0;
};
