#include "phoneservicetablemodel.h"

PhoneServiceTableModel::PhoneServiceTableModel(QObject *parent)
    : ClusterTableModel(Cluster::Entity::PhoneService, parent)
{
}

QList<qint64> PhoneServiceTableModel::allIds() const
{
    return cluster()->ids(Cluster::Entity::PhoneService);
}

QString PhoneServiceTableModel::header(int column) const
{
    switch (column) {
    case NameColumn: return tr("Service Name");
    case DescriptionColumn: return tr("Service Description");
    case UrlColumn: return tr("Service URL");
    case EnabledColumn: return tr("Enable");
    case EnterpriseSubscriptionColumn: return tr("Enterprise Subscription");
    }
    return {};
}

QVariant PhoneServiceTableModel::cell(qint64 id, int column, int role) const
{
    const PhoneService *s = cluster()->phoneService(id);
    if (!s)
        return {};
    const auto yesNo = [role, this](bool b) -> QVariant {
        if (role == RawValueRole)
            return b;
        return b ? tr("Yes") : tr("No");
    };
    switch (column) {
    case NameColumn: return s->name;
    case DescriptionColumn: return s->description;
    case UrlColumn: return s->url;
    case EnabledColumn: return yesNo(s->enabled);
    case EnterpriseSubscriptionColumn: return yesNo(s->enterpriseSubscription);
    }
    return {};
}
