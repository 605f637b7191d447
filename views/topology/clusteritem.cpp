#include "clusteritem.h"

#include <QCoreApplication>
#include <QCursor>
#include <QFontMetricsF>
#include <QGraphicsSceneContextMenuEvent>
#include <QGraphicsSceneMouseEvent>
#include <QPainter>

namespace {
constexpr qreal BadgeHeight = 18;
constexpr qreal TextWidth = 150; // state and role lines under the disc

QColor fillFor(ClusterItem::State s)
{
    switch (s) {
    case ClusterItem::State::Up: return QColor(0x4c, 0xaf, 0x50);
    case ClusterItem::State::Degraded: return QColor(0x9c, 0xcc, 0x65);
    case ClusterItem::State::IlsStopped: return QColor(0xff, 0xa7, 0x26);
    case ClusterItem::State::Down: return QColor(0xb0, 0xb0, 0xb0);
    }
    return Qt::gray;
}
}

ClusterItem::ClusterItem(const QString &name, IlsRole role, QGraphicsItem *parent)
    : QGraphicsObject(parent), m_name(name), m_role(role)
{
    setAcceptedMouseButtons(Qt::LeftButton | Qt::RightButton);
    setCursor(Qt::PointingHandCursor);
    setZValue(2);
}

void ClusterItem::setRole(IlsRole role, const QString &hub)
{
    if (role == m_role && hub == m_hub)
        return;
    prepareGeometryChange();
    m_role = role;
    m_hub = hub;
    update();
}

void ClusterItem::setState(State state)
{
    if (state == m_state)
        return;
    m_state = state;
    update();
}

QString ClusterItem::stateText() const
{
    switch (m_state) {
    case State::Up: return tr("Up");
    case State::Degraded: return tr("Up, a node is down");
    case State::IlsStopped: return tr("Up, ILS stopped");
    case State::Down: return tr("Down");
    }
    return {};
}

void ClusterItem::setUsers(const QStringList &users)
{
    if (users == m_users)
        return;
    prepareGeometryChange();
    m_users = users;
    update();
}

void ClusterItem::setWaitingUpdates(int count)
{
    if (count == m_waiting)
        return;
    m_waiting = count;
    update();
}

void ClusterItem::setOwedLogouts(const QStringList &users)
{
    if (users == m_owed)
        return;
    m_owed = users;
    update();
}

void ClusterItem::setCurrent(bool current)
{
    if (current == m_current)
        return;
    m_current = current;
    update();
}

qreal ClusterItem::radius() const
{
    return m_role == IlsRole::Hub ? 46 : 36;
}

QRectF ClusterItem::boundingRect() const
{
    const qreal r = radius();
    const qreal badges = m_users.isEmpty() ? 0 : BadgeHeight + 6;
    // above: user badges; below: state, role and waiting lines
    return QRectF(-TextWidth / 2 - 10, -r - badges - 6, TextWidth + 20, 2 * r + badges + 6 + 80);
}

void ClusterItem::paint(QPainter *p, const QStyleOptionGraphicsItem *, QWidget *)
{
    p->setRenderHint(QPainter::Antialiasing);
    const qreal r = radius();
    const QColor fill = fillFor(m_state);

    if (m_current) {
        p->setPen(QPen(QColor(0x19, 0x76, 0xd2), 4));
        p->setBrush(Qt::NoBrush);
        p->drawEllipse(QPointF(0, 0), r + 7, r + 7);
    }
    p->setPen(QPen(fill.darker(160), m_role == IlsRole::Hub ? 3 : 2, m_state == State::Down ? Qt::DashLine : Qt::SolidLine));
    p->setBrush(fill);
    p->drawEllipse(QPointF(0, 0), r, r);
    if (m_role == IlsRole::Hub) {
        p->setBrush(Qt::NoBrush);
        p->drawEllipse(QPointF(0, 0), r - 6, r - 6);
    }

    QFont f = p->font();
    f.setBold(true);
    p->setFont(f);
    p->setPen(Qt::black);
    p->drawText(QRectF(-r, -r, 2 * r, 2 * r), Qt::AlignCenter | Qt::TextWordWrap, m_name);
    f.setBold(false);
    p->setFont(f);

    // below the disc: state, role, waiting updates
    QStringList lines{stateText()};
    switch (m_role) {
    case IlsRole::Hub: lines.append(tr("ILS hub")); break;
    case IlsRole::Spoke: lines.append(m_hub.isEmpty() ? tr("ILS spoke") : tr("ILS spoke of %1").arg(m_hub)); break;
    case IlsRole::None: lines.append(tr("Not in ILS")); break;
    }
    const QFontMetricsF fm(f);
    qreal y = r + 4;
    for (const QString &line : std::as_const(lines)) {
        p->drawText(QRectF(-TextWidth / 2 - 10, y, TextWidth + 20, fm.height()), Qt::AlignHCenter, line);
        y += fm.height();
    }
    if (m_waiting > 0) {
        p->setPen(QColor(0xe6, 0x51, 0x00));
        p->drawText(QRectF(-TextWidth / 2 - 10, y, TextWidth + 20, fm.height()), Qt::AlignHCenter,
                    tr("%n ILS update(s) wait for it", nullptr, m_waiting));
        y += fm.height();
    }
    if (!m_owed.isEmpty()) {
        p->setPen(QColor(0xb7, 0x1c, 0x1c));
        //: the cluster still has these users logged in and must log them out once it learns their newer login elsewhere
        p->drawText(QRectF(-TextWidth / 2 - 10, y, TextWidth + 20, fm.height()), Qt::AlignHCenter,
                    tr("Logout owed: %1").arg(m_owed.join(QLatin1String(", "))));
    }

    // above the disc: one badge per logged-in user
    if (!m_users.isEmpty()) {
        qreal total = 0;
        QList<qreal> widths;
        for (const QString &u : std::as_const(m_users)) {
            widths.append(fm.horizontalAdvance(u) + 12);
            total += widths.last() + 4;
        }
        qreal x = -total / 2;
        const qreal top = -r - BadgeHeight - 6;
        for (int i = 0; i < m_users.size(); ++i) {
            const QRectF badge(x, top, widths.at(i), BadgeHeight);
            // a login this cluster owes a logout for: stale, drawn dashed in red
            const bool owed = m_owed.contains(m_users.at(i));
            const QColor ink = owed ? QColor(0xb7, 0x1c, 0x1c) : QColor(0x0d, 0x47, 0xa1);
            p->setPen(QPen(ink, 1, owed ? Qt::DashLine : Qt::SolidLine));
            p->setBrush(owed ? QColor(0xff, 0xcd, 0xd2) : QColor(0xbb, 0xde, 0xfb));
            p->drawRoundedRect(badge, 8, 8);
            p->setPen(ink);
            p->drawText(badge, Qt::AlignCenter, m_users.at(i));
            x += widths.at(i) + 4;
        }
    }
}

void ClusterItem::mousePressEvent(QGraphicsSceneMouseEvent *event)
{
    if (event->button() == Qt::LeftButton) {
        emit clicked(m_name);
        event->accept();
        return;
    }
    QGraphicsObject::mousePressEvent(event);
}

void ClusterItem::contextMenuEvent(QGraphicsSceneContextMenuEvent *event)
{
    emit clicked(m_name);
    emit contextMenuRequested(m_name, event->screenPos());
    event->accept();
}
