#pragma once

#include <QString>
#include <QStringList>

/// One replicated ILS fact as a cluster knows it: where a directory number is registered now
/// (key "d:<dn>"), or where a super user is logged in now (key "u:<userid>").
///
/// A record belongs to a *claim*: the login (or the first advertisement of a DN) that made
/// @c cluster the place of the key, stamped with a lab-wide logical time. Later changes on that
/// cluster (another phone of the same user, a logout) are updates of the same claim with a newer
/// @c usn. The newest claim wins everywhere, and within one claim the newest update, so a
/// logout that follows a login elsewhere still carries the news of that login: a cluster whose
/// own login is older logs it out, whatever else it missed. A logout from a cluster whose claim
/// was overtaken changes nothing.
struct IlsRecord
{
    QString cluster;     ///< the cluster of the claim: where the DN/user is (or was last)
    QStringList devices; ///< phones there with the DN / the user's login; empty = not registered / logged out
    quint64 usn = 0;     ///< lab-wide logical time of this update
    QString origin;      ///< the cluster that made this update
    quint64 claim = 0;   ///< lab-wide logical time of the login that made @c cluster the place

    /// A claim newer than @p other's, or a newer update of the same claim.
    bool newerThan(const IlsRecord &other) const
    {
        if (claim != other.claim)
            return claim > other.claim;
        if (cluster != other.cluster)
            return cluster > other.cluster;
        return usn != other.usn ? usn > other.usn : origin > other.origin;
    }
    bool sameState(const IlsRecord &other) const { return cluster == other.cluster && devices == other.devices; }
    /// Logged in / registered somewhere.
    bool isPresent() const { return !cluster.isEmpty() && !devices.isEmpty(); }

    static QString dnKey(const QString &dn) { return QStringLiteral("d:") + dn; }
    static QString userKey(const QString &userId) { return QStringLiteral("u:") + userId.toLower(); }
};
