#include "callpathitem.h"

#include <QFontMetricsF>
#include <QGuiApplication>
#include <QLineF>
#include <QPainter>
#include <QtMath>

namespace {
constexpr qreal PenWidth = 5;
constexpr qreal ArrowSize = 16;

QFont captionFont()
{
    QFont f = QGuiApplication::font();
    f.setPixelSize(16); // map units, as the clusters' texts
    f.setBold(true);
    return f;
}
}

CallPathItem::CallPathItem(QGraphicsItem *parent)
    : QGraphicsItem(parent)
{
    setZValue(4); // above links, packets and clusters: the call is what the class watches
    setAcceptedMouseButtons(Qt::NoButton);
}

QColor CallPathItem::colour(Outcome outcome)
{
    switch (outcome) {
    case Outcome::Ringing: return QColor(0xef, 0x6c, 0x00);   // amber
    case Outcome::Connected: return QColor(0x2e, 0x7d, 0x32); // green
    case Outcome::Failed: return QColor(0xc6, 0x28, 0x28);    // red
    case Outcome::Ended: return QColor(0x75, 0x75, 0x75);
    }
    return Qt::black;
}

void CallPathItem::setRoute(const QList<QPointF> &centres, const QList<qreal> &radii)
{
    prepareGeometryChange();
    m_path = QPainterPath();
    if (centres.isEmpty())
        return;
    if (centres.size() == 1) {
        // a call inside one cluster: a loop above its right shoulder
        const QPointF c = centres.first();
        const qreal r = radii.value(0, 36);
        const QPointF from = c + QPointF(r * 0.5, -r * 0.87);
        const QPointF to = c + QPointF(r * 0.87, -r * 0.5);
        m_path.moveTo(from);
        m_path.cubicTo(c + QPointF(r * 1.2, -r * 2.6), c + QPointF(r * 2.6, -r * 1.2), to);
        m_tip = to;
        m_tipAngle = QLineF(c + QPointF(r * 2.6, -r * 1.2), to).angle();
        m_captionAt = c + QPointF(r * 1.8, -r * 2.0);
    } else {
        for (int i = 0; i + 1 < centres.size(); ++i) {
            const QLineF line(centres[i], centres[i + 1]);
            const qreal len = qMax<qreal>(1, line.length());
            // bowed to one side so that it does not hide the ILS link beneath
            const QLineF normal = line.normalVector().unitVector();
            const QPointF bow(normal.dx() * len * 0.18, normal.dy() * len * 0.18);
            const QPointF control = line.pointAt(0.5) + bow;
            const QPointF start = QLineF(centres[i], control).pointAt(radii.value(i, 36) / qMax<qreal>(1, QLineF(centres[i], control).length()));
            const QPointF end = QLineF(centres[i + 1], control).pointAt((radii.value(i + 1, 36) + 4) / qMax<qreal>(1, QLineF(centres[i + 1], control).length()));
            if (i == 0)
                m_path.moveTo(start);
            else
                m_path.lineTo(start);
            m_path.quadTo(control, end);
            m_tip = end;
            m_tipAngle = QLineF(control, end).angle();
            if (i == 0)
                m_captionAt = line.pointAt(0.5) + bow * 0.5;
        }
    }
    layoutCaption();
    update();
}

void CallPathItem::setOutcome(Outcome outcome)
{
    if (outcome == m_outcome)
        return;
    m_outcome = outcome;
    update();
}

void CallPathItem::setCaption(const QString &caption)
{
    if (caption == m_caption)
        return;
    prepareGeometryChange();
    m_caption = caption;
    layoutCaption();
    update();
}

void CallPathItem::layoutCaption()
{
    const QFont f = captionFont();
    const QFontMetricsF fm(f);
    const QSizeF size(fm.horizontalAdvance(m_caption) + 14, fm.height() + 6);
    m_captionRect = QRectF(m_captionAt - QPointF(size.width() / 2, size.height() / 2), size);
}

QRectF CallPathItem::boundingRect() const
{
    const qreal m = PenWidth + ArrowSize;
    return m_path.boundingRect().adjusted(-m, -m, m, m).united(m_captionRect.adjusted(-2, -2, 2, 2));
}

QPainterPath CallPathItem::shape() const
{
    QPainterPath p;
    p.addRect(m_captionRect);
    return p;
}

void CallPathItem::paint(QPainter *p, const QStyleOptionGraphicsItem *, QWidget *)
{
    if (m_path.isEmpty())
        return;
    p->setRenderHint(QPainter::Antialiasing);
    const QColor ink = colour(m_outcome);
    QPen pen(ink, PenWidth, m_outcome == Outcome::Ringing ? Qt::DashLine : Qt::SolidLine, Qt::RoundCap);
    if (m_outcome == Outcome::Ended)
        pen.setStyle(Qt::DotLine);
    p->setPen(pen);
    p->setBrush(Qt::NoBrush);
    p->drawPath(m_path);

    // the arrow head at the callee's end
    const qreal a = qDegreesToRadians(m_tipAngle);
    const QPointF back(-std::cos(a) * ArrowSize, std::sin(a) * ArrowSize);
    const QPointF side(-std::sin(a) * ArrowSize * 0.55, -std::cos(a) * ArrowSize * 0.55);
    QPolygonF head({m_tip, m_tip + back + side, m_tip + back - side});
    p->setPen(Qt::NoPen);
    p->setBrush(ink);
    p->drawPolygon(head);

    if (!m_caption.isEmpty()) {
        p->setFont(captionFont());
        p->setPen(QPen(ink, 2));
        p->setBrush(Qt::white);
        p->drawRoundedRect(m_captionRect, 6, 6);
        p->setPen(ink.darker(130));
        p->drawText(m_captionRect, Qt::AlignCenter, m_caption);
    }
}
