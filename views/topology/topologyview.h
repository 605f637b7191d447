#pragma once

#include <QGraphicsView>
#include <QHash>
#include <QPointer>
#include <QStringList>
#include <QTimer>

class Cluster;
class ClusterItem;
class Lab;
class QGraphicsEllipseItem;
class QGraphicsLineItem;
class QGraphicsSimpleTextItem;

/// The ILS topology map: every cluster of the lab at its lab.json position, the ILS links
/// (hubs in a full mesh, each spoke to its hub), each cluster's state and logged-in users, and
/// the ILS updates as they travel, hop by hop, on the lab clock (a slower clock moves them
/// slower; a paused clock stops them). Updates held for a cluster that cannot receive wait,
/// marked, at the end of their link. Click a cluster to select it; its context menu takes the
/// cluster, a node or ILS down or up.
class TopologyView : public QGraphicsView
{
    Q_OBJECT
public:
    explicit TopologyView(Lab *lab, QWidget *parent = nullptr);
    ~TopologyView() override;

    ClusterItem *clusterItem(const QString &name) const { return m_items.value(name); }
    QStringList clusterNames() const;
    /// The links drawn, each "A–B" with the names sorted, the list sorted.
    QStringList links() const;
    /// Batches of ILS updates travelling now (one moving dot each).
    int updatesInFlight() const;
    /// Links whose updates wait for a cluster that cannot send or receive.
    int heldLinks() const;
    QString selectedCluster() const { return m_selected; }
    void selectCluster(const QString &name);
    /// Re-reads the clusters' states, users and the ILS links (also called on engine signals).
    void refresh();

signals:
    void clusterSelected(const QString &name);
    /// An action from the context menu was refused or done: a line for the page's status.
    void statusMessage(const QString &text);

protected:
    void resizeEvent(QResizeEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    struct Packet {
        QGraphicsEllipseItem *dot = nullptr;
        QGraphicsSimpleTextItem *label = nullptr;
    };
    void addCluster(Cluster *cluster);
    void rebuildLinks();
    void updateClusters();
    void updatePackets();
    void scheduleRefresh();
    void showContextMenu(const QString &cluster, const QPoint &screenPos);
    void fit();

    Lab *m_lab;
    QGraphicsScene *m_scene;
    QHash<QString, ClusterItem *> m_items;
    QHash<QString, QGraphicsLineItem *> m_links;   // "A\nB", sorted names
    QHash<QString, Packet> m_packets;              // "from\nto"
    QHash<QString, QGraphicsSimpleTextItem *> m_held; // "from\nto"
    QString m_selected;
    QTimer m_animation;
    QTimer m_refresh;
};
