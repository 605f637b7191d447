#include "accesscontrolgrouptablemodel.h"

AccessControlGroupTableModel::AccessControlGroupTableModel(QObject *parent)
    : ClusterTableModel(Cluster::Entity::AccessControlGroup, parent)
{
}

QList<qint64> AccessControlGroupTableModel::allIds() const
{
    return cluster()->ids(Cluster::Entity::AccessControlGroup);
}

QString AccessControlGroupTableModel::header(int column) const
{
    switch (column) {
    case NameColumn: return tr("Name");
    case MembersColumn: return tr("Members");
    }
    return {};
}

QVariant AccessControlGroupTableModel::cell(qint64 id, int column, int role) const
{
    Q_UNUSED(role);
    const AccessControlGroup *g = cluster()->accessControlGroup(id);
    if (!g)
        return {};
    switch (column) {
    case NameColumn: return Groups::displayName(g->name);
    case MembersColumn: return int(g->endUsers.size() + g->applicationUsers.size());
    }
    return {};
}

QVariant AccessControlGroupTableModel::alternateText(qint64 id, int column) const
{
    // shown in the console's language; Find also matches the stored English name, so
    // "Standard EM" finds the standard groups in the Japanese console too
    const AccessControlGroup *g = column == NameColumn ? cluster()->accessControlGroup(id) : nullptr;
    return g ? QVariant(g->name) : QVariant();
}
