#pragma once

#include <QList>
#include <QString>

/// User Management › End User.
struct EndUser
{
    qint64 id = 0;
    QString userId;
    QString firstName;
    QString lastName;
    QString pinHash;       ///< PBKDF2 digest (see CredentialHasher); never the PIN
    QString passwordHash;
    QString selfServiceId;
    QString primaryExtension;
    QList<qint64> controlledProfiles;
    qint64 defaultProfileId = 0;
    bool homeCluster = false;
    QString locale = QStringLiteral("English United States");

    QString displayName() const;
    bool operator==(const EndUser &) const = default;
};

inline QString EndUser::displayName() const
{
    const QString full = QString(firstName + QLatin1Char(' ') + lastName).trimmed();
    return full.isEmpty() ? userId : full;
}
