#include <QtTest>

#include <QNetworkProxy>
#include <QTcpServer>
#include <QElapsedTimer>

#include <fcntl.h>
#include <sys/resource.h>
#include <unistd.h>
#include <QTcpSocket>

#include "catalog/parametercatalog.h"
#include "catalog/servicecatalog.h"
#include "http/clusterhttp.h"
#include "http/guardedtcpserver.h"
#include "http/labhttp.h"
#include "httpsupport.h"
#include "mobility/extensionmobility.h"
#include "security/credentialverifier.h"
#include "testsupport.h"

namespace {
const QString C1 = QStringLiteral("Cluster1");
const QString C2 = QStringLiteral("Cluster2");
const QString Phone11 = QStringLiteral("SEPC10000000001");
const QString Phone21 = QStringLiteral("SEPC20000000001");
const QString Phone22 = QStringLiteral("SEPC20000000002");
const QString Pin = QStringLiteral("12345");
const QString ApiUser = QStringLiteral("emapi");
const QString ApiPass = QStringLiteral("emapi-pass");

QUrl withQuery(QUrl base, const QString &path, const QList<QPair<QString, QString>> &items)
{
    base.setPath(path);
    QUrlQuery q;
    for (const auto &i : items)
        q.addQueryItem(QString::fromLatin1(QUrl::toPercentEncoding(i.first)), QString::fromLatin1(QUrl::toPercentEncoding(i.second)));
    base.setQuery(q);
    return base;
}
} // namespace

/// Every endpoint of a cluster's HTTP side over real loopback HTTP: EMApp, the EM API, the
/// Services menu, the service-state rules and hostile input.
class TestClusterHttp : public QObject
{
    Q_OBJECT

    std::unique_ptr<TempLab> m_lab;
    std::unique_ptr<LabHttp> m_http;
    std::unique_ptr<HttpClient> m_client;

    Lab *lab() { return m_lab->lab.get(); }
    Cluster *cluster(const QString &name) { return lab()->cluster(name); }
    QUrl base(const QString &name) { return m_http->server(name)->url(); }
    HttpClient &client() { return *m_client; }

    HttpReply emApp(const QString &clusterName, const QList<QPair<QString, QString>> &query)
    {
        return client().get(withQuery(base(clusterName), QStringLiteral("/emapp/EMAppServlet"), query));
    }
    HttpReply api(const QString &clusterName, const QString &kind, const QString &op, const QList<QPair<QString, QString>> &fields,
                  const QString &appId = ApiUser, const QString &password = ApiPass)
    {
        return client().emApi(base(clusterName), Xml::emCall(kind, op, appId, password, fields));
    }
    QString deviceUser(const QString &clusterName, const QString &device)
    {
        return lab()->mobility(clusterName)->deviceUser(device).userId;
    }
    static int errorCode(const HttpReply &r) { return Xml::attribute(r.body, QStringLiteral("error"), QStringLiteral("code")).toInt(); }
    static void verifySuccess(const HttpReply &r)
    {
        QCOMPARE(r.status, 200);
        QVERIFY2(Xml::has(r.body, QStringLiteral("success")), r.body.constData());
    }
    void setRunning(const QString &clusterName, const QString &service, bool running, bool everyNode = false)
    {
        Cluster *c = cluster(clusterName);
        for (const Node &n : c->nodes()) {
            if (!everyNode && !n.publisher)
                continue;
            if (!c->serviceState(n.hostName, service).activated)
                QVERIFY(c->setServiceActivated(n.hostName, service, true).ok());
            QVERIFY(c->setServiceRunning(n.hostName, service, running).ok());
        }
    }

    /// Sends @p request on a fresh connection to @p port and collects what comes back until the
    /// server closes the connection or @p waitMs pass; @p closed says which.
    static QByteArray exchange(quint16 port, const QByteArray &request, int waitMs = 5000, bool *closed = nullptr)
    {
        QTcpSocket s;
        s.connectToHost(QHostAddress::LocalHost, port);
        if (!s.waitForConnected(5000))
            return "(no connection)";
        s.write(request);
        QByteArray got;
        QElapsedTimer t;
        t.start();
        while (t.elapsed() < waitMs && s.state() == QAbstractSocket::ConnectedState) {
            QTest::qWait(10);
            got += s.readAll();
        }
        got += s.readAll();
        if (closed)
            *closed = s.state() != QAbstractSocket::ConnectedState;
        return got;
    }
    static int answers(const QByteArray &stream) { return int(stream.count("HTTP/1.1 ")); }
    std::unique_ptr<LabHttp> startWith(const HttpLimits &limits)
    {
        auto http = std::make_unique<LabHttp>(lab());
        http->setLimits(limits);
        if (!http->start())
            return nullptr;
        return http;
    }

private slots:
    void init()
    {
        m_lab = std::make_unique<TempLab>();
        QVERIFY(m_lab->openDemo());
        lab()->clock()->setMode(Clock::Mode::Manual);
        Lab::Settings s = lab()->settings();
        s.emProcessingMs = 0;
        lab()->setSettings(s);
        m_http = std::make_unique<LabHttp>(lab());
        QString error;
        QVERIFY2(m_http->start(&error), qPrintable(error));
        m_client = std::make_unique<HttpClient>(lab()->clock());
    }
    void cleanup()
    {
        m_client.reset();
        m_http.reset();
        m_lab.reset();
    }

    // ---- listeners ---------------------------------------------------------------------------

    void everyPublisherListensOnLoopback()
    {
        QCOMPARE(m_http->servers().size(), lab()->clusters().size());
        QSet<quint16> ports;
        for (ClusterHttp *s : m_http->servers()) {
            QVERIFY(s->isListening());
            QCOMPARE(s->url().host(), QStringLiteral("127.0.0.1"));
            QVERIFY(s->port() > 0);
            ports.insert(s->port());
        }
        QCOMPARE(ports.size(), m_http->servers().size());
    }

    void unknownPathIs404()
    {
        const HttpReply r = client().get(withQuery(base(C1), QStringLiteral("/nothing/here"), {}));
        QCOMPARE(r.status, 404);
        QVERIFY(r.contentType.startsWith("text/xml"));
    }

    void resolveMapsConfiguredServiceUrls()
    {
        const QUrl u = m_http->resolve(QUrl(QStringLiteral("http://cucm2-pub:8080/emapp/EMAppServlet?device=SEPC20000000002")));
        QCOMPARE(u.port(), int(m_http->server(C2)->port()));
        QCOMPARE(u.host(), QStringLiteral("127.0.0.1"));
        QCOMPARE(u.path(), QStringLiteral("/emapp/EMAppServlet"));
        QVERIFY(m_http->resolve(QUrl(QStringLiteral("http://198.51.100.20:8080/x"))).isValid());
        // a subscriber's URL reaches the cluster's listener too, while its Cisco Tomcat runs
        QCOMPARE(m_http->resolve(QUrl(QStringLiteral("http://cucm2-sub1:8080/x"))).port(), int(m_http->server(C2)->port()));
        QVERIFY(cluster(C2)->setServiceRunning(QStringLiteral("cucm2-sub1"), Services::Tomcat, false).ok());
        QVERIFY(!m_http->resolve(QUrl(QStringLiteral("http://cucm2-sub1:8080/x"))).isValid());
        QVERIFY(!m_http->resolve(QUrl(QStringLiteral("http://elsewhere:8080/x"))).isValid());
    }

    void fixedBasePortFromLabSettings()
    {
        // Find two free neighbouring ports, then ask for them.
        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
        const quint16 basePort = probe.serverPort();
        probe.close();
        Lab::Settings s = lab()->settings();
        s.httpBasePort = basePort;
        lab()->setSettings(s);
        LabHttp fixed(lab());
        fixed.start();
        QCOMPARE(fixed.server(C1)->port(), basePort);
        QCOMPARE(fixed.server(C2)->port(), quint16(basePort + 1));
    }

    // ---- service states ----------------------------------------------------------------------

    void tomcatStoppedRefusesConnections()
    {
        const quint16 port = m_http->server(C1)->port();
        setRunning(C1, Services::Tomcat, false);
        QVERIFY(!m_http->server(C1)->isListening());
        HttpReply r = emApp(C1, {{QStringLiteral("device"), Phone11}});
        QCOMPARE(r.error, QNetworkReply::ConnectionRefusedError);
        // Other clusters are not affected.
        QCOMPARE(emApp(C2, {{QStringLiteral("device"), Phone22}}).status, 200);
        setRunning(C1, Services::Tomcat, true);
        QVERIFY(m_http->server(C1)->isListening());
        QCOMPARE(m_http->server(C1)->port(), port); // phones keep their URLs
        r = emApp(C1, {{QStringLiteral("device"), Phone11}});
        QCOMPARE(r.status, 200);
    }

    void tomcatStoppedDropsKeepAliveConnections()
    {
        QTcpSocket socket;
        socket.connectToHost(QHostAddress::LocalHost, m_http->server(C1)->port());
        QVERIFY(socket.waitForConnected(5000));
        socket.write("GET /ccmcip/getservicesmenu.jsp?device=SEPC10000000001 HTTP/1.1\r\nHost: x\r\n\r\n");
        QByteArray got;
        QTRY_VERIFY_WITH_TIMEOUT((got += socket.readAll()).contains("</CiscoIPPhoneMenu>"), 5000);
        setRunning(C1, Services::Tomcat, false);
        QTRY_COMPARE_WITH_TIMEOUT(socket.state(), QAbstractSocket::UnconnectedState, 5000);
    }

    void clusterDownClosesItsListener()
    {
        QVERIFY(cluster(C1)->setUp(false).ok());
        QVERIFY(!m_http->server(C1)->isListening());
        QCOMPARE(api(C1, QStringLiteral("query"), QStringLiteral("deviceUserQuery"), {{QStringLiteral("deviceName"), Phone11}}).error,
                 QNetworkReply::ConnectionRefusedError);
        QVERIFY(cluster(C1)->setUp(true).ok());
        QVERIFY(m_http->server(C1)->isListening());
    }

    void ipPhoneServicesStoppedMenuIs503()
    {
        setRunning(C1, Services::IpPhoneServices, false);
        const HttpReply r = client().get(withQuery(base(C1), QStringLiteral("/ccmcip/getservicesmenu.jsp"), {{QStringLiteral("device"), Phone11}}));
        QCOMPARE(r.status, 503);
        QVERIFY(r.contentType.startsWith("text/xml"));
        // EMApp belongs to Cisco Extension Mobility Application: it still answers.
        QCOMPARE(emApp(C1, {{QStringLiteral("device"), Phone11}}).status, 200);
    }

    void emApplicationStoppedEmAppIs503()
    {
        setRunning(C2, Services::EmApplication, false);
        QCOMPARE(emApp(C2, {{QStringLiteral("device"), Phone22}}).status, 503);
        // The EM API is a different service and still answers.
        QCOMPARE(Xml::root(api(C2, QStringLiteral("query"), QStringLiteral("deviceUserQuery"), {{QStringLiteral("deviceName"), Phone22}}).body),
                 QStringLiteral("response"));
    }

    void extensionMobilityStoppedEmAppShows208()
    {
        setRunning(C2, Services::ExtensionMobility, false, true);
        HttpReply r = emApp(C2, {{QStringLiteral("device"), Phone22}});
        QCOMPARE(r.status, 200);
        QCOMPARE(Xml::text(r.body, QStringLiteral("Text")), QStringLiteral("Login is unavailable(208)"));
        r = emApp(C2, {{QStringLiteral("device"), Phone22}, {QStringLiteral("userid"), QStringLiteral("alice")}, {QStringLiteral("seq"), Pin}});
        QCOMPARE(Xml::text(r.body, QStringLiteral("Text")), QStringLiteral("Login is unavailable(208)"));
        // … and the EM API is unavailable.
        r = api(C2, QStringLiteral("query"), QStringLiteral("deviceUserQuery"), {{QStringLiteral("deviceName"), Phone22}});
        QCOMPARE(r.status, 503);
    }

    // ---- Services menu -----------------------------------------------------------------------

    void servicesMenuListsSubscriptionsWithDeviceName()
    {
        Cluster *c = cluster(C2);
        PhoneService japanese;
        japanese.name = QStringLiteral("内線モビリティ案内");
        japanese.asciiName = QStringLiteral("Guide");
        japanese.url = QStringLiteral("http://cucm2-pub:8080/guide?name=#DEVICENAME#&lang=ja");
        japanese.enterpriseSubscription = true;
        QVERIFY(c->savePhoneService(japanese).ok());
        PhoneService disabled;
        disabled.name = QStringLiteral("Disabled");
        disabled.url = QStringLiteral("http://cucm2-pub:8080/off");
        disabled.enterpriseSubscription = true;
        disabled.enabled = false;
        QVERIFY(c->savePhoneService(disabled).ok());

        const HttpReply r = client().get(withQuery(base(C2), QStringLiteral("/ccmcip/getservicesmenu.jsp"), {{QStringLiteral("device"), Phone22}}));
        QCOMPARE(r.status, 200);
        QCOMPARE(r.contentType, QByteArray("text/xml; charset=utf-8"));
        QCOMPARE(Xml::root(r.body), QStringLiteral("CiscoIPPhoneMenu"));
        QCOMPARE(Xml::texts(r.body, QStringLiteral("Name")), (QStringList{QStringLiteral("Extension Mobility"), japanese.name}));
        const QStringList urls = Xml::texts(r.body, QStringLiteral("URL"));
        // URLs an outside client on this machine can follow: the configured host is the lab's
        // listener (the Phone Services page keeps showing the configured URL)
        const QString listener = base(C2).toString();
        QCOMPARE(urls.at(0), listener + QStringLiteral("/emapp/EMAppServlet?device=SEPC20000000002"));
        QCOMPARE(urls.at(1), listener + QStringLiteral("/guide?name=SEPC20000000002&lang=ja"));
        QCOMPARE(c->phoneService(japanese.id)->url, QStringLiteral("http://cucm2-pub:8080/guide?name=#DEVICENAME#&lang=ja"));
        // "name=" works too (the parameter real phones send).
        QCOMPARE(client().get(withQuery(base(C2), QStringLiteral("/ccmcip/getservicesmenu.jsp"), {{QStringLiteral("name"), Phone22}})).body, r.body);
    }

    void servicesMenuFollowsTheLoggedInProfile()
    {
        Cluster *c = cluster(C1);
        PhoneService extra;
        extra.name = QStringLiteral("Bob's corner");
        extra.url = QStringLiteral("http://cucm1-pub:8080/corner?d=#DEVICENAME#");
        QVERIFY(c->savePhoneService(extra).ok());
        Device profile = *c->deviceByName(QStringLiteral("UDP-bob"));
        profile.services.append(extra.id);
        QVERIFY(c->saveDevice(profile).ok());
        // Bob is logged in on SEPC10000000001 in the demo lab: his profile's services show.
        HttpReply r = client().get(withQuery(base(C1), QStringLiteral("/ccmcip/getservicesmenu.jsp"), {{QStringLiteral("device"), Phone11}}));
        QVERIFY(Xml::texts(r.body, QStringLiteral("Name")).contains(extra.name));
        QVERIFY(Xml::texts(r.body, QStringLiteral("URL")).contains(base(C1).toString() + QStringLiteral("/corner?d=SEPC10000000001")));
        // The other phone has only its own subscriptions.
        r = client().get(withQuery(base(C1), QStringLiteral("/ccmcip/getservicesmenu.jsp"), {{QStringLiteral("device"), QStringLiteral("SEPC10000000002")}}));
        QVERIFY(!Xml::texts(r.body, QStringLiteral("Name")).contains(extra.name));
        // Unknown phone.
        QCOMPARE(client().get(withQuery(base(C1), QStringLiteral("/ccmcip/getservicesmenu.jsp"), {{QStringLiteral("device"), QStringLiteral("SEP000000000000")}})).status, 404);
    }

    // ---- EMApp -------------------------------------------------------------------------------

    void emAppLoginForm()
    {
        HttpReply r = emApp(C2, {{QStringLiteral("device"), Phone22}});
        QCOMPARE(r.status, 200);
        QCOMPARE(r.contentType, QByteArray("text/xml; charset=utf-8"));
        QCOMPARE(Xml::root(r.body), QStringLiteral("CiscoIPPhoneInput"));
        QCOMPARE(Xml::texts(r.body, QStringLiteral("QueryStringParam")), (QStringList{QStringLiteral("userid"), QStringLiteral("seq")}));
        QCOMPARE(Xml::texts(r.body, QStringLiteral("InputFlags")), (QStringList{QStringLiteral("A"), QStringLiteral("NP")}));
        QCOMPARE(Xml::texts(r.body, QStringLiteral("DisplayName")).constFirst(), QStringLiteral("User ID"));
        // The form's own URL follows its soft keys (the schema's order).
        const QUrl submit(Xml::texts(r.body, QStringLiteral("URL")).constLast());
        QCOMPARE(submit.port(), int(m_http->server(C2)->port()));
        QCOMPARE(QUrlQuery(submit).queryItemValue(QStringLiteral("device")), Phone22);

        r = emApp(C2, {{QStringLiteral("device"), Phone22}, {QStringLiteral("loginType"), QStringLiteral("DN")}});
        QCOMPARE(Xml::texts(r.body, QStringLiteral("DisplayName")).constFirst(), QStringLiteral("Primary Extension"));
        QCOMPARE(Xml::texts(r.body, QStringLiteral("InputFlags")), (QStringList{QStringLiteral("T"), QStringLiteral("NP")}));
        QCOMPARE(QUrlQuery(QUrl(Xml::texts(r.body, QStringLiteral("URL")).constLast())).queryItemValue(QStringLiteral("loginType")), QStringLiteral("DN"));
        r = emApp(C2, {{QStringLiteral("device"), Phone22}, {QStringLiteral("loginType"), QStringLiteral("SP")}});
        QCOMPARE(Xml::texts(r.body, QStringLiteral("DisplayName")).constFirst(), QStringLiteral("Self-Service User ID"));
    }

    void emAppErrors()
    {
        HttpReply r = emApp(C2, {});
        QCOMPARE(Xml::text(r.body, QStringLiteral("Text")), QStringLiteral("Login is unavailable(207)"));
        r = emApp(C2, {{QStringLiteral("device"), Phone22}, {QStringLiteral("loginType"), QStringLiteral("uid")}});
        QCOMPARE(Xml::text(r.body, QStringLiteral("Text")), QStringLiteral("LoginType invalid(215)"));
        r = emApp(C2, {{QStringLiteral("device"), Phone22}, {QStringLiteral("userid"), QStringLiteral("alice")}, {QStringLiteral("seq"), QStringLiteral("99999")}});
        QCOMPARE(Xml::text(r.body, QStringLiteral("Text")), QStringLiteral("Please try to login again (201)"));
        r = emApp(C2, {{QStringLiteral("device"), Phone22}, {QStringLiteral("userid"), QStringLiteral("alice")}, {QStringLiteral("seq"), QString()}});
        QCOMPARE(Xml::text(r.body, QStringLiteral("Text")), QStringLiteral("Please try to login again (202)"));
        // Alice is already logged in on SEPC20000000001; Multiple Logins Not Allowed.
        r = emApp(C2, {{QStringLiteral("device"), Phone22}, {QStringLiteral("userid"), QStringLiteral("alice")}, {QStringLiteral("seq"), Pin}});
        QCOMPARE(Xml::text(r.body, QStringLiteral("Text")), QStringLiteral("Multi-Login Not Allowed (25)"));
        QVERIFY(deviceUser(C2, Phone22).isEmpty());
        QCOMPARE(client().post(withQuery(base(C2), QStringLiteral("/emapp/EMAppServlet"), {}), "x", "text/plain").status, 200); // POST (method="post" phones)
    }

    void emAppHostileQueries()
    {
        QUrl u = base(C2);
        u.setPath(QStringLiteral("/emapp/EMAppServlet"));
        u.setQuery(QStringLiteral("device=SEPC20000000002&userid=%FF%FE%C0&seq=%00%01"));
        HttpReply r = client().get(u);
        QCOMPARE(r.status, 200);
        QVERIFY(Xml::wellFormed(r.body));
        QCOMPARE(Xml::text(r.body, QStringLiteral("Text")), QStringLiteral("Please try to login again (201)"));
        // A URL longer than the header limit.
        u.setQuery(QStringLiteral("device=") + QString(20 * 1024, QLatin1Char('A')));
        r = client().get(u);
        QCOMPARE(r.status, 431);
        QVERIFY(deviceUser(C2, Phone22).isEmpty());
        QCOMPARE(emApp(C2, {{QStringLiteral("device"), Phone22}}).status, 200);
    }

    void emAppLoginAndLogout()
    {
        // Kally (super user of Cluster3) logs in on a Cluster2 phone with user ID and PIN.
        HttpReply r = emApp(C2, {{QStringLiteral("device"), Phone22}, {QStringLiteral("userid"), QStringLiteral("kally")}, {QStringLiteral("seq"), Pin}});
        QCOMPARE(r.status, 200);
        QCOMPARE(Xml::root(r.body), QStringLiteral("CiscoIPPhoneText"));
        QVERIFY2(Xml::text(r.body, QStringLiteral("Text")).startsWith(QStringLiteral("Login successful")), r.body.constData());
        QCOMPARE(deviceUser(C2, Phone22), QStringLiteral("kally"));

        // Services again: the logout confirmation, with a Yes softkey that logs out.
        r = emApp(C2, {{QStringLiteral("device"), Phone22}});
        QCOMPARE(Xml::root(r.body), QStringLiteral("CiscoIPPhoneText"));
        QVERIFY(Xml::text(r.body, QStringLiteral("Text")).contains(QStringLiteral("kally")));
        QCOMPARE(Xml::texts(r.body, QStringLiteral("Name")), (QStringList{QStringLiteral("Yes"), QStringLiteral("No")}));
        const QUrl yes(Xml::texts(r.body, QStringLiteral("URL")).constFirst());
        r = client().get(yes);
        QCOMPARE(Xml::text(r.body, QStringLiteral("Text")), QStringLiteral("Logout successful"));
        QVERIFY(deviceUser(C2, Phone22).isEmpty());
        // Logging out again: nobody is logged in.
        r = client().get(yes);
        QCOMPARE(Xml::text(r.body, QStringLiteral("Text")), QStringLiteral("Logout is unavailable(19)"));
    }

    void emAppLoginByPrimaryExtension()
    {
        const HttpReply r = emApp(C2, {{QStringLiteral("device"), Phone22}, {QStringLiteral("loginType"), QStringLiteral("DN")},
                                       {QStringLiteral("userid"), QStringLiteral("3000001")}, {QStringLiteral("pin"), Pin}});
        QVERIFY2(Xml::text(r.body, QStringLiteral("Text")).startsWith(QStringLiteral("Login successful")), r.body.constData());
        QCOMPARE(deviceUser(C2, Phone22), QStringLiteral("kally"));
    }

    void emAppProfileChoice()
    {
        // Give Kally a second device profile in Cluster2: the phone offers a menu.
        Cluster *c = cluster(C2);
        Device second = *c->deviceByName(QStringLiteral("UDP-kally"));
        second.id = 0;
        second.name = QStringLiteral("UDP-kally-2");
        second.lines = {QStringLiteral("3000099")};
        QVERIFY2(c->saveDevice(second).ok(), qPrintable(c->saveDevice(second).englishText()));
        EndUser kally = *c->endUserByUserId(QStringLiteral("kally"));
        kally.controlledProfiles.append(second.id);
        kally.defaultProfileId = 0; // no default: the user picks
        QVERIFY(c->saveEndUser(kally).ok());

        HttpReply r = emApp(C2, {{QStringLiteral("device"), Phone22}, {QStringLiteral("userid"), QStringLiteral("kally")}, {QStringLiteral("seq"), Pin}});
        QCOMPARE(Xml::root(r.body), QStringLiteral("CiscoIPPhoneMenu"));
        const QStringList names = Xml::texts(r.body, QStringLiteral("Name"));
        QVERIFY(names.contains(QStringLiteral("UDP-kally-2")));
        const QStringList urls = Xml::texts(r.body, QStringLiteral("URL"));
        const QUrl pick(urls.at(names.indexOf(QStringLiteral("UDP-kally-2"))));
        QVERIFY(!pick.toString().contains(Pin)); // the PIN stays on the server
        QVERIFY(deviceUser(C2, Phone22).isEmpty());
        r = client().get(pick);
        QVERIFY2(Xml::text(r.body, QStringLiteral("Text")).contains(QStringLiteral("UDP-kally-2")), r.body.constData());
        QCOMPARE(deviceUser(C2, Phone22), QStringLiteral("kally"));
        // The choice is used up.
        QVERIFY(lab()->mobility(C2)->logoutNow(Phone22).ok());
        r = client().get(pick);
        QCOMPARE(Xml::text(r.body, QStringLiteral("Text")), QStringLiteral("Please try to login again (201)"));
        QVERIFY(deviceUser(C2, Phone22).isEmpty());
    }

    void emAppWithProcessingTime()
    {
        Lab::Settings s = lab()->settings();
        s.emProcessingMs = 500;
        lab()->setSettings(s);
        const qint64 before = lab()->clock()->now();
        const HttpReply r = emApp(C2, {{QStringLiteral("device"), Phone22}, {QStringLiteral("userid"), QStringLiteral("kally")}, {QStringLiteral("seq"), Pin}});
        QVERIFY2(Xml::text(r.body, QStringLiteral("Text")).startsWith(QStringLiteral("Login successful")), r.body.constData());
        QVERIFY(lab()->clock()->now() - before >= 500); // answered on lab time
    }

    void emAppBusyAtMaximumConcurrentRequests()
    {
        Cluster *c = cluster(C2);
        QVERIFY(c->setServiceParameter(Services::ExtensionMobility, Params::MaxConcurrentRequests, QStringLiteral("1")).ok());
        Lab::Settings s = lab()->settings();
        s.emProcessingMs = 1000;
        lab()->setSettings(s);
        QNetworkAccessManager nam;
        nam.setProxy(QNetworkProxy::NoProxy);
        std::unique_ptr<QNetworkReply> first(nam.get(QNetworkRequest(withQuery(base(C2), QStringLiteral("/emapp/EMAppServlet"),
            {{QStringLiteral("device"), Phone22}, {QStringLiteral("userid"), QStringLiteral("kally")}, {QStringLiteral("seq"), Pin}}))));
        QTRY_COMPARE_WITH_TIMEOUT(lab()->mobility(C2)->requestsInProgress(), 1, 5000);
        std::unique_ptr<QNetworkReply> second(nam.get(QNetworkRequest(withQuery(base(C2), QStringLiteral("/emapp/EMAppServlet"),
            {{QStringLiteral("device"), Phone21}, {QStringLiteral("logout"), QStringLiteral("true")}}))));
        QTRY_VERIFY_WITH_TIMEOUT(second->isFinished(), 5000);
        QCOMPARE(Xml::text(second->readAll(), QStringLiteral("Text")), QStringLiteral("Logout is unavailable(26)"));
        QVERIFY(!first->isFinished()); // still processing on the lab clock
        lab()->clock()->advance(1000);
        QTRY_VERIFY_WITH_TIMEOUT(first->isFinished(), 5000);
        QVERIFY(Xml::text(first->readAll(), QStringLiteral("Text")).startsWith(QStringLiteral("Login successful")));
        QCOMPARE(deviceUser(C2, Phone21), QStringLiteral("alice"));
    }

    // ---- EM API ------------------------------------------------------------------------------

    void emApiLoginLogoutAndQueries()
    {
        HttpReply r = api(C2, QStringLiteral("request"), QStringLiteral("login"),
                          {{QStringLiteral("deviceName"), Phone22}, {QStringLiteral("userID"), QStringLiteral("kally")},
                           {QStringLiteral("deviceProfile"), QStringLiteral("UDP-kally")}});
        verifySuccess(r);
        QCOMPARE(r.contentType, QByteArray("text/xml; charset=utf-8"));
        QCOMPARE(deviceUser(C2, Phone22), QStringLiteral("kally"));

        r = api(C2, QStringLiteral("query"), QStringLiteral("deviceUserQuery"),
                {{QStringLiteral("deviceName"), Phone22}, {QStringLiteral("deviceName"), QStringLiteral("SEP123412341234")}});
        QCOMPARE(Xml::root(r.body), QStringLiteral("response"));
        QCOMPARE(Xml::attribute(r.body, QStringLiteral("device"), QStringLiteral("name")), Phone22);
        QCOMPARE(Xml::text(r.body, QStringLiteral("userID")), QStringLiteral("kally"));
        QVERIFY(Xml::has(r.body, QStringLiteral("doesNotExist")));
        QCOMPARE(Xml::text(r.body, QStringLiteral("emccDevice")), QStringLiteral("no"));

        r = api(C2, QStringLiteral("query"), QStringLiteral("userDevicesQuery"), {{QStringLiteral("userID"), QStringLiteral("kally")}});
        QCOMPARE(Xml::attribute(r.body, QStringLiteral("user"), QStringLiteral("id")), QStringLiteral("kally"));
        QCOMPARE(Xml::texts(r.body, QStringLiteral("deviceName")), QStringList{Phone22});

        r = api(C2, QStringLiteral("query"), QStringLiteral("userDeviceProfileQuery"), {{QStringLiteral("userID"), QStringLiteral("kally")}});
        QCOMPARE(Xml::root(r.body), QStringLiteral("response")); // Cisco's Request Types Reference example
        QCOMPARE(Xml::texts(r.body, QStringLiteral("deviceProfileName")), QStringList{QStringLiteral("UDP-kally")});
        QCOMPARE(Xml::text(r.body, QStringLiteral("isDefaultDeviceProfile")), QStringLiteral("t"));
        r = api(C2, QStringLiteral("query"), QStringLiteral("deviceProfileQuery"), {{QStringLiteral("userID"), QStringLiteral("kally")}});
        QCOMPARE(Xml::root(r.body), QStringLiteral("response"));
        QCOMPARE(Xml::texts(r.body, QStringLiteral("deviceProfileName")), QStringList{QStringLiteral("UDP-kally")});

        r = api(C2, QStringLiteral("request"), QStringLiteral("logout"), {{QStringLiteral("deviceName"), Phone22}});
        verifySuccess(r);
        QVERIFY(deviceUser(C2, Phone22).isEmpty());
        r = api(C2, QStringLiteral("request"), QStringLiteral("logout"), {{QStringLiteral("deviceName"), Phone22}});
        QCOMPARE(r.status, 200);
        QCOMPARE(errorCode(r), 19);

        r = api(C2, QStringLiteral("query"), QStringLiteral("deviceUserQuery"), {{QStringLiteral("deviceName"), Phone22}});
        QCOMPARE(Xml::text(r.body, QStringLiteral("lastlogin")), QStringLiteral("kally"));
        QVERIFY(Xml::has(r.body, QStringLiteral("none")));
        r = api(C2, QStringLiteral("query"), QStringLiteral("userDevicesQuery"), {{QStringLiteral("userID"), QStringLiteral("nobody")}});
        QVERIFY(Xml::has(r.body, QStringLiteral("doesNotExist")));
    }

    void emApiLoginWithoutProfileUsesTheDefault()
    {
        verifySuccess(api(C2, QStringLiteral("request"), QStringLiteral("login"),
                          {{QStringLiteral("deviceName"), Phone22}, {QStringLiteral("userID"), QStringLiteral("kally")},
                           {QStringLiteral("exclusiveDuration"), QStringLiteral("indefinite")}}));
        QCOMPARE(deviceUser(C2, Phone22), QStringLiteral("kally"));
    }

    void loginsLostBeforeTheirCommitAreDatabaseErrors()
    {
        // The database fails after a login was written but before its group commit: neither the
        // API client nor the phone may hear "success", and nothing stays logged in.
        Cluster *c = cluster(C2);
        int writtenNotCommitted = 0;
        const QMetaObject::Connection failing = connect(c, &Cluster::loginChanged, c, [this, c, &writtenNotCommitted] {
            if (c->hasGroupedWrites() && !c->isDatabaseFailing()) {
                ++writtenNotCommitted;
                lab()->setDatabaseFailing(c, true);
            }
        });
        HttpReply r = api(C2, QStringLiteral("request"), QStringLiteral("login"),
                          {{QStringLiteral("deviceName"), Phone22}, {QStringLiteral("userID"), QStringLiteral("kally")}});
        QCOMPARE(r.status, 200);
        QCOMPARE(errorCode(r), 6);
        QVERIFY(deviceUser(C2, Phone22).isEmpty());
        lab()->setDatabaseFailing(c, false);
        r = emApp(C2, {{QStringLiteral("device"), Phone22}, {QStringLiteral("userid"), QStringLiteral("kally")}, {QStringLiteral("seq"), Pin}});
        QCOMPARE(Xml::text(r.body, QStringLiteral("Text")), QStringLiteral("Login is unavailable(6)"));
        QVERIFY(deviceUser(C2, Phone22).isEmpty());
        QCOMPARE(writtenNotCommitted, 2);
        disconnect(failing);
        lab()->setDatabaseFailing(c, false);

        // Once the database works, the same login is answered after its commit.
        verifySuccess(api(C2, QStringLiteral("request"), QStringLiteral("login"),
                          {{QStringLiteral("deviceName"), Phone22}, {QStringLiteral("userID"), QStringLiteral("kally")}}));
        QCOMPARE(deviceUser(C2, Phone22), QStringLiteral("kally"));
        QVERIFY(!c->hasGroupedWrites());
    }

    void emApiLogoutAll()
    {
        QVERIFY(!deviceUser(C2, Phone21).isEmpty());
        verifySuccess(api(C2, QStringLiteral("request"), QStringLiteral("logoutAll"), {}));
        QVERIFY(cluster(C2)->emLogins().isEmpty());
    }

    void emApiFailuresCarryCodes()
    {
        // Another user logged in / multi-login / unknown user / unknown device.
        HttpReply r = api(C2, QStringLiteral("request"), QStringLiteral("login"),
                          {{QStringLiteral("deviceName"), Phone22}, {QStringLiteral("userID"), QStringLiteral("alice")}});
        QCOMPARE(r.status, 200);
        QCOMPARE(Xml::root(r.body), QStringLiteral("response"));
        QCOMPARE(errorCode(r), 25);
        r = api(C2, QStringLiteral("request"), QStringLiteral("login"),
                {{QStringLiteral("deviceName"), Phone22}, {QStringLiteral("userID"), QStringLiteral("nobody")}});
        QCOMPARE(errorCode(r), 23);
        r = api(C2, QStringLiteral("request"), QStringLiteral("login"),
                {{QStringLiteral("deviceName"), QStringLiteral("SEP123412341234")}, {QStringLiteral("userID"), QStringLiteral("kally")}});
        QCOMPARE(errorCode(r), 11);
    }

    void emServiceParametersValidateTheSource()
    {
        // Validate IP Address = True: logins and logouts from an address that is neither in the
        // Trusted List of IPs nor a server of the cluster get 28 (Untrusted IP Error) over the
        // EM API and "Login is unavailable(28)" on EMApp; a Via header gets 30 (Proxy not
        // allowed) unless Allow Proxy = True. Queries and the login form are not checked.
        Cluster *c = lab()->cluster(C2);
        const auto set = [c](const QString &name, const QString &value) {
            const Refusal r = c->setServiceParameter(Services::ExtensionMobility, name, value);
            QVERIFY2(!r, qPrintable(r.text()));
        };
        const QList<QPair<QString, QString>> kallyOn22 = {{QStringLiteral("deviceName"), Phone22}, {QStringLiteral("userID"), QStringLiteral("kally")},
                                                          {QStringLiteral("deviceProfile"), QStringLiteral("UDP-kally")}};
        set(Params::ValidateIpAddress, QStringLiteral("True"));
        set(Params::TrustedIps, QStringLiteral("192.0.2.10; 192.0.2.11"));
        HttpReply r = api(C2, QStringLiteral("request"), QStringLiteral("login"), kallyOn22);
        QCOMPARE(errorCode(r), 28);
        QVERIFY(deviceUser(C2, Phone22).isEmpty());
        r = emApp(C2, {{QStringLiteral("device"), Phone22}, {QStringLiteral("userid"), QStringLiteral("kally")}, {QStringLiteral("seq"), Pin}});
        QCOMPARE(Xml::text(r.body, QStringLiteral("Text")), QStringLiteral("Login is unavailable(28)"));
        QVERIFY(deviceUser(C2, Phone22).isEmpty());
        r = emApp(C2, {{QStringLiteral("device"), Phone22}}); // the login form itself is served
        QCOMPARE(Xml::root(r.body), QStringLiteral("CiscoIPPhoneInput"));
        r = api(C2, QStringLiteral("query"), QStringLiteral("deviceUserQuery"), {{QStringLiteral("deviceName"), Phone22}});
        QCOMPARE(Xml::root(r.body), QStringLiteral("response"));
        QVERIFY2(!Xml::has(r.body, QStringLiteral("error")), r.body.constData());

        // the loopback address in the trusted list: allowed
        set(Params::TrustedIps, QStringLiteral("192.0.2.10;127.0.0.1"));
        verifySuccess(api(C2, QStringLiteral("request"), QStringLiteral("login"), kallyOn22));
        QCOMPARE(deviceUser(C2, Phone22), QStringLiteral("kally"));

        // through a proxy: 30 while Allow Proxy = False, allowed once it is True
        client().extraHeaders = {{QByteArrayLiteral("Via"), QByteArrayLiteral("1.1 proxy.example.com")}};
        r = api(C2, QStringLiteral("request"), QStringLiteral("logout"), {{QStringLiteral("deviceName"), Phone22}});
        QCOMPARE(errorCode(r), 30);
        r = emApp(C2, {{QStringLiteral("device"), Phone22}, {QStringLiteral("logout"), QStringLiteral("true")}});
        QCOMPARE(Xml::text(r.body, QStringLiteral("Text")), QStringLiteral("Logout is unavailable(30)"));
        QCOMPARE(deviceUser(C2, Phone22), QStringLiteral("kally"));
        set(Params::AllowProxy, QStringLiteral("True"));
        verifySuccess(api(C2, QStringLiteral("request"), QStringLiteral("logout"), {{QStringLiteral("deviceName"), Phone22}}));
        QVERIFY(deviceUser(C2, Phone22).isEmpty());

        // Validate IP Address = False (the default): nothing is checked, Via or not
        set(Params::AllowProxy, QStringLiteral("False"));
        set(Params::TrustedIps, QString());
        set(Params::ValidateIpAddress, QStringLiteral("False"));
        verifySuccess(api(C2, QStringLiteral("request"), QStringLiteral("login"), kallyOn22));
        client().extraHeaders.clear();
    }

    void emApiAuthentication()
    {
        const QList<QPair<QString, QString>> kallyLogin{{QStringLiteral("deviceName"), Phone22}, {QStringLiteral("userID"), QStringLiteral("kally")}};
        HttpReply r = api(C2, QStringLiteral("request"), QStringLiteral("login"), kallyLogin, ApiUser, QStringLiteral("wrong"));
        QCOMPARE(errorCode(r), 3);
        QCOMPARE(Xml::text(r.body, QStringLiteral("error")), QStringLiteral("Could not authenticate 'emapi'"));
        r = api(C2, QStringLiteral("request"), QStringLiteral("login"), kallyLogin, QStringLiteral("ghost"), QStringLiteral("x"));
        QCOMPARE(errorCode(r), 3);
        // An end user may act for themselves only.
        r = api(C2, QStringLiteral("request"), QStringLiteral("login"), kallyLogin, QStringLiteral("alice"), Pin);
        QCOMPARE(errorCode(r), 10);
        QVERIFY(deviceUser(C2, Phone22).isEmpty());
        verifySuccess(api(C2, QStringLiteral("request"), QStringLiteral("login"), kallyLogin, QStringLiteral("kally"), Pin));
        // An application user without Standard EM Authentication Proxy Rights.
        ApplicationUser plain;
        plain.userId = QStringLiteral("plainapp");
        QVERIFY(cluster(C2)->saveApplicationUser(plain, QStringLiteral("pw")).ok());
        r = api(C2, QStringLiteral("request"), QStringLiteral("logout"), {{QStringLiteral("deviceName"), Phone22}}, plain.userId, QStringLiteral("pw"));
        QCOMPARE(errorCode(r), 10);
        QCOMPARE(deviceUser(C2, Phone22), QStringLiteral("kally"));
    }

    // ---- credential policy ---------------------------------------------------------------------

    void emAppWrongPinsLockThePin()
    {
        // The brute-forcer's way: wrong PINs for carol through EMApp, then the right one.
        const QString carolsPhone = QStringLiteral("SEPC10000000002");
        auto pinLogin = [&](const QString &pin) {
            return emApp(C1, {{QStringLiteral("device"), carolsPhone}, {QStringLiteral("userid"), QStringLiteral("carol")}, {QStringLiteral("seq"), pin}});
        };
        for (int i = 0; i < 20; ++i) {
            const HttpReply r = pinLogin(QString::number(20000 + i));
            QCOMPARE(r.status, 200);
            QCOMPARE(Xml::text(r.body, QStringLiteral("Text")), QStringLiteral("Please try to login again (201)"));
        }
        HttpReply r = pinLogin(Pin);
        QCOMPARE(Xml::text(r.body, QStringLiteral("Text")), QStringLiteral("Please try to login again (201)"));
        QVERIFY(deviceUser(C1, carolsPhone).isEmpty());
        // The administrator unlocks carol's PIN; the right PIN works again.
        Cluster *c = cluster(C1);
        QVERIFY(c->unlockCredential(CredentialKind::EndUserPin, c->endUserByUserId(QStringLiteral("carol"))->id).ok());
        r = pinLogin(Pin);
        QVERIFY2(Xml::text(r.body, QStringLiteral("Text")).startsWith(QStringLiteral("Login successful")), r.body.constData());
    }

    void emApiLockedCallersGetDirUserInfoError()
    {
        const QList<QPair<QString, QString>> kallyLogin{{QStringLiteral("deviceName"), Phone22}, {QStringLiteral("userID"), QStringLiteral("kally")}};
        // The application user, and an end user as appID (with its PIN).
        for (const auto &[appId, right] : {std::pair{ApiUser, ApiPass}, std::pair{QStringLiteral("kally"), Pin}}) {
            for (int i = 0; i < 3; ++i)
                QCOMPARE(errorCode(api(C2, QStringLiteral("request"), QStringLiteral("login"), kallyLogin, appId, QStringLiteral("wrong"))), 3);
            const HttpReply r = api(C2, QStringLiteral("request"), QStringLiteral("login"), kallyLogin, appId, right);
            QCOMPARE(r.status, 200);
            QCOMPARE(errorCode(r), 9);
            QCOMPARE(Xml::text(r.body, QStringLiteral("error")), QStringLiteral("Dir. User Info Error"));
            QVERIFY(deviceUser(C2, Phone22).isEmpty());
        }
    }

    void credentialChecksLeaveTheServingThreadFree()
    {
        // Hold the credential checks: a wrong PIN waits on the verifier's worker, not on the
        // thread that serves every cluster.
        CredentialVerifier *verifier = lab()->credentialVerifier();
        QCOMPARE(verifier->mode(), CredentialVerifier::Mode::Pooled);
        verifier->setHeld(true);
        auto release = qScopeGuard([verifier] { verifier->setHeld(false); });
        const quint16 port = m_http->server(C1)->port();
        QTcpSocket pipelined;
        pipelined.connectToHost(QHostAddress::LocalHost, port);
        QVERIFY(pipelined.waitForConnected(5000));
        // Two pipelined requests: a PIN to check, then the Services menu.
        pipelined.write("GET /emapp/EMAppServlet?device=SEPC10000000002&userid=carol&seq=99999 HTTP/1.1\r\nHost: x\r\n\r\n"
                        "GET /ccmcip/getservicesmenu.jsp?device=SEPC10000000001 HTTP/1.1\r\nHost: x\r\n\r\n");
        QTRY_COMPARE_WITH_TIMEOUT(verifier->pending(), 1, 5000);
        // Meanwhile another client (another cluster) is served at once.
        const HttpReply other = client().get(withQuery(base(C2), QStringLiteral("/ccmcip/getservicesmenu.jsp"), {{QStringLiteral("device"), Phone21}}));
        QCOMPARE(other.status, 200);
        QCOMPARE(Xml::root(other.body), QStringLiteral("CiscoIPPhoneMenu"));
        // The menu answered on the pipelined connection must not overtake the login's answer.
        QByteArray got = pipelined.readAll();
        QTest::qWait(50);
        got += pipelined.readAll();
        QVERIFY2(got.isEmpty(), got.constData());
        QCOMPARE(verifier->pending(), 1);
        release.dismiss();
        verifier->setHeld(false);
        QTRY_VERIFY_WITH_TIMEOUT((got += pipelined.readAll()).contains("</CiscoIPPhoneMenu>"), 5000);
        const qsizetype login = got.indexOf("Please try to login again (201)");
        const qsizetype menu = got.indexOf("<CiscoIPPhoneMenu>");
        QVERIFY2(login > 0 && menu > login, got.constData());
        QCOMPARE(got.count("HTTP/1.1 200"), 2);
    }

    void emApiExclusiveDurationLogsOutOnTheLabClock()
    {
        verifySuccess(api(C2, QStringLiteral("request"), QStringLiteral("login"),
                          {{QStringLiteral("deviceName"), Phone22}, {QStringLiteral("userID"), QStringLiteral("kally")},
                           {QStringLiteral("exclusiveDuration"), QStringLiteral("2")}}));
        Clock *clock = lab()->clock();
        clock->advance(60'000);
        QCOMPARE(deviceUser(C2, Phone22), QStringLiteral("kally"));
        clock->advance(61'000);
        QVERIFY(deviceUser(C2, Phone22).isEmpty());
    }

    void emApiParsingErrors_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QByteArray>("contentType");
        QTest::addColumn<int>("code");
        const QByteArray form = "application/x-www-form-urlencoded";
        auto field = [](const QByteArray &xml) -> QByteArray { return QByteArrayLiteral("xml=") + QUrl::toPercentEncoding(QString::fromUtf8(xml)); };
        QTest::newRow("not xml") << field("this is not xml") << form << 1;
        QTest::newRow("unclosed") << field("<request><appInfo>") << form << 1;
        QTest::newRow("wrong root") << field("<hello/>") << form << 1;
        QTest::newRow("no xml field") << QByteArray("data=%3Cquery%3E") << form << 1;
        QTest::newRow("wrong form encoding") << QByteArray("<query/>") << QByteArray("text/xml") << 1;
        QTest::newRow("invalid utf-8") << QByteArray("xml=%3Cquery%3E%FF%FE%3C%2Fquery%3E") << form << 1;
        QTest::newRow("unknown query") << field(Xml::emCall(QStringLiteral("query"), QStringLiteral("whoIsThere"), ApiUser, ApiPass))
                                       << form << 8;
        QTest::newRow("unknown request") << field(Xml::emCall(QStringLiteral("request"), QStringLiteral("explode"), ApiUser, ApiPass))
                                         << form << 1;
        QTest::newRow("login without user") << field(Xml::emCall(QStringLiteral("request"), QStringLiteral("login"), ApiUser, ApiPass,
                                                                 {{QStringLiteral("deviceName"), Phone22}}))
                                            << form << 1;
        QTest::newRow("text after the root") << field(Xml::emCall(QStringLiteral("request"), QStringLiteral("login"), ApiUser, ApiPass,
                                                                  {{QStringLiteral("deviceName"), Phone22}, {QStringLiteral("userID"), QStringLiteral("kally")}})
                                                      + "junk")
                                             << form << 1;
        QTest::newRow("second root") << field("<query/><query/>") << form << 1;
        QByteArray deep;
        for (int i = 0; i < 5000; ++i)
            deep += "<a>";
        QTest::newRow("deeply nested") << field("<query>" + deep) << form << 1;
        QTest::newRow("entities") << field("<!DOCTYPE q [<!ENTITY a \"aaaaaaaaaa\"><!ENTITY b \"&a;&a;&a;&a;&a;&a;\">]><query>&b;</query>")
                                  << form << 1;
        QTest::newRow("undeclared entity") << field("<!DOCTYPE query SYSTEM \"em.dtd\"><query><appInfo><appID>emapi&bogus;</appID><appCertificate>emapi-pass</appCertificate></appInfo>"
                                                    "<deviceUserQuery><deviceName>SEPC20000000002</deviceName></deviceUserQuery></query>")
                                           << form << 1;
        QByteArray many = "<query><appInfo/><deviceUserQuery>";
        for (int i = 0; i < 1200; ++i)
            many += "<deviceName>x</deviceName>";
        QTest::newRow("too many elements") << field(many + "</deviceUserQuery></query>") << form << 1;
    }

    void emApiParsingErrors()
    {
        QFETCH(QByteArray, body);
        QFETCH(QByteArray, contentType);
        QFETCH(int, code);
        const QList<EmLogin> before = cluster(C2)->emLogins();
        QUrl u = base(C2);
        u.setPath(QStringLiteral("/emservice/EMServiceServlet"));
        const HttpReply r = client().post(u, body, contentType);
        QCOMPARE(r.status, 200);
        QVERIFY(Xml::wellFormed(r.body));
        QCOMPARE(errorCode(r), code);
        QCOMPARE(cluster(C2)->emLogins(), before); // never a state change
    }

    void emApiOnlyPost()
    {
        const HttpReply r = client().get(withQuery(base(C2), QStringLiteral("/emservice/EMServiceServlet"), {}));
        QCOMPARE(r.status, 405);
    }

    void japaneseNamesSurvive()
    {
        // Japanese end user names travel in the EMApp logout confirmation (service names in
        // the Services menu are covered above).
        Cluster *c = cluster(C2);
        EndUser kally = *c->endUserByUserId(QStringLiteral("kally"));
        kally.firstName = QStringLiteral("花子");
        kally.lastName = QStringLiteral("田中");
        QVERIFY(c->saveEndUser(kally).ok());
        verifySuccess(api(C2, QStringLiteral("request"), QStringLiteral("login"),
                          {{QStringLiteral("deviceName"), Phone22}, {QStringLiteral("userID"), QStringLiteral("kally")}}));
        const HttpReply r = emApp(C2, {{QStringLiteral("device"), Phone22}});
        QCOMPARE(r.contentType, QByteArray("text/xml; charset=utf-8"));
        QVERIFY2(Xml::text(r.body, QStringLiteral("Text")).contains(QStringLiteral("花子 田中")), r.body.constData());
    }

    /// The seed's story, only through the EM API: Cluster1 goes down, Bob logs in on a
    /// Cluster2 phone, and when Cluster1 comes back his old login there is gone.
    void seedStoryThroughTheEmApi()
    {
        HttpReply r = api(C1, QStringLiteral("query"), QStringLiteral("deviceUserQuery"), {{QStringLiteral("deviceName"), Phone11}});
        QCOMPARE(Xml::text(r.body, QStringLiteral("userID")), QStringLiteral("bob"));
        QVERIFY(cluster(C1)->setUp(false).ok());
        QCOMPARE(api(C1, QStringLiteral("query"), QStringLiteral("deviceUserQuery"), {{QStringLiteral("deviceName"), Phone11}}).error,
                 QNetworkReply::ConnectionRefusedError);
        r = api(C2, QStringLiteral("request"), QStringLiteral("login"), {{QStringLiteral("deviceName"), Phone22}, {QStringLiteral("userID"), QStringLiteral("bob")}});
        verifySuccess(r);
        r = api(C2, QStringLiteral("query"), QStringLiteral("userDevicesQuery"), {{QStringLiteral("userID"), QStringLiteral("bob")}});
        QCOMPARE(Xml::texts(r.body, QStringLiteral("deviceName")), QStringList{Phone22});
        QVERIFY(cluster(C1)->setUp(true).ok());
        lab()->clock()->runUntilIdle(10 * lab()->settings().ilsSyncIntervalMs);
        r = api(C1, QStringLiteral("query"), QStringLiteral("deviceUserQuery"), {{QStringLiteral("deviceName"), Phone11}});
        QVERIFY2(Xml::text(r.body, QStringLiteral("userID")).isEmpty(), r.body.constData());
        QCOMPARE(Xml::text(r.body, QStringLiteral("lastlogin")), QStringLiteral("bob"));
        r = api(C2, QStringLiteral("query"), QStringLiteral("deviceUserQuery"), {{QStringLiteral("deviceName"), Phone22}});
        QCOMPARE(Xml::text(r.body, QStringLiteral("userID")), QStringLiteral("bob"));
    }

    // ---- hostile connections -----------------------------------------------------------------

    void oversizedBodyIs413()
    {
        QUrl u = base(C2);
        u.setPath(QStringLiteral("/emservice/EMServiceServlet"));
        const HttpReply r = client().post(u, QByteArray("xml=") + QByteArray(70 * 1024, 'a'));
        QCOMPARE(r.status, 413);
        QVERIFY(deviceUser(C2, Phone22).isEmpty());
        // The server still serves.
        QCOMPARE(emApp(C2, {{QStringLiteral("device"), Phone22}}).status, 200);
    }

    void oversizedHeadersAreRefused()
    {
        QTcpSocket socket;
        socket.connectToHost(QHostAddress::LocalHost, m_http->server(C2)->port());
        QVERIFY(socket.waitForConnected(5000));
        socket.write("GET /emapp/EMAppServlet?device=SEPC20000000002 HTTP/1.1\r\nHost: x\r\n");
        for (int i = 0; i < 40; ++i)
            socket.write("X-Filler-" + QByteArray::number(i) + ": " + QByteArray(1000, 'f') + "\r\n");
        QByteArray got;
        QTRY_VERIFY_WITH_TIMEOUT((got += socket.readAll()).size() > 0 || socket.state() == QAbstractSocket::UnconnectedState, 5000);
        QTRY_COMPARE_WITH_TIMEOUT(socket.state(), QAbstractSocket::UnconnectedState, 5000);
        got += socket.readAll();
        QVERIFY2(got.startsWith("HTTP/1.1 431"), got.constData());
    }

    void slowAndIdleClientsTimeOut()
    {
        HttpLimits limits;
        limits.requestTimeoutMs = 300;
        limits.idleTimeoutMs = 300;
        LabHttp quick(lab());
        quick.setLimits(limits);
        QVERIFY(quick.start());
        const quint16 port = quick.server(C2)->port();

        QTcpSocket slow;
        slow.connectToHost(QHostAddress::LocalHost, port);
        QVERIFY(slow.waitForConnected(5000));
        slow.write("GET /emapp/EMAppServlet?device=SEPC20000000002 HTTP/1.1\r\nHo");
        QTRY_COMPARE_WITH_TIMEOUT(slow.state(), QAbstractSocket::UnconnectedState, 5000);
        QVERIFY(slow.readAll().startsWith("HTTP/1.1 408"));

        QTcpSocket idle;
        idle.connectToHost(QHostAddress::LocalHost, port);
        QVERIFY(idle.waitForConnected(5000));
        QTRY_COMPARE_WITH_TIMEOUT(idle.state(), QAbstractSocket::UnconnectedState, 5000);
    }

    void connectionsPastTheLimitGet503()
    {
        HttpLimits limits;
        limits.maxConnections = 2;
        LabHttp small(lab());
        small.setLimits(limits);
        QVERIFY(small.start());
        const quint16 port = small.server(C2)->port();
        const QByteArray menuRequest = "GET /ccmcip/getservicesmenu.jsp?device=SEPC20000000002 HTTP/1.1\r\nHost: x\r\n\r\n";
        // Two keep-alive clients, each served once: both hold a slot.
        QTcpSocket first, second, third;
        for (QTcpSocket *s : {&first, &second}) {
            s->connectToHost(QHostAddress::LocalHost, port);
            QVERIFY(s->waitForConnected(20'000));
            s->write(menuRequest);
            QTRY_VERIFY_WITH_TIMEOUT(s->bytesAvailable() > 0, 20'000);
            QVERIFY(s->readAll().startsWith("HTTP/1.1 200"));
        }
        third.connectToHost(QHostAddress::LocalHost, port);
        QVERIFY(third.waitForConnected(20'000));
        QTRY_COMPARE_WITH_TIMEOUT(third.state(), QAbstractSocket::UnconnectedState, 20'000);
        const QByteArray refused = third.readAll();
        QVERIFY2(refused.startsWith("HTTP/1.1 503 Service Unavailable"), refused.constData());
        QVERIFY(Xml::wellFormed(refused.mid(refused.indexOf("\r\n\r\n") + 4)));

        // Once one of the two closes, a new client is served.
        second.abort();
        QUrl menu = small.server(C2)->url();
        menu.setPath(QStringLiteral("/ccmcip/getservicesmenu.jsp"));
        menu.setQuery(QStringLiteral("device=SEPC20000000002"));
        QTRY_COMPARE_WITH_TIMEOUT(HttpClient().get(menu).status, 200, 20'000);
    }

    // ---- request framing (RFC 9112) ---------------------------------------------------------

    void ambiguousFramingIs400_data()
    {
        QTest::addColumn<QByteArray>("headers");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<int>("status");
        const QByteArray chunked = "7\r\nxml=abc\r\n0\r\n\r\n";
        QTest::newRow("identity then chunked") << QByteArray("Transfer-Encoding: identity\r\nTransfer-Encoding: chunked\r\n") << chunked << 400;
        QTest::newRow("chunked twice") << QByteArray("Transfer-Encoding: chunked\r\nTransfer-Encoding: chunked\r\n") << chunked << 400;
        QTest::newRow("unknown coding") << QByteArray("Transfer-Encoding: gzip, chunked\r\n") << chunked << 400;
        QTest::newRow("length and chunked") << QByteArray("Content-Length: 7\r\nTransfer-Encoding: chunked\r\n") << chunked << 400;
        QTest::newRow("lengths disagree") << QByteArray("Content-Length: 7\r\nContent-Length: 20\r\n") << QByteArray("xml=abc") << 400;
        QTest::newRow("length list") << QByteArray("Content-Length: 7, 7\r\n") << QByteArray("xml=abc") << 400;
        QTest::newRow("signed length") << QByteArray("Content-Length: +7\r\n") << QByteArray("xml=abc") << 400;
        QTest::newRow("obs-fold") << QByteArray("Transfer-Encoding: identity\r\n chunked\r\n") << chunked << 400;
        QTest::newRow("space before colon") << QByteArray("Transfer-Encoding : chunked\r\n") << chunked << 400;
        QTest::newRow("bare CR") << QByteArray("X-A: a\rTransfer-Encoding: chunked\r\n") << chunked << 400;
        QTest::newRow("chunk trailer") << QByteArray("Transfer-Encoding: chunked\r\n") << QByteArray("7\r\nxml=abc\r\n0\r\nX-T: 1\r\n\r\n") << 400;
        QTest::newRow("bad chunk size") << QByteArray("Transfer-Encoding: chunked\r\n") << QByteArray("7x\r\nxml=abc\r\n0\r\n\r\n") << 400;
        QByteArray big;
        for (int i = 0; i < 20; ++i)
            big += "1000\r\n" + QByteArray(0x1000, 'a') + "\r\n";
        QTest::newRow("chunked body too large") << QByteArray("Transfer-Encoding: chunked\r\n") << big + "0\r\n\r\n" << 413;
    }

    void ambiguousFramingIs400()
    {
        QFETCH(QByteArray, headers);
        QFETCH(QByteArray, body);
        QFETCH(int, status);
        bool closed = false;
        const QByteArray got = exchange(m_http->server(C2)->port(),
                                        "POST /emservice/EMServiceServlet HTTP/1.1\r\nHost: x\r\n"
                                        "Content-Type: application/x-www-form-urlencoded\r\n" + headers + "\r\n" + body,
                                        5000, &closed);
        QVERIFY2(got.startsWith(QByteArray("HTTP/1.1 " + QByteArray::number(status))), got.left(200).constData());
        QCOMPARE(answers(got), 1);
        QVERIFY(closed);
        QCOMPARE(emApp(C2, {{QStringLiteral("device"), Phone22}}).status, 200); // still serving
    }

    void chunkedBodyIsServed()
    {
        const QByteArray xml = QUrl::toPercentEncoding(QString::fromUtf8(
            Xml::emCall(QStringLiteral("query"), QStringLiteral("deviceUserQuery"), ApiUser, ApiPass, {{QStringLiteral("deviceName"), Phone21}})));
        const QByteArray form = "xml=" + xml;
        const QByteArray half = form.left(form.size() / 2), rest = form.mid(form.size() / 2);
        const QByteArray got = exchange(m_http->server(C2)->port(),
                                        "POST /emservice/EMServiceServlet HTTP/1.1\r\nHost: x\r\nConnection: close\r\n"
                                        "Content-Type: application/x-www-form-urlencoded\r\nTransfer-Encoding: chunked\r\n\r\n"
                                        + QByteArray::number(half.size(), 16) + ";ext=1\r\n" + half + "\r\n"
                                        + QByteArray::number(rest.size(), 16) + "\r\n" + rest + "\r\n0\r\n\r\n");
        QVERIFY2(got.startsWith("HTTP/1.1 200"), got.constData());
        QCOMPARE(Xml::text(got.mid(got.indexOf("\r\n\r\n") + 4), QStringLiteral("userID")), QStringLiteral("alice"));
    }

    void pipelinedGetAndPostAreBothAnsweredWithoutTimeout()
    {
        HttpLimits limits;
        limits.requestTimeoutMs = 300;
        auto http = startWith(limits);
        QVERIFY(http);
        QTcpSocket s;
        s.connectToHost(QHostAddress::LocalHost, http->server(C2)->port());
        QVERIFY(s.waitForConnected(5000));
        const QByteArray xml = "xml=" + QUrl::toPercentEncoding(QString::fromUtf8(
            Xml::emCall(QStringLiteral("query"), QStringLiteral("deviceUserQuery"), ApiUser, ApiPass, {{QStringLiteral("deviceName"), Phone21}})));
        // The GET and the POST's headers in one segment, the POST's body a moment later.
        s.write("GET /ccmcip/getservicesmenu.jsp?device=SEPC20000000002 HTTP/1.1\r\nHost: x\r\n\r\n"
                "POST /emservice/EMServiceServlet HTTP/1.1\r\nHost: x\r\nContent-Type: application/x-www-form-urlencoded\r\n"
                "Content-Length: " + QByteArray::number(xml.size()) + "\r\n\r\n");
        s.flush();
        QTest::qWait(100);
        s.write(xml);
        QByteArray got;
        QTRY_VERIFY_WITH_TIMEOUT(answers(got += s.readAll()) >= 2, 5000);
        QTest::qWait(1000); // three request time-outs: nothing more may come
        got += s.readAll();
        QCOMPARE(answers(got), 2);
        QVERIFY2(!got.contains("408"), got.constData());
        QCOMPARE(s.state(), QAbstractSocket::ConnectedState);
        QVERIFY(got.contains("<userID>alice</userID>"));
    }

    void manyPipelinedRequestsAreAllAnswered()
    {
        const int n = 500;
        const QByteArray one = "GET /ccmcip/getservicesmenu.jsp?device=SEPC20000000002 HTTP/1.1\r\nHost: x\r\n\r\n";
        QTcpSocket s;
        s.connectToHost(QHostAddress::LocalHost, m_http->server(C2)->port());
        QVERIFY(s.waitForConnected(5000));
        s.write(one.repeated(n));
        QByteArray got;
        QTRY_VERIFY_WITH_TIMEOUT(answers(got += s.readAll()) >= n, 60'000);
        QCOMPARE(answers(got), n);
        QCOMPARE(got.count("HTTP/1.1 200 OK"), n);
    }

    void lfOnlyLineEndingsWork()
    {
        HttpLimits limits;
        limits.requestTimeoutMs = 300;
        auto http = startWith(limits);
        QVERIFY(http);
        const QByteArray got = exchange(http->server(C2)->port(),
                                        "GET /ccmcip/getservicesmenu.jsp?device=SEPC20000000002 HTTP/1.1\nHost: x\n\n", 1500);
        QVERIFY2(got.startsWith("HTTP/1.1 200"), got.constData());
        QCOMPARE(answers(got), 1); // and no 408 after it
        QVERIFY(Xml::has(got.mid(got.indexOf("\r\n\r\n") + 4), QStringLiteral("CiscoIPPhoneMenu")));
    }

    // ---- connection management --------------------------------------------------------------

    void connectionCloseAndHttp10CloseAfterTheAnswer_data()
    {
        QTest::addColumn<QByteArray>("request");
        QTest::newRow("Connection: close") << QByteArray("GET /ccmcip/getservicesmenu.jsp?device=SEPC20000000002 HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n");
        QTest::newRow("HTTP/1.0") << QByteArray("GET /ccmcip/getservicesmenu.jsp?device=SEPC20000000002 HTTP/1.0\r\n\r\n");
        QTest::newRow("close, then more") << QByteArray("GET /ccmcip/getservicesmenu.jsp?device=SEPC20000000002 HTTP/1.1\r\nConnection: keep-alive, close\r\n\r\n"
                                                        "GET /ccmcip/getservicesmenu.jsp?device=SEPC20000000002 HTTP/1.1\r\n\r\n");
    }

    void connectionCloseAndHttp10CloseAfterTheAnswer()
    {
        QFETCH(QByteArray, request);
        bool closed = false;
        const QByteArray got = exchange(m_http->server(C2)->port(), request, 5000, &closed);
        QVERIFY2(got.startsWith("HTTP/1.1 200"), got.constData());
        QVERIFY(got.contains("\r\nConnection: close\r\n"));
        QCOMPARE(answers(got), 1);
        QVERIFY(closed);
    }

    void webSocketUpgradeGetsOneAnswer()
    {
        bool closed = false;
        const QByteArray got = exchange(m_http->server(C2)->port(),
                                        "GET /ccmcip/getservicesmenu.jsp?device=SEPC20000000002 HTTP/1.1\r\nHost: x\r\n"
                                        "Connection: Upgrade\r\nUpgrade: websocket\r\nSec-WebSocket-Version: 13\r\n"
                                        "Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\n\r\n",
                                        3000, &closed);
        QCOMPARE(answers(got), 1);
        QVERIFY2(got.startsWith("HTTP/1.1 400"), got.constData());
        QVERIFY(closed);
    }

    void headHasNoBody()
    {
        const QByteArray menu = "/ccmcip/getservicesmenu.jsp?device=SEPC20000000002";
        const QByteArray got = exchange(m_http->server(C2)->port(),
                                        "HEAD " + menu + " HTTP/1.1\r\nHost: x\r\n\r\n"
                                        "HEAD /emapp/EMAppServlet?device=SEPC20000000002 HTTP/1.1\r\nHost: x\r\n\r\n"
                                        "HEAD /nowhere HTTP/1.1\r\nHost: x\r\n\r\n"
                                        "GET " + menu + " HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n");
        // Each answer starts right where the previous one's headers end.
        QList<QByteArray> statuses;
        qsizetype at = 0;
        for (int i = 0; i < 3; ++i) {
            const qsizetype end = got.indexOf("\r\n\r\n", at);
            QVERIFY2(end > 0, got.constData());
            statuses.append(got.mid(at, 12));
            at = end + 4;
        }
        QCOMPARE(statuses, (QList<QByteArray>{"HTTP/1.1 200", "HTTP/1.1 405", "HTTP/1.1 404"}));
        QVERIFY2(got.mid(at).startsWith("HTTP/1.1 200"), got.mid(at).constData());
        // HEAD announces the length of the answer GET gets.
        const QByteArray headLength = got.mid(got.indexOf("Content-Length: ") + 16, 10).split('\r').first();
        QCOMPARE(headLength.toInt(), got.size() - got.indexOf("\r\n\r\n", at) - 4);
    }

    void loginFormUrlsComeFromTheListener()
    {
        const quint16 port = m_http->server(C2)->port();
        const QByteArray got = exchange(port,
                                        "GET /emapp/EMAppServlet?device=SEPC20000000002 HTTP/1.1\r\nHost: attacker.example:6666\r\nConnection: close\r\n\r\n");
        const QByteArray body = got.mid(got.indexOf("\r\n\r\n") + 4);
        QVERIFY2(Xml::has(body, QStringLiteral("CiscoIPPhoneInput")), body.constData());
        const QString url = Xml::texts(body, QStringLiteral("URL")).constLast(); // the form's own URL follows its soft keys
        QCOMPARE(QUrl(url).host(), QStringLiteral("127.0.0.1"));
        QCOMPARE(QUrl(url).port(), int(port));
        QVERIFY(!body.contains("attacker"));
    }

    void blankLinesAloneIdleOut()
    {
        HttpLimits limits;
        limits.idleTimeoutMs = 300;
        limits.requestTimeoutMs = 300;
        limits.responseTimeoutMs = 60'000;
        auto http = startWith(limits);
        QVERIFY(http);
        bool closed = false;
        const QByteArray got = exchange(http->server(C2)->port(), "\r\n\r\n", 5000, &closed);
        QVERIFY(closed); // after the idle time-out, not the answer time-out
        QCOMPARE(answers(got), 0);
    }

    void oneAddressHoldsAFairShare()
    {
        HttpLimits limits;
        limits.maxConnections = 4;
        limits.maxConnectionsPerAddress = 2;
        auto http = startWith(limits);
        QVERIFY(http);
        const quint16 port = http->server(C2)->port();
        const QByteArray menuRequest = "GET /ccmcip/getservicesmenu.jsp?device=SEPC20000000002 HTTP/1.1\r\nHost: x\r\n\r\n";
        QTcpSocket first, second;
        for (QTcpSocket *s : {&first, &second}) {
            s->connectToHost(QHostAddress::LocalHost, port);
            QVERIFY(s->waitForConnected(5000));
            s->write(menuRequest);
            QTRY_VERIFY_WITH_TIMEOUT(s->bytesAvailable() > 0, 5000);
            QVERIFY(s->readAll().startsWith("HTTP/1.1 200"));
        }
        bool closed = false;
        const QByteArray third = exchange(port, menuRequest, 5000, &closed);
        QVERIFY2(third.startsWith("HTTP/1.1 503"), third.constData());
        QVERIFY(closed);
        first.abort();
        QTRY_VERIFY_WITH_TIMEOUT(exchange(port, menuRequest, 2000).startsWith("HTTP/1.1 200"), 10'000);
    }

    void connectionsPastTheProcessBudgetAreClosed()
    {
        HttpLimits limits;
        limits.maxProcessConnections = GuardedTcpServer::processConnections() + 2;
        auto http = startWith(limits);
        QVERIFY(http);
        const quint16 port = http->server(C2)->port();
        const QByteArray menuRequest = "GET /ccmcip/getservicesmenu.jsp?device=SEPC20000000002 HTTP/1.1\r\nHost: x\r\n\r\n";
        QTcpSocket first, second;
        for (QTcpSocket *s : {&first, &second}) {
            s->connectToHost(QHostAddress::LocalHost, port);
            QVERIFY(s->waitForConnected(5000));
            s->write(menuRequest);
            QTRY_VERIFY_WITH_TIMEOUT(s->bytesAvailable() > 0, 5000);
            s->readAll();
        }
        bool closed = false;
        QCOMPARE(exchange(port, menuRequest, 3000, &closed), QByteArray()); // closed unanswered
        QVERIFY(closed);
        first.abort();
        second.abort();
        // The listener rested, then accepts again.
        QTRY_VERIFY_WITH_TIMEOUT(exchange(port, menuRequest, 2000).startsWith("HTTP/1.1 200"), 10'000);
    }

    void listenerAcceptsAgainAfterRunningOutOfFiles()
    {
        const quint16 port = m_http->server(C2)->port();
        rlimit saved{};
        QCOMPARE(getrlimit(RLIMIT_NOFILE, &saved), 0);
        rlimit low = saved;
        low.rlim_cur = 512;
        QCOMPARE(setrlimit(RLIMIT_NOFILE, &low), 0);
        // Use up every descriptor but one; the client takes that one, so accept() fails (EMFILE).
        QList<int> held;
        for (int fd = ::open("/dev/null", O_RDONLY); fd >= 0; fd = ::open("/dev/null", O_RDONLY))
            held.append(fd);
        QVERIFY(!held.isEmpty());
        ::close(held.takeLast());
        QTcpSocket client;
        client.connectToHost(QHostAddress::LocalHost, port);
        const bool connected = client.waitForConnected(5000);
        QTest::qWait(300); // the listener tries to accept and fails
        for (int fd : std::as_const(held))
            ::close(fd);
        QCOMPARE(setrlimit(RLIMIT_NOFILE, &saved), 0);
        QVERIFY(connected);
        client.write("GET /ccmcip/getservicesmenu.jsp?device=SEPC20000000002 HTTP/1.1\r\nHost: x\r\n\r\n");
        QTRY_VERIFY_WITH_TIMEOUT(client.bytesAvailable() > 0, 10'000);
        QVERIFY(client.readAll().startsWith("HTTP/1.1 200"));
        // And new connections too.
        QCOMPARE(emApp(C2, {{QStringLiteral("device"), Phone22}}).status, 200);
    }

    void garbageRequestsDoNotCrash()
    {
        const QList<QByteArray> garbage{
            QByteArray("\x00\x01\x02\x03 garbage\r\n\r\n", 16),
            "GET / HTTP/9.9\r\n\r\n",
            "POST /emservice/EMServiceServlet HTTP/1.1\r\nContent-Length: -5\r\n\r\n",
            "POST /emservice/EMServiceServlet HTTP/1.1\r\nContent-Length: 999999999999\r\n\r\n",
            "POST /emservice/EMServiceServlet HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\n" + QByteArray(80 * 1024, 'z'),
        };
        for (const QByteArray &g : garbage) {
            QTcpSocket s;
            s.connectToHost(QHostAddress::LocalHost, m_http->server(C2)->port());
            QVERIFY(s.waitForConnected(5000));
            s.write(g);
            s.waitForBytesWritten(1000);
            QTest::qWait(50);
        }
        QCOMPARE(emApp(C2, {{QStringLiteral("device"), Phone22}}).status, 200);
        QVERIFY(deviceUser(C2, Phone22).isEmpty());
    }
};

QTEST_MAIN(TestClusterHttp)
#include "tst_clusterhttp.moc"
