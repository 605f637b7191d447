#include "ilsnetwork.h"

#include "catalog/servicecatalog.h"
#include "cluster/cluster.h"
#include "core/clock.h"
#include "events/counters.h"
#include "events/eventlog.h"

#include <QSet>

struct IlsNetwork::Member {
    Cluster *cluster = nullptr;
    QString name;
    Role role = Role::None;
    QString hub;
    bool active = false;
    quint64 usn = 0;
    QHash<QString, IlsRecord> overrides; // updates applied since start() (or everything, outside the network)
    bool configSyncScheduled = false;
};

struct IlsNetwork::Link {
    QHash<QString, IlsRecord> pending;
    bool scheduled = false;
    bool held = false; // had to wait for a cluster that could not send or receive
    qint64 due = 0;
    qint64 lastDelivered = -1; // lab time of the last batch delivered
};

namespace {
Message ilsMessage(const char *source, QStringList args = {})
{
    return Message("IlsNetwork", source, std::move(args));
}
}

IlsNetwork::IlsNetwork(Clock *clock, EventLog *events, Counters *counters, QObject *parent)
    : QObject(parent), m_clock(clock), m_events(events), m_counters(counters)
{
}

IlsNetwork::~IlsNetwork()
{
    qDeleteAll(m_members);
    qDeleteAll(m_links);
}

IlsNetwork::Member *IlsNetwork::member(const QString &name)
{
    return m_members.value(name, nullptr);
}

const IlsNetwork::Member *IlsNetwork::member(const QString &name) const
{
    return m_members.value(name, nullptr);
}

// ---- topology -------------------------------------------------------------------------------

void IlsNetwork::addCluster(Cluster *cluster, Role role, const QString &hub)
{
    if (m_members.contains(cluster->name()))
        return;
    auto *m = new Member;
    m->cluster = cluster;
    m->name = cluster->name();
    m->role = role;
    m->hub = role == Role::Spoke ? hub : QString();
    m_members.insert(m->name, m);
    m_order.append(m->name);
    m->active = isActive(m->name);
    connect(cluster, &Cluster::entityAdded, this, [this, cluster](Cluster::Entity e) {
        if (e == Cluster::Entity::Device) scheduleConfigSync(cluster);
    });
    connect(cluster, &Cluster::entityChanged, this, [this, cluster](Cluster::Entity e) {
        if (e == Cluster::Entity::Device) scheduleConfigSync(cluster);
    });
    m_neighbourCache.clear();
    emit topologyChanged();
    if (m_base && role != Role::None) { // joining a running network
        m->overrides = ownRecords(cluster);
        join(*m);
    }
}

void IlsNetwork::removeCluster(const QString &name)
{
    Member *m = member(name);
    if (!m)
        return;
    disconnect(m->cluster, nullptr, this, nullptr);
    for (auto it = m_links.begin(); it != m_links.end();) {
        const QStringList ends = it.key().split(QLatin1Char('\n'));
        if (ends.contains(name)) {
            if (it.value()->scheduled)
                --m_scheduled;
            m_pendingOut[ends[0]] -= int(it.value()->pending.size());
            delete it.value();
            it = m_links.erase(it);
        } else {
            ++it;
        }
    }
    m_members.remove(name);
    m_order.removeAll(name);
    m_neighbourCache.clear();
    delete m;
    emit topologyChanged();
    emit pendingChanged();
}

void IlsNetwork::setRole(const QString &name, Role role, const QString &hub)
{
    Member *m = member(name);
    if (!m)
        return;
    const bool joining = m->role == Role::None && role != Role::None;
    m->role = role;
    m->hub = role == Role::Spoke ? hub : QString();
    m_neighbourCache.clear();
    if (role == Role::None) // leaving: learned data goes, its own stays
        m->overrides = ownRecords(m->cluster);
    clusterStateChanged(m->cluster);
    emit topologyChanged();
    if (joining && m_base) {
        join(*m);
    }
}

void IlsNetwork::join(Member &m)
{
    const QString name = m.name;
    // The newcomer learns what its neighbours know now, and advertises what changed here
    // while it was outside; the newest update of each key wins on both sides.
    const QStringList peers = neighbours(name);
    for (const QString &n : peers)
        if (const Member *peer = member(n))
            for (auto it = peer->overrides.cbegin(); it != peer->overrides.cend(); ++it)
                send(n, name, it.key(), it.value());
    QList<QPair<QString, IlsRecord>> mine;
    for (auto it = m.overrides.begin(); it != m.overrides.end(); ++it) {
        if (it->origin != name || (it->usn == 0 && m_base->contains(it.key())))
            continue;
        if (it->usn == 0)
            it->usn = nextUsn(m);
        mine.append({it.key(), it.value()});
    }
    forward(name, name, mine);
}

IlsNetwork::Role IlsNetwork::role(const QString &name) const
{
    const Member *m = member(name);
    return m ? m->role : Role::None;
}

QString IlsNetwork::hubOf(const QString &name) const
{
    const Member *m = member(name);
    return m ? m->hub : QString();
}

QStringList IlsNetwork::hubs() const
{
    QStringList out;
    for (const QString &n : m_order)
        if (m_members.value(n)->role == Role::Hub)
            out.append(n);
    return out;
}

QStringList IlsNetwork::spokesOf(const QString &hub) const
{
    QStringList out;
    for (const QString &n : m_order) {
        const Member *m = m_members.value(n);
        if (m->role == Role::Spoke && m->hub == hub)
            out.append(n);
    }
    return out;
}

QStringList IlsNetwork::neighbours(const QString &name) const
{
    auto cached = m_neighbourCache.constFind(name);
    if (cached != m_neighbourCache.cend())
        return *cached;
    const Member *m = member(name);
    if (!m)
        return {};
    switch (m->role) {
    case Role::None: return {};
    case Role::Spoke: {
        const QStringList out = member(m->hub) ? QStringList{m->hub} : QStringList{};
        m_neighbourCache.insert(name, out);
        return out;
    }
    case Role::Hub: break;
    }
    QStringList out = hubs();
    out.removeAll(name);
    out += spokesOf(name);
    m_neighbourCache.insert(name, out);
    return out;
}

bool IlsNetwork::isActive(const QString &name) const
{
    const Member *m = member(name);
    if (!m || m->role == Role::None)
        return false;
    if (m->role == Role::Spoke && !member(m->hub))
        return false;
    const QString pub = m->cluster->publisher().hostName;
    return m->cluster->isNodeUp(pub) && m->cluster->isServiceRunning(pub, Services::Ils);
}

QList<Message> IlsNetwork::warnings() const
{
    QList<Message> out;
    const QStringList hubList = hubs();
    int members = 0;
    for (const Member *m : m_members)
        if (m->role != Role::None)
            ++members;
    if (hubList.size() > 10)
        out.append(ilsMessage(QT_TRANSLATE_NOOP("IlsNetwork", "The ILS network has %1 hub clusters; Cisco recommends at most 10."),
                              {QString::number(hubList.size())}));
    for (const QString &h : hubList) {
        const int spokes = int(spokesOf(h).size());
        if (spokes > 20)
            out.append(ilsMessage(QT_TRANSLATE_NOOP("IlsNetwork", "Hub %1 has %2 spoke clusters; Cisco recommends at most 20 per hub."),
                                  {h, QString::number(spokes)}));
    }
    if (members > 200)
        out.append(ilsMessage(QT_TRANSLATE_NOOP("IlsNetwork", "The ILS network has %1 clusters; Cisco recommends at most 200."),
                              {QString::number(members)}));
    return out;
}

// ---- converged start ------------------------------------------------------------------------

QHash<QString, IlsRecord> IlsNetwork::ownRecords(Cluster *c) const
{
    QHash<QString, IlsRecord> own;
    const QString name = c->name();
    auto add = [&](const QString &key, const QString &device) {
        IlsRecord &r = own[key];
        r.cluster = name;
        r.origin = name;
        if (!device.isEmpty() && !r.devices.contains(device))
            r.devices.append(device);
    };
    const AccessControlGroup *supers = c->accessControlGroupByName(Groups::RoamingSuperUsers);
    for (const Device &phone : c->phones()) {
        if (const EmLogin *l = c->loginOnDevice(phone.id)) {
            if (const Device *p = c->device(l->profileId))
                for (const QString &dn : p->lines)
                    add(IlsRecord::dnKey(dn), phone.name);
            const EndUser *u = c->endUser(l->userId);
            if (u && supers && supers->endUsers.contains(u->id))
                add(IlsRecord::userKey(u->userId), phone.name);
        } else {
            for (const QString &dn : phone.lines)
                add(IlsRecord::dnKey(dn), phone.name);
        }
    }
    for (const EndUser &u : c->endUsers()) {
        if (!u.homeCluster)
            continue;
        for (qint64 pid : u.controlledProfiles)
            if (const Device *p = c->device(pid))
                for (const QString &dn : p->lines)
                    if (!own.contains(IlsRecord::dnKey(dn)))
                        add(IlsRecord::dnKey(dn), QString());
    }
    return own;
}

void IlsNetwork::start()
{
    auto base = std::make_shared<QHash<QString, IlsRecord>>();
    for (const QString &n : std::as_const(m_order)) {
        Member *m = m_members.value(n);
        m->overrides.clear();
        m->active = isActive(n);
        const QHash<QString, IlsRecord> own = ownRecords(m->cluster);
        if (m->role == Role::None) {
            m->overrides = own;
            continue;
        }
        base->reserve(base->size() + own.size());
        for (auto it = own.cbegin(); it != own.cend(); ++it) {
            auto b = base->find(it.key());
            if (b == base->end() || (b->devices.isEmpty() && !it->devices.isEmpty()))
                base->insert(it.key(), it.value());
        }
    }
    m_base = std::move(base);
    for (Link *l : std::as_const(m_links))
        delete l;
    m_links.clear();
    m_fullSyncs.clear();
    for (const QString &n : std::as_const(m_order))
        if (m_members.value(n)->active)
            recordFullSync(n);
    m_scheduled = 0;
    m_pendingOut.clear();
    refreshConflicts();
    for (const Message &w : warnings()) {
        LabEvent e;
        e.type = LabEvent::Type::IlsWarning;
        e.message = w;
        m_events->append(e);
    }
    emit pendingChanged();
}

void IlsNetwork::refreshConflicts()
{
    m_conflicts.clear();
    struct Owner { QString cluster; QString identity; };
    QHash<QString, QList<Owner>> owners;
    for (const QString &n : std::as_const(m_order)) {
        Cluster *c = m_members.value(n)->cluster;
        QHash<qint64, QString> profileUser;
        for (const EndUser &u : c->endUsers())
            for (qint64 pid : u.controlledProfiles)
                profileUser.insert(pid, u.userId.toLower());
        for (const Device &d : c->devices()) {
            const QString identity = d.isPhone() ? QStringLiteral("phone ") + d.name
                : profileUser.contains(d.id) ? QStringLiteral("user ") + profileUser.value(d.id)
                                             : QStringLiteral("profile ") + d.name;
            for (const QString &dn : d.lines) {
                QList<Owner> &list = owners[dn];
                bool same = false;
                for (const Owner &o : std::as_const(list))
                    same = same || (o.cluster == n || o.identity == identity);
                if (!same || list.isEmpty())
                    list.append({n, identity});
            }
        }
    }
    for (auto it = owners.cbegin(); it != owners.cend(); ++it) {
        if (it->size() < 2)
            continue;
        QSet<QString> identities;
        for (const Owner &o : *it)
            identities.insert(o.identity);
        if (identities.size() < 2)
            continue;
        DnConflict c;
        c.dn = it.key();
        for (const Owner &o : *it) {
            c.clusters.append(o.cluster);
            c.owners.append(o.identity);
        }
        m_conflicts.append(c);
    }
    std::sort(m_conflicts.begin(), m_conflicts.end(), [](const DnConflict &a, const DnConflict &b) { return a.dn < b.dn; });
    for (const DnConflict &c : std::as_const(m_conflicts)) {
        LabEvent e;
        e.type = LabEvent::Type::IlsWarning;
        e.message = ilsMessage(QT_TRANSLATE_NOOP("IlsNetwork", "Directory number %1 is defined on %2 for different owners (%3): the dial plan is not uniform."),
                               {c.dn, c.clusters.join(QLatin1String(", ")), c.owners.join(QLatin1String(", "))});
        m_events->append(e);
    }
}

void IlsNetwork::clusterStateChanged(Cluster *cluster)
{
    Member *m = member(cluster->name());
    if (!m)
        return;
    const bool now = isActive(m->name);
    if (now == m->active)
        return;
    m->active = now;
    LabEvent e;
    e.type = LabEvent::Type::IlsSync;
    e.cluster = m->name;
    e.message = now ? ilsMessage(QT_TRANSLATE_NOOP("IlsNetwork", "%1 takes part in ILS again: it sends and receives what waited for it."), {m->name})
                    : ilsMessage(QT_TRANSLATE_NOOP("IlsNetwork", "%1 stopped taking part in ILS: updates for it wait until it returns."), {m->name});
    m_events->append(e);
    if (!now)
        return;
    recordFullSync(m->name);
    for (auto it = m_links.begin(); it != m_links.end(); ++it) {
        if (it.value()->pending.isEmpty())
            continue;
        const qsizetype nl = it.key().indexOf(QLatin1Char('\n'));
        const QString from = it.key().left(nl), to = it.key().mid(nl + 1);
        if (from == m->name || to == m->name)
            trySchedule(from, to, *it.value());
    }
}

// ---- publications ---------------------------------------------------------------------------

quint64 IlsNetwork::nextUsn(Member &m)
{
    // A hybrid logical clock: lab time in the high bits, a counter below, never going back.
    const quint64 t = quint64(qMax<qint64>(0, m_clock->now())) << 20;
    m.usn = qMax(m.usn + 1, t);
    return m.usn;
}

void IlsNetwork::publish(Member &m, QList<QPair<QString, IlsRecord>> records)
{
    if (records.isEmpty())
        return;
    for (auto &[key, rec] : records) {
        rec.usn = nextUsn(m);
        rec.origin = m.name;
        m.overrides.insert(key, rec);
    }
    if (m.role == Role::None || !m_base)
        return;
    forward(m.name, m.name, records);
}

void IlsNetwork::publishLogin(Cluster *cluster, const QString &userId, bool superUser, const QStringList &dns, const QStringList &devices)
{
    Member *m = member(cluster->name());
    if (!m)
        return;
    QList<QPair<QString, IlsRecord>> records;
    for (const QString &dn : dns)
        records.append({IlsRecord::dnKey(dn), IlsRecord{m->name, devices, 0, {}}});
    if (superUser)
        records.append({IlsRecord::userKey(userId), IlsRecord{m->name, devices, 0, {}}});
    publish(*m, records);
    if (m->role != Role::None) {
        LabEvent e;
        e.type = LabEvent::Type::IlsSync;
        e.cluster = m->name;
        e.user = userId;
        e.message = ilsMessage(QT_TRANSLATE_NOOP("IlsNetwork", "The Extension Mobility login of %1 started an ILS sync from %2."), {userId, m->name});
        m_events->append(e);
    }
}

void IlsNetwork::publishLogout(Cluster *cluster, const QString &userId, bool superUser, const QStringList &dns, const QStringList &devices)
{
    Member *m = member(cluster->name());
    if (!m)
        return;
    QList<QPair<QString, IlsRecord>> records;
    // Only the cluster the network believes holds the DN/user may say where it is now; a
    // cluster that logs a roamed-away user out must not pull the location back.
    auto believedHere = [&](const QString &key) {
        const IlsRecord *r = lookup(*m, key);
        return !r || r->cluster == m->name;
    };
    for (const QString &dn : dns)
        if (believedHere(IlsRecord::dnKey(dn)))
            records.append({IlsRecord::dnKey(dn), IlsRecord{m->name, devices, 0, {}}});
    if (superUser && believedHere(IlsRecord::userKey(userId)))
        records.append({IlsRecord::userKey(userId), IlsRecord{devices.isEmpty() ? QString() : m->name, devices, 0, {}}});
    publish(*m, records);
}

void IlsNetwork::syncUser(Cluster *cluster, const QString &userId)
{
    Member *m = member(cluster->name());
    const EndUser *u = cluster->endUserByUserId(userId);
    if (!m || !u)
        return;
    QStringList devices;
    for (const EmLogin &l : cluster->loginsOfUser(u->id))
        if (const Device *d = cluster->device(l.deviceId))
            devices.append(d->name);
    QStringList dns;
    for (qint64 pid : u->controlledProfiles)
        if (const Device *p = cluster->device(pid))
            dns += p->lines;
    QList<QPair<QString, IlsRecord>> records;
    auto believedHere = [&](const QString &key) {
        const IlsRecord *r = lookup(*m, key);
        return !r || r->cluster == m->name || (!devices.isEmpty() && r->cluster.isEmpty());
    };
    for (const QString &dn : std::as_const(dns))
        if (believedHere(IlsRecord::dnKey(dn)) && (!devices.isEmpty() || u->homeCluster))
            records.append({IlsRecord::dnKey(dn), IlsRecord{m->name, devices, 0, {}}});
    if (!devices.isEmpty() && believedHere(IlsRecord::userKey(userId)))
        records.append({IlsRecord::userKey(userId), IlsRecord{m->name, devices, 0, {}}});
    publish(*m, records);
    LabEvent e;
    e.type = LabEvent::Type::IlsSync;
    e.cluster = m->name;
    e.user = u->userId;
    e.message = ilsMessage(QT_TRANSLATE_NOOP("IlsNetwork", "%1 became a roaming super user on %2: an ILS sync started."), {u->userId, m->name});
    m_events->append(e);
}

void IlsNetwork::scheduleConfigSync(Cluster *c)
{
    Member *m = member(c->name());
    if (!m || !m_base || m->configSyncScheduled)
        return;
    m->configSyncScheduled = true;
    const QString name = m->name;
    m_clock->schedule(m_syncInterval, this, [this, name] { configSync(name); });
}

void IlsNetwork::configSync(const QString &name)
{
    Member *m = member(name);
    if (!m)
        return;
    m->configSyncScheduled = false;
    QList<QPair<QString, IlsRecord>> records;
    const QHash<QString, IlsRecord> own = ownRecords(m->cluster);
    for (auto it = own.cbegin(); it != own.cend(); ++it) {
        const IlsRecord *cur = lookup(*m, it.key());
        if (!cur || (cur->origin == name && !cur->sameState(*it)) || (cur->cluster == name && !cur->sameState(*it)))
            records.append({it.key(), *it});
    }
    publish(*m, records);
}

// ---- delivery -------------------------------------------------------------------------------

void IlsNetwork::updatePendingCounter(const QString &from, int delta)
{
    if (delta == 0)
        return;
    int &p = m_pendingOut[from];
    p += delta;
    m_counters->set(from, CounterNames::IlsMessagesPending, p);
    emit pendingChanged();
}

void IlsNetwork::send(const QString &from, const QString &to, const QString &key, const IlsRecord &rec)
{
    Link *&link = m_links[linkKey(from, to)];
    if (!link)
        link = new Link;
    auto it = link->pending.find(key);
    if (it == link->pending.end()) {
        link->pending.insert(key, rec);
        updatePendingCounter(from, 1);
    } else if (rec.newerThan(*it)) {
        *it = rec;
    }
    trySchedule(from, to, *link);
}

void IlsNetwork::trySchedule(const QString &from, const QString &to, Link &link)
{
    if (link.scheduled || link.pending.isEmpty())
        return;
    const Member *a = member(from);
    const Member *b = member(to);
    if (!a || !b || !a->active || !b->active) {
        if (!link.held && a && b) {
            LabEvent e;
            e.type = LabEvent::Type::IlsHeld;
            e.cluster = from;
            e.peer = to;
            e.message = ilsMessage(QT_TRANSLATE_NOOP("IlsNetwork", "ILS updates from %1 to %2 wait: %3 does not take part in ILS now."),
                                   {from, to, a->active ? to : from});
            m_events->append(e);
        }
        link.held = true;
        return;
    }
    link.scheduled = true;
    link.due = m_clock->now() + m_latency;
    ++m_scheduled;
    m_clock->schedule(m_latency, this, [this, from, to] { deliver(from, to); });
}

void IlsNetwork::deliver(const QString &from, const QString &to)
{
    Link *link = m_links.value(linkKey(from, to), nullptr);
    if (!link || !link->scheduled)
        return;
    link->scheduled = false;
    --m_scheduled;
    Member *a = member(from);
    Member *b = member(to);
    if (!a || !b || !a->active || !b->active) {
        link->held = true;
        emit pendingChanged();
        return;
    }
    link->lastDelivered = m_clock->now();
    const QHash<QString, IlsRecord> batch = std::move(link->pending);
    link->pending.clear();
    const bool deferred = link->held;
    link->held = false;
    const int n = int(batch.size());
    updatePendingCounter(from, -n);
    m_counters->add(from, CounterNames::IlsMessagesSent, n);
    m_counters->add(to, CounterNames::IlsMessagesReceived, n);

    QList<QPair<QString, IlsRecord>> applied;
    for (auto it = batch.cbegin(); it != batch.cend(); ++it)
        if (apply(*b, it.key(), it.value()))
            applied.append({it.key(), it.value()});
    if (m_events->isRecording(LabEvent::Type::IlsApplied)) {
        LabEvent e;
        e.type = LabEvent::Type::IlsApplied;
        e.cluster = to;
        e.peer = from;
        e.message = ilsMessage(QT_TRANSLATE_NOOP("IlsNetwork", "%1 received %2 ILS updates from %3 and applied %4."),
                               {to, QString::number(n), from, QString::number(applied.size())});
        m_events->append(e);
    }
    if (applied.isEmpty())
        return;
    forward(to, from, applied);
    emit recordsApplied(to, int(applied.size()));
    for (const auto &[key, rec] : std::as_const(applied))
        if (key.startsWith(QLatin1String("u:")) && !rec.cluster.isEmpty() && rec.cluster != to)
            emit userLoggedInElsewhere(b->cluster, key.mid(2), rec.cluster, deferred);
}

void IlsNetwork::forward(const QString &at, const QString &from, const QList<QPair<QString, IlsRecord>> &records)
{
    const Member *m = member(at);
    if (!m || m->role == Role::None)
        return;
    QStringList targets;
    if (m->role == Role::Spoke) {
        if (from == at && member(m->hub))
            targets.append(m->hub);
    } else if (from == at || role(from) == Role::Spoke) {
        targets = neighbours(at);
        targets.removeAll(from);
    } else {
        targets = neighbours(at); // a hub relays what another hub sent to its own spokes only
        targets.erase(std::remove_if(targets.begin(), targets.end(), [this](const QString &n) { return role(n) != Role::Spoke; }), targets.end());
    }
    for (const QString &t : std::as_const(targets)) {
        if (m_events->isRecording(LabEvent::Type::IlsSent)) {
            LabEvent e;
            e.type = LabEvent::Type::IlsSent;
            e.cluster = at;
            e.peer = t;
            e.message = ilsMessage(QT_TRANSLATE_NOOP("IlsNetwork", "%1 sends %2 ILS updates to %3."),
                                   {at, QString::number(records.size()), t});
            m_events->append(e);
        }
        for (const auto &[key, rec] : records)
            send(at, t, key, rec);
    }
}

bool IlsNetwork::apply(Member &m, const QString &key, const IlsRecord &rec)
{
    const IlsRecord *cur = lookup(m, key);
    if (cur && !rec.newerThan(*cur))
        return false;
    m.overrides.insert(key, rec);
    m.usn = qMax(m.usn, rec.usn);
    return true;
}

// ---- views ----------------------------------------------------------------------------------

const IlsRecord *IlsNetwork::lookup(const Member &m, const QString &key) const
{
    auto it = m.overrides.constFind(key);
    if (it != m.overrides.cend())
        return &it.value();
    if (m.role == Role::None || !m_base)
        return nullptr;
    auto b = m_base->constFind(key);
    return b == m_base->cend() ? nullptr : &b.value();
}

std::optional<IlsRecord> IlsNetwork::dnRecord(const QString &viewer, const QString &dn) const
{
    const Member *m = member(viewer);
    if (!m)
        return std::nullopt;
    const IlsRecord *r = lookup(*m, IlsRecord::dnKey(dn));
    return r ? std::optional<IlsRecord>(*r) : std::nullopt;
}

std::optional<IlsRecord> IlsNetwork::userRecord(const QString &viewer, const QString &userId) const
{
    const Member *m = member(viewer);
    if (!m)
        return std::nullopt;
    const IlsRecord *r = lookup(*m, IlsRecord::userKey(userId));
    return r ? std::optional<IlsRecord>(*r) : std::nullopt;
}

int IlsNetwork::pendingCount() const
{
    int n = 0;
    for (const Link *l : m_links)
        n += int(l->pending.size());
    return n;
}

IlsNetwork::LinkState IlsNetwork::linkState(const QString &from, const QString &to) const
{
    LinkState s;
    if (const Link *l = m_links.value(linkKey(from, to), nullptr)) {
        s.pending = int(l->pending.size());
        s.inFlight = l->scheduled;
        s.due = l->scheduled ? l->due : -1;
    }
    return s;
}

int IlsNetwork::pendingCount(const QString &from, const QString &to) const
{
    return linkState(from, to).pending;
}

qint64 IlsNetwork::lastSync(const QString &from, const QString &to) const
{
    const Link *l = m_links.value(linkKey(from, to), nullptr);
    return qMax(l ? l->lastDelivered : -1, m_fullSyncs.value(linkKey(from, to), -1));
}

void IlsNetwork::recordFullSync(const QString &name)
{
    // A cluster that starts (or returns to) taking part exchanges its catalogue with every
    // neighbour that takes part: both directions of those links have synchronized now.
    for (const QString &n : neighbours(name)) {
        const Member *peer = member(n);
        if (!peer || !peer->active)
            continue;
        m_fullSyncs.insert(linkKey(name, n), m_clock->now());
        m_fullSyncs.insert(linkKey(n, name), m_clock->now());
    }
}

qint64 IlsNetwork::nextDelivery() const
{
    qint64 best = -1;
    for (const Link *l : m_links)
        if (l->scheduled && (best < 0 || l->due < best))
            best = l->due;
    return best;
}
