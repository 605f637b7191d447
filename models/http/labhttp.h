#pragma once

#include <QHostAddress>
#include <QList>
#include <QObject>
#include <QUrl>

#include "http/httplimits.h"

class Cluster;
class ClusterHttp;
class Lab;

/// The HTTP listeners of a whole lab: one ClusterHttp per cluster publisher, on 127.0.0.1
/// unless another address is given (--listen). Ports come from Lab::Settings::httpBasePort
/// (cluster i of the lab on base + i) or, when that is 0, are chosen automatically.
class LabHttp : public QObject
{
    Q_OBJECT
public:
    explicit LabHttp(Lab *lab, QObject *parent = nullptr);
    ~LabHttp() override;

    void setListenAddress(const QHostAddress &address) { m_address = address; }
    QHostAddress listenAddress() const { return m_address; }
    void setLimits(const HttpLimits &limits) { m_limits = limits; }

    /// Creates a server per cluster and opens the listeners whose Cisco Tomcat runs. Fails
    /// (with the first error) when a listener that should open cannot.
    bool start(QString *error = nullptr);
    void stop();

    QList<ClusterHttp *> servers() const { return m_servers; }
    ClusterHttp *server(const Cluster *cluster) const;
    ClusterHttp *server(const QString &clusterName) const;

    /// Maps a URL a cluster's configuration names (a phone service URL such as
    /// http://cucm1-pub:8080/emapp/EMAppServlet?device=SEP…) to the listener that serves that
    /// host in this lab — the cluster's listener for its publisher and its subscribers alike;
    /// an empty URL when no cluster node has that host name or address, or that node's Cisco
    /// Tomcat is not running.
    QUrl resolve(const QUrl &configured) const;

private:
    ClusterHttp *add(Cluster *cluster, QString *error);

    Lab *m_lab;
    QHostAddress m_address = QHostAddress(QHostAddress::LocalHost);
    HttpLimits m_limits;
    QList<ClusterHttp *> m_servers;
    bool m_started = false;
};
