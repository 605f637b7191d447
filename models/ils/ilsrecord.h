#pragma once

#include <QString>
#include <QStringList>

/// One replicated ILS fact as a cluster knows it: where a directory number is registered now
/// (key "d:<dn>"), or where a super user is logged in now (key "u:<userid>"). Each update
/// carries an update sequence number; the newest (usn, origin) wins everywhere.
struct IlsRecord
{
    QString cluster;     ///< where the DN/user is now; empty = nowhere
    QStringList devices; ///< phones there with the DN / the user's login; empty = not registered
    quint64 usn = 0;
    QString origin;      ///< the cluster that made this update

    bool newerThan(const IlsRecord &other) const
    {
        return usn != other.usn ? usn > other.usn : origin > other.origin;
    }
    bool sameState(const IlsRecord &other) const { return cluster == other.cluster && devices == other.devices; }

    static QString dnKey(const QString &dn) { return QStringLiteral("d:") + dn; }
    static QString userKey(const QString &userId) { return QStringLiteral("u:") + userId.toLower(); }
};
