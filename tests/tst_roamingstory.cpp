// The seed's story end to end, through the engine's API, as a user would see it.
#include "enginetestsupport.h"

class TestRoamingStory : public QObject
{
    Q_OBJECT
private slots:
    void storyThroughTheEngine();
    void storyScript();
    void demoLabStartsWithRealLogins();
};

void TestRoamingStory::demoLabStartsWithRealLogins()
{
    EngineLab e;
    QCOMPARE(e.userOn(1, QStringLiteral("SEPC10000000001")), QStringLiteral("bob"));
    QCOMPARE(e.userOn(3, QStringLiteral("SEPC30000000001")), QStringLiteral("kally"));
    QCOMPARE(e.registrar(1)->lines(QStringLiteral("SEPC10000000001")), QStringList{QStringLiteral("1000001")});
    QVERIFY(e.hasEvent(LabEvent::Type::Login, QStringLiteral("Cluster1")));
    QCOMPARE(e.lab->counters()->value(QStringLiteral("Cluster1"), CounterNames::LoginsSuccessful), 1);
    // every cluster believes Bob is on Cluster1
    for (int k = 1; k <= 4; ++k) {
        const auto r = e.lab->ils()->dnRecord(QStringLiteral("Cluster%1").arg(k), QStringLiteral("1000001"));
        QVERIFY(r);
        QCOMPARE(r->cluster, QStringLiteral("Cluster1"));
    }
}

void TestRoamingStory::storyThroughTheEngine()
{
    EngineLab e;
    CallRouter *router = e.lab->router();
    const QString kally = QStringLiteral("SEPC30000000001");
    const QString bobHome = QStringLiteral("SEPC10000000001");
    const QString roamPhone = QStringLiteral("SEPC20000000002");

    // Kally calls Bob on Cluster1.
    CallResult call = router->dial(kally, QStringLiteral("1000001"));
    QVERIFY2(call.ok(), qPrintable(call.scriptLine()));
    QCOMPARE(call.callee, bobHome);
    QCOMPARE(call.hops, (QStringList{QStringLiteral("Cluster3"), QStringLiteral("Cluster1")}));
    QVERIFY(router->answer(bobHome));
    QCOMPARE(router->state(kally), CallRouter::State::Connected);

    // Cluster1 goes down: the call drops, Bob's phone unregisters.
    QVERIFY(!e.cluster(1)->setUp(false));
    QCOMPARE(router->state(kally), CallRouter::State::Idle);
    QVERIFY(!e.registrar(1)->isRegistered(bobHome));
    QCOMPARE(router->dial(kally, QStringLiteral("1000001")).failure, CallResult::Failure::ClusterDown);

    // Bob logs in on a phone of Cluster2.
    const EmResult r = e.login(2, roamPhone, QStringLiteral("bob"));
    QVERIFY2(r.ok(), qPrintable(r.text()));
    QCOMPARE(r.lines, QStringList{QStringLiteral("1000001")});
    QCOMPARE(r.action, EmResult::PhoneAction::Restart);
    QCOMPARE(e.registrar(2)->lines(roamPhone), QStringList{QStringLiteral("1000001")});

    // Before ILS delivers, Cluster3 still believes Cluster1; after settling it knows Cluster2.
    QCOMPARE(e.lab->ils()->dnRecord(QStringLiteral("Cluster3"), QStringLiteral("1000001"))->cluster, QStringLiteral("Cluster1"));
    e.settle();
    QCOMPARE(e.lab->ils()->dnRecord(QStringLiteral("Cluster3"), QStringLiteral("1000001"))->cluster, QStringLiteral("Cluster2"));
    call = router->dial(kally, QStringLiteral("1000001"));
    QVERIFY2(call.ok(), qPrintable(call.scriptLine()));
    QCOMPARE(call.callee, roamPhone);
    QCOMPARE(call.calleeCluster, QStringLiteral("Cluster2"));
    QVERIFY(router->hangup(kally));

    // Cluster1 returns and logs Bob out there (deferred), not before.
    QCOMPARE(e.userOn(1, bobHome), QStringLiteral("bob"));
    QVERIFY(!e.cluster(1)->setUp(true));
    e.settle();
    QCOMPARE(e.userOn(1, bobHome), QString());
    QVERIFY(e.hasEvent(LabEvent::Type::DeferredLogout, QStringLiteral("Cluster1")));
    QCOMPARE(e.userOn(2, roamPhone), QStringLiteral("bob"));
    QCOMPARE(e.lab->ils()->dnRecord(QStringLiteral("Cluster1"), QStringLiteral("1000001"))->cluster, QStringLiteral("Cluster2"));
}

void TestRoamingStory::storyScript()
{
    QString out;
    QVERIFY2(runLabScript(QStringLiteral("story.emroam"), &out), qPrintable(out));
}

QTEST_GUILESS_MAIN(TestRoamingStory)
#include "tst_roamingstory.moc"
