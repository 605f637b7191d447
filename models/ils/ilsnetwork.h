#pragma once

#include <QHash>
#include <QList>
#include <QObject>
#include <QString>
#include <QStringList>

#include <memory>
#include <optional>

#include "core/message.h"
#include "ils/ilsrecord.h"
#include "ils/ilsrole.h"

class Clock;
class Cluster;
class Counters;
class EventLog;

/// The Intercluster Lookup Service network of the lab.
///
/// Hubs form a full mesh, each spoke talks to its one hub, ILS runs on the publisher only. A
/// cluster takes part while its publisher is up and runs Cisco Intercluster Lookup Service;
/// otherwise it neither sends nor receives, and what is addressed to it waits (counted as
/// pending) until it returns. A hub that is down therefore isolates its spokes (the documented
/// limitation). Every delivery takes the per-link latency of the lab clock; updates for one
/// link are batched, and within a batch the newest claim of a key wins (see IlsRecord: a
/// logout carries the claim of the login it ends, so coalescing never loses a consequence).
/// A cluster that joins a running network learns everything through ILS from its neighbours.
///
/// Each cluster has its own view of every DN's location and every super user's login: the
/// converged state taken when the network started (shared by all views, so 200 clusters with a
/// million DNs stay cheap) plus the updates that cluster has applied since.
class IlsNetwork : public QObject
{
    Q_OBJECT
public:
    /// What one direction of a link carries now (for the topology map).
    struct LinkState {
        int pending = 0;       ///< updates waiting on the link (in flight or held)
        bool inFlight = false; ///< a batch is travelling; it arrives at @c due
        qint64 due = -1;       ///< lab time of arrival while in flight
    };
    struct DnConflict {
        QString dn;
        QStringList clusters; ///< clusters that define the DN for different users or phones
        QStringList owners;   ///< "user bob", "phone SEP…" — one per cluster
    };

    IlsNetwork(Clock *clock, EventLog *events, Counters *counters, QObject *parent = nullptr);
    ~IlsNetwork() override;

    qint64 latencyMs() const { return m_latency; }
    void setLatencyMs(qint64 ms) { m_latency = qMax<qint64>(0, ms); }
    qint64 syncIntervalMs() const { return m_syncInterval; }
    /// Delay before configuration changes (DNs added or moved by an administrator) are advertised.
    void setSyncIntervalMs(qint64 ms) { m_syncInterval = qMax<qint64>(0, ms); }

    // ---- topology ----------------------------------------------------------------------------
    /// Joins @p cluster (a spoke names its @p hub). Call start() once clusters are added.
    void addCluster(Cluster *cluster, IlsRole role, const QString &hub = {});
    void removeCluster(const QString &name);
    void setRole(const QString &name, IlsRole role, const QString &hub = {});
    IlsRole role(const QString &name) const;
    QString hubOf(const QString &name) const;
    QStringList hubs() const;
    QStringList spokesOf(const QString &hub) const;
    /// Clusters @p name exchanges ILS messages with directly.
    QStringList neighbours(const QString &name) const;
    /// Takes part now: in the network, publisher up, ILS running on the publisher.
    bool isActive(const QString &name) const;
    /// Cisco's recommended limits exceeded (warnings, not refusals): 10 hubs, 20 spokes per hub,
    /// 200 clusters.
    QList<Message> warnings() const;

    /// Takes the current state of every cluster as the converged starting point.
    void start();
    bool isStarted() const { return bool(m_base); }
    /// Re-reads whether @p cluster takes part (node or service changed); a cluster that returns
    /// receives and sends what waited for it.
    void clusterStateChanged(Cluster *cluster);

    // ---- publications (called by Extension Mobility and the lab) ------------------------------
    /// A login on @p cluster: its DNs are now registered there on @p devices; a super user's
    /// login state moves there too. Starts an ILS sync.
    void publishLogin(Cluster *cluster, const QString &userId, bool superUser, const QStringList &dns, const QStringList &devices);
    /// A logout on @p cluster; @p devices are the user's remaining phones there.
    void publishLogout(Cluster *cluster, const QString &userId, bool superUser, const QStringList &dns, const QStringList &devices);
    /// Re-advertises what @p cluster knows about @p userId (made a super user: starts a sync).
    void syncUser(Cluster *cluster, const QString &userId);

    // ---- views -------------------------------------------------------------------------------
    /// Where @p viewer believes @p dn is registered (possibly stale).
    std::optional<IlsRecord> dnRecord(const QString &viewer, const QString &dn) const;
    /// Where @p viewer believes super user @p userId is logged in.
    std::optional<IlsRecord> userRecord(const QString &viewer, const QString &userId) const;
    /// Super users logged in on @p cluster whose newer login elsewhere it has not learned yet:
    /// the logouts it owes (in flight, or deferred until it can receive).
    QStringList owedLogouts(const QString &cluster) const;

    // ---- replication state -------------------------------------------------------------------
    /// Updates waiting on links (in flight or held for a cluster that cannot receive).
    int pendingCount() const;
    /// Updates waiting on the link @p from → @p to.
    int pendingCount(const QString &from, const QString &to) const;
    /// Lab time of the last exchange from @p from to @p to, or -1 (never): the last batch of
    /// updates delivered, or the full synchronization when both started (or one returned)
    /// taking part in ILS.
    qint64 lastSync(const QString &from, const QString &to) const;
    /// Updates that will be delivered without anything else changing.
    bool hasDeliverable() const { return m_scheduled > 0; }
    /// Lab time of the next delivery, or -1.
    qint64 nextDelivery() const;
    /// Updates on the link @p from → @p to: travelling (with their arrival time) or held
    /// because one end cannot send or receive.
    LinkState linkState(const QString &from, const QString &to) const;

    /// DNs defined on two clusters for different users or phones (a uniform dial plan is
    /// required). Super users' replicated profiles are the same user: not a conflict.
    QList<DnConflict> dnConflicts() const { return m_conflicts; }
    void refreshConflicts();

signals:
    /// @p cluster learned a newer claim of super user @p userId on @p otherCluster (a login
    /// there, or a logout there that followed one): any login of the user on @p cluster is older
    /// and ends. @p deferred when the news waited because a cluster could not receive.
    void userLoggedInElsewhere(Cluster *cluster, const QString &userId, const QString &otherCluster, bool deferred);
    void recordsApplied(const QString &cluster, int count);
    void pendingChanged();
    void topologyChanged();

private:
    struct Member;
    struct Link;
    Member *member(const QString &name);
    const Member *member(const QString &name) const;
    static constexpr quint64 NewClaim = ~quint64(0);
    const IlsRecord *lookup(const Member &m, const QString &key) const;
    IlsRecord continued(const Member &m, const QString &key, const QStringList &devices) const;
    void announceOwedLogouts(const Member &from, const QString &userId);
    bool reachable(const QString &from, const QString &to) const;
    void sendBase(const QString &from, const QString &to);
    void forwardBase(const QString &at, const QString &from);
    QHash<QString, IlsRecord> ownRecords(Cluster *c) const;
    void publish(Member &m, QList<QPair<QString, IlsRecord>> records);
    void send(const QString &from, const QString &to, const QString &key, const IlsRecord &rec);
    void trySchedule(const QString &from, const QString &to, Link &link);
    void deliver(const QString &from, const QString &to);
    void forward(const QString &at, const QString &from, const QList<QPair<QString, IlsRecord>> &records);
    bool apply(Member &m, const QString &key, const IlsRecord &rec);
    quint64 nextUsn();
    void updatePendingCounter(const QString &from, int delta);
    void scheduleConfigSync(Cluster *c);
    void configSync(const QString &name);
    void join(Member &m);
    static QString linkKey(const QString &from, const QString &to) { return from + QLatin1Char('\n') + to; }

    Clock *m_clock;
    EventLog *m_events;
    Counters *m_counters;
    qint64 m_latency = 200;
    qint64 m_syncInterval = 60'000;
    QHash<QString, Member *> m_members;
    QStringList m_order; // join order
    QHash<QString, Link *> m_links;
    /// Lab time of the last full synchronization per directed link (start, a cluster back).
    QHash<QString, qint64> m_fullSyncs;
    void recordFullSync(const QString &name);
    std::shared_ptr<const QHash<QString, IlsRecord>> m_base;
    quint64 m_usn = 0;                        // the lab-wide logical clock of ILS updates
    QHash<QString, IlsRecord> m_latestUser;   // newest claim of each super user published since start()
    int m_scheduled = 0;
    QHash<QString, int> m_pendingOut;
    QList<DnConflict> m_conflicts;
    mutable QHash<QString, QStringList> m_neighbourCache; // cleared on topology changes
};
