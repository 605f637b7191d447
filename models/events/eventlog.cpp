#include "eventlog.h"

#include "core/clock.h"

QString LabEvent::typeName(Type type)
{
    switch (type) {
    case Type::Login: return QStringLiteral("login");
    case Type::LoginFailed: return QStringLiteral("login-failed");
    case Type::Logout: return QStringLiteral("logout");
    case Type::LogoutFailed: return QStringLiteral("logout-failed");
    case Type::AutoLogout: return QStringLiteral("auto-logout");
    case Type::RoamingLogout: return QStringLiteral("roaming-logout");
    case Type::DeferredLogout: return QStringLiteral("deferred-logout");
    case Type::TimedLogout: return QStringLiteral("timed-logout");
    case Type::Registration: return QStringLiteral("registration");
    case Type::IlsSent: return QStringLiteral("ils-sent");
    case Type::IlsApplied: return QStringLiteral("ils-applied");
    case Type::IlsSync: return QStringLiteral("ils-sync");
    case Type::IlsWarning: return QStringLiteral("ils-warning");
    case Type::CallAttempt: return QStringLiteral("call-attempt");
    case Type::CallRinging: return QStringLiteral("call-ringing");
    case Type::CallFailed: return QStringLiteral("call-failed");
    case Type::CallAnswered: return QStringLiteral("call-answered");
    case Type::CallEnded: return QStringLiteral("call-ended");
    case Type::ServiceState: return QStringLiteral("service-state");
    case Type::NodeState: return QStringLiteral("node-state");
    case Type::ClusterState: return QStringLiteral("cluster-state");
    case Type::Fault: return QStringLiteral("fault");
    case Type::Throttled: return QStringLiteral("throttled");
    }
    return QString();
}

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
