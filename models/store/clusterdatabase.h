#pragma once

#include <QHash>
#include <QList>
#include <QPointer>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>

#include <functional>
#include <memory>
#include <unordered_map>

struct sqlite3;
struct sqlite3_stmt;
class QThread;

#include "core/message.h"
#include "audit/auditentry.h"
#include "entities/accesscontrolgroup.h"
#include "entities/applicationuser.h"
#include "entities/credentialpolicy.h"
#include "entities/device.h"
#include "entities/emlogin.h"
#include "entities/enduser.h"
#include "entities/phoneservice.h"

/// One cluster's SQLite database (QSQLITE, a named connection per cluster, WAL journal,
/// foreign keys on). The only place in the project that speaks SQL. Every statement uses
/// bound parameters; the schema is versioned with PRAGMA user_version and migrated inside a
/// transaction.
///
/// Reads load whole tables (the Cluster keeps them in memory); writes go through here first,
/// so a change that the database refuses changes nothing.
///
/// Opening an existing file is decided read-only first: the schema version, PRAGMA
/// quick_check and the tables are checked on a read-only connection, so a file this build
/// refuses (newer, damaged) is left exactly as it was. A missing or empty (0-byte) file becomes
/// a new database only when the caller allows it.
class ClusterDatabase
{
public:
    static constexpr int SchemaVersion = 4;

    /// May open() create a new database where the file is missing or empty?
    enum class Creation { Refuse, Allow };
    /// Why open() failed.
    enum class OpenProblem { None, Missing, Empty, Locked, NotADatabase, Damaged, NewerSchema, Failed };
    /// How a transaction's COMMIT reaches the disk (see docs/durability.md).
    enum class Sync {
        Normal, ///< synchronous=NORMAL in WAL: survives a crash of the process; the disk gets it at the next checkpoint
        Full    ///< synchronous=FULL: the WAL is fsynced before COMMIT returns (survives power loss)
    };

    struct ServiceStateRow {
        QString host;
        QString service;
        bool activated = false;
        bool running = false;
    };
    struct CredentialStatusRow {
        CredentialKind kind = CredentialKind::EndUserPin;
        qint64 userId = 0; ///< end_user or app_user id, by kind
        CredentialStatus status;
    };

    /// @p clusterName names the cluster in error messages.
    explicit ClusterDatabase(QString connectionName, QString clusterName = {});
    ~ClusterDatabase();
    ClusterDatabase(const ClusterDatabase &) = delete;
    ClusterDatabase &operator=(const ClusterDatabase &) = delete;

    /// Opens and migrates to @p targetVersion (tests create older files). A missing or empty
    /// file is created only with Creation::Allow.
    bool open(const QString &path, int targetVersion = SchemaVersion, Creation creation = Creation::Allow);
    /// The last open() made a new database (it needs seeding).
    bool wasCreated() const { return m_created; }
    OpenProblem openProblem() const { return m_problem; }
    /// Why the last open() failed, naming the cluster and the file (translated when shown).
    Message openError() const { return m_openError; }
    void close();
    bool isOpen() const;
    QString path() const { return m_path; }
    int schemaVersion();
    QString lastError() const { return m_lastError; }
    /// Writes a consistent copy of the open database to @p path (VACUUM INTO: one read
    /// transaction, so a copy never holds half a change); @p path must not exist yet. Commit or
    /// roll back any open transaction first.
    bool backupTo(const QString &path);
    /// Looks at the database file @p path read-only, as open() does before it writes anything
    /// (schema version, PRAGMA quick_check, the tables), and says what is wrong with it, naming
    /// @p clusterName and the file; an empty message when it would open. The file is left as it is.
    static Message inspect(const QString &path, const QString &clusterName);

    /// Fault injection: while set, every read and write fails as a broken database would.
    void setFailing(bool failing) { m_failing = failing; }
    bool isFailing() const { return m_failing; }

    bool transaction(Sync sync = Sync::Normal);
    bool commit();
    void rollback();
    /// commit() on a worker thread (a large transaction's COMMIT and the WAL checkpoint it
    /// brings take tens of milliseconds): @p done(saved) is queued to @p context's thread
    /// afterwards. Any call on this database meanwhile first waits for the commit to end.
    void commitInBackground(QObject *context, std::function<void(bool saved)> done);

    // whole-table reads
    QList<PhoneService> phoneServices();
    QList<Device> devices();
    QList<EndUser> endUsers();
    QList<ApplicationUser> applicationUsers();
    QList<AccessControlGroup> accessControlGroups();
    QHash<QString, QString> enterpriseParameters();
    QHash<QString, QString> serviceParameters(); ///< key "service\nname"
    QList<ServiceStateRow> serviceStates();
    QHash<QString, bool> nodeStates();
    QList<EmLogin> emLogins();
    QList<CredentialPolicy> credentialPolicies();
    QList<CredentialStatusRow> credentialStatuses();

    // writes (each returns false and sets lastError() on failure)
    bool insertPhoneService(PhoneService &s);
    bool updatePhoneService(const PhoneService &s);
    bool deletePhoneService(qint64 id);
    bool insertDevice(Device &d);
    bool updateDevice(const Device &d);
    bool deleteDevice(qint64 id);
    bool insertEndUser(EndUser &u);
    bool updateEndUser(const EndUser &u);
    bool deleteEndUser(qint64 id);
    bool insertApplicationUser(ApplicationUser &u);
    bool updateApplicationUser(const ApplicationUser &u);
    bool deleteApplicationUser(qint64 id);
    bool insertAccessControlGroup(AccessControlGroup &g);
    bool updateAccessControlGroup(const AccessControlGroup &g);
    bool deleteAccessControlGroup(qint64 id);
    bool setEnterpriseParameter(const QString &name, const QString &value);
    bool setServiceParameter(const QString &service, const QString &name, const QString &value);
    bool setServiceState(const ServiceStateRow &row);
    bool setNodeUp(const QString &host, bool up);
    bool upsertEmLogin(const EmLogin &login);
    bool deleteEmLogin(qint64 deviceId);
    bool setCredentialPolicy(const CredentialPolicy &policy);
    /// Stores a user's wrong tries and lock; a cleared status removes the row.
    bool setCredentialStatus(CredentialKind kind, qint64 userId, const CredentialStatus &status);

    // audit log (schema 3)
    bool insertAuditEntry(AuditEntry &e);
    /// Every entry, oldest first.
    QList<AuditEntry> auditEntries();
    /// The stored form of an entry's changes: a JSON array of {"field","before","after"}.
    static QString auditChangesJson(const QList<AuditChange> &changes);

    /// Key of serviceParameters().
    static QString serviceParameterKey(const QString &service, const QString &name)
    {
        return service + QLatin1Char('\n') + name;
    }

private:
    QSqlQuery &prepared(const char *sql);
    bool exec(QSqlQuery &q);
    /// The connection's own SQLite handle (Qt's driver), or nullptr when not open.
    sqlite3 *handle() const;
    /// A statement prepared on SQLite directly (kept until close()); nullptr and lastError() on failure.
    sqlite3_stmt *raw(const char *sql);
    /// Runs @p stmt once and resets it; false and lastError() on failure.
    bool step(sqlite3_stmt *stmt);
    bool failIfBroken();
    bool migrate(int targetVersion);
    bool checkReadOnly();
    bool refuseOpen(OpenProblem problem, const QString &detail = {});
    bool setSynchronous(Sync sync);
    /// Waits for a background commit, if one runs, and takes its result.
    void settle();
    bool writeDeviceChildren(const Device &d, bool fresh = false);
    bool writeUserChildren(const EndUser &u, bool fresh = false);
    bool writeGroupMembers(const AccessControlGroup &g);

    QString m_connectionName;
    QString m_clusterName;
    QSqlDatabase m_connection; // kept while open: QSqlDatabase::database() locks a global registry
    QString m_path;
    QString m_lastError;
    bool m_failing = false;
    bool m_created = false;
    bool m_fullSync = false; // the open transaction runs with synchronous=FULL
    OpenProblem m_problem = OpenProblem::None;
    Message m_openError;
    std::unordered_map<const char *, std::unique_ptr<QSqlQuery>> m_statements;
    std::unordered_map<const char *, sqlite3_stmt *> m_rawStatements;
    struct BackgroundCommit {
        QThread *thread = nullptr;
        int code = 0;
        QString message;
        bool settled = false;
        QPointer<QObject> context;
        std::function<void(bool)> done;
    };
    std::shared_ptr<BackgroundCommit> m_background;
};
