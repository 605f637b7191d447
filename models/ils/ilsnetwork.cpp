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
    IlsRole role = IlsRole::None;
    QString hub;
    bool active = false;
    bool hasBase = false; // knows the converged start state (joined later: once a neighbour sent it)
    QHash<QString, IlsRecord> overrides; // updates applied since start() (or everything, outside the network)
    bool configSyncScheduled = false;
};

struct IlsNetwork::Link {
    QHash<QString, IlsRecord> pending;
    bool scheduled = false;
    bool held = false; // had to wait for a cluster that could not send or receive
    bool carriesBase = false; // the full table for a cluster that joined the running network
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

void IlsNetwork::addCluster(Cluster *cluster, IlsRole role, const QString &hub)
{
    if (m_members.contains(cluster->name()))
        return;
    auto *m = new Member;
    m->cluster = cluster;
    m->name = cluster->name();
    m->role = role;
    m->hub = role == IlsRole::Spoke ? hub : QString();
    m_members.insert(m->name, m);
    m_order.append(m->name);
    m->active = isActive(m->name);
    connect(cluster, &Cluster::entityAdded, this, [this, cluster](Cluster::Entity e) {
        if (e == Cluster::Entity::Device) scheduleConfigSync(cluster);
    });
    connect(cluster, &Cluster::entityChanged, this, [this, cluster](Cluster::Entity e) {
        if (e == Cluster::Entity::Device) scheduleConfigSync(cluster);
    });
    connect(cluster, &Cluster::bulkImported, this, [this, cluster] { scheduleConfigSync(cluster); });
    m_neighbourCache.clear();
    emit topologyChanged();
    if (m_base && role != IlsRole::None) { // joining a running network: it learns through ILS only
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
            m_pendingOut[ends[0]] -= int(it.value()->pending.size()) + (it.value()->carriesBase ? 1 : 0);
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

void IlsNetwork::setRole(const QString &name, IlsRole role, const QString &hub)
{
    Member *m = member(name);
    if (!m)
        return;
    const bool joining = m->role == IlsRole::None && role != IlsRole::None;
    m->role = role;
    m->hub = role == IlsRole::Spoke ? hub : QString();
    m_neighbourCache.clear();
    if (role == IlsRole::None) { // leaving: learned data goes, its own stays (with its claims)
        QHash<QString, IlsRecord> own = ownRecords(m->cluster);
        for (auto it = own.begin(); it != own.end(); ++it) {
            auto old = m->overrides.constFind(it.key());
            if (old != m->overrides.cend() && old->cluster == name) {
                it->claim = old->claim;
                it->usn = old->usn;
            }
        }
        m->overrides = std::move(own);
        m->hasBase = false;
    }
    clusterStateChanged(m->cluster);
    emit topologyChanged();
    if (joining && m_base) {
        join(*m);
    }
}

void IlsNetwork::join(Member &m)
{
    const QString name = m.name;
    // The newcomer learns what its neighbours know now (the converged start state and every
    // update since), and advertises what changed here while it was outside; the newest claim of
    // each key wins on both sides.
    m.hasBase = false;
    const QStringList peers = neighbours(name);
    for (const QString &n : peers)
        if (const Member *peer = member(n)) {
            if (peer->hasBase)
                sendBase(n, name);
            for (auto it = peer->overrides.cbegin(); it != peer->overrides.cend(); ++it)
                send(n, name, it.key(), it.value());
        }
    QList<QPair<QString, IlsRecord>> mine;
    for (auto it = m.overrides.begin(); it != m.overrides.end(); ++it) {
        if (it->cluster != name)
            continue;
        if (it->usn == 0) {
            auto b = m_base->constFind(it.key());
            if (b != m_base->cend() && b->sameState(*it))
                continue;
            it->usn = nextUsn();
            it->claim = it->usn;
            it->origin = name;
        }
        mine.append({it.key(), it.value()});
    }
    forward(name, name, mine);
}

IlsRole IlsNetwork::role(const QString &name) const
{
    const Member *m = member(name);
    return m ? m->role : IlsRole::None;
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
        if (m_members.value(n)->role == IlsRole::Hub)
            out.append(n);
    return out;
}

QStringList IlsNetwork::spokesOf(const QString &hub) const
{
    QStringList out;
    for (const QString &n : m_order) {
        const Member *m = m_members.value(n);
        if (m->role == IlsRole::Spoke && m->hub == hub)
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
    case IlsRole::None: return {};
    case IlsRole::Spoke: {
        const QStringList out = member(m->hub) ? QStringList{m->hub} : QStringList{};
        m_neighbourCache.insert(name, out);
        return out;
    }
    case IlsRole::Hub: break;
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
    if (!m || m->role == IlsRole::None)
        return false;
    if (m->role == IlsRole::Spoke && !member(m->hub))
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
        if (m->role != IlsRole::None)
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
        m->hasBase = m->role != IlsRole::None;
        const QHash<QString, IlsRecord> own = ownRecords(m->cluster);
        if (m->role == IlsRole::None) {
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
    m_latestUser.clear();
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
        if (it.value()->pending.isEmpty() && !it.value()->carriesBase)
            continue;
        const qsizetype nl = it.key().indexOf(QLatin1Char('\n'));
        const QString from = it.key().left(nl), to = it.key().mid(nl + 1);
        if (from == m->name || to == m->name)
            trySchedule(from, to, *it.value());
    }
}

// ---- publications ---------------------------------------------------------------------------

quint64 IlsNetwork::nextUsn()
{
    // A lab-wide hybrid logical clock: lab time in the high bits, a counter below, never going
    // back. One clock for the whole lab orders every login and logout as they happened.
    const quint64 t = quint64(qMax<qint64>(0, m_clock->now())) << 20;
    m_usn = qMax(m_usn + 1, t);
    return m_usn;
}

void IlsNetwork::publish(Member &m, QList<QPair<QString, IlsRecord>> records)
{
    if (records.isEmpty())
        return;
    for (auto &[key, rec] : records) {
        rec.usn = nextUsn();
        rec.origin = m.name;
        rec.cluster = m.name;
        if (rec.claim == NewClaim)
            rec.claim = rec.usn;
        m.overrides.insert(key, rec);
        if (key.startsWith(QLatin1String("u:"))) {
            auto latest = m_latestUser.find(key);
            if (latest == m_latestUser.end())
                m_latestUser.insert(key, rec);
            else if (rec.newerThan(*latest))
                *latest = rec;
        }
    }
    if (m.role == IlsRole::None || !m_base)
        return;
    forward(m.name, m.name, records);
}

IlsRecord IlsNetwork::continued(const Member &m, const QString &key, const QStringList &devices) const
{
    // An update of this cluster's claim when the network believes the key is here; otherwise
    // (nothing known) a claim of its own.
    const IlsRecord *cur = lookup(m, key);
    IlsRecord r{m.name, devices, 0, m.name, NewClaim};
    if (cur && cur->cluster == m.name)
        r.claim = cur->claim;
    return r;
}

void IlsNetwork::publishLogin(Cluster *cluster, const QString &userId, bool superUser, const QStringList &dns, const QStringList &devices)
{
    Member *m = member(cluster->name());
    if (!m)
        return;
    QList<QPair<QString, IlsRecord>> records;
    for (const QString &dn : dns)
        records.append({IlsRecord::dnKey(dn), IlsRecord{m->name, devices, 0, m->name, NewClaim}});
    if (superUser)
        records.append({IlsRecord::userKey(userId), IlsRecord{m->name, devices, 0, m->name, NewClaim}});
    publish(*m, records);
    if (m->role != IlsRole::None) {
        LabEvent e;
        e.type = LabEvent::Type::IlsSync;
        e.cluster = m->name;
        e.user = userId;
        e.message = ilsMessage(QT_TRANSLATE_NOOP("IlsNetwork", "The Extension Mobility login of %1 started an ILS sync from %2."), {userId, m->name});
        m_events->append(e);
        if (superUser)
            announceOwedLogouts(*m, userId);
    }
}

void IlsNetwork::announceOwedLogouts(const Member &from, const QString &userId)
{
    // Clusters that still have the user logged in learn the new login in a moment (in flight)
    // or only once they can receive again (deferred): say which, so the console's staleness
    // is explained.
    const QString key = IlsRecord::userKey(userId);
    for (const QString &n : std::as_const(m_order)) {
        const Member *x = m_members.value(n);
        if (x == &from || x->role == IlsRole::None)
            continue;
        const IlsRecord *r = lookup(*x, key);
        if (!r || r->cluster != n || r->devices.isEmpty())
            continue;
        LabEvent e;
        e.cluster = n;
        e.peer = from.name;
        e.user = userId;
        if (reachable(from.name, n)) {
            e.type = LabEvent::Type::IlsSync;
            e.message = ilsMessage(QT_TRANSLATE_NOOP("IlsNetwork", "The news that %1 logged in on %2 is on its way to %3, which logs %1 out when it arrives."),
                                   {userId, from.name, n});
        } else {
            e.type = LabEvent::Type::IlsHeld;
            e.message = ilsMessage(QT_TRANSLATE_NOOP("IlsNetwork", "Logout of %1 on %2 deferred: %2 cannot receive ILS updates now; it logs %1 out as soon as it can (%1 logged in on %3)."),
                                   {userId, n, from.name});
        }
        m_events->append(e);
    }
}

bool IlsNetwork::reachable(const QString &from, const QString &to) const
{
    // from → (its hub) → (to's hub) → to, every cluster on the way taking part now
    QStringList path{from};
    const Member *a = member(from), *b = member(to);
    if (!a || !b)
        return false;
    if (a->role == IlsRole::Spoke)
        path.append(a->hub);
    if (b->role == IlsRole::Spoke && !path.contains(b->hub))
        path.append(b->hub);
    path.append(to);
    for (const QString &n : std::as_const(path)) {
        const Member *x = member(n);
        if (!x || !x->active)
            return false;
    }
    return true;
}

QStringList IlsNetwork::owedLogouts(const QString &cluster) const
{
    QStringList out;
    const Member *x = member(cluster);
    if (!x || x->role == IlsRole::None)
        return out;
    for (auto it = m_latestUser.cbegin(); it != m_latestUser.cend(); ++it) {
        if (it->cluster == cluster)
            continue;
        const IlsRecord *r = lookup(*x, it.key());
        if (r && r->cluster == cluster && !r->devices.isEmpty() && it->newerThan(*r))
            out.append(it.key().mid(2));
    }
    std::sort(out.begin(), out.end());
    return out;
}

void IlsNetwork::publishLogout(Cluster *cluster, const QString &userId, bool superUser, const QStringList &dns, const QStringList &devices)
{
    Member *m = member(cluster->name());
    if (!m)
        return;
    QList<QPair<QString, IlsRecord>> records;
    // Only the cluster the network believes holds the DN/user may say where it is now; a
    // cluster whose claim was overtaken (the user logged in elsewhere since) has nothing to say.
    auto believedHere = [&](const QString &key) {
        const IlsRecord *r = lookup(*m, key);
        return !r || r->cluster == m->name;
    };
    for (const QString &dn : dns)
        if (believedHere(IlsRecord::dnKey(dn)))
            records.append({IlsRecord::dnKey(dn), continued(*m, IlsRecord::dnKey(dn), devices)});
    if (superUser && believedHere(IlsRecord::userKey(userId)))
        records.append({IlsRecord::userKey(userId), continued(*m, IlsRecord::userKey(userId), devices)});
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
        return !r || r->cluster == m->name || (!devices.isEmpty() && !r->isPresent());
    };
    for (const QString &dn : std::as_const(dns))
        if (believedHere(IlsRecord::dnKey(dn)) && (!devices.isEmpty() || u->homeCluster))
            records.append({IlsRecord::dnKey(dn), continued(*m, IlsRecord::dnKey(dn), devices)});
    if (!devices.isEmpty() && believedHere(IlsRecord::userKey(userId)))
        records.append({IlsRecord::userKey(userId), continued(*m, IlsRecord::userKey(userId), devices)});
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
        if (!cur || (cur->cluster == name && !cur->sameState(*it)))
            records.append({it.key(), continued(*m, it.key(), it->devices)});
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
    // Coalescing keeps the newest claim of a key (or the newest update of one claim): a logout
    // that follows a login on the same cluster carries that login's claim, so the receiver
    // draws the same consequence from it; an older claim has none left.
    auto it = link->pending.find(key);
    if (it == link->pending.end()) {
        link->pending.insert(key, rec);
        updatePendingCounter(from, 1);
    } else if (rec.newerThan(*it)) {
        *it = rec;
    }
    trySchedule(from, to, *link);
}

void IlsNetwork::sendBase(const QString &from, const QString &to)
{
    Link *&link = m_links[linkKey(from, to)];
    if (!link)
        link = new Link;
    if (!link->carriesBase) {
        link->carriesBase = true;
        updatePendingCounter(from, 1);
    }
    trySchedule(from, to, *link);
}

void IlsNetwork::trySchedule(const QString &from, const QString &to, Link &link)
{
    if (link.scheduled || (link.pending.isEmpty() && !link.carriesBase))
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
    const bool base = link->carriesBase;
    link->carriesBase = false;
    if (base)
        updatePendingCounter(from, -1);
    const bool learnedBase = base && !b->hasBase && a->hasBase;
    if (learnedBase)
        b->hasBase = true;
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
    if (learnedBase)
        forwardBase(to, from);
    if (applied.isEmpty())
        return;
    forward(to, from, applied);
    emit recordsApplied(to, int(applied.size()));
    // A newer claim elsewhere — a login there, or a logout there that followed a login there —
    // ends any older login of the user here. News that had to wait (held on the way, or older
    // than the longest path takes) is a deferred logout.
    const qint64 longest = 3 * m_latency + 1;
    for (const auto &[key, rec] : std::as_const(applied)) {
        if (!key.startsWith(QLatin1String("u:")) || rec.cluster.isEmpty() || rec.cluster == to)
            continue;
        const qint64 age = m_clock->now() - qint64(rec.usn >> 20);
        emit userLoggedInElsewhere(b->cluster, key.mid(2), rec.cluster, deferred || age > longest);
    }
}

void IlsNetwork::forwardBase(const QString &at, const QString &from)
{
    // A hub that learned the table passes it on to those of its neighbours still without it.
    const Member *m = member(at);
    if (!m || m->role != IlsRole::Hub)
        return;
    for (const QString &n : neighbours(at))
        if (n != from)
            if (const Member *x = member(n); x && !x->hasBase)
                sendBase(at, n);
}

void IlsNetwork::forward(const QString &at, const QString &from, const QList<QPair<QString, IlsRecord>> &records)
{
    const Member *m = member(at);
    if (!m || m->role == IlsRole::None)
        return;
    QStringList targets;
    if (m->role == IlsRole::Spoke) {
        if (from == at && member(m->hub))
            targets.append(m->hub);
    } else if (from == at || role(from) == IlsRole::Spoke) {
        targets = neighbours(at);
        targets.removeAll(from);
    } else {
        targets = neighbours(at); // a hub relays what another hub sent to its own spokes only
        targets.erase(std::remove_if(targets.begin(), targets.end(), [this](const QString &n) { return role(n) != IlsRole::Spoke; }), targets.end());
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
    return true;
}

// ---- views ----------------------------------------------------------------------------------

const IlsRecord *IlsNetwork::lookup(const Member &m, const QString &key) const
{
    auto it = m.overrides.constFind(key);
    if (it != m.overrides.cend())
        return &it.value();
    if (m.role == IlsRole::None || !m_base || !m.hasBase)
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
        n += int(l->pending.size()) + (l->carriesBase ? 1 : 0);
    return n;
}

IlsNetwork::LinkState IlsNetwork::linkState(const QString &from, const QString &to) const
{
    LinkState s;
    if (const Link *l = m_links.value(linkKey(from, to), nullptr)) {
        s.pending = int(l->pending.size()) + (l->carriesBase ? 1 : 0);
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
