#include "phoneemulator.h"

#include "catalog/phonemodelcatalog.h"
#include "cluster/cluster.h"
#include "core/clock.h"
#include "http/emappxml.h"
#include "lab/lab.h"
#include "mobility/registrar.h"
#include "phone/phoneaccessible.h"
#include "phone/phoneagent.h"
#include "routing/callrouter.h"

#include <QCoreApplication>
#include <QEvent>
#include <QKeyEvent>
#include <QMouseEvent>
#include <QPainter>
#include <QTimer>

namespace {
// The words the lab's own services send, so that lupdate lists them; a phone of the
// console's language shows them translated (anything else as sent).
const char *const PhoneWords[] = {
    QT_TRANSLATE_NOOP("PhoneEmulator", "Extension Mobility"),
    QT_TRANSLATE_NOOP("PhoneEmulator", "User ID"),
    QT_TRANSLATE_NOOP("PhoneEmulator", "PIN"),
    QT_TRANSLATE_NOOP("PhoneEmulator", "Primary Extension"),
    QT_TRANSLATE_NOOP("PhoneEmulator", "Self-Service User ID"),
    QT_TRANSLATE_NOOP("PhoneEmulator", "Enter User ID and PIN"),
    QT_TRANSLATE_NOOP("PhoneEmulator", "Enter Primary Extension and PIN"),
    QT_TRANSLATE_NOOP("PhoneEmulator", "Enter Self-Service ID and PIN"),
    QT_TRANSLATE_NOOP("PhoneEmulator", "Logout?"),
    QT_TRANSLATE_NOOP("PhoneEmulator", "Select a device profile"),
    QT_TRANSLATE_NOOP("PhoneEmulator", "Services"),
    QT_TRANSLATE_NOOP("PhoneEmulator", "Directories"),
    QT_TRANSLATE_NOOP("PhoneEmulator", "Messages"),
    QT_TRANSLATE_NOOP("PhoneEmulator", "Select a service"),
    QT_TRANSLATE_NOOP("PhoneEmulator", "No services configured"),
    QT_TRANSLATE_NOOP("PhoneEmulator", "Submit"),
    QT_TRANSLATE_NOOP("PhoneEmulator", "Exit"),
    QT_TRANSLATE_NOOP("PhoneEmulator", "Select"),
    QT_TRANSLATE_NOOP("PhoneEmulator", "Back"),
    QT_TRANSLATE_NOOP("PhoneEmulator", "Yes"),
    QT_TRANSLATE_NOOP("PhoneEmulator", "No"),
};

/// hh:mm:ss of lab time, as the phone's header clock.
QString clockText(qint64 ms)
{
    ms = qMax<qint64>(0, ms);
    return QStringLiteral("%1:%2:%3")
        .arg(ms / 3'600'000, 2, 10, QLatin1Char('0'))
        .arg(ms / 60'000 % 60, 2, 10, QLatin1Char('0'))
        .arg(ms / 1000 % 60, 2, 10, QLatin1Char('0'));
}

/// What each keypad key types in a field that takes letters, in multi-tap order.
QString tapLetters(const QString &key)
{
    static const QHash<QString, QString> letters{
        {QStringLiteral("1"), QStringLiteral("1.")},     {QStringLiteral("2"), QStringLiteral("abc2")},
        {QStringLiteral("3"), QStringLiteral("def3")},   {QStringLiteral("4"), QStringLiteral("ghi4")},
        {QStringLiteral("5"), QStringLiteral("jkl5")},   {QStringLiteral("6"), QStringLiteral("mno6")},
        {QStringLiteral("7"), QStringLiteral("pqrs7")},  {QStringLiteral("8"), QStringLiteral("tuv8")},
        {QStringLiteral("9"), QStringLiteral("wxyz9")},  {QStringLiteral("0"), QStringLiteral("0 ")},
        {QStringLiteral("*"), QStringLiteral("*")},      {QStringLiteral("#"), QStringLiteral("#")}};
    return letters.value(key);
}

bool isDialKey(const QString &key)
{
    return key.size() == 1 && QStringLiteral("0123456789*#").contains(key);
}
} // namespace

PhoneEmulator::PhoneEmulator(Lab *lab, PhoneAgent *agent, QWidget *parent)
    : QFrame(parent), m_lab(lab), m_agent(agent), m_device(agent->deviceName())
{
    Q_UNUSED(PhoneWords);
    PhoneAccessible::install();
    setObjectName(QStringLiteral("phone_") + m_device);
    setAccessibleName(m_device);
    setFocusPolicy(Qt::StrongFocus);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
    setAttribute(Qt::WA_OpaquePaintEvent, false);

    // repaints the clock, the call timer and the blinking light; time itself is the lab's
    m_blink = new QTimer(this);
    m_blink->setInterval(250);
    connect(m_blink, &QTimer::timeout, this, qOverload<>(&QWidget::update));
    m_tapTimer = new QTimer(this);
    m_tapTimer->setSingleShot(true);
    connect(m_tapTimer, &QTimer::timeout, this, &PhoneEmulator::endTap);

    connect(agent, &PhoneAgent::changed, this, &PhoneEmulator::refresh);
    if (Cluster *c = lab->clusterOfPhone(m_device)) {
        connect(c, &Cluster::loginChanged, this, &PhoneEmulator::refresh);
        connect(c, &Cluster::nodeStateChanged, this, &PhoneEmulator::refresh);
    }
    connect(lab->router(), &CallRouter::callChanged, this, &PhoneEmulator::refresh);
    refresh();
}

PhoneEmulator::~PhoneEmulator() = default;

PhoneEmulator::Screen PhoneEmulator::screen() const
{
    return m_agent && !m_agent->screen().isEmpty() ? Screen::Service : Screen::Home;
}

QString PhoneEmulator::phoneWord(const QString &text)
{
    return text.isEmpty() ? text : QCoreApplication::translate("PhoneEmulator", text.toUtf8().constData());
}

int PhoneEmulator::lineKeys() const
{
    const Cluster *c = m_lab->clusterOfPhone(m_device);
    const Device *d = c ? c->deviceByName(m_device) : nullptr;
    const PhoneModelCatalog::Model *m = d ? PhoneModelCatalog::instance().find(d->model) : nullptr;
    return m ? qBound(0, m->lineKeys, 5) : 5;
}

bool PhoneEmulator::isLive() const
{
    return m_agent && m_agent->isRegistered() && m_agent->restart() == PhoneAgent::Restart::None;
}

PhoneEmulator::Party PhoneEmulator::party(const QString &device) const
{
    // the user logged in on that phone, by name (not the device's), and its first line
    Party p;
    Cluster *c = m_lab->clusterOfPhone(device);
    Registrar *r = c ? m_lab->registrar(c) : nullptr;
    if (!r)
        return p;
    p.dn = r->lines(device).value(0);
    const QString user = r->loggedInUser(device);
    if (const EndUser *u = user.isEmpty() ? nullptr : c->endUserByUserId(user))
        p.name = u->displayName();
    return p;
}

void PhoneEmulator::refresh()
{
    // the call timer starts when the call is answered (lab time)
    const CallRouter::Call *call = m_lab->router()->callOf(m_device);
    if (call && m_lab->router()->state(m_device) == CallRouter::State::Connected && !m_connectedAt.contains(call->id))
        m_connectedAt.insert(call->id, m_lab->clock()->now());
    if (!call)
        m_connectedAt.clear();
    const int pages = (int(allSoftKeys().size()) + 2) / 3;
    if (m_softPage >= pages)
        m_softPage = 0;
    update();
}

// ---- what the screen shows ------------------------------------------------------------

QString PhoneEmulator::statusText() const
{
    if (!m_agent)
        return {};
    const Cluster *c = m_lab->clusterOfPhone(m_device);
    switch (m_agent->restart()) {
    case PhoneAgent::Restart::Reset: return tr("Resetting…");
    case PhoneAgent::Restart::Restart: return tr("Restarting…");
    case PhoneAgent::Restart::None: break;
    }
    if (m_agent->isRegistered())
        return tr("Registered on %1").arg(c ? c->name() : QString());
    if (c && c->isUp())
        return tr("Registering…");
    return tr("Unregistered: %1 is down").arg(c ? c->name() : QString());
}

PhoneFace::Display PhoneEmulator::display() const
{
    PhoneFace::Display d;
    const Cluster *c = m_lab->clusterOfPhone(m_device);
    const Device *dev = c ? c->deviceByName(m_device) : nullptr;
    d.model = dev ? dev->model : QString();
    d.device = m_device;
    d.lineKeys = lineKeys();
    d.time = clockText(m_lab->clock()->now());
    if (!m_agent)
        return d;
    const PhoneAgent *a = m_agent;
    d.primaryDn = a->lines().value(0);
    d.status = statusText();
    d.statusColor = a->restart() != PhoneAgent::Restart::None ? QColor(0xff, 0xd2, 0x7a)
                    : a->isRegistered()                      ? QColor(0x9c, 0xe6, 0xa8)
                                                             : QColor(0xff, 0x9a, 0x90);
    const bool ringing = m_lab->router()->state(m_device) == CallRouter::State::Ringing;
    d.lampLit = ringing && (m_lab->clock()->now() / 500) % 2 == 0;
    d.pressed = m_pressed;
    d.home = a->screen().isEmpty();
    fillHome(d); // the lines stay beside their keys whatever the screen shows
    if (!d.home)
        fillObject(d);

    QString message = a->failureText();
    if (message.isEmpty() && a->isBusy())
        message = tr("Connecting…");
    if (message.isEmpty() && m_lastCall && !m_lastCall->ok())
        message = tr("Call failed: %1").arg(m_lastCall->message.text());
    d.message = message;
    for (const SoftKey &k : shownSoftKeys())
        d.softKeys.append(k.label);
    while (d.softKeys.size() < 4)
        d.softKeys.append(QString());
    return d;
}

void PhoneEmulator::fillHome(PhoneFace::Display &d) const
{
    const PhoneAgent *a = m_agent;
    const bool live = isLive();
    const QStringList dns = a->lines();
    const CallRouter *router = m_lab->router();
    const CallRouter::Call *call = live ? router->callOf(m_device) : nullptr;
    const CallRouter::State state = router->state(m_device);
    for (int i = 0; i < dns.size(); ++i) {
        PhoneFace::Line l;
        l.label = dns.at(i);
        if (call) {
            // the caller's call is on its first line; the callee's on the line dialled
            const bool mine = call->caller == m_device ? i == 0 : (call->dialed == dns.at(i) || (!dns.contains(call->dialed) && i == 0));
            if (mine)
                l.state = state == CallRouter::State::Ringing  ? PhoneFace::LineState::Ringing
                          : state == CallRouter::State::Dialing ? PhoneFace::LineState::Calling
                          : state == CallRouter::State::Connected ? PhoneFace::LineState::Connected
                                                                  : PhoneFace::LineState::Idle;
        }
        d.lines.append(l);
    }
    if (!d.home)
        return;
    if (live)
        d.user = a->user().isEmpty() ? tr("No user logged in") : tr("User: %1").arg(a->user());
    else
        d.notice = statusText();
    d.dialMode = live && m_dialMode && !call;
    d.dialing = m_digits;
    d.dialPrompt = tr("Enter number");
    if (!call)
        return;
    const QString route = tr("via %1").arg(call->hops.join(QStringLiteral(" → ")));
    switch (state) {
    case CallRouter::State::Ringing: {
        const Party from = party(call->caller);
        d.callHeading = tr("Incoming call");
        d.callName = from.name;
        d.callNumber = from.dn;
        d.callDetail = route;
        break;
    }
    case CallRouter::State::Dialing: {
        d.callHeading = tr("Ringing");
        d.callName = party(call->callee).name;
        d.callNumber = call->dialed;
        d.callDetail = route;
        break;
    }
    case CallRouter::State::Connected: {
        const bool outgoing = call->caller == m_device;
        const Party other = party(outgoing ? call->callee : call->caller);
        const qint64 since = m_connectedAt.value(call->id, m_lab->clock()->now());
        const qint64 s = qMax<qint64>(0, m_lab->clock()->now() - since) / 1000;
        d.callHeading = tr("Connected");
        d.callName = other.name;
        d.callNumber = outgoing ? call->dialed : other.dn;
        d.callTimer = QStringLiteral("%1:%2").arg(s / 60, 2, 10, QLatin1Char('0')).arg(s % 60, 2, 10, QLatin1Char('0'));
        d.callDetail = route;
        break;
    }
    case CallRouter::State::Idle:
        break;
    }
}

void PhoneEmulator::fillObject(PhoneFace::Display &d) const
{
    const PhoneAgent *a = m_agent;
    const PhoneObject &o = a->screen();
    const EmAppXml::Reading em = a->emScreen();
    d.title = phoneWord(o.title);
    d.prompt = phoneWord(o.prompt);
    QString text = o.text;
    if (em.screen == EmAppXml::Screen::Result) // the code as a phone of the console's language words it
        text = EmAppXml::localPhoneText(em.code, em.logout);
    else if (em.screen == EmAppXml::Screen::LogoutConfirm && !a->user().isEmpty()) {
        const QString local = EmAppXml::localLogoutQuestion(a->user());
        if (local != QStringLiteral("%1 is logged in on this phone. Log out?").arg(a->user()))
            text = local;
    }
    d.text = text;
    const bool directory = o.kind == QLatin1String("CiscoIPPhoneDirectory");
    // numbered as a phone numbers them (the number's key opens the item)
    for (const PhoneObject::Item &it : o.items)
        d.items.append(QStringLiteral("%1  %2").arg(d.items.size() + 1).arg(directory ? tr("%1  %2").arg(it.name, it.url) : phoneWord(it.name)));
    d.selected = d.items.isEmpty() ? -1 : qBound(0, a->selected(), int(d.items.size()) - 1);
    const QStringList values = a->values();
    for (int i = 0; i < o.fields.size(); ++i) {
        const PhoneObject::Field &f = o.fields.at(i);
        const QString v = values.value(i);
        d.fields.append({phoneWord(f.displayName), f.masked() ? QString(v.size(), QChar(0x25CF)) : v, i == a->focusedField()});
    }
}

QStringList PhoneEmulator::hardKeyLabels() const
{
    return {tr("Services"), tr("Directories"), tr("Messages"), tr("End Call")};
}

QList<PhoneEmulator::SoftKey> PhoneEmulator::allSoftKeys() const
{
    // the keys act on the phone later, when pressed
    auto *self = const_cast<PhoneEmulator *>(this);
    QList<SoftKey> keys;
    if (!m_agent)
        return keys;
    PhoneAgent *a = m_agent;
    if (!a->screen().isEmpty()) {
        const QList<PhoneObject::SoftKey> own = a->softKeys();
        for (int i = 0; i < own.size(); ++i)
            keys.append({phoneWord(own.at(i).name), [a, i] { a->pressSoftKey(i); }});
        return keys;
    }
    if (!isLive())
        return keys;
    CallRouter *router = m_lab->router();
    switch (router->state(m_device)) {
    case CallRouter::State::Ringing:
        keys.append({tr("Answer"), [self, router] { router->answer(self->m_device); }});
        keys.append({tr("Decline"), [self, router] { router->hangup(self->m_device); }});
        return keys;
    case CallRouter::State::Dialing:
    case CallRouter::State::Connected:
        keys.append({tr("End Call"), [self, router] { router->hangup(self->m_device); }});
        return keys;
    case CallRouter::State::Idle:
        break;
    }
    if (m_dialMode) {
        keys.append({tr("Call"), [self] { self->dial(self->m_digits); }});
        keys.append({QStringLiteral("<<"), [self] { self->backspace(); }});
        keys.append({tr("Cancel"), [self] { self->leaveScreen(); }});
        return keys;
    }
    if (!m_lastDialed.isEmpty())
        keys.append({tr("Redial"), [self] { self->dial(self->m_lastDialed); }});
    keys.append({tr("New Call"), [self] {
                     self->m_dialMode = true;
                     self->m_digits.clear();
                     self->update();
                 }});
    return keys;
}

QList<PhoneEmulator::SoftKey> PhoneEmulator::shownSoftKeys() const
{
    const QList<SoftKey> all = allSoftKeys();
    if (all.size() <= 4)
        return all;
    // more than four: three at a time and a More key that pages them
    QList<SoftKey> shown = all.mid(m_softPage * 3, 3);
    auto *self = const_cast<PhoneEmulator *>(this);
    shown.append({tr("More"), [self, n = int(all.size())] {
                      self->m_softPage = (self->m_softPage + 1) % ((n + 2) / 3);
                      self->update();
                  }});
    return shown;
}

QStringList PhoneEmulator::softKeyLabels() const
{
    return display().softKeys;
}

QStringList PhoneEmulator::screenText() const
{
    const PhoneFace::Display d = display();
    QStringList out{d.primaryDn, d.time, d.status};
    for (const PhoneFace::Line &l : d.lines)
        out.append(l.label);
    if (d.home) {
        out << d.user << d.notice;
        if (d.dialMode)
            out << d.dialPrompt << d.dialing;
        out << d.callHeading << d.callName << d.callNumber << d.callTimer << d.callDetail;
    } else {
        out << d.title << d.prompt << d.text << d.items;
        for (const PhoneFace::Field &f : d.fields)
            out << f.label << f.shown;
    }
    out << d.message << d.softKeys;
    out.removeAll(QString());
    return out;
}

bool PhoneEmulator::isRingingLightOn() const
{
    return m_lab->router()->state(m_device) == CallRouter::State::Ringing;
}

// ---- keys ---------------------------------------------------------------------------------

QStringList PhoneEmulator::keyNames() const
{
    return PhoneFace::keyNames(lineKeys());
}

QRect PhoneEmulator::keyRect(const QString &name) const
{
    return face().keyRect(name).toAlignedRect();
}

QString PhoneEmulator::keyAt(const QPoint &pos) const
{
    return face().keyAt(pos);
}

QString PhoneEmulator::keyLabel(const QString &name) const
{
    if (name.startsWith(QLatin1String("Line"))) {
        const int n = name.mid(4).toInt();
        const QString dn = m_agent ? m_agent->lines().value(n - 1) : QString();
        return dn.isEmpty() ? tr("Line %1").arg(n) : tr("Line %1: %2").arg(n).arg(dn);
    }
    if (name.startsWith(QLatin1String("SoftKey"))) {
        const int n = name.mid(7).toInt();
        const QString label = softKeyLabels().value(n - 1);
        return label.isEmpty() ? tr("Soft key %1").arg(n) : tr("Soft key %1: %2").arg(n).arg(label);
    }
    const QStringList hard = hardKeyLabels();
    if (name == QLatin1String("Services"))
        return hard.at(0);
    if (name == QLatin1String("Directories"))
        return hard.at(1);
    if (name == QLatin1String("Messages"))
        return hard.at(2);
    if (name == QLatin1String("EndCall"))
        return hard.at(3);
    if (name == QLatin1String("Up"))
        return tr("Up");
    if (name == QLatin1String("Down"))
        return tr("Down");
    if (name == QLatin1String("Left"))
        return tr("Left");
    if (name == QLatin1String("Right"))
        return tr("Right");
    if (name == QLatin1String("Select"))
        return tr("Select");
    return name; // a digit, * or #
}

void PhoneEmulator::pressKey(const QString &name)
{
    if (!m_agent || name.isEmpty())
        return;
    PhoneAgent *a = m_agent;
    if (name != QLatin1String("Right") && !(m_tapPending && name == m_tapKey))
        endTap();
    m_lastCall.reset();
    if (name.startsWith(QLatin1String("SoftKey"))) {
        const int i = name.mid(7).toInt() - 1;
        const QList<SoftKey> keys = shownSoftKeys();
        if (i >= 0 && i < keys.size())
            keys.at(i).act();
    } else if (name == QLatin1String("Services") || name == QLatin1String("Directories") || name == QLatin1String("Messages")) {
        // each opens the menu of the phone services of its Service Type
        m_dialMode = false;
        a->pressButton(name == QLatin1String("Services")      ? PhoneAgent::Button::Services
                       : name == QLatin1String("Directories") ? PhoneAgent::Button::Directories
                                                              : PhoneAgent::Button::Messages);
    } else if (name == QLatin1String("Up") || name == QLatin1String("Down")) {
        navigate(name == QLatin1String("Up") ? -1 : 1);
    } else if (name == QLatin1String("Left")) {
        backspace();
    } else if (name == QLatin1String("Right")) {
        endTap();
    } else if (name == QLatin1String("Select")) {
        select();
    } else if (name == QLatin1String("EndCall")) {
        if (m_lab->router()->state(m_device) != CallRouter::State::Idle)
            m_lab->router()->hangup(m_device);
        else
            leaveScreen();
    } else if (name.startsWith(QLatin1String("Line"))) {
        const int i = name.mid(4).toInt() - 1;
        const CallRouter::State state = m_lab->router()->state(m_device);
        if (state == CallRouter::State::Ringing)
            m_lab->router()->answer(m_device);
        else if (state == CallRouter::State::Idle && isLive() && i < a->lines().size() && screen() == Screen::Home) {
            m_dialMode = true;
        }
    } else if (isDialKey(name)) {
        typeKey(name);
    }
    m_softPage = qMin(m_softPage, qMax(0, (int(allSoftKeys().size()) - 1) / 3));
    update();
}

void PhoneEmulator::navigate(int step)
{
    PhoneAgent *a = m_agent;
    const PhoneObject &o = a->screen();
    if (!o.items.isEmpty()) {
        a->select(qBound(0, a->selected() + step, int(o.items.size()) - 1));
    } else if (!o.fields.isEmpty()) {
        a->setFocusedField(qBound(0, a->focusedField() + step, int(o.fields.size()) - 1));
        update();
    }
}

void PhoneEmulator::select()
{
    PhoneAgent *a = m_agent;
    const PhoneObject &o = a->screen();
    if (o.isEmpty()) {
        // the home screen: the number typed is dialled; a ringing call is answered
        if (m_lab->router()->state(m_device) == CallRouter::State::Ringing)
            m_lab->router()->answer(m_device);
        else if (m_dialMode && !m_digits.isEmpty())
            dial(m_digits);
        return;
    }
    if (o.kind == QLatin1String("CiscoIPPhoneDirectory")) {
        const int i = a->selected();
        if (i >= 0 && i < o.items.size()) {
            const QString number = o.items.at(i).url;
            a->exit();
            dial(number);
        }
        return;
    }
    if (!o.items.isEmpty()) {
        const int i = a->selected();
        if (i >= 0 && i < o.items.size())
            a->open(QUrl(o.items.at(i).url));
        return;
    }
    if (!o.fields.isEmpty())
        a->pressSoftKey(QStringLiteral("SoftKey:Submit"));
}

void PhoneEmulator::backspace()
{
    PhoneAgent *a = m_agent;
    const PhoneObject &o = a->screen();
    if (!o.fields.isEmpty()) {
        const int f = a->focusedField();
        a->setValue(f, a->values().value(f).chopped(qMin(1, int(a->values().value(f).size()))));
    } else if (o.isEmpty() && m_dialMode) {
        m_digits.chop(1);
    }
}

void PhoneEmulator::typeKey(const QString &key)
{
    PhoneAgent *a = m_agent;
    const PhoneObject &o = a->screen();
    if (!o.fields.isEmpty()) {
        const int f = qBound(0, a->focusedField(), int(o.fields.size()) - 1);
        const PhoneObject::Field &field = o.fields.at(f);
        QString value = a->values().value(f);
        if (field.numeric()) { // digits only (T: a telephone number also takes * and #)
            if (key.at(0).isDigit() || field.flags.contains(QLatin1Char('T')))
                a->setValue(f, value + key);
            return;
        }
        // letters by multi-tap: the same key again takes the next letter
        const QString letters = tapLetters(key);
        if (m_tapPending && m_tapKey == key && !value.isEmpty()) {
            m_tapIndex = (m_tapIndex + 1) % letters.size();
            value.chop(1);
        } else {
            m_tapIndex = 0;
        }
        m_tapKey = key;
        m_tapPending = letters.size() > 1;
        a->setValue(f, value + letters.at(m_tapIndex));
        if (m_tapPending && m_tapTimeoutMs > 0)
            m_tapTimer->start(m_tapTimeoutMs);
        return;
    }
    if (!o.items.isEmpty()) {
        // a menu: the item's number selects and opens it
        const int n = key.toInt();
        if (n >= 1 && n <= o.items.size()) {
            a->select(n - 1);
            select();
        }
        return;
    }
    if (o.isEmpty() && isLive() && m_lab->router()->state(m_device) == CallRouter::State::Idle) {
        if (!m_dialMode)
            m_digits.clear();
        m_dialMode = true;
        m_digits += key;
    }
}

void PhoneEmulator::typeText(const QString &text)
{
    PhoneAgent *a = m_agent;
    const PhoneObject &o = a->screen();
    if (!o.fields.isEmpty()) {
        endTap();
        const int f = qBound(0, a->focusedField(), int(o.fields.size()) - 1);
        const PhoneObject::Field &field = o.fields.at(f);
        QString value = a->values().value(f);
        for (const QChar c : text)
            if (c.isPrint() && (!field.numeric() || c.isDigit() || (field.flags.contains(QLatin1Char('T')) && (c == u'*' || c == u'#'))))
                value.append(c);
        a->setValue(f, value);
        return;
    }
    for (const QChar c : text)
        if (isDialKey(QString(c)))
            typeKey(QString(c));
}

void PhoneEmulator::endTap()
{
    m_tapPending = false;
    m_tapTimer->stop();
}

void PhoneEmulator::dial(const QString &digits)
{
    const QString number = digits.trimmed();
    if (number.isEmpty())
        return;
    m_lastDialed = number;
    m_dialMode = false;
    m_digits.clear();
    const CallResult r = m_lab->router()->dial(m_device, number);
    if (!r.ok())
        m_lastCall = r;
    update();
}

void PhoneEmulator::leaveScreen()
{
    m_dialMode = false;
    m_digits.clear();
    if (m_agent && !m_agent->screen().isEmpty())
        m_agent->exit();
    update();
}

// ---- the widget -----------------------------------------------------------------------------

// The phone is drawn as large as the widget's rectangle allows with its shape kept (centred,
// at the top), so the widget itself may take any size a layout gives it.
QSize PhoneEmulator::sizeHint() const
{
    return QSize(300, qRound(300 / PhoneFace::Aspect));
}

QSize PhoneEmulator::minimumSizeHint() const
{
    return QSize(160, qRound(160 / PhoneFace::Aspect));
}

const PhoneFace &PhoneEmulator::face() const
{
    if (m_faceSize != size()) {
        m_faceSize = size();
        m_face.setBounds(QRectF(rect()).adjusted(2, 2, -2, -2), lineKeys());
    }
    return m_face;
}

void PhoneEmulator::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    face().paint(&p, display(), hardKeyLabels());
    if (hasFocus()) {
        p.setRenderHint(QPainter::Antialiasing);
        p.setPen(QPen(palette().color(QPalette::Highlight), 2));
        p.setBrush(Qt::NoBrush);
        const double k = face().phoneRect().width() / 100;
        p.drawRoundedRect(face().phoneRect().adjusted(1, 1, -1, -1), 5 * k, 5 * k);
    }
}

void PhoneEmulator::mousePressEvent(QMouseEvent *event)
{
    setFocus(Qt::MouseFocusReason);
    const QString key = keyAt(event->position().toPoint());
    if (event->button() != Qt::LeftButton || key.isEmpty())
        return QFrame::mousePressEvent(event);
    m_pressed = key;
    pressKey(key);
}

void PhoneEmulator::mouseReleaseEvent(QMouseEvent *event)
{
    m_pressed.clear();
    update();
    QFrame::mouseReleaseEvent(event);
}

void PhoneEmulator::keyPressEvent(QKeyEvent *event)
{
    switch (event->key()) {
    case Qt::Key_Up: pressKey(QStringLiteral("Up")); return;
    case Qt::Key_Down: pressKey(QStringLiteral("Down")); return;
    case Qt::Key_Left: pressKey(QStringLiteral("Left")); return;
    case Qt::Key_Right: pressKey(QStringLiteral("Right")); return;
    case Qt::Key_Return:
    case Qt::Key_Enter: pressKey(QStringLiteral("Select")); return;
    case Qt::Key_Backspace:
        endTap();
        backspace();
        update();
        return;
    case Qt::Key_Escape:
        endTap();
        leaveScreen();
        return;
    default:
        break;
    }
    const QString text = event->text();
    if (!text.isEmpty() && text.at(0).isPrint() && m_agent) {
        m_lastCall.reset();
        typeText(text);
        update();
        return;
    }
    QFrame::keyPressEvent(event);
}

void PhoneEmulator::showEvent(QShowEvent *event)
{
    QFrame::showEvent(event);
    m_blink->start();
}

void PhoneEmulator::hideEvent(QHideEvent *event)
{
    m_blink->stop();
    QFrame::hideEvent(event);
}

void PhoneEmulator::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        update(); // every word is chosen when painted
    QFrame::changeEvent(event);
}
