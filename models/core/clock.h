#pragma once

#include <QElapsedTimer>
#include <QObject>
#include <QPointer>
#include <QTimer>

#include "core/taskinfo.h"

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
    TaskId schedule(qint64 delayMs, QObject *context, std::function<void()> task, TaskInfo info = {});
    void cancel(TaskId id);
    int pendingTasks() const { return int(m_tasks.size()); }
    /// Lab time of the earliest pending task, or -1.
    qint64 nextDue() const;

    /// One task waiting on the clock, as the simulation view lists it.
    struct Pending {
        TaskId id = 0;
        qint64 due = 0;
        TaskInfo info;
    };
    /// The tasks waiting, in the order they will run (at most @p max; -1: all). Tasks whose
    /// context is gone are left out (they will not run).
    QList<Pending> pending(int max = -1) const;
    /// Runs the earliest task now: lab time jumps to its due time (never backwards), the task
    /// runs, and nothing else does. Works paused (the trainer's Step) and in Manual mode.
    /// Returns false when no task waits.
    bool runNext();
    /// RealTime: resumes the clock and pauses it again right after task @p id has run (a Step
    /// the map can animate). Does nothing for an unknown task.
    void resumeUntilTaskRan(TaskId id);

    /// Slow motion: until lab time reaches @p untilLabTime, lab time runs at most @p maxSpeed
    /// times as fast as wall time, whatever speed() is. Every lab delay stays what it is; only
    /// its pace against the wall clock changes (the map uses it so that an ILS hop shorter than
    /// the eye can follow stays on screen). A later call extends the window and keeps the lower
    /// of the two limits for the whole window; a window that ends now or earlier ends the slow
    /// motion. Manual mode ignores it.
    void slowDownUntil(qint64 untilLabTime, double maxSpeed);
    /// The factor lab time runs at now: speed(), or the slow-motion limit while one applies.
    double effectiveSpeed() const;

    /// Manual mode: moves time forward by @p ms, running every task that falls due on the way
    /// (each at its own due time, including tasks scheduled by tasks).
    void advance(qint64 ms);
    /// Manual mode: runs tasks until none is due within @p maxMs; returns the time advanced.
    qint64 runUntilIdle(qint64 maxMs);

signals:
    void speedChanged(double speed);
    void pausedChanged(bool paused);
    /// A task was scheduled, cancelled or ran (the simulation view's list changes).
    void scheduleChanged();

private:
    struct Task {
        TaskId id;
        QPointer<QObject> context;
        std::function<void()> run;
        TaskInfo info;
    };
    void reanchor();
    /// Wall milliseconds from now until lab time reaches @p labTime at the current pace.
    double wallUntil(qint64 labTime) const;
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
    qint64 m_slowUntil = -1; // lab time the slow motion ends at; -1: none
    double m_slowSpeed = 1.0;
    TaskId m_pauseAfter = 0;  // resumeUntilTaskRan()
};
