// Every troubleshooting entry of the seed reproduced with the code a phone shows.
#include "enginetestsupport.h"

class TestEmTroubleshooting : public QObject
{
    Q_OBJECT
private slots:
    void scripts_data();
    void scripts();
    void codes();
    void databaseErrorIsAnEvent();
};

void TestEmTroubleshooting::scripts_data()
{
    QTest::addColumn<QString>("file");
    for (const char *f : {"ts-201-authentication-error.emroam", "ts-202-blank-userid-or-pin.emroam", "ts-26-busy-please-try-again.emroam",
                          "ts-6-database-error.emroam", "ts-22-dev-logon-disabled.emroam", "ts-207-device-name-empty.emroam",
                          "ts-208-em-service-connection-error.emroam", "ts-host-not-found.emroam", "ts-http-503.emroam",
                          "ts-phone-reset.emroam", "ts-no-services-after-login.emroam", "ts-no-services-after-logout.emroam",
                          "ts-25-user-logged-in-elsewhere.emroam", "ts-205-user-profile-absent.emroam"})
        QTest::newRow(f) << QString::fromLatin1(f);
}

void TestEmTroubleshooting::scripts()
{
    QFETCH(QString, file);
    QString out;
    QVERIFY2(runLabScript(file, &out), qPrintable(out));
}

void TestEmTroubleshooting::codes()
{
    EngineLab e;
    const QString phone = QStringLiteral("SEPC10000000002");
    QCOMPARE(e.login(1, phone, QStringLiteral("carol"), QStringLiteral("1")).code, 201);
    QCOMPARE(e.login(1, phone, QStringLiteral("carol"), QString()).code, 202);
    QCOMPARE(e.login(1, QString(), QStringLiteral("carol")).code, 207);
    QCOMPARE(e.login(1, QStringLiteral("SEP0000000000FF"), QStringLiteral("carol")).code, 11);
    QCOMPARE(e.login(1, phone, QStringLiteral("carol"), QStringLiteral("12345"), QStringLiteral("XX")).code, 215);
    QCOMPARE(e.login(1, phone, QStringLiteral("bob")).code, 25);
    QCOMPARE(e.login(1, QStringLiteral("SEPC10000000001"), QStringLiteral("carol")).code, 18);
    QCOMPARE(e.logout(1, phone).code, 19);
    const EmResult ok = e.login(1, phone, QStringLiteral("carol"));
    QVERIFY(ok.ok());
    // the text a phone shows, in English for scripts
    QCOMPARE(EmResult::failure(25).scriptLine(false), QStringLiteral("error 25 Multi-Login Not Allowed"));
    QCOMPARE(EmResult::failure(26).scriptLine(false), QStringLiteral("error 26 Busy Please Try Again"));
    QVERIFY(EmResult::failure(208).text().startsWith(QStringLiteral("EM Service Connection Error (208)")));
}

void TestEmTroubleshooting::databaseErrorIsAnEvent()
{
    EngineLab e;
    e.lab->setDatabaseFailing(e.cluster(1), true);
    QVERIFY(e.hasEvent(LabEvent::Type::Fault, QStringLiteral("Cluster1")));
    QCOMPARE(e.login(1, QStringLiteral("SEPC10000000002"), QStringLiteral("carol")).code, 6);
    QVERIFY(e.hasEvent(LabEvent::Type::LoginFailed, QStringLiteral("Cluster1")));
}

QTEST_GUILESS_MAIN(TestEmTroubleshooting)
#include "tst_emtroubleshooting.moc"
