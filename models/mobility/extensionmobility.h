#pragma once

#include <QObject>
#include <QString>
#include <QStringList>

#include <functional>

#include "core/message.h"
#include "core/taskinfo.h"
#include "entities/credentialpolicy.h"
#include "entities/emlogin.h"
#include "entities/enduser.h"
#include "events/labevent.h"
#include "mobility/emloginrequest.h"
#include "mobility/emresult.h"
#include "security/credentialcache.h"

class Clock;
class Cluster;
class Counters;
class CredentialVerifier;
class EventLog;
class IlsNetwork;
class Registrar;

/// Extension Mobility of one cluster (the Cisco Extension Mobility service, EMService, with the
/// checks EMApp makes before it): login and logout with every documented outcome code,
/// throttling at Maximum Concurrent Requests, Multiple Login Behavior, automatic logout, and the
/// roaming rules for super users. The HTTP layer (EMApp servlet, EM API) sits on top of this API.
///
/// It works with what it is handed when built (Collaborators): it knows nothing of the lab around it.
///
/// Requests take processingTimeMs() of lab time, so they overlap: RequestsInProgress
/// rises and past Maximum Concurrent Requests new ones fail with 26. With a processing time of 0
/// the callback runs before login()/logout() return, unless a PIN must be checked and the
/// CredentialVerifier works on its thread pool: then it comes from the event loop.
///
/// PINs and EM API passwords follow the cluster's credential policy: wrong tries are counted
/// and lock the credential (refused with 201 on a phone, 9 Dir. User Info Error in the EM API)
/// until Lockout Duration passes or an administrator unlocks it.
class ExtensionMobility : public QObject
{
    Q_OBJECT
public:
    using Callback = std::function<void(const EmResult &)>;

    /// EM API queries (deviceUserQuery / userDevicesQuery / deviceProfileQuery).
    struct DeviceUser {
        bool exists = false;
        QString userId;    ///< logged-in user, or empty
        QString lastLogin; ///< last user logged in on the device, or empty
    };
    struct ProfileInfo {
        QString name;
        bool isDefault = false;
    };

    /// What Extension Mobility of one cluster works with; none may be null.
    struct Collaborators {
        Clock *clock = nullptr;                 ///< lab time: processing, lockouts, timed logouts
        EventLog *events = nullptr;             ///< where logins, logouts and refusals are told
        Counters *counters = nullptr;           ///< the cluster's RTMT counters
        IlsNetwork *ils = nullptr;              ///< where logins and logouts are advertised
        Registrar *registrar = nullptr;         ///< the registrations of this cluster's phones
        CredentialVerifier *verifier = nullptr; ///< checks PINs and passwords off the serving thread
    };

    ExtensionMobility(Cluster *cluster, const Collaborators &with, QObject *parent = nullptr);

    Cluster *cluster() const { return m_cluster; }

    /// Lab time a login or logout takes (the lab setting emProcessingMs); 0: done at once.
    qint64 processingTimeMs() const { return m_processingMs; }
    void setProcessingTimeMs(qint64 ms) { m_processingMs = ms; }

    /// Starts a login; @p done receives the outcome once processed (lab time).
    void login(const EmLoginRequest &request, Callback done);
    /// Starts a logout of whoever is logged in on @p deviceName.
    void logout(const QString &deviceName, Callback done);
    /// Login/logout without processing time or throttling (demo lab set-up, benchmarks).
    EmResult loginNow(const EmLoginRequest &request);
    EmResult logoutNow(const QString &deviceName);
    /// The next login or logout on @p deviceName is asked by EM API application user @p appUserId
    /// (who the audit log names).
    void noteApiCaller(const QString &deviceName, const QString &appUserId);

    DeviceUser deviceUser(const QString &deviceName) const;
    /// Phones @p userId is logged in on in this cluster; @p exists is false for an unknown user.
    QStringList userDevices(const QString &userId, bool *exists = nullptr) const;
    QList<ProfileInfo> userProfiles(const QString &userId, bool *exists = nullptr) const;

    /// EM API caller check: @p done(0) when @p appId (an application user, or an end user with
    /// its password or PIN) authenticates with @p password and may act for every user of
    /// @p forUserIds (itself; anyone else, "*" included, needs Standard EM Authentication Proxy
    /// Rights); otherwise EmCode::InvalidAppUser (3), EmCode::NoProxyRights (10) or
    /// EmCode::DirUserInfoError (9: the credential is locked). The password is checked on the
    /// CredentialVerifier (the same work for an unknown appID); successful checks are cached.
    /// @p done is not called if @p context is destroyed first.
    void authenticateCaller(const QString &appId, const QString &password, const QStringList &forUserIds,
                            QObject *context, std::function<void(int code)> done);
    /// authenticateCaller() checked on the calling thread, for one @p forUserId.
    int authenticateCallerNow(const QString &appId, const QString &password, const QString &forUserId);

    int requestsInProgress() const { return m_inProgress; }
    /// Counts an EM query the HTTP layer answered (RTMT RequestsHandled: one phone login is
    /// about two requests, the deviceUserQuery and the login).
    void noteQueryHandled();

    /// ILS told this cluster that super user @p userId logged in on @p otherCluster: log the
    /// user out here (@p deferred: the news waited because this cluster was down or isolated).
    void userLoggedInElsewhere(const QString &userId, const QString &otherCluster, bool deferred);
    /// Schedules Intra-cluster Maximum Login Time logouts of logins already stored.
    void scheduleStoredExpiries();

signals:
    void loginFinished(const EmResult &result);
    void logoutFinished(const EmResult &result);

private:
    /// How the lab clock lists a request in progress (simulation mode).
    TaskInfo requestInfo(const QString &deviceName, const QString &userId) const;
    /// The outcome of the PIN check made before a login is evaluated.
    struct PinCheck {
        bool matched = false;
        QString digest; ///< the digest checked against (a PIN changed meanwhile does not count)
    };
    /// The end user a phone login names (no events; nullptr when none or several).
    const EndUser *loginUser(const EmLoginRequest &request) const;
    void checkPin(const EmLoginRequest &request, bool now, std::function<void(const PinCheck &)> done);
    /// Checks @p secret against @p digests through the cache, then the verifier.
    void checkSecret(const QString &secret, const QStringList &digests, bool now, QObject *context,
                     std::function<void(const QList<bool> &)> done);
    int callerChecked(const QString &appId, const QStringList &digests, const QList<bool> &matched, const QStringList &forUserIds);
    /// Counts and logs a wrong (or locked) credential of @p userId; @p check is a
    /// Cluster::CredentialCheck other than Accepted.
    void noteCredentialRefused(CredentialKind kind, qint64 id, const QString &userId, int check, bool viaApi);
    void credentialUnlocked(CredentialKind kind, qint64 userId);
    EmResult precheck(const EmLoginRequest *login, const QString &deviceName) const;
    bool admit(EmResult *refused);
    void finish(bool isLogin, const EmResult &r, const Callback &done);
    EmResult evaluateLogin(const EmLoginRequest &request, const PinCheck &pin);
    EmResult evaluateLogout(const QString &deviceName);
    /// Logs the login on @p deviceId out for the engine itself (auto, roaming, timed logout).
    EmResult logoutDevice(qint64 deviceId, LabEvent::Type kind, Message why);
    void scheduleExpiry(qint64 deviceId, qint64 loginTime, qint64 expiresAt);
    bool isSuperUser(qint64 userId) const;
    void record(LabEvent::Type type, const EmResult &r, Message message = {});
    void publishLogout(qint64 userId, const QStringList &dns);
    /// Names of the phones @p userId is logged in on in this cluster.
    QStringList phonesOfUser(qint64 userId) const;
    void loginsUndone(const QList<EmLogin> &undone, const QList<EmLogin> &restored);
    EmResult failure(int code, const char *detail, QStringList args = {}) const;

    Cluster *m_cluster;
    Clock *m_clock;
    EventLog *m_events;
    Counters *m_counters;
    IlsNetwork *m_ils;
    Registrar *m_registrar;
    CredentialVerifier *m_verifier;
    qint64 m_processingMs = 0;
    CredentialCache m_cache;
    QHash<QString, CredentialStatus> m_unknownCallers; // lower-case appID → wrong tries (memory only)
    int m_inProgress = 0;
    QHash<qint64, QString> m_lastLogin; // device id → last user
    QHash<qint64, QString> m_apiCallers; // device id → EM API application user asking to log in or out
};
