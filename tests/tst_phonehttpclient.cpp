#include <QtTest>

#include "catalog/servicecatalog.h"
#include "core/clock.h"
#include "http/clusterhttp.h"
#include "http/labhttp.h"
#include "http/phonehttpclient.h"
#include "mobility/emloginrequest.h"
#include "mobility/extensionmobility.h"
#include "testsupport.h"

/// A lab phone's login and logout over HTTP (what lab scripts use): Services menu, then EMApp,
/// answered as script outcome lines.
class TestPhoneHttpClient : public QObject
{
    Q_OBJECT

    std::unique_ptr<TempLab> m_lab;
    std::unique_ptr<PhoneHttpClient> m_phone;
    Lab *lab() { return m_lab->lab.get(); }
    Cluster *c2() { return lab()->cluster(QStringLiteral("Cluster2")); }

    static EmLoginRequest kally()
    {
        EmLoginRequest r;
        r.deviceName = QStringLiteral("SEPC20000000002");
        r.id = QStringLiteral("kally");
        r.pin = QStringLiteral("12345");
        return r;
    }

private slots:
    void init()
    {
        m_lab = std::make_unique<TempLab>();
        QVERIFY(m_lab->openDemo());
        lab()->clock()->setMode(Clock::Mode::Manual);
        m_phone = std::make_unique<PhoneHttpClient>(lab());
    }
    void cleanup()
    {
        m_phone.reset();
        m_lab.reset();
    }

    void loginAndLogoutGoOverHttp()
    {
        ClusterHttp *server = m_phone->http()->server(c2());
        const quint64 before = server->requestsServed();
        const qint64 t0 = lab()->clock()->now();
        QCOMPARE(m_phone->login(c2(), kally()), QStringLiteral("ok SEPC20000000002 kally on Cluster2 restart"));
        QCOMPARE(server->requestsServed(), before + 2); // the Services menu, then EMApp
        QVERIFY(lab()->clock()->now() - t0 >= lab()->settings().emProcessingMs); // processed on lab time
        QCOMPARE(lab()->mobility(c2())->deviceUser(kally().deviceName).userId, QStringLiteral("kally"));
        QCOMPARE(m_phone->logout(c2(), kally().deviceName), QStringLiteral("ok restart"));
        QCOMPARE(m_phone->logout(c2(), kally().deviceName), QStringLiteral("error 19 No user logged in"));
    }

    void errorsAnsweredByEmApp()
    {
        EmLoginRequest r = kally();
        r.loginType = QStringLiteral("XX");
        QCOMPARE(m_phone->login(c2(), r), QStringLiteral("error 215 LoginType invalid"));
        r = kally();
        r.deviceName.clear();
        QCOMPARE(m_phone->login(nullptr, r), QStringLiteral("error 207 Device Name Empty"));
    }

    void serviceStates()
    {
        const QString pub = c2()->publisher().hostName;
        QVERIFY(c2()->setServiceRunning(pub, Services::IpPhoneServices, false).ok());
        QCOMPARE(m_phone->login(c2(), kally()), QStringLiteral("error http-503"));
        QVERIFY(c2()->setServiceRunning(pub, Services::IpPhoneServices, true).ok());
        QVERIFY(c2()->setServiceRunning(pub, Services::EmApplication, false).ok());
        QCOMPARE(m_phone->login(c2(), kally()), QStringLiteral("error http-503"));
        QVERIFY(c2()->setServiceRunning(pub, Services::EmApplication, true).ok());
        QVERIFY(c2()->setServiceRunning(pub, Services::Tomcat, false).ok());
        QCOMPARE(m_phone->login(c2(), kally()), QStringLiteral("error host-not-found"));
        QVERIFY(c2()->setServiceRunning(pub, Services::Tomcat, true).ok());
        QVERIFY(c2()->setUp(false).ok());
        QCOMPARE(m_phone->login(c2(), kally()), QStringLiteral("error host-not-found"));
        QVERIFY(c2()->setUp(true).ok());
        QVERIFY(m_phone->login(c2(), kally()).startsWith(QLatin1String("ok ")));
    }
};

QTEST_MAIN(TestPhoneHttpClient)
#include "tst_phonehttpclient.moc"
