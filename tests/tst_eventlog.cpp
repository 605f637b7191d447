// The event stream and the RTMT counters that views follow.
#include "enginetestsupport.h"

#include <QSignalSpy>

class TestEventLog : public QObject
{
    Q_OBJECT
private slots:
    void stampsAndAnnounces();
    void keepsTheMostRecent();
    void countersAnnounceChanges();
    void loginProducesEventsAndCounters();
};

void TestEventLog::stampsAndAnnounces()
{
    Clock clock(Clock::Mode::Manual);
    clock.advance(1234);
    EventLog log(&clock);
    QSignalSpy spy(&log, &EventLog::eventAdded);
    LabEvent e;
    e.type = LabEvent::Type::Fault;
    e.message = Message("Lab", "Injected fault: the database of %1 fails every request.", {QStringLiteral("Cluster9")});
    log.append(e);
    QCOMPARE(spy.count(), 1);
    const LabEvent got = spy.at(0).at(0).value<LabEvent>();
    QCOMPARE(got.time, 1234);
    QCOMPARE(got.message.englishText(), QStringLiteral("Injected fault: the database of Cluster9 fails every request."));
    QCOMPARE(LabEvent::typeName(got.type), QStringLiteral("fault"));
}

void TestEventLog::keepsTheMostRecent()
{
    Clock clock(Clock::Mode::Manual);
    EventLog log(&clock);
    log.setCapacity(3);
    for (int i = 0; i < 5; ++i) {
        LabEvent e;
        e.code = i;
        log.append(e);
    }
    QCOMPARE(int(log.events().size()), 3);
    QCOMPARE(log.events().front().code, 2);
    QCOMPARE(log.totalCount(), quint64(5));
    log.setRecording(LabEvent::Type::Login, false);
    log.append(LabEvent{});
    QCOMPARE(log.totalCount(), quint64(5));
}

void TestEventLog::countersAnnounceChanges()
{
    Counters c;
    QSignalSpy spy(&c, &Counters::counterChanged);
    c.add(QStringLiteral("Cluster1"), CounterNames::LoginsSuccessful);
    c.add(QStringLiteral("Cluster1"), CounterNames::LoginsSuccessful, 2);
    c.set(QStringLiteral("Cluster1"), CounterNames::RequestsInProgress, 0); // unchanged: silent
    QCOMPARE(spy.count(), 2);
    QCOMPARE(c.value(QStringLiteral("Cluster1"), CounterNames::LoginsSuccessful), 3);
    QCOMPARE(c.snapshot(QStringLiteral("Cluster2")).size(), CounterNames::all().size());
}

void TestEventLog::loginProducesEventsAndCounters()
{
    EngineLab e;
    QSignalSpy spy(e.lab->events(), &EventLog::eventAdded);
    QVERIFY(e.login(1, QStringLiteral("SEPC10000000002"), QStringLiteral("carol")).ok());
    QVERIFY(e.logout(1, QStringLiteral("SEPC10000000002")).ok());
    QStringList types;
    for (const QList<QVariant> &args : std::as_const(spy))
        types.append(LabEvent::typeName(args.at(0).value<LabEvent>().type));
    QVERIFY2(types.contains(QStringLiteral("login")) && types.contains(QStringLiteral("logout")), qPrintable(types.join(QLatin1Char(' '))));
    QVERIFY(types.contains(QStringLiteral("ils-sync")));
    Counters *c = e.lab->counters();
    QCOMPARE(c->value(QStringLiteral("Cluster1"), CounterNames::LogoutsSuccessful), 1);
    QCOMPARE(c->value(QStringLiteral("Cluster1"), CounterNames::LoginsSuccessful), 2);
    QCOMPARE(c->value(QStringLiteral("Cluster1"), CounterNames::RequestsInProgress), 0);
}

QTEST_GUILESS_MAIN(TestEventLog)
#include "tst_eventlog.moc"
