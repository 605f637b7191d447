#include "credentiallockout.h"

namespace CredentialLockout {

qint64 unlocksAt(const CredentialPolicy &policy, const CredentialStatus &status)
{
    if (policy.adminMustUnlock)
        return -1;
    return status.lockedAt + qint64(policy.lockoutMinutes) * 60'000;
}

CredentialStatus effective(const CredentialPolicy &policy, CredentialStatus status, qint64 now)
{
    if (status.locked) {
        const qint64 until = unlocksAt(policy, status);
        if (until < 0 || now < until)
            return status;
        status = {};
        return status;
    }
    if (status.failedCount > 0 && now - status.lastFailedAt >= qint64(policy.resetMinutes) * 60'000)
        status = {};
    return status;
}

bool isLocked(const CredentialPolicy &policy, const CredentialStatus &status, qint64 now)
{
    return effective(policy, status, now).locked;
}

CredentialStatus afterFailure(const CredentialPolicy &policy, const CredentialStatus &status, qint64 now)
{
    CredentialStatus s = effective(policy, status, now);
    if (s.locked)
        return s;
    ++s.failedCount;
    s.lastFailedAt = now;
    if (policy.failedLogon > 0 && s.failedCount >= policy.failedLogon) {
        s.locked = true;
        s.lockedAt = now;
    }
    return s;
}

} // namespace CredentialLockout
