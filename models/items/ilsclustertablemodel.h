#pragma once

#include <QAbstractTableModel>

class Cluster;
class Lab;

/// The ILS network as one cluster (the viewer) sees it: one row per cluster with its Cluster
/// ID, ILS role, the hub it registers with, whether it is up, and for the clusters the viewer
/// exchanges ILS messages with directly, the last sync on that link (lab time) and the updates
/// waiting on it (both directions). Rows follow Lab::clusterAdded, the clusters' node and
/// parameter changes, and the ILS network's topology, deliveries and pending updates.
class IlsClusterTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { ClusterColumn, ClusterIdColumn, RoleColumn, HubColumn, StateColumn, LastSyncColumn, PendingColumn, ColumnCount };
    enum Role { RawValueRole = Qt::UserRole + 1 };

    explicit IlsClusterTableModel(Lab *lab, QObject *parent = nullptr);

    /// The cluster whose links the Last Sync and Pending Updates columns show.
    void setViewer(const QString &clusterName);
    QString viewer() const { return m_viewer; }
    /// Lab time as the table shows it: hours:minutes:seconds since the lab started.
    static QString labTimeText(qint64 ms);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

protected:
    bool event(QEvent *event) override;

private:
    void watch(Cluster *cluster);
    void rowChanged(Cluster *cluster);
    void allRowsChanged();
    bool isNeighbour(const QString &clusterName) const;

    Lab *m_lab;
    QString m_viewer;
    int m_rows = 0; ///< the lab's list already holds a new cluster when clusterAdded arrives
};
