#pragma once

#include <QList>
#include <QString>

/// User Management › User Settings › Access Control Group.
struct AccessControlGroup
{
    qint64 id = 0;
    QString name;
    bool standard = false; ///< standard groups cannot be deleted or renamed
    QList<qint64> endUsers;
    QList<qint64> applicationUsers;
    bool operator==(const AccessControlGroup &) const = default;
};
