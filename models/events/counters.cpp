#include "counters.h"

QStringList CounterNames::all()
{
    return {RequestsHandled, RequestsInProgress, RequestsThrottled, LoginsSuccessful, LogoutsSuccessful,
            TotalRequestsAttempted, FailedLogons, LockedLogons, CredentialLockouts, IlsMessagesSent, IlsMessagesReceived, IlsMessagesPending};
}

Counters::Counters(QObject *parent)
    : QObject(parent)
{
}

qint64 Counters::value(const QString &cluster, const QString &name) const
{
    return m_values.value(cluster).value(name, 0);
}

void Counters::add(const QString &cluster, const QString &name, qint64 delta)
{
    if (delta == 0)
        return;
    qint64 &v = m_values[cluster][name];
    v += delta;
    emit counterChanged(cluster, name, v);
}

void Counters::set(const QString &cluster, const QString &name, qint64 value)
{
    qint64 &v = m_values[cluster][name];
    if (v == value)
        return;
    v = value;
    emit counterChanged(cluster, name, v);
}

QHash<QString, qint64> Counters::snapshot(const QString &cluster) const
{
    QHash<QString, qint64> out;
    for (const QString &n : CounterNames::all())
        out.insert(n, value(cluster, n));
    return out;
}

void Counters::reset(const QString &cluster)
{
    m_values.remove(cluster);
}
