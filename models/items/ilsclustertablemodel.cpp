#include "ilsclustertablemodel.h"

#include "cluster/cluster.h"
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
        case Lab::IlsRole::Hub: return tr("Hub Cluster");
        case Lab::IlsRole::Spoke: return tr("Spoke Cluster");
        case Lab::IlsRole::None: return tr("Stand-alone Cluster");
        }
        return {};
    case HubColumn: return spec.role == Lab::IlsRole::Spoke ? spec.hub : QString();
    case StateColumn: {
        const bool ils = c->isServiceRunningAnywhere(QStringLiteral("Cisco Intercluster Lookup Service"));
        if (role == RawValueRole)
            return c->isUp() ? (ils ? 2 : 1) : 0;
        if (!c->isUp())
            return tr("Down");
        return ils ? tr("Up, ILS running") : tr("Up, ILS not running");
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
