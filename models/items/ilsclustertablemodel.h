#pragma once

#include <QAbstractTableModel>

class Cluster;
class Lab;

/// The ILS network as the lab defines it: one row per cluster with its Cluster ID, ILS role,
/// the hub it registers with and whether it is up. Rows follow Lab::clusterAdded and the
/// clusters' node and parameter changes.
class IlsClusterTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { ClusterColumn, ClusterIdColumn, RoleColumn, HubColumn, StateColumn, ColumnCount };
    enum Role { RawValueRole = Qt::UserRole + 1 };

    explicit IlsClusterTableModel(Lab *lab, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

protected:
    bool event(QEvent *event) override;

private:
    void watch(Cluster *cluster);
    void rowChanged(Cluster *cluster);

    Lab *m_lab;
    int m_rows = 0; ///< the lab's list already holds a new cluster when clusterAdded arrives
};
