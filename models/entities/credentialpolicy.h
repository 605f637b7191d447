#pragma once

#include <QString>

/// The credentials a credential policy governs (User Management › User Settings › Credential
/// Policy Default lists one row for each).
enum class CredentialKind { EndUserPin, EndUserPassword, ApplicationUserPassword };

/// The lockout part of a Unified CM credential policy. Unified CM's "Default Credential Policy"
/// values are the defaults here (see docs/credential-policy.md).
struct CredentialPolicy
{
    static constexpr int DefaultFailedLogon = 3;
    static constexpr int DefaultResetMinutes = 30;
    static constexpr int DefaultLockoutMinutes = 30;

    CredentialKind kind = CredentialKind::EndUserPin;
    int failedLogon = DefaultFailedLogon;       ///< 1–100 wrong tries lock the credential; 0 = No Limit for Failed Logons
    int resetMinutes = DefaultResetMinutes;     ///< Reset Failed Logon Attempts Every (1–120 min after the last wrong try)
    int lockoutMinutes = DefaultLockoutMinutes; ///< Lockout Duration (1–1440 min)
    bool adminMustUnlock = false;               ///< Administrator Must Unlock: no automatic unlock

    /// The name of the policy every credential uses in this lab.
    static QString defaultPolicyName() { return QStringLiteral("Default Credential Policy"); }
    bool operator==(const CredentialPolicy &) const = default;
};

/// What the cluster remembers of one user's credential: wrong tries and the lock (lab time).
struct CredentialStatus
{
    int failedCount = 0;
    qint64 lastFailedAt = 0;
    bool locked = false;
    qint64 lockedAt = 0;
    bool operator==(const CredentialStatus &) const = default;
};
