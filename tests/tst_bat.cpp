#include <QtTest>

#include <memory>

#include "bat/bat.h"
#include "bat/batjob.h"
#include "bat/csv.h"
#include "mobility/emloginrequest.h"
#include "mobility/extensionmobility.h"
#include "testsupport.h"

/// Bulk Administration: BAT files imported, exported and deleted by, with dry runs, per-row
/// reports, all-or-nothing, and cancellation.
class TestBat : public QObject
{
    Q_OBJECT

    static Bat::Type allTypes[3];

    static BatJob::Summary runJob(Cluster *c, Bat::Type type, const QByteArray &csv, QList<BatIssue> *issues = nullptr,
                                  bool dryRun = false, BatJob::Mode mode = BatJob::Mode::AllOrNothing,
                                  BatJob::Operation op = BatJob::Operation::Import, const QString &defaultPin = {})
    {
        BatJob job(c, type, op);
        job.setDryRun(dryRun);
        job.setMode(mode);
        job.setDefaultPin(defaultPin);
        if (!job.load(csv))
            qWarning("load failed: %s", qPrintable(job.issues().value(0).text()));
        job.run();
        if (issues)
            *issues = job.issues();
        return job.summary();
    }

    static QByteArray everything(const Cluster &c)
    {
        return Bat::exportCsv(c, Bat::Type::DeviceProfiles) + Bat::exportCsv(c, Bat::Type::Phones)
               + Bat::exportCsv(c, Bat::Type::EndUsers);
    }

    static QByteArray utf8(const QString &s) { return s.toUtf8(); }

    /// A device profiles file of @p rows rows (UDP-bulk0 …, DNs 77000000 …).
    static QByteArray profilesFile(int rows)
    {
        QByteArray file("DEVICE PROFILE NAME,DEVICE PROFILE TYPE,DEVICE PROTOCOL,DIRECTORY NUMBER 1\n");
        for (int i = 0; i < rows; ++i)
            file += QStringLiteral("UDP-bulk%1,Cisco 8865,SIP,77%2\n").arg(i).arg(i, 6, 10, QLatin1Char('0')).toUtf8();
        return file;
    }

    /// The database file of @p c, opened afresh once the lab has let go of it.
    static std::unique_ptr<Cluster> reopenFile(TempLab &t, Cluster *c)
    {
        const QString path = c->databasePath();
        const QList<Node> nodes = c->nodes();
        t.lab->close();
        auto again = std::make_unique<Cluster>(QStringLiteral("Reopened"), nodes);
        if (!again->open(path, nullptr))
            return {};
        return again;
    }

private slots:
    void exportHasBatHeadersAndNoSecrets()
    {
        TempLab t;
        QVERIFY(t.openDemo());
        Cluster *c = t.lab->cluster(QStringLiteral("Cluster2"));
        const QByteArray users = Bat::exportCsv(*c, Bat::Type::EndUsers);
        QVERIFY(users.startsWith("\xEF\xBB\xBF"));
        const Csv::Result r = Csv::parse(users);
        QCOMPARE(r.records.first().fields.mid(0, 5), (QStringList{"FIRST NAME", "LAST NAME", "USER ID", "PASSWORD", "PIN"}));
        for (const EndUser &u : c->endUsers()) {
            QVERIFY(!users.contains(u.pinHash.toUtf8()));
        }
        for (qsizetype i = 1; i < r.records.size(); ++i) {
            QVERIFY(r.records[i].fields[3].isEmpty()); // PASSWORD
            QVERIFY(r.records[i].fields[4].isEmpty()); // PIN
        }
        const QStringList profiles = Csv::parse(Bat::exportCsv(*c, Bat::Type::DeviceProfiles)).records.first().fields;
        QVERIFY(profiles.contains(QStringLiteral("DIRECTORY NUMBER 1")));
        QVERIFY(profiles.contains(QStringLiteral("IP PHONE SERVICE 1")));
        const QStringList phones = Csv::parse(Bat::exportCsv(*c, Bat::Type::Phones)).records.first().fields;
        QVERIFY(phones.contains(QStringLiteral("ENABLE EXTENSION MOBILITY")));
        QVERIFY(phones.contains(QStringLiteral("LOG OUT PROFILE")));
    }

    void roundTripIsNoOp()
    {
        TempLab t;
        QVERIFY(t.openDemo());
        Cluster *c = t.lab->cluster(QStringLiteral("Cluster1"));
        const QByteArray before = everything(*c);
        for (Bat::Type type : allTypes) {
            QSignalSpy changed(c, &Cluster::entityChanged);
            const BatJob::Summary s = runJob(c, type, Bat::exportCsv(*c, type));
            QVERIFY(s.rows > 0);
            QCOMPARE(s.unchanged, s.rows);
            QCOMPARE(s.added + s.updated + s.refused, 0);
            QVERIFY(s.committed);
        }
        QCOMPARE(everything(*c), before);
    }

    void exportIntoAnotherClusterCreatesSameRecords()
    {
        TempLab t;
        QVERIFY(t.openDemo());
        Cluster *source = t.lab->cluster(QStringLiteral("Cluster1"));
        BlankCluster blank;
        Cluster *target = blank.cluster.get();
        PhoneService em = *source->phoneServiceByName(QStringLiteral("Extension Mobility"));
        em.id = 0;
        QVERIFY(target->savePhoneService(em).ok());
        for (Bat::Type type : {Bat::Type::DeviceProfiles, Bat::Type::Phones, Bat::Type::EndUsers}) {
            QList<BatIssue> issues;
            const BatJob::Summary s = runJob(target, type, Bat::exportCsv(*source, type), &issues, false,
                                             BatJob::Mode::AllOrNothing, BatJob::Operation::Import, QStringLiteral("12345"));
            QVERIFY2(issues.isEmpty(), qPrintable(issues.value(0).text()));
            QCOMPARE(s.added, s.rows);
        }
        QCOMPARE(everything(*target), everything(*source));
        const EndUser *bob = target->endUserByUserId(QStringLiteral("bob"));
        QVERIFY(bob && bob->pinHash.startsWith(QLatin1String("pbkdf2-sha256$")));
    }

    void everyKindOfBadRowIsReportedAndNothingWritten()
    {
        TempLab t;
        QVERIFY(t.openDemo());
        Cluster *c = t.lab->cluster(QStringLiteral("Cluster2"));
        const QByteArray before = everything(*c);
        const int devices = int(c->ids(Cluster::Entity::Device).size());
        const QByteArray file = utf8(QStringLiteral(
            "DEVICE PROFILE NAME,DESCRIPTION,DEVICE PROFILE TYPE,DEVICE PROTOCOL,USER LOCALE,DIRECTORY NUMBER 1,DIRECTORY NUMBER 2,IP PHONE SERVICE 1\r\n"
            "UDP-good,fine,Cisco 8865,SIP,,2000100,,Extension Mobility\r\n"          // row 2: valid
            "UDP-taken,,Cisco 8865,SIP,,2000001,,\r\n"                              // row 3: DN of UDP-alice
            "UDP-model,,Cisco 9999,SIP,,,,\r\n"                                     // row 4: unknown model
            "UDP-proto,,Cisco 8865,SCCP,,,,\r\n"                                    // row 5: wrong protocol
            ",,Cisco 8865,SIP,,,,\r\n"                                              // row 6: no name
            "UDP-service,,Cisco 8865,SIP,,,,Weather\r\n"                            // row 7: unknown service
            "UDP-locale,,Cisco 8865,SIP,Klingon,,,\r\n"                             // row 8: unknown locale
            "UDP-good,again,Cisco 8865,SIP,,,,\r\n"                                 // row 9: duplicate in file
            "UDP-bad/name,,Cisco 8865,SIP,,,,\r\n"                                  // row 10: bad character
            "UDP-samedn,,Cisco 8865,SIP,,2000101,2000100,\r\n"                      // row 11: DN of row 2
            "\"UDP, comma\",\"quoted, \"\"fine\"\"\",Cisco 8865,SIP,,,,\r\n"        // row 12: comma in name
            "UDP-digits,,Cisco 8865,SIP,,20x1,,\r\n"));                             // row 13: DN not digits
        QList<BatIssue> issues;
        const BatJob::Summary s = runJob(c, Bat::Type::DeviceProfiles, file, &issues);
        QCOMPARE(s.rows, 12);
        QCOMPARE(s.refused, 11);
        QVERIFY(!s.committed);
        QStringList got;
        for (const BatIssue &i : issues)
            got << QStringLiteral("%1|%2|%3").arg(i.row).arg(i.column, i.reason.englishText());
        const QStringList expected{
            "3|DIRECTORY NUMBER 1|Directory Number 2000001 is already assigned to UDP-alice.",
            "4|DEVICE PROFILE TYPE|Cisco 9999 is not a phone model this cluster knows.",
            "5|DEVICE PROTOCOL|Device Protocol: Cisco 8865 runs SIP, not SCCP.",
            "6|DEVICE PROFILE NAME|DEVICE PROFILE NAME is required.",
            "7|IP PHONE SERVICE 1|There is no phone service Weather.",
            "8|USER LOCALE|Klingon is not an installed locale.",
            "9|DEVICE PROFILE NAME|UDP-good is also in row 2 of this file.",
            "10|DEVICE PROFILE NAME|Device Profile Name may contain only letters, digits, spaces, dots, hyphens and underscores.",
            "11|DIRECTORY NUMBER 2|Directory Number 2000100 is already assigned to UDP-good.",
            "12|DEVICE PROFILE NAME|Device Profile Name may contain only letters, digits, spaces, dots, hyphens and underscores.",
            "13|DIRECTORY NUMBER 1|Directory Number 20x1 must be 1 to 24 digits.",
        };
        QCOMPARE(got, expected);
        // all or nothing: not even the valid row is kept, in memory or in the database
        QVERIFY(!c->deviceByName(QStringLiteral("UDP-good")));
        QCOMPARE(int(c->ids(Cluster::Entity::Device).size()), devices);
        QCOMPARE(everything(*c), before); // reloaded from the database after the rollback

        // valid rows only: the one valid row is written
        const BatJob::Summary partial = runJob(c, Bat::Type::DeviceProfiles, file, nullptr, false, BatJob::Mode::ValidRowsOnly);
        QCOMPARE(partial.added, 1);
        QCOMPARE(partial.refused, 11);
        QVERIFY(partial.committed);
        QVERIFY(c->deviceByName(QStringLiteral("UDP-good")));
    }

    void badUserRowsNameTheirColumns()
    {
        TempLab t;
        QVERIFY(t.openDemo());
        Cluster *c = t.lab->cluster(QStringLiteral("Cluster2"));
        const QByteArray file = utf8(QStringLiteral(
            "FIRST NAME,LAST NAME,USER ID,PIN,PRIMARY EXTENSION,HOME CLUSTER,CONTROLLED PROFILE 1\n"
            "Ann,Lee,ann,12345,,t,\n"          // row 2: valid
            "No,PIN,nopin,,,f,\n"              // row 3: a new user needs a PIN
            "Bad,PIN,badpin,12a45,,f,\n"       // row 4: PIN digits only
            "No,,nolast,12345,,f,\n"           // row 5: last name required
            "X,Y,xy,12345,9999999,f,\n"        // row 6: not a DN here
            "X,Y,home,12345,,maybe,\n"         // row 7: not a flag
            "X,Y,prof,12345,,f,UDP-nobody\n"   // row 8: unknown profile
            "X,Y,emapi,12345,,f,\n"));         // row 9: an application user's ID
        QList<BatIssue> issues;
        const BatJob::Summary s = runJob(c, Bat::Type::EndUsers, file, &issues);
        QCOMPARE(s.refused, 7);
        QStringList got;
        for (const BatIssue &i : issues)
            got << QStringLiteral("%1|%2").arg(i.row).arg(i.column);
        QCOMPARE(got, (QStringList{"3|PIN", "4|PIN", "5|LAST NAME", "6|PRIMARY EXTENSION", "7|HOME CLUSTER",
                                   "8|CONTROLLED PROFILE 1", "9|USER ID"}));
        QVERIFY(!c->endUserByUserId(QStringLiteral("ann")));
    }

    void dryRunWritesNothing()
    {
        TempLab t;
        QVERIFY(t.openDemo());
        Cluster *c = t.lab->cluster(QStringLiteral("Cluster1"));
        const QByteArray before = everything(*c);
        QList<BatIssue> issues;
        const BatJob::Summary s = runJob(c, Bat::Type::EndUsers, "USER ID,LAST NAME,PIN\nnew1,One,11111\nbob,Renamed,\n",
                                         &issues, true);
        QVERIFY(issues.isEmpty());
        QCOMPARE(s.added, 1);
        QCOMPARE(s.updated, 1);
        QVERIFY(!s.committed);
        QVERIFY(!c->endUserByUserId(QStringLiteral("new1")));
        QCOMPARE(everything(*c), before);
    }

    void japaneseNamesSurvive()
    {
        TempLab t;
        QVERIFY(t.openDemo());
        Cluster *c = t.lab->cluster(QStringLiteral("Cluster1"));
        const QByteArray file = QByteArray("\xEF\xBB\xBF") + utf8(QStringLiteral(
            "FIRST NAME,LAST NAME,USER ID,PIN,USER LOCALE\r\n太郎,山田,yamada,24680,Japanese Japan\r\n\"花子, Hanako\",鈴木,suzuki,24680,\r\n"));
        QList<BatIssue> issues;
        runJob(c, Bat::Type::EndUsers, file, &issues);
        QVERIFY(issues.isEmpty());
        QCOMPARE(c->endUserByUserId(QStringLiteral("yamada"))->lastName, QStringLiteral("山田"));
        QCOMPARE(c->endUserByUserId(QStringLiteral("suzuki"))->firstName, QStringLiteral("花子, Hanako"));
        // exported and imported into another cluster, the names are the same
        const QByteArray exported = Bat::exportCsv(*c, Bat::Type::EndUsers);
        QVERIFY(QString::fromUtf8(exported).contains(QStringLiteral("山田")));
        Cluster *other = t.lab->cluster(QStringLiteral("Cluster3"));
        QByteArray only("FIRST NAME,LAST NAME,USER ID,USER LOCALE\r\n");
        for (const Csv::Record &r : Csv::parse(exported).records)
            if (r.fields[2] == QLatin1String("yamada") || r.fields[2] == QLatin1String("suzuki"))
                Csv::appendRecord(only, {r.fields[0], r.fields[1], r.fields[2], r.fields[7]});
        runJob(other, Bat::Type::EndUsers, only, &issues, false, BatJob::Mode::AllOrNothing, BatJob::Operation::Import, QStringLiteral("13579"));
        QVERIFY2(issues.isEmpty(), qPrintable(issues.value(0).text()));
        QCOMPARE(other->endUserByUserId(QStringLiteral("yamada"))->firstName, QStringLiteral("太郎"));
        QCOMPARE(other->endUserByUserId(QStringLiteral("yamada"))->locale, QStringLiteral("Japanese Japan"));
        QCOMPARE(other->endUserByUserId(QStringLiteral("suzuki"))->firstName, QStringLiteral("花子, Hanako"));
    }

    void cancelledImportLeavesDatabaseAsItWas()
    {
        TempLab t;
        QVERIFY(t.openDemo());
        Cluster *c = t.lab->cluster(QStringLiteral("Cluster1"));
        const QByteArray before = everything(*c);
        const QByteArray file = profilesFile(20000);
        BatJob job(c, Bat::Type::DeviceProfiles, BatJob::Operation::Import);
        QSignalSpy loaded(&job, &BatJob::loaded);
        job.loadInBackground(file); // as the page reads a file: parsed off the GUI thread
        QVERIFY(loaded.wait(30000));
        QCOMPARE(loaded.first().first().toBool(), true);
        QCOMPARE(job.summary().rows, 20000);
        QSignalSpy finished(&job, &BatJob::finished);
        int progressed = 0;
        connect(&job, &BatJob::progress, &job, [&](int done, int total) {
            QCOMPARE(total, 20000);
            if (++progressed == 1) {
                QVERIFY(done > 0 && done < total);
                QVERIFY(c->deviceByName(QStringLiteral("UDP-bulk0"))); // written inside the transaction
                job.cancel();
            }
        });
        QSignalSpy reloaded(c, &Cluster::bulkImported);
        job.start();
        QVERIFY(finished.wait(30000));
        QVERIFY(job.summary().cancelled);
        QVERIFY(!job.summary().committed);
        QCOMPARE(reloaded.size(), 1);
        QVERIFY(!c->deviceByName(QStringLiteral("UDP-bulk0")));
        QCOMPARE(everything(*c), before);
        // the database file itself, opened afresh once the lab has let go of it
        const std::unique_ptr<Cluster> reopened = reopenFile(t, c);
        QVERIFY(reopened);
        QCOMPARE(everything(*reopened), before);
        QVERIFY(!reopened->deviceByName(QStringLiteral("UDP-bulk0")));
    }

    void loginDuringACancelledJobIsKept()
    {
        // An EM login acknowledged while a job runs joins the job's transaction (one database
        // connection) but is not part of the job: cancelling the job must not take it back.
        TempLab t;
        QVERIFY(t.openDemo());
        Cluster *c = t.lab->cluster(QStringLiteral("Cluster1"));
        ExtensionMobility *em = t.lab->mobility(c);
        const QString phone = QStringLiteral("SEPC10000000002");
        const qint64 phoneId = c->deviceByName(phone)->id;
        QVERIFY(!c->loginOnDevice(phoneId));
        const qsizetype auditBefore = c->auditLog().size();
        const QByteArray file = profilesFile(5000);
        BatJob job(c, Bat::Type::DeviceProfiles, BatJob::Operation::Import);
        QVERIFY(job.load(file));
        QSignalSpy finished(&job, &BatJob::finished);
        bool loggedIn = false;
        connect(&job, &BatJob::progress, &job, [&](int done, int total) {
            if (loggedIn || done >= total)
                return;
            EmLoginRequest r;
            r.deviceName = phone;
            r.id = QStringLiteral("carol");
            r.pin = QStringLiteral("12345");
            loggedIn = em->loginNow(r).ok();
            job.cancel();
        });
        job.start();
        QVERIFY(finished.wait(30000));
        QVERIFY(loggedIn);
        QVERIFY(job.summary().cancelled);
        QVERIFY(!c->deviceByName(QStringLiteral("UDP-bulk0")));
        QVERIFY(c->loginOnDevice(phoneId));
        const QList<AuditEntry> audit = c->auditLog().mid(auditBefore);
        QCOMPARE(audit.size(), 1);
        QCOMPARE(audit.first().action, QStringLiteral("login"));
        QCOMPARE(audit.first().record, phone);
        // and on disk
        const std::unique_ptr<Cluster> reopened = reopenFile(t, c);
        QVERIFY(reopened);
        QVERIFY(reopened->loginOnDevice(phoneId));
        QVERIFY(!reopened->deviceByName(QStringLiteral("UDP-bulk0")));
        QCOMPARE(reopened->auditLog().size(), auditBefore + 1);
    }

    void slicedImportCommitsWhileTheConsoleGoesOn()
    {
        // The job's one COMMIT runs on a worker thread; a change made meanwhile waits for it
        // and is saved after it. Both are there afterwards.
        TempLab t;
        QVERIFY(t.openDemo());
        Cluster *c = t.lab->cluster(QStringLiteral("Cluster1"));
        const QByteArray file = profilesFile(5000);
        BatJob job(c, Bat::Type::DeviceProfiles, BatJob::Operation::Import);
        QVERIFY(job.load(file));
        QSignalSpy finished(&job, &BatJob::finished);
        QSignalSpy reloaded(c, &Cluster::bulkImported);
        Refusal meanwhile(QString(), "", "not run");
        connect(&job, &BatJob::progress, &job, [&](int done, int total) {
            if (done < total)
                return;
            // queued: runs once the last slice has handed the COMMIT to the worker
            QTimer::singleShot(0, c, [&] {
                QCOMPARE(job.state(), BatJob::State::Running);
                EndUser carol = *c->endUserByUserId(QStringLiteral("carol"));
                carol.firstName = QStringLiteral("Meanwhile");
                meanwhile = c->saveEndUser(carol);
                QVERIFY(!c->beginBulk()); // one bulk transaction at a time, even while it commits
            });
        });
        job.start();
        QVERIFY(finished.wait(30000));
        QVERIFY(job.succeeded());
        QVERIFY(job.summary().committed);
        QVERIFY2(meanwhile.ok(), qPrintable(meanwhile.englishText()));
        QCOMPARE(reloaded.size(), 1);
        QVERIFY(c->beginBulk());
        QVERIFY(c->commitBulk());
        const std::unique_ptr<Cluster> reopened = reopenFile(t, c);
        QVERIFY(reopened);
        QVERIFY(reopened->deviceByName(QStringLiteral("UDP-bulk4999")));
        QCOMPARE(reopened->endUserByUserId(QStringLiteral("carol"))->firstName, QStringLiteral("Meanwhile"));
    }

    void deleteByFileWithDryRun()
    {
        TempLab t;
        QVERIFY(t.openDemo());
        Cluster *c = t.lab->cluster(QStringLiteral("Cluster1"));
        const QByteArray file("USER ID\ncarol\nnobody\nbob\n"); // bob is logged in
        QList<BatIssue> issues;
        BatJob::Summary s = runJob(c, Bat::Type::EndUsers, file, &issues, true, BatJob::Mode::AllOrNothing, BatJob::Operation::Delete);
        QCOMPARE(s.deleted, 1);
        QCOMPARE(issues.size(), 2);
        QCOMPARE(issues[0].row, 3);
        QCOMPARE(issues[0].reason.englishText(), QStringLiteral("There is no end user nobody."));
        QCOMPARE(issues[1].row, 4);
        QVERIFY(issues[1].reason.englishText().contains(QLatin1String("while logged in")));
        QVERIFY(c->endUserByUserId(QStringLiteral("carol")));
        s = runJob(c, Bat::Type::EndUsers, "USER ID\ncarol\n", &issues, false, BatJob::Mode::AllOrNothing, BatJob::Operation::Delete);
        QCOMPARE(s.deleted, 1);
        QVERIFY(s.committed);
        QVERIFY(!c->endUserByUserId(QStringLiteral("carol")));
        // a phone name in a device profile delete file is not a profile
        s = runJob(c, Bat::Type::DeviceProfiles, "DEVICE PROFILE NAME\nSEPC10000000002\n", &issues, false,
                   BatJob::Mode::AllOrNothing, BatJob::Operation::Delete);
        QCOMPARE(s.refused, 1);
        QVERIFY(c->deviceByName(QStringLiteral("SEPC10000000002")));
    }

    void phonesImportEmAndLogoutProfile()
    {
        TempLab t;
        QVERIFY(t.openDemo());
        Cluster *c = t.lab->cluster(QStringLiteral("Cluster1"));
        QList<BatIssue> issues;
        const BatJob::Summary s = runJob(c, Bat::Type::Phones, utf8(QStringLiteral(
            "DEVICE NAME,DEVICE TYPE,DEVICE PROTOCOL,ENABLE EXTENSION MOBILITY,LOG OUT PROFILE,DIRECTORY NUMBER 1,IP PHONE SERVICE 1\n"
            "sepc100000000aa,Cisco 8865,SIP,t,UDP-bob,1009100,Extension Mobility\n"
            "SEPC1000000000AB,Cisco 8865,SIP,t,,,\n")), &issues, false, BatJob::Mode::ValidRowsOnly);
        QCOMPARE(s.added, 1);
        QCOMPARE(issues.size(), 1);
        QCOMPARE(issues[0].column, QStringLiteral("DEVICE NAME"));
        const Device *phone = c->deviceByName(QStringLiteral("SEPC100000000AA"));
        QVERIFY(phone && phone->emEnabled);
        QCOMPARE(phone->logoutProfileId, c->deviceByName(QStringLiteral("UDP-bob"))->id);
        QCOMPARE(phone->lines, QStringList{QStringLiteral("1009100")});
    }

    void documentedExamplesApply()
    {
        TempLab t;
        QVERIFY(t.openDemo());
        Cluster *c = t.lab->cluster(QStringLiteral("Cluster1"));
        const QString examples = qEnvironmentVariable("EMROAM_SOURCE_DIR") + QStringLiteral("/docs/examples/");
        auto read = [&](const char *name) {
            QFile f(examples + QLatin1String(name));
            if (!f.open(QIODevice::ReadOnly))
                qWarning("cannot read %s", name);
            return f.readAll();
        };
        const std::pair<Bat::Type, const char *> files[] = {{Bat::Type::DeviceProfiles, "bat-device-profiles.csv"},
                                                            {Bat::Type::Phones, "bat-phones.csv"},
                                                            {Bat::Type::EndUsers, "bat-end-users.csv"}};
        for (const auto &[type, name] : files) {
            QList<BatIssue> issues;
            const BatJob::Summary s = runJob(c, type, read(name), &issues);
            QVERIFY2(issues.isEmpty(), qPrintable(QString::fromLatin1(name) + QLatin1String(": ") + issues.value(0).text()));
            QVERIFY(s.added > 0);
            QCOMPARE(s.added, s.rows);
        }
        QCOMPARE(c->endUserByUserId(QStringLiteral("yamada"))->lastName, QStringLiteral("山田"));
        QCOMPARE(c->deviceByName(QStringLiteral("UDP-smith"))->description, QStringLiteral("Smith, J. (\"Jo\")"));
        QCOMPARE(c->deviceByName(QStringLiteral("SEPC100000000A2"))->logoutProfileId, c->deviceByName(QStringLiteral("UDP-smith"))->id);
        const BatJob::Summary s = runJob(c, Bat::Type::EndUsers, read("bat-delete-users.csv"), nullptr, false,
                                         BatJob::Mode::AllOrNothing, BatJob::Operation::Delete);
        QCOMPARE(s.deleted, 2);
        QVERIFY(!c->endUserByUserId(QStringLiteral("yamada")));
    }

    void unusableFilesAreRefusedWhole()
    {
        TempLab t;
        QVERIFY(t.openDemo());
        Cluster *c = t.lab->cluster(QStringLiteral("Cluster1"));
        BatJob job(c, Bat::Type::EndUsers, BatJob::Operation::Import);
        QVERIFY(!job.load("FIRST NAME,LAST NAME\nA,B\n"));
        QCOMPARE(job.issues().value(0).row, 1);
        QVERIFY(job.issues().value(0).reason.englishText().contains(QLatin1String("USER ID")));
        QVERIFY(!job.run());
        QVERIFY(!job.load("USER ID,\"open\n"));
        QVERIFY(job.load("USER ID,FAVOURITE COLOUR\nbob,red\n"));
        QCOMPARE(job.summary().ignoredColumns, QStringList{QStringLiteral("FAVOURITE COLOUR")});
    }
};

Bat::Type TestBat::allTypes[3] = {Bat::Type::DeviceProfiles, Bat::Type::Phones, Bat::Type::EndUsers};

QTEST_GUILESS_MAIN(TestBat)
#include "tst_bat.moc"
