#include "phonedriver.h"

#include "core/clock.h"
#include "phone/phoneagent.h"

PhoneDriver::PhoneDriver(Clock *clock, QObject *parent)
    : QObject(parent), m_clock(clock)
{
}

PhoneDriver::~PhoneDriver()
{
    cancel();
}

void PhoneDriver::run(PhoneAgent *agent, QList<Step> steps, std::function<void()> done)
{
    cancel();
    if (!agent)
        return;
    m_agent = agent;
    m_steps = std::move(steps);
    m_done = std::move(done);
    m_context = new QObject(this);
    QObject *run = m_context;
    connect(agent, &PhoneAgent::changed, run, [this, run] {
        if (run == m_context)
            check();
    });
    connect(agent, &QObject::destroyed, run, [this, run] {
        if (run == m_context)
            cancel();
    });
    // the phone may still be busy with what it did before: the first step waits for it too
    m_waiting = true;
    check();
}

void PhoneDriver::cancel()
{
    // its clock task and connections go with it (later: a step may be running in its task)
    if (m_context)
        m_context->deleteLater();
    m_context = nullptr;
    m_waiting = false;
    m_steps.clear();
    m_done = nullptr;
}

void PhoneDriver::check()
{
    if (!m_waiting || !m_agent || m_agent->isBusy() || m_agent->restart() != PhoneAgent::Restart::None)
        return;
    m_waiting = false;
    QObject *run = m_context;
    m_clock->schedule(PauseMs, run, [this, run] {
        if (run == m_context)
            next();
    });
}

void PhoneDriver::next()
{
    if (!m_agent)
        return;
    // an answer came and went during the pause (a restart began): wait for it again
    if (m_agent->isBusy() || m_agent->restart() != PhoneAgent::Restart::None) {
        waitThenNext();
        return;
    }
    if (m_steps.isEmpty()) {
        end();
        return;
    }
    const Step step = m_steps.takeFirst();
    if (!step()) {
        end();
        return;
    }
    waitThenNext();
}

void PhoneDriver::waitThenNext()
{
    m_waiting = true;
    check();
}

void PhoneDriver::end()
{
    std::function<void()> done = std::move(m_done);
    m_context->deleteLater();
    m_context = nullptr;
    m_waiting = false;
    m_steps.clear();
    m_done = nullptr;
    if (done)
        done();
}
