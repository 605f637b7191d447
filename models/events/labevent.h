#pragma once

#include <QMetaType>
#include <QString>

#include "core/message.h"

/// One entry of the lab's event stream: what happened, when (lab time, ms), where, and a
/// message translated on demand.
struct LabEvent
{
    enum class Type {
        Login,           ///< successful EM login
        LoginFailed,     ///< refused EM login (code set)
        Logout,          ///< logout asked for by the user or an API client
        LogoutFailed,
        AutoLogout,      ///< Multiple Login Behavior = Auto Logout logged an earlier login out
        RoamingLogout,   ///< a super user logged in on another cluster; this cluster logged them out
        DeferredLogout,  ///< the same, done late because this cluster was down or isolated
        TimedLogout,     ///< Intra-cluster Maximum Login Time reached
        Registration,    ///< a phone registered or unregistered
        IlsSent,
        IlsApplied,
        IlsSync,         ///< a sync started (EM login/logout, super-user group change, rejoin)
        IlsWarning,      ///< topology past Cisco's recommended limits, DN defined twice
        CallAttempt,
        CallRinging,
        CallFailed,
        CallAnswered,
        CallEnded,
        ServiceState,
        NodeState,
        ClusterState,
        Fault,           ///< injected by a trainer (database failing)
        Throttled,       ///< EM request refused with 26
        IlsHeld,         ///< ILS updates wait for a cluster that cannot send or receive now
        CredentialFailed,  ///< a wrong password or PIN in an EM API request (phones: LoginFailed 201)
        CredentialLocked,  ///< wrong tries reached the credential policy's Failed Logon: locked
        CredentialUnlocked, ///< an administrator unlocked a credential
        DatabaseRefused  ///< a cluster's database was refused when the lab opened (missing, empty, damaged, newer)
    };

    qint64 time = 0;
    Type type = Type::Login;
    QString cluster;
    QString device;
    QString user;
    QString peer;   ///< the other cluster of an ILS message or a call
    int code = 0;   ///< EM code for logins/logouts, 0 otherwise
    Message message;

    /// Stable lower-case name of the type ("login", "ils-applied", …) for logs and scripts.
    static QString typeName(Type type);
};

Q_DECLARE_METATYPE(LabEvent)
