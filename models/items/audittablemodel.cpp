#include "audittablemodel.h"

#include "bat/csv.h"
#include "cluster/cluster.h"
#include "core/message.h"

#include <QCoreApplication>
#include <QDateTime>

#include <algorithm>

AuditTableModel::AuditTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void AuditTableModel::setCluster(Cluster *cluster)
{
    for (const auto &c : std::as_const(m_connections))
        disconnect(c);
    m_connections.clear();
    m_cluster = cluster;
    if (cluster) {
        m_connections << connect(cluster, &Cluster::audited, this, &AuditTableModel::reload)
                      << connect(cluster, &Cluster::loginChanged, this, &AuditTableModel::reload)
                      << connect(cluster, &Cluster::bulkImported, this, &AuditTableModel::reload);
    }
    reload();
}

void AuditTableModel::reload()
{
    beginResetModel();
    m_entries = m_cluster ? m_cluster->auditLog() : QList<AuditEntry>();
    std::reverse(m_entries.begin(), m_entries.end());
    endResetModel();
}

int AuditTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

int AuditTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString AuditTableModel::text(const AuditEntry &e, int column)
{
    switch (column) {
    case WallTimeColumn:
        return QDateTime::fromMSecsSinceEpoch(e.wallTime).toLocalTime().toString(Qt::ISODate);
    case LabTimeColumn: {
        const qint64 s = e.labTime / 1000;
        return QStringLiteral("%1:%2:%3.%4")
            .arg(s / 3600, 2, 10, QLatin1Char('0'))
            .arg(s / 60 % 60, 2, 10, QLatin1Char('0'))
            .arg(s % 60, 2, 10, QLatin1Char('0'))
            .arg(e.labTime % 1000, 3, 10, QLatin1Char('0'));
    }
    case WhoColumn: {
        static const char *const kinds[] = {
            QT_TRANSLATE_NOOP("AuditTableModel", "administrator"), QT_TRANSLATE_NOOP("AuditTableModel", "applicationUser"),
            QT_TRANSLATE_NOOP("AuditTableModel", "endUser"), QT_TRANSLATE_NOOP("AuditTableModel", "script"),
            QT_TRANSLATE_NOOP("AuditTableModel", "system")};
        return translatedIfListed("AuditTableModel", kinds, e.actor.kind) + QStringLiteral(": ") + e.actor.name;
    }
    case ViaColumn: {
        static const char *const channels[] = {
            QT_TRANSLATE_NOOP("AuditTableModel", "page"), QT_TRANSLATE_NOOP("AuditTableModel", "copyToClusters"),
            QT_TRANSLATE_NOOP("AuditTableModel", "bat"), QT_TRANSLATE_NOOP("AuditTableModel", "script"),
            QT_TRANSLATE_NOOP("AuditTableModel", "emApi"), QT_TRANSLATE_NOOP("AuditTableModel", "phone"),
            QT_TRANSLATE_NOOP("AuditTableModel", "engine"), QT_TRANSLATE_NOOP("AuditTableModel", "setup")};
        return translatedIfListed("AuditTableModel", channels, e.actor.channel);
    }
    case ActionColumn: {
        static const char *const actions[] = {
            QT_TRANSLATE_NOOP("AuditTableModel", "add"), QT_TRANSLATE_NOOP("AuditTableModel", "update"),
            QT_TRANSLATE_NOOP("AuditTableModel", "delete"), QT_TRANSLATE_NOOP("AuditTableModel", "login"),
            QT_TRANSLATE_NOOP("AuditTableModel", "logout")};
        return translatedIfListed("AuditTableModel", actions, e.action);
    }
    case EntityColumn:
        return e.entity;
    case RecordColumn:
        return e.record;
    case ChangesColumn: {
        QStringList parts;
        for (const AuditChange &c : e.changes)
            parts << QStringLiteral("%1: %2 → %3").arg(c.field, c.before, c.after);
        return parts.join(QLatin1String("; "));
    }
    }
    return {};
}

QVariant AuditTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_entries.size())
        return {};
    if (role == Qt::DisplayRole || role == Qt::ToolTipRole)
        return text(m_entries.at(index.row()), index.column());
    return {};
}

QString AuditTableModel::headerText(int column)
{
    switch (column) {
    case WallTimeColumn: return QCoreApplication::translate("AuditTableModel", "Time");
    case LabTimeColumn: return QCoreApplication::translate("AuditTableModel", "Lab Time");
    case WhoColumn: return QCoreApplication::translate("AuditTableModel", "Who");
    case ViaColumn: return QCoreApplication::translate("AuditTableModel", "Through");
    case ActionColumn: return QCoreApplication::translate("AuditTableModel", "Action");
    case EntityColumn: return QCoreApplication::translate("AuditTableModel", "Record Type");
    case RecordColumn: return QCoreApplication::translate("AuditTableModel", "Record");
    case ChangesColumn: return QCoreApplication::translate("AuditTableModel", "Changes (before → after)");
    }
    return {};
}

QVariant AuditTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal && role == Qt::DisplayRole)
        return headerText(section);
    return QAbstractTableModel::headerData(section, orientation, role);
}

QByteArray AuditTableModel::csv(const QList<AuditEntry> &entries)
{
    QByteArray out("\xEF\xBB\xBF");
    QStringList header;
    for (int c = 0; c < ColumnCount; ++c)
        header << headerText(c);
    Csv::appendRecord(out, header);
    for (const AuditEntry &e : entries) {
        QStringList row;
        for (int c = 0; c < ColumnCount; ++c)
            row << text(e, c);
        Csv::appendRecord(out, row);
    }
    return out;
}
