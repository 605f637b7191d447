#pragma once

#include <QHash>
#include <QObject>
#include <QString>

#include "routing/callresult.h"

class Lab;
class Cluster;

/// Places calls between the lab's phones. A DN registered on the caller's cluster rings there;
/// otherwise the caller's own (possibly stale) ILS view gives the cluster that holds the DN, and
/// the call crosses a modelled SIP trunk to it, which rings the phone if it has it now.
class CallRouter : public QObject
{
    Q_OBJECT
public:
    enum class State { Idle, Dialing, Ringing, Connected };
    struct Call {
        qint64 id = 0;
        QString caller;
        QString callee;
        QString dialed;
        QStringList hops;
        bool answered = false;
    };

    explicit CallRouter(Lab *lab, QObject *parent = nullptr);

    /// Dials @p digits from phone @p device.
    CallResult dial(const QString &device, const QString &digits);
    /// The ringing phone @p device answers; false when nothing rings there.
    bool answer(const QString &device);
    /// Ends the call @p device takes part in; false when it has none.
    bool hangup(const QString &device);
    State state(const QString &device) const;
    const Call *callOf(const QString &device) const;
    QList<Call> calls() const { return m_calls.values(); }

signals:
    void callChanged(qint64 callId);

private:
    CallResult fail(CallResult::Failure f, const QString &caller, const QString &digits, QStringList hops, Message m);

    Lab *m_lab;
    qint64 m_nextId = 1;
    QHash<qint64, Call> m_calls;
    QHash<QString, qint64> m_byDevice;
};
