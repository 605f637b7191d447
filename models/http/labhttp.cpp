#include "labhttp.h"

#include "catalog/servicecatalog.h"
#include "cluster/cluster.h"
#include "http/clusterhttp.h"
#include "http/guardedtcpserver.h"
#include "lab/lab.h"


LabHttp::LabHttp(Lab *lab, QObject *parent)
    : QObject(parent), m_lab(lab)
{
    connect(lab, &Lab::clusterAdded, this, [this](Cluster *cluster) {
        if (m_started)
            add(cluster, nullptr);
    });
}

LabHttp::~LabHttp()
{
    stop();
}

ClusterHttp *LabHttp::add(Cluster *cluster, QString *error)
{
    auto *http = new ClusterHttp(m_lab, cluster, this);
    const int base = m_lab->settings().httpBasePort;
    const int index = int(m_lab->clusters().indexOf(cluster));
    http->setEndpoint(m_address, base > 0 ? quint16(base + index) : 0);
    http->setLimits(m_limits);
    http->setUrlMapper([this](const QUrl &configured) { return resolve(configured); });
    m_servers.append(http);
    if (!http->refresh() && error && error->isEmpty())
        *error = tr("Cannot listen for %1 on %2: %3").arg(cluster->name(), http->url().toString(), http->errorString());
    // The server is the context: once stop() deleted it, this connection is gone too.
    connect(cluster, &QObject::destroyed, http, [this, http] {
        m_servers.removeAll(http);
        http->deleteLater();
    });
    return http;
}

bool LabHttp::start(QString *error)
{
    stop();
    GuardedTcpServer::raiseOpenFileLimit(); // listeners share the process's open files
    m_started = true;
    QString first;
    for (Cluster *c : m_lab->clusters())
        add(c, &first);
    if (error)
        *error = first;
    return first.isEmpty();
}

void LabHttp::stop()
{
    m_started = false;
    qDeleteAll(m_servers);
    m_servers.clear();
}

ClusterHttp *LabHttp::server(const Cluster *cluster) const
{
    for (ClusterHttp *s : m_servers)
        if (s->cluster() == cluster)
            return s;
    return nullptr;
}

ClusterHttp *LabHttp::server(const QString &clusterName) const
{
    for (ClusterHttp *s : m_servers)
        if (s->cluster()->name() == clusterName)
            return s;
    return nullptr;
}

QUrl LabHttp::resolve(const QUrl &configured) const
{
    const QString host = configured.host();
    for (ClusterHttp *s : m_servers) {
        Cluster *c = s->cluster();
        for (const Node &n : c->nodes()) {
            if (n.hostName.compare(host, Qt::CaseInsensitive) != 0 && n.address != host)
                continue;
            // One listener serves the cluster's web applications, whichever of its servers the
            // URL names; a server whose Cisco Tomcat does not run answers nothing.
            if (!c->isServiceRunning(n.hostName, Services::Tomcat) || !s->isListening())
                return {};
            QUrl u = configured;
            u.setScheme(QStringLiteral("http"));
            u.setHost(s->url().host());
            u.setPort(s->port());
            return u;
        }
    }
    return {};
}
