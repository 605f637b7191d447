#pragma once

#include <QObject>

#include <deque>

#include "events/labevent.h"

class Clock;

/// The lab's one typed, timestamped stream of everything that happens: logins, logouts
/// (manual, automatic, deferred), ILS updates sent and applied, calls, service and cluster
/// state changes, injected faults. Keeps the most recent capacity() events in memory and
/// announces each one with eventAdded().
class EventLog : public QObject
{
    Q_OBJECT
public:
    explicit EventLog(Clock *clock, QObject *parent = nullptr);

    /// Stamps @p event with the lab time (unless already set) and appends it.
    void append(LabEvent event);
    const std::deque<LabEvent> &events() const { return m_events; }
    /// Events appended since the log was created (including those dropped by the cap).
    quint64 totalCount() const { return m_total; }
    int capacity() const { return m_capacity; }
    void setCapacity(int capacity);
    /// Off by default in benchmarks: ILS per-record events are many.
    bool isRecording(LabEvent::Type type) const;
    void setRecording(LabEvent::Type type, bool on);
    void clear();

signals:
    void eventAdded(const LabEvent &event);

private:
    Clock *m_clock;
    std::deque<LabEvent> m_events;
    quint64 m_total = 0;
    int m_capacity = 20000;
    quint64 m_muted = 0; // bit per Type
};
