// Calls: local, over ILS-learned locations, and every failure reason.
#include "enginetestsupport.h"

#include "catalog/servicecatalog.h"

class TestCallRouter : public QObject
{
    Q_OBJECT
private slots:
    void localCallAnswerHangup();
    void failures();
    void staleLocation();
    void noRoute();
};

void TestCallRouter::localCallAnswerHangup()
{
    EngineLab e;
    CallRouter *r = e.lab->router();
    const CallResult c = r->dial(QStringLiteral("SEPC10000000001"), QStringLiteral("1009002"));
    QVERIFY2(c.ok(), qPrintable(c.scriptLine()));
    QCOMPARE(c.scriptLine(), QStringLiteral("ringing SEPC10000000002 on Cluster1 via Cluster1"));
    QCOMPARE(r->state(QStringLiteral("SEPC10000000002")), CallRouter::State::Ringing);
    QVERIFY(r->answer(QStringLiteral("SEPC10000000002")));
    QCOMPARE(r->state(QStringLiteral("SEPC10000000001")), CallRouter::State::Connected);
    QCOMPARE(r->dial(QStringLiteral("SEPC30000000001"), QStringLiteral("1009002")).failure, CallResult::Failure::Busy);
    QVERIFY(r->hangup(QStringLiteral("SEPC10000000002")));
    QCOMPARE(r->state(QStringLiteral("SEPC10000000001")), CallRouter::State::Idle);
    QVERIFY(!r->hangup(QStringLiteral("SEPC10000000002")));
}

void TestCallRouter::failures()
{
    EngineLab e;
    CallRouter *r = e.lab->router();
    QCOMPARE(r->dial(QStringLiteral("SEPC30000000001"), QStringLiteral("7777")).failure, CallResult::Failure::UnknownNumber);
    // carol is not logged in anywhere: her DN is known, but no phone has it
    const CallResult c = r->dial(QStringLiteral("SEPC30000000001"), QStringLiteral("1000002"));
    QCOMPARE(c.failure, CallResult::Failure::Unregistered);
    QVERIFY(c.scriptLine().startsWith(QStringLiteral("failed unregistered ")));
    QVERIFY(!e.cluster(1)->setUp(false));
    QCOMPARE(r->dial(QStringLiteral("SEPC30000000001"), QStringLiteral("1000001")).failure, CallResult::Failure::ClusterDown);
    // a phone whose own cluster is down cannot call
    QCOMPARE(r->dial(QStringLiteral("SEPC10000000002"), QStringLiteral("3000001")).failure, CallResult::Failure::Unregistered);
}

void TestCallRouter::staleLocation()
{
    EngineLab e;
    Cluster *c3 = e.cluster(3);
    QVERIFY(!c3->setServiceRunning(c3->publisher().hostName, Services::Ils, false));
    QVERIFY(e.login(2, QStringLiteral("SEPC20000000002"), QStringLiteral("bob")).ok());
    e.settle(); // Cluster1 logs Bob out; Cluster3 learns nothing
    QCOMPARE(e.userOn(1, QStringLiteral("SEPC10000000001")), QString());
    const CallResult c = e.lab->router()->dial(QStringLiteral("SEPC30000000001"), QStringLiteral("1000001"));
    QCOMPARE(c.failure, CallResult::Failure::StaleLocation);
    QCOMPARE(c.hops, (QStringList{QStringLiteral("Cluster3"), QStringLiteral("Cluster1")}));
}

void TestCallRouter::noRoute()
{
    EngineLab e;
    e.lab->ils()->setRole(QStringLiteral("Cluster1"), IlsNetwork::Role::None);
    QCOMPARE(e.lab->router()->dial(QStringLiteral("SEPC30000000001"), QStringLiteral("1000001")).failure, CallResult::Failure::NoRoute);
}

QTEST_GUILESS_MAIN(TestCallRouter)
#include "tst_callrouter.moc"
