#pragma once

#include "items/clustertablemodel.h"

/// Find and List Phones or Device Profiles (one table in Unified CM, two lists here).
class DeviceTableModel : public ClusterTableModel
{
    Q_OBJECT
public:
    enum Column { NameColumn, DescriptionColumn, ModelColumn, ProtocolColumn, LinesColumn, StatusColumn, ColumnCount };
    explicit DeviceTableModel(Device::Kind kind, QObject *parent = nullptr);

protected:
    QList<qint64> allIds() const override;
    int columns() const override { return ColumnCount; }
    QString header(int column) const override;
    QVariant cell(qint64 id, int column, int role) const override;
    bool isOfKind(qint64 id) const override;
    QList<QMetaObject::Connection> watch(Cluster *cluster) override;

private:
    Device::Kind m_kind;
};
