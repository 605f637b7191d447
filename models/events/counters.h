#pragma once

#include <QHash>
#include <QObject>
#include <QString>
#include <QStringList>

/// RTMT counter names: the performance object "Cisco Extension Mobility" plus the lab's ILS
/// message counters.
namespace CounterNames {
inline const QString RequestsHandled = QStringLiteral("RequestsHandled");
inline const QString RequestsInProgress = QStringLiteral("RequestsInProgress");
inline const QString RequestsThrottled = QStringLiteral("RequestsThrottled");
inline const QString LoginsSuccessful = QStringLiteral("LoginsSuccessful");
inline const QString LogoutsSuccessful = QStringLiteral("LogoutsSuccessful");
inline const QString TotalRequestsAttempted = QStringLiteral("Total Login/LogoutRequestsAttempted");
/// Credential policy (the lab's own counters beside Cisco Extension Mobility's): wrong PINs
/// and passwords, tries refused because the credential was locked, and lockouts.
inline const QString FailedLogons = QStringLiteral("Failed Logon Attempts");
inline const QString LockedLogons = QStringLiteral("Logons Refused While Locked");
inline const QString CredentialLockouts = QStringLiteral("Credential Lockouts");
inline const QString IlsMessagesSent = QStringLiteral("ILS Messages Sent");
inline const QString IlsMessagesReceived = QStringLiteral("ILS Messages Received");
inline const QString IlsMessagesPending = QStringLiteral("ILS Messages Pending");
QStringList all();
}

/// Per-cluster performance counters, by RTMT name. Values only go through add()/set(), which
/// announce each change so monitoring charts can follow.
class Counters : public QObject
{
    Q_OBJECT
public:
    explicit Counters(QObject *parent = nullptr);

    qint64 value(const QString &cluster, const QString &name) const;
    void add(const QString &cluster, const QString &name, qint64 delta = 1);
    void set(const QString &cluster, const QString &name, qint64 value);
    /// All counters of @p cluster, zero when never touched.
    QHash<QString, qint64> snapshot(const QString &cluster) const;
    void reset(const QString &cluster);

signals:
    void counterChanged(const QString &cluster, const QString &name, qint64 value);

private:
    QHash<QString, QHash<QString, qint64>> m_values;
};
