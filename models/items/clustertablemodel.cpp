#include "clustertablemodel.h"

#include <QEvent>
#include <QSet>

ClusterTableModel::ClusterTableModel(Cluster::Entity entity, QObject *parent)
    : QAbstractTableModel(parent), m_entity(entity)
{
}

void ClusterTableModel::setCluster(Cluster *cluster)
{
    for (const auto &c : std::as_const(m_connections))
        disconnect(c);
    m_connections.clear();
    m_cluster = cluster;
    if (cluster) {
        m_connections << connect(cluster, &Cluster::entityAdded, this, &ClusterTableModel::added)
                      << connect(cluster, &Cluster::entityChanged, this, &ClusterTableModel::changed)
                      << connect(cluster, &Cluster::entityRemoved, this, &ClusterTableModel::removed)
                      << connect(cluster, &QObject::destroyed, this, [this] { setCluster(nullptr); })
                      << connect(cluster, &Cluster::bulkImported, this, &ClusterTableModel::reload); // BAT: many rows at once
        m_connections << watch(cluster);
    }
    reload(); // a different cluster: every row changes, so a reset is the honest signal
}

void ClusterTableModel::setAcceptFilter(std::function<bool(qint64)> accept)
{
    m_accept = std::move(accept);
    refilter();
}

void ClusterTableModel::refilter()
{
    if (!m_cluster) {
        reload();
        return;
    }
    const QList<qint64> all = allIds();
    // remove the rows no longer accepted, from the bottom up
    for (int row = int(m_ids.size()) - 1; row >= 0; --row) {
        if (!accepts(m_ids.at(row))) {
            beginRemoveRows({}, row, row);
            m_ids.removeAt(row);
            endRemoveRows();
        }
    }
    // append the records newly accepted
    QSet<qint64> present(m_ids.cbegin(), m_ids.cend());
    for (qint64 id : all) {
        if (!present.contains(id) && accepts(id)) {
            const int row = int(m_ids.size());
            beginInsertRows({}, row, row);
            m_ids.append(id);
            endInsertRows();
        }
    }
}

bool ClusterTableModel::accepts(qint64 id) const
{
    return isOfKind(id) && (!m_accept || m_accept(id));
}

void ClusterTableModel::reload()
{
    beginResetModel();
    m_ids.clear();
    if (m_cluster) {
        const QList<qint64> all = allIds();
        m_ids.reserve(all.size());
        for (qint64 id : all)
            if (accepts(id))
                m_ids.append(id);
    }
    endResetModel();
}

void ClusterTableModel::added(Cluster::Entity entity, qint64 id)
{
    if (entity != m_entity || !accepts(id) || m_ids.contains(id))
        return;
    const int row = int(m_ids.size());
    beginInsertRows({}, row, row);
    m_ids.append(id);
    endInsertRows();
}

void ClusterTableModel::changed(Cluster::Entity entity, qint64 id)
{
    if (entity != m_entity)
        return;
    const int row = rowOfId(id);
    const bool accept = accepts(id);
    if (row < 0) {
        if (accept)
            added(entity, id);
        return;
    }
    if (!accept) {
        beginRemoveRows({}, row, row);
        m_ids.removeAt(row);
        endRemoveRows();
        return;
    }
    emit dataChanged(index(row, 0), index(row, columnCount() - 1));
}

void ClusterTableModel::removed(Cluster::Entity entity, qint64 id)
{
    if (entity != m_entity)
        return;
    const int row = rowOfId(id);
    if (row < 0)
        return;
    beginRemoveRows({}, row, row);
    m_ids.removeAt(row);
    endRemoveRows();
}

void ClusterTableModel::idChanged(qint64 id, int firstColumn, int lastColumn)
{
    const int row = rowOfId(id);
    if (row >= 0)
        emit dataChanged(index(row, firstColumn), index(row, lastColumn < 0 ? columnCount() - 1 : lastColumn));
}

int ClusterTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_ids.size());
}

int ClusterTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : columns();
}

QVariant ClusterTableModel::data(const QModelIndex &index, int role) const
{
    if (!m_cluster || !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const qint64 id = m_ids.at(index.row());
    switch (role) {
    case IdRole:
        return id;
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
        return cell(id, index.column(), Qt::DisplayRole);
    case RawValueRole:
        return cell(id, index.column(), RawValueRole);
    case AlternateTextRole:
        return alternateText(id, index.column());
    default:
        return {};
    }
}

QVariant ClusterTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole || section < 0 || section >= columns())
        return {};
    return header(section);
}

bool ClusterTableModel::event(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange && columns() > 0)
        emit headerDataChanged(Qt::Horizontal, 0, columns() - 1);
    return QAbstractTableModel::event(event);
}
