#include "servicestatustablemodel.h"

#include "cluster/cluster.h"

#include <QCoreApplication>
#include <QEvent>

ServiceStatusTableModel::ServiceStatusTableModel(ServiceCatalog::Kind kind, QObject *parent)
    : QAbstractTableModel(parent), m_kind(kind)
{
    for (const ServiceCatalog::Service &s : ServiceCatalog::services())
        if (s.kind == kind)
            m_services << s;
}

void ServiceStatusTableModel::setCluster(Cluster *cluster)
{
    for (const auto &c : std::as_const(m_connections))
        disconnect(c);
    m_connections.clear();
    m_cluster = cluster;
    m_host = cluster ? cluster->publisher().hostName : QString();
    if (cluster) {
        m_connections << connect(cluster, &Cluster::serviceStateChanged, this, [this](const QString &host, const QString &service) {
            if (host.compare(m_host, Qt::CaseInsensitive) != 0)
                return;
            for (int row = 0; row < m_services.size(); ++row)
                if (m_services.at(row).name == service)
                    emit dataChanged(index(row, StatusColumn), index(row, ActivationColumn));
        });
        m_connections << connect(cluster, &Cluster::nodeStateChanged, this, [this](const QString &host) {
            if (host.compare(m_host, Qt::CaseInsensitive) == 0)
                allChanged();
        });
    }
    allChanged();
}

void ServiceStatusTableModel::setHost(const QString &hostName)
{
    m_host = hostName;
    allChanged();
}

void ServiceStatusTableModel::allChanged()
{
    if (!m_services.isEmpty())
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

QString ServiceStatusTableModel::serviceAt(int row) const
{
    return row >= 0 && row < m_services.size() ? m_services.at(row).name : QString();
}

int ServiceStatusTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_services.size());
}

int ServiceStatusTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ServiceStatusTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ServiceCatalog::Service &s = m_services.at(index.row());
    if (role == ServiceNameRole)
        return s.name;
    if (role != Qt::DisplayRole && role != RawValueRole)
        return {};
    const Cluster::ServiceState st = m_cluster ? m_cluster->serviceState(m_host, s.name) : Cluster::ServiceState{};
    const bool up = m_cluster && m_cluster->isNodeUp(m_host);
    switch (index.column()) {
    case NameColumn:
        return s.name;
    case GroupColumn:
        return QCoreApplication::translate("ServiceCatalog", s.group);
    case StatusColumn:
        if (role == RawValueRole)
            return m_cluster && m_cluster->isServiceRunning(m_host, s.name);
        if (!up)
            return tr("Server down");
        if (!st.activated)
            return tr("Not Running");
        //: Control Center's Status column: a state (稼働中 / 停止中), not the Start/Stop buttons
        return st.running ? tr("Started") : tr("Stopped");
    case ActivationColumn:
        if (role == RawValueRole)
            return st.activated;
        return st.activated ? tr("Activated") : tr("Deactivated");
    }
    return {};
}

QVariant ServiceStatusTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn: return tr("Service Name");
    case GroupColumn: return tr("Service Group");
    case StatusColumn: return tr("Status");
    case ActivationColumn: return tr("Activation Status");
    }
    return {};
}

bool ServiceStatusTableModel::event(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
        allChanged();
    }
    return QAbstractTableModel::event(event);
}
