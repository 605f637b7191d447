#pragma once

#include <QString>

/// User Management › Application User: the callers of the Extension Mobility API.
struct ApplicationUser
{
    qint64 id = 0;
    QString userId;
    QString passwordHash;
    bool operator==(const ApplicationUser &) const = default;
};
