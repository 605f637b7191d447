#pragma once

#include <QGraphicsView>
#include <QHash>
#include <QPointer>
#include <QSet>
#include <QStringList>
#include <QTimer>

#include "topology/callpathitem.h"

class Cluster;
class ClusterItem;
class Lab;
class QGraphicsEllipseItem;
class QGraphicsLineItem;
class QGraphicsSimpleTextItem;
struct LabEvent;

/// The ILS topology map: every cluster of the lab at its lab.json position (clusters without
/// one arranged around their hubs), the ILS links (hubs in a full mesh, each spoke to its hub),
/// each cluster's state and logged-in users, the ILS updates as they travel, hop by hop, on the
/// lab clock, and the calls the lab places, along their route and coloured by outcome.
///
/// So that a class sees every hop at 1×, the map asks the lab clock for slow motion while a
/// hop is on its way: each hop stays on screen at least MinimumHopWallMs of wall time, lab time
/// keeps its meaning (every delay is still the lab's), only its pace changes for that moment.
///
/// Zoom with the wheel or zoomIn()/zoomOut(), pan by dragging the background, fitAll(); drag a
/// cluster to arrange the map (saved in lab.json). Left-click selects a cluster; its context
/// menu takes the cluster, a node or ILS down or up, or asks to administer it.
class TopologyView : public QGraphicsView
{
    Q_OBJECT
public:
    static constexpr int MinimumHopWallMs = 700;

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

    /// A call on the map: the clusters it went through, its outcome and caption.
    struct CallPath {
        QStringList hops;
        CallPathItem::Outcome outcome = CallPathItem::Outcome::Ringing;
        QString caption;
    };
    /// The calls drawn now, oldest first.
    QList<CallPath> callPaths() const;

    /// Every ILS hop shown for at least MinimumHopWallMs (slows the lab clock while one travels).
    bool slowMotion() const { return m_slowMotion; }
    void setSlowMotion(bool on);

    /// Scale of the map (1 = lab.json units are pixels).
    qreal zoom() const;
    void zoomIn();
    void zoomOut();
    void setZoom(qreal zoom);
    /// Shows the whole lab; the map then follows the window's size again.
    void fitAll();
    bool isFitted() const { return m_autoFit; }

    /// Marks clusters, the links between pairs of them ("A\nB" or "A–B", either order) and a
    /// phone (named under its cluster) for the trainer; an empty call clears the marks.
    void setHighlight(const QStringList &clusters, const QStringList &links = {}, const QString &phone = {},
                      const QString &phoneCluster = {});
    QStringList highlightedClusters() const;
    QStringList highlightedLinks() const;

    /// Writes the whole map to @p fileName: SVG when it ends in .svg, otherwise PNG. False with
    /// a translated reason in @p error when the file cannot be written.
    bool exportMap(const QString &fileName, QString *error = nullptr);

signals:
    void clusterSelected(const QString &name);
    /// "Administer this cluster" in a cluster's context menu.
    void administerRequested(const QString &name);
    /// An action from the context menu was refused or done: a line for the page's status.
    void statusMessage(const QString &text);
    /// The clusters' states, users and links were read again (after engine changes).
    void refreshed();
    /// The lab clock's pace changed for the map (slow motion started or ended).
    void slowMotionActiveChanged(bool active);

protected:
    void resizeEvent(QResizeEvent *event) override;
    void changeEvent(QEvent *event) override;
    void wheelEvent(QWheelEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    struct Packet {
        QGraphicsEllipseItem *dot = nullptr;
        QGraphicsSimpleTextItem *label = nullptr;
        int count = -1; // updates the texts say
    };
    struct Call {
        CallPathItem *item = nullptr;
        QStringList hops;
        QString dialed;
        QString reason; // failure token
        CallPathItem::Outcome outcome = CallPathItem::Outcome::Ringing;
        qint64 order = 0;
    };
    void addCluster(Cluster *cluster);
    QPointF arrangedPosition(const QString &name) const;
    void rebuildLinks();
    void updateClusters();
    void updatePackets();
    void applySlowMotion(qint64 latestDue);
    void scheduleRefresh();
    void showContextMenu(const QString &cluster, const QPoint &screenPos);
    void clusterMoved(const QString &name, const QPointF &pos);
    void fit();
    void onEvent(const LabEvent &event);
    void onCallChanged(qint64 callId);
    void showCall(const QString &key, Call call);
    void retireCall(const QString &key, int afterMs);
    void updateCallGeometry(Call &call);
    QString callCaption(const Call &call) const;
    void applyHighlight();

    Lab *m_lab;
    QGraphicsScene *m_scene;
    QHash<QString, ClusterItem *> m_items;
    QHash<QString, QGraphicsLineItem *> m_links;   // "A\nB", sorted names
    QHash<QString, Packet> m_packets;              // "from\nto"
    QHash<QString, QGraphicsSimpleTextItem *> m_held; // "from\nto"
    QHash<QString, Call> m_calls;                  // "call:<id>" or "failed:<n>"
    qint64 m_callOrder = 0;
    QString m_selected;
    QSet<QString> m_highlightClusters;
    QSet<QString> m_highlightLinks;
    QString m_highlightPhone;
    QString m_highlightPhoneCluster;
    QTimer m_animation;
    QTimer m_refresh;
    bool m_slowMotion = true;
    bool m_slowActive = false;
    bool m_autoFit = true;
};
