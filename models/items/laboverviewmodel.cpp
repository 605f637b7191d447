#include "laboverviewmodel.h"

#include "catalog/servicecatalog.h"
#include "cluster/cluster.h"
#include "cluster/ucmrelease.h"
#include "lab/lab.h"

#include <QBrush>
#include <QColor>
#include <QEvent>

namespace {
// internalId: 0 for a cluster row, cluster row + 1 for a node row
constexpr quintptr ClusterRow = 0;

QStringList stoppedServices(const Cluster *c, const QString &host)
{
    QStringList out;
    for (const ServiceCatalog::Service &s : ServiceCatalog::services()) {
        const Cluster::ServiceState st = c->serviceState(host, s.name);
        if (st.activated && !c->isServiceRunning(host, s.name))
            out.append(s.name);
    }
    return out;
}

int runningCount(const Cluster *c, const QString &host, int *activated)
{
    int running = 0;
    *activated = 0;
    for (const ServiceCatalog::Service &s : ServiceCatalog::services()) {
        if (c->serviceState(host, s.name).activated) {
            ++*activated;
            if (c->isServiceRunning(host, s.name))
                ++running;
        }
    }
    return running;
}
} // namespace

LabOverviewModel::LabOverviewModel(Lab *lab, QObject *parent)
    : QAbstractItemModel(parent), m_lab(lab)
{
    for (Cluster *c : lab->clusters())
        watch(c);
    connect(lab, &Lab::clusterReleaseChanged, this, [this](Cluster *c) { clusterRowChanged(int(m_lab->clusters().indexOf(c))); });
    connect(lab, &Lab::clusterAdded, this, [this](Cluster *c) {
        const int row = int(m_lab->clusters().indexOf(c));
        beginInsertRows({}, row, row);
        endInsertRows();
        watch(c);
    });
}

void LabOverviewModel::watch(Cluster *cluster)
{
    auto rowOf = [this, cluster] { return int(m_lab->clusters().indexOf(cluster)); };
    connect(cluster, &Cluster::nodeStateChanged, this, [this, rowOf] { clusterRowChanged(rowOf()); });
    connect(cluster, &Cluster::serviceStateChanged, this, [this, rowOf] { clusterRowChanged(rowOf()); });
    connect(cluster, &Cluster::parameterChanged, this, [this, rowOf](const QString &service) {
        if (service.isEmpty())
            clusterRowChanged(rowOf());
    });
}

void LabOverviewModel::clusterRowChanged(int row)
{
    if (row < 0)
        return;
    emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
    const QModelIndex parent = index(row, 0);
    const int nodes = rowCount(parent);
    if (nodes > 0)
        emit dataChanged(index(0, 0, parent), index(nodes - 1, ColumnCount - 1, parent));
}

QModelIndex LabOverviewModel::index(int row, int column, const QModelIndex &parent) const
{
    if (!hasIndex(row, column, parent))
        return {};
    if (!parent.isValid())
        return createIndex(row, column, ClusterRow);
    return createIndex(row, column, quintptr(parent.row() + 1));
}

QModelIndex LabOverviewModel::parent(const QModelIndex &child) const
{
    if (!child.isValid() || child.internalId() == ClusterRow)
        return {};
    return createIndex(int(child.internalId() - 1), 0, ClusterRow);
}

int LabOverviewModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return int(m_lab->clusters().size() + m_lab->refusedClusters().size());
    if (parent.column() != 0 || parent.internalId() != ClusterRow || parent.row() >= m_lab->clusters().size())
        return 0;
    return int(m_lab->clusters().at(parent.row())->nodes().size());
}

int LabOverviewModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

QString LabOverviewModel::clusterStateText(const Cluster *c)
{
    int up = 0;
    for (const Node &n : c->nodes())
        up += c->isNodeUp(n.hostName) ? 1 : 0;
    if (up == c->nodes().size())
        return tr("Up");
    if (up == 0)
        return tr("Down");
    return tr("Partly up (%1 of %2 nodes)").arg(up).arg(c->nodes().size());
}

QVariant LabOverviewModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    if (index.internalId() == ClusterRow) {
        if (const qsizetype clusters = m_lab->clusters().size(); index.row() >= clusters)
            return refusedData(int(index.row() - clusters), index.column(), role);
        return clusterData(m_lab->clusters().at(index.row()), index.column(), role);
    }
    return nodeData(m_lab->clusters().at(int(index.internalId() - 1)), index.row(), index.column(), role);
}

QVariant LabOverviewModel::clusterData(const Cluster *c, int column, int role) const
{
    if (role == Qt::ForegroundRole && column == StateColumn && !c->isUp())
        return QBrush(QColor(0xb0, 0x20, 0x20));
    if (role == Qt::ForegroundRole && column == ReleaseColumn && !UcmRelease::supportsRoaming(c->release()))
        return QBrush(QColor(0xb0, 0x20, 0x20));
    if (column == ReleaseColumn && role == Qt::EditRole)
        return c->release();
    if (role != Qt::DisplayRole && role != RawValueRole && role != Qt::ToolTipRole)
        return {};
    switch (column) {
    case ReleaseColumn:
        if (role == Qt::ToolTipRole)
            return UcmRelease::supportsRoaming(c->release())
                ? tr("Unified CM release (double-click to change). 12.0(1)SU1 or later takes roaming logins.")
                : tr("Older than 12.0(1)SU1: this cluster takes no roaming logins (double-click to change).");
        return c->release();
    case NameColumn:
        return c->name();
    case DetailColumn:
        if (role == Qt::ToolTipRole)
            return tr("Cluster ID (System › Enterprise Parameters)");
        return c->clusterId();
    case RoleColumn:
        return roleText(c->name());
    case StateColumn:
        if (role == RawValueRole)
            return c->isUp();
        return clusterStateText(c);
    case ServicesColumn: {
        int running = 0, activated = 0;
        for (const Node &n : c->nodes()) {
            int a = 0;
            running += runningCount(c, n.hostName, &a);
            activated += a;
        }
        if (role == RawValueRole)
            return running;
        return tr("%1 of %2 running").arg(running).arg(activated);
    }
    default:
        return {};
    }
}

QString LabOverviewModel::roleText(const QString &clusterName) const
{
    Lab::ClusterSpec spec = m_lab->spec(clusterName);
    for (const Lab::RefusedCluster &r : m_lab->refusedClusters())
        if (r.spec.name == clusterName)
            spec = r.spec;
    switch (spec.role) {
    case IlsRole::Hub:
        return tr("Hub cluster");
    case IlsRole::Spoke:
        return tr("Spoke cluster of %1").arg(spec.hub);
    case IlsRole::None:
        return tr("Not in the ILS network");
    }
    return {};
}

// A cluster whose database was refused: its name, its file, why.
QVariant LabOverviewModel::refusedData(int refusedRow, int column, int role) const
{
    const QList<Lab::RefusedCluster> refused = m_lab->refusedClusters();
    if (refusedRow >= refused.size())
        return {};
    const Lab::RefusedCluster &r = refused.at(refusedRow);
    if (role == Qt::ForegroundRole && column == StateColumn)
        return QBrush(QColor(0xb0, 0x20, 0x20));
    if (role == Qt::ToolTipRole)
        return r.reason.text();
    if (role != Qt::DisplayRole && role != RawValueRole)
        return {};
    switch (column) {
    case NameColumn:
        return r.spec.name;
    case DetailColumn:
        return r.spec.database;
    case RoleColumn:
        return roleText(r.spec.name);
    case StateColumn:
        if (role == RawValueRole)
            return false;
        return tr("Refused");
    case ServicesColumn:
        if (role == RawValueRole)
            return 0;
        return tr("Not started: the database was refused");
    default:
        return {};
    }
}

QVariant LabOverviewModel::nodeData(const Cluster *c, int nodeRow, int column, int role) const
{
    const Node &n = c->nodes().at(nodeRow);
    const bool up = c->isNodeUp(n.hostName);
    if (role == Qt::ForegroundRole && column == StateColumn && !up)
        return QBrush(QColor(0xb0, 0x20, 0x20));
    if (role == Qt::ToolTipRole && column == ServicesColumn) {
        const QStringList stopped = stoppedServices(c, n.hostName);
        return stopped.isEmpty() ? tr("Every activated service is running.")
                                 : tr("Not running: %1").arg(stopped.join(QLatin1String(", ")));
    }
    if (role != Qt::DisplayRole && role != RawValueRole)
        return {};
    switch (column) {
    case NameColumn:
        return n.hostName;
    case DetailColumn:
        return n.address;
    case RoleColumn:
        return n.publisher ? tr("Publisher") : tr("Subscriber");
    case StateColumn:
        if (role == RawValueRole)
            return up;
        return up ? tr("Up") : tr("Down");
    case ServicesColumn: {
        int activated = 0;
        const int running = runningCount(c, n.hostName, &activated);
        if (role == RawValueRole)
            return running;
        const QStringList stopped = stoppedServices(c, n.hostName);
        if (stopped.isEmpty())
            return tr("%1 of %2 running").arg(running).arg(activated);
        return tr("%1 of %2 running — stopped: %3").arg(running).arg(activated).arg(stopped.join(QLatin1String(", ")));
    }
    default:
        return {};
    }
}

QVariant LabOverviewModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn: return tr("Cluster / Server");
    case DetailColumn: return tr("Cluster ID / Address");
    case RoleColumn: return tr("Role");
    case StateColumn: return tr("State");
    case ServicesColumn: return tr("Services");
    case ReleaseColumn: return tr("Unified CM Release");
    default: return {};
    }
}

Qt::ItemFlags LabOverviewModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags f = QAbstractItemModel::flags(index);
    if (index.isValid() && index.internalId() == ClusterRow && index.column() == ReleaseColumn)
        f |= Qt::ItemIsEditable;
    return f;
}

bool LabOverviewModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole || !index.isValid() || index.internalId() != ClusterRow || index.column() != ReleaseColumn)
        return false;
    const Refusal r = m_lab->setClusterRelease(m_lab->clusters().at(index.row())->name(), value.toString());
    if (r) {
        emit editRefused(r);
        return false;
    }
    return true; // clusterReleaseChanged() announces the row
}

bool LabOverviewModel::event(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
        for (int row = 0; row < rowCount(); ++row)
            clusterRowChanged(row);
    }
    return QAbstractItemModel::event(event);
}
