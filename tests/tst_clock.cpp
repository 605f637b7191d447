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
};

QTEST_GUILESS_MAIN(TestClock)
#include "tst_clock.moc"
