#pragma once

#include <QList>
#include <QString>

/// Who makes a change: the console's administrator (a page, Copy to Clusters, Bulk
/// Administration), an application user of the EM API, an end user at a phone, or a lab script.
struct AuditActor
{
    QString kind = QStringLiteral("administrator"); ///< administrator, applicationUser, endUser, script
    QString name = QStringLiteral("administrator");
    QString channel = QStringLiteral("page");        ///< page, copyToClusters, bat, script, emApi, phone
    bool operator==(const AuditActor &) const = default;
};

/// One field of a record before and after a change. Secrets (PIN, password) appear only as the
/// fact that they changed, never with a value or digest.
struct AuditChange
{
    QString field;
    QString before;
    QString after;
    bool operator==(const AuditChange &) const = default;
};

/// One row of Reporting › Audit Log: a change that was written to the cluster's database, in
/// the same transaction as the change (a failed write logs nothing).
struct AuditEntry
{
    qint64 id = 0;
    qint64 wallTime = 0; ///< ms since the epoch, UTC
    qint64 labTime = 0;  ///< lab clock, ms
    AuditActor actor;
    QString action;      ///< add, update, delete, login, logout
    QString entity;      ///< End User, Device Profile, Phone, Phone Service, …
    QString record;      ///< the record's name
    QList<AuditChange> changes;
    bool operator==(const AuditEntry &) const = default;

    /// The value shown for a secret that changed.
    static QString secretChanged() { return QStringLiteral("(changed)"); }
};
