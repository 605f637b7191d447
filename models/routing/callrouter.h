#pragma once

#include <QHash>
#include <QObject>
#include <QString>

#include "routing/callresult.h"

class Clock;
class Cluster;
class EventLog;
class IlsNetwork;
class Registrar;

/// Places calls between the lab's phones. A DN registered on the caller's cluster rings there;
/// otherwise the caller's own (possibly stale) ILS view gives the cluster that holds the DN, and
/// the call crosses a modelled SIP trunk to it, which rings the phone if it has it now.
///
/// It sees only the clusters it is handed (addCluster()), each with its Registrar.
class CallRouter : public QObject
{
    Q_OBJECT
public:
    enum class State { Idle, Dialing, Ringing, Connected };
    struct Call {
        qint64 id = 0;
        QString caller;
        QString callee;
        QString dialed;
        QStringList hops;
        bool answered = false;
        quint64 ringTask = 0; ///< the T301 timeout on the lab clock while it rings
    };

    /// How long a call may ring unanswered: Unified CM's T301 Timer (Q.931 alerting), whose
    /// default of 180,000 ms the lab keeps. The lab has no voicemail to forward to, so the call
    /// then ends as a real one would.
    static constexpr qint64 T301Ms = 180'000;

    /// Calls are told in @p events; @p ils gives each cluster's view of where a DN is; a
    /// ringing call times out on @p clock.
    CallRouter(Clock *clock, EventLog *events, IlsNetwork *ils, QObject *parent = nullptr);

    /// Calls may reach @p cluster, whose phones register with @p registrar. Clusters are
    /// searched in the order they were added.
    void addCluster(Cluster *cluster, Registrar *registrar);
    /// Calls no longer reach @p cluster (it is about to go).
    void removeCluster(Cluster *cluster);

    /// Dials @p digits from phone @p device.
    CallResult dial(const QString &device, const QString &digits);
    /// The ringing phone @p device answers; false when nothing rings there.
    bool answer(const QString &device);
    /// Ends the call @p device takes part in; false when it has none.
    bool hangup(const QString &device);
    State state(const QString &device) const;
    const Call *callOf(const QString &device) const;
    QList<Call> calls() const { return m_calls.values(); }

signals:
    void callChanged(qint64 callId);

private:
    struct Reachable {
        Cluster *cluster;
        Registrar *registrar;
    };
    Cluster *clusterNamed(const QString &name) const;
    Cluster *clusterOfPhone(const QString &deviceName) const;
    Registrar *registrarOf(const Cluster *cluster) const;
    CallResult fail(CallResult::Failure f, const QString &caller, const QString &digits, QStringList hops, Message m);
    void ringingTimedOut(qint64 callId);
    void end(qint64 callId);

    Clock *m_clock;
    EventLog *m_events;
    IlsNetwork *m_ils;
    QList<Reachable> m_clusters;
    qint64 m_nextId = 1;
    QHash<qint64, Call> m_calls;
    QHash<QString, qint64> m_byDevice;
};
