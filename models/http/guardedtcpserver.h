#pragma once

#include <QElapsedTimer>
#include <QHash>
#include <QHostAddress>
#include <QSet>
#include <QTcpServer>
#include <QTimer>

#include "http/httplimits.h"

/// The TCP listener under a cluster's HTTP server: every connection it accepts gets a
/// ConnectionGuard before Qt HttpServer sees it.
///
/// It shares the process's open files fairly: at most HttpLimits::maxConnections per listener,
/// HttpLimits::maxConnectionsPerAddress of those from one client address (past either, 503 and
/// close), and all listeners together stay below the open-file limit with a margin (past it, a
/// connection is closed at once and the listener rests HttpLimits::acceptPauseMs). When
/// accept() itself fails (EMFILE, ENFILE, ECONNABORTED…), Qt pauses the listener for good; this
/// one resumes it after the same rest — it never stops listening and never spins.
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

    /// Raises the soft open-file limit (RLIMIT_NOFILE) to the hard one; once per process.
    static void raiseOpenFileLimit();
    /// How many connections the whole process keeps open at most with @p limits.
    static int processConnectionBudget(const HttpLimits &limits);
    /// Connections open in the whole process (every listener, refused ones still closing too).
    static int processConnections();

protected:
    void incomingConnection(qintptr socketDescriptor) override;

private:
    void sweep();
    void rest();

    HttpLimits m_limits;
    QElapsedTimer m_clock;
    QTimer m_sweep;
    QTimer m_resume;
    QSet<ConnectionGuard *> m_guards;
    QHash<QHostAddress, int> m_perAddress; // served connections by client address
    int m_served = 0; // connections handed to the HTTP server and still open
};
