#include "topologyview.h"

#include "topology/clusteritem.h"

#include "catalog/servicecatalog.h"
#include "cluster/cluster.h"
#include "core/clock.h"
#include "entities/emlogin.h"
#include "events/eventlog.h"
#include "events/labevent.h"
#include "ils/ilsnetwork.h"
#include "lab/lab.h"
#include "routing/callresult.h"
#include "routing/callrouter.h"

#include <QEvent>
#include <QFile>
#include <QGraphicsEllipseItem>
#include <QGraphicsLineItem>
#include <QGraphicsScene>
#include <QGraphicsSimpleTextItem>
#include <QImage>
#include <QMenu>
#include <QPainter>
#include <QResizeEvent>
#include <QSet>
#include <QSvgGenerator>
#include <QWheelEvent>
#include <QtMath>

#include <algorithm>

namespace {
constexpr int MaxCallsShown = 24;      // older calls make way (a burst must not bury the map)
constexpr int FailedCallShownMs = 6000; // a failed call stays this long, in wall time
constexpr int EndedCallShownMs = 3000;
constexpr qreal MinZoom = 0.05;
constexpr qreal MaxZoom = 8.0;

QString pairKey(const QString &a, const QString &b)
{
    return a < b ? a + QLatin1Char('\n') + b : b + QLatin1Char('\n') + a;
}
}

TopologyView::TopologyView(Lab *lab, QWidget *parent)
    : QGraphicsView(parent), m_lab(lab), m_scene(new QGraphicsScene(this))
{
    setObjectName(QStringLiteral("topologyGraphicsView"));
    // many small items move at once (packets); an index would be rebuilt on every move
    m_scene->setItemIndexMethod(QGraphicsScene::NoIndex);
    setScene(m_scene);
    setRenderHint(QPainter::Antialiasing);
    setMinimumSize(240, 200); // beside the story and the phones at 1024 px; the map scales to fit
    setBackgroundBrush(QColor(0xfa, 0xfa, 0xfa));
    setDragMode(QGraphicsView::ScrollHandDrag); // the background pans; clusters drag themselves
    setTransformationAnchor(QGraphicsView::AnchorUnderMouse);
    setResizeAnchor(QGraphicsView::AnchorViewCenter);
    // hundreds of dots move at once on a big lab: one repaint of the whole map is cheaper than
    // the region of every dot's old and new place (the clusters are cached pictures)
    setViewportUpdateMode(QGraphicsView::FullViewportUpdate);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);

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
        for (auto it = m_held.begin(); it != m_held.end(); ++it) // markers of its links disappear with it
            if (it.key().split(QLatin1Char('\n')).contains(c->name()))
                it.value()->setVisible(false);
        for (auto it = m_packets.begin(); it != m_packets.end(); ++it)
            if (it.key().split(QLatin1Char('\n')).contains(c->name()) && it->dot) {
                it->dot->setVisible(false);
                it->label->setVisible(false);
            }
        for (auto it = m_calls.begin(); it != m_calls.end();) {
            if (it->hops.contains(c->name())) {
                delete it->item;
                it = m_calls.erase(it);
            } else {
                ++it;
            }
        }
        if (m_selected == c->name())
            m_selected.clear();
        m_highlightClusters.remove(c->name());
        scheduleRefresh();
    });
    connect(lab->ils(), &IlsNetwork::topologyChanged, this, &TopologyView::scheduleRefresh);
    connect(lab->ils(), &IlsNetwork::pendingChanged, this, &TopologyView::scheduleRefresh);
    connect(lab->events(), &EventLog::eventAdded, this, &TopologyView::onEvent);
    connect(lab->router(), &CallRouter::callChanged, this, &TopologyView::onCallChanged);
    // the dots move on the lab clock; the timer only repaints while something travels
    m_animation.setInterval(30);
    connect(&m_animation, &QTimer::timeout, this, &TopologyView::updatePackets);
    connect(lab->clock(), &Clock::pausedChanged, this, &TopologyView::updatePackets);

    refresh();
}

TopologyView::~TopologyView() = default;

// ---- clusters and their places ---------------------------------------------------------------

void TopologyView::addCluster(Cluster *c)
{
    if (m_items.contains(c->name()))
        return;
    auto *item = new ClusterItem(c->name(), m_lab->ils()->role(c->name()));
    item->setPos(arrangedPosition(c->name()));
    m_scene->addItem(item);
    m_items.insert(c->name(), item);
    connect(item, &ClusterItem::clicked, this, &TopologyView::selectCluster);
    connect(item, &ClusterItem::contextMenuRequested, this, &TopologyView::showContextMenu);
    connect(item, &ClusterItem::moving, this, [this] {
        m_autoFit = false; // the trainer arranges: keep the view where it is
        rebuildLinks();
        updatePackets();
        for (Call &call : m_calls)
            updateCallGeometry(call);
    });
    connect(item, &ClusterItem::moved, this, &TopologyView::clusterMoved);
    connect(c, &Cluster::nodeStateChanged, this, &TopologyView::scheduleRefresh);
    connect(c, &Cluster::serviceStateChanged, this, &TopologyView::scheduleRefresh);
    connect(c, &Cluster::loginChanged, this, &TopologyView::scheduleRefresh);
    if (m_autoFit)
        fit();
}

QPointF TopologyView::arrangedPosition(const QString &name) const
{
    const Lab::ClusterSpec spec = m_lab->spec(name);
    if (spec.hasPosition)
        return spec.position;
    // A lab.json without positions (written before the map kept them, or built by a script):
    // hubs on a circle, each hub's spokes around it, clusters outside ILS in a row below.
    IlsNetwork *ils = m_lab->ils();
    const QStringList hubs = ils->hubs();
    qsizetype mostSpokes = 0;
    for (const QString &h : hubs)
        mostSpokes = std::max(mostSpokes, ils->spokesOf(h).size());
    const qreal spokeRadius = std::max<qreal>(190, qreal(mostSpokes) * 110 / (2 * M_PI));
    const qreal hubRadius = hubs.size() < 2 ? 0 : (2 * spokeRadius + 160) / (2 * std::sin(M_PI / qreal(hubs.size())));
    auto hubAt = [&](qsizetype i) {
        const qreal a = 2 * M_PI * qreal(i) / qreal(std::max<qsizetype>(1, hubs.size())) - M_PI / 2;
        return QPointF(hubRadius * std::cos(a), hubRadius * std::sin(a));
    };
    switch (ils->role(name)) {
    case IlsRole::Hub:
        return hubAt(hubs.indexOf(name));
    case IlsRole::Spoke: {
        const QString hub = ils->hubOf(name);
        const QStringList spokes = ils->spokesOf(hub);
        const QPointF centre = hubAt(std::max<qsizetype>(0, hubs.indexOf(hub)));
        const qreal outward = (centre.isNull() ? M_PI / 2 : std::atan2(centre.y(), centre.x()));
        const qreal a = outward + 2 * M_PI * qreal(spokes.indexOf(name)) / qreal(std::max<qsizetype>(1, spokes.size()));
        return centre + QPointF(spokeRadius * std::cos(a), spokeRadius * std::sin(a));
    }
    case IlsRole::None: break;
    }
    int index = 0;
    for (Cluster *c : m_lab->clusters()) {
        if (c->name() == name)
            break;
        index += ils->role(c->name()) == IlsRole::None ? 1 : 0;
    }
    return QPointF(-300 + 200 * (index % 8), hubRadius + spokeRadius + 220 + 180 * (index / 8));
}

void TopologyView::clusterMoved(const QString &name, const QPointF &pos)
{
    const Refusal r = m_lab->setClusterPosition(name, pos);
    if (r)
        emit statusMessage(r.text());
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
        n += p.dot && p.dot->isVisible() ? 1 : 0;
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
    emit refreshed();
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
        if (m_highlightLinks.contains(key)) {
            // the simulation's yellow, as the clusters' halo (amber is a ringing call)
            pen.setColor(QColor(0xff, 0xd5, 0x4f));
            pen.setStyle(Qt::SolidLine);
            pen.setWidthF(pen.widthF() + 8);
        }
        if (line->pen() != pen)
            line->setPen(pen);
        const QLineF geometry(a->pos(), b->pos());
        if (line->line() != geometry)
            line->setLine(geometry);
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
        const QString hub = role == IlsRole::Spoke ? ils->hubOf(c->name()) : QString();
        item->setRole(role, hub);
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
        // a spoke that takes part but whose hub does not: no update reaches it (the documented limit)
        item->setIsolated(role == IlsRole::Spoke && ils->isActive(c->name()) && !hub.isEmpty() && !ils->isActive(hub));

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
        QString tip = owed.isEmpty() ? tr("%1: %2").arg(c->name(), item->stateText())
                                     : tr("%1: %2; it logs %3 out once it learns the newer login elsewhere")
                                           .arg(c->name(), item->stateText(), owed.join(QLatin1String(", ")));
        if (item->isIsolated())
            tip += QLatin1Char('\n') + tr("Its hub %1 does not take part in ILS: no update reaches %2 or leaves it.").arg(hub, c->name());
        item->setToolTip(tip);
    }
}

void TopologyView::updatePackets()
{
    IlsNetwork *ils = m_lab->ils();
    const qint64 now = m_lab->clock()->now();
    const qreal latency = qMax<qint64>(1, ils->latencyMs());
    bool moving = false;
    qint64 latestDue = -1;
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
                if (!s.inFlight)
                    goto held; // created when first needed: a big lab has many quiet links
                p.dot = m_scene->addEllipse(QRectF(-10, -10, 20, 20), QPen(QColor(0x0d, 0x47, 0xa1), 2), QColor(0x42, 0xa5, 0xf5));
                p.dot->setZValue(3);
                p.label = m_scene->addSimpleText(QString());
                p.label->setZValue(3);
                // it moves every frame: drawn once, then only blitted at its new place
                p.dot->setCacheMode(QGraphicsItem::DeviceCoordinateCache);
                p.label->setBrush(QColor(0x0d, 0x47, 0xa1));
                QFont f = p.label->font();
                f.setPixelSize(15);
                f.setBold(true);
                p.label->setFont(f);
            }
            {
                const QLineF line(a->pos(), b->pos());
                if (s.inFlight) {
                    const qreal progress = std::clamp(1.0 - qreal(s.due - now) / latency, 0.0, 1.0);
                    // travel from rim to rim, not centre to centre
                    const qreal start = a->radius() / qMax<qreal>(1, line.length());
                    const qreal end = 1.0 - b->radius() / qMax<qreal>(1, line.length());
                    const QPointF at = line.pointAt(start + (end - start) * progress);
                    if (p.dot->pos() != at)
                        p.dot->setPos(at);
                    p.dot->setVisible(true);
                    if (p.count != s.pending) { // texts only when the batch grows: a frame is short
                        p.count = s.pending;
                        p.dot->setToolTip(tr("%n ILS update(s) from %1 to %2", nullptr, s.pending).arg(from, to));
                        p.label->setText(QString::number(s.pending));
                    }
                    p.label->setPos(at + QPointF(11, -22));
                    p.label->setVisible(true);
                    moving = moving || progress < 1.0;
                    if (s.due > now)
                        latestDue = std::max(latestDue, s.due);
                } else {
                    p.dot->setVisible(false);
                    p.label->setVisible(false);
                }
            }
        held:
            QGraphicsSimpleTextItem *held = m_held.value(key);
            if (!s.inFlight && s.pending > 0) {
                if (!held) {
                    held = m_scene->addSimpleText(QString());
                    held->setBrush(QColor(0xe6, 0x51, 0x00));
                    held->setZValue(3);
                    QFont f = held->font();
                    f.setPixelSize(15);
                    f.setBold(true);
                    held->setFont(f);
                    m_held.insert(key, held);
                }
                const QLineF line(a->pos(), b->pos());
                //: a marker at the end of an ILS link: "3 waiting"
                held->setText(tr("%n waiting", nullptr, s.pending));
                held->setToolTip(tr("%n ILS update(s) from %1 to %2 wait until both take part in ILS", nullptr, s.pending).arg(from, to));
                // beside the link, just before the cluster that cannot receive
                const QPointF at = line.pointAt(1.0 - (b->radius() + 40) / qMax<qreal>(1, line.length()));
                const QLineF normal = line.normalVector().unitVector();
                const QPointF side(normal.dx() * 16, normal.dy() * 16);
                held->setPos(at + side - QPointF(held->boundingRect().width() / 2, held->boundingRect().height() / 2));
                held->setVisible(true);
            } else if (held) {
                held->setVisible(false);
            }
        }
    }
    applySlowMotion(latestDue);
    if (moving && !m_lab->clock()->isPaused())
        m_animation.start();
    else
        m_animation.stop();
}

void TopologyView::applySlowMotion(qint64 latestDue)
{
    Clock *clock = m_lab->clock();
    if (m_slowMotion && latestDue >= 0 && isVisible() && clock->mode() == Clock::Mode::RealTime) {
        // Each hop takes the lab's latency in lab time; at most latency / 700 ms of lab time
        // passes per wall millisecond while one travels, so every hop stays 0.7 s on screen.
        const double cap = double(qMax<qint64>(1, m_lab->ils()->latencyMs())) / MinimumHopWallMs;
        clock->slowDownUntil(latestDue, cap);
    }
    const bool active = clock->effectiveSpeed() < clock->speed();
    if (active != m_slowActive) {
        m_slowActive = active;
        emit slowMotionActiveChanged(active);
    }
}

void TopologyView::setSlowMotion(bool on)
{
    m_slowMotion = on;
    if (!on)
        m_lab->clock()->slowDownUntil(m_lab->clock()->now(), 1.0); // a window over now: no slow motion
    updatePackets();
}

// ---- calls ------------------------------------------------------------------------------------

void TopologyView::onEvent(const LabEvent &e)
{
    switch (e.type) {
    case LabEvent::Type::IlsSent:
    case LabEvent::Type::IlsApplied:
    case LabEvent::Type::IlsHeld:
    case LabEvent::Type::IlsSync:
        scheduleRefresh();
        break;
    case LabEvent::Type::CallFailed: {
        // the router names the caller's cluster and, past the first hop, the one it tried
        if (e.cluster.isEmpty())
            break;
        Call call;
        call.hops = {e.cluster};
        if (!e.peer.isEmpty() && e.peer != e.cluster)
            call.hops.append(e.peer);
        call.dialed = e.message.args().value(1);
        call.reason = e.message.args().value(2);
        call.outcome = CallPathItem::Outcome::Failed;
        const QString key = QStringLiteral("failed:%1").arg(++m_callOrder);
        showCall(key, call);
        retireCall(key, FailedCallShownMs);
        break;
    }
    default:
        break;
    }
}

void TopologyView::onCallChanged(qint64 callId)
{
    const QString key = QStringLiteral("call:%1").arg(callId);
    for (const CallRouter::Call &c : m_lab->router()->calls()) {
        if (c.id != callId)
            continue;
        Call call;
        call.hops = c.hops;
        call.dialed = c.dialed;
        call.outcome = c.answered ? CallPathItem::Outcome::Connected : CallPathItem::Outcome::Ringing;
        showCall(key, call);
        return;
    }
    // the call ended: shown a moment longer, then gone
    auto it = m_calls.find(key);
    if (it == m_calls.end())
        return;
    it->outcome = CallPathItem::Outcome::Ended;
    it->item->setOutcome(it->outcome);
    it->item->setCaption(callCaption(*it));
    retireCall(key, EndedCallShownMs);
}

void TopologyView::showCall(const QString &key, Call call)
{
    auto it = m_calls.find(key);
    if (it != m_calls.end()) {
        call.item = it->item;
        call.order = it->order;
    } else {
        call.item = new CallPathItem;
        m_scene->addItem(call.item);
        call.order = ++m_callOrder;
        if (m_calls.size() >= MaxCallsShown) {
            auto oldest = std::min_element(m_calls.begin(), m_calls.end(), [](const Call &a, const Call &b) { return a.order < b.order; });
            delete oldest->item;
            m_calls.erase(oldest);
        }
    }
    call.item->setOutcome(call.outcome);
    call.item->setCaption(callCaption(call));
    updateCallGeometry(call);
    m_calls.insert(key, call);
}

void TopologyView::retireCall(const QString &key, int afterMs)
{
    // wall time: how long a finished call stays in sight does not change what the lab does
    QTimer::singleShot(afterMs, this, [this, key] {
        auto it = m_calls.find(key);
        if (it == m_calls.end() || it->outcome == CallPathItem::Outcome::Ringing || it->outcome == CallPathItem::Outcome::Connected)
            return;
        delete it->item;
        m_calls.erase(it);
    });
}

void TopologyView::updateCallGeometry(Call &call)
{
    QList<QPointF> centres;
    QList<qreal> radii;
    for (const QString &h : std::as_const(call.hops))
        if (const ClusterItem *item = m_items.value(h)) {
            centres.append(item->pos());
            radii.append(item->radius());
        }
    call.item->setRoute(centres, radii);
}

QString TopologyView::callCaption(const Call &call) const
{
    switch (call.outcome) {
    //: a call drawn on the map: the dialled number, then its state
    case CallPathItem::Outcome::Ringing: return tr("%1 ringing").arg(call.dialed);
    case CallPathItem::Outcome::Connected: return tr("%1 connected").arg(call.dialed);
    case CallPathItem::Outcome::Ended: return tr("%1 ended").arg(call.dialed);
    case CallPathItem::Outcome::Failed: break;
    }
    QString reason;
    const QString &t = call.reason;
    if (t == CallResult::reasonToken(CallResult::Failure::UnknownNumber))
        reason = tr("unknown number");
    else if (t == CallResult::reasonToken(CallResult::Failure::ClusterDown))
        reason = tr("cluster down");
    else if (t == CallResult::reasonToken(CallResult::Failure::StaleLocation))
        //: the calling cluster still believes the number is where it was (ILS has not told it yet)
        reason = tr("stale location");
    else if (t == CallResult::reasonToken(CallResult::Failure::Unregistered))
        reason = tr("not registered");
    else if (t == CallResult::reasonToken(CallResult::Failure::Busy))
        reason = tr("busy");
    else
        reason = tr("no route");
    //: a failed call drawn on the map: "2000001 failed: stale location"
    return tr("%1 failed: %2").arg(call.dialed, reason);
}

QList<TopologyView::CallPath> TopologyView::callPaths() const
{
    QList<Call> calls = m_calls.values();
    std::sort(calls.begin(), calls.end(), [](const Call &a, const Call &b) { return a.order < b.order; });
    QList<CallPath> out;
    for (const Call &c : std::as_const(calls))
        out.append(CallPath{c.hops, c.outcome, c.item->caption()});
    return out;
}

// ---- highlight ---------------------------------------------------------------------------------

void TopologyView::setHighlight(const QStringList &clusters, const QStringList &links, const QString &phone, const QString &phoneCluster)
{
    m_highlightClusters = QSet<QString>(clusters.cbegin(), clusters.cend());
    m_highlightLinks.clear();
    for (const QString &l : links) {
        const QStringList ends = QString(l).replace(QChar(0x2013), QLatin1Char('\n')).split(QLatin1Char('\n'));
        if (ends.size() == 2)
            m_highlightLinks.insert(pairKey(ends[0], ends[1]));
    }
    m_highlightPhone = phone;
    m_highlightPhoneCluster = phoneCluster;
    applyHighlight();
}

void TopologyView::applyHighlight()
{
    for (ClusterItem *item : std::as_const(m_items)) {
        const bool phoneHere = !m_highlightPhone.isEmpty() && item->name() == m_highlightPhoneCluster;
        item->setHighlighted(m_highlightClusters.contains(item->name()) || phoneHere, phoneHere ? m_highlightPhone : QString());
    }
    rebuildLinks();
}

QStringList TopologyView::highlightedClusters() const
{
    QStringList out;
    for (ClusterItem *item : std::as_const(m_items))
        if (item->isHighlighted())
            out.append(item->name());
    std::sort(out.begin(), out.end());
    return out;
}

QStringList TopologyView::highlightedLinks() const
{
    QStringList out;
    for (const QString &k : m_highlightLinks)
        if (m_links.contains(k))
            out.append(QString(k).replace(QLatin1Char('\n'), QChar(0x2013)));
    std::sort(out.begin(), out.end());
    return out;
}

// ---- context menu -----------------------------------------------------------------------------

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
    QAction *administer = menu.addAction(tr("Administer %1").arg(name));
    administer->setObjectName(QStringLiteral("administerClusterAction"));
    connect(administer, &QAction::triggered, this, [this, name] { emit administerRequested(name); });
    menu.addSeparator();
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

// ---- zoom, pan, fit, export ---------------------------------------------------------------------

qreal TopologyView::zoom() const
{
    return transform().m11();
}

void TopologyView::setZoom(qreal z)
{
    z = std::clamp(z, MinZoom, MaxZoom);
    m_autoFit = false;
    const ViewportAnchor anchor = transformationAnchor();
    setTransformationAnchor(AnchorViewCenter);
    setTransform(QTransform::fromScale(z, z));
    setTransformationAnchor(anchor);
}

void TopologyView::zoomIn()
{
    setZoom(zoom() * 1.25);
}

void TopologyView::zoomOut()
{
    setZoom(zoom() / 1.25);
}

void TopologyView::fitAll()
{
    m_autoFit = true;
    fit();
}

void TopologyView::fit()
{
    const QRectF items = m_scene->itemsBoundingRect().adjusted(-10, -10, 10, 10);
    // room around the lab to pan into
    const qreal margin = std::max(items.width(), items.height());
    setSceneRect(items.adjusted(-margin, -margin, margin, margin));
    fitInView(items, Qt::KeepAspectRatio);
}

void TopologyView::wheelEvent(QWheelEvent *event)
{
    const int delta = event->angleDelta().y();
    if (delta == 0) {
        QGraphicsView::wheelEvent(event);
        return;
    }
    const qreal factor = std::pow(1.0015, delta);
    const qreal z = std::clamp(zoom() * factor, MinZoom, MaxZoom);
    m_autoFit = false;
    scale(z / zoom(), z / zoom()); // anchored under the mouse
    event->accept();
}

bool TopologyView::exportMap(const QString &fileName, QString *error)
{
    const QRectF source = m_scene->itemsBoundingRect().adjusted(-20, -20, 20, 20);
    // clusters cache their picture as pixels on screen; a vector file wants them drawn
    QHash<ClusterItem *, QGraphicsItem::CacheMode> caches;
    for (ClusterItem *item : std::as_const(m_items)) {
        caches.insert(item, item->cacheMode());
        item->setCacheMode(QGraphicsItem::NoCache);
    }
    auto restore = qScopeGuard([&caches] {
        for (auto it = caches.cbegin(); it != caches.cend(); ++it)
            it.key()->setCacheMode(it.value());
    });
    QFile file(fileName);
    if (!file.open(QIODevice::WriteOnly)) {
        if (error)
            *error = tr("Cannot write %1: %2").arg(fileName, file.errorString());
        return false;
    }
    bool ok = true;
    if (fileName.endsWith(QLatin1String(".svg"), Qt::CaseInsensitive)) {
        QSvgGenerator svg;
        svg.setOutputDevice(&file);
        svg.setSize(source.size().toSize());
        svg.setViewBox(QRectF(QPointF(0, 0), source.size()));
        svg.setTitle(tr("ILS Topology"));
        svg.setDescription(m_lab->displayName());
        QPainter p(&svg);
        p.fillRect(QRectF(QPointF(0, 0), source.size()), Qt::white);
        m_scene->render(&p, QRectF(QPointF(0, 0), source.size()), source);
        ok = p.end();
    } else {
        // twice the scene's size: sharp on a slide
        QImage image((source.size() * 2).toSize(), QImage::Format_ARGB32_Premultiplied);
        image.fill(Qt::white);
        {
            QPainter p(&image);
            p.setRenderHint(QPainter::Antialiasing);
            m_scene->render(&p, QRectF(image.rect()), source);
        }
        ok = image.save(&file, "PNG");
    }
    ok = ok && file.error() == QFileDevice::NoError;
    file.close();
    if (!ok) {
        file.remove();
        if (error)
            *error = tr("Cannot write %1: %2").arg(fileName, file.errorString());
    }
    return ok;
}

void TopologyView::resizeEvent(QResizeEvent *event)
{
    QGraphicsView::resizeEvent(event);
    if (m_autoFit)
        fit();
}

void TopologyView::showEvent(QShowEvent *event)
{
    QGraphicsView::showEvent(event);
    updatePackets(); // a hop already on its way gets its slow motion once the map is seen
}

void TopologyView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        for (ClusterItem *item : std::as_const(m_items))
            item->update();
        for (Call &call : m_calls)
            call.item->setCaption(callCaption(call));
        for (Packet &p : m_packets)
            p.count = -1; // tooltips re-worded on the next frame
        refresh();
    }
    QGraphicsView::changeEvent(event);
}
