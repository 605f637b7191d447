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
    void narrationLines();
    void checkReadsAScriptBeforeItRuns();
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

void TestLabScript::narrationLines()
{
    // say / notice / title narrate for the story stepper: nothing runs, the events since the
    // previous command stay visible to `expect event`
    EngineLab e;
    LabScript s(e.lab.get());
    QStringList out;
    const qint64 before = e.lab->clock()->now();
    QVERIFY(s.run(QStringLiteral("title \"A title\"\n"
                                 "say \"Cluster4 goes down.\"\n"
                                 "notice \"Watch the map.\"\n"
                                 "cluster Cluster4 down\n"
                                 "say \"And then?\"\n"
                                 "expect event Cluster4\n"),
                  [&](const QString &l) { out.append(l); }));
    QCOMPARE(out.at(0), QStringLiteral("title: A title"));
    QCOMPARE(out.at(1), QStringLiteral("say: Cluster4 goes down."));
    QCOMPARE(out.at(2), QStringLiteral("notice: Watch the map."));
    QCOMPARE(e.lab->clock()->now(), before);
    QCOMPARE(s.execute(QStringLiteral("say \"hello\"")), QStringLiteral("ok"));
    QString verb;
    QCOMPARE(LabScript::narrationOf(QStringLiteral("  notice \"Look here\"  "), &verb), QStringLiteral("Look here"));
    QCOMPARE(verb, QStringLiteral("notice"));
    QCOMPARE(LabScript::narrationOf(QStringLiteral("sayonara"), &verb), QString());
    QVERIFY(verb.isEmpty());

    // a say needs its one text
    for (const auto &[line, why] : QList<QPair<QString, QString>>{
             {QStringLiteral("say"), QStringLiteral("line 2: usage: say \"<narration>\"")},
             {QStringLiteral("say two words"), QStringLiteral("line 2: usage: say \"<narration>\"")},
             {QStringLiteral("notice \"\""), QStringLiteral("line 2: usage: notice \"<what to notice>\"")},
             {QStringLiteral("say \"unbalanced"), QStringLiteral("line 2: unbalanced quotes")}}) {
        EngineLab fresh;
        LabScript bad(fresh.lab.get());
        QVERIFY(!bad.run(QStringLiteral("say \"ok\"\n") + line + QStringLiteral("\ncluster Cluster1 down\n"), [](const QString &) {}));
        QCOMPARE(bad.badLine(), why);
        QVERIFY(fresh.cluster(1)->isUp());
    }
}

void TestLabScript::checkReadsAScriptBeforeItRuns()
{
    // what check() finds without a lab is worded as the runner words it, on the same line
    const QStringList lines = {
        QStringLiteral("fly Cluster1"),
        QStringLiteral("cluster Cluster1"),
        QStringLiteral("cluster Cluster1 sideways"),
        QStringLiteral("node Cluster1 cucm1-pub"),
        QStringLiteral("service Cluster1 publisher \"Cisco Tomcat\" restart"),
        QStringLiteral("param Cluster1 \"Cisco Extension Mobility\""),
        QStringLiteral("group Cluster1 \"Standard CCM End Users\" join bob"),
        QStringLiteral("user Cluster1 bob colour red"),
        QStringLiteral("device Cluster1 SEPC10000000001 colour red"),
        QStringLiteral("fault Cluster1 disk on"),
        QStringLiteral("setting processing"),
        QStringLiteral("setting speed 1s"),
        QStringLiteral("setting latency soon"),
        QStringLiteral("counter Cluster1"),
        QStringLiteral("dial SEPC30000000001"),
        QStringLiteral("answer"),
        QStringLiteral("hangup a b"),
        QStringLiteral("phone"),
        QStringLiteral("where bob in Cluster1"),
        QStringLiteral("advance 1x"),
        QStringLiteral("advance 9223372036854775807"),
        QStringLiteral("settle now"),
        QStringLiteral("wait 5s"),
        QStringLiteral("logout"),
        QStringLiteral("login SEPC10000000002 bob"),
        QStringLiteral("expect settle"),
        QStringLiteral("expect advance 1x => ok"),
        QStringLiteral("expect event"),
        QStringLiteral("phone \"SEPC"),
        QStringLiteral("say"),
        QStringLiteral("title"),
    };
    EngineLab e; // what check() finds does not depend on the lab: one lab for every case
    for (const QString &line : lines) {
        const QString script = QStringLiteral("say \"first\"\nadvance 1s\n") + line + QStringLiteral("\ncluster Cluster1 down\n");
        const QString found = LabScript::check(script);
        QVERIFY2(found.startsWith(QLatin1String("line 3: ")), qPrintable(line + QStringLiteral(": ") + found));
        LabScript s(e.lab.get());
        QVERIFY(!s.run(script, [](const QString &) {}));
        QCOMPARE(found, s.badLine());
    }
    // a notice needs the say it belongs to
    QCOMPARE(LabScript::check(QStringLiteral("# intro\nnotice \"look\"\nsay \"a\"\n")),
             QStringLiteral("line 2: a notice belongs to the say above it: there is none"));
    // names are the lab's business: they are checked when the line runs
    QCOMPARE(LabScript::check(QStringLiteral("cluster Cluster9 down\nlogout SEP000000000000\n")), QString());
    // every script shipped reads well
    const QDir scripts(qEnvironmentVariable("EMROAM_SOURCE_DIR") + QStringLiteral("/resources/scripts"));
    const QStringList files = scripts.entryList({QStringLiteral("*.emroam")});
    QVERIFY(files.size() > 20);
    for (const QString &name : files) {
        QFile f(scripts.filePath(name));
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(LabScript::check(QString::fromUtf8(f.readAll())), QString());
    }
}

QTEST_GUILESS_MAIN(TestLabScript)
#include "tst_labscript.moc"
