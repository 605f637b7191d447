#pragma once

#include <QList>
#include <QObject>
#include <QPointer>

#include <functional>

class Clock;
class PhoneAgent;

/// Presses a phone's keys one after the other the way a person at the phone would, on the lab
/// clock: each step acts on the PhoneAgent (Services, Select, typing, Submit); the next one
/// runs once the phone has its answer (no request on its way, no restart) and PauseMs of lab
/// time have passed, so a class can read every screen. A step returns false to end the run
/// (what the phone shows now is the outcome). The GUI and the tests drive phones this way;
/// only lab scripts use the synchronous PhoneScript.
class PhoneDriver : public QObject
{
    Q_OBJECT
public:
    using Step = std::function<bool()>;

    PhoneDriver(Clock *clock, QObject *parent = nullptr);
    ~PhoneDriver() override;

    /// Runs @p steps on @p agent; a run under way is cancelled first. @p done is called when
    /// the last step ran or one returned false (not when cancelled).
    void run(PhoneAgent *agent, QList<Step> steps, std::function<void()> done);
    void cancel();
    bool isRunning() const { return m_context != nullptr; }
    PhoneAgent *agent() const { return m_agent; }

    /// Lab time between two key presses.
    static constexpr qint64 PauseMs = 700;

private:
    void waitThenNext();
    void check();
    void next();
    void end();

    Clock *m_clock;
    QPointer<PhoneAgent> m_agent;
    QList<Step> m_steps;
    std::function<void()> m_done;
    QObject *m_context = nullptr; ///< owns this run's clock task and connections
    bool m_waiting = false;
};
