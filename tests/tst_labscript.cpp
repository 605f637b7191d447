// The lab script language itself.
#include "enginetestsupport.h"

class TestLabScript : public QObject
{
    Q_OBJECT
private slots:
    void durations();
    void tokens();
    void failedExpectation();
    void unknownCommand();
    void badLinesStopWithExitCode2();
    void expectEvent();
    void startAndWait();
};

void TestLabScript::durations()
{
    QCOMPARE(LabScript::parseDuration(QStringLiteral("250ms")), 250);
    QCOMPARE(LabScript::parseDuration(QStringLiteral("10s")), 10'000);
    QCOMPARE(LabScript::parseDuration(QStringLiteral("5m")), 300'000);
    QCOMPARE(LabScript::parseDuration(QStringLiteral("2h")), 7'200'000);
    QCOMPARE(LabScript::parseDuration(QStringLiteral("40")), 40);
    QCOMPARE(LabScript::parseDuration(QStringLiteral("ten")), -1);
    // range-checked: a year at most, and no wrap-around of the lab clock
    QCOMPARE(LabScript::parseDuration(QStringLiteral("8784h")), 8784LL * 3'600'000);
    QCOMPARE(LabScript::parseDuration(QStringLiteral("8785h")), -1);
    QCOMPARE(LabScript::parseDuration(QStringLiteral("9223372036854775807")), -1);
    QCOMPARE(LabScript::parseDuration(QStringLiteral("99999999999999999999ms")), -1);
    QCOMPARE(LabScript::parseDuration(QStringLiteral("3074457345618258h")), -1);
}

void TestLabScript::tokens()
{
    QCOMPARE(LabScript::tokenize(QStringLiteral(R"(service Cluster1 publisher "Cisco Tomcat" stop)")),
             (QStringList{QStringLiteral("service"), QStringLiteral("Cluster1"), QStringLiteral("publisher"), QStringLiteral("Cisco Tomcat"), QStringLiteral("stop")}));
    QCOMPARE(LabScript::tokenize(QStringLiteral(R"(login "" bob 1)")).value(1), QString());
    bool ok = true;
    LabScript::tokenize(QStringLiteral(R"(param "open)"), &ok);
    QVERIFY(!ok);
}

void TestLabScript::failedExpectation()
{
    EngineLab e;
    LabScript s(e.lab.get());
    QStringList out;
    const bool ok = s.run(QStringLiteral("# comment\nexpect phone SEPC10000000001 => unregistered\nphone SEPC10000000001\n"),
                          [&](const QString &l) { out.append(l); });
    QVERIFY(!ok);
    QCOMPARE(s.failures(), 1);
    QVERIFY(out.at(1).startsWith(QStringLiteral("expect failed: line 2:")));
    QVERIFY(out.at(2).startsWith(QStringLiteral("phone SEPC10000000001 => registered Cluster1 user bob lines 1000001")));
}

void TestLabScript::unknownCommand()
{
    EngineLab e;
    LabScript s(e.lab.get());
    QVERIFY(!s.run(QStringLiteral("fly Cluster1\n"), [](const QString &) {}));
    QCOMPARE(s.execute(QStringLiteral("where nobody")), QStringLiteral("none"));
}

void TestLabScript::badLinesStopWithExitCode2()
{
    const QList<QPair<QString, QString>> cases = {
        {QStringLiteral("fly Cluster1"), QStringLiteral("line 2: unknown command fly")},
        {QStringLiteral("cluster Cluster1"), QStringLiteral("line 2: usage: cluster <Cluster> down|up")},
        {QStringLiteral("cluster Cluster9 down"), QStringLiteral("line 2: no cluster named Cluster9")},
        {QStringLiteral("logout SEP000000000000"), QStringLiteral("line 2: no phone named SEP000000000000")},
        {QStringLiteral("user Cluster1 nobody pin 1"), QStringLiteral("line 2: Cluster1 has no end user nobody")},
        {QStringLiteral("advance 9223372036854775807"), QStringLiteral("line 2: bad duration 9223372036854775807")},
        {QStringLiteral("expect advance 1x => ok"), QStringLiteral("line 2: bad duration 1x")},
        {QStringLiteral("expect settle"), QStringLiteral("line 2: usage: expect <command> => <text> | expect event <text>")},
    };
    for (const auto &[line, why] : cases) {
        EngineLab e;
        LabScript s(e.lab.get());
        const qint64 before = e.lab->clock()->now();
        QStringList out;
        QVERIFY(!s.run(QStringLiteral("advance 1s\n") + line + QStringLiteral("\ncluster Cluster1 down\n"), [&](const QString &l) { out.append(l); }));
        QCOMPARE(s.badLine(), why);
        QCOMPARE(out.last(), why);
        QCOMPARE(s.failures(), 0);
        QCOMPARE(e.lab->clock()->now(), before + 1000); // nothing after the bad line ran
        QVERIFY(e.cluster(1)->isUp());
    }
    // the command line: 2 for a bad line, 1 for an expectation that did not hold
    QTemporaryDir dir;
    auto runFile = [&](const QString &script) {
        const QString path = dir.filePath(QStringLiteral("t.emroam"));
        QFile f(path);
        f.open(QIODevice::WriteOnly | QIODevice::Truncate);
        f.write(script.toUtf8());
        f.close();
        QStringList err;
        const int code = LabScript::runFile(path, QString(), false, [](const QString &) {}, [&](const QString &l) { err.append(l); });
        return qMakePair(code, err.join(QLatin1Char('\n')));
    };
    QCOMPARE(runFile(QStringLiteral("# hello\nadvance forever\n")), qMakePair(2, QStringLiteral("line 2: bad duration forever")));
    QCOMPARE(runFile(QStringLiteral("expect phone SEPC10000000001 => unregistered\n")).first, 1);
    QCOMPARE(runFile(QStringLiteral("expect phone SEPC10000000001 => registered Cluster1 user bob\n")).first, 0);
}

void TestLabScript::expectEvent()
{
    EngineLab e;
    LabScript s(e.lab.get());
    QStringList out;
    // events since the previous command only: the login's sync, not the earlier cluster change
    const bool ok = s.run(QStringLiteral("cluster Cluster4 down\n"
                                         "login SEPC20000000002 bob 12345\n"
                                         "expect event started an ILS sync from Cluster2\n"
                                         "expect event Logout of bob on Cluster1\n"
                                         "expect event Cluster4 is down\n"),
                          [&](const QString &l) { out.append(l); });
    QVERIFY(!ok);
    QCOMPARE(s.failures(), 2);
    QVERIFY(s.badLine().isEmpty());
    QVERIFY(out.contains(QStringLiteral("expect failed: line 4: no event since the previous command contains \"Logout of bob on Cluster1\"")));
    QVERIFY(out.contains(QStringLiteral("expect failed: line 5: no event since the previous command contains \"Cluster4 is down\"")));
}

void TestLabScript::startAndWait()
{
    EngineLab e;
    LabScript s(e.lab.get());
    QCOMPARE(s.execute(QStringLiteral("setting processing 1s")), QStringLiteral("ok"));
    QCOMPARE(s.execute(QStringLiteral("start login SEPC10000000002 carol 12345")), QStringLiteral("started"));
    QCOMPARE(s.execute(QStringLiteral("start logout SEPC10000000001")), QStringLiteral("started"));
    QCOMPARE(e.lab->counters()->value(QStringLiteral("Cluster1"), CounterNames::RequestsInProgress), 2);
    QCOMPARE(e.userOn(1, QStringLiteral("SEPC10000000002")), QString());
    QCOMPARE(s.execute(QStringLiteral("wait")), QStringLiteral("ok SEPC10000000002 carol on Cluster1 restart | ok restart"));
    QCOMPARE(e.lab->counters()->value(QStringLiteral("Cluster1"), CounterNames::RequestsInProgress), 0);
    QCOMPARE(e.userOn(1, QStringLiteral("SEPC10000000002")), QStringLiteral("carol"));
    QCOMPARE(s.execute(QStringLiteral("wait")), QStringLiteral("nothing started"));
}

QTEST_GUILESS_MAIN(TestLabScript)
#include "tst_labscript.moc"
