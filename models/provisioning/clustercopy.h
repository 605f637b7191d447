#pragma once

#include <QList>
#include <QString>

#include "core/message.h"
#include "core/refusal.h"

class Cluster;

/// One line of a Copy to Clusters preview: what happens to one record in one target cluster.
struct CopyStep
{
    enum class Action { Create, Update, Delete, Conflict, Unchanged };
    enum class Record { PhoneService, DeviceProfile, EndUser, GroupMembership };
    Action action = Action::Unchanged;
    Record record = Record::EndUser;
    QString name;                 ///< service name, profile name, user ID or group name
    QList<const char *> fields;   ///< Update: the fields that differ (QT_TRANSLATE_NOOP("ClusterCopy", …))
    Message detail;               ///< why (a conflict, a record left alone), or what is written
};

/// The preview of one target cluster.
struct CopyPlan
{
    QString cluster;
    QList<CopyStep> steps;
    bool hasConflict() const;
    /// Something would be created, updated or deleted.
    bool changesSomething() const;
    /// A new end user would be created, so a PIN is needed.
    bool needsPin() const;
};

/// Copy to Clusters (and Delete from Clusters): the feature needs the same users, device
/// profiles and phone services on every cluster, and Unified CM leaves copying them to the
/// administrator. A copy carries the record and what it depends on — an end user brings the
/// device profiles it controls (with their lines) and the phone services they subscribe to,
/// and its access control group memberships; a device profile brings its phone services.
///
/// plan() says, per target cluster and before anything is written, what would be created,
/// updated, deleted, what conflicts (a directory number owned by another device there, a name
/// used by another kind of record) and what is left alone; apply() writes one cluster in one
/// transaction, all or nothing. Records are matched by name (User ID, profile name, service
/// name, group name); Home Cluster is never copied (a new copy has it unchecked), and
/// services that already exist in the target are left as they are (their URLs name the
/// target's own servers). A service URL that names a server of the source cluster is rewritten
/// to the matching server of the target.
class ClusterCopy
{
public:
    enum class Root { EndUser, DeviceProfile, PhoneService };
    enum class Mode { Copy, Delete };

    ClusterCopy(const Cluster *source, Root root, qint64 id, Mode mode = Mode::Copy);

    const Cluster *source() const { return m_source; }
    Root root() const { return m_root; }
    Mode mode() const { return m_mode; }
    /// The name of the record copied (User ID, profile or service name); empty when gone.
    QString rootName() const;

    CopyPlan plan(const Cluster *target) const;
    /// Copies (or deletes) to @p target in one transaction, using @p pin for a new end user.
    /// Refuses, writing nothing, when the plan has a conflict or the cluster refuses a step.
    Refusal apply(Cluster *target, const QString &pin = {}) const;

    /// The service URL of the source rewritten for @p target (servers matched by position).
    QString urlFor(const QString &url, const Cluster *target) const;

private:
    void planService(const Cluster *target, qint64 serviceId, bool isRoot, CopyPlan &plan) const;
    void planProfile(const Cluster *target, qint64 profileId, CopyPlan &plan) const;
    void planUser(const Cluster *target, CopyPlan &plan) const;
    void planDelete(const Cluster *target, CopyPlan &plan) const;
    QList<qint64> servicesToCopy() const;
    QList<qint64> profilesToCopy() const;
    Refusal write(Cluster *target, const QString &pin) const;
    Refusal writeService(Cluster *target, qint64 serviceId, bool isRoot) const;
    Refusal writeProfile(Cluster *target, qint64 profileId) const;
    Refusal writeUser(Cluster *target, const QString &pin) const;
    Refusal writeDelete(Cluster *target) const;

    const Cluster *m_source;
    Root m_root;
    qint64 m_id;
    Mode m_mode;
};
