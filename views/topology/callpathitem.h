#pragma once

#include <QGraphicsItem>
#include <QPainterPath>

/// A call drawn on the topology map: a curved arrow from the caller's cluster to the callee's
/// along the clusters the call went through, coloured by its outcome, with a caption
/// ("2000001 ringing", "failed: stale location"). The TopologyView feeds it and removes it.
class CallPathItem : public QGraphicsItem
{
public:
    enum class Outcome { Ringing, Connected, Failed, Ended };

    explicit CallPathItem(QGraphicsItem *parent = nullptr);

    /// The route: each cluster's centre and the radius of its disc, caller's first.
    void setRoute(const QList<QPointF> &centres, const QList<qreal> &radii);
    Outcome outcome() const { return m_outcome; }
    void setOutcome(Outcome outcome);
    QString caption() const { return m_caption; }
    void setCaption(const QString &caption);
    static QColor colour(Outcome outcome);

    QRectF boundingRect() const override;
    QPainterPath shape() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

private:
    void layoutCaption();

    QPainterPath m_path;
    QPointF m_tip;      // the arrow's end
    qreal m_tipAngle = 0;
    QPointF m_captionAt;
    QRectF m_captionRect;
    Outcome m_outcome = Outcome::Ringing;
    QString m_caption;
};
