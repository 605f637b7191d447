#include "lab.h"

#include <QCoreApplication>

#include "catalog/parametercatalog.h"
#include "catalog/servicecatalog.h"
#include "cluster/cluster.h"
#include "core/clock.h"
#include "demolab.h"
#include "events/counters.h"
#include "events/eventlog.h"
#include "ils/ilsnetwork.h"
#include "mobility/extensionmobility.h"
#include "mobility/registrar.h"
#include "routing/callrouter.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <QStandardPaths>

namespace {
const QString LabFile = QStringLiteral("lab.json");
constexpr int FormatVersion = 1;

QString roleName(Lab::IlsRole role)
{
    switch (role) {
    case Lab::IlsRole::Hub: return QStringLiteral("hub");
    case Lab::IlsRole::Spoke: return QStringLiteral("spoke");
    case Lab::IlsRole::None: break;
    }
    return QStringLiteral("none");
}

Lab::IlsRole parseRole(const QString &s)
{
    if (s == QLatin1String("hub"))
        return Lab::IlsRole::Hub;
    if (s == QLatin1String("spoke"))
        return Lab::IlsRole::Spoke;
    return Lab::IlsRole::None;
}
} // namespace

Lab::Lab(QObject *parent)
    : QObject(parent), m_clock(new Clock(Clock::Mode::RealTime, this))
{
    m_events = new EventLog(m_clock, this);
    m_counters = new Counters(this);
    m_ils = new IlsNetwork(m_clock, m_events, m_counters, this);
    m_ils->setLatencyMs(m_settings.linkLatencyMs);
    m_ils->setSyncIntervalMs(m_settings.ilsSyncIntervalMs);
    m_router = new CallRouter(this, this);
    connect(m_ils, &IlsNetwork::userLoggedInElsewhere, this,
            [this](Cluster *c, const QString &userId, const QString &other, bool deferred) {
                if (ExtensionMobility *em = mobility(c))
                    em->userLoggedInElsewhere(userId, other, deferred);
            });
}

Lab::~Lab()
{
    close();
}

QString Lab::defaultDirectory()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/lab");
}

bool Lab::containsLab(const QString &directory)
{
    return QFile::exists(QDir(directory).filePath(LabFile));
}

bool Lab::open(const QString &directory, QString *error)
{
    close();
    if (!QDir().mkpath(directory)) {
        if (error)
            *error = tr("Cannot create the lab folder %1.").arg(directory);
        return false;
    }
    m_directory = QDir(directory).absolutePath();
    const bool ok = containsLab(m_directory) ? load(error) : DemoLab::create(*this, error);
    if (ok)
        startEngine();
    return ok;
}

void Lab::startEngine()
{
    m_ils->setLatencyMs(m_settings.linkLatencyMs);
    m_ils->setSyncIntervalMs(m_settings.ilsSyncIntervalMs);
    m_ils->start();
    for (ExtensionMobility *em : std::as_const(m_mobility))
        em->scheduleStoredExpiries();
}

void Lab::close()
{
    for (Cluster *c : std::as_const(m_clusters)) {
        m_ils->removeCluster(c->name());
        delete m_mobility.take(c);
        delete m_registrars.take(c);
        c->close();
        delete c;
    }
    m_superUsers.clear();
    m_wasUp.clear();
    m_clusters.clear();
    m_specs.clear();
}

bool Lab::load(QString *error)
{
    QFile f(QDir(m_directory).filePath(LabFile));
    if (!f.open(QIODevice::ReadOnly)) {
        if (error)
            *error = tr("Cannot read %1: %2").arg(f.fileName(), f.errorString());
        return false;
    }
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(f.readAll(), &parseError);
    if (!doc.isObject()) {
        if (error)
            *error = tr("%1 is not a valid lab file: %2").arg(f.fileName(), parseError.errorString());
        return false;
    }
    const QJsonObject root = doc.object();
    if (root.value(QLatin1String("format")).toInt() > FormatVersion) {
        if (error)
            *error = tr("%1 was written by a newer version of EMRoam Console.").arg(f.fileName());
        return false;
    }
    m_name = root.value(QLatin1String("name")).toString();
    const QJsonObject settings = root.value(QLatin1String("settings")).toObject();
    m_settings.ilsSyncIntervalMs = settings.value(QLatin1String("ilsSyncIntervalMs")).toInteger(m_settings.ilsSyncIntervalMs);
    m_settings.linkLatencyMs = settings.value(QLatin1String("linkLatencyMs")).toInteger(m_settings.linkLatencyMs);
    m_settings.emProcessingMs = settings.value(QLatin1String("emProcessingMs")).toInteger(m_settings.emProcessingMs);
    m_settings.httpBasePort = int(qBound(qint64(0), settings.value(QLatin1String("httpBasePort")).toInteger(0), qint64(65'000)));
    for (const QJsonValue &v : root.value(QLatin1String("clusters")).toArray()) {
        const QJsonObject o = v.toObject();
        ClusterSpec spec;
        spec.name = o.value(QLatin1String("name")).toString();
        spec.database = o.value(QLatin1String("database")).toString();
        const QJsonObject ils = o.value(QLatin1String("ils")).toObject();
        spec.role = parseRole(ils.value(QLatin1String("role")).toString());
        spec.hub = ils.value(QLatin1String("hub")).toString();
        const QJsonObject pos = o.value(QLatin1String("position")).toObject();
        spec.position = QPointF(pos.value(QLatin1String("x")).toDouble(), pos.value(QLatin1String("y")).toDouble());
        for (const QJsonValue &nv : o.value(QLatin1String("nodes")).toArray()) {
            const QJsonObject n = nv.toObject();
            spec.nodes.append({n.value(QLatin1String("host")).toString(), n.value(QLatin1String("address")).toString(),
                               n.value(QLatin1String("publisher")).toBool()});
        }
        if (spec.name.isEmpty() || spec.database.isEmpty() || spec.nodes.isEmpty()) {
            if (error)
                *error = tr("%1 describes a cluster without a name, database or nodes.").arg(f.fileName());
            return false;
        }
        if (!openCluster(spec, error))
            return false;
    }
    return true;
}

bool Lab::save(QString *error) const
{
    QJsonArray clusters;
    for (const ClusterSpec &spec : m_specs) {
        QJsonArray nodes;
        for (const Node &n : spec.nodes)
            nodes.append(QJsonObject{{QStringLiteral("host"), n.hostName},
                                     {QStringLiteral("address"), n.address},
                                     {QStringLiteral("publisher"), n.publisher}});
        QJsonObject ils{{QStringLiteral("role"), roleName(spec.role)}};
        if (spec.role == IlsRole::Spoke)
            ils.insert(QStringLiteral("hub"), spec.hub);
        clusters.append(QJsonObject{
            {QStringLiteral("name"), spec.name},
            {QStringLiteral("database"), spec.database},
            {QStringLiteral("nodes"), nodes},
            {QStringLiteral("ils"), ils},
            {QStringLiteral("position"), QJsonObject{{QStringLiteral("x"), spec.position.x()}, {QStringLiteral("y"), spec.position.y()}}},
        });
    }
    const QJsonObject root{
        {QStringLiteral("format"), FormatVersion},
        {QStringLiteral("name"), m_name},
        {QStringLiteral("settings"), QJsonObject{{QStringLiteral("ilsSyncIntervalMs"), m_settings.ilsSyncIntervalMs},
                                                 {QStringLiteral("linkLatencyMs"), m_settings.linkLatencyMs},
                                                 {QStringLiteral("emProcessingMs"), m_settings.emProcessingMs},
                                                 {QStringLiteral("httpBasePort"), m_settings.httpBasePort}}},
        {QStringLiteral("clusters"), clusters},
    };
    QSaveFile f(QDir(m_directory).filePath(LabFile));
    if (!f.open(QIODevice::WriteOnly) || f.write(QJsonDocument(root).toJson()) < 0 || !f.commit()) {
        if (error)
            *error = tr("Cannot write %1: %2").arg(f.fileName(), f.errorString());
        return false;
    }
    return true;
}

void Lab::setSettings(const Settings &settings)
{
    m_settings = settings;
    m_ils->setLatencyMs(m_settings.linkLatencyMs);
    m_ils->setSyncIntervalMs(m_settings.ilsSyncIntervalMs);
    save();
    emit settingsChanged();
}

Cluster *Lab::cluster(const QString &name) const
{
    for (Cluster *c : m_clusters)
        if (c->name().compare(name, Qt::CaseInsensitive) == 0)
            return c;
    return nullptr;
}

Lab::ClusterSpec Lab::spec(const QString &clusterName) const
{
    for (const ClusterSpec &s : m_specs)
        if (s.name.compare(clusterName, Qt::CaseInsensitive) == 0)
            return s;
    return {};
}

QList<Lab::ClusterSpec> Lab::specs() const
{
    return m_specs;
}

Cluster *Lab::openCluster(const ClusterSpec &spec, QString *error)
{
    auto *c = new Cluster(spec.name, spec.nodes, this);
    c->setClusterIdInUse([this, c](const QString &id) {
        for (Cluster *other : std::as_const(m_clusters))
            if (other != c && other->clusterId().compare(id, Qt::CaseInsensitive) == 0)
                return true;
        return false;
    });
    if (!c->open(QDir(m_directory).filePath(spec.database), error)) {
        // cluster databases are opened with exclusive locking: one console per lab folder
        if (error && error->contains(QLatin1String("database is locked")))
            *error = tr("The lab in %1 is open in another EMRoam Console: close that one first.").arg(m_directory);
        delete c;
        return nullptr;
    }
    m_specs.append(spec);
    m_clusters.append(c);
    attachEngine(c, spec);
    emit clusterAdded(c);
    return c;
}

void Lab::attachEngine(Cluster *c, const ClusterSpec &spec)
{
    m_registrars.insert(c, new Registrar(c, m_events, this));
    m_mobility.insert(c, new ExtensionMobility(this, c, this));
    const IlsNetwork::Role role = spec.role == IlsRole::Hub ? IlsNetwork::Role::Hub
        : spec.role == IlsRole::Spoke                        ? IlsNetwork::Role::Spoke
                                                             : IlsNetwork::Role::None;
    m_ils->addCluster(c, role, spec.hub);
    m_wasUp.insert(c, c->isUp());
    if (const AccessControlGroup *g = c->accessControlGroupByName(Groups::RoamingSuperUsers))
        m_superUsers.insert(c, g->endUsers);
    connect(c, &Cluster::nodeStateChanged, this, [this, c](const QString &host, bool up) { clusterNodeChanged(c, host, up); });
    connect(c, &Cluster::serviceStateChanged, this, [this, c](const QString &host, const QString &service) { clusterServiceChanged(c, host, service); });
    connect(c, &Cluster::entityChanged, this, [this, c](Cluster::Entity e, qint64 id) {
        if (e == Cluster::Entity::AccessControlGroup)
            groupChanged(c, id);
    });
    connect(m_registrars.value(c), &Registrar::registrationChanged, this, [this](const QString &device, bool registered) {
        if (!registered)
            m_router->hangup(device);
    });
}

void Lab::clusterNodeChanged(Cluster *c, const QString &host, bool up)
{
    LabEvent e;
    e.type = LabEvent::Type::NodeState;
    e.cluster = c->name();
    e.message = up ? Message("Lab", QT_TRANSLATE_NOOP("Lab", "Server %1 of %2 is up."), {host, c->name()})
                   : Message("Lab", QT_TRANSLATE_NOOP("Lab", "Server %1 of %2 is down."), {host, c->name()});
    m_events->append(e);
    const bool clusterUp = c->isUp();
    if (clusterUp != m_wasUp.value(c)) {
        m_wasUp.insert(c, clusterUp);
        LabEvent ce;
        ce.type = LabEvent::Type::ClusterState;
        ce.cluster = c->name();
        ce.message = clusterUp ? Message("Lab", QT_TRANSLATE_NOOP("Lab", "%1 is up."), {c->name()})
                               : Message("Lab", QT_TRANSLATE_NOOP("Lab", "%1 is down: its phones unregister and it leaves ILS until it returns."), {c->name()});
        m_events->append(ce);
    }
    m_ils->clusterStateChanged(c);
}

void Lab::clusterServiceChanged(Cluster *c, const QString &host, const QString &service)
{
    const Cluster::ServiceState st = c->serviceState(host, service);
    LabEvent e;
    e.type = LabEvent::Type::ServiceState;
    e.cluster = c->name();
    e.message = st.running ? Message("Lab", QT_TRANSLATE_NOOP("Lab", "%1 is running on %2."), {service, host})
              : st.activated ? Message("Lab", QT_TRANSLATE_NOOP("Lab", "%1 stopped on %2."), {service, host})
                             : Message("Lab", QT_TRANSLATE_NOOP("Lab", "%1 is deactivated on %2."), {service, host});
    m_events->append(e);
    if (service == Services::Ils)
        m_ils->clusterStateChanged(c);
}

void Lab::groupChanged(Cluster *c, qint64 groupId)
{
    const AccessControlGroup *g = c->accessControlGroup(groupId);
    if (!g || g->name != Groups::RoamingSuperUsers)
        return;
    const QList<qint64> before = m_superUsers.value(c);
    m_superUsers.insert(c, g->endUsers);
    if (!m_ils->isStarted())
        return;
    for (qint64 id : g->endUsers)
        if (!before.contains(id))
            if (const EndUser *u = c->endUser(id))
                m_ils->syncUser(c, u->userId);
}

Refusal Lab::setIlsRole(const QString &clusterName, IlsRole role, const QString &hub)
{
    Cluster *c = cluster(clusterName);
    if (!c)
        return Refusal(QStringLiteral("cluster"), "Lab", QT_TRANSLATE_NOOP("Lab", "There is no cluster named %1."), {clusterName});
    QString hubName;
    if (role == IlsRole::Spoke) {
        Cluster *h = cluster(hub);
        if (!h || h == c || spec(h->name()).role != IlsRole::Hub)
            return Refusal(QStringLiteral("registrationServer"), "Lab", QT_TRANSLATE_NOOP("Lab", "A spoke cluster registers with a hub cluster: %1 is not a hub of this lab."), {hub});
        hubName = h->name();
    }
    if (role != IlsRole::Hub)
        for (const ClusterSpec &s : std::as_const(m_specs))
            if (s.role == IlsRole::Spoke && s.hub.compare(c->name(), Qt::CaseInsensitive) == 0)
                return Refusal(QStringLiteral("role"), "Lab", QT_TRANSLATE_NOOP("Lab", "%1 is the hub of %2: move its spoke clusters to another hub first."), {c->name(), s.name});
    for (ClusterSpec &s : m_specs)
        if (s.name == c->name()) {
            s.role = role;
            s.hub = hubName;
        }
    m_ils->setRole(c->name(), role == IlsRole::Hub ? IlsNetwork::Role::Hub : role == IlsRole::Spoke ? IlsNetwork::Role::Spoke : IlsNetwork::Role::None, hubName);
    save();
    return {};
}

ExtensionMobility *Lab::mobility(const QString &clusterName) const
{
    return mobility(cluster(clusterName));
}

Cluster *Lab::clusterOfPhone(const QString &deviceName) const
{
    for (Cluster *c : m_clusters)
        if (const Device *d = c->deviceByName(deviceName); d && d->isPhone())
            return c;
    return nullptr;
}

void Lab::setDatabaseFailing(Cluster *c, bool failing)
{
    if (c->isDatabaseFailing() == failing)
        return;
    c->setDatabaseFailing(failing);
    LabEvent e;
    e.type = LabEvent::Type::Fault;
    e.cluster = c->name();
    e.message = failing ? Message("Lab", QT_TRANSLATE_NOOP("Lab", "Injected fault: the database of %1 fails every request."), {c->name()})
                        : Message("Lab", QT_TRANSLATE_NOOP("Lab", "The database of %1 works again."), {c->name()});
    m_events->append(e);
}

Cluster *Lab::addCluster(const ClusterSpec &specIn, QString *error)
{
    ClusterSpec spec = specIn;
    if (spec.name.isEmpty() || cluster(spec.name)) {
        if (error)
            *error = tr("A cluster needs a name that no other cluster of the lab has.");
        return nullptr;
    }
    if (spec.database.isEmpty())
        spec.database = spec.name.toLower() + QStringLiteral(".sqlite");
    Cluster *c = openCluster(spec, error);
    if (c && !save(error))
        return nullptr;
    return c;
}

QString Lab::displayName() const
{
    // labs made before the name was stored in English keep the words they were made with
    return m_name == QLatin1String(DemoLab::name()) ? QCoreApplication::translate("DemoLab", DemoLab::name()) : m_name;
}
