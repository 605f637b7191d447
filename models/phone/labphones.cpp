#include "labphones.h"

#include "cluster/cluster.h"
#include "http/clusterhttp.h"
#include "http/labhttp.h"
#include "lab/lab.h"
#include "phone/phoneagent.h"

#include <QNetworkProxy>
#include <QUrlQuery>

LabPhones::LabPhones(Lab *lab, LabHttp *http, QObject *parent)
    : QObject(parent), m_lab(lab), m_http(http)
{
    m_network.setProxy(QNetworkProxy::NoProxy); // the lab's listeners, whatever the environment says
}

LabPhones::~LabPhones()
{
    // before the network manager their requests belong to
    qDeleteAll(findChildren<PhoneAgent *>(Qt::FindDirectChildrenOnly));
}

PhoneAgent *LabPhones::agent(const QString &deviceName)
{
    const QString key = deviceName.toUpper();
    if (PhoneAgent *a = m_agents.value(key)) {
        if (!a->isOrphaned())
            return a;
        m_agents.remove(key); // its cluster was closed (a lab reset): the phone starts afresh
        a->deleteLater();
    }
    Cluster *cluster = deviceName.isEmpty() ? nullptr : m_lab->clusterOfPhone(deviceName);
    if (!cluster && !deviceName.isEmpty())
        return nullptr;
    PhoneAgent::Wiring w;
    w.deviceName = deviceName;
    w.clock = m_lab->clock();
    w.registrar = cluster ? m_lab->registrar(cluster) : nullptr;
    w.mobility = cluster ? m_lab->mobility(cluster) : nullptr;
    w.network = &m_network;
    QPointer<Cluster> home(cluster);
    w.servicesUrl = [this, home, deviceName]() -> QUrl {
        // The Services URL the phone's configuration gives it: its cluster's web server.
        ClusterHttp *server = home && m_http ? m_http->server(home) : nullptr;
        if (!server || server->port() == 0)
            return {};
        QUrl u = server->url();
        u.setPath(QStringLiteral("/ccmcip/getservicesmenu.jsp"));
        u.setQuery(QUrlQuery{{QStringLiteral("device"), deviceName}});
        return u;
    };
    auto *a = new PhoneAgent(std::move(w), this);
    m_agents.insert(key, a);
    return a;
}
