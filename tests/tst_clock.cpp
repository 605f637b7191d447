#include <QtTest>

#include "core/clock.h"

/// The lab clock: manual stepping for tests, speed and pause for demos.
class TestClock : public QObject
{
    Q_OBJECT
private slots:
    void manualAdvanceRunsTasksInOrder()
    {
        Clock clock(Clock::Mode::Manual);
        QStringList order;
        clock.schedule(300, this, [&] { order << QStringLiteral("c@%1").arg(clock.now()); });
        clock.schedule(100, this, [&] {
            order << QStringLiteral("a@%1").arg(clock.now());
            clock.schedule(50, this, [&] { order << QStringLiteral("b@%1").arg(clock.now()); });
        });
        clock.advance(200);
        QCOMPARE(order, QStringList({QStringLiteral("a@100"), QStringLiteral("b@150")}));
        QCOMPARE(clock.now(), 200);
        clock.advance(100);
        QCOMPARE(order.last(), QStringLiteral("c@300"));
        QCOMPARE(clock.pendingTasks(), 0);
    }

    void cancelledTaskDoesNotRun()
    {
        Clock clock(Clock::Mode::Manual);
        bool ran = false;
        const auto id = clock.schedule(10, this, [&] { ran = true; });
        clock.cancel(id);
        clock.advance(100);
        QVERIFY(!ran);
    }

    void taskDroppedWhenContextDies()
    {
        Clock clock(Clock::Mode::Manual);
        bool ran = false;
        auto *context = new QObject;
        clock.schedule(10, context, [&] { ran = true; });
        delete context;
        clock.advance(100);
        QVERIFY(!ran);
    }

    void runUntilIdleIsBounded()
    {
        Clock clock(Clock::Mode::Manual);
        int runs = 0;
        std::function<void()> again = [&] {
            ++runs;
            clock.schedule(1000, this, again); // a periodic task never goes idle
        };
        clock.schedule(1000, this, again);
        const qint64 advanced = clock.runUntilIdle(10'000);
        QVERIFY(advanced <= 10'000);
        QCOMPARE(runs, 10);
    }

    void realTimeFollowsSpeedAndPause()
    {
        Clock clock(Clock::Mode::RealTime);
        clock.setSpeed(10.0);
        bool ran = false;
        clock.schedule(500, this, [&] { ran = true; }); // 50 ms of real time at 10×
        QTRY_VERIFY_WITH_TIMEOUT(ran, 5000);
        clock.setPaused(true);
        const qint64 frozen = clock.now();
        QTest::qWait(30);
        QCOMPARE(clock.now(), frozen);
        clock.setPaused(false);
        QTRY_VERIFY_WITH_TIMEOUT(clock.now() > frozen, 5000);
    }

    /// Simulation mode: what waits is listed in order with its description, and a Step runs
    /// exactly the next one at its own lab time.
    void pendingTasksAreListedAndSteppedOneByOne()
    {
        Clock clock(Clock::Mode::Manual);
        QStringList ran;
        TaskInfo hop;
        hop.kind = TaskInfo::Kind::IlsDelivery;
        hop.cluster = QStringLiteral("Cluster1");
        hop.peer = QStringLiteral("Cluster2");
        TaskInfo expiry;
        expiry.kind = TaskInfo::Kind::MaxLoginTime;
        expiry.phone = QStringLiteral("SEP1");
        expiry.user = QStringLiteral("bob");
        clock.schedule(5000, this, [&] { ran << QStringLiteral("expiry@%1").arg(clock.now()); }, expiry);
        clock.schedule(200, this, [&] { ran << QStringLiteral("hop@%1").arg(clock.now()); }, hop);
        clock.schedule(200, this, [&] { ran << QStringLiteral("other@%1").arg(clock.now()); });
        auto *dead = new QObject;
        clock.schedule(100, dead, [&] { ran << QStringLiteral("dead"); });
        delete dead;

        const QList<Clock::Pending> list = clock.pending();
        QCOMPARE(list.size(), 3); // the task whose context died is not listed
        QCOMPARE(list[0].info.kind, TaskInfo::Kind::IlsDelivery);
        QCOMPARE(list[0].info.peer, QStringLiteral("Cluster2"));
        QCOMPARE(list[0].due, 200);
        QCOMPARE(list[1].info.kind, TaskInfo::Kind::Other);
        QCOMPARE(list[2].info.user, QStringLiteral("bob"));
        QCOMPARE(clock.pending(1).size(), 1);

        QSignalSpy changed(&clock, &Clock::scheduleChanged);
        QVERIFY(clock.runNext());
        QCOMPARE(ran, QStringList{QStringLiteral("hop@200")}); // one task only, at its time
        QCOMPARE(clock.now(), 200);
        QVERIFY(changed.size() >= 1);
        QVERIFY(clock.runNext());
        QVERIFY(clock.runNext());
        QCOMPARE(ran.last(), QStringLiteral("expiry@5000"));
        QVERIFY(!clock.runNext());
        QCOMPARE(clock.now(), 5000);
    }

    void resumeUntilTaskRanStopsAfterIt()
    {
        Clock clock(Clock::Mode::Manual);
        QStringList ran;
        clock.schedule(100, this, [&] { ran << QStringLiteral("a"); });
        const Clock::TaskId b = clock.schedule(300, this, [&] { ran << QStringLiteral("b"); });
        clock.schedule(300, this, [&] { ran << QStringLiteral("c"); });
        clock.resumeUntilTaskRan(b);
        QCOMPARE(ran, QStringList({QStringLiteral("a"), QStringLiteral("b")}));
        QCOMPARE(clock.now(), 300);
        QCOMPARE(clock.pendingTasks(), 1);
    }

    void pausedStepMovesLabTimeToTheTask()
    {
        Clock clock(Clock::Mode::RealTime);
        clock.setPaused(true);
        const qint64 t0 = clock.now();
        bool ran = false;
        clock.schedule(60'000, this, [&] { ran = true; });
        QVERIFY(clock.runNext());
        QVERIFY(ran);
        QCOMPARE(clock.now(), t0 + 60'000);
        QVERIFY(clock.isPaused());
    }

    void slowMotionCapsTheSpeedUntilItsEnd()
    {
        Clock clock(Clock::Mode::RealTime);
        clock.setSpeed(10.0);
        clock.setPaused(true); // lab time stands: the window cannot end during the test
        clock.slowDownUntil(clock.now() + 200, 200.0 / 700.0);
        QCOMPARE(clock.effectiveSpeed(), 200.0 / 700.0);
        QCOMPARE(clock.speed(), 10.0); // the trainer's choice is kept
        // a step past the window's end ends the slow motion
        clock.schedule(500, this, [] {});
        QVERIFY(clock.runNext());
        QCOMPARE(clock.effectiveSpeed(), 10.0);
        // manual clocks (tests, scripts) ignore it
        Clock manual(Clock::Mode::Manual);
        manual.slowDownUntil(1000, 0.1);
        QCOMPARE(manual.effectiveSpeed(), 1.0);
    }

    /// The simulation's animated Step: the paused clock runs until the task has run, then
    /// pauses again before anything else (here at 10×, so the wait is short).
    void realTimeStepPausesRightAfterItsTask()
    {
        Clock clock(Clock::Mode::RealTime);
        clock.setSpeed(10.0);
        clock.setPaused(true);
        QStringList ran;
        const Clock::TaskId a = clock.schedule(100, this, [&] { ran << QStringLiteral("a"); });
        clock.schedule(100, this, [&] { ran << QStringLiteral("b"); });
        clock.schedule(200, this, [&] { ran << QStringLiteral("c"); });
        clock.resumeUntilTaskRan(a);
        QVERIFY(!clock.isPaused());
        QTRY_VERIFY_WITH_TIMEOUT(clock.isPaused(), 5000);
        QCOMPARE(ran, QStringList{QStringLiteral("a")});
        const qint64 stopped = clock.now();
        QVERIFY(stopped >= 100); // c, due at 200, waits for the next Step even if the timer fired late
        QTest::qWait(50);
        QCOMPARE(clock.now(), stopped);
        QCOMPARE(clock.pendingTasks(), 2);
    }
};

QTEST_GUILESS_MAIN(TestClock)
#include "tst_clock.moc"
