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
};

void TestLabScript::durations()
{
    QCOMPARE(LabScript::parseDuration(QStringLiteral("250ms")), 250);
    QCOMPARE(LabScript::parseDuration(QStringLiteral("10s")), 10'000);
    QCOMPARE(LabScript::parseDuration(QStringLiteral("5m")), 300'000);
    QCOMPARE(LabScript::parseDuration(QStringLiteral("2h")), 7'200'000);
    QCOMPARE(LabScript::parseDuration(QStringLiteral("40")), 40);
    QCOMPARE(LabScript::parseDuration(QStringLiteral("ten")), -1);
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

QTEST_GUILESS_MAIN(TestLabScript)
#include "tst_labscript.moc"
