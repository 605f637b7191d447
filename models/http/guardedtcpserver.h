#pragma once

#include <QElapsedTimer>
#include <QSet>
#include <QTcpServer>
#include <QTimer>

#include "http/httplimits.h"

/// The TCP listener under a cluster's HTTP server: every connection it accepts gets a
/// ConnectionGuard before Qt HttpServer sees it.
class ConnectionGuard;

class GuardedTcpServer : public QTcpServer
{
    Q_OBJECT
public:
    explicit GuardedTcpServer(const HttpLimits &limits, QObject *parent = nullptr);
    ~GuardedTcpServer() override;

    /// Connections handed to the HTTP server and still open (at most HttpLimits::maxConnections;
    /// past that a client gets 503 and the connection closes).
    int servedConnections() const { return m_served; }
    /// Closes every connection this listener accepted that is still open.
    void dropConnections();

    /// Monotonic milliseconds the guards' deadlines are counted in.
    qint64 now() const { return m_clock.elapsed() + 1; }
    void addGuard(ConnectionGuard *guard);
    void removeGuard(ConnectionGuard *guard);

protected:
    void incomingConnection(qintptr socketDescriptor) override;

private:
    void sweep();

    HttpLimits m_limits;
    QElapsedTimer m_clock;
    QTimer m_sweep;
    QSet<ConnectionGuard *> m_guards;
    int m_served = 0; // connections handed to the HTTP server and still open
};
