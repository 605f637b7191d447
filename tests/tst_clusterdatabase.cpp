#include <QtTest>

#include "catalog/parametercatalog.h"
#include "catalog/servicecatalog.h"
#include "store/clusterdatabase.h"
#include "syncprobe.h"
#include "testsupport.h"

#include <QCryptographicHash>

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

    void whatACrashLeavesOpensWithEveryCommit()
    {
        BlankCluster b;
        PhoneService s;
        s.name = QStringLiteral("Extension Mobility");
        s.url = QStringLiteral("http://blank-pub:8080/emapp/EMAppServlet?device=#DEVICENAME#");
        QVERIFY(b.cluster->savePhoneService(s).ok());
        // the files as kill -9 leaves them: the database and a WAL nobody checkpointed
        QTemporaryDir crash;
        const QString path = crash.filePath(QStringLiteral("crashed.sqlite"));
        QVERIFY(QFile::copy(b.path(), path));
        QVERIFY(QFile::copy(b.path() + QStringLiteral("-wal"), path + QStringLiteral("-wal")));
        QVERIFY(QFileInfo(path + QStringLiteral("-wal")).size() > 0);
        Cluster c(QStringLiteral("Crashed"), {{QStringLiteral("blank-pub"), QStringLiteral("198.51.100.200"), true}});
        QString error;
        QVERIFY2(c.open(path, &error, Cluster::OpenMode::ExistingOnly), qPrintable(error));
        QCOMPARE(c.phoneServices().size(), 1);
        c.close();
        QVERIFY(!QFile::exists(path + QStringLiteral("-shm"))); // the read-only check leaves nothing behind
    }

    void newerSchemaInRollbackJournalModeIsLeftUntouched()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("future-delete.sqlite"));
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("future-delete-writer"));
            db.setDatabaseName(path);
            QVERIFY(db.open());
            QSqlQuery q(db);
            QVERIFY(q.exec(QStringLiteral("PRAGMA journal_mode=DELETE")));
            QVERIFY(q.exec(QStringLiteral("CREATE TABLE later_feature (x INTEGER)")));
            QVERIFY(q.exec(QStringLiteral("PRAGMA user_version = 7")));
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("future-delete-writer"));
        auto digest = [&] {
            QFile f(path);
            return f.open(QIODevice::ReadOnly) ? QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256) : QByteArray();
        };
        const QByteArray before = digest();
        Cluster c(QStringLiteral("Osaka"), {{QStringLiteral("pub"), QStringLiteral("198.51.100.1"), true}});
        QString error;
        QVERIFY(!c.open(path, &error));
        c.close();
        QCOMPARE(digest(), before); // not switched to WAL, not migrated, not seeded
        QVERIFY(!QFile::exists(path + QStringLiteral("-wal")));
        QVERIFY(!QFile::exists(path + QStringLiteral("-shm")));
        // the message names the cluster and the file (item: database errors say where)
        QVERIFY2(error.contains(QLatin1String("Osaka")) && error.contains(path) && error.contains(QLatin1String("newer version")),
                 qPrintable(error));
    }

    void writeErrorsNameTheClusterAndTheFile()
    {
        BlankCluster b(QStringLiteral("Nagoya"));
        b.cluster->setDatabaseFailing(true);
        PhoneService s;
        s.name = QStringLiteral("Extension Mobility");
        s.url = QStringLiteral("http://blank-pub:8080/emapp/EMAppServlet?device=#DEVICENAME#");
        const QString text = b.cluster->savePhoneService(s).englishText();
        QVERIFY2(text.contains(QLatin1String("Nagoya")) && text.contains(b.path()), qPrintable(text));
    }

    void administratorChangesAreSyncedBeforeTheyAreAcknowledged()
    {
        SyncProbe::install();
        BlankCluster b;
        // a page's Save
        int before = SyncProbe::walSyncs();
        PhoneService s;
        s.name = QStringLiteral("Extension Mobility");
        s.url = QStringLiteral("http://blank-pub:8080/emapp/EMAppServlet?device=#DEVICENAME#");
        QVERIFY(b.cluster->savePhoneService(s).ok());
        QVERIFY2(SyncProbe::walSyncs() > before, "a saved configuration change must be on disk (WAL fsynced)");
        // bulk import
        before = SyncProbe::walSyncs();
        Device p;
        p.name = QStringLiteral("UDP-bulk1");
        p.model = QStringLiteral("Cisco 8865");
        p.protocol = QStringLiteral("SIP");
        p.lines = {QStringLiteral("7000001")};
        EndUser u;
        u.userId = QStringLiteral("bulk1");
        u.lastName = QStringLiteral("Bulk");
        QVERIFY(b.cluster->bulkAddUsersWithProfiles({p}, {u}, QStringLiteral("pbkdf2-sha256$1$x$y")).ok());
        QVERIFY(SyncProbe::walSyncs() > before);
        // bulk provisioning in one transaction
        before = SyncProbe::walSyncs();
        QVERIFY(b.cluster->beginBulk());
        QVERIFY(b.cluster->setEnterpriseParameter(Params::ClusterId, QStringLiteral("bulky")).ok());
        QVERIFY(b.cluster->commitBulk());
        QVERIFY(SyncProbe::walSyncs() > before);
    }

    void loginsAreGroupCommittedWithoutAnFsyncEach()
    {
        SyncProbe::install();
        BlankCluster b;
        Device phone;
        phone.kind = Device::Kind::Phone;
        phone.name = QStringLiteral("SEP00000000B001");
        phone.model = QStringLiteral("Cisco 8865");
        phone.protocol = QStringLiteral("SIP");
        phone.emEnabled = true;
        QVERIFY(b.cluster->saveDevice(phone).ok());
        Device p;
        p.kind = Device::Kind::Profile;
        p.name = QStringLiteral("UDP-grouped");
        p.model = QStringLiteral("Cisco 8865");
        p.protocol = QStringLiteral("SIP");
        QVERIFY(b.cluster->saveDevice(p).ok());
        EndUser u;
        u.userId = QStringLiteral("grouped");
        u.lastName = QStringLiteral("User");
        u.controlledProfiles = {p.id};
        QVERIFY(b.cluster->saveEndUser(u, QStringLiteral("2468")).ok());
        const int before = SyncProbe::walSyncs();
        for (int i = 0; i < 100; ++i) {
            QVERIFY(b.cluster->recordLogin({phone.id, u.id, p.id, i, 0}).ok());
            QVERIFY(b.cluster->commitGroupedWrites());
            QVERIFY(b.cluster->recordLogout(phone.id).ok());
            QVERIFY(b.cluster->commitGroupedWrites());
        }
        // synchronous=NORMAL in WAL: a commit is durable against a crash of the process, and
        // reaches the disk at the next checkpoint (docs/durability.md)
        QVERIFY2(SyncProbe::walSyncs() - before < 20, qPrintable(QString::number(SyncProbe::walSyncs() - before)));
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
