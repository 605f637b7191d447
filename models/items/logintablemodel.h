#pragma once

#include <QAbstractTableModel>
#include <QList>

class Cluster;
class Lab;

/// Who is logged in where, across every cluster of the lab: one row per Extension Mobility
/// login (the cluster's dynamic EM table). Rows appear and disappear as logins happen.
class LoginTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { ClusterColumn, DeviceColumn, UserColumn, ProfileColumn, LinesColumn, HomeColumn, ColumnCount };
    enum Role { RawValueRole = Qt::UserRole + 1 };

    explicit LoginTableModel(Lab *lab, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

protected:
    bool event(QEvent *event) override;

private:
    struct Row {
        Cluster *cluster;
        qint64 deviceId;
    };
    void watch(Cluster *cluster);
    void loginChanged(Cluster *cluster, qint64 deviceId);
    int rowOf(const Cluster *cluster, qint64 deviceId) const;

    Lab *m_lab;
    QList<Row> m_rows;
};
