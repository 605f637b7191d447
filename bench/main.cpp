// emroam-bench engine: figures for the engine, as "name value unit" lines.
#include "bat/batjob.h"
#include "catalog/parametercatalog.h"
#include "httpbench.h"
#include "catalog/servicecatalog.h"
#include "cluster/cluster.h"
#include "core/clock.h"
#include "ils/ilsnetwork.h"
#include "lab/lab.h"
#include "mobility/extensionmobility.h"
#include "security/credentialhasher.h"
#include "security/credentialverifier.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QTemporaryDir>
#include <QTimer>

#include <cstdio>
#include <ctime>

namespace {

const QString Pin = QStringLiteral("12345");
const QString Model = QStringLiteral("Cisco 8865");

void print(const char *name, double value, const char *unit)
{
    std::printf("%s %.6g %s\n", name, value, unit);
    std::fflush(stdout);
}

double peakRssMb()
{
    QFile f(QStringLiteral("/proc/self/status"));
    if (!f.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : f.readAll().split('\n'))
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').first().toDouble() / 1024.0;
    return -1;
}

double cpuSeconds()
{
    timespec ts{};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts);
    return double(ts.tv_sec) + double(ts.tv_nsec) / 1e9;
}

void fail(const QString &what)
{
    std::fprintf(stderr, "emroam-bench: %s\n", qPrintable(what));
    std::exit(1);
}

void check(const Refusal &r, const QString &what)
{
    if (r)
        fail(what + QStringLiteral(": ") + r.englishText());
}

/// A new lab without clusters (they come with addCluster()).
void openEmptyLab(Lab &lab, const QString &dir)
{
    lab.clock()->setMode(Clock::Mode::Manual);
    Lab::Settings settings;
    settings.ilsSyncIntervalMs = 60000;
    settings.linkLatencyMs = 0;
    settings.emProcessingMs = 0;
    QString error;
    if (!lab.create(dir, QStringLiteral("bench"), settings, &error))
        fail(error);
}

QString clusterName(int k) { return QStringLiteral("C%1").arg(k, 3, 10, QLatin1Char('0')); }
QString dnOf(int k, int i) { return QStringLiteral("%1%2").arg(k + 100).arg(i, 5, 10, QLatin1Char('0')); }
QString userOf(int k, int i) { return QStringLiteral("u%1x%2").arg(k).arg(i); }
QString phoneOf(int k, int j)
{
    return (QStringLiteral("SEP") + QStringLiteral("%1").arg(k, 4, 16, QLatin1Char('0')) + QStringLiteral("%1").arg(j, 8, 16, QLatin1Char('0'))).toUpper();
}

/// A cluster with one node, the feature's services, @p users users with one profile and DN
/// each (home here), and @p phones EM-enabled phones.
Cluster *addCluster(Lab &lab, int k, IlsRole role, const QString &hub, int users, int phones, const QString &digest)
{
    Lab::ClusterSpec spec;
    spec.name = clusterName(k);
    spec.role = role;
    spec.hub = hub;
    spec.nodes = {{spec.name.toLower() + QStringLiteral("-pub"), QStringLiteral("198.51.100.%1").arg(k % 250 + 1), true}};
    QString error;
    Cluster *c = lab.addCluster(spec, &error);
    if (!c)
        fail(error);
    c->beginBulk();
    const QString pub = c->publisher().hostName;
    for (const QString &s : {Services::CallManager, Services::Tftp, Services::ExtensionMobility, Services::Ils})
        check(c->setServiceActivated(pub, s, true), s);
    check(c->setEnterpriseParameter(Params::ClusterId, QStringLiteral("bench-%1").arg(k)), QStringLiteral("cluster id"));
    check(c->setServiceParameter(Services::ExtensionMobility, Params::MaxConcurrentRequests, QStringLiteral("100")), QStringLiteral("max"));
    PhoneService em;
    em.name = QStringLiteral("Extension Mobility");
    em.url = QStringLiteral("http://%1:8080/emapp/EMAppServlet?device=#DEVICENAME#").arg(pub);
    check(c->savePhoneService(em), em.name);
    for (int j = 0; j < phones; ++j) {
        Device d;
        d.name = phoneOf(k, j);
        d.model = Model;
        d.protocol = QStringLiteral("SIP");
        d.emEnabled = true;
        d.services = {em.id};
        check(c->saveDevice(d), d.name);
    }
    c->commitBulk();
    QList<Device> profiles;
    QList<EndUser> people;
    profiles.reserve(users);
    people.reserve(users);
    for (int i = 0; i < users; ++i) {
        Device p;
        p.kind = Device::Kind::Profile;
        p.name = QStringLiteral("UDP-") + userOf(k, i);
        p.model = Model;
        p.protocol = QStringLiteral("SIP");
        p.lines = {dnOf(k, i)};
        p.services = {em.id};
        profiles.append(p);
        EndUser u;
        u.userId = userOf(k, i);
        u.lastName = u.userId;
        u.primaryExtension = dnOf(k, i);
        u.homeCluster = true;
        people.append(u);
    }
    check(c->bulkAddUsersWithProfiles(profiles, people, digest), QStringLiteral("bulk users"));
    return c;
}

void settle(Lab &lab)
{
    IlsNetwork *ils = lab.ils();
    while (ils->hasDeliverable())
        lab.clock()->advance(qMax<qint64>(0, ils->nextDelivery() - lab.clock()->now()));
}

// ---- login + logout pairs on a 10-cluster lab ---------------------------------------------------

void loginLogoutPairs(int pairs)
{
    QTemporaryDir dir;
    Lab lab;
    openEmptyLab(lab, dir.path());
    const QString digest = CredentialHasher::hash(Pin);
    constexpr int Clusters = 10, Users = 100;
    for (int k = 0; k < Clusters; ++k)
        addCluster(lab, k, k < 2 ? IlsRole::Hub : IlsRole::Spoke, k < 2 ? QString() : clusterName(k % 2), Users, Users, digest);
    lab.startEngine();
    // No event loop here: PINs are checked on this thread (the 2-minute cache spares most).
    lab.credentialVerifier()->setMode(CredentialVerifier::Mode::Inline);
    QList<ExtensionMobility *> ems;
    for (int k = 0; k < Clusters; ++k)
        ems.append(lab.mobility(clusterName(k)));

    int ok = 0;
    auto count = [&ok](const EmResult &r) { ok += r.ok() ? 1 : 0; };
    QElapsedTimer t;
    t.start();
    const double cpu0 = cpuSeconds();
    for (int n = 0; n < pairs; ++n) {
        const int k = n % Clusters;
        const int i = (n / Clusters) % Users;
        EmLoginRequest req;
        req.deviceName = phoneOf(k, i);
        req.id = userOf(k, i);
        req.pin = Pin;
        ems[k]->login(req, count);
        ems[k]->logout(req.deviceName, count);
        if (n % 128 == 127)
            lab.clock()->advance(0); // deliver ILS updates (zero latency)
    }
    settle(lab);
    const double secs = t.nsecsElapsed() / 1e9;
    const double cpu = cpuSeconds() - cpu0;
    if (ok != 2 * pairs)
        fail(QStringLiteral("%1 of %2 logins/logouts failed").arg(2 * pairs - ok).arg(2 * pairs));
    print("engine.login_logout_pairs", pairs, "pairs");
    print("engine.login_logout_pairs_per_second", pairs / secs, "pairs/s");
    // the same per second of CPU time used (user + system): steadier on a shared machine
    print("engine.login_logout_pairs_per_cpu_second", pairs / cpu, "pairs/s");
}

// ---- one roaming login on a 200-cluster network -----------------------------------------------

void roamingConvergence(int hubs, int spokesPerHub, int users)
{
    QTemporaryDir dir;
    QElapsedTimer build;
    build.start();
    Lab lab;
    openEmptyLab(lab, dir.path());
    const QString digest = CredentialHasher::hash(Pin);
    int k = 0;
    for (int h = 0; h < hubs; ++h)
        addCluster(lab, k++, IlsRole::Hub, QString(), users, 2, digest);
    for (int h = 0; h < hubs; ++h)
        for (int s = 0; s < spokesPerHub; ++s)
            addCluster(lab, k++, IlsRole::Spoke, clusterName(h), users, 2, digest);
    const int clusters = k;

    // The roaming super user: home on the first spoke, also provisioned on a spoke of another hub.
    const int home = hubs;
    int away = qMin(hubs + spokesPerHub * (hubs / 2) + 1, clusters - 1);
    if (away == home)
        away = hubs > 1 ? 1 : 0; // a tiny network: roam to a hub

    for (int c : {home, away}) {
        Cluster *cl = lab.cluster(clusterName(c));
        Device p;
        p.kind = Device::Kind::Profile;
        p.name = QStringLiteral("UDP-roamer");
        p.model = Model;
        p.protocol = QStringLiteral("SIP");
        p.lines = {QStringLiteral("9990001")};
        EndUser u;
        u.userId = QStringLiteral("roamer");
        u.lastName = QStringLiteral("Roamer");
        u.homeCluster = c == home;
        check(cl->bulkAddUsersWithProfiles({p}, {u}, digest), QStringLiteral("roamer"));
        check(cl->addEndUserToGroup(Groups::RoamingSuperUsers, cl->endUserByUserId(QStringLiteral("roamer"))->id), QStringLiteral("group"));
    }
    EmLoginRequest req;
    req.deviceName = phoneOf(home, 0);
    req.id = QStringLiteral("roamer");
    req.pin = Pin;
    if (!lab.mobility(clusterName(home))->loginNow(req).ok())
        fail(QStringLiteral("home login failed"));
    lab.startEngine();
    const double buildSecs = build.nsecsElapsed() / 1e9;

    req.deviceName = phoneOf(away, 0);
    lab.mobility(clusterName(away))->loginNow(req); // warm the credential cache
    lab.mobility(clusterName(away))->logoutNow(req.deviceName);
    settle(lab);
    lab.mobility(clusterName(home))->loginNow(EmLoginRequest{phoneOf(home, 0), QStringLiteral("roamer"), Pin, QStringLiteral("UID"), {}, false});
    settle(lab);

    QElapsedTimer t;
    t.start();
    const EmResult r = lab.mobility(clusterName(away))->loginNow(req);
    settle(lab);
    const double ms = t.nsecsElapsed() / 1e6;
    if (!r.ok())
        fail(QStringLiteral("roaming login failed: ") + r.text());
    // converged: every cluster knows the new location, and home logged the user out
    for (int c = 0; c < clusters; ++c) {
        const auto rec = lab.ils()->dnRecord(clusterName(c), QStringLiteral("9990001"));
        if (!rec || rec->cluster != clusterName(away))
            fail(QStringLiteral("%1 did not converge").arg(clusterName(c)));
    }
    if (lab.cluster(clusterName(home))->loginOnDevice(lab.cluster(clusterName(home))->deviceByName(phoneOf(home, 0))->id))
        fail(QStringLiteral("home cluster kept the login"));
    print("engine.ils_clusters", clusters, "clusters");
    print("engine.ils_users", double(clusters) * users, "users");
    print("engine.roaming_login_convergence_ms", ms, "ms");
    print("engine.lab_build_seconds", buildSecs, "s");
    print("engine.peak_rss_mb", peakRssMb(), "MB");
}

/// emroam-bench bat: Bulk Administration of 100,000 end users with 100,000 device profiles
/// into one cluster, as the page runs it (BatJob in slices on the event loop): the profiles
/// file, then the users file (each user controls its profile and has its DN as Primary
/// Extension). Rows per second include parsing, validation with the Cluster's rules and the
/// commit; the longest stall is the largest gap between ticks of a 1 ms timer on the same
/// event loop the console's window would use.
void batImport(int users)
{
    QTemporaryDir dir;
    Lab lab;
    openEmptyLab(lab, dir.path());
    Cluster *c = addCluster(lab, 1, IlsRole::None, {}, 0, 0, CredentialHasher::hash(Pin));
    QByteArray profiles("DEVICE PROFILE NAME,DESCRIPTION,DEVICE PROFILE TYPE,DEVICE PROTOCOL,USER LOCALE,DIRECTORY NUMBER 1,IP PHONE SERVICE 1\r\n");
    QByteArray people("FIRST NAME,LAST NAME,USER ID,PIN,PRIMARY EXTENSION,HOME CLUSTER,DEFAULT PROFILE,CONTROLLED PROFILE 1\r\n");
    for (int i = 0; i < users; ++i) {
        const QString user = QStringLiteral("bat%1").arg(i);
        const QString dn = QStringLiteral("5%1").arg(i, 7, 10, QLatin1Char('0'));
        profiles += QStringLiteral("UDP-%1,%1's profile,Cisco 8865,SIP,Japanese Japan,%2,Extension Mobility\r\n").arg(user, dn).toUtf8();
        people += QStringLiteral("太郎%1,山田,%1,12345,%2,t,UDP-%1,UDP-%1\r\n").arg(user, dn).toUtf8();
    }

    QElapsedTimer wall;
    QElapsedTimer sinceTick;
    qint64 maxGapNs = 0;
    QTimer ticker;
    ticker.setInterval(1);
    // On a shared, loaded machine the wall-clock gap also counts the time other processes held
    // the CPU; the GUI thread's own CPU time between two ticks is the stall it would cause alone.
    auto threadCpuNs = [] {
        timespec ts{};
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
        return qint64(ts.tv_sec) * 1'000'000'000 + ts.tv_nsec;
    };
    qint64 maxCpuGapNs = 0;
    qint64 lastCpu = threadCpuNs();
    QObject::connect(&ticker, &QTimer::timeout, [&] {
        maxGapNs = std::max(maxGapNs, sinceTick.nsecsElapsed());
        sinceTick.restart();
        const qint64 cpu = threadCpuNs();
        maxCpuGapNs = std::max(maxCpuGapNs, cpu - lastCpu);
        lastCpu = cpu;
    });
    int rows = 0;
    const double cpu0 = cpuSeconds();
    wall.start();
    sinceTick.start();
    ticker.start();
    for (auto [type, data] : {std::pair{Bat::Type::DeviceProfiles, &profiles}, std::pair{Bat::Type::EndUsers, &people}}) {
        BatJob job(c, type, BatJob::Operation::Import);
        QEventLoop loop;
        QObject::connect(&job, &BatJob::loaded, &loop, [&](bool ok) {
            if (!ok)
                fail(job.issues().value(0).reason.englishText());
            job.start();
        });
        QObject::connect(&job, &BatJob::finished, &loop, &QEventLoop::quit);
        job.loadInBackground(*data); // as the page does
        loop.exec();
        if (!job.succeeded())
            fail(QStringLiteral("bat import refused: ") + job.issues().value(0).reason.englishText());
        rows += job.summary().added;
    }
    ticker.stop();
    const double secs = double(wall.nsecsElapsed()) / 1e9;
    if (c->endUserCount() != users || !c->endUserByUserId(QStringLiteral("bat%1").arg(users - 1)))
        fail(QStringLiteral("the users are not all there"));
    print("bat.rows", rows, "rows");
    print("bat.import_seconds", secs, "s");
    print("bat.rows_per_second", rows / secs, "rows/s");
    print("bat.cpu_rows_per_second", rows / (cpuSeconds() - cpu0), "rows/s");
    print("bat.max_event_loop_stall_ms", double(maxGapNs) / 1e6, "ms");
    print("bat.max_event_loop_stall_cpu_ms", double(maxCpuGapNs) / 1e6, "ms");
    print("bat.peak_rss_mb", peakRssMb(), "MB");
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments().mid(1);
    if (args.value(0) == QLatin1String("http"))
        return runHttpBench(args);
    auto opt = [&](const char *name, int def) {
        const int i = int(args.indexOf(QString::fromLatin1(name)));
        return i >= 0 && i + 1 < args.size() ? args.at(i + 1).toInt() : def;
    };
    if (args.value(0) == QLatin1String("bat")) {
        batImport(opt("--users", 100000));
        return 0;
    }
    if (args.value(0) != QLatin1String("engine")) {
        std::fprintf(stderr, "usage: emroam-bench engine [--pairs N] [--hubs H --spokes S --users U]\n"
                             "       emroam-bench http [--clients N] [--pairs P]\n"
                             "       emroam-bench bat [--users N]\n");
        return 2;
    }
    loginLogoutPairs(opt("--pairs", 100000));
    // 10 hubs with 19 spokes each: 200 clusters, the most Cisco recommends.
    roamingConvergence(opt("--hubs", 10), opt("--spokes", 19), opt("--users", 5000));
    return 0;
}
