#include "eventfiltermodel.h"

#include "eventtablemodel.h"

void EventFilterModel::setCluster(const QString &cluster)
{
    m_cluster = cluster;
    invalidateFilter();
}

void EventFilterModel::setUser(const QString &user)
{
    m_user = user.trimmed();
    invalidateFilter();
}

void EventFilterModel::setKind(int kind)
{
    m_kind = kind;
    invalidateFilter();
}

void EventFilterModel::setText(const QString &text)
{
    m_text = text.trimmed();
    invalidateFilter();
}

bool EventFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QAbstractItemModel *m = sourceModel();
    const auto cell = [&](int column, int role = Qt::DisplayRole) { return m->index(sourceRow, column, sourceParent).data(role); };
    if (!m_cluster.isEmpty() && cell(EventTableModel::ClusterColumn).toString().compare(m_cluster, Qt::CaseInsensitive) != 0)
        return false;
    if (!m_user.isEmpty() && !cell(EventTableModel::UserColumn).toString().contains(m_user, Qt::CaseInsensitive))
        return false;
    if (m_kind >= 0 && cell(0, EventTableModel::KindRole).toInt() != m_kind)
        return false;
    if (!m_text.isEmpty()) {
        for (int c = 0; c < EventTableModel::ColumnCount; ++c)
            if (cell(c).toString().contains(m_text, Qt::CaseInsensitive))
                return true;
        return cell(0, EventTableModel::TypeNameRole).toString().contains(m_text, Qt::CaseInsensitive);
    }
    return true;
}
