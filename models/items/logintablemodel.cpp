#include "logintablemodel.h"

#include "cluster/cluster.h"
#include "lab/lab.h"

#include <QEvent>

LoginTableModel::LoginTableModel(Lab *lab, QObject *parent)
    : QAbstractTableModel(parent), m_lab(lab)
{
    for (Cluster *c : lab->clusters()) {
        for (const EmLogin &l : c->emLogins())
            m_rows.append({c, l.deviceId});
        watch(c);
    }
    connect(lab, &Lab::clusterAdded, this, [this](Cluster *c) {
        const QList<EmLogin> logins = c->emLogins();
        if (!logins.isEmpty()) {
            beginInsertRows({}, int(m_rows.size()), int(m_rows.size() + logins.size() - 1));
            for (const EmLogin &l : logins)
                m_rows.append({c, l.deviceId});
            endInsertRows();
        }
        watch(c);
    });
}

void LoginTableModel::watch(Cluster *cluster)
{
    connect(cluster, &Cluster::loginChanged, this, [this, cluster](qint64 deviceId) { loginChanged(cluster, deviceId); });
    connect(cluster, &Cluster::entityChanged, this, [this, cluster](Cluster::Entity, qint64) {
        // names of users, profiles or lines shown in the table may have changed
        for (int row = 0; row < m_rows.size(); ++row)
            if (m_rows[row].cluster == cluster)
                emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
    });
}

int LoginTableModel::rowOf(const Cluster *cluster, qint64 deviceId) const
{
    for (int i = 0; i < m_rows.size(); ++i)
        if (m_rows[i].cluster == cluster && m_rows[i].deviceId == deviceId)
            return i;
    return -1;
}

void LoginTableModel::loginChanged(Cluster *cluster, qint64 deviceId)
{
    const int row = rowOf(cluster, deviceId);
    const bool loggedIn = cluster->loginOnDevice(deviceId) != nullptr;
    if (row >= 0 && loggedIn) {
        emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
    } else if (row >= 0) {
        beginRemoveRows({}, row, row);
        m_rows.removeAt(row);
        endRemoveRows();
    } else if (loggedIn) {
        beginInsertRows({}, int(m_rows.size()), int(m_rows.size()));
        m_rows.append({cluster, deviceId});
        endInsertRows();
    }
}

int LoginTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int LoginTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant LoginTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    if (role != Qt::DisplayRole && role != RawValueRole)
        return {};
    const Row &r = m_rows.at(index.row());
    const EmLogin *login = r.cluster->loginOnDevice(r.deviceId);
    if (!login)
        return {};
    const Device *phone = r.cluster->device(login->deviceId);
    const Device *profile = r.cluster->device(login->profileId);
    const EndUser *user = r.cluster->endUser(login->userId);
    switch (index.column()) {
    case ClusterColumn:
        return r.cluster->name();
    case DeviceColumn:
        return phone ? phone->name : QString();
    case UserColumn:
        if (!user)
            return QString();
        return role == RawValueRole ? user->userId : QStringLiteral("%1 (%2)").arg(user->userId, user->displayName());
    case ProfileColumn:
        return profile ? profile->name : QString();
    case LinesColumn:
        return profile ? profile->lines.join(QLatin1String(", ")) : QString();
    case HomeColumn:
        if (!user)
            return {};
        if (role == RawValueRole)
            return user->homeCluster;
        return user->homeCluster ? tr("Home cluster") : tr("Roaming");
    default:
        return {};
    }
}

QVariant LoginTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case ClusterColumn: return tr("Cluster");
    case DeviceColumn: return tr("Phone");
    case UserColumn: return tr("User ID");
    case ProfileColumn: return tr("Device Profile");
    case LinesColumn: return tr("Directory Numbers");
    case HomeColumn: return tr("Home / Roaming");
    default: return {};
    }
}

bool LoginTableModel::event(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
        if (!m_rows.isEmpty())
            emit dataChanged(index(0, 0), index(int(m_rows.size()) - 1, ColumnCount - 1));
    }
    return QAbstractTableModel::event(event);
}
