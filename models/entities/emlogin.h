#pragma once

#include <QString>

/// One row of the dynamic Extension Mobility table: who is logged in on which phone, with
/// which profile, since when (lab time, ms).
struct EmLogin
{
    qint64 deviceId = 0;
    qint64 userId = 0;
    qint64 profileId = 0;
    qint64 loginTime = 0;
    qint64 expiresAt = 0; ///< 0 = no automatic logout
    bool operator==(const EmLogin &) const = default;
};
