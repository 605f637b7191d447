#include "labevent.h"

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
    case Type::IlsHeld: return QStringLiteral("ils-held");
    case Type::CredentialFailed: return QStringLiteral("credential-failed");
    case Type::CredentialLocked: return QStringLiteral("credential-locked");
    case Type::CredentialUnlocked: return QStringLiteral("credential-unlocked");
    case Type::DatabaseRefused: return QStringLiteral("database-refused");
    }
    return QString();
}
