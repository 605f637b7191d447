#pragma once

#include "items/clustertablemodel.h"

/// Find and List Access Control Groups.
class AccessControlGroupTableModel : public ClusterTableModel
{
    Q_OBJECT
public:
    enum Column { NameColumn, MembersColumn, ColumnCount };
    explicit AccessControlGroupTableModel(QObject *parent = nullptr);

protected:
    QList<qint64> allIds() const override;
    int columns() const override { return ColumnCount; }
    QString header(int column) const override;
    QVariant cell(qint64 id, int column, int role) const override;
    QVariant alternateText(qint64 id, int column) const override;
};
