#pragma once

#include <QHash>
#include <QList>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>

#include <memory>
#include <unordered_map>

#include "audit/auditentry.h"
#include "entities/accesscontrolgroup.h"
#include "entities/applicationuser.h"
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
class ClusterDatabase
{
public:
    static constexpr int SchemaVersion = 3;

    struct ServiceStateRow {
        QString host;
        QString service;
        bool activated = false;
        bool running = false;
    };

    explicit ClusterDatabase(QString connectionName);
    ~ClusterDatabase();
    ClusterDatabase(const ClusterDatabase &) = delete;
    ClusterDatabase &operator=(const ClusterDatabase &) = delete;

    /// Opens (creating if needed) and migrates to @p targetVersion (tests create older files).
    bool open(const QString &path, int targetVersion = SchemaVersion);
    void close();
    bool isOpen() const;
    QString path() const { return m_path; }
    int schemaVersion();
    QString lastError() const { return m_lastError; }

    /// Fault injection: while set, every read and write fails as a broken database would.
    void setFailing(bool failing) { m_failing = failing; }
    bool isFailing() const { return m_failing; }

    bool transaction();
    bool commit();
    void rollback();

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

    // audit log (schema 3)
    bool insertAuditEntry(AuditEntry &e);
    /// Every entry, oldest first.
    QList<AuditEntry> auditEntries();

    /// Key of serviceParameters().
    static QString serviceParameterKey(const QString &service, const QString &name)
    {
        return service + QLatin1Char('\n') + name;
    }

private:
    QSqlQuery &prepared(const char *sql);
    bool exec(QSqlQuery &q);
    bool failIfBroken();
    bool migrate(int targetVersion);
    bool writeDeviceChildren(const Device &d, bool fresh = false);
    bool writeUserChildren(const EndUser &u, bool fresh = false);
    bool writeGroupMembers(const AccessControlGroup &g);

    QString m_connectionName;
    QSqlDatabase m_connection; // kept while open: QSqlDatabase::database() locks a global registry
    QString m_path;
    QString m_lastError;
    bool m_failing = false;
    std::unordered_map<const char *, std::unique_ptr<QSqlQuery>> m_statements;
};
