#include "topologyview.h"

#include "topology/clusteritem.h"

#include "catalog/servicecatalog.h"
#include "cluster/cluster.h"
#include "core/clock.h"
#include "entities/emlogin.h"
#include "events/eventlog.h"
#include "ils/ilsnetwork.h"
#include "lab/lab.h"

#include <QEvent>
#include <QGraphicsEllipseItem>
#include <QGraphicsLineItem>
#include <QGraphicsScene>
#include <QGraphicsSimpleTextItem>
#include <QMenu>
#include <QResizeEvent>
#include <QSet>

#include <algorithm>

namespace {
QString pairKey(const QString &a, const QString &b)
{
    return a < b ? a + QLatin1Char('\n') + b : b + QLatin1Char('\n') + a;
}
}

TopologyView::TopologyView(Lab *lab, QWidget *parent)
    : QGraphicsView(parent), m_lab(lab), m_scene(new QGraphicsScene(this))
{
    setObjectName(QStringLiteral("topologyGraphicsView"));
    setScene(m_scene);
    setRenderHint(QPainter::Antialiasing);
    setMinimumSize(420, 320);
    setBackgroundBrush(QColor(0xfa, 0xfa, 0xfa));

    // Engine signals arrive in bursts (a cluster going down changes many services): coalesce.
    m_refresh.setSingleShot(true);
    m_refresh.setInterval(0);
    connect(&m_refresh, &QTimer::timeout, this, &TopologyView::refresh);
    for (Cluster *c : lab->clusters())
        addCluster(c);
    connect(lab, &Lab::clusterAdded, this, [this](Cluster *c) {
        addCluster(c);
        scheduleRefresh();
    });
    connect(lab, &Lab::clusterAboutToBeRemoved, this, [this](Cluster *c) {
        disconnect(c, nullptr, this, nullptr);
        delete m_items.take(c->name());
        for (auto *items : {&m_held}) // markers of its links disappear with it
            for (auto it = items->begin(); it != items->end(); ++it)
                if (it.key().split(QLatin1Char('\n')).contains(c->name()))
                    it.value()->setVisible(false);
        for (auto it = m_packets.begin(); it != m_packets.end(); ++it)
            if (it.key().split(QLatin1Char('\n')).contains(c->name()) && it->dot) {
                it->dot->setVisible(false);
                it->label->setVisible(false);
            }
        if (m_selected == c->name())
            m_selected.clear();
        scheduleRefresh();
    });
    connect(lab->ils(), &IlsNetwork::topologyChanged, this, &TopologyView::scheduleRefresh);
    connect(lab->ils(), &IlsNetwork::pendingChanged, this, &TopologyView::scheduleRefresh);
    connect(lab->events(), &EventLog::eventAdded, this, [this](const LabEvent &e) {
        if (e.type == LabEvent::Type::IlsSent || e.type == LabEvent::Type::IlsApplied || e.type == LabEvent::Type::IlsHeld
            || e.type == LabEvent::Type::IlsSync)
            scheduleRefresh();
    });
    // the dots move on the lab clock; the timer only repaints while something travels
    m_animation.setInterval(30);
    connect(&m_animation, &QTimer::timeout, this, &TopologyView::updatePackets);
    connect(lab->clock(), &Clock::pausedChanged, this, &TopologyView::updatePackets);

    refresh();
}

TopologyView::~TopologyView() = default;

void TopologyView::addCluster(Cluster *c)
{
    if (m_items.contains(c->name()))
        return;
    auto *item = new ClusterItem(c->name(), m_lab->ils()->role(c->name()));
    item->setPos(m_lab->spec(c->name()).position);
    m_scene->addItem(item);
    m_items.insert(c->name(), item);
    connect(item, &ClusterItem::clicked, this, &TopologyView::selectCluster);
    connect(item, &ClusterItem::contextMenuRequested, this, &TopologyView::showContextMenu);
    connect(c, &Cluster::nodeStateChanged, this, &TopologyView::scheduleRefresh);
    connect(c, &Cluster::serviceStateChanged, this, &TopologyView::scheduleRefresh);
    connect(c, &Cluster::loginChanged, this, &TopologyView::scheduleRefresh);
    fit();
}

QStringList TopologyView::clusterNames() const
{
    QStringList names = m_items.keys();
    std::sort(names.begin(), names.end());
    return names;
}

QStringList TopologyView::links() const
{
    QStringList out;
    for (auto it = m_links.cbegin(); it != m_links.cend(); ++it)
        out.append(QString(it.key()).replace(QLatin1Char('\n'), QChar(0x2013)));
    std::sort(out.begin(), out.end());
    return out;
}

int TopologyView::updatesInFlight() const
{
    int n = 0;
    for (const Packet &p : m_packets)
        n += p.dot->isVisible() ? 1 : 0;
    return n;
}

int TopologyView::heldLinks() const
{
    int n = 0;
    for (const QGraphicsSimpleTextItem *t : m_held)
        n += t->isVisible() ? 1 : 0;
    return n;
}

void TopologyView::selectCluster(const QString &name)
{
    if (!m_items.contains(name))
        return;
    const bool changed = name != m_selected;
    m_selected = name;
    for (ClusterItem *item : std::as_const(m_items))
        item->setCurrent(item->name() == name);
    if (changed)
        emit clusterSelected(name);
}

void TopologyView::scheduleRefresh()
{
    m_refresh.start();
}

void TopologyView::refresh()
{
    rebuildLinks();
    updateClusters();
    updatePackets();
}

void TopologyView::rebuildLinks()
{
    IlsNetwork *ils = m_lab->ils();
    QSet<QString> wanted;
    const QStringList hubs = ils->hubs();
    for (int i = 0; i < hubs.size(); ++i) {
        for (int j = i + 1; j < hubs.size(); ++j)
            wanted.insert(pairKey(hubs[i], hubs[j]));
        for (const QString &spoke : ils->spokesOf(hubs[i]))
            wanted.insert(pairKey(hubs[i], spoke));
    }
    for (auto it = m_links.begin(); it != m_links.end();) {
        if (!wanted.contains(it.key())) {
            delete it.value();
            it = m_links.erase(it);
        } else {
            ++it;
        }
    }
    for (const QString &key : std::as_const(wanted)) {
        const QStringList ends = key.split(QLatin1Char('\n'));
        ClusterItem *a = m_items.value(ends.value(0));
        ClusterItem *b = m_items.value(ends.value(1));
        if (!a || !b)
            continue;
        QGraphicsLineItem *line = m_links.value(key);
        if (!line) {
            line = m_scene->addLine(QLineF(a->pos(), b->pos()));
            line->setZValue(0);
            m_links.insert(key, line);
        }
        const bool hubLink = a->role() == IlsRole::Hub && b->role() == IlsRole::Hub;
        const bool active = ils->isActive(ends[0]) && ils->isActive(ends[1]);
        QPen pen(active ? QColor(0x60, 0x7d, 0x8b) : QColor(0xbd, 0xbd, 0xbd), hubLink ? 4 : 2);
        if (!active)
            pen.setStyle(Qt::DashLine);
        line->setPen(pen);
        line->setLine(QLineF(a->pos(), b->pos()));
    }
}

void TopologyView::updateClusters()
{
    IlsNetwork *ils = m_lab->ils();
    for (Cluster *c : m_lab->clusters()) {
        ClusterItem *item = m_items.value(c->name());
        if (!item)
            continue;
        const IlsRole role = ils->role(c->name());
        item->setRole(role, role == IlsRole::Spoke ? ils->hubOf(c->name()) : QString());
        bool allUp = true;
        for (const Node &n : c->nodes())
            allUp = allUp && c->isNodeUp(n.hostName);
        ClusterItem::State state = ClusterItem::State::Up;
        if (!c->isUp())
            state = ClusterItem::State::Down;
        else if (role != IlsRole::None && !ils->isActive(c->name()))
            state = ClusterItem::State::IlsStopped;
        else if (!allUp)
            state = ClusterItem::State::Degraded;
        item->setState(state);

        QStringList users;
        for (const EmLogin &l : c->emLogins())
            if (const EndUser *u = c->endUser(l.userId); u && !users.contains(u->userId))
                users.append(u->userId);
        std::sort(users.begin(), users.end());
        item->setUsers(users);

        int waiting = 0;
        for (const QString &n : ils->neighbours(c->name())) {
            const IlsNetwork::LinkState s = ils->linkState(n, c->name());
            waiting += s.inFlight ? 0 : s.pending;
        }
        item->setWaitingUpdates(waiting);
        const QStringList owed = ils->owedLogouts(c->name());
        item->setOwedLogouts(owed);
        item->setToolTip(owed.isEmpty() ? tr("%1: %2").arg(c->name(), item->stateText())
                                        : tr("%1: %2; it logs %3 out once it learns the newer login elsewhere")
                                              .arg(c->name(), item->stateText(), owed.join(QLatin1String(", "))));
    }
}

void TopologyView::updatePackets()
{
    IlsNetwork *ils = m_lab->ils();
    const qint64 now = m_lab->clock()->now();
    const qreal latency = qMax<qint64>(1, ils->latencyMs());
    bool moving = false;
    for (auto it = m_links.cbegin(); it != m_links.cend(); ++it) {
        const QStringList ends = it.key().split(QLatin1Char('\n'));
        for (int dir = 0; dir < 2; ++dir) {
            const QString from = ends[dir], to = ends[1 - dir];
            const QString key = from + QLatin1Char('\n') + to;
            const IlsNetwork::LinkState s = ils->linkState(from, to);
            ClusterItem *a = m_items.value(from), *b = m_items.value(to);
            if (!a || !b)
                continue; // a cluster just removed: the next rebuildLinks() drops the link
            Packet &p = m_packets[key];
            if (!p.dot) {
                p.dot = m_scene->addEllipse(QRectF(-8, -8, 16, 16), QPen(QColor(0x0d, 0x47, 0xa1), 1.5), QColor(0x42, 0xa5, 0xf5));
                p.dot->setZValue(3);
                p.label = m_scene->addSimpleText(QString());
                p.label->setZValue(3);
            }
            const QPointF pa = a->pos(), pb = b->pos();
            const QLineF line(pa, pb);
            if (s.inFlight) {
                const qreal progress = std::clamp(1.0 - qreal(s.due - now) / latency, 0.0, 1.0);
                // travel from rim to rim, not centre to centre
                const qreal start = a->radius() / qMax<qreal>(1, line.length());
                const qreal end = 1.0 - b->radius() / qMax<qreal>(1, line.length());
                const QPointF at = line.pointAt(start + (end - start) * progress);
                p.dot->setPos(at);
                p.dot->setVisible(true);
                p.dot->setToolTip(tr("%n ILS update(s) from %1 to %2", nullptr, s.pending).arg(from, to));
                p.label->setText(QString::number(s.pending));
                p.label->setPos(at + QPointF(9, -18));
                p.label->setVisible(true);
                moving = moving || progress < 1.0;
            } else {
                p.dot->setVisible(false);
                p.label->setVisible(false);
            }

            QGraphicsSimpleTextItem *&held = m_held[key];
            if (!held) {
                held = m_scene->addSimpleText(QString());
                held->setBrush(QColor(0xe6, 0x51, 0x00));
                held->setZValue(3);
            }
            if (!s.inFlight && s.pending > 0) {
                //: a marker at the end of an ILS link: "3 waiting"
                held->setText(tr("%n waiting", nullptr, s.pending));
                held->setToolTip(tr("%n ILS update(s) from %1 to %2 wait until both take part in ILS", nullptr, s.pending).arg(from, to));
                // beside the link, just before the cluster that cannot receive
                const QPointF at = line.pointAt(1.0 - (b->radius() + 40) / qMax<qreal>(1, line.length()));
                const QLineF normal = line.normalVector().unitVector();
                const QPointF side(normal.dx() * 14, normal.dy() * 14);
                held->setPos(at + side - QPointF(held->boundingRect().width() / 2, held->boundingRect().height() / 2));
                held->setVisible(true);
            } else {
                held->setVisible(false);
            }
        }
    }
    if (moving && !m_lab->clock()->isPaused())
        m_animation.start();
    else
        m_animation.stop();
}

void TopologyView::showContextMenu(const QString &name, const QPoint &screenPos)
{
    Cluster *c = m_lab->cluster(name);
    if (!c)
        return;
    QMenu menu(this);
    menu.setObjectName(QStringLiteral("clusterContextMenu"));
    auto report = [this, name](const Refusal &r, const QString &done) {
        emit statusMessage(r ? tr("%1: %2").arg(name, r.text()) : done);
    };
    QAction *cluster = menu.addAction(c->isUp() ? tr("Take %1 Down").arg(name) : tr("Bring %1 Up").arg(name));
    connect(cluster, &QAction::triggered, this, [this, c, report] {
        const bool up = !c->isUp();
        report(c->setUp(up), up ? tr("%1 is up.").arg(c->name()) : tr("%1 is down.").arg(c->name()));
    });
    menu.addSeparator();
    for (const Node &n : c->nodes()) {
        const bool up = c->isNodeUp(n.hostName);
        QAction *a = menu.addAction(up ? tr("Stop Node %1").arg(n.hostName) : tr("Start Node %1").arg(n.hostName));
        connect(a, &QAction::triggered, this, [this, c, host = n.hostName, up, report] {
            report(c->setNodeUp(host, !up), up ? tr("%1 is down.").arg(host) : tr("%1 is up.").arg(host));
        });
    }
    if (m_lab->ils()->role(name) != IlsRole::None) {
        menu.addSeparator();
        const QString pub = c->publisher().hostName;
        const bool running = c->serviceState(pub, Services::Ils).running;
        QAction *a = menu.addAction(running ? tr("Stop Cisco Intercluster Lookup Service") : tr("Start Cisco Intercluster Lookup Service"));
        connect(a, &QAction::triggered, this, [this, c, pub, running, report] {
            report(c->setServiceRunning(pub, Services::Ils, !running),
                   running ? tr("ILS stopped on %1.").arg(pub) : tr("ILS started on %1.").arg(pub));
        });
    }
    menu.exec(screenPos);
}

void TopologyView::fit()
{
    QRectF r = m_scene->itemsBoundingRect().adjusted(-30, -30, 30, 30);
    setSceneRect(r);
    fitInView(r, Qt::KeepAspectRatio);
}

void TopologyView::resizeEvent(QResizeEvent *event)
{
    QGraphicsView::resizeEvent(event);
    fit();
}

void TopologyView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        for (ClusterItem *item : std::as_const(m_items))
            item->update();
        refresh();
    }
    QGraphicsView::changeEvent(event);
}
