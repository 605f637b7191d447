#pragma once

#include <QAbstractItemModel>

#include "core/refusal.h"

class Cluster;
class Lab;

/// The lab at a glance: one row per cluster (Cluster ID, ILS role, up/down, services), with
/// its nodes as child rows. Updates row by row as nodes and services change. Clusters whose
/// database was refused when the lab opened follow, state "Refused" with the reason as tooltip.
class LabOverviewModel : public QAbstractItemModel
{
    Q_OBJECT
public:
    enum Column { NameColumn, DetailColumn, RoleColumn, StateColumn, ServicesColumn, ReleaseColumn, ColumnCount };
    enum Role { RawValueRole = Qt::UserRole + 1 };

    explicit LabOverviewModel(Lab *lab, QObject *parent = nullptr);

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    /// A cluster's Unified CM release is editable (saved in lab.json).
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;

signals:
    /// An edit was refused (not a release name); nothing changed.
    void editRefused(const Refusal &refusal);

public:

    /// Translated state of a cluster: "Up", "Down", or "Partly up (1 of 2 nodes)".
    static QString clusterStateText(const Cluster *cluster);

protected:
    bool event(QEvent *event) override;

private:
    void watch(Cluster *cluster);
    void clusterRowChanged(int row);
    QVariant clusterData(const Cluster *c, int column, int role) const;
    QVariant nodeData(const Cluster *c, int nodeRow, int column, int role) const;
    QVariant refusedData(int refusedRow, int column, int role) const;
    QString roleText(const QString &clusterName) const;

    Lab *m_lab;
};
