#include "lab.h"

#include <algorithm>

#include <QCoreApplication>

#include "catalog/parametercatalog.h"
#include "catalog/servicecatalog.h"
#include "cluster/cluster.h"
#include "cluster/ucmrelease.h"
#include "core/clock.h"
#include "demolab.h"
#include "events/counters.h"
#include "events/eventlog.h"
#include "ils/ilsnetwork.h"
#include "mobility/extensionmobility.h"
#include "mobility/registrar.h"
#include "routing/callrouter.h"
#include "security/credentialverifier.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QSaveFile>
#include <QStandardPaths>

#include <algorithm>
#include <cmath>

namespace {
const QString LabFile = QStringLiteral("lab.json");
constexpr int FormatVersion = 1;
constexpr int MaxCoordinate = 1'000'000; // map positions: far beyond any screen, never overflowing

QString roleName(IlsRole role)
{
    switch (role) {
    case IlsRole::Hub: return QStringLiteral("hub");
    case IlsRole::Spoke: return QStringLiteral("spoke");
    case IlsRole::None: break;
    }
    return QStringLiteral("none");
}

IlsRole parseRole(const QString &s)
{
    if (s == QLatin1String("hub"))
        return IlsRole::Hub;
    if (s == QLatin1String("spoke"))
        return IlsRole::Spoke;
    return IlsRole::None;
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
    m_router = new CallRouter(m_clock, m_events, m_ils, this);
    m_verifier = new CredentialVerifier(this);
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
    setModified(false); // building the demo lab is no change of the trainer's
    return ok;
}

QString Lab::labFileName()
{
    return LabFile;
}

QStringList Lab::checkLabFile(const QString &path, QList<ClusterSpec> *specs)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {tr("Cannot read %1: %2").arg(QDir::toNativeSeparators(path), f.errorString())};
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(f.readAll(), &parseError);
    if (!doc.isObject())
        return {tr("%1 is not a valid lab file: %2").arg(QDir::toNativeSeparators(path), parseError.errorString())};
    const QJsonObject root = doc.object();
    if (root.value(QLatin1String("format")).toInt() > FormatVersion)
        return {tr("%1 was written by a newer version of EMRoam Console.").arg(QDir::toNativeSeparators(path))};
    QList<ClusterSpec> found;
    Settings settings;
    const QStringList problems = Lab().parse(root, &found, &settings);
    if (problems.isEmpty() && specs)
        *specs = found;
    return problems;
}

void Lab::setModified(bool modified)
{
    if (m_modified == modified)
        return;
    m_modified = modified;
    emit modifiedChanged(modified);
}

bool Lab::create(const QString &directory, const QString &name, const Settings &settings, QString *error)
{
    close();
    if (!QDir().mkpath(directory)) {
        if (error)
            *error = tr("Cannot create the lab folder %1.").arg(directory);
        return false;
    }
    if (containsLab(directory)) {
        if (error)
            *error = tr("%1 already holds a lab.").arg(QDir::toNativeSeparators(directory));
        return false;
    }
    m_directory = QDir(directory).absolutePath();
    m_name = name;
    m_settings = settings;
    if (!save(error))
        return false;
    startEngine();
    return true;
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
        m_router->removeCluster(c);
        delete m_mobility.take(c);
        delete m_registrars.take(c);
        c->close();
        delete c;
    }
    m_superUsers.clear();
    m_wasUp.clear();
    m_clusters.clear();
    m_specs.clear();
    m_refused.clear();
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
    // The whole file first: nothing is opened or created while any of it is wrong.
    QList<ClusterSpec> specs;
    Settings settings = m_settings;
    const QStringList problems = parse(root, &specs, &settings);
    if (!problems.isEmpty()) {
        if (error) {
            *error = tr("The lab file %1 cannot be used; nothing was opened or changed:").arg(QDir::toNativeSeparators(f.fileName()));
            for (const QString &p : problems)
                *error += QStringLiteral("\n- ") + p;
        }
        return false;
    }
    m_name = root.value(QLatin1String("name")).toString();
    m_settings = settings;
    for (const ClusterSpec &spec : std::as_const(specs)) {
        QString clusterError;
        bool inUse = false;
        if (openCluster(spec, &clusterError, m_createMissingDatabases, &inUse))
            continue;
        if (inUse) {
            // cluster databases are opened with exclusive locking: one console per lab folder
            if (error)
                *error = tr("The lab in %1 is open in another EMRoam Console: close that one first.").arg(m_directory);
            close();
            return false;
        }
    }
    if (m_clusters.isEmpty()) {
        if (error) {
            *error = tr("No cluster of the lab in %1 could be opened:").arg(QDir::toNativeSeparators(m_directory));
            for (const RefusedCluster &r : std::as_const(m_refused))
                *error += QStringLiteral("\n- ") + r.reason.text();
        }
        close();
        return false;
    }
    return true;
}

QStringList Lab::parse(const QJsonObject &root, QList<ClusterSpec> *specs, Settings *settings) const
{
    QStringList problems;
    const QJsonValue settingsValue = root.value(QLatin1String("settings"));
    if (!settingsValue.isUndefined() && !settingsValue.isObject())
        problems.append(tr("\"settings\" must be an object."));
    const QJsonObject s = settingsValue.toObject();
    auto number = [&](const char *key, qint64 *out) {
        const QJsonValue v = s.value(QLatin1String(key));
        if (v.isUndefined())
            return;
        if (!v.isDouble() || v.toDouble() < 0)
            problems.append(tr("Setting %1 must be a number of 0 or more.").arg(QLatin1String(key)));
        else
            *out = v.toInteger(*out);
    };
    number("ilsSyncIntervalMs", &settings->ilsSyncIntervalMs);
    number("linkLatencyMs", &settings->linkLatencyMs);
    number("emProcessingMs", &settings->emProcessingMs);
    qint64 port = settings->httpBasePort;
    number("httpBasePort", &port);
    settings->httpBasePort = int(qBound(qint64(0), port, qint64(65'000)));

    const QJsonArray clusters = root.value(QLatin1String("clusters")).toArray();
    if (clusters.isEmpty())
        problems.append(tr("The lab file lists no clusters."));
    QStringList roleProblems;
    for (qsizetype i = 0; i < clusters.size(); ++i) {
        const QString number = QString::number(i + 1);
        if (!clusters[i].isObject()) {
            problems.append(tr("Entry %1 of \"clusters\" is not an object.").arg(number));
            continue;
        }
        const QJsonObject o = clusters[i].toObject();
        ClusterSpec spec;
        spec.name = o.value(QLatin1String("name")).toString().trimmed();
        spec.database = o.value(QLatin1String("database")).toString();
        const QJsonObject ils = o.value(QLatin1String("ils")).toObject();
        const QString role = ils.value(QLatin1String("role")).toString(QStringLiteral("none"));
        spec.role = parseRole(role);
        spec.hub = ils.value(QLatin1String("hub")).toString();
        spec.release = o.value(QLatin1String("release")).toString(UcmRelease::Default).trimmed();
        const QString label = spec.name.isEmpty() ? tr("cluster %1").arg(number) : spec.name;
        if (spec.role == IlsRole::None && role != QLatin1String("none"))
            roleProblems.append(tr("%1: unknown ILS role \"%2\" (hub, spoke or none).").arg(label, role));
        // the map position is optional (labs written before the map kept none)
        const QJsonValue position = o.value(QLatin1String("position"));
        if (!position.isUndefined()) {
            const QJsonObject pos = position.toObject();
            const QJsonValue x = pos.value(QLatin1String("x")), y = pos.value(QLatin1String("y"));
            if (!position.isObject() || !x.isDouble() || !y.isDouble() || std::abs(x.toDouble()) > MaxCoordinate
                || std::abs(y.toDouble()) > MaxCoordinate) {
                problems.append(tr("%1: \"position\" must be an object with numbers x and y between -%2 and %2.")
                                    .arg(label)
                                    .arg(MaxCoordinate));
            } else {
                spec.position = QPointF(x.toDouble(), y.toDouble());
                spec.hasPosition = true;
            }
        }
        const QJsonArray nodes = o.value(QLatin1String("nodes")).toArray();
        for (qsizetype n = 0; n < nodes.size(); ++n) {
            const QJsonObject node = nodes[n].toObject();
            spec.nodes.append({node.value(QLatin1String("host")).toString().trimmed(), node.value(QLatin1String("address")).toString(),
                               node.value(QLatin1String("publisher")).toBool()});
        }
        if (spec.name.isEmpty())
            problems.append(tr("In the lab file, cluster %1 has no name.").arg(number));
        if (!UcmRelease::isValid(spec.release))
            problems.append(tr("%1: \"%2\" is not a Unified CM release (write it as Cisco does, for example 12.0(1)SU1).").arg(label, spec.release));
        specs->append(spec);
    }
    for (qsizetype i = 0; i < specs->size(); ++i)
        problems += specProblems(specs->at(i), specs->mid(0, i));
    // A spoke's hub must name a cluster of the file (a broken reference is a damaged file). A
    // hub that is itself a spoke is a topology the lab can run: Roaming Readiness reports the
    // spoke as cut off from ILS.
    for (const ClusterSpec &spec : std::as_const(*specs)) {
        if (spec.role != IlsRole::Spoke)
            continue;
        bool hubFound = false;
        for (const ClusterSpec &other : std::as_const(*specs))
            hubFound = hubFound || other.name.compare(spec.hub, Qt::CaseInsensitive) == 0;
        if (!hubFound)
            problems.append(tr("%1 is a spoke of \"%2\", which is not a cluster of this lab.").arg(spec.name, spec.hub));
    }
    return problems + roleProblems;
}

QStringList Lab::specProblems(const ClusterSpec &spec, const QList<ClusterSpec> &others) const
{
    QStringList problems;
    const QString label = spec.name;
    if (!label.isEmpty()) {
        for (const ClusterSpec &o : others)
            if (o.name.compare(spec.name, Qt::CaseInsensitive) == 0) {
                problems.append(tr("The cluster name %1 is used more than once (names must differ, ignoring case).").arg(spec.name));
                break;
            }
    }
    const QString name = label.isEmpty() ? tr("A cluster without a name") : label;
    // A database is a file of the lab folder: never a path that leads out of it.
    const QString db = spec.database;
    if (db.isEmpty()) {
        problems.append(tr("%1 has no database file.").arg(name));
    } else if (db.contains(QLatin1Char('/')) || db.contains(QLatin1Char('\\')) || db == QLatin1String(".")
               || db == QLatin1String("..") || db.contains(QLatin1Char(':'))
               || std::any_of(db.cbegin(), db.cend(), [](QChar c) { return c.unicode() < 0x20 || c.unicode() == 0x7f; })) {
        problems.append(tr("%1: the database \"%2\" must be a file name inside the lab folder (no folders, no \"..\").").arg(name, db));
    } else if (db.compare(LabFile, Qt::CaseInsensitive) == 0) {
        problems.append(tr("%1: the database cannot be the lab file %2.").arg(name, db));
    } else {
        for (const ClusterSpec &o : others)
            if (o.database.compare(db, Qt::CaseInsensitive) == 0) {
                problems.append(tr("%1 and %2 share the database %3: each cluster needs its own file.").arg(o.name, name, db));
                break;
            }
    }
    if (spec.nodes.isEmpty())
        problems.append(tr("%1 has no nodes.").arg(name));
    QSet<QString> hosts;
    int publishers = 0;
    for (const Node &n : spec.nodes) {
        if (n.hostName.isEmpty())
            problems.append(tr("%1: a node has no host name.").arg(name));
        else if (hosts.contains(n.hostName.toLower()))
            problems.append(tr("%1: the host name %2 is listed twice.").arg(name, n.hostName));
        hosts.insert(n.hostName.toLower());
        publishers += n.publisher ? 1 : 0;
    }
    if (!spec.nodes.isEmpty() && publishers != 1)
        problems.append(tr("%1 needs exactly one publisher node.").arg(name));
    return problems;
}

bool Lab::save(QString *error) const
{
    QJsonArray clusters;
    QList<ClusterSpec> specs = m_specs;
    for (const RefusedCluster &r : m_refused) // kept in lab.json for when the file is repaired
        specs.append(r.spec);
    for (const ClusterSpec &spec : std::as_const(specs)) {
        QJsonArray nodes;
        for (const Node &n : spec.nodes)
            nodes.append(QJsonObject{{QStringLiteral("host"), n.hostName},
                                     {QStringLiteral("address"), n.address},
                                     {QStringLiteral("publisher"), n.publisher}});
        QJsonObject ils{{QStringLiteral("role"), roleName(spec.role)}};
        if (spec.role == IlsRole::Spoke)
            ils.insert(QStringLiteral("hub"), spec.hub);
        QJsonObject cluster{
            {QStringLiteral("name"), spec.name},
            {QStringLiteral("database"), spec.database},
            {QStringLiteral("release"), spec.release.isEmpty() ? UcmRelease::Default : spec.release},
            {QStringLiteral("nodes"), nodes},
            {QStringLiteral("ils"), ils},
        };
        if (spec.hasPosition) // a cluster never placed stays for the map to arrange
            cluster.insert(QStringLiteral("position"), QJsonObject{{QStringLiteral("x"), spec.position.x()}, {QStringLiteral("y"), spec.position.y()}});
        clusters.append(cluster);
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
    for (ExtensionMobility *em : std::as_const(m_mobility))
        em->setProcessingTimeMs(m_settings.emProcessingMs);
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

Cluster *Lab::openCluster(const ClusterSpec &spec, QString *error, bool mayCreate, bool *inUse)
{
    auto *c = new Cluster(spec.name, spec.nodes, this);
    c->setRelease(spec.release.isEmpty() ? UcmRelease::Default : spec.release);
    c->setClusterIdInUse([this, c](const QString &id) {
        for (Cluster *other : std::as_const(m_clusters))
            if (other != c && other->clusterId().compare(id, Qt::CaseInsensitive) == 0)
                return true;
        return false;
    });
    c->setLabTime([this] { return m_clock->now(); }); // audit log entries carry lab time
    const Cluster::OpenMode mode = mayCreate ? Cluster::OpenMode::CreateIfMissing : Cluster::OpenMode::ExistingOnly;
    if (!c->open(QDir(m_directory).filePath(spec.database), error, mode)) {
        if (c->isDatabaseInUse()) {
            // cluster databases are opened with exclusive locking: one console per lab folder
            if (inUse)
                *inUse = true;
        } else {
            // the lab runs without it; the refusal is in the event log and the Lab Overview
            Message reason = c->openError();
            if (reason.isEmpty()) // the file opened but a new database could not be seeded
                reason = Message("ClusterDatabase", QT_TRANSLATE_NOOP("ClusterDatabase", "The database of %1 (%2) cannot be opened: %3"),
                                 {spec.name, QDir::toNativeSeparators(c->databasePath()), error ? *error : QString()});
            m_refused.append({spec, reason});
            LabEvent e;
            e.type = LabEvent::Type::DatabaseRefused;
            e.cluster = spec.name;
            e.message = reason;
            m_events->append(e);
        }
        delete c;
        return nullptr;
    }
    m_specs.append(spec);
    m_specs.last().release = c->release();
    m_clusters.append(c);
    attachEngine(c, spec);
    emit clusterAdded(c);
    return c;
}

void Lab::attachEngine(Cluster *c, const ClusterSpec &spec)
{
    auto *registrar = new Registrar(c, m_events, this);
    m_registrars.insert(c, registrar);
    auto *em = new ExtensionMobility(c, {m_clock, m_events, m_counters, m_ils, registrar, m_verifier}, this);
    em->setProcessingTimeMs(m_settings.emProcessingMs);
    m_mobility.insert(c, em);
    m_router->addCluster(c, registrar);
    m_ils->addCluster(c, spec.role, spec.hub);
    m_wasUp.insert(c, c->isUp());
    if (const AccessControlGroup *g = c->accessControlGroupByName(Groups::RoamingSuperUsers))
        m_superUsers.insert(c, g->endUsers);
    // what is written to the cluster's database is a change a demo lab would lose on quit
    for (auto changed : {&Cluster::audited, &Cluster::bulkImported})
        connect(c, changed, this, [this] { setModified(true); });
    connect(c, &Cluster::parameterChanged, this, [this] { setModified(true); });
    connect(c, &Cluster::loginChanged, this, [this] { setModified(true); });
    connect(c, &Cluster::nodeStateChanged, this, [this] { setModified(true); });
    connect(c, &Cluster::serviceStateChanged, this, [this] { setModified(true); });
    connect(c, &Cluster::nodeStateChanged, this, [this, c](const QString &host, bool up) { clusterNodeChanged(c, host, up); });
    connect(c, &Cluster::serviceStateChanged, this, [this, c](const QString &host, const QString &service) { clusterServiceChanged(c, host, service); });
    connect(c, &Cluster::entityChanged, this, [this, c](Cluster::Entity e, qint64 id) {
        if (e == Cluster::Entity::AccessControlGroup)
            groupChanged(c, id);
    });
    connect(registrar, &Registrar::registrationChanged, this, [this](const QString &device, bool registered) {
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
        // Intra-cluster Maximum Login Time that ran out while the cluster was down applies now.
        if (clusterUp)
            if (ExtensionMobility *em = mobility(c))
                em->scheduleStoredExpiries();
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
    m_ils->setRole(c->name(), role, hubName);
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
    QList<ClusterSpec> others = m_specs;
    for (const RefusedCluster &r : std::as_const(m_refused))
        others.append(r.spec);
    if (const QStringList problems = specProblems(spec, others); !problems.isEmpty()) {
        if (error)
            *error = problems.join(QLatin1Char('\n'));
        return nullptr;
    }
    Cluster *c = openCluster(spec, error);
    if (!c) {
        // a cluster that could not be added is not kept in lab.json as a refused one
        if (!m_refused.isEmpty() && m_refused.constLast().spec.name == spec.name)
            m_refused.removeLast();
        return nullptr;
    }
    if (!save(error))
        return nullptr;
    return c;
}

Refusal Lab::removeCluster(const QString &clusterName)
{
    Cluster *c = cluster(clusterName);
    if (!c)
        return Refusal(QStringLiteral("cluster"), "Lab", QT_TRANSLATE_NOOP("Lab", "There is no cluster named %1."), {clusterName});
    for (const ClusterSpec &s : std::as_const(m_specs))
        if (s.role == IlsRole::Spoke && s.hub.compare(c->name(), Qt::CaseInsensitive) == 0)
            return Refusal(QStringLiteral("role"), "Lab", QT_TRANSLATE_NOOP("Lab", "%1 is the hub of %2: move its spoke clusters to another hub first."), {c->name(), s.name});
    emit clusterAboutToBeRemoved(c);
    const QString name = c->name();
    QString database;
    for (qsizetype i = 0; i < m_specs.size(); ++i)
        if (m_specs[i].name == name)
            database = m_specs.takeAt(i).database;
    m_ils->removeCluster(name);
    m_router->removeCluster(c);
    delete m_mobility.take(c);
    delete m_registrars.take(c);
    m_superUsers.remove(c);
    m_wasUp.remove(c);
    m_clusters.removeAll(c);
    c->close();
    delete c;
    if (!database.isEmpty())
        QFile::remove(QDir(m_directory).filePath(database));
    save();
    return {};
}

Refusal Lab::setClusterRelease(const QString &clusterName, const QString &release)
{
    Cluster *c = cluster(clusterName);
    if (!c)
        return Refusal(QStringLiteral("cluster"), "Lab", QT_TRANSLATE_NOOP("Lab", "There is no cluster named %1."), {clusterName});
    const QString r = release.trimmed();
    if (!UcmRelease::isValid(r))
        return Refusal(QStringLiteral("release"), "Lab",
                       QT_TRANSLATE_NOOP("Lab", "%1 is not a Unified CM release: write it as Cisco does, for example 12.0(1)SU1 or 14.0(1)."), {r});
    if (r == c->release())
        return {};
    const QString before = c->release();
    c->setRelease(r);
    for (ClusterSpec &s : m_specs)
        if (s.name == c->name())
            s.release = r;
    QString error;
    if (!save(&error)) {
        c->setRelease(before);
        for (ClusterSpec &s : m_specs)
            if (s.name == c->name())
                s.release = before;
        return Refusal(QStringLiteral("release"), "Lab", QT_TRANSLATE_NOOP("Lab", "The lab could not be saved: %1"), {error});
    }
    emit clusterReleaseChanged(c);
    return {};
}

Refusal Lab::setClusterPosition(const QString &clusterName, const QPointF &position)
{
    Cluster *c = cluster(clusterName);
    if (!c)
        return Refusal(QStringLiteral("cluster"), "Lab", QT_TRANSLATE_NOOP("Lab", "There is no cluster named %1."), {clusterName});
    if (!std::isfinite(position.x()) || !std::isfinite(position.y()) || std::abs(position.x()) > MaxCoordinate
        || std::abs(position.y()) > MaxCoordinate)
        return Refusal(QStringLiteral("position"), "Lab", QT_TRANSLATE_NOOP("Lab", "%1 cannot be placed that far out on the map."), {c->name()});
    auto it = std::find_if(m_specs.begin(), m_specs.end(), [c](const ClusterSpec &s) { return s.name == c->name(); });
    if (it == m_specs.end())
        return {};
    if (it->hasPosition && it->position == position)
        return {};
    const ClusterSpec before = *it;
    it->position = position;
    it->hasPosition = true;
    QString error;
    if (!save(&error)) {
        *it = before;
        return Refusal(QStringLiteral("position"), "Lab", QT_TRANSLATE_NOOP("Lab", "The lab could not be saved: %1"), {error});
    }
    return {};
}

QString Lab::displayName() const
{
    // labs made before the name was stored in English keep the words they were made with
    return m_name == QLatin1String(DemoLab::name()) ? QCoreApplication::translate("DemoLab", DemoLab::name()) : m_name;
}
