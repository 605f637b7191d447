#include "phoneface.h"

#include <QFontMetricsF>
#include <QHash>
#include <QPainter>
#include <QPainterPath>
#include <QtMath>

namespace {
// the phone's colours: a dark bezel, dark keys with white print, a light colour screen
const QColor Bezel(0x22, 0x26, 0x2b);
const QColor BezelEdge(0x4a, 0x52, 0x5a);
const QColor KeyFace(0x3a, 0x40, 0x47);
const QColor KeyPressed(0x6a, 0x74, 0x7e);
const QColor KeyPrint(0xf2, 0xf4, 0xf6);
const QColor SoftKeyFace(0xa7, 0xb0, 0xb8);
const QColor ScreenBack(0xf5, 0xf7, 0xfa);
const QColor ScreenHeader(0x1d, 0x36, 0x52);
const QColor ScreenInk(0x14, 0x1e, 0x2a);
const QColor ScreenMuted(0x55, 0x63, 0x72);
const QColor Highlight(0x0b, 0x6b, 0xb8);
const QColor SoftKeyBar(0x2c, 0x38, 0x45);
const QColor Ringing(0xf0, 0xa2, 0x02);
const QColor Connected(0x2e, 0xa0, 0x43);
const QColor Alarm(0xd3, 0x2f, 0x2f);

constexpr double NavX = 22, NavY = 106, NavR = 15, SelectR = 6.2;

QString keypadLetters(const QString &key)
{
    static const QHash<QString, QString> letters{
        {QStringLiteral("2"), QStringLiteral("ABC")},  {QStringLiteral("3"), QStringLiteral("DEF")},
        {QStringLiteral("4"), QStringLiteral("GHI")},  {QStringLiteral("5"), QStringLiteral("JKL")},
        {QStringLiteral("6"), QStringLiteral("MNO")},  {QStringLiteral("7"), QStringLiteral("PQRS")},
        {QStringLiteral("8"), QStringLiteral("TUV")},  {QStringLiteral("9"), QStringLiteral("WXYZ")},
        {QStringLiteral("0"), QStringLiteral("+")}};
    return letters.value(key);
}

QFont pixelFont(double px, bool bold = false)
{
    QFont f;
    f.setPixelSize(qMax(6, qRound(px)));
    f.setBold(bold);
    return f;
}

/// One line of text in @p r, elided to fit.
void drawLine(QPainter *p, const QRectF &r, const QString &text, Qt::Alignment align = Qt::AlignLeft | Qt::AlignVCenter)
{
    p->drawText(r, int(align), QFontMetricsF(p->font()).elidedText(text, Qt::ElideRight, r.width()));
}

QColor lineColor(PhoneFace::LineState s)
{
    switch (s) {
    case PhoneFace::LineState::Ringing: return Ringing;
    case PhoneFace::LineState::Calling:
    case PhoneFace::LineState::Connected: return Connected;
    case PhoneFace::LineState::Idle: break;
    }
    return QColor(0x5c, 0x66, 0x70);
}
} // namespace

QStringList PhoneFace::keyNames(int lineKeys)
{
    QStringList names;
    for (int i = 1; i <= qBound(0, lineKeys, 5); ++i)
        names.append(QStringLiteral("Line%1").arg(i));
    for (int i = 1; i <= 4; ++i)
        names.append(QStringLiteral("SoftKey%1").arg(i));
    names << QStringLiteral("Services") << QStringLiteral("Directories") << QStringLiteral("Messages") << QStringLiteral("Up")
          << QStringLiteral("Down") << QStringLiteral("Left") << QStringLiteral("Right") << QStringLiteral("Select")
          << QStringLiteral("EndCall");
    for (const QChar c : QStringLiteral("123456789*0#"))
        names.append(QString(c));
    return names;
}

QRectF PhoneFace::unitRect(double x, double y, double w, double h) const
{
    const double k = u();
    if (y >= 69) // under the screen
        y += m_extra;
    return QRectF(m_phone.left() + x * k, m_phone.top() + y * k, w * k, h * k);
}

void PhoneFace::setBounds(const QRectF &bounds, int lineKeys)
{
    m_lineKeys = qBound(0, lineKeys, 5);
    double w = bounds.width();
    double h = w / Aspect;
    if (h > bounds.height()) {
        h = bounds.height();
        w = h * Aspect;
    } else {
        h = qMin(bounds.height(), h * MaxStretch);
    }
    m_phone = QRectF(bounds.left() + (bounds.width() - w) / 2, bounds.top(), w, h);
    m_extra = qMax(0.0, (h - w / Aspect) / u());
    m_type = qBound(1.0, (64 + m_extra) / 64, 1.35);
    const double screenX = m_lineKeys > 0 ? 10 : 4;
    m_screen = unitRect(screenX, 5, 97 - screenX, 64 + m_extra);

    m_keys.clear();
    // the line keys beside the rows of the screen, between its header and its soft key labels
    const double firstLine = 6.5 + 10.5 * m_type;
    const double pitch = qMin(9.6 * m_type, (69 + m_extra - 7 * m_type - firstLine) / 5);
    for (int i = 0; i < m_lineKeys; ++i) // in the screen's height, which does not move down
        m_keys.append({QStringLiteral("Line%1").arg(i + 1),
                       QRectF(m_phone.left() + 2.6 * u(), m_phone.top() + (firstLine + i * pitch) * u(), 5.6 * u(), pitch * 0.75 * u())});
    // a soft key: its label at the foot of the screen and the key under it
    const double softW = (97 - screenX) / 4;
    for (int i = 0; i < 4; ++i)
        m_keys.append({QStringLiteral("SoftKey%1").arg(i + 1), unitRect(screenX + i * softW + 0.8, 70.6, softW - 1.6, 4.6)});
    const QStringList hard{QStringLiteral("Services"), QStringLiteral("Directories"), QStringLiteral("Messages")};
    for (int i = 0; i < 3; ++i)
        m_keys.append({hard.at(i), unitRect(4 + i * 31, 78, 29, 7.6)});
    m_keys.append({QStringLiteral("Up"), unitRect(NavX - 6, NavY - NavR, 12, NavR - SelectR)});
    m_keys.append({QStringLiteral("Down"), unitRect(NavX - 6, NavY + SelectR, 12, NavR - SelectR)});
    m_keys.append({QStringLiteral("Left"), unitRect(NavX - NavR, NavY - 6, NavR - SelectR, 12)});
    m_keys.append({QStringLiteral("Right"), unitRect(NavX + SelectR, NavY - 6, NavR - SelectR, 12)});
    m_keys.append({QStringLiteral("Select"), unitRect(NavX - SelectR, NavY - SelectR, 2 * SelectR, 2 * SelectR), true});
    m_keys.append({QStringLiteral("EndCall"), unitRect(6, 127, 32, 9)});
    const QString pad = QStringLiteral("123456789*0#");
    for (int i = 0; i < pad.size(); ++i)
        m_keys.append({QString(pad.at(i)), unitRect(44 + (i % 3) * 18.4, 89 + (i / 3) * 14.4, 16.6, 12.8)});
}

QRectF PhoneFace::keyRect(const QString &name) const
{
    for (const Key &k : m_keys)
        if (k.name == name)
            return k.rect;
    return {};
}

QString PhoneFace::keyAt(const QPointF &pos) const
{
    // the navigation pad is a ring: the centre selects, the quarters move
    const QPointF centre = unitRect(NavX, NavY, 0, 0).topLeft();
    const QPointF d = (pos - centre) / u();
    const double r = std::hypot(d.x(), d.y());
    if (r <= SelectR)
        return QStringLiteral("Select");
    if (r <= NavR) {
        if (qAbs(d.x()) > qAbs(d.y()))
            return d.x() < 0 ? QStringLiteral("Left") : QStringLiteral("Right");
        return d.y() < 0 ? QStringLiteral("Up") : QStringLiteral("Down");
    }
    for (const Key &k : m_keys) {
        QRectF hit = k.rect;
        if (k.name.startsWith(QLatin1String("SoftKey"))) // the label on the screen counts too
            hit.setTop(m_screen.bottom() - 7 * t());
        if (hit.contains(pos))
            return k.name;
    }
    return {};
}

void PhoneFace::paint(QPainter *p, const Display &d, const QStringList &hardKeyLabels) const
{
    const double k = u();
    p->save();
    p->setRenderHint(QPainter::Antialiasing);
    // the body
    p->setPen(QPen(BezelEdge, qMax(1.0, 0.5 * k)));
    p->setBrush(Bezel);
    p->drawRoundedRect(m_phone.adjusted(k * 0.3, k * 0.3, -k * 0.3, -k * 0.3), 5 * k, 5 * k);
    p->setPen(QColor(0xb8, 0xc0, 0xc8));
    p->setFont(pixelFont(2.8 * k, true));
    drawLine(p, unitRect(4, 0.6, 70, 4), d.device.isEmpty() ? d.model : d.model + QStringLiteral("  ·  ") + d.device);
    // the ringing light
    const QRectF lamp = unitRect(80, 1.3, 16, 2.4);
    p->setPen(Qt::NoPen);
    p->setBrush(d.lampLit ? QColor(0xff, 0x30, 0x30) : QColor(0x4a, 0x1c, 0x1c));
    p->drawRoundedRect(lamp, lamp.height() / 2, lamp.height() / 2);
    if (d.lampLit) {
        QColor glow(0xff, 0x40, 0x40, 90);
        p->setBrush(glow);
        p->drawRoundedRect(lamp.adjusted(-k, -k, k, k), lamp.height(), lamp.height());
    }

    paintScreen(p, d);

    // line keys: a lit strip shows the line's state
    for (int i = 0; i < m_lineKeys; ++i) {
        const QString name = QStringLiteral("Line%1").arg(i + 1);
        const QRectF r = keyRect(name);
        p->setPen(QPen(BezelEdge, 0.3 * k));
        p->setBrush(d.pressed == name ? KeyPressed : KeyFace);
        p->drawRoundedRect(r, k, k);
        if (i < d.lines.size()) {
            const LineState s = d.lines.at(i).state;
            const bool lit = s != LineState::Idle && (s != LineState::Ringing || d.lampLit);
            p->setPen(Qt::NoPen);
            p->setBrush(lit ? lineColor(s) : QColor(0x55, 0x5e, 0x66));
            p->drawRoundedRect(r.adjusted(r.width() * 0.3, r.height() * 0.2, -r.width() * 0.3, -r.height() * 0.2), k * 0.6, k * 0.6);
        }
    }
    // the soft keys under the screen
    for (int i = 0; i < 4; ++i) {
        const QString name = QStringLiteral("SoftKey%1").arg(i + 1);
        p->setPen(Qt::NoPen);
        p->setBrush(d.pressed == name ? QColor(0xe0, 0xe6, 0xea) : SoftKeyFace);
        const QRectF r = keyRect(name);
        p->drawRoundedRect(r, r.height() / 2, r.height() / 2);
    }
    paintKey(p, QStringLiteral("Services"), hardKeyLabels.value(0), d);
    paintKey(p, QStringLiteral("Directories"), hardKeyLabels.value(1), d);
    paintKey(p, QStringLiteral("Messages"), hardKeyLabels.value(2), d);

    // the navigation pad: a ring around Select
    const QRectF ring = unitRect(NavX - NavR, NavY - NavR, 2 * NavR, 2 * NavR);
    p->setPen(QPen(BezelEdge, 0.4 * k));
    p->setBrush(KeyFace);
    p->drawEllipse(ring);
    for (const QString &dir : {QStringLiteral("Up"), QStringLiteral("Down"), QStringLiteral("Left"), QStringLiteral("Right")}) {
        const QRectF r = keyRect(dir);
        if (d.pressed == dir) {
            p->setPen(Qt::NoPen);
            p->setBrush(KeyPressed);
            p->drawEllipse(r.center(), r.width() * 0.45, r.height() * 0.45);
        }
        // an arrow head
        QPointF c = r.center();
        const double a = 1.8 * k;
        QPolygonF tri;
        if (dir == QLatin1String("Up"))
            tri << c + QPointF(0, -a) << c + QPointF(-a, a * 0.6) << c + QPointF(a, a * 0.6);
        else if (dir == QLatin1String("Down"))
            tri << c + QPointF(0, a) << c + QPointF(-a, -a * 0.6) << c + QPointF(a, -a * 0.6);
        else if (dir == QLatin1String("Left"))
            tri << c + QPointF(-a, 0) << c + QPointF(a * 0.6, -a) << c + QPointF(a * 0.6, a);
        else
            tri << c + QPointF(a, 0) << c + QPointF(-a * 0.6, -a) << c + QPointF(-a * 0.6, a);
        p->setPen(Qt::NoPen);
        p->setBrush(KeyPrint);
        p->drawPolygon(tri);
    }
    const QRectF sel = keyRect(QStringLiteral("Select"));
    p->setPen(QPen(BezelEdge, 0.4 * k));
    p->setBrush(d.pressed == QLatin1String("Select") ? KeyPressed : QColor(0x50, 0x58, 0x60));
    p->drawEllipse(sel);

    // End Call: red, as the phone's release key
    const QRectF end = keyRect(QStringLiteral("EndCall"));
    p->setPen(Qt::NoPen);
    p->setBrush(d.pressed == QLatin1String("EndCall") ? QColor(0xef, 0x53, 0x50) : QColor(0xb7, 0x1c, 0x1c));
    p->drawRoundedRect(end, end.height() / 2, end.height() / 2);
    p->setPen(KeyPrint);
    p->setFont(pixelFont(3.6 * k, true));
    drawLine(p, end.adjusted(k, 0, -k, 0), hardKeyLabels.value(3), Qt::AlignCenter);

    // the keypad: the digit large, its letters small
    for (const QChar c : QStringLiteral("123456789*0#")) {
        const QString name(c);
        const QRectF r = keyRect(name);
        p->setPen(QPen(BezelEdge, 0.3 * k));
        p->setBrush(d.pressed == name ? KeyPressed : KeyFace);
        p->drawRoundedRect(r, 2.2 * k, 2.2 * k);
        p->setPen(KeyPrint);
        const QString letters = keypadLetters(name);
        p->setFont(pixelFont(6.2 * k, true));
        p->drawText(letters.isEmpty() ? r : r.adjusted(0, 0, 0, -r.height() * 0.3), Qt::AlignCenter, name);
        if (!letters.isEmpty()) {
            p->setFont(pixelFont(2.7 * k));
            p->setPen(QColor(0xc0, 0xc8, 0xd0));
            p->drawText(r.adjusted(0, r.height() * 0.62, 0, 0), Qt::AlignHCenter | Qt::AlignTop, letters);
        }
    }
    p->restore();
}

void PhoneFace::paintKey(QPainter *p, const QString &name, const QString &label, const Display &d) const
{
    const double k = u();
    const QRectF r = keyRect(name);
    p->setPen(QPen(BezelEdge, 0.3 * k));
    p->setBrush(d.pressed == name ? KeyPressed : KeyFace);
    p->drawRoundedRect(r, r.height() / 2, r.height() / 2);
    p->setPen(KeyPrint);
    QFont f = pixelFont(3.5 * k, true);
    p->setFont(f);
    // a long word (Japanese or English) gets a smaller type rather than an ellipsis
    const double room = r.width() - 2 * k;
    const double wide = QFontMetricsF(f).horizontalAdvance(label);
    if (wide > room) {
        f.setPixelSize(qMax(6, int(f.pixelSize() * room / wide)));
        p->setFont(f);
    }
    drawLine(p, r.adjusted(k, 0, -k, 0), label, Qt::AlignCenter);
}

void PhoneFace::paintScreen(QPainter *p, const Display &d) const
{
    const double k = t();
    p->save();
    p->setPen(QPen(QColor(0x0c, 0x0e, 0x10), 0.8 * k));
    p->setBrush(ScreenBack);
    p->drawRoundedRect(m_screen, k, k);
    p->setClipRect(m_screen.adjusted(0.4 * k, 0.4 * k, -0.4 * k, -0.4 * k));

    // header: primary DN and time, then the registration state
    const QRectF header(m_screen.left(), m_screen.top(), m_screen.width(), 10.5 * k);
    p->fillRect(header, ScreenHeader);
    p->setPen(Qt::white);
    p->setFont(pixelFont(4.6 * k, true));
    const QRectF row1(header.left() + 1.5 * k, header.top() + 0.5 * k, header.width() - 3 * k, 5.5 * k);
    const double timeW = QFontMetricsF(p->font()).horizontalAdvance(d.time) + k;
    drawLine(p, row1.adjusted(0, 0, -timeW, 0), d.primaryDn);
    drawLine(p, row1, d.time, Qt::AlignRight | Qt::AlignVCenter);
    p->setFont(pixelFont(3.5 * k, true));
    p->setPen(d.statusColor.isValid() ? d.statusColor : Qt::white);
    drawLine(p, QRectF(row1.left(), row1.bottom(), row1.width(), 4.3 * k), d.status);

    // soft key labels at the foot
    const QRectF bar(m_screen.left(), m_screen.bottom() - 7 * k, m_screen.width(), 7 * k);
    p->fillRect(bar, SoftKeyBar);
    const double cell = bar.width() / 4;
    // one type size for the four labels: the longest one fits its key
    QFont label = pixelFont(3.7 * k, true);
    double widest = 0;
    for (const QString &l : d.softKeys)
        widest = qMax(widest, QFontMetricsF(label).horizontalAdvance(l));
    if (widest > cell - k)
        label.setPixelSize(qMax(6, int(label.pixelSize() * (cell - k) / widest)));
    p->setFont(label);
    for (int i = 0; i < 4; ++i) {
        const QRectF r(bar.left() + i * cell, bar.top(), cell, bar.height());
        if (i > 0) {
            p->setPen(QColor(0x55, 0x66, 0x77));
            p->drawLine(QPointF(r.left(), r.top() + k), QPointF(r.left(), r.bottom() - k));
        }
        p->setPen(Qt::white);
        drawLine(p, r.adjusted(0.5 * k, 0, -0.5 * k, 0), d.softKeys.value(i), Qt::AlignCenter);
    }

    QRectF body(m_screen.left(), header.bottom(), m_screen.width(), bar.top() - header.bottom());
    if (!d.message.isEmpty()) {
        // a failure stands above the soft keys, as a phone's prompt line shows it
        p->setFont(pixelFont(3.9 * k, true));
        const QRectF room = body.adjusted(1.5 * k, 0, -1.5 * k, 0);
        const QRectF need = QFontMetricsF(p->font()).boundingRect(room, Qt::TextWordWrap, d.message);
        const double h = qMin(need.height(), 3 * 5.0 * k) + 1.6 * k;
        const QRectF band(body.left(), body.bottom() - h, body.width(), h);
        p->fillRect(band, QColor(0xfd, 0xe4, 0xe4));
        p->setPen(QColor(0xa3, 0x12, 0x12));
        p->drawText(band.adjusted(1.5 * k, 0.8 * k, -1.5 * k, -0.8 * k), Qt::TextWordWrap | Qt::AlignLeft | Qt::AlignVCenter, d.message);
        body.setBottom(band.top());
    }
    if (d.home)
        paintHome(p, d, body);
    else
        paintObject(p, d, body);
    p->restore();
}

void PhoneFace::paintHome(QPainter *p, const Display &d, const QRectF &body) const
{
    const double k = t();
    // the lines, each beside its key
    const double lineW = m_lineKeys > 0 ? body.width() * 0.38 : 0;
    for (int i = 0; i < d.lines.size() && i < m_lineKeys; ++i) {
        const QRectF key = keyRect(QStringLiteral("Line%1").arg(i + 1));
        const QRectF row(body.left() + 0.8 * k, key.top(), lineW - 1.6 * k, key.height());
        if (row.bottom() > body.bottom())
            break;
        const Line &l = d.lines.at(i);
        const bool lit = l.state != LineState::Idle;
        p->setPen(Qt::NoPen);
        p->setBrush(lit ? lineColor(l.state).lighter(170) : QColor(0xe3, 0xe9, 0xef));
        p->drawRoundedRect(row, k, k);
        p->setBrush(lineColor(l.state));
        const double dot = 2.4 * k;
        p->drawEllipse(QRectF(row.left() + k, row.center().y() - dot / 2, dot, dot));
        p->setPen(ScreenInk);
        // the DN whole: smaller type rather than an ellipsis
        const QRectF text = row.adjusted(dot + 2 * k, 0, -0.5 * k, 0);
        QFont f = pixelFont(4.3 * k, true);
        const double wide = QFontMetricsF(f).horizontalAdvance(l.label);
        if (wide > text.width())
            f.setPixelSize(qMax(6, int(f.pixelSize() * qMax(0.6, text.width() / wide))));
        p->setFont(f);
        drawLine(p, text, l.label);
    }

    // beside them: the user, then the call (or the number being dialled)
    QRectF right(body.left() + lineW + 0.8 * k, body.top() + 1.2 * k, body.width() - lineW - 2.3 * k, body.height() - 1.2 * k);
    if (!d.notice.isEmpty()) {
        // the phone restarting or without its cluster: said large beside the lines
        p->setPen(ScreenMuted);
        p->setFont(pixelFont(5.2 * k, true));
        p->drawText(right.adjusted(k, 2 * k, -k, -2 * k), Qt::TextWordWrap | Qt::AlignCenter, d.notice);
        return;
    }
    p->setPen(ScreenInk);
    p->setFont(pixelFont(4.4 * k, true));
    if (!d.user.isEmpty()) { // who is on the phone, up to two lines
        const QRectF r(right.left(), right.top(), right.width(), 12 * k);
        const QRectF used = QFontMetricsF(p->font()).boundingRect(r, Qt::TextWordWrap, d.user);
        p->drawText(r, Qt::TextWordWrap | Qt::AlignLeft | Qt::AlignTop, d.user);
        right.setTop(right.top() + qMin(used.height(), r.height()) + k);
    }
    if (d.dialMode) {
        p->setPen(ScreenMuted);
        p->setFont(pixelFont(3.8 * k));
        drawLine(p, QRectF(right.left(), right.top(), right.width(), 5 * k), d.dialPrompt);
        const QRectF box(right.left(), right.top() + 5.5 * k, right.width(), 9 * k);
        p->setPen(QPen(Highlight, 0.5 * k));
        p->setBrush(Qt::white);
        p->drawRoundedRect(box, k, k);
        p->setPen(ScreenInk);
        p->setFont(pixelFont(6 * k, true));
        // the last digits stay in view
        const QFontMetricsF fm(p->font());
        const QString shown = fm.elidedText(d.dialing, Qt::ElideLeft, box.width() - 2 * k);
        p->drawText(box.adjusted(k, 0, -k, 0), Qt::AlignVCenter | Qt::AlignLeft, shown + QStringLiteral("▏"));
        right.setTop(box.bottom() + 1.5 * k);
    }
    if (d.callHeading.isEmpty() && d.callName.isEmpty() && d.callNumber.isEmpty() && d.callTimer.isEmpty())
        return;
    const QRectF card(right.left(), right.top(), right.width(), qMin(right.height(), 34 * k));
    p->setPen(Qt::NoPen);
    p->setBrush(QColor(0xe8, 0xf1, 0xfa));
    p->drawRoundedRect(card, k, k);
    double y = card.top() + 0.8 * k;
    auto row = [&](const QString &text, double size, bool bold, const QColor &color) {
        if (text.isEmpty())
            return;
        // a long name gets smaller type (down to about half) before it is cut
        QFont f = pixelFont(size * k, bold);
        const double room = card.width() - 2 * k;
        const double wide = QFontMetricsF(f).horizontalAdvance(text);
        if (wide > room)
            f.setPixelSize(qMax(6, int(f.pixelSize() * qMax(0.55, room / wide))));
        p->setFont(f);
        p->setPen(color);
        drawLine(p, QRectF(card.left() + k, y, room, size * 1.3 * k), text);
        y += size * 1.35 * k;
    };
    row(d.callHeading, 3.7, true, d.lampLit || d.callHeading.isEmpty() ? Alarm : ScreenMuted);
    row(d.callName, 5.4, true, ScreenInk);
    row(d.callNumber, 4.6, false, ScreenInk);
    row(d.callTimer, 5.0, true, Connected.darker(130));
    if (!d.callDetail.isEmpty()) { // the route may take two lines
        p->setFont(pixelFont(3.6 * k));
        p->setPen(ScreenMuted);
        const QRectF r(card.left() + k, y, card.width() - 2 * k, qMax(0.0, card.bottom() - y));
        p->drawText(r, Qt::TextWordWrap | Qt::AlignLeft | Qt::AlignTop, d.callDetail);
    }
}

void PhoneFace::paintObject(QPainter *p, const Display &d, const QRectF &body) const
{
    const double k = t();
    QRectF area = body.adjusted(1.5 * k, 0, -1.5 * k, 0);
    double y = body.top();
    if (!d.title.isEmpty()) {
        const QRectF bar(body.left(), y, body.width(), 6.8 * k);
        p->fillRect(bar, QColor(0xdc, 0xe6, 0xf0));
        p->setPen(ScreenInk);
        p->setFont(pixelFont(4.5 * k, true));
        drawLine(p, bar.adjusted(1.5 * k, 0, -1.5 * k, 0), d.title);
        y = bar.bottom() + 0.6 * k;
    }
    if (!d.prompt.isEmpty()) {
        p->setPen(ScreenMuted);
        p->setFont(pixelFont(3.7 * k));
        drawLine(p, QRectF(area.left(), y, area.width(), 5 * k), d.prompt);
        y += 5.2 * k;
    }
    if (!d.text.isEmpty()) {
        p->setPen(ScreenInk);
        p->setFont(pixelFont(4.3 * k));
        const QRectF r(area.left(), y, area.width(), body.bottom() - y);
        const QRectF used = QFontMetricsF(p->font()).boundingRect(r, Qt::TextWordWrap, d.text);
        p->drawText(r, Qt::TextWordWrap | Qt::AlignLeft | Qt::AlignTop, d.text);
        y += qMin(used.height(), r.height()) + k;
    }
    // menu items and directory entries; the selected one highlighted and kept in view
    if (!d.items.isEmpty()) {
        const double rowH = 6.6 * k;
        const int fit = qMax(1, int((body.bottom() - y) / rowH));
        const int first = qBound(0, d.selected - fit + 1, qMax(0, int(d.items.size()) - fit));
        p->setFont(pixelFont(4.3 * k));
        for (int i = first; i < d.items.size() && i < first + fit; ++i) {
            const QRectF r(body.left() + 0.6 * k, y, body.width() - 1.2 * k, rowH - 0.5 * k);
            const bool sel = i == d.selected;
            if (sel) {
                p->setPen(Qt::NoPen);
                p->setBrush(Highlight);
                p->drawRoundedRect(r, k * 0.8, k * 0.8);
            }
            p->setPen(sel ? Qt::white : ScreenInk);
            drawLine(p, r.adjusted(k, 0, -k, 0), d.items.at(i));
            y += rowH;
        }
    }
    // input fields: the label, then a box; the focused one outlined with a caret
    for (const Field &f : d.fields) {
        if (y + 11 * k > body.bottom() + 0.5 * k)
            break;
        p->setPen(ScreenMuted);
        p->setFont(pixelFont(3.6 * k));
        drawLine(p, QRectF(area.left(), y, area.width(), 4.4 * k), f.label);
        const QRectF box(area.left(), y + 4.5 * k, area.width(), 6.4 * k);
        p->setPen(QPen(f.focused ? Highlight : QColor(0xa8, 0xb4, 0xc0), (f.focused ? 0.6 : 0.3) * k));
        p->setBrush(Qt::white);
        p->drawRoundedRect(box, 0.8 * k, 0.8 * k);
        p->setPen(ScreenInk);
        p->setFont(pixelFont(4.5 * k, true));
        drawLine(p, box.adjusted(k, 0, -k, 0), f.shown + (f.focused ? QStringLiteral("▏") : QString()));
        y = box.bottom() + 1.2 * k;
    }
}
