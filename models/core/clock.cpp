#include "clock.h"

#include <algorithm>
#include <cmath>

Clock::Clock(Mode mode, QObject *parent)
    : QObject(parent), m_mode(mode)
{
    m_sinceAnchor.start();
    m_timer.setSingleShot(true);
    m_timer.setTimerType(Qt::PreciseTimer);
    connect(&m_timer, &QTimer::timeout, this, [this] {
        runDue(now());
        rearm();
    });
}

void Clock::setMode(Mode mode)
{
    if (mode == m_mode)
        return;
    const qint64 t = now();
    m_mode = mode;
    m_manualNow = t;
    m_anchor = t;
    m_sinceAnchor.restart();
    rearm();
}

qint64 Clock::now() const
{
    if (m_mode == Mode::Manual)
        return m_manualNow;
    if (m_paused)
        return m_anchor;
    const double elapsed = double(m_sinceAnchor.elapsed());
    if (m_slowUntil > m_anchor && m_slowSpeed < m_speed) {
        // slow motion until m_slowUntil, the chosen speed after it
        const double slowWall = double(m_slowUntil - m_anchor) / m_slowSpeed;
        if (elapsed <= slowWall)
            return m_anchor + qint64(std::floor(elapsed * m_slowSpeed));
        return m_slowUntil + qint64(std::floor((elapsed - slowWall) * m_speed));
    }
    return m_anchor + qint64(std::floor(elapsed * m_speed));
}

void Clock::reanchor()
{
    m_anchor = now();
    m_sinceAnchor.restart();
    if (m_slowUntil >= 0 && m_anchor >= m_slowUntil)
        m_slowUntil = -1;
}

double Clock::effectiveSpeed() const
{
    if (m_mode == Mode::RealTime && m_slowUntil > now() && m_slowSpeed < m_speed)
        return m_slowSpeed;
    return m_speed;
}

void Clock::slowDownUntil(qint64 untilLabTime, double maxSpeed)
{
    if (m_mode == Mode::Manual)
        return;
    maxSpeed = std::clamp(maxSpeed, 0.001, 100.0);
    reanchor();
    if (untilLabTime <= m_anchor) { // a window already over: no slow motion from now on
        m_slowUntil = -1;
        rearm();
        return;
    }
    if (m_slowUntil > m_anchor) {
        m_slowUntil = std::max(m_slowUntil, untilLabTime);
        m_slowSpeed = std::min(m_slowSpeed, maxSpeed);
    } else {
        m_slowUntil = untilLabTime;
        m_slowSpeed = maxSpeed;
    }
    rearm();
}

double Clock::wallUntil(qint64 labTime) const
{
    const qint64 t = now();
    if (labTime <= t)
        return 0;
    if (m_slowUntil > t && m_slowSpeed < m_speed) {
        if (labTime <= m_slowUntil)
            return double(labTime - t) / m_slowSpeed;
        return double(m_slowUntil - t) / m_slowSpeed + double(labTime - m_slowUntil) / m_speed;
    }
    return double(labTime - t) / m_speed;
}

void Clock::setSpeed(double speed)
{
    speed = std::clamp(speed, 0.01, 100.0);
    if (qFuzzyCompare(speed, m_speed))
        return;
    reanchor();
    m_speed = speed;
    rearm();
    emit speedChanged(m_speed);
}

void Clock::setPaused(bool paused)
{
    if (paused == m_paused)
        return;
    reanchor();
    m_paused = paused;
    if (paused)
        m_pauseAfter = 0;
    rearm();
    emit pausedChanged(m_paused);
}

Clock::TaskId Clock::schedule(qint64 delayMs, QObject *context, std::function<void()> task, TaskInfo info)
{
    const TaskId id = m_nextId++;
    m_tasks.emplace(now() + std::max<qint64>(0, delayMs), Task{id, context, std::move(task), std::move(info)});
    rearm();
    emit scheduleChanged();
    return id;
}

void Clock::cancel(TaskId id)
{
    for (auto it = m_tasks.begin(); it != m_tasks.end(); ++it) {
        if (it->second.id == id) {
            m_tasks.erase(it);
            if (m_pauseAfter == id)
                m_pauseAfter = 0;
            emit scheduleChanged();
            break;
        }
    }
    rearm();
}

QList<Clock::Pending> Clock::pending(int max) const
{
    QList<Pending> out;
    for (auto it = m_tasks.cbegin(); it != m_tasks.cend() && (max < 0 || out.size() < max); ++it)
        if (it->second.context)
            out.append(Pending{it->second.id, it->first, it->second.info});
    return out;
}

bool Clock::runNext()
{
    if (m_running)
        return false;
    while (!m_tasks.empty() && !m_tasks.begin()->second.context)
        m_tasks.erase(m_tasks.begin());
    if (m_tasks.empty())
        return false;
    auto node = m_tasks.extract(m_tasks.begin());
    const qint64 due = node.key();
    if (m_mode == Mode::Manual) {
        m_manualNow = std::max(m_manualNow, due);
    } else {
        reanchor();
        m_anchor = std::max(m_anchor, due);
        if (m_slowUntil >= 0 && m_anchor >= m_slowUntil)
            m_slowUntil = -1;
    }
    m_running = true;
    node.mapped().run();
    m_running = false;
    rearm();
    emit scheduleChanged();
    return true;
}

void Clock::resumeUntilTaskRan(TaskId id)
{
    const bool known = std::any_of(m_tasks.cbegin(), m_tasks.cend(), [id](const auto &t) { return t.second.id == id; });
    if (!known)
        return;
    if (m_mode == Mode::Manual) {
        auto waiting = [this, id] {
            return std::any_of(m_tasks.cbegin(), m_tasks.cend(), [id](const auto &t) { return t.second.id == id; });
        };
        while (waiting() && runNext()) {
        }
        return;
    }
    m_pauseAfter = id;
    setPaused(false);
    rearm();
}

qint64 Clock::nextDue() const
{
    return m_tasks.empty() ? -1 : m_tasks.begin()->first;
}

void Clock::advance(qint64 ms)
{
    Q_ASSERT(m_mode == Mode::Manual);
    const qint64 target = m_manualNow + std::max<qint64>(0, ms);
    while (!m_tasks.empty() && m_tasks.begin()->first <= target) {
        m_manualNow = std::max(m_manualNow, m_tasks.begin()->first);
        runDue(m_manualNow);
    }
    m_manualNow = target;
}

qint64 Clock::runUntilIdle(qint64 maxMs)
{
    Q_ASSERT(m_mode == Mode::Manual);
    const qint64 start = m_manualNow;
    const qint64 limit = start + maxMs;
    while (!m_tasks.empty() && m_tasks.begin()->first <= limit) {
        m_manualNow = std::max(m_manualNow, m_tasks.begin()->first);
        runDue(m_manualNow);
    }
    return m_manualNow - start;
}

void Clock::runDue(qint64 upTo)
{
    if (m_running)
        return; // a task that advances the clock itself must not re-enter
    m_running = true;
    bool ran = false;
    bool pauseNow = false;
    while (!m_tasks.empty() && m_tasks.begin()->first <= upTo) {
        auto node = m_tasks.extract(m_tasks.begin());
        Task &task = node.mapped();
        ran = true;
        if (task.context)
            task.run();
        if (m_pauseAfter != 0 && task.id == m_pauseAfter) {
            // a Step: stop right after the task it was for
            m_pauseAfter = 0;
            pauseNow = m_mode == Mode::RealTime;
            break;
        }
    }
    m_running = false;
    if (pauseNow)
        setPaused(true);
    if (ran)
        emit scheduleChanged();
}

void Clock::rearm()
{
    if (m_mode == Mode::Manual || m_paused || m_tasks.empty()) {
        m_timer.stop();
        return;
    }
    const double wait = wallUntil(m_tasks.begin()->first);
    m_timer.start(int(std::min<double>(wait + 0.999, 24.0 * 3600 * 1000)));
}
