#pragma once

#include <QHash>
#include <QList>
#include <QObject>
#include <QPointF>
#include <QString>

#include "core/refusal.h"
#include "entities/node.h"

class CallRouter;
class Clock;
class Cluster;
class Counters;
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
    enum class IlsRole { None, Hub, Spoke };

    struct ClusterSpec {
        QString name;
        QList<Node> nodes;
        IlsRole role = IlsRole::None;
        QString hub;       ///< the hub a spoke registers with
        QPointF position;  ///< on the topology map
        QString database;  ///< file name inside the lab folder
    };

    struct Settings {
        qint64 ilsSyncIntervalMs = 60'000;  ///< ILS "Synchronize Clusters Every N Minutes", scaled for a lab
        qint64 linkLatencyMs = 200;         ///< one-way delay of an ILS message between two clusters
        qint64 emProcessingMs = 150;        ///< how long Extension Mobility takes to handle a request
        int httpBasePort = 0;               ///< HTTP listeners on base + cluster index; 0 = automatic ports
    };

    explicit Lab(QObject *parent = nullptr);
    ~Lab() override;

    /// Opens the lab in @p directory, creating the demo lab there when it holds none.
    bool open(const QString &directory, QString *error);
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

    // ---- the engine --------------------------------------------------------------------------
    EventLog *events() const { return m_events; }
    Counters *counters() const { return m_counters; }
    IlsNetwork *ils() const { return m_ils; }
    CallRouter *router() const { return m_router; }
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

signals:
    void clusterAdded(Cluster *cluster);
    void settingsChanged();

private:
    friend class DemoLab;
    bool load(QString *error);
    Cluster *openCluster(const ClusterSpec &spec, QString *error);
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
    EventLog *m_events;
    Counters *m_counters;
    IlsNetwork *m_ils;
    CallRouter *m_router;
    QHash<Cluster *, ExtensionMobility *> m_mobility;
    QHash<Cluster *, Registrar *> m_registrars;
    QHash<Cluster *, QList<qint64>> m_superUsers;
    QHash<Cluster *, bool> m_wasUp;
};
