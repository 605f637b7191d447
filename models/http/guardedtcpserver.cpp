#include "guardedtcpserver.h"

#include "http/connectionguard.h"

#include <QTcpSocket>

GuardedTcpServer::GuardedTcpServer(const HttpLimits &limits, QObject *parent)
    : QTcpServer(parent), m_limits(limits)
{
    m_clock.start();
    // Deadlines are checked a few times a second: a time-out fires at most this late.
    const int shortest = qMin(m_limits.requestTimeoutMs, m_limits.idleTimeoutMs);
    m_sweep.setInterval(qBound(20, shortest / 4, 250));
    connect(&m_sweep, &QTimer::timeout, this, &GuardedTcpServer::sweep);
}

GuardedTcpServer::~GuardedTcpServer()
{
    // Sockets (and their guards) go first, while the guard set still exists.
    qDeleteAll(findChildren<QTcpSocket *>(Qt::FindDirectChildrenOnly));
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
    auto *socket = new QTcpSocket(this);
    if (!socket->setSocketDescriptor(socketDescriptor)) {
        delete socket;
        return;
    }
    auto *guard = new ConnectionGuard(socket, m_limits, this);
    if (m_served >= m_limits.maxConnections) {
        // Never handed to the HTTP server: a clear answer, then the connection closes.
        guard->refuseBusy();
        return;
    }
    ++m_served;
    connect(socket, &QObject::destroyed, this, [this] { --m_served; });
    addPendingConnection(socket);
}
