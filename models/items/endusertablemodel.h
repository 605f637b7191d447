#pragma once

#include "items/clustertablemodel.h"

/// Find and List Users: one row per end user of the cluster.
class EndUserTableModel : public ClusterTableModel
{
    Q_OBJECT
public:
    enum Column { UserIdColumn, FirstNameColumn, LastNameColumn, PrimaryExtensionColumn, HomeClusterColumn, ColumnCount };
    explicit EndUserTableModel(QObject *parent = nullptr);

protected:
    QList<qint64> allIds() const override;
    int columns() const override { return ColumnCount; }
    QString header(int column) const override;
    QVariant cell(qint64 id, int column, int role) const override;
};
