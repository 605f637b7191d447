#include "guardedtcpserver.h"

#include "http/connectionguard.h"

#include <QTcpSocket>

#include <sys/resource.h>
#include <sys/socket.h>
#include <unistd.h>

namespace {
int g_open = 0; // connections open in the process (all listeners live on one thread)

int openFileLimit()
{
    rlimit rl{};
    if (getrlimit(RLIMIT_NOFILE, &rl) != 0 || rl.rlim_cur == RLIM_INFINITY)
        return 1 << 20;
    return int(qMin<rlim_t>(rl.rlim_cur, 1 << 20));
}
} // namespace

void GuardedTcpServer::raiseOpenFileLimit()
{
    static const bool raised = [] {
        rlimit rl{};
        if (getrlimit(RLIMIT_NOFILE, &rl) != 0 || rl.rlim_cur >= rl.rlim_max)
            return false;
        rl.rlim_cur = rl.rlim_max;
        return setrlimit(RLIMIT_NOFILE, &rl) == 0;
    }();
    Q_UNUSED(raised)
}

int GuardedTcpServer::processConnectionBudget(const HttpLimits &limits)
{
    if (limits.maxProcessConnections > 0)
        return limits.maxProcessConnections;
    // The rest of the process needs files too: each cluster's database (with its WAL and
    // shared memory), translations, the display connection, the event loop's own.
    const int limit = openFileLimit();
    return qMax(8, limit - qMax(64, limit / 8));
}

int GuardedTcpServer::processConnections()
{
    return g_open;
}

GuardedTcpServer::GuardedTcpServer(const HttpLimits &limits, QObject *parent)
    : QTcpServer(parent), m_limits(limits)
{
    m_clock.start();
    // Deadlines are checked a few times a second: a time-out fires at most this late.
    const int shortest = qMin(m_limits.requestTimeoutMs, m_limits.idleTimeoutMs);
    m_sweep.setInterval(qBound(20, shortest / 4, 250));
    connect(&m_sweep, &QTimer::timeout, this, &GuardedTcpServer::sweep);
    m_resume.setSingleShot(true);
    m_resume.setInterval(m_limits.acceptPauseMs);
    connect(&m_resume, &QTimer::timeout, this, [this] {
        if (isListening())
            resumeAccepting();
    });
    // Qt pauses a listener whose accept() failed and never resumes it.
    connect(this, &QTcpServer::acceptError, this, [this] { rest(); });
}

GuardedTcpServer::~GuardedTcpServer()
{
    // Sockets (and their guards) go first, while the guard set still exists.
    qDeleteAll(findChildren<QTcpSocket *>(Qt::FindDirectChildrenOnly));
}

void GuardedTcpServer::rest()
{
    pauseAccepting();
    if (!m_resume.isActive())
        m_resume.start();
}

void GuardedTcpServer::dropConnections()
{
    const QSet<ConnectionGuard *> guards = m_guards;
    for (ConnectionGuard *guard : guards)
        guard->drop();
}

void GuardedTcpServer::addGuard(ConnectionGuard *guard)
{
    m_guards.insert(guard);
    if (!m_sweep.isActive())
        m_sweep.start();
}

void GuardedTcpServer::removeGuard(ConnectionGuard *guard)
{
    m_guards.remove(guard);
    if (m_guards.isEmpty())
        m_sweep.stop();
}

void GuardedTcpServer::sweep()
{
    const qint64 t = now();
    const QSet<ConnectionGuard *> guards = m_guards; // a check may end a connection
    for (ConnectionGuard *guard : guards)
        if (m_guards.contains(guard))
            guard->check(t);
}

void GuardedTcpServer::incomingConnection(qintptr socketDescriptor)
{
    if (g_open >= processConnectionBudget(m_limits)) {
        // The process is at its share of open files: no socket object, no answer (writing
        // one could block); the client sees the connection closed. The listener rests so a
        // flood of connections does not keep it busy.
        ::close(int(socketDescriptor));
        rest();
        return;
    }
    auto *socket = new QTcpSocket(this);
    if (!socket->setSocketDescriptor(socketDescriptor)) {
        delete socket;
        ::close(int(socketDescriptor));
        return;
    }
    ++g_open;
    connect(socket, &QObject::destroyed, [] { --g_open; });
    auto *guard = new ConnectionGuard(socket, m_limits, this);
    const QHostAddress peer = socket->peerAddress();
    if (m_served >= m_limits.maxConnections || m_perAddress.value(peer) >= m_limits.maxConnectionsPerAddress) {
        // Never handed to the HTTP server: a clear answer, then the connection closes.
        guard->refuseBusy();
        return;
    }
    ++m_served;
    ++m_perAddress[peer];
    connect(socket, &QObject::destroyed, this, [this, peer] {
        --m_served;
        if (--m_perAddress[peer] <= 0)
            m_perAddress.remove(peer);
    });
    addPendingConnection(socket);
    // The HTTP server has connected its readyRead slot by now (pendingConnectionAvailable is
    // delivered directly): the guard's second slot follows it.
    guard->followServer();
}
