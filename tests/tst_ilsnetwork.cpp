// ILS replication: hubs and spokes, latency, isolation, catch-up, newest wins, warnings.
#include "enginetestsupport.h"

#include "catalog/servicecatalog.h"

class TestIlsNetwork : public QObject
{
    Q_OBJECT
private slots:
    void topologyOfTheDemoLab();
    void latencyPerLink();
    void hubDownIsolatesSpokes();
    void pendingAndLastSyncPerLink();
    void stoppedIlsNeitherSendsNorReceives();
    void newestLoginWins();
    void superUserGroupStartsSync();
    void dnDefinedOnTwoClusters();
    void warnsPastRecommendedLimits();
    void clustersLeaveAndJoin();
};

static QString where(EngineLab &e, int viewer, const QString &dn)
{
    const auto r = e.lab->ils()->dnRecord(QStringLiteral("Cluster%1").arg(viewer), dn);
    return r ? r->cluster : QString();
}

void TestIlsNetwork::topologyOfTheDemoLab()
{
    EngineLab e;
    IlsNetwork *ils = e.lab->ils();
    QCOMPARE(ils->hubs(), (QStringList{QStringLiteral("Cluster1"), QStringLiteral("Cluster2")}));
    QCOMPARE(ils->neighbours(QStringLiteral("Cluster3")), QStringList{QStringLiteral("Cluster2")});
    QCOMPARE(ils->neighbours(QStringLiteral("Cluster1")), (QStringList{QStringLiteral("Cluster2"), QStringLiteral("Cluster4")}));
    for (int k = 1; k <= 4; ++k)
        QVERIFY(ils->isActive(QStringLiteral("Cluster%1").arg(k)));
    QVERIFY(ils->warnings().isEmpty());
    // ILS is a publisher-only service: the publisher going down takes the cluster out
    QVERIFY(!e.cluster(4)->setNodeUp(QStringLiteral("cucm4-pub"), false));
    QVERIFY(!ils->isActive(QStringLiteral("Cluster4")));
    QVERIFY(e.cluster(4)->isUp());
}

void TestIlsNetwork::latencyPerLink()
{
    EngineLab e;
    Lab::Settings s = e.lab->settings();
    s.linkLatencyMs = 500;
    e.lab->setSettings(s);
    QVERIFY(e.login(2, QStringLiteral("SEPC20000000002"), QStringLiteral("bob")).ok());
    // Cluster2 (hub) → Cluster3 (its spoke): one link; → Cluster4: two links via Cluster1.
    e.lab->clock()->advance(499);
    QCOMPARE(where(e, 3, QStringLiteral("1000001")), QStringLiteral("Cluster1"));
    e.lab->clock()->advance(1);
    QCOMPARE(where(e, 3, QStringLiteral("1000001")), QStringLiteral("Cluster2"));
    QCOMPARE(where(e, 1, QStringLiteral("1000001")), QStringLiteral("Cluster2"));
    QCOMPARE(where(e, 4, QStringLiteral("1000001")), QStringLiteral("Cluster1"));
    e.lab->clock()->advance(500);
    QCOMPARE(where(e, 4, QStringLiteral("1000001")), QStringLiteral("Cluster2"));
    QVERIFY(e.lab->counters()->value(QStringLiteral("Cluster2"), CounterNames::IlsMessagesSent) > 0);
    QVERIFY(e.lab->counters()->value(QStringLiteral("Cluster4"), CounterNames::IlsMessagesReceived) > 0);
}

void TestIlsNetwork::hubDownIsolatesSpokes()
{
    EngineLab e;
    QVERIFY(!e.cluster(1)->setUp(false));
    QVERIFY(e.login(2, QStringLiteral("SEPC20000000002"), QStringLiteral("bob")).ok());
    e.settle();
    QCOMPARE(where(e, 3, QStringLiteral("1000001")), QStringLiteral("Cluster2"));
    QCOMPARE(where(e, 4, QStringLiteral("1000001")), QStringLiteral("Cluster1")); // isolated behind its hub
    QVERIFY(e.lab->ils()->pendingCount() > 0);                                   // waiting for Cluster1
    QVERIFY(!e.lab->ils()->hasDeliverable());
    QVERIFY(e.hasEvent(LabEvent::Type::IlsHeld, QStringLiteral("Cluster2")));
    QVERIFY(!e.cluster(1)->setUp(true));
    e.settle();
    QCOMPARE(where(e, 4, QStringLiteral("1000001")), QStringLiteral("Cluster2"));
    QCOMPARE(e.lab->ils()->pendingCount(), 0);
    QCOMPARE(e.lab->counters()->value(QStringLiteral("Cluster2"), CounterNames::IlsMessagesPending), 0);
}

void TestIlsNetwork::pendingAndLastSyncPerLink()
{
    EngineLab e;
    IlsNetwork *ils = e.lab->ils();
    const QString c1 = QStringLiteral("Cluster1"), c2 = QStringLiteral("Cluster2"), c3 = QStringLiteral("Cluster3");
    QCOMPARE(ils->lastSync(c2, QStringLiteral("NoSuchCluster")), qint64(-1));
    QCOMPARE(ils->pendingCount(c2, QStringLiteral("NoSuchCluster")), 0);
    const qint64 before21 = ils->lastSync(c2, c1);
    QVERIFY(!e.cluster(1)->setUp(false));
    QVERIFY(e.login(2, QStringLiteral("SEPC20000000002"), QStringLiteral("bob")).ok());
    const qint64 loggedIn = e.lab->clock()->now();
    e.settle();
    // Cluster2 → Cluster3 delivered (one link latency later); Cluster2 → Cluster1 waits
    QCOMPARE(ils->lastSync(c2, c3), loggedIn + ils->latencyMs());
    QCOMPARE(ils->pendingCount(c2, c3), 0);
    QVERIFY(ils->pendingCount(c2, c1) > 0);
    QVERIFY(ils->pendingCount(c2, c1) <= ils->pendingCount());
    QCOMPARE(ils->lastSync(c2, c1), before21);
    QVERIFY(!e.cluster(1)->setUp(true));
    e.settle();
    QCOMPARE(ils->pendingCount(c2, c1), 0);
    QVERIFY(ils->lastSync(c2, c1) > loggedIn);
    QVERIFY(ils->lastSync(c2, c1) <= e.lab->clock()->now());
}

void TestIlsNetwork::stoppedIlsNeitherSendsNorReceives()
{
    EngineLab e;
    Cluster *c3 = e.cluster(3);
    QVERIFY(!c3->setServiceRunning(c3->publisher().hostName, Services::Ils, false));
    // dave (home Cluster4) roams to Cluster3, whose ILS is stopped: nobody learns it
    QVERIFY(e.login(3, QStringLiteral("SEPC30000000002"), QStringLiteral("dave")).ok());
    e.settle();
    QCOMPARE(where(e, 1, QStringLiteral("4000001")), QStringLiteral("Cluster4"));
    QCOMPARE(e.userOn(4, QStringLiteral("SEPC40000000001")), QStringLiteral("dave"));
    QVERIFY(!c3->setServiceRunning(c3->publisher().hostName, Services::Ils, true));
    e.settle();
    QCOMPARE(where(e, 1, QStringLiteral("4000001")), QStringLiteral("Cluster3"));
    QCOMPARE(e.userOn(4, QStringLiteral("SEPC40000000001")), QString());
}

void TestIlsNetwork::newestLoginWins()
{
    EngineLab e;
    QVERIFY(e.login(2, QStringLiteral("SEPC20000000002"), QStringLiteral("bob")).ok());
    QVERIFY(e.login(3, QStringLiteral("SEPC30000000002"), QStringLiteral("bob")).ok());
    e.settle();
    for (int k = 1; k <= 4; ++k)
        QCOMPARE(where(e, k, QStringLiteral("1000001")), QStringLiteral("Cluster3"));
    QCOMPARE(e.userOn(1, QStringLiteral("SEPC10000000001")), QString());
    QCOMPARE(e.userOn(2, QStringLiteral("SEPC20000000002")), QString());
    QCOMPARE(e.userOn(3, QStringLiteral("SEPC30000000002")), QStringLiteral("bob"));
    QVERIFY(e.hasEvent(LabEvent::Type::RoamingLogout, QStringLiteral("Cluster2")));
}

void TestIlsNetwork::superUserGroupStartsSync()
{
    EngineLab e;
    Cluster *c1 = e.cluster(1);
    const qint64 sentBefore = e.lab->counters()->value(QStringLiteral("Cluster1"), CounterNames::IlsMessagesSent);
    QVERIFY(!c1->addEndUserToGroup(Groups::RoamingSuperUsers, c1->endUserByUserId(QStringLiteral("carol"))->id));
    bool synced = false;
    for (const LabEvent &ev : e.lab->events()->events())
        synced = synced || (ev.type == LabEvent::Type::IlsSync && ev.user == QStringLiteral("carol"));
    QVERIFY(synced);
    QVERIFY(e.lab->ils()->hasDeliverable());
    e.settle();
    QVERIFY(e.lab->counters()->value(QStringLiteral("Cluster1"), CounterNames::IlsMessagesSent) > sentBefore);
}

void TestIlsNetwork::dnDefinedOnTwoClusters()
{
    EngineLab e;
    QVERIFY(e.lab->ils()->dnConflicts().isEmpty()); // super users' replicated profiles are not conflicts
    Device phone = *e.cluster(2)->deviceByName(QStringLiteral("SEPC20000000002"));
    phone.lines = {QStringLiteral("1000002")}; // carol's DN on Cluster1
    QVERIFY(!e.cluster(2)->saveDevice(phone));
    e.lab->ils()->refreshConflicts();
    const auto conflicts = e.lab->ils()->dnConflicts();
    QCOMPARE(conflicts.size(), 1);
    QCOMPARE(conflicts.first().dn, QStringLiteral("1000002"));
    QVERIFY(conflicts.first().clusters.contains(QStringLiteral("Cluster2")));
    QVERIFY(e.hasEvent(LabEvent::Type::IlsWarning));
}

void TestIlsNetwork::warnsPastRecommendedLimits()
{
    QTemporaryDir dir;
    Clock clock(Clock::Mode::Manual);
    EventLog events(&clock);
    Counters counters;
    IlsNetwork ils(&clock, &events, &counters);
    std::vector<std::unique_ptr<Cluster>> clusters;
    auto make = [&](const QString &name) {
        auto c = std::make_unique<Cluster>(name, QList<Node>{{name.toLower() + QStringLiteral("-pub"), QStringLiteral("198.51.100.1"), true}});
        QString error;
        if (!c->open(dir.filePath(name + QStringLiteral(".sqlite")), &error))
            qFatal("%s", qPrintable(error));
        clusters.push_back(std::move(c));
        return clusters.back().get();
    };
    for (int i = 1; i <= 11; ++i)
        ils.addCluster(make(QStringLiteral("H%1").arg(i)), IlsRole::Hub);
    for (int i = 1; i <= 21; ++i)
        ils.addCluster(make(QStringLiteral("S%1").arg(i)), IlsRole::Spoke, QStringLiteral("H1"));
    ils.start();
    QStringList texts;
    for (const Message &m : ils.warnings())
        texts.append(m.englishText());
    QCOMPARE(texts.size(), 2);
    QVERIFY(texts.at(0).contains(QStringLiteral("11 hub clusters")));
    QVERIFY(texts.at(1).contains(QStringLiteral("Hub H1 has 21 spoke clusters")));
}

void TestIlsNetwork::clustersLeaveAndJoin()
{
    EngineLab e;
    // a hub with spokes cannot simply leave; a spoke can
    QVERIFY(e.lab->setIlsRole(QStringLiteral("Cluster1"), IlsRole::None));
    QVERIFY(!e.lab->setIlsRole(QStringLiteral("Cluster4"), IlsRole::None));
    QVERIFY(!e.lab->ils()->isActive(QStringLiteral("Cluster4")));
    QVERIFY(!e.lab->ils()->dnRecord(QStringLiteral("Cluster4"), QStringLiteral("1000001"))); // learned data is gone
    QCOMPARE(e.lab->router()->dial(QStringLiteral("SEPC40000000001"), QStringLiteral("1000001")).failure, CallResult::Failure::Unregistered); // its own copy of the profile, nowhere registered it knows of
    // dave roams away while Cluster4 is outside the network: Cluster4 does not hear of it
    QVERIFY(e.login(2, QStringLiteral("SEPC20000000002"), QStringLiteral("dave")).ok());
    e.settle();
    QCOMPARE(e.userOn(4, QStringLiteral("SEPC40000000001")), QStringLiteral("dave"));
    // a spoke must name a hub
    QVERIFY(e.lab->setIlsRole(QStringLiteral("Cluster4"), IlsRole::Spoke, QStringLiteral("Cluster3")));
    QVERIFY(!e.lab->setIlsRole(QStringLiteral("Cluster4"), IlsRole::Spoke, QStringLiteral("Cluster2")));
    QCOMPARE(e.lab->spec(QStringLiteral("Cluster4")).hub, QStringLiteral("Cluster2"));
    QCOMPARE(e.lab->ils()->neighbours(QStringLiteral("Cluster4")), QStringList{QStringLiteral("Cluster2")});
    e.settle();
    QCOMPARE(where(e, 4, QStringLiteral("1000001")), QStringLiteral("Cluster1"));
    // back in the network, Cluster4 learns dave's newer login and logs him out
    QCOMPARE(where(e, 4, QStringLiteral("4000001")), QStringLiteral("Cluster2"));
    QCOMPARE(where(e, 1, QStringLiteral("4000001")), QStringLiteral("Cluster2"));
    QCOMPARE(e.userOn(4, QStringLiteral("SEPC40000000001")), QString());
    QCOMPARE(e.userOn(2, QStringLiteral("SEPC20000000002")), QStringLiteral("dave"));
}

QTEST_GUILESS_MAIN(TestIlsNetwork)
#include "tst_ilsnetwork.moc"
