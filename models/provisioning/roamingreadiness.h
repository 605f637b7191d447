#pragma once

#include <QList>
#include <QString>

#include "core/message.h"
#include "provisioning/clustercopy.h"

class Lab;

/// One problem Roaming Readiness found: where, what, why it matters (the words of the
/// feature's documentation), the page that fixes it, and — when a copy from another cluster
/// fixes it safely — that copy.
struct ReadinessFinding
{
    enum class Check {
        UserMissing,        ///< a super user is not an end user of the cluster
        NotSuperUser,       ///< … not in Standard EM Roaming Across Clusters Super Users there
        NoProfile,          ///< … controls no device profile there
        HomeCluster,        ///< Home Cluster checked on no cluster, or on more than one
        DnCollision,        ///< a DN of the user's profile is another device's DN
        EmServiceStopped,   ///< Cisco Extension Mobility runs on no node
        IlsNotActivated,    ///< Cisco Intercluster Lookup Service not activated on the publisher
        IlsUnreachable,     ///< not in the ILS network, or a spoke whose hub is missing / no hub
        NoEmPhoneService,   ///< no phone service pointing at EMApp
        EmPhoneServiceUrl,  ///< the EM service URL lacks #DEVICENAME# or reaches no running EMApp
        NotSubscribed,      ///< an EM-enabled phone or a super user's profile does not subscribe
        Release,            ///< Unified CM older than 12.0(1)SU1
    };
    Check check = Check::UserMissing;
    QString cluster;
    QString record;   ///< user ID, device, service or server the finding is about
    Message problem;  ///< what is wrong
    Message why;      ///< why it matters, in the documentation's words
    QString page;     ///< the key of the page that fixes it (Go)
    qint64 recordId = 0; ///< the record to open on that page (0: the Find and List)
    // the safe fix: copy fixRoot/fixId from cluster fixFrom to this cluster
    QString fixFrom;
    ClusterCopy::Root fixRoot = ClusterCopy::Root::EndUser;
    qint64 fixId = 0;

    bool canFix() const { return fixId != 0; }
    /// Identifies the finding across two runs ("what did this save break?").
    QString key() const;
};

/// Lab › Roaming Readiness and `emroam --check`: for every super user (a member of Standard EM
/// Roaming Across Clusters Super Users on any cluster) and every cluster, checks what the
/// feature's prerequisites and task flow require — the user, the group membership and a device
/// profile on every cluster, exactly one home cluster, DNs unique across the uniform dial plan,
/// the services (Cisco Extension Mobility running, ILS activated on the publisher, every
/// cluster reachable in the ILS network), an Extension Mobility phone service whose URL names
/// #DEVICENAME# and reaches a running EMApp with phones and profiles subscribed, and a Unified CM
/// release of 12.0(1)SU1 or later. An empty list means ready.
class RoamingReadiness
{
public:
    explicit RoamingReadiness(const Lab *lab);

    QList<ReadinessFinding> findings() const;
    /// User IDs of the super users, sorted.
    QStringList superUsers() const;
    /// The findings as text lines, one per finding (cluster, record, problem, why, page), in
    /// English or the console's language.
    static QStringList report(const QList<ReadinessFinding> &findings, bool english);

private:
    void checkUser(const QString &userId, QList<ReadinessFinding> &out) const;
    void checkCluster(int index, QList<ReadinessFinding> &out) const;

    const Lab *m_lab;
};
