#pragma once

#include <QAbstractTableModel>
#include <QList>

#include <functional>

#include "cluster/cluster.h"

/// Base of the Find and List tables: one row per record of one kind (Cluster::Entity) of the
/// cluster being administered. Keeps only record ids and reads the record from the engine in
/// data(), so a 100,000-user cluster costs 100,000 ids. Follows the engine's fine-grained
/// signals with begin/end insert/remove and dataChanged, never a reset for one row.
class ClusterTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Role {
        RawValueRole = Qt::UserRole + 1, ///< the value to sort and filter on
        IdRole,                          ///< the record's id (qint64)
        AlternateTextRole                ///< another text Find matches (a standard name in English)
    };

    ClusterTableModel(Cluster::Entity entity, QObject *parent = nullptr);

    /// Shows the records of @p cluster (nullptr: none).
    void setCluster(Cluster *cluster);
    Cluster *cluster() const { return m_cluster; }
    Cluster::Entity entity() const { return m_entity; }

    /// Limits the rows to records @p accept returns true for (empty: every record). Call
    /// refilter() when the answer may have changed for records that did not change.
    void setAcceptFilter(std::function<bool(qint64)> accept);
    /// Re-evaluates the accept filter row by row (inserts and removes, no reset).
    void refilter();

    qint64 idAt(int row) const { return m_ids.value(row); }
    int rowOfId(qint64 id) const { return int(m_ids.indexOf(id)); }
    QList<qint64> ids() const { return m_ids; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

protected:
    /// Another text Find matches in a cell (invalid: none), such as the stored English name
    /// of a record shown translated.
    virtual QVariant alternateText(qint64 id, int column) const
    {
        Q_UNUSED(id);
        Q_UNUSED(column);
        return {};
    }

    /// Every id of this kind in the cluster, in the engine's order.
    virtual QList<qint64> allIds() const = 0;
    /// Whether @p id belongs to this table (e.g. a phone, not a device profile).
    virtual bool isOfKind(qint64 id) const { Q_UNUSED(id); return true; }
    virtual int columns() const = 0;
    /// Translated header of @p column (called every time: never cached).
    virtual QString header(int column) const = 0;
    /// Display text (Qt::DisplayRole) or raw value (RawValueRole) of a cell.
    virtual QVariant cell(qint64 id, int column, int role) const = 0;
    /// Lets a table follow more of the cluster's signals; return the connections made.
    virtual QList<QMetaObject::Connection> watch(Cluster *cluster) { Q_UNUSED(cluster); return {}; }
    /// Announces that the cells of @p id's row changed (when it is shown).
    void idChanged(qint64 id, int firstColumn = 0, int lastColumn = -1);
    bool event(QEvent *event) override;

private:
    bool accepts(qint64 id) const;
    void added(Cluster::Entity entity, qint64 id);
    void changed(Cluster::Entity entity, qint64 id);
    void removed(Cluster::Entity entity, qint64 id);
    void reload();

    Cluster::Entity m_entity;
    Cluster *m_cluster = nullptr;
    QList<qint64> m_ids;
    std::function<bool(qint64)> m_accept;
    QList<QMetaObject::Connection> m_connections;
};
