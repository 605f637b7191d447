#pragma once

#include <QHash>
#include <QList>
#include <QObject>
#include <QPointF>
#include <QString>

#include "core/message.h"
#include "core/refusal.h"
#include "entities/node.h"
#include "ils/ilsrole.h"

class CallRouter;
class QJsonObject;
class Clock;
class Cluster;
class Counters;
class CredentialVerifier;
class EventLog;
class ExtensionMobility;
class IlsNetwork;
class Registrar;

/// The lab: a folder holding lab.json (clusters, their nodes, ILS roles, map positions and
/// settings) and one SQLite database per cluster. Opening a folder with no lab creates the
/// demo lab there.
///
/// The lab owns the engine: per cluster an ExtensionMobility and a Registrar, and for the whole
/// lab the IlsNetwork, the CallRouter, the Counters and the EventLog, all on the lab Clock.
class Lab : public QObject
{
    Q_OBJECT
public:
    struct ClusterSpec {
        QString name;
        QList<Node> nodes;
        IlsRole role = IlsRole::None;
        QString hub;       ///< the hub a spoke registers with
        QPointF position;  ///< on the topology map
        QString database;  ///< file name inside the lab folder
        QString release;   ///< Unified CM release, e.g. "14.0(1)SU3" (UcmRelease)
    };

    struct Settings {
        qint64 ilsSyncIntervalMs = 60'000;  ///< ILS "Synchronize Clusters Every N Minutes", scaled for a lab
        qint64 linkLatencyMs = 200;         ///< one-way delay of an ILS message between two clusters
        qint64 emProcessingMs = 150;        ///< how long Extension Mobility takes to handle a request
        int httpBasePort = 0;               ///< HTTP listeners on base + cluster index; 0 = automatic ports
    };

    /// A cluster of lab.json whose database was refused when the lab opened (missing, empty,
    /// damaged, newer): the lab runs without it, and says why.
    struct RefusedCluster {
        ClusterSpec spec;
        Message reason; ///< names the cluster and the file
    };

    explicit Lab(QObject *parent = nullptr);
    ~Lab() override;

    /// Opens the lab in @p directory, creating the demo lab there when it holds none.
    ///
    /// lab.json is checked whole first: any problem refuses the lab with one line per problem
    /// and nothing is opened or created. Then each cluster's database opens; one that is
    /// missing, empty or damaged is refused (refusedClusters(), an event in the log) while the
    /// others run. Fails when no cluster could be opened.
    bool open(const QString &directory, QString *error);
    /// A cluster whose database file is missing or empty gets a new, empty database (a blank
    /// installation) instead of being refused (the --create-missing-databases option).
    void setCreateMissingDatabases(bool create) { m_createMissingDatabases = create; }
    QList<RefusedCluster> refusedClusters() const { return m_refused; }
    /// Starts a new lab without clusters in @p directory (one that holds no lab yet) and writes
    /// its lab.json; clusters then come with addCluster() (benchmarks build labs this way).
    bool create(const QString &directory, const QString &name, const Settings &settings, QString *error);
    /// Writes lab.json.
    bool save(QString *error = nullptr) const;
    void close();

    static QString defaultDirectory();
    static bool containsLab(const QString &directory);

    QString directory() const { return m_directory; }
    QString name() const { return m_name; }
    /// The name as the console shows it: the demo lab's name in the current language.
    QString displayName() const;
    Clock *clock() const { return m_clock; }
    const Settings &settings() const { return m_settings; }
    void setSettings(const Settings &settings);

    QList<Cluster *> clusters() const { return m_clusters; }
    Cluster *cluster(const QString &name) const;
    ClusterSpec spec(const QString &clusterName) const;
    QList<ClusterSpec> specs() const;

    /// Adds a cluster with a new database (a blank Unified CM installation).
    Cluster *addCluster(const ClusterSpec &spec, QString *error);
    /// Takes @p clusterName out of the lab (and the ILS network) and deletes its database; a hub
    /// with spokes is refused. What other clusters learned from it stays until overwritten.
    Refusal removeCluster(const QString &clusterName);

    // ---- the engine --------------------------------------------------------------------------
    EventLog *events() const { return m_events; }
    Counters *counters() const { return m_counters; }
    IlsNetwork *ils() const { return m_ils; }
    CallRouter *router() const { return m_router; }
    /// Checks PINs and passwords off the serving thread (Inline mode for engine tests and
    /// benchmarks that drive Extension Mobility without an event loop).
    CredentialVerifier *credentialVerifier() const { return m_verifier; }
    ExtensionMobility *mobility(Cluster *cluster) const { return m_mobility.value(cluster, nullptr); }
    ExtensionMobility *mobility(const QString &clusterName) const;
    Registrar *registrar(Cluster *cluster) const { return m_registrars.value(cluster, nullptr); }
    /// The cluster that has phone @p deviceName, or nullptr.
    Cluster *clusterOfPhone(const QString &deviceName) const;
    /// Fault injection with an event: the cluster's database fails every request (EM error 6).
    void setDatabaseFailing(Cluster *cluster, bool failing);
    /// Starts the ILS network from the clusters' current state (open() does it).
    void startEngine();
    /// Advanced Features › ILS Configuration: makes @p clusterName a hub, a spoke of @p hub, or
    /// takes it out of the ILS network; saved in lab.json. A cluster that joins advertises what
    /// it has; one that leaves keeps only its own data.
    Refusal setIlsRole(const QString &clusterName, IlsRole role, const QString &hub = {});
    /// The Unified CM release @p clusterName runs (Lab Overview); saved in lab.json. A release
    /// older than 12.0(1)SU1 takes no roaming logins.
    Refusal setClusterRelease(const QString &clusterName, const QString &release);

signals:
    void clusterAdded(Cluster *cluster);
    /// Emitted before @p cluster is deleted.
    void clusterAboutToBeRemoved(Cluster *cluster);
    void settingsChanged();
    void clusterReleaseChanged(Cluster *cluster);

private:
    friend class DemoLab;
    bool load(QString *error);
    /// Reads lab.json into specs and settings; every problem found is one line of the result.
    QStringList parse(const QJsonObject &root, QList<ClusterSpec> *specs, Settings *settings) const;
    /// Problems of @p spec among @p others (names, database file, nodes, ILS role).
    QStringList specProblems(const ClusterSpec &spec, const QList<ClusterSpec> &others) const;
    /// Opens a cluster of the lab; a database refused for what it holds goes to refusedClusters(),
    /// one held by another program sets @p inUse.
    Cluster *openCluster(const ClusterSpec &spec, QString *error, bool mayCreate = true, bool *inUse = nullptr);
    void attachEngine(Cluster *cluster, const ClusterSpec &spec);
    void clusterNodeChanged(Cluster *cluster, const QString &host, bool up);
    void clusterServiceChanged(Cluster *cluster, const QString &host, const QString &service);
    void groupChanged(Cluster *cluster, qint64 groupId);

    QString m_directory;
    QString m_name;
    Settings m_settings;
    Clock *m_clock;
    QList<ClusterSpec> m_specs;
    QList<Cluster *> m_clusters;
    QList<RefusedCluster> m_refused;
    bool m_createMissingDatabases = false;
    EventLog *m_events;
    Counters *m_counters;
    IlsNetwork *m_ils;
    CallRouter *m_router;
    CredentialVerifier *m_verifier;
    QHash<Cluster *, ExtensionMobility *> m_mobility;
    QHash<Cluster *, Registrar *> m_registrars;
    QHash<Cluster *, QList<qint64>> m_superUsers;
    QHash<Cluster *, bool> m_wasUp;
};
