#include "applicationusertablemodel.h"

ApplicationUserTableModel::ApplicationUserTableModel(QObject *parent)
    : ClusterTableModel(Cluster::Entity::ApplicationUser, parent)
{
}

QList<qint64> ApplicationUserTableModel::allIds() const
{
    return cluster()->ids(Cluster::Entity::ApplicationUser);
}

QString ApplicationUserTableModel::header(int column) const
{
    switch (column) {
    case UserIdColumn: return tr("User ID");
    case GroupsColumn: return tr("Groups");
    }
    return {};
}

QVariant ApplicationUserTableModel::cell(qint64 id, int column, int role) const
{
    Q_UNUSED(role);
    const ApplicationUser *u = cluster()->applicationUser(id);
    if (!u)
        return {};
    switch (column) {
    case UserIdColumn: return u->userId;
    case GroupsColumn: {
        QStringList groups;
        for (const AccessControlGroup &g : cluster()->accessControlGroups())
            if (g.applicationUsers.contains(id))
                groups << g.name;
        return groups.join(QStringLiteral(", "));
    }
    }
    return {};
}
