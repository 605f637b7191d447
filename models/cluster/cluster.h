#pragma once

#include <QHash>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QString>

#include <functional>
#include <map>
#include <memory>
#include <optional>

#include "core/message.h"
#include "audit/auditentry.h"
#include "core/refusal.h"
#include "entities/accesscontrolgroup.h"
#include "entities/applicationuser.h"
#include "entities/credentialpolicy.h"
#include "entities/device.h"
#include "entities/emlogin.h"
#include "entities/enduser.h"
#include "entities/node.h"
#include "entities/phoneservice.h"

class ClusterDatabase;
class QTimer;

/// Names of the standard access control groups every cluster is seeded with.
namespace Groups {
inline const QString CcmEndUsers = QStringLiteral("Standard CCM End Users");
inline const QString CcmSuperUsers = QStringLiteral("Standard CCM Super Users");
inline const QString CcmAdminUsers = QStringLiteral("Standard CCM Admin Users");
inline const QString AxlApiUsers = QStringLiteral("Standard AXL API Users");
inline const QString EmProxyRights = QStringLiteral("Standard EM Authentication Proxy Rights");
inline const QString RoamingSuperUsers = QStringLiteral("Standard EM Roaming Across Clusters Super Users");
QStringList standardGroups();
/// What the console shows for group @p name: a standard group's name translated (クラスタ間標準
/// EM ローミング スーパーユーザー), any other name as it is. Groups are stored and looked up
/// under their English names.
QString displayName(const QString &name);
}

/// Device and user locales a cluster offers.
namespace Locales {
inline const QString English = QStringLiteral("English United States");
inline const QString Japanese = QStringLiteral("Japanese Japan");
QStringList all();
}

/// One Unified CM cluster of the lab: its nodes and their services, and everything an
/// administrator configures there, kept in the cluster's own SQLite database.
///
/// Every change is validated with the rules a real cluster enforces; a refused change returns
/// a Refusal naming the field and the rule and changes nothing. Accepted changes are written
/// to the database first, then to the in-memory copy, then announced with a fine-grained
/// signal so item models can map them to insert/remove/dataChanged.
class Cluster : public QObject
{
    Q_OBJECT
public:
    enum class Entity { PhoneService, Device, EndUser, ApplicationUser, AccessControlGroup };
    Q_ENUM(Entity)
    struct ServiceState {
        bool activated = false;
        bool running = false;
    };

    Cluster(QString name, QList<Node> nodes, QObject *parent = nullptr);
    ~Cluster() override;

    /// May open() make a new database where the file is missing or empty (0 bytes)?
    enum class OpenMode { ExistingOnly, CreateIfMissing };
    /// Opens the cluster's database, seeding it as a fresh installation when it is new. A file
    /// that is damaged, newer, missing or empty (with ExistingOnly) is refused and left as it
    /// is; openError() then says why, naming the cluster and the file.
    bool open(const QString &databasePath, QString *error, OpenMode mode = OpenMode::CreateIfMissing);
    Message openError() const;
    /// The last open() failed because another program (another console) holds the database.
    bool isDatabaseInUse() const;
    void close();
    QString databasePath() const;
    /// Writes a consistent copy of the cluster's database to @p path (a new file), after
    /// committing the grouped login writes (Save Snapshot…).
    bool backupDatabase(const QString &path, QString *error);

    QString name() const { return m_name; }
    QString clusterId() const;
    /// Lets the lab refuse a Cluster ID another cluster already uses.
    void setClusterIdInUse(std::function<bool(const QString &)> inUse) { m_clusterIdInUse = std::move(inUse); }

    // ---- nodes and services ------------------------------------------------------------------
    const QList<Node> &nodes() const { return m_nodes; }
    const Node &publisher() const;
    const Node *node(const QString &hostName) const;
    bool isNodeUp(const QString &hostName) const;
    /// A cluster is up while any of its nodes is up.
    bool isUp() const;
    Refusal setNodeUp(const QString &hostName, bool up);
    /// Takes every node down, or brings every node up.
    Refusal setUp(bool up);
    ServiceState serviceState(const QString &hostName, const QString &service) const;
    /// Running now: activated, started, and its node is up.
    bool isServiceRunning(const QString &hostName, const QString &service) const;
    /// Running on at least one node of the cluster.
    bool isServiceRunningAnywhere(const QString &service) const;
    Refusal setServiceActivated(const QString &hostName, const QString &service, bool activated);
    Refusal setServiceRunning(const QString &hostName, const QString &service, bool running);

    // ---- configuration: reads ----------------------------------------------------------------
    /// Ids of every record of @p entity, in id order (cheap: no record is copied).
    QList<qint64> ids(Entity entity) const;
    QList<PhoneService> phoneServices() const;
    const PhoneService *phoneService(qint64 id) const;
    const PhoneService *phoneServiceByName(const QString &name) const;
    /// Ids of the services every phone has (Enterprise Subscription), in id order.
    QList<qint64> enterpriseSubscriptions() const;
    QList<Device> devices() const;
    QList<Device> phones() const;
    QList<Device> deviceProfiles() const;
    const Device *device(qint64 id) const;
    const Device *deviceByName(const QString &name) const;
    /// The device or profile that owns directory number @p dn in this cluster.
    const Device *deviceForDn(const QString &dn) const;
    QList<EndUser> endUsers() const;
    int endUserCount() const { return int(m_users.size()); }
    const EndUser *endUser(qint64 id) const;
    const EndUser *endUserByUserId(const QString &userId) const;
    QList<ApplicationUser> applicationUsers() const;
    const ApplicationUser *applicationUser(qint64 id) const;
    const ApplicationUser *applicationUserByUserId(const QString &userId) const;
    QList<AccessControlGroup> accessControlGroups() const;
    const AccessControlGroup *accessControlGroup(qint64 id) const;
    const AccessControlGroup *accessControlGroupByName(const QString &name) const;
    bool isEndUserInGroup(qint64 userId, const QString &groupName) const;
    bool isApplicationUserInGroup(qint64 userId, const QString &groupName) const;
    QStringList groupsOfEndUser(qint64 userId) const;

    QString serviceParameter(const QString &service, const QString &name) const;
    QString enterpriseParameter(const QString &name) const;

    // ---- configuration: changes --------------------------------------------------------------
    /// Adds (id 0) or updates a phone service.
    Refusal savePhoneService(PhoneService &service);
    Refusal deletePhoneService(qint64 id);
    /// Adds (id 0) or updates a phone or device profile.
    Refusal saveDevice(Device &device);
    Refusal deleteDevice(qint64 id);
    /// Adds (id 0) or updates an end user. A non-empty @p newPin / @p newPassword replaces the
    /// stored digest; a new user needs a PIN, or a PIN digest already in @p user (bulk
    /// provisioning, which cannot afford one PBKDF2 derivation per user).
    Refusal saveEndUser(EndUser &user, const QString &newPin = {}, const QString &newPassword = {});
    Refusal deleteEndUser(qint64 id);
    Refusal saveApplicationUser(ApplicationUser &user, const QString &newPassword = {});
    Refusal deleteApplicationUser(qint64 id);
    Refusal saveAccessControlGroup(AccessControlGroup &group);
    Refusal deleteAccessControlGroup(qint64 id);
    Refusal addEndUserToGroup(const QString &groupName, qint64 userId);
    Refusal removeEndUserFromGroup(const QString &groupName, qint64 userId);
    Refusal addApplicationUserToGroup(const QString &groupName, qint64 userId);
    Refusal setServiceParameter(const QString &service, const QString &name, const QString &value);
    Refusal setEnterpriseParameter(const QString &name, const QString &value);

    // ---- credential policy (User Management › User Settings › Credential Policy Default) ----
    CredentialPolicy credentialPolicy(CredentialKind kind) const;
    /// Failed Logon 0–100 (0 = no limit), Reset Failed Logon Attempts Every 1–120 minutes,
    /// Lockout Duration 1–1440 minutes (or Administrator Must Unlock).
    Refusal saveCredentialPolicy(const CredentialPolicy &policy);
    /// A user's credential as it stands at lab time @p now (an expired lock or a stale count of
    /// wrong tries no longer shows). @p userId is an end user's id, or an application user's
    /// for ApplicationUserPassword.
    CredentialStatus credentialStatus(CredentialKind kind, qint64 userId, qint64 now) const;
    bool isCredentialLocked(CredentialKind kind, qint64 userId, qint64 now) const;
    enum class CredentialCheck {
        Accepted, ///< the right credential, not locked: the count of wrong tries starts again
        Refused,  ///< wrong, counted
        LockedNow,///< wrong, and this try reached Failed Logon: the credential is locked now
        Locked    ///< locked before this try: refused whatever was entered, not counted
    };
    /// Applies the policy to a credential check that found @p matched at lab time @p now and
    /// stores the new count and lock (they survive a restart).
    CredentialCheck recordCredentialCheck(CredentialKind kind, qint64 userId, bool matched, qint64 now);
    /// Administrator's Unlock: clears the lock and the count of wrong tries.
    Refusal unlockCredential(CredentialKind kind, qint64 userId);

    // ---- Extension Mobility state ------------------------------------------------------------
    QList<EmLogin> emLogins() const;
    const EmLogin *loginOnDevice(qint64 deviceId) const;
    QList<EmLogin> loginsOfUser(qint64 userId) const;
    /// Records a login (the engine decides whether it is allowed).
    ///
    /// Logins and logouts are group-committed: the change is written at once inside a
    /// transaction that stays open until control returns to the event loop (or
    /// MaxGroupedWrites changes wait), then committed for every request of that pass in one go.
    /// Whoever answers a phone or an API client waits for whenSaved(); a commit that fails
    /// undoes the grouped logins and logouts in memory too (loginsUndone()).
    Refusal recordLogin(const EmLogin &login);
    Refusal recordLogout(qint64 deviceId);
    static constexpr int MaxGroupedWrites = 256;
    /// Calls @p done(true) once every change made so far is committed — at once when nothing
    /// waits — or done(false) if that commit failed and the changes were undone. Not called if
    /// @p context is destroyed first.
    void whenSaved(QObject *context, std::function<void(bool saved)> done);
    /// Commits the grouped changes now. False if the commit failed (the changes are undone).
    bool commitGroupedWrites();
    bool hasGroupedWrites() const { return m_grouped; }

    /// Fault injection: the cluster's database fails every request (EM error 6).
    void setDatabaseFailing(bool failing);
    bool isDatabaseFailing() const;

    /// Runs @p changes (calls to the save/delete functions above) as one transaction (the bulk
    /// transaction below): when @p changes returns a refusal, or the commit fails, everything it
    /// changed is undone — in the database and in memory — and each record it touched is
    /// announced again as it is now (entityAdded/Changed/Removed), so views follow. All or
    /// nothing, and on disk (synchronous=FULL) before it returns.
    Refusal transaction(const std::function<Refusal()> &changes);

    /// The Unified CM release the cluster runs ("12.5(1)SU2"); the lab keeps it in lab.json.
    QString release() const { return m_release; }
    void setRelease(const QString &release) { m_release = release; }

    /// The one way to write many changes in one transaction (Copy to Clusters through
    /// transaction(), Bulk Administration, provisioning, benchmarks). EM logins and logouts
    /// that happen meanwhile join the open transaction but are not part of it: if it is rolled
    /// back they are written again, with their audit entries.
    bool beginBulk();
    /// endBulk(true) without announcing anything (provisioning).
    bool commitBulk();
    /// What views hear when a bulk transaction ends.
    enum class Announce {
        Reload,     ///< bulkImported(): views reload once (Bulk Administration)
        EachRecord, ///< on rollback, entityAdded/Changed/Removed per record that differs
        Nothing
    };
    /// Ends beginBulk(): commits when @p keep, otherwise (or when the commit fails) rolls back
    /// and reloads what the database has, undoing the in-memory changes too. False when
    /// changes were to be kept but could not be.
    bool endBulk(bool keep, Announce announce = Announce::Reload);
    /// endBulk() whose COMMIT (and the WAL checkpoint it may bring) runs on a worker thread,
    /// so the window does not stall on a large one; @p done(saved) runs on this thread after.
    /// Until then the cluster refuses another bulk transaction, and any other database access
    /// waits for the commit first.
    void endBulkInBackground(bool keep, QObject *context, std::function<void(bool saved)> done);
    bool isBulk() const { return m_bulk; }
    /// Makes room in the indexes for @p devices more devices and @p users more end users (a
    /// bulk job that knows its size grows them once rather than rehashing them as it goes).
    void reserve(int devices, int users);
    /// Bulk Administration: adds users[i] with profiles[i] as its one controlled and default
    /// profile, in one transaction. Names, DNs and user IDs are checked for uniqueness against
    /// indexes only (fast for thousands of rows); @p pinDigest is stored for every user as is
    /// (a CredentialHasher digest), so provisioning does not pay PBKDF2 per user. Emits one
    /// bulkImported() instead of a signal per entity. All or nothing.
    Refusal bulkAddUsersWithProfiles(QList<Device> profiles, QList<EndUser> users, const QString &pinDigest);

    // ---- audit log ---------------------------------------------------------------------------
    /// Who makes the changes from now on (the console's administrator on a page by default).
    void setActor(const AuditActor &actor) { m_actor = actor; }
    AuditActor actor() const { return m_actor; }
    /// The lab clock that stamps audit entries (lab time; 0 without one).
    void setLabTime(std::function<qint64()> now) { m_labTime = std::move(now); }
    /// Reporting › Audit Log: every change written to this cluster, oldest first.
    QList<AuditEntry> auditLog() const;
    /// Makes @p actor the one who changes @p cluster for the scope, then restores the previous.
    class Acting
    {
    public:
        Acting(Cluster *cluster, const AuditActor &actor) : m_cluster(cluster), m_previous(cluster ? cluster->actor() : AuditActor{})
        {
            if (cluster)
                cluster->setActor(actor);
        }
        ~Acting()
        {
            if (m_cluster)
                m_cluster->setActor(m_previous);
        }
        Acting(const Acting &) = delete;
        Acting &operator=(const Acting &) = delete;

    private:
        QPointer<Cluster> m_cluster;
        AuditActor m_previous;
    };

signals:
    void entityAdded(Cluster::Entity entity, qint64 id);
    void entityChanged(Cluster::Entity entity, qint64 id);
    void entityRemoved(Cluster::Entity entity, qint64 id);
    void serviceStateChanged(const QString &hostName, const QString &service);
    void nodeStateChanged(const QString &hostName, bool up);
    void parameterChanged(const QString &service, const QString &name);
    void loginChanged(qint64 deviceId);
    /// A grouped commit failed: @p undone logins are gone again, @p restored ones (logged out
    /// in that group) are back, as the database has them.
    void loginsUndone(const QList<EmLogin> &undone, const QList<EmLogin> &restored);
    void bulkImported();
    /// A user's count of wrong tries or lock changed (recordCredentialCheck(), Unlock).
    void credentialStatusChanged(CredentialKind kind, qint64 userId);
    void credentialPolicyChanged(CredentialKind kind);
    /// An administrator cleared a credential's lock and wrong tries.
    void credentialUnlocked(CredentialKind kind, qint64 userId);
    /// A change was written with its audit entry.
    void audited();

private:
    bool seed(QString *error);
    void load();
    Refusal databaseRefusal() const;
    bool write(const std::function<bool()> &change);
    /// write() that also records @p entry (stamped with the actor and the time) in the same
    /// transaction: the one place the audit log is written. An entry without an action logs nothing.
    bool write(const std::function<bool()> &change, const AuditEntry &entry);
    bool logAudit(const AuditEntry &entry);
    /// write() for one-statement EM changes, joining the open group commit.
    bool writeGrouped(const std::function<bool()> &change, const AuditEntry &entry = {});
    /// Rolls the group back and puts the logins it changed back as they were.
    void undoGroupedWrites();
    void rememberForUndo(qint64 deviceId);
    void undoBulk(Announce announce);
    void notifySaveWaiters(bool saved);
    Refusal validatePhoneService(const PhoneService &s) const;
    Refusal validateDevice(Device &d) const;
    Refusal validateEndUser(const EndUser &u) const;
    void reindexDevice(const Device *old, const Device &now);

    QString m_name;
    QString m_release;
    QList<Node> m_nodes;
    std::unique_ptr<ClusterDatabase> m_db;
    std::function<bool(const QString &)> m_clusterIdInUse;
    AuditActor m_actor;
    std::function<qint64()> m_labTime;
    bool m_bulk = false;
    bool m_committing = false;    // endBulkInBackground() is committing
    bool m_besideBulk = false;    // writeGrouped() is writing into an open bulk transaction
    QList<AuditEntry> m_auditBesideBulk; // its audit entries, written again if the bulk is rolled back
    bool m_grouped = false; // a transaction of grouped EM writes is open
    int m_groupedWrites = 0;
    QTimer *m_commitTimer = nullptr;
    struct SaveWaiter {
        QPointer<QObject> context;
        std::function<void(bool)> done;
    };
    QList<SaveWaiter> m_saveWaiters;
    QHash<qint64, std::optional<EmLogin>> m_groupUndo; // device → its login before the group

    QHash<QString, bool> m_nodeUp;
    QHash<QString, ServiceState> m_serviceStates; // key host + '\n' + service
    QHash<QString, QString> m_enterpriseParameters;
    QHash<QString, QString> m_serviceParameters;
    std::map<qint64, PhoneService> m_services;
    std::map<qint64, Device> m_devices;
    QHash<QString, qint64> m_deviceByName; // deviceKey(name)
    QHash<QString, qint64> m_deviceByDn;
    std::map<qint64, EndUser> m_users;
    QHash<QString, qint64> m_userByUserId; // lower-case user ID
    std::map<qint64, ApplicationUser> m_appUsers;
    std::map<qint64, AccessControlGroup> m_groups;
    std::map<qint64, EmLogin> m_logins; // by device id
    QHash<int, CredentialPolicy> m_credentialPolicies;            // by CredentialKind
    QHash<QPair<int, qint64>, CredentialStatus> m_credentialStatus; // (kind, user id) → status
};
