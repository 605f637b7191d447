#include "ilsclustertablemodel.h"

#include "cluster/cluster.h"
#include "ils/ilsnetwork.h"
#include "lab/lab.h"

#include <QEvent>

IlsClusterTableModel::IlsClusterTableModel(Lab *lab, QObject *parent)
    : QAbstractTableModel(parent), m_lab(lab)
{
    m_rows = int(lab->clusters().size());
    for (Cluster *c : lab->clusters())
        watch(c);
    connect(lab, &Lab::clusterAdded, this, [this](Cluster *c) {
        // the lab appends; our rows are the lab's clusters in order
        beginInsertRows({}, m_rows, m_rows);
        ++m_rows;
        endInsertRows();
        watch(c);
    });
    // roles, deliveries and pending updates: a handful of rows, each may change
    connect(lab->ils(), &IlsNetwork::topologyChanged, this, &IlsClusterTableModel::allRowsChanged);
    connect(lab->ils(), &IlsNetwork::pendingChanged, this, &IlsClusterTableModel::allRowsChanged);
    connect(lab->ils(), &IlsNetwork::recordsApplied, this, &IlsClusterTableModel::allRowsChanged);
}

void IlsClusterTableModel::setViewer(const QString &clusterName)
{
    if (clusterName == m_viewer)
        return;
    m_viewer = clusterName;
    allRowsChanged();
}

void IlsClusterTableModel::allRowsChanged()
{
    if (m_rows > 0)
        emit dataChanged(index(0, RoleColumn), index(m_rows - 1, ColumnCount - 1));
}

bool IlsClusterTableModel::isNeighbour(const QString &clusterName) const
{
    return !m_viewer.isEmpty() && clusterName != m_viewer && m_lab->ils()->neighbours(m_viewer).contains(clusterName);
}

QString IlsClusterTableModel::labTimeText(qint64 ms)
{
    const qint64 s = ms / 1000;
    return QStringLiteral("%1:%2:%3").arg(s / 3600).arg(s / 60 % 60, 2, 10, QLatin1Char('0')).arg(s % 60, 2, 10, QLatin1Char('0'));
}

void IlsClusterTableModel::watch(Cluster *cluster)
{
    connect(cluster, &Cluster::nodeStateChanged, this, [this, cluster] { rowChanged(cluster); });
    connect(cluster, &Cluster::serviceStateChanged, this, [this, cluster] { rowChanged(cluster); });
    connect(cluster, &Cluster::parameterChanged, this, [this, cluster] { rowChanged(cluster); });
}

void IlsClusterTableModel::rowChanged(Cluster *cluster)
{
    const int row = int(m_lab->clusters().indexOf(cluster));
    if (row >= 0 && row < m_rows)
        emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

int IlsClusterTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_rows;
}

int IlsClusterTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant IlsClusterTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    if (role != Qt::DisplayRole && role != RawValueRole)
        return {};
    const Cluster *c = m_lab->clusters().at(index.row());
    const Lab::ClusterSpec spec = m_lab->spec(c->name());
    switch (index.column()) {
    case ClusterColumn: return c->name();
    case ClusterIdColumn: return c->clusterId();
    case RoleColumn:
        if (role == RawValueRole)
            return int(spec.role);
        switch (spec.role) {
        case IlsRole::Hub: return tr("Hub Cluster");
        case IlsRole::Spoke: return tr("Spoke Cluster");
        case IlsRole::None: return tr("Stand-alone Cluster");
        }
        return {};
    case HubColumn: return spec.role == IlsRole::Spoke ? spec.hub : QString();
    case StateColumn: {
        const bool ils = c->isServiceRunningAnywhere(QStringLiteral("Cisco Intercluster Lookup Service"));
        if (role == RawValueRole)
            return c->isUp() ? (ils ? 2 : 1) : 0;
        if (!c->isUp())
            return tr("Down");
        return ils ? tr("Up, ILS running") : tr("Up, ILS not running");
    }
    case LastSyncColumn: {
        const IlsNetwork *net = m_lab->ils();
        const qint64 last = isNeighbour(c->name()) ? qMax(net->lastSync(c->name(), m_viewer), net->lastSync(m_viewer, c->name())) : -1;
        if (role == RawValueRole)
            return last;
        if (!isNeighbour(c->name()))
            return QString();
        return last < 0 ? tr("Never") : labTimeText(last);
    }
    case PendingColumn: {
        if (!isNeighbour(c->name()))
            return role == RawValueRole ? QVariant(-1) : QVariant(QString());
        const IlsNetwork *net = m_lab->ils();
        return net->pendingCount(c->name(), m_viewer) + net->pendingCount(m_viewer, c->name());
    }
    }
    return {};
}

QVariant IlsClusterTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case ClusterColumn: return tr("Cluster");
    case ClusterIdColumn: return tr("Cluster ID");
    case RoleColumn: return tr("Role");
    case HubColumn: return tr("Registers With Hub");
    case StateColumn: return tr("State");
    case LastSyncColumn: return tr("Last Sync");
    case PendingColumn: return tr("Pending Updates");
    }
    return {};
}

bool IlsClusterTableModel::event(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
        if (rowCount() > 0)
            emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
    }
    return QAbstractTableModel::event(event);
}
