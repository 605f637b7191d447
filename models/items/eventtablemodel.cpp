#include "eventtablemodel.h"

#include "bat/csv.h"
#include "events/eventlog.h"

#include <QColor>

EventTableModel::EventTableModel(EventLog *log, QObject *parent)
    : QAbstractTableModel(parent), m_log(log)
{
    connect(log, &EventLog::eventAdded, this, &EventTableModel::append);
    reload();
}

void EventTableModel::setMaximumRows(int rows)
{
    m_maximum = qMax(1, rows);
    reload();
}

void EventTableModel::reload()
{
    beginResetModel();
    m_events.clear();
    const std::deque<LabEvent> &events = m_log->events();
    const size_t first = events.size() > size_t(m_maximum) ? events.size() - size_t(m_maximum) : 0;
    for (size_t i = first; i < events.size(); ++i)
        m_events.append(events[i]);
    endResetModel();
}

void EventTableModel::append(const LabEvent &e)
{
    if (m_events.size() >= m_maximum) {
        beginRemoveRows({}, 0, 0);
        m_events.removeFirst();
        endRemoveRows();
    }
    const int row = int(m_events.size());
    beginInsertRows({}, row, row);
    m_events.append(e);
    endInsertRows();
}

int EventTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_events.size());
}

int EventTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant EventTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_events.size())
        return {};
    const LabEvent &e = m_events.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return text(e, index.column());
    case Qt::ToolTipRole:
        return index.column() == MessageColumn ? text(e, MessageColumn) : LabEvent::typeName(e.type);
    case KindRole:
        return int(kind(e.type));
    case TypeNameRole:
        return LabEvent::typeName(e.type);
    case Qt::ForegroundRole:
        if (e.type == LabEvent::Type::LoginFailed || e.type == LabEvent::Type::LogoutFailed || e.type == LabEvent::Type::CallFailed
            || e.type == LabEvent::Type::Fault || e.type == LabEvent::Type::Throttled || e.type == LabEvent::Type::DatabaseRefused)
            return QColor(0xc6, 0x28, 0x28);
        if (e.type == LabEvent::Type::IlsHeld || e.type == LabEvent::Type::IlsWarning)
            return QColor(0xe6, 0x51, 0x00);
        return {};
    default:
        return {};
    }
}

QVariant EventTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    return headerText(section);
}

QString EventTableModel::headerText(int column)
{
    switch (column) {
    case TimeColumn: return tr("Lab Time");
    case ClusterColumn: return tr("Cluster");
    case KindColumn: return tr("Kind");
    case UserColumn: return tr("User");
    case DeviceColumn: return tr("Device");
    case MessageColumn: return tr("Message");
    default: return {};
    }
}

QString EventTableModel::labTime(qint64 ms)
{
    ms = qMax<qint64>(0, ms);
    return QStringLiteral("%1:%2:%3.%4")
        .arg(ms / 3'600'000, 2, 10, QLatin1Char('0'))
        .arg(ms / 60'000 % 60, 2, 10, QLatin1Char('0'))
        .arg(ms / 1000 % 60, 2, 10, QLatin1Char('0'))
        .arg(ms / 100 % 10);
}

QString EventTableModel::text(const LabEvent &e, int column)
{
    switch (column) {
    case TimeColumn: return labTime(e.time);
    case ClusterColumn: return e.cluster;
    case KindColumn: return kindName(kind(e.type));
    case UserColumn: return e.user;
    case DeviceColumn: return e.device;
    case MessageColumn: return e.message.text().isEmpty() ? LabEvent::typeName(e.type) : e.message.text();
    default: return {};
    }
}

EventTableModel::Kind EventTableModel::kind(LabEvent::Type type)
{
    using T = LabEvent::Type;
    switch (type) {
    case T::Login: case T::Logout: case T::AutoLogout: case T::RoamingLogout: case T::DeferredLogout: case T::TimedLogout:
        return Kind::LoginsLogouts;
    case T::LoginFailed: case T::LogoutFailed: case T::Throttled: case T::CredentialFailed: case T::CredentialLocked:
    case T::CredentialUnlocked:
        return Kind::Refusals;
    case T::Registration:
        return Kind::Registrations;
    case T::IlsSent: case T::IlsApplied: case T::IlsSync: case T::IlsWarning: case T::IlsHeld:
        return Kind::Ils;
    case T::CallAttempt: case T::CallRinging: case T::CallFailed: case T::CallAnswered: case T::CallEnded:
        return Kind::Calls;
    case T::ServiceState: case T::NodeState: case T::ClusterState:
        return Kind::ServersServices;
    case T::Fault: case T::DatabaseRefused:
        return Kind::Faults;
    }
    return Kind::Faults;
}

QString EventTableModel::kindName(Kind kind)
{
    switch (kind) {
    case Kind::LoginsLogouts: return tr("Login/logout");
    case Kind::Refusals: return tr("Refused");
    case Kind::Registrations: return tr("Registration");
    case Kind::Ils: return tr("ILS");
    case Kind::Calls: return tr("Call");
    case Kind::ServersServices: return tr("Server/service");
    case Kind::Faults: return tr("Fault");
    case Kind::KindCount: break;
    }
    return {};
}

QByteArray EventTableModel::csv(const QList<LabEvent> &events)
{
    QByteArray out("\xEF\xBB\xBF");
    QStringList header;
    for (int c = 0; c < ColumnCount; ++c)
        header.append(headerText(c));
    header << tr("Type") << tr("Peer") << tr("Code");
    Csv::appendRecord(out, header);
    for (const LabEvent &e : events) {
        QStringList fields;
        for (int c = 0; c < ColumnCount; ++c)
            fields.append(text(e, c));
        fields << LabEvent::typeName(e.type) << e.peer << (e.code ? QString::number(e.code) : QString());
        Csv::appendRecord(out, fields);
    }
    return out;
}
