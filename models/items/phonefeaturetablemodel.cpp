#include "phonefeaturetablemodel.h"

#include <QEvent>

PhoneFeatureTableModel::PhoneFeatureTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

QList<PhoneFeatureTableModel::Feature> PhoneFeatureTableModel::features()
{
    return {Feature::ExtensionMobility, Feature::ExtensionMobilityCrossCluster};
}

QString PhoneFeatureTableModel::featureName(Feature feature)
{
    // feature names are Cisco's, kept in English in the Japanese report
    switch (feature) {
    case Feature::ExtensionMobility: return QStringLiteral("Extension Mobility");
    case Feature::ExtensionMobilityCrossCluster: return QStringLiteral("Extension Mobility Cross Cluster");
    }
    return {};
}

void PhoneFeatureTableModel::generate(const QString &product, Feature feature)
{
    beginResetModel();
    m_feature = feature;
    m_rows.clear();
    for (const PhoneModelCatalog::Model &m : PhoneModelCatalog::instance().models()) {
        if (!product.isEmpty() && m.productType != product)
            continue;
        const auto support = feature == Feature::ExtensionMobility ? m.extensionMobility : m.emcc;
        for (const QString &protocol : m.protocols)
            m_rows.append({m.productType, protocol, support});
    }
    endResetModel();
}

int PhoneFeatureTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int PhoneFeatureTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant PhoneFeatureTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    if (role != Qt::DisplayRole && role != RawValueRole)
        return {};
    const Row &r = m_rows.at(index.row());
    switch (index.column()) {
    case ProductColumn: return r.product;
    case ProtocolColumn: return r.protocol;
    case FeatureColumn: return featureName(m_feature);
    case SupportedColumn:
        if (role == RawValueRole)
            return int(r.support);
        switch (r.support) {
        case PhoneModelCatalog::Support::Yes: return tr("Yes");
        case PhoneModelCatalog::Support::No: return tr("No");
        case PhoneModelCatalog::Support::Unknown: return tr("Not documented");
        }
    }
    return {};
}

QVariant PhoneFeatureTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case ProductColumn: return tr("Product");
    case ProtocolColumn: return tr("Protocol");
    case FeatureColumn: return tr("Feature");
    case SupportedColumn: return tr("Supported");
    }
    return {};
}

bool PhoneFeatureTableModel::event(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
        if (!m_rows.isEmpty())
            emit dataChanged(index(0, SupportedColumn), index(rowCount() - 1, SupportedColumn));
    }
    return QAbstractTableModel::event(event);
}
