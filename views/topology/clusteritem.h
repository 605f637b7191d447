#pragma once

#include <QGraphicsObject>
#include <QStringList>

#include "ils/ilsrole.h"

/// One cluster on the ILS topology map: a hub (double ring, larger) or a spoke, coloured by
/// its state, with its name, state text, ILS role, updates waiting for it, and the users
/// logged in there as badges. The TopologyView feeds it; it reads nothing itself.
class ClusterItem : public QGraphicsObject
{
    Q_OBJECT
public:
    enum class State { Up, Degraded, IlsStopped, Down };
    Q_ENUM(State)

    ClusterItem(const QString &name, IlsRole role, QGraphicsItem *parent = nullptr);

    QString name() const { return m_name; }
    IlsRole role() const { return m_role; }
    void setRole(IlsRole role, const QString &hub);
    State state() const { return m_state; }
    void setState(State state);
    /// Translated text of the state ("Up", "Down", "ILS stopped", …), built on each call.
    QString stateText() const;
    QStringList users() const { return m_users; }
    void setUsers(const QStringList &users);
    int waitingUpdates() const { return m_waiting; }
    void setWaitingUpdates(int count);
    /// Users logged in here who logged in on another cluster since: the logouts this cluster
    /// owes (deferred while it cannot receive, or with the news on its way).
    QStringList owedLogouts() const { return m_owed; }
    void setOwedLogouts(const QStringList &users);
    bool isCurrent() const { return m_current; }
    void setCurrent(bool current);
    /// Radius of the cluster's disc: links end at its rim.
    qreal radius() const;

    QRectF boundingRect() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

signals:
    void clicked(const QString &name);
    void contextMenuRequested(const QString &name, const QPoint &screenPos);

protected:
    void mousePressEvent(QGraphicsSceneMouseEvent *event) override;
    void contextMenuEvent(QGraphicsSceneContextMenuEvent *event) override;

private:
    QString m_name;
    IlsRole m_role;
    QString m_hub;
    State m_state = State::Up;
    QStringList m_users;
    int m_waiting = 0;
    QStringList m_owed;
    bool m_current = false;
};
