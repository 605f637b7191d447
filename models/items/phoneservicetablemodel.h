#pragma once

#include "items/clustertablemodel.h"

/// Find and List IP Phone Services.
class PhoneServiceTableModel : public ClusterTableModel
{
    Q_OBJECT
public:
    enum Column { NameColumn, DescriptionColumn, UrlColumn, EnabledColumn, EnterpriseSubscriptionColumn, ColumnCount };
    explicit PhoneServiceTableModel(QObject *parent = nullptr);

protected:
    QList<qint64> allIds() const override;
    int columns() const override { return ColumnCount; }
    QString header(int column) const override;
    QVariant cell(qint64 id, int column, int role) const override;
};
