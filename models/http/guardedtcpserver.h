#pragma once

#include <QTcpServer>

#include "http/httplimits.h"

/// The TCP listener under a cluster's HTTP server: every connection it accepts gets a
/// ConnectionGuard before Qt HttpServer sees it.
class GuardedTcpServer : public QTcpServer
{
    Q_OBJECT
public:
    explicit GuardedTcpServer(const HttpLimits &limits, QObject *parent = nullptr);

    /// Closes every connection this listener accepted that is still open.
    void dropConnections();

protected:
    void incomingConnection(qintptr socketDescriptor) override;

private:
    HttpLimits m_limits;
};
