#pragma once

#include <QAbstractTableModel>
#include <QList>
#include <QStringList>

#include "events/labevent.h"

class EventLog;

/// The lab's event stream as a table (the event log beside the topology map): lab time,
/// cluster, kind, user, device and the message in the console's language, oldest first. Keeps
/// the most recent maximumRows() events; new events are appended as they come.
class EventTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { TimeColumn, ClusterColumn, KindColumn, UserColumn, DeviceColumn, MessageColumn, ColumnCount };
    /// Kinds of events a trainer filters by (each LabEvent::Type belongs to one).
    enum class Kind { LoginsLogouts, Refusals, Registrations, Ils, Calls, ServersServices, Faults, KindCount };
    enum Role { KindRole = Qt::UserRole + 1, TypeNameRole };

    explicit EventTableModel(EventLog *log, QObject *parent = nullptr);

    int maximumRows() const { return m_maximum; }
    void setMaximumRows(int rows);
    const LabEvent &event(int row) const { return m_events.at(row); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    static Kind kind(LabEvent::Type type);
    static QString kindName(Kind kind);
    /// "00:01:23.4" for @p ms of lab time.
    static QString labTime(qint64 ms);
    /// The text of @p column for @p e, as shown (and copied, and exported).
    static QString text(const LabEvent &e, int column);
    static QString headerText(int column);
    /// @p events as a CSV file (UTF-8 with a byte order mark, a header row, CRLF): the shown
    /// columns plus the event's type name, peer and code.
    static QByteArray csv(const QList<LabEvent> &events);

public slots:
    /// Reads the log again (a language switch re-words the messages).
    void reload();

private:
    void append(const LabEvent &e);

    EventLog *m_log;
    QList<LabEvent> m_events;
    int m_maximum = 2000;
};
