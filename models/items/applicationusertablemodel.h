#pragma once

#include "items/clustertablemodel.h"

/// Find and List Application Users.
class ApplicationUserTableModel : public ClusterTableModel
{
    Q_OBJECT
public:
    enum Column { UserIdColumn, GroupsColumn, ColumnCount };
    explicit ApplicationUserTableModel(QObject *parent = nullptr);

protected:
    QList<qint64> allIds() const override;
    int columns() const override { return ColumnCount; }
    QString header(int column) const override;
    QVariant cell(qint64 id, int column, int role) const override;
};
