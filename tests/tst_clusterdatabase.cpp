#include <QtTest>

#include "catalog/parametercatalog.h"
#include "catalog/servicecatalog.h"
#include "store/clusterdatabase.h"
#include "testsupport.h"

#include <QSqlDatabase>
#include <QSqlQuery>

/// One SQLite file per cluster: persistence, migration, secrets never in clear.
class TestClusterDatabase : public QObject
{
    Q_OBJECT
private slots:
    void changesSurviveReopen()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("c.sqlite"));
        const QList<Node> nodes = {{QStringLiteral("pub"), QStringLiteral("198.51.100.1"), true}};
        qint64 userId = 0;
        {
            Cluster c(QStringLiteral("Persist"), nodes);
            QString error;
            QVERIFY2(c.open(path, &error), qPrintable(error));
            Device p;
            p.kind = Device::Kind::Profile;
            p.name = QStringLiteral("UDP-yuki");
            p.model = QStringLiteral("Cisco 8865");
            p.protocol = QStringLiteral("SIP");
            p.lines = {QStringLiteral("5000001")};
            QVERIFY(c.saveDevice(p).ok());
            EndUser u;
            u.userId = QStringLiteral("yuki");
            u.firstName = QStringLiteral("由紀");
            u.lastName = QStringLiteral("佐藤");
            u.controlledProfiles = {p.id};
            u.primaryExtension = QStringLiteral("5000001");
            QVERIFY(c.saveEndUser(u, QStringLiteral("2468")).ok());
            userId = u.id;
            QVERIFY(c.setServiceParameter(Services::ExtensionMobility, Params::MaxConcurrentRequests, QStringLiteral("12")).ok());
            QVERIFY(c.setServiceActivated(QStringLiteral("pub"), Services::ExtensionMobility, true).ok());
            QVERIFY(c.setNodeUp(QStringLiteral("pub"), false).ok());
        }
        Cluster c(QStringLiteral("Persist"), nodes);
        QString error;
        QVERIFY2(c.open(path, &error), qPrintable(error));
        const EndUser *u = c.endUserByUserId(QStringLiteral("YUKI")); // user IDs match case-insensitively
        QVERIFY(u);
        QCOMPARE(u->id, userId);
        QCOMPARE(u->lastName, QStringLiteral("佐藤"));
        QCOMPARE(u->controlledProfiles.size(), 1);
        QCOMPARE(c.deviceForDn(QStringLiteral("5000001"))->name, QStringLiteral("UDP-yuki"));
        QCOMPARE(c.serviceParameter(Services::ExtensionMobility, Params::MaxConcurrentRequests), QStringLiteral("12"));
        QVERIFY(c.serviceState(QStringLiteral("pub"), Services::ExtensionMobility).activated);
        QVERIFY(!c.isNodeUp(QStringLiteral("pub")));
        QVERIFY(!c.isUp());
    }

    void pinIsNeverStoredInClear()
    {
        BlankCluster b;
        EndUser u;
        u.userId = QStringLiteral("secretive");
        u.lastName = QStringLiteral("Person");
        QVERIFY(b.cluster->saveEndUser(u, QStringLiteral("73519"), QStringLiteral("hunter2-password")).ok());
        QVERIFY(u.pinHash.startsWith(QLatin1String("pbkdf2-sha256$")));
        b.cluster->close();
        QFile f(b.path());
        QVERIFY(f.open(QIODevice::ReadOnly));
        QByteArray bytes = f.readAll();
        QFile wal(b.path() + QStringLiteral("-wal"));
        if (wal.open(QIODevice::ReadOnly))
            bytes += wal.readAll();
        QVERIFY(!bytes.contains("73519"));
        QVERIFY(!bytes.contains("hunter2-password"));
        QVERIFY(bytes.contains("secretive"));
    }

    void olderSchemaIsMigrated()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("old.sqlite"));
        {
            ClusterDatabase db(QStringLiteral("old-writer"));
            QVERIFY(db.open(path, 1)); // a file written by the first release
            QCOMPARE(db.schemaVersion(), 1);
            QSqlQuery q(QSqlDatabase::database(QStringLiteral("old-writer")));
            QVERIFY(q.exec(QStringLiteral("INSERT INTO end_user (userid, first_name, last_name, pin_hash, password_hash, "
                                          "self_service_id, primary_extension, home_cluster) "
                                          "VALUES ('legacy', 'Old', 'Timer', 'x', '', '', '', 1)")));
        }
        ClusterDatabase db(QStringLiteral("new-reader"));
        QVERIFY2(db.open(path), qPrintable(db.lastError()));
        QCOMPARE(db.schemaVersion(), ClusterDatabase::SchemaVersion);
        const QList<EndUser> users = db.endUsers();
        QCOMPARE(users.size(), 1);
        QCOMPARE(users[0].userId, QStringLiteral("legacy"));
        QCOMPARE(users[0].locale, Locales::English); // the column added in schema 2 has its default
        // schema 3: Unified CM's Default Credential Policy for every kind of credential
        const QList<CredentialPolicy> policies = db.credentialPolicies();
        QCOMPARE(policies.size(), 3);
        for (const CredentialPolicy &p : policies)
            QCOMPARE(p, (CredentialPolicy{p.kind, 3, 30, 30, false}));
        QVERIFY(db.credentialStatuses().isEmpty());
    }

    void credentialLocksSurviveReopen()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("locks.sqlite"));
        const QList<Node> nodes = {{QStringLiteral("pub"), QStringLiteral("198.51.100.1"), true}};
        qint64 userId = 0, appId = 0;
        {
            Cluster c(QStringLiteral("Locks"), nodes);
            QString error;
            QVERIFY2(c.open(path, &error), qPrintable(error));
            for (CredentialKind kind : {CredentialKind::EndUserPin, CredentialKind::EndUserPassword, CredentialKind::ApplicationUserPassword})
                QCOMPARE(c.credentialPolicy(kind), (CredentialPolicy{kind, 3, 30, 30, false}));
            EndUser u;
            u.userId = QStringLiteral("mallory");
            u.lastName = QStringLiteral("Target");
            QVERIFY(c.saveEndUser(u, QStringLiteral("2468")).ok());
            userId = u.id;
            ApplicationUser a;
            a.userId = QStringLiteral("api");
            QVERIFY(c.saveApplicationUser(a, QStringLiteral("pw")).ok());
            appId = a.id;
            CredentialPolicy p = c.credentialPolicy(CredentialKind::EndUserPassword);
            p.adminMustUnlock = true;
            QVERIFY(c.saveCredentialPolicy(p).ok());
            QCOMPARE(c.recordCredentialCheck(CredentialKind::EndUserPin, userId, false, 1000), Cluster::CredentialCheck::Refused);
            QCOMPARE(c.recordCredentialCheck(CredentialKind::EndUserPin, userId, false, 2000), Cluster::CredentialCheck::Refused);
            QCOMPARE(c.recordCredentialCheck(CredentialKind::EndUserPin, userId, false, 3000), Cluster::CredentialCheck::LockedNow);
            QCOMPARE(c.recordCredentialCheck(CredentialKind::EndUserPin, userId, true, 4000), Cluster::CredentialCheck::Locked);
            QCOMPARE(c.recordCredentialCheck(CredentialKind::ApplicationUserPassword, appId, false, 5000), Cluster::CredentialCheck::Refused);
        }
        Cluster c(QStringLiteral("Locks"), nodes);
        QString error;
        QVERIFY2(c.open(path, &error), qPrintable(error));
        QVERIFY(c.credentialPolicy(CredentialKind::EndUserPassword).adminMustUnlock);
        // Still locked after the restart, for a full Lockout Duration from the start of the run.
        QVERIFY(c.isCredentialLocked(CredentialKind::EndUserPin, userId, 0));
        QCOMPARE(c.credentialStatus(CredentialKind::EndUserPin, userId, 0).failedCount, 3);
        QCOMPARE(c.recordCredentialCheck(CredentialKind::EndUserPin, userId, true, 29 * 60'000), Cluster::CredentialCheck::Locked);
        QVERIFY(!c.isCredentialLocked(CredentialKind::EndUserPin, userId, 30 * 60'000));
        QCOMPARE(c.credentialStatus(CredentialKind::ApplicationUserPassword, appId, 0).failedCount, 1);
        // Unlock is stored too; deleting the user deletes its state.
        QVERIFY(c.unlockCredential(CredentialKind::ApplicationUserPassword, appId).ok());
        QVERIFY(c.deleteEndUser(userId).ok());
        c.close();
        ClusterDatabase db(QStringLiteral("locks-reader"));
        QVERIFY(db.open(path));
        QVERIFY(db.credentialStatuses().isEmpty());
    }

    void newerSchemaIsRefused()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("future.sqlite"));
        {
            ClusterDatabase db(QStringLiteral("future-writer"));
            QVERIFY(db.open(path));
            QSqlQuery q(QSqlDatabase::database(QStringLiteral("future-writer")));
            QVERIFY(q.exec(QStringLiteral("PRAGMA user_version = 99")));
        }
        ClusterDatabase db(QStringLiteral("future-reader"));
        QVERIFY(!db.open(path));
        QVERIFY(db.lastError().contains(QLatin1String("newer version")));
    }

    void injectedFaultRefusesAndChangesNothing()
    {
        BlankCluster b;
        b.cluster->setDatabaseFailing(true);
        PhoneService s;
        s.name = QStringLiteral("Extension Mobility");
        s.url = QStringLiteral("http://blank-pub:8080/emapp/EMAppServlet?device=#DEVICENAME#");
        const Refusal r = b.cluster->savePhoneService(s);
        QVERIFY(!r.ok());
        QVERIFY(r.englishText().contains(QLatin1String("database")));
        QVERIFY(b.cluster->phoneServices().isEmpty());
        b.cluster->setDatabaseFailing(false);
        QVERIFY(b.cluster->savePhoneService(s).ok());
        QCOMPARE(b.cluster->phoneServices().size(), 1);
    }

    void walJournalAndForeignKeys()
    {
        BlankCluster b;
        QVERIFY(QFile::exists(b.path() + QStringLiteral("-wal")));
        // a subscribed service cannot vanish from under a device (foreign key + rule)
        PhoneService s;
        s.name = QStringLiteral("EM");
        s.url = QStringLiteral("http://blank-pub:8080/emapp/EMAppServlet?device=#DEVICENAME#");
        QVERIFY(b.cluster->savePhoneService(s).ok());
        Device phone;
        phone.name = QStringLiteral("SEP001122334455");
        phone.model = QStringLiteral("Cisco 8845");
        phone.protocol = QStringLiteral("SIP");
        phone.services = {s.id};
        QVERIFY(b.cluster->saveDevice(phone).ok());
        QVERIFY(!b.cluster->deletePhoneService(s.id).ok());
    }
};

QTEST_GUILESS_MAIN(TestClusterDatabase)
#include "tst_clusterdatabase.moc"
