#pragma once

#include <QElapsedTimer>
#include <QObject>
#include <QPointer>
#include <QTimer>

#include <functional>
#include <map>

/// The lab's own time. Every delay in the engine (ILS sync interval, link latency, request
/// processing time, automatic logout) is scheduled here, never on a wall-clock timer, so
/// tests step time by hand and a trainer can slow a failover down or pause it.
///
/// Two modes:
/// - RealTime: lab time follows the wall clock, multiplied by speed(); pause() freezes it.
/// - Manual: time moves only through advance(); used by tests, scripts and benchmarks.
class Clock : public QObject
{
    Q_OBJECT
public:
    enum class Mode { RealTime, Manual };
    using TaskId = quint64;

    explicit Clock(Mode mode = Mode::RealTime, QObject *parent = nullptr);

    Mode mode() const { return m_mode; }
    void setMode(Mode mode);

    /// Lab time in milliseconds since the lab started.
    qint64 now() const;

    double speed() const { return m_speed; }
    /// Speed factor for demos: 0.25 runs four times slower than real time. Clamped to 0.01–100.
    void setSpeed(double speed);
    bool isPaused() const { return m_paused; }
    void setPaused(bool paused);

    /// Runs @p task once lab time has moved @p delayMs further. The task is dropped if
    /// @p context is destroyed first. Tasks due at the same time run in scheduling order.
    TaskId schedule(qint64 delayMs, QObject *context, std::function<void()> task);
    void cancel(TaskId id);
    int pendingTasks() const { return int(m_tasks.size()); }
    /// Lab time of the earliest pending task, or -1.
    qint64 nextDue() const;

    /// Manual mode: moves time forward by @p ms, running every task that falls due on the way
    /// (each at its own due time, including tasks scheduled by tasks).
    void advance(qint64 ms);
    /// Manual mode: runs tasks until none is due within @p maxMs; returns the time advanced.
    qint64 runUntilIdle(qint64 maxMs);

signals:
    void speedChanged(double speed);
    void pausedChanged(bool paused);

private:
    struct Task {
        TaskId id;
        QPointer<QObject> context;
        std::function<void()> run;
    };
    void reanchor();
    void rearm();
    void runDue(qint64 upTo);

    Mode m_mode;
    double m_speed = 1.0;
    bool m_paused = false;
    qint64 m_anchor = 0;        // lab time at the last anchor
    QElapsedTimer m_sinceAnchor; // real time since the anchor
    qint64 m_manualNow = 0;
    TaskId m_nextId = 1;
    std::multimap<qint64, Task> m_tasks;
    QTimer m_timer;
    bool m_running = false;
};
