#pragma once

#include <QSortFilterProxyModel>

/// The event log's filter: by cluster, user, kind and any text (each optional, all must match;
/// text and user ignore case).
class EventFilterModel : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    using QSortFilterProxyModel::QSortFilterProxyModel;

    void setCluster(const QString &cluster);
    void setUser(const QString &user);
    /// An EventTableModel::Kind as int, or -1 for every kind.
    void setKind(int kind);
    void setText(const QString &text);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    QString m_cluster;
    QString m_user;
    int m_kind = -1;
    QString m_text;
};
