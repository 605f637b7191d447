#include <QtTest>

#include "catalog/parametercatalog.h"
#include "catalog/servicecatalog.h"
#include "security/credentialhasher.h"
#include "testsupport.h"

/// The demo lab trainers rely on: the names in the README must be there.
class TestDemoLab : public QObject
{
    Q_OBJECT

    TempLab m_lab;
    Lab *lab() { return m_lab.lab.get(); }

private slots:
    void initTestCase() { QVERIFY(m_lab.openDemo()); }

    void clustersAndIlsRoles()
    {
        QCOMPARE(lab()->clusters().size(), 4);
        QCOMPARE(lab()->spec(QStringLiteral("Cluster1")).role, IlsRole::Hub);
        QCOMPARE(lab()->spec(QStringLiteral("Cluster2")).role, IlsRole::Hub);
        QCOMPARE(lab()->spec(QStringLiteral("Cluster3")).role, IlsRole::Spoke);
        QCOMPARE(lab()->spec(QStringLiteral("Cluster3")).hub, QStringLiteral("Cluster2"));
        QCOMPARE(lab()->spec(QStringLiteral("Cluster4")).role, IlsRole::Spoke);
        QCOMPARE(lab()->spec(QStringLiteral("Cluster4")).hub, QStringLiteral("Cluster1"));
        QSet<QString> ids;
        for (Cluster *c : lab()->clusters()) {
            QCOMPARE(c->nodes().size(), 2);
            QVERIFY(c->publisher().publisher);
            ids.insert(c->clusterId());
        }
        QCOMPARE(ids.size(), 4); // Cluster IDs are unique
    }

    void everyServiceOfTheTaskFlowRuns()
    {
        for (Cluster *c : lab()->clusters()) {
            QVERIFY(c->isUp());
            for (const Node &n : c->nodes()) {
                for (const QString &s : {Services::CallManager, Services::Tftp, Services::ExtensionMobility, Services::Tomcat,
                                         Services::IpPhoneServices, Services::EmApplication})
                    QVERIFY2(c->isServiceRunning(n.hostName, s), qPrintable(c->name() + QLatin1Char(' ') + n.hostName + QLatin1Char(' ') + s));
                QCOMPARE(c->isServiceRunning(n.hostName, Services::Ils), n.publisher);
            }
        }
    }

    void usersProfilesAndHomeClusters_data()
    {
        QTest::addColumn<QString>("userId");
        QTest::addColumn<QString>("dn");
        QTest::addColumn<int>("home");
        QTest::addColumn<bool>("superUser");
        QTest::newRow("bob") << "bob" << "1000001" << 1 << true;
        QTest::newRow("carol") << "carol" << "1000002" << 1 << false;
        QTest::newRow("alice") << "alice" << "2000001" << 2 << true;
        QTest::newRow("kally") << "kally" << "3000001" << 3 << true;
        QTest::newRow("dave") << "dave" << "4000001" << 4 << true;
    }
    void usersProfilesAndHomeClusters()
    {
        QFETCH(QString, userId);
        QFETCH(QString, dn);
        QFETCH(int, home);
        QFETCH(bool, superUser);
        for (int k = 1; k <= 4; ++k) {
            Cluster *c = lab()->cluster(QStringLiteral("Cluster%1").arg(k));
            const EndUser *u = c->endUserByUserId(userId);
            if (!superUser && k != home) {
                QVERIFY2(!u, "a user who is not a super user exists only at home");
                continue;
            }
            QVERIFY(u);
            QCOMPARE(u->homeCluster, k == home); // Home Cluster checked only on the home cluster
            QCOMPARE(u->primaryExtension, dn);
            QVERIFY(CredentialHasher::verify(QStringLiteral("12345"), u->pinHash));
            QVERIFY(!CredentialHasher::verify(QStringLiteral("54321"), u->pinHash));
            QCOMPARE(c->isEndUserInGroup(u->id, Groups::RoamingSuperUsers), superUser);
            QCOMPARE(u->controlledProfiles.size(), 1);
            const Device *profile = c->device(u->controlledProfiles.first());
            QCOMPARE(profile->name, QStringLiteral("UDP-") + userId);
            QCOMPARE(profile->lines, QStringList{dn});
            QCOMPARE(u->defaultProfileId, profile->id);
            QVERIFY(!profile->services.isEmpty()); // subscribed to Extension Mobility
        }
    }

    void phonesAreEmEnabledAndSubscribed()
    {
        for (int k = 1; k <= 4; ++k) {
            Cluster *c = lab()->cluster(QStringLiteral("Cluster%1").arg(k));
            const PhoneService *em = c->phoneServiceByName(QStringLiteral("Extension Mobility"));
            QVERIFY(em);
            QVERIFY(em->url.contains(c->publisher().hostName)); // the cluster's own EMApp
            QVERIFY(em->url.contains(QLatin1String("/emapp/EMAppServlet?device=#DEVICENAME#")));
            for (int n = 1; n <= 2; ++n) {
                const Device *phone = c->deviceByName(QStringLiteral("SEPC%1").arg(k) + QStringLiteral("%1").arg(n, 10, 10, QLatin1Char('0')));
                QVERIFY(phone);
                QVERIFY(phone->emEnabled);
                QVERIFY(phone->services.contains(em->id));
            }
        }
        QVERIFY(lab()->cluster(QStringLiteral("Cluster1"))->deviceByName(QStringLiteral("SEPC10000000001")));
        QVERIFY(lab()->cluster(QStringLiteral("Cluster4"))->deviceByName(QStringLiteral("SEPC40000000002")));
    }

    void emApiApplicationUser()
    {
        for (Cluster *c : lab()->clusters()) {
            const ApplicationUser *api = c->applicationUserByUserId(QStringLiteral("emapi"));
            QVERIFY(api);
            QVERIFY(CredentialHasher::verify(QStringLiteral("emapi-pass"), api->passwordHash));
            QVERIFY(c->isApplicationUserInGroup(api->id, Groups::EmProxyRights));
        }
    }

    void superUsersStartLoggedInAtHome_data()
    {
        QTest::addColumn<QString>("cluster");
        QTest::addColumn<QString>("userId");
        QTest::newRow("bob") << "Cluster1" << "bob";
        QTest::newRow("alice") << "Cluster2" << "alice";
        QTest::newRow("kally") << "Cluster3" << "kally";
        QTest::newRow("dave") << "Cluster4" << "dave";
    }
    void superUsersStartLoggedInAtHome()
    {
        QFETCH(QString, cluster);
        QFETCH(QString, userId);
        Cluster *c = lab()->cluster(cluster);
        const QString first = QStringLiteral("SEPC%1").arg(cluster.right(1)) + QStringLiteral("0000000001");
        const QString second = QStringLiteral("SEPC%1").arg(cluster.right(1)) + QStringLiteral("0000000002");
        const EmLogin *login = c->loginOnDevice(c->deviceByName(first)->id);
        QVERIFY(login);
        QCOMPARE(c->endUser(login->userId)->userId, userId);
        QVERIFY(!c->loginOnDevice(c->deviceByName(second)->id)); // the second phone is free
    }

    void aLabOpenElsewhereIsRefusedClearly()
    {
        Lab second;
        QString error;
        QVERIFY(!second.open(m_lab.dir.path(), &error));
        QVERIFY2(error.contains(QLatin1String("open in another EMRoam Console")), qPrintable(error));
    }

    void reopeningTheFolderKeepsTheLab()
    {
        m_lab.lab->close();
        Lab again;
        QString error;
        QVERIFY2(again.open(m_lab.dir.path(), &error), qPrintable(error));
        QCOMPARE(again.clusters().size(), 4);
        QCOMPARE(again.spec(QStringLiteral("Cluster3")).hub, QStringLiteral("Cluster2"));
        QCOMPARE(again.cluster(QStringLiteral("Cluster2"))->endUserByUserId(QStringLiteral("bob"))->homeCluster, false);
        QCOMPARE(again.cluster(QStringLiteral("Cluster1"))->emLogins().size(), 1);
        again.close();
        QVERIFY(m_lab.lab->open(m_lab.dir.path(), &error));
    }

    void clusterIdMustStayUnique()
    {
        Cluster *c2 = lab()->cluster(QStringLiteral("Cluster2"));
        const Refusal r = c2->setEnterpriseParameter(Params::ClusterId, lab()->cluster(QStringLiteral("Cluster1"))->clusterId());
        QVERIFY(!r.ok());
        QCOMPARE(c2->clusterId(), QStringLiteral("cluster2"));
    }
};

QTEST_GUILESS_MAIN(TestDemoLab)
#include "tst_demolab.moc"
