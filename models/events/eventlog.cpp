#include "eventlog.h"

#include "core/clock.h"

EventLog::EventLog(Clock *clock, QObject *parent)
    : QObject(parent), m_clock(clock)
{
    qRegisterMetaType<LabEvent>();
}

void EventLog::append(LabEvent event)
{
    if (!isRecording(event.type))
        return;
    if (event.time == 0 && m_clock)
        event.time = m_clock->now();
    ++m_total;
    m_events.push_back(std::move(event));
    while (int(m_events.size()) > m_capacity)
        m_events.pop_front();
    emit eventAdded(m_events.back());
}

void EventLog::setCapacity(int capacity)
{
    m_capacity = qMax(1, capacity);
    while (int(m_events.size()) > m_capacity)
        m_events.pop_front();
}

bool EventLog::isRecording(LabEvent::Type type) const
{
    return !(m_muted & (quint64(1) << int(type)));
}

void EventLog::setRecording(LabEvent::Type type, bool on)
{
    const quint64 bit = quint64(1) << int(type);
    m_muted = on ? (m_muted & ~bit) : (m_muted | bit);
}

void EventLog::clear()
{
    m_events.clear();
}
