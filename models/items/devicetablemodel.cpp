#include "devicetablemodel.h"

DeviceTableModel::DeviceTableModel(Device::Kind kind, QObject *parent)
    : ClusterTableModel(Cluster::Entity::Device, parent), m_kind(kind)
{
}

QList<qint64> DeviceTableModel::allIds() const
{
    return cluster()->ids(Cluster::Entity::Device);
}

bool DeviceTableModel::isOfKind(qint64 id) const
{
    const Device *d = cluster() ? cluster()->device(id) : nullptr;
    return d && d->kind == m_kind;
}

QString DeviceTableModel::header(int column) const
{
    const bool phone = m_kind == Device::Kind::Phone;
    switch (column) {
    case NameColumn: return phone ? tr("Device Name") : tr("Device Profile Name");
    case DescriptionColumn: return tr("Description");
    case ModelColumn: return phone ? tr("Device Type") : tr("Device Profile Type");
    case ProtocolColumn: return tr("Device Protocol");
    case LinesColumn: return tr("Directory Numbers");
    case StatusColumn: return phone ? tr("Logged In User") : tr("In Use On");
    }
    return {};
}

QVariant DeviceTableModel::cell(qint64 id, int column, int role) const
{
    Q_UNUSED(role);
    const Device *d = cluster()->device(id);
    if (!d)
        return {};
    switch (column) {
    case NameColumn: return d->name;
    case DescriptionColumn: return d->description;
    case ModelColumn: return d->model;
    case ProtocolColumn: return d->protocol;
    case LinesColumn: return d->lines.join(QStringLiteral(", "));
    case StatusColumn:
        if (d->isPhone()) {
            const EmLogin *l = cluster()->loginOnDevice(id);
            const EndUser *u = l ? cluster()->endUser(l->userId) : nullptr;
            return u ? u->userId : QString();
        } else {
            for (const EmLogin &l : cluster()->emLogins())
                if (l.profileId == id)
                    if (const Device *phone = cluster()->device(l.deviceId))
                        return phone->name;
            return QString();
        }
    }
    return {};
}

QList<QMetaObject::Connection> DeviceTableModel::watch(Cluster *cluster)
{
    // the logged-in user of a phone (or the phone a profile is in use on) changes with logins
    return {connect(cluster, &Cluster::loginChanged, this, [this](qint64 deviceId) {
        if (m_kind == Device::Kind::Phone) {
            idChanged(deviceId, StatusColumn, StatusColumn);
        } else if (rowCount() > 0) {
            emit dataChanged(index(0, StatusColumn), index(rowCount() - 1, StatusColumn));
        }
    })};
}
