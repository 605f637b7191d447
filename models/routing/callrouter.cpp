#include "callrouter.h"

#include "catalog/servicecatalog.h"
#include "cluster/cluster.h"
#include "core/clock.h"
#include "events/eventlog.h"
#include "ils/ilsnetwork.h"
#include "mobility/registrar.h"

namespace {
Message routeText(const char *source, QStringList args = {})
{
    return Message("CallRouter", source, std::move(args));
}
}

CallRouter::CallRouter(Clock *clock, EventLog *events, IlsNetwork *ils, QObject *parent)
    : QObject(parent), m_clock(clock), m_events(events), m_ils(ils)
{
}

void CallRouter::addCluster(Cluster *cluster, Registrar *registrar)
{
    removeCluster(cluster);
    m_clusters.append({cluster, registrar});
}

void CallRouter::removeCluster(Cluster *cluster)
{
    m_clusters.removeIf([cluster](const Reachable &r) { return r.cluster == cluster; });
}

Cluster *CallRouter::clusterNamed(const QString &name) const
{
    for (const Reachable &r : m_clusters)
        if (r.cluster->name().compare(name, Qt::CaseInsensitive) == 0)
            return r.cluster;
    return nullptr;
}

Cluster *CallRouter::clusterOfPhone(const QString &deviceName) const
{
    for (const Reachable &r : m_clusters)
        if (const Device *d = r.cluster->deviceByName(deviceName); d && d->isPhone())
            return r.cluster;
    return nullptr;
}

Registrar *CallRouter::registrarOf(const Cluster *cluster) const
{
    for (const Reachable &r : m_clusters)
        if (r.cluster == cluster)
            return r.registrar;
    return nullptr;
}

CallResult CallRouter::fail(CallResult::Failure f, const QString &caller, const QString &digits, QStringList hops, Message m)
{
    CallResult r;
    r.failure = f;
    r.hops = std::move(hops);
    r.message = std::move(m);
    LabEvent e;
    e.type = LabEvent::Type::CallFailed;
    e.cluster = r.hops.value(0);
    e.peer = r.hops.size() > 1 ? r.hops.last() : QString();
    e.device = caller;
    e.message = routeText(QT_TRANSLATE_NOOP("CallRouter", "Call from %1 to %2 failed (%3): %4"),
                          {caller, digits, CallResult::reasonToken(f), r.message.englishText()});
    m_events->append(e);
    return r;
}

CallResult CallRouter::dial(const QString &device, const QString &digits)
{
    Cluster *from = clusterOfPhone(device);
    LabEvent attempt;
    attempt.type = LabEvent::Type::CallAttempt;
    attempt.cluster = from ? from->name() : QString();
    attempt.device = device;
    attempt.message = routeText(QT_TRANSLATE_NOOP("CallRouter", "%1 dials %2."), {device, digits});
    m_events->append(attempt);
    if (!from)
        return fail(CallResult::Failure::Unregistered, device, digits, {}, routeText(QT_TRANSLATE_NOOP("CallRouter", "There is no phone %1 in the lab."), {device}));
    Registrar *reg = registrarOf(from);
    if (!reg->isRegistered(device))
        return fail(CallResult::Failure::Unregistered, device, digits, {from->name()},
                    routeText(QT_TRANSLATE_NOOP("CallRouter", "The calling phone %1 is not registered."), {device}));
    if (m_byDevice.contains(device))
        return fail(CallResult::Failure::Busy, device, digits, {from->name()},
                    routeText(QT_TRANSLATE_NOOP("CallRouter", "%1 is already in a call."), {device}));

    QStringList hops{from->name()};
    Cluster *to = from;
    QStringList ringing = reg->registeredDevicesForDn(digits);
    ringing.removeAll(device);
    if (ringing.isEmpty()) {
        const std::optional<IlsRecord> where = m_ils->dnRecord(from->name(), digits);
        if (!where || where->cluster.isEmpty()) {
            if (from->deviceForDn(digits))
                return fail(CallResult::Failure::Unregistered, device, digits, hops,
                            routeText(QT_TRANSLATE_NOOP("CallRouter", "%1 is not registered anywhere %2 knows of."), {digits, from->name()}));
            return fail(CallResult::Failure::UnknownNumber, device, digits, hops,
                        routeText(QT_TRANSLATE_NOOP("CallRouter", "%1 knows no directory number %2."), {from->name(), digits}));
        }
        if (where->cluster != from->name()) {
            to = clusterNamed(where->cluster);
            if (!to || m_ils->role(from->name()) == IlsRole::None || m_ils->role(to->name()) == IlsRole::None)
                return fail(CallResult::Failure::NoRoute, device, digits, hops,
                            routeText(QT_TRANSLATE_NOOP("CallRouter", "%1 has no SIP route to %2."), {from->name(), where->cluster}));
            hops.append(to->name());
            if (!to->isServiceRunningAnywhere(Services::CallManager))
                return fail(CallResult::Failure::ClusterDown, device, digits, hops,
                            routeText(QT_TRANSLATE_NOOP("CallRouter", "%1 believes %2 is on %3, but %3 does not answer (down)."), {from->name(), digits, to->name()}));
            ringing = registrarOf(to)->registeredDevicesForDn(digits);
            ringing.removeAll(device);
        }
        if (ringing.isEmpty()) {
            // Is the DN registered somewhere else now? Then this cluster's belief is stale.
            for (const Reachable &r : std::as_const(m_clusters)) {
                Cluster *c = r.cluster;
                if (c == to)
                    continue;
                QStringList there = r.registrar->registeredDevicesForDn(digits);
                there.removeAll(device);
                if (!there.isEmpty())
                    return fail(CallResult::Failure::StaleLocation, device, digits, hops,
                                routeText(QT_TRANSLATE_NOOP("CallRouter", "%1 still believes %2 is on %3, but it moved to %4 and %1 has not learned it yet."),
                                          {from->name(), digits, to->name(), c->name()}));
            }
            return fail(CallResult::Failure::Unregistered, device, digits, hops,
                        routeText(QT_TRANSLATE_NOOP("CallRouter", "No phone with %1 is registered on %2."), {digits, to->name()}));
        }
    }
    QString callee;
    for (const QString &d : std::as_const(ringing))
        if (!m_byDevice.contains(d)) {
            callee = d;
            break;
        }
    if (callee.isEmpty())
        return fail(CallResult::Failure::Busy, device, digits, hops,
                    routeText(QT_TRANSLATE_NOOP("CallRouter", "%1 is busy on %2."), {digits, ringing.join(QLatin1String(", "))}));

    Call call;
    call.id = m_nextId++;
    call.caller = device;
    call.callee = callee;
    call.dialed = digits;
    call.hops = hops;
    TaskInfo timeout;
    timeout.kind = TaskInfo::Kind::RingingTimeout;
    timeout.cluster = to->name();
    timeout.peer = from->name();
    timeout.phone = callee;
    const qint64 id = call.id;
    call.ringTask = m_clock->schedule(T301Ms, this, [this, id] { ringingTimedOut(id); }, std::move(timeout));
    m_calls.insert(call.id, call);
    m_byDevice.insert(device, call.id);
    m_byDevice.insert(callee, call.id);

    CallResult r;
    r.callId = call.id;
    r.callee = callee;
    r.calleeCluster = to->name();
    r.hops = hops;
    r.message = hops.size() > 1
        ? routeText(QT_TRANSLATE_NOOP("CallRouter", "%1 rings on %2; %3 routed the call over the SIP trunk using the location learned through ILS."), {callee, to->name(), from->name()})
        : routeText(QT_TRANSLATE_NOOP("CallRouter", "%1 rings on %2."), {callee, to->name()});
    LabEvent e;
    e.type = LabEvent::Type::CallRinging;
    e.cluster = from->name();
    e.peer = to->name();
    e.device = callee;
    e.message = r.message;
    m_events->append(e);
    emit callChanged(call.id);
    return r;
}

bool CallRouter::answer(const QString &device)
{
    auto it = m_calls.find(m_byDevice.value(device, 0));
    if (it == m_calls.end() || it->callee != device || it->answered)
        return false;
    it->answered = true;
    if (const quint64 task = std::exchange(it->ringTask, 0))
        m_clock->cancel(task);
    LabEvent e;
    e.type = LabEvent::Type::CallAnswered;
    e.device = device;
    e.message = routeText(QT_TRANSLATE_NOOP("CallRouter", "%1 answered the call from %2."), {device, it->caller});
    m_events->append(e);
    emit callChanged(it->id);
    return true;
}

bool CallRouter::hangup(const QString &device)
{
    const qint64 id = m_byDevice.value(device, 0);
    auto it = m_calls.find(id);
    if (it == m_calls.end())
        return false;
    LabEvent e;
    e.type = LabEvent::Type::CallEnded;
    e.device = device;
    e.message = routeText(QT_TRANSLATE_NOOP("CallRouter", "%1 hung up the call between %2 and %3."), {device, it->caller, it->callee});
    end(id);
    m_events->append(e);
    emit callChanged(id);
    return true;
}

void CallRouter::end(qint64 callId)
{
    auto it = m_calls.find(callId);
    if (it == m_calls.end())
        return;
    if (it->ringTask)
        m_clock->cancel(it->ringTask);
    m_byDevice.remove(it->caller);
    m_byDevice.remove(it->callee);
    m_calls.erase(it);
}

void CallRouter::ringingTimedOut(qint64 callId)
{
    auto it = m_calls.find(callId);
    if (it == m_calls.end() || it->answered)
        return;
    it->ringTask = 0; // it ran
    LabEvent e;
    e.type = LabEvent::Type::CallEnded;
    e.device = it->callee;
    if (const Cluster *c = clusterOfPhone(it->callee))
        e.cluster = c->name();
    e.message = routeText(QT_TRANSLATE_NOOP("CallRouter", "Nobody answered %1: the call from %2 rang for %3 s (T301 Timer) and ended."),
                          {it->callee, it->caller, QString::number(T301Ms / 1000)});
    end(callId);
    m_events->append(e);
    emit callChanged(callId);
}

CallRouter::State CallRouter::state(const QString &device) const
{
    auto it = m_calls.constFind(m_byDevice.value(device, 0));
    if (it == m_calls.cend())
        return State::Idle;
    if (it->answered)
        return State::Connected;
    return it->callee == device ? State::Ringing : State::Dialing;
}

const CallRouter::Call *CallRouter::callOf(const QString &device) const
{
    auto it = m_calls.constFind(m_byDevice.value(device, 0));
    return it == m_calls.cend() ? nullptr : &it.value();
}
