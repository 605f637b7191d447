// emroam-bench http: the EM API over loopback against a bare Qt HttpServer route, from the
// same keep-alive client, as "name value unit" lines.
#include "httpbench.h"

#include "catalog/parametercatalog.h"
#include "catalog/servicecatalog.h"
#include "cluster/cluster.h"
#include "core/clock.h"
#include "http/clusterhttp.h"
#include "http/emapirequest.h"
#include "http/emapiresponse.h"
#include "http/labhttp.h"
#include "lab/lab.h"
#include "mobility/extensionmobility.h"
#include "security/credentialverifier.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QHttpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTimer>
#include <QUrl>
#include <QXmlStreamWriter>

#include <algorithm>
#include <cstdio>
#include <ctime>
#include <memory>

namespace {

QByteArray s_firstFailure;

void print(const char *name, double value, const char *unit)
{
    std::printf("%s %.6g %s\n", name, value, unit);
    std::fflush(stdout);
}

[[noreturn]] void fail(const QString &what)
{
    std::fprintf(stderr, "emroam-bench: %s\n", qPrintable(what));
    std::exit(1);
}

/// One keep-alive connection sending its requests one after the other (HTTP/1.1, no
/// pipelining) and timing each answer.
class KeepAliveClient
{
public:
    using NextRequest = std::function<QByteArray(int n)>; // the n-th request of this client
    KeepAliveClient(quint16 port, int requests, NextRequest next, QList<qint64> *latenciesNs, int *failures, int *running)
        : m_requests(requests), m_next(std::move(next)), m_latencies(latenciesNs), m_failures(failures), m_running(running)
    {
        QObject::connect(&m_socket, &QTcpSocket::connected, [this] { send(); });
        QObject::connect(&m_socket, &QTcpSocket::readyRead, [this] { read(); });
        QObject::connect(&m_socket, &QTcpSocket::errorOccurred, [this] {
            ++*m_failures;
            finish();
        });
        ++*m_running;
        m_socket.connectToHost(QStringLiteral("127.0.0.1"), port);
    }

private:
    void send()
    {
        m_buffer.clear();
        m_timer.start();
        m_socket.write(m_next(m_sent++));
    }
    void read()
    {
        m_buffer += m_socket.readAll();
        const qsizetype end = m_buffer.indexOf("\r\n\r\n");
        if (end < 0)
            return;
        const qsizetype lengthAt = m_buffer.toLower().indexOf("content-length:");
        if (lengthAt < 0 || lengthAt > end)
            return;
        const qsizetype lineEnd = m_buffer.indexOf("\r\n", lengthAt);
        const qint64 length = m_buffer.mid(lengthAt + 15, lineEnd - lengthAt - 15).trimmed().toLongLong();
        if (m_buffer.size() < end + 4 + length)
            return;
        m_latencies->append(m_timer.nsecsElapsed());
        const QByteArray body = m_buffer.mid(end + 4, length);
        if (!m_buffer.startsWith("HTTP/1.1 200") || body.contains("<failure>")) {
            ++*m_failures;
            if (s_firstFailure.isEmpty())
                s_firstFailure = m_buffer.left(end + 4 + length);
        }
        if (m_sent < m_requests)
            send();
        else
            finish();
    }
    void finish()
    {
        if (m_done)
            return;
        m_done = true;
        m_socket.disconnectFromHost();
        if (--*m_running == 0)
            QCoreApplication::exit(0);
    }

    QTcpSocket m_socket;
    int m_requests;
    NextRequest m_next;
    QList<qint64> *m_latencies;
    int *m_failures;
    int *m_running;
    int m_sent = 0;
    bool m_done = false;
    QByteArray m_buffer;
    QElapsedTimer m_timer;
};

double cpuSeconds()
{
    timespec ts{};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts);
    return double(ts.tv_sec) + double(ts.tv_nsec) / 1e9;
}

struct RunResult {
    double seconds = 0;
    double cpuSeconds = 0; ///< server and client together (one process)
    QList<qint64> latenciesNs;
    int failures = 0;
};

RunResult runClients(quint16 port, int clients, int requestsPerClient, const std::function<QByteArray(int client, int n)> &request)
{
    RunResult r;
    int running = 0;
    std::vector<std::unique_ptr<KeepAliveClient>> all;
    QElapsedTimer t;
    t.start();
    const double cpu0 = cpuSeconds();
    for (int c = 0; c < clients; ++c)
        all.push_back(std::make_unique<KeepAliveClient>(
            port, requestsPerClient, [c, &request](int n) { return request(c, n); }, &r.latenciesNs, &r.failures, &running));
    QTimer guard; // bounded: never wait forever on a stuck run
    guard.setSingleShot(true);
    QObject::connect(&guard, &QTimer::timeout, [] { QCoreApplication::exit(1); });
    guard.start(300'000);
    QCoreApplication::exec();
    r.seconds = double(t.nsecsElapsed()) / 1e9;
    r.cpuSeconds = cpuSeconds() - cpu0;
    all.clear();
    return r;
}

double percentileMs(QList<qint64> ns, double p)
{
    if (ns.isEmpty())
        return -1;
    std::sort(ns.begin(), ns.end());
    const qsizetype i = std::min<qsizetype>(ns.size() - 1, qsizetype(p * double(ns.size())));
    return double(ns.at(i)) / 1e6;
}

QByteArray emApiRequest(quint16 port, const QString &op, const QString &device, const QString &user)
{
    QByteArray xml;
    QXmlStreamWriter w(&xml);
    w.writeStartElement(QStringLiteral("request"));
    w.writeStartElement(QStringLiteral("appInfo"));
    w.writeTextElement(QStringLiteral("appID"), QStringLiteral("emapi"));
    w.writeTextElement(QStringLiteral("appCertificate"), QStringLiteral("emapi-pass"));
    w.writeEndElement();
    w.writeStartElement(op);
    w.writeTextElement(QStringLiteral("deviceName"), device);
    if (!user.isEmpty())
        w.writeTextElement(QStringLiteral("userID"), user);
    w.writeEndElement();
    w.writeEndElement();
    const QByteArray body = QByteArrayLiteral("xml=") + QUrl::toPercentEncoding(QString::fromUtf8(xml));
    return QByteArrayLiteral("POST /emservice/EMServiceServlet HTTP/1.1\r\nHost: 127.0.0.1:") + QByteArray::number(port)
           + QByteArrayLiteral("\r\nContent-Type: application/x-www-form-urlencoded\r\nContent-Length: ")
           + QByteArray::number(body.size()) + QByteArrayLiteral("\r\n\r\n") + body;
}

/// Wrong PINs through EMApp on @p attackers connections while one more connection asks for the
/// Services menu: how long the menu takes while PINs are being checked.
struct WrongPinRun {
    RunResult probe;
    RunResult attack;
};

WrongPinRun runWrongPins(quint16 port, const QStringList &phones, const QStringList &users, int attackers, int triesEach)
{
    WrongPinRun r;
    int running = 0;
    std::vector<std::unique_ptr<KeepAliveClient>> all;
    const QByteArray host = QByteArrayLiteral(" HTTP/1.1\r\nHost: 127.0.0.1:") + QByteArray::number(port) + QByteArrayLiteral("\r\n\r\n");
    QElapsedTimer t;
    t.start();
    const double cpu0 = cpuSeconds();
    for (int a = 0; a < attackers; ++a) {
        const QByteArray prefix = QByteArrayLiteral("GET /emapp/EMAppServlet?device=") + phones.at(a).toLatin1()
                                  + QByteArrayLiteral("&userid=") + users.at(a).toLatin1() + QByteArrayLiteral("&seq=");
        all.push_back(std::make_unique<KeepAliveClient>(
            port, triesEach, [prefix, host](int n) -> QByteArray { return prefix + QByteArray::number(50000 + n) + host; },
            &r.attack.latenciesNs, &r.attack.failures, &running));
    }
    const QByteArray menu = QByteArrayLiteral("GET /ccmcip/getservicesmenu.jsp?device=") + phones.last().toLatin1() + host;
    all.push_back(std::make_unique<KeepAliveClient>(port, attackers * triesEach, [menu](int) { return menu; },
                                                    &r.probe.latenciesNs, &r.probe.failures, &running));
    QTimer guard;
    guard.setSingleShot(true);
    QObject::connect(&guard, &QTimer::timeout, [] { QCoreApplication::exit(1); });
    guard.start(300'000);
    QCoreApplication::exec();
    r.probe.seconds = r.attack.seconds = double(t.nsecsElapsed()) / 1e9;
    r.probe.cpuSeconds = r.attack.cpuSeconds = cpuSeconds() - cpu0;
    all.clear();
    return r;
}

void check(const Refusal &r, const QString &what)
{
    if (r)
        fail(what + QStringLiteral(": ") + r.englishText());
}

} // namespace

int runHttpBench(const QStringList &args)
{
    auto opt = [&](const char *name, int def) {
        const int i = int(args.indexOf(QString::fromLatin1(name)));
        return i >= 0 && i + 1 < args.size() ? args.at(i + 1).toInt() : def;
    };
    const int clients = qBound(1, opt("--clients", 32), 256);
    const int pairsPerClient = qBound(1, opt("--pairs", 500), 100'000);

    QTemporaryDir dir;
    Lab lab;
    QString error;
    if (!lab.open(dir.path(), &error)) // the demo lab
        fail(error);
    lab.clock()->setMode(Clock::Mode::Manual);
    Lab::Settings s = lab.settings();
    s.emProcessingMs = 0;
    lab.setSettings(s);
    Cluster *c = lab.cluster(QStringLiteral("Cluster2"));
    check(c->setServiceParameter(Services::ExtensionMobility, Params::MaxConcurrentRequests, QStringLiteral("100")), QStringLiteral("max"));
    const qint64 emService = c->phoneServiceByName(QStringLiteral("Extension Mobility"))->id;
    QStringList phones, users;
    for (int i = 0; i < clients; ++i) {
        Device profile;
        profile.kind = Device::Kind::Profile;
        profile.name = QStringLiteral("UDP-bench%1").arg(i);
        profile.model = QStringLiteral("Cisco 8865");
        profile.protocol = QStringLiteral("SIP");
        profile.lines = {QStringLiteral("29%1").arg(i, 5, 10, QLatin1Char('0'))};
        profile.services = {emService};
        check(c->saveDevice(profile), profile.name);
        Device phone;
        phone.name = QStringLiteral("SEPBE%1").arg(i, 10, 16, QLatin1Char('0')).toUpper();
        phone.model = QStringLiteral("Cisco 8865");
        phone.protocol = QStringLiteral("SIP");
        phone.emEnabled = true;
        phone.services = {emService};
        check(c->saveDevice(phone), phone.name);
        EndUser u;
        u.userId = QStringLiteral("bench%1").arg(i);
        u.lastName = u.userId;
        u.homeCluster = true;
        u.controlledProfiles = {profile.id};
        u.defaultProfileId = profile.id;
        check(c->saveEndUser(u, QStringLiteral("12345")), u.userId);
        phones.append(phone.name);
        users.append(u.userId);
    }

    // The engine alone, same users and phones, no HTTP: what the EM API cannot go below.
    ExtensionMobility *engine = lab.mobility(c);
    {
        int failures = 0;
        const double cpu0 = cpuSeconds();
        for (int n = 0; n < pairsPerClient; ++n)
            for (int i = 0; i < clients; ++i) {
                EmLoginRequest login;
                login.deviceName = phones.at(i);
                login.id = users.at(i);
                login.proxy = true;
                engine->login(login, [&failures](const EmResult &r) { failures += r.ok() ? 0 : 1; });
                engine->logout(phones.at(i), [&failures](const EmResult &r) { failures += r.ok() ? 0 : 1; });
            }
        const double cpu = cpuSeconds() - cpu0;
        print("http.engine_only_ops_per_cpu_second", 2.0 * clients * pairsPerClient / cpu, "ops/s");
        if (failures)
            fail(QStringLiteral("%1 engine-only requests failed").arg(failures));
    }

    if (qEnvironmentVariableIsSet("EMROAM_BENCH_PARTS")) {
        const QByteArray form = emApiRequest(1, QStringLiteral("login"), phones.at(0), users.at(0)).split('\n').last();
        const int n = 32000;
        double t0 = cpuSeconds();
        QByteArray xml;
        QString why;
        for (int i = 0; i < n; ++i)
            EmApiRequest::xmlFromForm(form, &xml, &why);
        print("parts.form_us", (cpuSeconds() - t0) / n * 1e6, "us");
        t0 = cpuSeconds();
        for (int i = 0; i < n; ++i)
            EmApiRequest::parse(xml);
        print("parts.parse_us", (cpuSeconds() - t0) / n * 1e6, "us");
        t0 = cpuSeconds();
        for (int i = 0; i < n; ++i)
            engine->authenticateCallerNow(QStringLiteral("emapi"), QStringLiteral("emapi-pass"), users.at(0));
        print("parts.auth_us", (cpuSeconds() - t0) / n * 1e6, "us");
        t0 = cpuSeconds();
        for (int i = 0; i < n; ++i)
            EmApiResponse::success();
        print("parts.write_us", (cpuSeconds() - t0) / n * 1e6, "us");
        t0 = cpuSeconds();
        for (int i = 0; i < n; ++i)
            engine->deviceUser(phones.at(0));
        print("parts.deviceuser_us", (cpuSeconds() - t0) / n * 1e6, "us");
    }

    LabHttp http(&lab);
    if (!http.start(&error))
        fail(error);
    const quint16 port = http.server(c)->port();
    // Pre-built requests: the client's cost is the same in both runs.
    QList<QByteArray> logins, logouts;
    for (int i = 0; i < clients; ++i) {
        logins.append(emApiRequest(port, QStringLiteral("login"), phones.at(i), users.at(i)));
        logouts.append(emApiRequest(port, QStringLiteral("logout"), phones.at(i), {}));
    }
    // Warm-up (credential cache, connections).
    runClients(port, clients, 2, [&](int client, int n) { return n % 2 ? logouts.at(client) : logins.at(client); });
    const RunResult em = runClients(port, clients, 2 * pairsPerClient,
                                    [&](int client, int n) { return n % 2 ? logouts.at(client) : logins.at(client); });

    QHttpServer bare;
    bare.route(QStringLiteral("/bare"), [] { return QStringLiteral("ok"); });
    const quint16 barePort = bare.listen(QHostAddress::LocalHost, 0);
    if (barePort == 0)
        fail(QStringLiteral("the bare server cannot listen"));
    const QByteArray bareRequest = QByteArrayLiteral("GET /bare HTTP/1.1\r\nHost: 127.0.0.1:") + QByteArray::number(barePort) + QByteArrayLiteral("\r\n\r\n");
    runClients(barePort, clients, 2, [&](int, int) { return bareRequest; });
    const RunResult plain = runClients(barePort, clients, 2 * pairsPerClient, [&](int, int) { return bareRequest; });

    // The same bare route, POSTed the EM API's login body: what request size alone costs.
    QByteArray barePost = logins.at(0);
    barePost.replace("POST /emservice/EMServiceServlet", "POST /bare");
    runClients(barePort, clients, 2, [&](int, int) { return barePost; });
    const RunResult post = runClients(barePort, clients, 2 * pairsPerClient, [&](int, int) { return barePost; });

    // A GET the cluster's own server answers with 404 at once: the fixed cost of the guarded
    // listener (framing, connection guard, ordered answers) that every EM request pays.
    const QByteArray guardedGet = QByteArrayLiteral("GET /nothing-here HTTP/1.1\r\nHost: 127.0.0.1:") + QByteArray::number(port) + QByteArrayLiteral("\r\n\r\n");
    runClients(port, clients, 2, [&](int, int) { return guardedGet; });
    const RunResult guarded = runClients(port, clients, 2 * pairsPerClient, [&](int, int) { return guardedGet; });

    const double emOps = double(em.latenciesNs.size()) / em.seconds;
    const double bareOps = double(plain.latenciesNs.size()) / plain.seconds;
    print("http.clients", clients, "connections");
    print("http.em_api_operations", double(em.latenciesNs.size()), "requests");
    print("http.em_api_failures", em.failures, "requests");
    print("http.em_api_ops_per_second", emOps, "ops/s");
    print("http.em_api_p50_latency", percentileMs(em.latenciesNs, 0.50), "ms");
    print("http.em_api_p99_latency", percentileMs(em.latenciesNs, 0.99), "ms");
    print("http.bare_route_ops_per_second", bareOps, "ops/s");
    print("http.bare_route_p50_latency", percentileMs(plain.latenciesNs, 0.50), "ms");
    print("http.bare_route_p99_latency", percentileMs(plain.latenciesNs, 0.99), "ms");
    print("http.em_api_to_bare_ratio", emOps / bareOps, "ratio");
    // CPU figures hold up better than wall-clock ones on a shared machine.
    const double emCpuOps = double(em.latenciesNs.size()) / em.cpuSeconds;
    const double bareCpuOps = double(plain.latenciesNs.size()) / plain.cpuSeconds;
    print("http.em_api_ops_per_cpu_second", emCpuOps, "ops/s");
    print("http.bare_route_ops_per_cpu_second", bareCpuOps, "ops/s");
    print("http.em_api_to_bare_cpu_ratio", emCpuOps / bareCpuOps, "ratio");
    print("http.bare_route_post_ops_per_cpu_second", double(post.latenciesNs.size()) / post.cpuSeconds, "ops/s");
    print("http.guarded_404_ops_per_cpu_second", double(guarded.latenciesNs.size()) / guarded.cpuSeconds, "ops/s");

    // Wrong PINs (No Limit for Failed Logons, so every try costs a PBKDF2 derivation) from a few
    // connections while another asks for the Services menu: with the checks on the
    // credential worker the menu is answered between them; checked inline on the serving
    // thread (the old way) it waits behind them.
    CredentialPolicy pinPolicy = c->credentialPolicy(CredentialKind::EndUserPin);
    pinPolicy.failedLogon = 0;
    check(c->saveCredentialPolicy(pinPolicy), QStringLiteral("policy"));
    const int attackers = qMin(4, clients - 1);
    const int tries = qBound(1, opt("--wrong-pins", 50), 10'000);
    int wrongPinFailures = 0;
    for (const auto mode : {CredentialVerifier::Mode::Pooled, CredentialVerifier::Mode::Inline}) {
        const bool pooled = mode == CredentialVerifier::Mode::Pooled;
        lab.credentialVerifier()->setMode(mode);
        const WrongPinRun w = runWrongPins(port, phones, users, qMax(1, attackers), tries);
        wrongPinFailures += w.probe.failures + w.attack.failures;
        print(pooled ? "http.wrong_pins_per_second_pooled" : "http.wrong_pins_per_second_inline",
              double(w.attack.latenciesNs.size()) / w.attack.seconds, "tries/s");
        print(pooled ? "http.menu_p50_latency_during_wrong_pins_pooled" : "http.menu_p50_latency_during_wrong_pins_inline",
              percentileMs(w.probe.latenciesNs, 0.50), "ms");
        print(pooled ? "http.menu_p99_latency_during_wrong_pins_pooled" : "http.menu_p99_latency_during_wrong_pins_inline",
              percentileMs(w.probe.latenciesNs, 0.99), "ms");
    }
    lab.credentialVerifier()->setMode(CredentialVerifier::Mode::Pooled);

    if (!s_firstFailure.isEmpty())
        std::fprintf(stderr, "emroam-bench: first failed answer:\n%s\n", s_firstFailure.constData());
    return em.failures == 0 && plain.failures == 0 && wrongPinFailures == 0 ? 0 : 1;
}
