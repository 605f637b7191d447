#pragma once

#include <QAbstractTableModel>
#include <QList>
#include <QMetaObject>

#include "catalog/servicecatalog.h"

class Cluster;

/// Control Center – Feature Services or Network Services of one server: one row per service
/// of that kind, with its status and activation status, updated live as services start and
/// stop and servers go down.
class ServiceStatusTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { NameColumn, GroupColumn, StatusColumn, ActivationColumn, ColumnCount };
    enum Role { RawValueRole = Qt::UserRole + 1, ServiceNameRole };

    explicit ServiceStatusTableModel(ServiceCatalog::Kind kind, QObject *parent = nullptr);

    void setCluster(Cluster *cluster);
    void setHost(const QString &hostName);
    QString host() const { return m_host; }
    QString serviceAt(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

protected:
    bool event(QEvent *event) override;

private:
    void allChanged();

    ServiceCatalog::Kind m_kind;
    Cluster *m_cluster = nullptr;
    QString m_host;
    QList<ServiceCatalog::Service> m_services;
    QList<QMetaObject::Connection> m_connections;
};
