#include "endusertablemodel.h"

EndUserTableModel::EndUserTableModel(QObject *parent)
    : ClusterTableModel(Cluster::Entity::EndUser, parent)
{
}

QList<qint64> EndUserTableModel::allIds() const
{
    return cluster()->ids(Cluster::Entity::EndUser);
}

QString EndUserTableModel::header(int column) const
{
    switch (column) {
    case UserIdColumn: return tr("User ID");
    case FirstNameColumn: return tr("First Name");
    case LastNameColumn: return tr("Last Name");
    case PrimaryExtensionColumn: return tr("Primary Extension");
    case HomeClusterColumn: return tr("Home Cluster");
    }
    return {};
}

QVariant EndUserTableModel::cell(qint64 id, int column, int role) const
{
    const EndUser *u = cluster()->endUser(id);
    if (!u)
        return {};
    switch (column) {
    case UserIdColumn: return u->userId;
    case FirstNameColumn: return u->firstName;
    case LastNameColumn: return u->lastName;
    case PrimaryExtensionColumn: return u->primaryExtension;
    case HomeClusterColumn:
        if (role == RawValueRole)
            return u->homeCluster;
        return u->homeCluster ? tr("Yes") : tr("No");
    }
    return {};
}
