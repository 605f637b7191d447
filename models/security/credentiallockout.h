#pragma once

#include "entities/credentialpolicy.h"

/// Unified CM's lockout rules for one credential, as pure functions of lab time:
/// - a wrong credential counts; the count starts again once Reset Failed Logon Attempts Every
///   has passed since the last wrong try;
/// - reaching Failed Logon locks the credential (0 = No Limit for Failed Logons);
/// - a lock ends after Lockout Duration, or only by an administrator's Unlock when
///   Administrator Must Unlock is checked;
/// - while locked, even the right credential is refused and tries are not counted.
namespace CredentialLockout {

/// @p status as it stands at @p now: an expired lock and a stale count are gone.
CredentialStatus effective(const CredentialPolicy &policy, CredentialStatus status, qint64 now);
bool isLocked(const CredentialPolicy &policy, const CredentialStatus &status, qint64 now);
/// After a wrong credential at @p now (not locked before).
CredentialStatus afterFailure(const CredentialPolicy &policy, const CredentialStatus &status, qint64 now);
/// When a lock that is in force ends (lab time), or -1 if only an administrator can end it.
qint64 unlocksAt(const CredentialPolicy &policy, const CredentialStatus &status);

} // namespace CredentialLockout
