#include "guardedtcpserver.h"

#include "http/connectionguard.h"

#include <QTcpSocket>

GuardedTcpServer::GuardedTcpServer(const HttpLimits &limits, QObject *parent)
    : QTcpServer(parent), m_limits(limits)
{
}

void GuardedTcpServer::dropConnections()
{
    for (ConnectionGuard *guard : findChildren<ConnectionGuard *>())
        guard->drop();
}

void GuardedTcpServer::incomingConnection(qintptr socketDescriptor)
{
    auto *socket = new QTcpSocket(this);
    if (!socket->setSocketDescriptor(socketDescriptor)) {
        delete socket;
        return;
    }
    new ConnectionGuard(socket, m_limits);
    addPendingConnection(socket);
}
