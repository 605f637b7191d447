#include <QtTest>

#include "audit/auditentry.h"
#include "bat/bat.h"
#include "bat/batjob.h"
#include "core/clock.h"
#include "items/audittablemodel.h"
#include "mobility/emloginrequest.h"
#include "mobility/extensionmobility.h"
#include "script/labscript.h"
#include "store/clusterdatabase.h"
#include "testsupport.h"

/// Reporting › Audit Log: every change path leaves an entry with who, when and the fields
/// before and after — and never a PIN, a password or their digests.
class TestAudit : public QObject
{
    Q_OBJECT

    static QList<AuditEntry> newEntries(Cluster *c, qsizetype before)
    {
        return c->auditLog().mid(before);
    }

    static void verifyNoSecret(const QList<AuditEntry> &entries, const QStringList &secrets)
    {
        const QByteArray csv = AuditTableModel::csv(entries);
        QVERIFY(!csv.contains("pbkdf2"));
        for (const QString &s : secrets)
            QVERIFY2(!csv.contains(s.toUtf8()), qPrintable(s));
    }

private slots:
    void pageChangeRecordsBeforeAndAfter()
    {
        TempLab t;
        QVERIFY(t.openDemo());
        t.lab->clock()->setMode(Clock::Mode::Manual);
        t.lab->clock()->advance(61'000);
        Cluster *c = t.lab->cluster(QStringLiteral("Cluster1"));
        const qsizetype before = c->auditLog().size();
        EndUser carol = *c->endUserByUserId(QStringLiteral("carol"));
        const QString oldLast = carol.lastName;
        carol.lastName = QStringLiteral("山本");
        QVERIFY(c->saveEndUser(carol, QStringLiteral("97531"), QStringLiteral("s3cret-pass")).ok());
        const QList<AuditEntry> entries = newEntries(c, before);
        QCOMPARE(entries.size(), 1);
        const AuditEntry &e = entries.first();
        QCOMPARE(e.actor, AuditActor{});
        QCOMPARE(e.actor.kind, QStringLiteral("administrator"));
        QCOMPARE(e.actor.channel, QStringLiteral("page"));
        QCOMPARE(e.action, QStringLiteral("update"));
        QCOMPARE(e.entity, QStringLiteral("End User"));
        QCOMPARE(e.record, QStringLiteral("carol"));
        QCOMPARE(e.labTime, t.lab->clock()->now());
        QVERIFY(e.wallTime > 0);
        QVERIFY(e.changes.contains(AuditChange{QStringLiteral("Last Name"), oldLast, QStringLiteral("山本")}));
        QVERIFY(e.changes.contains(AuditChange{QStringLiteral("PIN"), QString(), AuditEntry::secretChanged()}));
        QVERIFY(e.changes.contains(AuditChange{QStringLiteral("Password"), QString(), AuditEntry::secretChanged()}));
        QCOMPARE(e.changes.size(), 3); // only what changed
        verifyNoSecret(c->auditLog(), {QStringLiteral("97531"), QStringLiteral("s3cret-pass"), QStringLiteral("12345")});

        // saving without a change logs nothing
        carol = *c->endUserByUserId(QStringLiteral("carol"));
        QVERIFY(c->saveEndUser(carol).ok());
        QCOMPARE(c->auditLog().size(), before + 1);
    }

    void changedValuesSurviveTheStoreExactly()
    {
        // Quotes, backslashes, control characters, Japanese and a character outside the BMP:
        // the audit log shows back exactly what was typed.
        TempLab t;
        QVERIFY(t.openDemo());
        Cluster *c = t.lab->cluster(QStringLiteral("Cluster1"));
        const QString tricky = QStringLiteral("O\"Brien \\ 山本\t\n\x01 \U0001F4DE");
        const qsizetype before = c->auditLog().size();
        EndUser carol = *c->endUserByUserId(QStringLiteral("carol"));
        const QString oldLast = carol.lastName;
        carol.lastName = tricky;
        QVERIFY(c->saveEndUser(carol).ok());
        const QList<AuditEntry> entries = newEntries(c, before);
        QCOMPARE(entries.size(), 1);
        QCOMPARE(entries.first().changes, (QList<AuditChange>{{QStringLiteral("Last Name"), oldLast, tricky}}));
        // the stored form is JSON any reader accepts
        QJsonParseError error;
        const QJsonDocument doc = QJsonDocument::fromJson(
            ClusterDatabase::auditChangesJson({{QStringLiteral("a\"b"), QString(), tricky}}).toUtf8(), &error);
        QCOMPARE(error.error, QJsonParseError::NoError);
        QCOMPARE(doc.array().at(0).toObject().value(QStringLiteral("after")).toString(), tricky);
        QCOMPARE(ClusterDatabase::auditChangesJson({}), QStringLiteral("[]"));
    }

    void failedWriteLogsNothing()
    {
        TempLab t;
        QVERIFY(t.openDemo());
        Cluster *c = t.lab->cluster(QStringLiteral("Cluster1"));
        QVERIFY(c->commitGroupedWrites()); // the demo's logins are saved before the fault
        const qsizetype before = c->auditLog().size();
        EndUser carol = *c->endUserByUserId(QStringLiteral("carol"));
        carol.firstName = QStringLiteral("Changed");
        c->setDatabaseFailing(true);
        QVERIFY(!c->saveEndUser(carol).ok());
        c->setDatabaseFailing(false);
        QCOMPARE(c->auditLog().size(), before);
        // a refused change never reaches the database either
        carol.lastName.clear();
        QVERIFY(!c->saveEndUser(carol).ok());
        QCOMPARE(c->auditLog().size(), before);
    }

    void batLogsItsRowsAndDryRunLogsNothing()
    {
        TempLab t;
        QVERIFY(t.openDemo());
        Cluster *c = t.lab->cluster(QStringLiteral("Cluster1"));
        const qsizetype before = c->auditLog().size();
        const QByteArray file("USER ID,LAST NAME,PIN\nbatuser,Bulk,86420\n");
        {
            BatJob dry(c, Bat::Type::EndUsers, BatJob::Operation::Import);
            dry.setDryRun(true);
            QVERIFY(dry.load(file));
            QVERIFY(dry.run());
        }
        QCOMPARE(c->auditLog().size(), before);
        BatJob job(c, Bat::Type::EndUsers, BatJob::Operation::Import);
        QVERIFY(job.load(file));
        QVERIFY(job.run());
        const QList<AuditEntry> entries = newEntries(c, before);
        QCOMPARE(entries.size(), 1);
        QCOMPARE(entries[0].actor.channel, QStringLiteral("bat"));
        QCOMPARE(entries[0].actor.kind, QStringLiteral("administrator"));
        QCOMPARE(entries[0].action, QStringLiteral("add"));
        QCOMPARE(entries[0].record, QStringLiteral("batuser"));
        verifyNoSecret(entries, {QStringLiteral("86420")});
        QCOMPARE(c->actor(), AuditActor{}); // the page's actor again after the job
    }

    void scriptChangesAreTheScripts()
    {
        TempLab t;
        QVERIFY(t.openDemo());
        Cluster *c = t.lab->cluster(QStringLiteral("Cluster1"));
        const qsizetype before = c->auditLog().size();
        LabScript script(t.lab.get());
        script.execute(QStringLiteral("user Cluster1 carol locale \"Japanese Japan\""));
        const QList<AuditEntry> entries = newEntries(c, before);
        QCOMPARE(entries.size(), 1);
        QCOMPARE(entries[0].actor.kind, QStringLiteral("script"));
        QCOMPARE(entries[0].actor.channel, QStringLiteral("script"));
        QVERIFY(entries[0].changes.contains(AuditChange{QStringLiteral("User Locale"), QStringLiteral("English United States"), QStringLiteral("Japanese Japan")}));
        QCOMPARE(c->actor(), AuditActor{});
    }

    void emApiLoginsAndLogoutsNameTheApplicationUser()
    {
        TempLab t;
        QVERIFY(t.openDemo());
        Cluster *c = t.lab->cluster(QStringLiteral("Cluster1"));
        ExtensionMobility *em = t.lab->mobility(c);
        const qsizetype before = c->auditLog().size();
        EmLoginRequest r;
        r.deviceName = QStringLiteral("SEPC10000000002");
        r.id = QStringLiteral("carol");
        r.proxy = true;
        em->noteApiCaller(r.deviceName, QStringLiteral("emapi"));
        QVERIFY(em->loginNow(r).ok());
        QVERIFY(c->commitGroupedWrites());
        em->noteApiCaller(r.deviceName, QStringLiteral("emapi"));
        QVERIFY(em->logoutNow(r.deviceName).ok());
        QVERIFY(c->commitGroupedWrites());
        // a phone's own login: the user at the phone
        r.proxy = false;
        r.pin = QStringLiteral("12345");
        QVERIFY(em->loginNow(r).ok());
        QVERIFY(c->commitGroupedWrites());
        const QList<AuditEntry> entries = newEntries(c, before);
        QCOMPARE(entries.size(), 3);
        QCOMPARE(entries[0].action, QStringLiteral("login"));
        QCOMPARE(entries[0].actor, (AuditActor{QStringLiteral("applicationUser"), QStringLiteral("emapi"), QStringLiteral("emApi")}));
        QCOMPARE(entries[0].record, QStringLiteral("SEPC10000000002"));
        QVERIFY(entries[0].changes.contains(AuditChange{QStringLiteral("User ID"), QString(), QStringLiteral("carol")}));
        QCOMPARE(entries[1].action, QStringLiteral("logout"));
        QCOMPARE(entries[1].actor.name, QStringLiteral("emapi"));
        QCOMPARE(entries[2].actor, (AuditActor{QStringLiteral("endUser"), QStringLiteral("carol"), QStringLiteral("phone")}));
        verifyNoSecret(c->auditLog(), {QStringLiteral("12345"), QStringLiteral("emapi-pass")});
    }

    void exportedCsvReadsBack()
    {
        TempLab t;
        QVERIFY(t.openDemo());
        Cluster *c = t.lab->cluster(QStringLiteral("Cluster1"));
        EndUser carol = *c->endUserByUserId(QStringLiteral("carol"));
        carol.firstName = QStringLiteral("Carol, \"C\"");
        QVERIFY(c->saveEndUser(carol).ok());
        const QByteArray csv = AuditTableModel::csv(c->auditLog());
        const Csv::Result r = Csv::parse(csv);
        QVERIFY(r.error.isEmpty());
        QCOMPARE(r.records.size(), c->auditLog().size() + 1);
        QCOMPARE(r.records.first().fields.size(), int(AuditTableModel::ColumnCount));
        QVERIFY(r.records.last().fields.last().contains(QStringLiteral("Carol, \"C\"")));
    }
};

QTEST_GUILESS_MAIN(TestAudit)
#include "tst_audit.moc"
