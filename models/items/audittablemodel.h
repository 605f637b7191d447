#pragma once

#include <QAbstractTableModel>
#include <QPointer>

#include "audit/auditentry.h"

class Cluster;

/// Reporting › Audit Log: the audit entries of one cluster, newest first.
class AuditTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { WallTimeColumn, LabTimeColumn, WhoColumn, ViaColumn, ActionColumn, EntityColumn, RecordColumn, ChangesColumn, ColumnCount };
    explicit AuditTableModel(QObject *parent = nullptr);

    void setCluster(Cluster *cluster);
    /// Reads the log again from the cluster's database.
    void reload();
    const AuditEntry &entry(int row) const { return m_entries.at(row); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    /// The text of a column for @p e, as shown (and exported).
    static QString text(const AuditEntry &e, int column);
    static QString headerText(int column);
    /// @p entries as a CSV file (UTF-8 with a byte order mark, header row, CRLF).
    static QByteArray csv(const QList<AuditEntry> &entries);

private:
    QPointer<Cluster> m_cluster;
    QList<AuditEntry> m_entries;
    QList<QMetaObject::Connection> m_connections;
};
