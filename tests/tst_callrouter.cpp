// Calls: local, over ILS-learned locations, and every failure reason.
#include "enginetestsupport.h"

#include "catalog/servicecatalog.h"

class TestCallRouter : public QObject
{
    Q_OBJECT
private slots:
    void localCallAnswerHangup();
    void unansweredCallEndsAfterT301();
    void failures();
    void staleLocation();
    void noRoute();
    void seesOnlyTheClustersItIsHanded();
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

void TestCallRouter::unansweredCallEndsAfterT301()
{
    EngineLab e;
    CallRouter *r = e.lab->router();
    Clock *clock = e.lab->clock();
    const QString caller = QStringLiteral("SEPC10000000001"), callee = QStringLiteral("SEPC10000000002");
    QVERIFY(r->dial(caller, QStringLiteral("1009002")).ok());
    // the paused lab lists it as what happens next (simulation mode)
    bool listed = false;
    for (const Clock::Pending &p : clock->pending())
        listed = listed || (p.info.kind == TaskInfo::Kind::RingingTimeout && p.info.phone == callee && p.info.cluster == QLatin1String("Cluster1"));
    QVERIFY(listed);
    clock->advance(CallRouter::T301Ms - 1);
    QCOMPARE(r->state(callee), CallRouter::State::Ringing);
    clock->advance(1);
    QCOMPARE(r->state(callee), CallRouter::State::Idle);
    QCOMPARE(r->state(caller), CallRouter::State::Idle);
    QVERIFY(e.hasEvent(LabEvent::Type::CallEnded, QStringLiteral("Cluster1")));
    QVERIFY(!r->hangup(caller));
    // answered in time, the call outlives the timer; hung up while ringing, nothing is left behind
    QVERIFY(r->dial(caller, QStringLiteral("1009002")).ok());
    QVERIFY(r->answer(callee));
    clock->advance(CallRouter::T301Ms * 2);
    QCOMPARE(r->state(caller), CallRouter::State::Connected);
    QVERIFY(r->hangup(caller));
    const int before = clock->pendingTasks();
    QVERIFY(r->dial(caller, QStringLiteral("1009002")).ok());
    QCOMPARE(clock->pendingTasks(), before + 1);
    QVERIFY(r->hangup(callee));
    QCOMPARE(clock->pendingTasks(), before);
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
    e.lab->ils()->setRole(QStringLiteral("Cluster1"), IlsRole::None);
    QCOMPARE(e.lab->router()->dial(QStringLiteral("SEPC30000000001"), QStringLiteral("1000001")).failure, CallResult::Failure::NoRoute);
}

// A call router built by hand reaches only the clusters it was handed, and tells its own event log.
void TestCallRouter::seesOnlyTheClustersItIsHanded()
{
    EngineLab e;
    EventLog events(e.lab->clock());
    CallRouter r(e.lab->clock(), &events, e.lab->ils());
    r.addCluster(e.cluster(1), e.registrar(1));
    r.addCluster(e.cluster(1), e.registrar(1)); // handed twice: still once

    const CallResult local = r.dial(QStringLiteral("SEPC10000000001"), QStringLiteral("1009002"));
    QVERIFY2(local.ok(), qPrintable(local.scriptLine()));
    QVERIFY(std::any_of(events.events().cbegin(), events.events().cend(),
                        [](const LabEvent &ev) { return ev.type == LabEvent::Type::CallRinging; }));
    QCOMPARE(e.lab->router()->state(QStringLiteral("SEPC10000000002")), CallRouter::State::Idle);
    QVERIFY(r.hangup(QStringLiteral("SEPC10000000001")));

    // Cluster3's phone is not one this router knows
    const CallResult unknown = r.dial(QStringLiteral("SEPC30000000001"), QStringLiteral("1000001"));
    QCOMPARE(unknown.failure, CallResult::Failure::Unregistered);
    QCOMPARE(unknown.message.englishText(), QStringLiteral("There is no phone SEPC30000000001 in the lab."));
    // Cluster3 is where Cluster1 believes Kally's DN is, but this router cannot reach it
    const CallResult unreachable = r.dial(QStringLiteral("SEPC10000000002"), QStringLiteral("3000001"));
    QCOMPARE(unreachable.failure, CallResult::Failure::NoRoute);
    QCOMPARE(e.lab->router()->dial(QStringLiteral("SEPC10000000002"), QStringLiteral("3000001")).failure, CallResult::Failure::None);

    r.removeCluster(e.cluster(1));
    QCOMPARE(r.dial(QStringLiteral("SEPC10000000001"), QStringLiteral("1009002")).failure, CallResult::Failure::Unregistered);
}

QTEST_GUILESS_MAIN(TestCallRouter)
#include "tst_callrouter.moc"
