// The item models behind the administration pages, each under QAbstractItemModelTester while
// the engine changes underneath: rows follow with insert/remove/dataChanged, never a reset.
#include "testsupport.h"

#include "catalog/servicecatalog.h"
#include "items/accesscontrolgrouptablemodel.h"
#include "items/applicationusertablemodel.h"
#include "items/devicetablemodel.h"
#include "items/endusertablemodel.h"
#include "items/findproxymodel.h"
#include "items/ilsclustertablemodel.h"
#include "core/clock.h"
#include "ils/ilsnetwork.h"
#include "mobility/extensionmobility.h"
#include "items/phonefeaturetablemodel.h"
#include "items/phoneservicetablemodel.h"
#include "items/servicestatustablemodel.h"
#include "security/credentialhasher.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>

namespace {
using Mode = QAbstractItemModelTester::FailureReportingMode;

EndUser user(const QString &id, const QString &last = QStringLiteral("Last"))
{
    EndUser u;
    u.userId = id;
    u.lastName = last;
    return u;
}

QStringList column(const QAbstractItemModel *m, int c)
{
    QStringList out;
    for (int r = 0; r < m->rowCount(); ++r)
        out << m->index(r, c).data().toString();
    return out;
}

/// Counts resets, so a test can say "never a reset for one row".
struct ResetCounter
{
    explicit ResetCounter(QAbstractItemModel *m) : spy(m, &QAbstractItemModel::modelReset) {}
    QSignalSpy spy;
    int count() const { return int(spy.count()); }
};
}

class TestAdminModels : public QObject
{
    Q_OBJECT

private slots:
    void endUsersFollowTheEngine();
    void findProxyOperatorsAndNumericSort();
    void findProxyKeepsSortedWhileRowsArrive();
    void findProxyKeepsTheSourceOrderWhenSorted();
    void acceptFilterRefiltersRowByRow();
    void devicesSplitByKindAndFollowLogins();
    void servicesGroupsAndApplicationUsers();
    void serviceStatusIsLive();
    void phoneFeatureReport();
    void ilsClustersFollowTheLab();
    void ilsLinksAsOneClusterSeesThem();
    void headersAreReReadOnLanguageChange();
};

void TestAdminModels::endUsersFollowTheEngine()
{
    BlankCluster b;
    EndUserTableModel model;
    QAbstractItemModelTester tester(&model, Mode::QtTest);
    model.setCluster(b.cluster.get());
    QCOMPARE(model.rowCount(), 0);
    ResetCounter resets(&model);
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);

    EndUser alice = user(QStringLiteral("alice"), QStringLiteral("Liddell"));
    QVERIFY(!b.cluster->saveEndUser(alice, QStringLiteral("1234")));
    EndUser bob = user(QStringLiteral("bob"));
    QVERIFY(!b.cluster->saveEndUser(bob, QStringLiteral("1234")));
    QCOMPARE(inserted.count(), 2);
    QCOMPARE(column(&model, EndUserTableModel::UserIdColumn), (QStringList{QStringLiteral("alice"), QStringLiteral("bob")}));
    QCOMPARE(model.index(0, EndUserTableModel::LastNameColumn).data().toString(), QStringLiteral("Liddell"));
    QCOMPARE(model.index(0, 0).data(ClusterTableModel::IdRole).toLongLong(), alice.id);

    alice.homeCluster = true;
    QVERIFY(!b.cluster->saveEndUser(alice));
    QCOMPARE(changed.count(), 1);
    QCOMPARE(changed.first().at(0).toModelIndex().row(), 0);
    QCOMPARE(model.index(0, EndUserTableModel::HomeClusterColumn).data(ClusterTableModel::RawValueRole).toBool(), true);
    QCOMPARE(model.index(0, EndUserTableModel::HomeClusterColumn).data().toString(), QStringLiteral("Yes"));

    // a refused change changes no row
    EndUser clash = user(QStringLiteral("alice"));
    QVERIFY(b.cluster->saveEndUser(clash, QStringLiteral("1")));
    QCOMPARE(model.rowCount(), 2);

    QVERIFY(!b.cluster->deleteEndUser(alice.id));
    QCOMPARE(removed.count(), 1);
    QCOMPARE(column(&model, 0), QStringList{QStringLiteral("bob")});
    QCOMPARE(resets.count(), 0);
    QCOMPARE(model.data(model.index(0, 0), Qt::DecorationRole), QVariant());
}

void TestAdminModels::findProxyOperatorsAndNumericSort()
{
    BlankCluster b;
    for (const QString &id : {QStringLiteral("user10"), QStringLiteral("user2"), QStringLiteral("User1"), QStringLiteral("admin"),
                              QStringLiteral("user2b")}) {
        EndUser u = user(id);
        if (id == QStringLiteral("admin"))
            u.firstName.clear();
        else
            u.firstName = QStringLiteral("F") + id;
        QVERIFY(!b.cluster->saveEndUser(u, QStringLiteral("1")));
    }
    EndUserTableModel model;
    model.setCluster(b.cluster.get());
    FindProxyModel proxy;
    QAbstractItemModelTester tester(&proxy, Mode::QtTest);
    proxy.setSourceModel(&model);
    proxy.sort(EndUserTableModel::UserIdColumn);
    QCOMPARE(column(&proxy, 0), (QStringList{QStringLiteral("admin"), QStringLiteral("User1"), QStringLiteral("user2"),
                                             QStringLiteral("user2b"), QStringLiteral("user10")}));
    proxy.sort(EndUserTableModel::UserIdColumn, Qt::DescendingOrder);
    QCOMPARE(column(&proxy, 0).first(), QStringLiteral("user10"));
    proxy.sort(EndUserTableModel::UserIdColumn);

    using Op = FindProxyModel::Operator;
    proxy.find(EndUserTableModel::UserIdColumn, Op::BeginsWith, QStringLiteral("user"));
    QCOMPARE(proxy.rowCount(), 4); // case-insensitive, as Unified CM
    proxy.find(EndUserTableModel::UserIdColumn, Op::Contains, QStringLiteral("2"));
    QCOMPARE(column(&proxy, 0), (QStringList{QStringLiteral("user2"), QStringLiteral("user2b")}));
    proxy.find(EndUserTableModel::UserIdColumn, Op::EndsWith, QStringLiteral("0"));
    QCOMPARE(column(&proxy, 0), QStringList{QStringLiteral("user10")});
    proxy.find(EndUserTableModel::UserIdColumn, Op::IsExactly, QStringLiteral("USER2"));
    QCOMPARE(column(&proxy, 0), QStringList{QStringLiteral("user2")});
    proxy.find(EndUserTableModel::FirstNameColumn, Op::IsEmpty, QString());
    QCOMPARE(column(&proxy, 0), QStringList{QStringLiteral("admin")});
    proxy.find(EndUserTableModel::FirstNameColumn, Op::IsNotEmpty, QString());
    QCOMPARE(proxy.rowCount(), 4);
    proxy.find(EndUserTableModel::UserIdColumn, Op::BeginsWith, QString());
    QCOMPARE(proxy.rowCount(), 5); // no text: every record

    // Japanese sorts through the collator
    QVERIFY(proxy.compareTexts(QStringLiteral("あ2"), QStringLiteral("あ10")) < 0);
    QVERIFY(proxy.compareTexts(QStringLiteral("a-1"), QStringLiteral("a1")) < 0);
    QCOMPARE(proxy.compareTexts(QStringLiteral("x007"), QStringLiteral("X7")), 0);
}

void TestAdminModels::findProxyKeepsSortedWhileRowsArrive()
{
    BlankCluster b;
    EndUserTableModel model;
    model.setCluster(b.cluster.get());
    FindProxyModel proxy;
    QAbstractItemModelTester tester(&proxy, Mode::QtTest);
    proxy.setSourceModel(&model);
    proxy.sort(EndUserTableModel::UserIdColumn);
    const QString hash = CredentialHasher::hash(QStringLiteral("1"), 1);
    for (int i : {5, 1, 12, 3, 20, 2}) {
        EndUser u = user(QStringLiteral("u%1").arg(i));
        u.pinHash = hash;
        QVERIFY(!b.cluster->saveEndUser(u));
    }
    QCOMPARE(column(&proxy, 0), (QStringList{QStringLiteral("u1"), QStringLiteral("u2"), QStringLiteral("u3"), QStringLiteral("u5"),
                                             QStringLiteral("u12"), QStringLiteral("u20")}));
    // renaming moves the row; deleting removes it
    EndUser u3 = *b.cluster->endUserByUserId(QStringLiteral("u3"));
    u3.userId = QStringLiteral("u30");
    QVERIFY(!b.cluster->saveEndUser(u3));
    QCOMPARE(column(&proxy, 0).last(), QStringLiteral("u30"));
    QVERIFY(!b.cluster->deleteEndUser(b.cluster->endUserByUserId(QStringLiteral("u1"))->id));
    QCOMPARE(column(&proxy, 0).first(), QStringLiteral("u2"));
    EndUser late = user(QStringLiteral("u4"));
    late.pinHash = hash;
    QVERIFY(!b.cluster->saveEndUser(late));
    QCOMPARE(column(&proxy, 0), (QStringList{QStringLiteral("u2"), QStringLiteral("u4"), QStringLiteral("u5"), QStringLiteral("u12"),
                                             QStringLiteral("u20"), QStringLiteral("u30")}));
}

void TestAdminModels::findProxyKeepsTheSourceOrderWhenSorted()
{
    BlankCluster b;
    const QString hash = CredentialHasher::hash(QStringLiteral("1"), 1);
    const auto add = [&](const QString &id) {
        EndUser u = user(id);
        u.pinHash = hash;
        return !b.cluster->saveEndUser(u);
    };
    for (const QString &id : {QStringLiteral("a1"), QStringLiteral("a2"), QStringLiteral("a10")})
        QVERIFY(add(id));
    EndUserTableModel model;
    model.setCluster(b.cluster.get());
    FindProxyModel proxy;
    QAbstractItemModelTester tester(&proxy, Mode::QtTest);
    proxy.setSourceModel(&model);
    proxy.sort(EndUserTableModel::UserIdColumn);
    // the engine's order is already the sorted one: no sort pass
    QVERIFY(proxy.keepsSourceOrder());
    QCOMPARE(proxy.sortColumn(), -1);
    QCOMPARE(proxy.requestedSortColumn(), int(EndUserTableModel::UserIdColumn));
    QCOMPARE(column(&proxy, 0), (QStringList{QStringLiteral("a1"), QStringLiteral("a2"), QStringLiteral("a10")}));
    QVERIFY(add(QStringLiteral("b1"))); // arrives in order: still no sort
    QVERIFY(proxy.keepsSourceOrder());
    QCOMPARE(column(&proxy, 0).last(), QStringLiteral("b1"));
    // a search keeps the order
    proxy.find(EndUserTableModel::UserIdColumn, FindProxyModel::Operator::BeginsWith, QStringLiteral("a"));
    QCOMPARE(column(&proxy, 0), (QStringList{QStringLiteral("a1"), QStringLiteral("a2"), QStringLiteral("a10")}));
    proxy.find(EndUserTableModel::UserIdColumn, FindProxyModel::Operator::BeginsWith, QString());
    // a rename out of order: the proxy sorts for real from now on
    EndUser a2 = *b.cluster->endUserByUserId(QStringLiteral("a2"));
    a2.userId = QStringLiteral("c2");
    QVERIFY(!b.cluster->saveEndUser(a2));
    QVERIFY(!proxy.keepsSourceOrder());
    QCOMPARE(proxy.sortColumn(), int(EndUserTableModel::UserIdColumn));
    QCOMPARE(column(&proxy, 0), (QStringList{QStringLiteral("a1"), QStringLiteral("a10"), QStringLiteral("b1"), QStringLiteral("c2")}));
    // descending always sorts; ascending again over an unsorted source sorts too
    proxy.sort(EndUserTableModel::UserIdColumn, Qt::DescendingOrder);
    QVERIFY(!proxy.keepsSourceOrder());
    QCOMPARE(column(&proxy, 0).first(), QStringLiteral("c2"));
    proxy.sort(EndUserTableModel::UserIdColumn);
    QVERIFY(!proxy.keepsSourceOrder());
    QCOMPARE(column(&proxy, 0), (QStringList{QStringLiteral("a1"), QStringLiteral("a10"), QStringLiteral("b1"), QStringLiteral("c2")}));
    // another cluster whose records are in order: back to the source order after the reset
    BlankCluster other(QStringLiteral("Other"));
    for (const QString &id : {QStringLiteral("x1"), QStringLiteral("x2")}) {
        EndUser u = user(id);
        u.pinHash = hash;
        QVERIFY(!other.cluster->saveEndUser(u));
    }
    model.setCluster(other.cluster.get());
    QVERIFY(proxy.keepsSourceOrder());
    QCOMPARE(column(&proxy, 0), (QStringList{QStringLiteral("x1"), QStringLiteral("x2")}));
}

void TestAdminModels::acceptFilterRefiltersRowByRow()
{
    BlankCluster b;
    for (const char *id : {"a", "b", "c"}) {
        EndUser u = user(QString::fromLatin1(id));
        QVERIFY(!b.cluster->saveEndUser(u, QStringLiteral("1")));
    }
    EndUserTableModel members;
    QAbstractItemModelTester tester(&members, Mode::QtTest);
    members.setAcceptFilter([&](qint64 id) { return b.cluster->isEndUserInGroup(id, Groups::RoamingSuperUsers); });
    members.setCluster(b.cluster.get());
    QCOMPARE(members.rowCount(), 0);
    ResetCounter resets(&members);
    QSignalSpy inserted(&members, &QAbstractItemModel::rowsInserted);
    QVERIFY(!b.cluster->addEndUserToGroup(Groups::RoamingSuperUsers, b.cluster->endUserByUserId(QStringLiteral("b"))->id));
    members.refilter();
    QCOMPARE(column(&members, 0), QStringList{QStringLiteral("b")});
    QCOMPARE(inserted.count(), 1);
    QVERIFY(!b.cluster->removeEndUserFromGroup(Groups::RoamingSuperUsers, b.cluster->endUserByUserId(QStringLiteral("b"))->id));
    members.refilter();
    QCOMPARE(members.rowCount(), 0);
    QCOMPARE(resets.count(), 0);
}

void TestAdminModels::devicesSplitByKindAndFollowLogins()
{
    TempLab t;
    QVERIFY(t.openDemo());
    Cluster *c = t.lab->clusters().first();
    DeviceTableModel phones(Device::Kind::Phone), profiles(Device::Kind::Profile);
    QAbstractItemModelTester t1(&phones, Mode::QtTest), t2(&profiles, Mode::QtTest);
    phones.setCluster(c);
    profiles.setCluster(c);
    QCOMPARE(phones.rowCount(), int(c->phones().size()));
    QCOMPARE(profiles.rowCount(), int(c->deviceProfiles().size()));
    QVERIFY(phones.rowCount() > 0 && profiles.rowCount() > 0);

    const EmLogin login = c->emLogins().first();
    const int row = phones.rowOfId(login.deviceId);
    QVERIFY(row >= 0);
    QCOMPARE(phones.index(row, DeviceTableModel::StatusColumn).data().toString(), c->endUser(login.userId)->userId);
    QSignalSpy changed(&phones, &QAbstractItemModel::dataChanged);
    ResetCounter resets(&phones);
    QVERIFY(!c->recordLogout(login.deviceId));
    QVERIFY(changed.count() >= 1);
    QCOMPARE(phones.index(row, DeviceTableModel::StatusColumn).data().toString(), QString());

    // a new profile lands in the profile table only
    Device p;
    p.kind = Device::Kind::Profile;
    p.name = QStringLiteral("new-udp");
    p.model = QStringLiteral("Cisco 8865");
    p.protocol = QStringLiteral("SIP");
    const int before = phones.rowCount();
    QVERIFY(!c->saveDevice(p));
    QCOMPARE(phones.rowCount(), before);
    QCOMPARE(profiles.index(profiles.rowCount() - 1, DeviceTableModel::NameColumn).data().toString(), QStringLiteral("new-udp"));
    QCOMPARE(resets.count(), 0);
}

void TestAdminModels::servicesGroupsAndApplicationUsers()
{
    BlankCluster b;
    PhoneServiceTableModel services;
    AccessControlGroupTableModel groups;
    ApplicationUserTableModel apps;
    QAbstractItemModelTester t1(&services, Mode::QtTest), t2(&groups, Mode::QtTest), t3(&apps, Mode::QtTest);
    services.setCluster(b.cluster.get());
    groups.setCluster(b.cluster.get());
    apps.setCluster(b.cluster.get());
    QCOMPARE(groups.rowCount(), int(Groups::standardGroups().size()));

    PhoneService s;
    s.name = QStringLiteral("Extension Mobility");
    s.asciiName = s.name;
    s.url = QStringLiteral("http://198.51.100.200:8080/emapp/EMAppServlet?device=#DEVICENAME#");
    QVERIFY(!b.cluster->savePhoneService(s));
    QCOMPARE(services.rowCount(), 1);
    QCOMPARE(services.index(0, PhoneServiceTableModel::EnabledColumn).data(ClusterTableModel::RawValueRole).toBool(), true);

    ApplicationUser a;
    a.userId = QStringLiteral("emapi");
    QVERIFY(!b.cluster->saveApplicationUser(a, QStringLiteral("secret")));
    QCOMPARE(apps.rowCount(), 1);
    QVERIFY(!b.cluster->addApplicationUserToGroup(Groups::EmProxyRights, a.id));

    const int row = groups.rowOfId(b.cluster->accessControlGroupByName(Groups::EmProxyRights)->id);
    QCOMPARE(groups.index(row, AccessControlGroupTableModel::MembersColumn).data().toInt(), 1);
    AccessControlGroup g;
    g.name = QStringLiteral("Lab Admins");
    QVERIFY(!b.cluster->saveAccessControlGroup(g));
    QCOMPARE(groups.rowCount(), int(Groups::standardGroups().size()) + 1);
    QVERIFY(!b.cluster->deleteAccessControlGroup(g.id));
    QCOMPARE(groups.rowCount(), int(Groups::standardGroups().size()));
}

void TestAdminModels::serviceStatusIsLive()
{
    BlankCluster b;
    ServiceStatusTableModel feature(ServiceCatalog::Kind::Feature), network(ServiceCatalog::Kind::Network);
    QAbstractItemModelTester t1(&feature, Mode::QtTest), t2(&network, Mode::QtTest);
    feature.setCluster(b.cluster.get());
    network.setCluster(b.cluster.get());
    int emRow = -1;
    for (int r = 0; r < feature.rowCount(); ++r)
        if (feature.serviceAt(r) == Services::ExtensionMobility)
            emRow = r;
    QVERIFY(emRow >= 0);
    QCOMPARE(feature.index(emRow, ServiceStatusTableModel::StatusColumn).data().toString(), QStringLiteral("Not Running"));
    QSignalSpy changed(&feature, &QAbstractItemModel::dataChanged);
    QVERIFY(!b.cluster->setServiceActivated(b.cluster->publisher().hostName, Services::ExtensionMobility, true));
    QCOMPARE(changed.count(), 1);
    QCOMPARE(feature.index(emRow, ServiceStatusTableModel::StatusColumn).data().toString(), QStringLiteral("Started"));
    QCOMPARE(feature.index(emRow, ServiceStatusTableModel::ActivationColumn).data().toString(), QStringLiteral("Activated"));
    QVERIFY(!b.cluster->setNodeUp(b.cluster->publisher().hostName, false));
    QCOMPARE(feature.index(emRow, ServiceStatusTableModel::StatusColumn).data().toString(), QStringLiteral("Server down"));
    QCOMPARE(network.rowCount(), 3);
}

void TestAdminModels::phoneFeatureReport()
{
    PhoneFeatureTableModel report;
    QAbstractItemModelTester tester(&report, Mode::QtTest);
    QCOMPARE(report.rowCount(), 0);
    report.generate(QString(), PhoneFeatureTableModel::Feature::ExtensionMobility);
    QVERIFY(report.rowCount() >= int(PhoneModelCatalog::instance().models().size()));
    report.generate(QStringLiteral("Cisco 7942"), PhoneFeatureTableModel::Feature::ExtensionMobility);
    QCOMPARE(report.rowCount(), 2); // SCCP and SIP
    QCOMPARE(report.index(0, PhoneFeatureTableModel::SupportedColumn).data().toString(), QStringLiteral("Not documented"));
}

void TestAdminModels::ilsClustersFollowTheLab()
{
    TempLab t;
    QVERIFY(t.openDemo());
    IlsClusterTableModel model(t.lab.get());
    QAbstractItemModelTester tester(&model, Mode::QtTest);
    const int before = model.rowCount();
    QCOMPARE(before, int(t.lab->clusters().size()));
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    Lab::ClusterSpec spec;
    spec.name = QStringLiteral("Extra");
    spec.nodes = {{QStringLiteral("extra-pub"), QStringLiteral("198.51.100.240"), true}};
    QString error;
    QVERIFY2(t.lab->addCluster(spec, &error), qPrintable(error));
    QCOMPARE(inserted.count(), 1);
    QCOMPARE(model.rowCount(), before + 1);
    QCOMPARE(model.index(before, IlsClusterTableModel::ClusterColumn).data().toString(), QStringLiteral("Extra"));
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    QVERIFY(!t.lab->cluster(QStringLiteral("Extra"))->setUp(false));
    QVERIFY(changed.count() >= 1);
    QCOMPARE(model.index(before, IlsClusterTableModel::StateColumn).data().toString(), QStringLiteral("Down"));
}

void TestAdminModels::ilsLinksAsOneClusterSeesThem()
{
    TempLab t;
    t.lab->clock()->setMode(Clock::Mode::Manual);
    QVERIFY(t.openDemo());
    IlsClusterTableModel model(t.lab.get());
    QAbstractItemModelTester tester(&model, Mode::QtTest);
    model.setViewer(QStringLiteral("Cluster2"));
    const auto at = [&](const QString &cluster, int column) {
        const QModelIndexList hits = model.match(model.index(0, 0), Qt::DisplayRole, cluster, 1, Qt::MatchExactly);
        return hits.isEmpty() ? QModelIndex() : hits.first().siblingAtColumn(column);
    };
    using M = IlsClusterTableModel;
    // Cluster2 is a hub: Cluster1 (the other hub) and Cluster3 (its spoke) are its links
    QCOMPARE(at(QStringLiteral("Cluster4"), M::LastSyncColumn).data().toString(), QString());
    QCOMPARE(at(QStringLiteral("Cluster4"), M::PendingColumn).data().toString(), QString());
    QCOMPARE(at(QStringLiteral("Cluster2"), M::PendingColumn).data().toString(), QString());
    QCOMPARE(at(QStringLiteral("Cluster3"), M::PendingColumn).data().toInt(), 0);

    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    QVERIFY(!t.lab->cluster(QStringLiteral("Cluster1"))->setUp(false));
    EmLoginRequest login;
    login.deviceName = QStringLiteral("SEPC20000000002");
    login.id = QStringLiteral("bob");
    login.pin = QStringLiteral("12345");
    QVERIFY(t.lab->mobility(QStringLiteral("Cluster2"))->loginNow(login).ok());
    t.lab->clock()->advance(5000);
    QVERIFY(changed.count() > 0);
    QVERIFY(at(QStringLiteral("Cluster1"), M::PendingColumn).data().toInt() > 0); // held for the hub that is down
    QCOMPARE(at(QStringLiteral("Cluster3"), M::PendingColumn).data().toInt(), 0);
    const qint64 synced = t.lab->ils()->lastSync(QStringLiteral("Cluster2"), QStringLiteral("Cluster3"));
    QVERIFY(synced > 0);
    QCOMPARE(at(QStringLiteral("Cluster3"), M::LastSyncColumn).data(M::RawValueRole).toLongLong(), synced);
    QCOMPARE(at(QStringLiteral("Cluster3"), M::LastSyncColumn).data().toString(), M::labTimeText(synced));
    QCOMPARE(M::labTimeText(3'723'000), QStringLiteral("1:02:03"));

    // a role saved through the lab shows at once
    changed.clear();
    QVERIFY(!t.lab->setIlsRole(QStringLiteral("Cluster4"), IlsRole::Hub));
    QVERIFY(changed.count() > 0);
    QCOMPARE(at(QStringLiteral("Cluster4"), M::RoleColumn).data().toString(), QStringLiteral("Hub Cluster"));
    QCOMPARE(at(QStringLiteral("Cluster4"), M::LastSyncColumn).data().toString(), QStringLiteral("Never")); // now a link of Cluster2
}

void TestAdminModels::headersAreReReadOnLanguageChange()
{
    BlankCluster b;
    EndUserTableModel users;
    ServiceStatusTableModel status(ServiceCatalog::Kind::Feature);
    PhoneFeatureTableModel report;
    for (QAbstractItemModel *m : std::initializer_list<QAbstractItemModel *>{&users, &status, &report}) {
        QSignalSpy spy(m, &QAbstractItemModel::headerDataChanged);
        QEvent change(QEvent::LanguageChange);
        QCoreApplication::sendEvent(m, &change);
        QCOMPARE(spy.count(), 1);
        QCOMPARE(spy.first().at(0).value<Qt::Orientation>(), Qt::Horizontal);
    }
}

QTEST_GUILESS_MAIN(TestAdminModels)
#include "tst_adminmodels.moc"
