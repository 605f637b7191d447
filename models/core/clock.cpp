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
    return m_anchor + qint64(std::floor(double(m_sinceAnchor.elapsed()) * m_speed));
}

void Clock::reanchor()
{
    m_anchor = now();
    m_sinceAnchor.restart();
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
    rearm();
    emit pausedChanged(m_paused);
}

Clock::TaskId Clock::schedule(qint64 delayMs, QObject *context, std::function<void()> task)
{
    const TaskId id = m_nextId++;
    m_tasks.emplace(now() + std::max<qint64>(0, delayMs), Task{id, context, std::move(task)});
    rearm();
    return id;
}

void Clock::cancel(TaskId id)
{
    for (auto it = m_tasks.begin(); it != m_tasks.end(); ++it) {
        if (it->second.id == id) {
            m_tasks.erase(it);
            break;
        }
    }
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
    while (!m_tasks.empty() && m_tasks.begin()->first <= upTo) {
        auto node = m_tasks.extract(m_tasks.begin());
        Task &task = node.mapped();
        if (task.context)
            task.run();
    }
    m_running = false;
}

void Clock::rearm()
{
    if (m_mode == Mode::Manual || m_paused || m_tasks.empty()) {
        m_timer.stop();
        return;
    }
    const qint64 wait = std::max<qint64>(0, m_tasks.begin()->first - now());
    m_timer.start(int(std::min<double>(double(wait) / m_speed + 0.999, 24.0 * 3600 * 1000)));
}
