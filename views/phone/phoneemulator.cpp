#include "phoneemulator.h"

#include "cluster/cluster.h"
#include "http/emappxml.h"
#include "lab/lab.h"
#include "phone/phoneagent.h"
#include "routing/callrouter.h"

#include <QCoreApplication>
#include <QEvent>
#include <QFormLayout>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QRegularExpressionValidator>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace {
QPushButton *makeButton(QWidget *parent, const QString &objectName)
{
    auto *b = new QPushButton(parent);
    b->setObjectName(objectName);
    b->setAutoDefault(false);
    return b;
}

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
    QT_TRANSLATE_NOOP("PhoneEmulator", "Select a service"),
    QT_TRANSLATE_NOOP("PhoneEmulator", "No services configured"),
    QT_TRANSLATE_NOOP("PhoneEmulator", "Submit"),
    QT_TRANSLATE_NOOP("PhoneEmulator", "Exit"),
    QT_TRANSLATE_NOOP("PhoneEmulator", "Select"),
    QT_TRANSLATE_NOOP("PhoneEmulator", "Back"),
    QT_TRANSLATE_NOOP("PhoneEmulator", "Yes"),
    QT_TRANSLATE_NOOP("PhoneEmulator", "No"),
};
} // namespace

PhoneEmulator::PhoneEmulator(Lab *lab, PhoneAgent *agent, QWidget *parent)
    : QFrame(parent), m_lab(lab), m_agent(agent), m_device(agent->deviceName())
{
    Q_UNUSED(PhoneWords);
    setObjectName(QStringLiteral("phone_") + m_device);
    setFrameShape(QFrame::StyledPanel);
    setFixedWidth(204);
    auto *layout = new QVBoxLayout(this);

    m_titleLabel = new QLabel(this);
    m_titleLabel->setObjectName(QStringLiteral("phoneTitleLabel"));
    m_titleLabel->setAlignment(Qt::AlignCenter);
    m_titleLabel->setWordWrap(true);
    layout->addWidget(m_titleLabel);

    // the screen: a pale LCD with a status line, the current page and a message line
    m_screenFrame = new QFrame(this);
    m_screenFrame->setObjectName(QStringLiteral("screenFrame"));
    m_screenFrame->setFrameShape(QFrame::Box);
    m_screenFrame->setAutoFillBackground(true);
    QPalette lcd = m_screenFrame->palette();
    lcd.setColor(QPalette::Window, QColor(0xe8, 0xf0, 0xf8));
    lcd.setColor(QPalette::WindowText, QColor(0x10, 0x20, 0x30));
    m_screenFrame->setPalette(lcd);
    // room for a login form, so a phone keeps its height whatever its screen shows
    m_screenFrame->setMinimumHeight(240);
    auto *screen = new QVBoxLayout(m_screenFrame);
    m_statusLabel = new QLabel(m_screenFrame);
    m_statusLabel->setObjectName(QStringLiteral("phoneStatusLabel"));
    m_statusLabel->setWordWrap(true);
    QFont bold = m_statusLabel->font();
    bold.setBold(true);
    m_statusLabel->setFont(bold);
    m_statusLabel->setMinimumHeight(QFontMetrics(bold).lineSpacing() * 2);
    m_statusLabel->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    screen->addWidget(m_statusLabel);
    m_stack = new QStackedWidget(m_screenFrame);
    m_stack->setObjectName(QStringLiteral("screenStackedWidget"));
    screen->addWidget(m_stack, 1);

    auto *home = new QWidget(m_stack);
    auto *homeLayout = new QVBoxLayout(home);
    homeLayout->setContentsMargins(0, 0, 0, 0);
    m_userLabel = new QLabel(home);
    m_userLabel->setObjectName(QStringLiteral("phoneUserLabel"));
    m_userLabel->setWordWrap(true);
    m_linesLabel = new QLabel(home);
    m_linesLabel->setObjectName(QStringLiteral("phoneLinesLabel"));
    m_linesLabel->setWordWrap(true);
    m_callLabel = new QLabel(home);
    m_callLabel->setObjectName(QStringLiteral("phoneCallLabel"));
    m_callLabel->setWordWrap(true);
    homeLayout->addWidget(m_userLabel);
    homeLayout->addWidget(m_linesLabel);
    homeLayout->addWidget(m_callLabel);
    homeLayout->addStretch();
    m_stack->addWidget(home);

    // whatever CiscoIPPhone object the phone shows
    auto *service = new QWidget(m_stack);
    auto *serviceLayout = new QVBoxLayout(service);
    serviceLayout->setContentsMargins(0, 0, 0, 0);
    m_serviceTitleLabel = new QLabel(service);
    m_serviceTitleLabel->setObjectName(QStringLiteral("serviceTitleLabel"));
    m_serviceTitleLabel->setFont(bold);
    m_serviceTitleLabel->setWordWrap(true);
    m_promptLabel = new QLabel(service);
    m_promptLabel->setObjectName(QStringLiteral("servicePromptLabel"));
    m_promptLabel->setWordWrap(true);
    m_textLabel = new QLabel(service);
    m_textLabel->setObjectName(QStringLiteral("serviceTextLabel"));
    m_textLabel->setWordWrap(true);
    m_itemList = new QListWidget(service);
    m_itemList->setObjectName(QStringLiteral("serviceItemsListWidget"));
    // takes the screen's room rather than asking for a list's usual height, so the phones
    // stand side by side at 800 px without a vertical scroll bar
    m_itemList->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Ignored);
    m_itemList->setMinimumHeight(m_itemList->fontMetrics().lineSpacing() * 3);
    serviceLayout->addWidget(m_serviceTitleLabel);
    serviceLayout->addWidget(m_promptLabel);
    serviceLayout->addWidget(m_textLabel);
    serviceLayout->addWidget(m_itemList, 1);
    auto *fields = new QFormLayout;
    for (int i = 0; i < MaxFields; ++i) {
        auto *label = new QLabel(service);
        auto *edit = new QLineEdit(service);
        edit->setObjectName(QStringLiteral("fieldLineEdit%1").arg(i));
        label->setBuddy(edit);
        fields->addRow(label, edit);
        m_fieldLabels.append(label);
        m_fieldEdits.append(edit);
        connect(edit, &QLineEdit::textEdited, this, [this, i](const QString &text) {
            if (m_agent)
                m_agent->setValue(i, text);
        });
        connect(edit, &QLineEdit::cursorPositionChanged, this, [this, i] {
            if (m_agent && !m_refreshing)
                m_agent->setFocusedField(i);
        });
        connect(edit, &QLineEdit::returnPressed, this, [this] {
            if (m_agent)
                m_agent->pressSoftKey(QStringLiteral("SoftKey:Submit"));
        });
    }
    serviceLayout->addLayout(fields);
    auto *keys = new QGridLayout;
    for (int i = 0; i < MaxSoftKeys; ++i) {
        QPushButton *b = makeButton(service, QStringLiteral("softKey%1Button").arg(i + 1));
        keys->addWidget(b, i / 3, i % 3);
        m_softKeys.append(b);
        connect(b, &QPushButton::clicked, this, [this, i] {
            if (m_agent)
                m_agent->pressSoftKey(i);
        });
    }
    serviceLayout->addLayout(keys);
    m_stack->addWidget(service);

    m_messageLabel = new QLabel(m_screenFrame);
    m_messageLabel->setObjectName(QStringLiteral("phoneMessageLabel"));
    m_messageLabel->setWordWrap(true);
    QPalette warn = m_messageLabel->palette();
    warn.setColor(QPalette::WindowText, QColor(0xb7, 0x1c, 0x1c));
    m_messageLabel->setPalette(warn);
    // room for a code and its explanation (Japanese ones too) without the phones side by side
    // growing to different heights
    m_messageLabel->setMinimumHeight(m_messageLabel->fontMetrics().lineSpacing() * 3);
    m_messageLabel->setAlignment(Qt::AlignLeft | Qt::AlignBottom);
    screen->addWidget(m_messageLabel);
    layout->addWidget(m_screenFrame, 1);

    m_servicesButton = makeButton(this, QStringLiteral("servicesButton"));
    layout->addWidget(m_servicesButton);

    m_dialEdit = new QLineEdit(this);
    m_dialEdit->setObjectName(QStringLiteral("dialLineEdit"));
    m_dialEdit->setClearButtonEnabled(true);
    layout->addWidget(m_dialEdit);
    auto *keypad = new QGridLayout;
    const QString digits = QStringLiteral("123456789*0#");
    for (int i = 0; i < digits.size(); ++i) {
        const QChar k = digits.at(i);
        auto *b = makeButton(this, QStringLiteral("key%1Button").arg(k == QLatin1Char('*') ? QStringLiteral("Star")
                                                                   : k == QLatin1Char('#') ? QStringLiteral("Hash")
                                                                                           : QString(k)));
        b->setText(k);
        b->setFixedHeight(24);
        connect(b, &QPushButton::clicked, this, [this, k] { m_dialEdit->insert(k); });
        keypad->addWidget(b, i / 3, i % 3);
        m_keys.append(b);
    }
    layout->addLayout(keypad);
    auto *callButtons = new QHBoxLayout;
    m_dialButton = makeButton(this, QStringLiteral("dialButton"));
    m_answerButton = makeButton(this, QStringLiteral("answerButton"));
    m_hangupButton = makeButton(this, QStringLiteral("hangupButton"));
    callButtons->addWidget(m_dialButton);
    callButtons->addWidget(m_answerButton);
    callButtons->addWidget(m_hangupButton);
    layout->addLayout(callButtons);

    connect(m_servicesButton, &QPushButton::clicked, this, [this] {
        if (m_agent)
            m_agent->pressServices();
    });
    connect(m_itemList, &QListWidget::currentRowChanged, this, [this](int row) {
        if (m_agent && !m_refreshing)
            m_agent->select(row);
    });
    connect(m_itemList, &QListWidget::itemActivated, this, [this](QListWidgetItem *item) {
        if (!m_agent)
            return;
        m_agent->select(m_itemList->row(item));
        m_agent->pressSoftKey(QStringLiteral("SoftKey:Select"));
    });
    connect(m_dialButton, &QPushButton::clicked, this, &PhoneEmulator::dial);
    connect(m_dialEdit, &QLineEdit::returnPressed, this, &PhoneEmulator::dial);
    connect(m_answerButton, &QPushButton::clicked, this, [this] { m_lab->router()->answer(m_device); });
    connect(m_hangupButton, &QPushButton::clicked, this, [this] { m_lab->router()->hangup(m_device); });

    connect(agent, &PhoneAgent::changed, this, &PhoneEmulator::refresh);
    if (Cluster *c = lab->clusterOfPhone(m_device)) {
        connect(c, &Cluster::loginChanged, this, &PhoneEmulator::refresh);
        connect(c, &Cluster::nodeStateChanged, this, &PhoneEmulator::refresh);
    }
    connect(lab->router(), &CallRouter::callChanged, this, &PhoneEmulator::refresh);

    retranslate();
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

void PhoneEmulator::retranslate()
{
    const Cluster *c = m_lab->clusterOfPhone(m_device);
    const Device *d = c ? c->deviceByName(m_device) : nullptr;
    m_titleLabel->setText(d ? tr("%1\n%2").arg(d->model, m_device) : m_device);
    m_servicesButton->setText(tr("Services"));
    m_dialEdit->setPlaceholderText(tr("Number to dial"));
    m_dialButton->setText(tr("Dial"));
    m_answerButton->setText(tr("Answer"));
    m_hangupButton->setText(tr("End Call"));
    refresh();
}

QString PhoneEmulator::callText() const
{
    const CallRouter *router = m_lab->router();
    const CallRouter::Call *call = router->callOf(m_device);
    if (!call)
        return {};
    const QString hops = call->hops.join(QStringLiteral(" → "));
    switch (router->state(m_device)) {
    case CallRouter::State::Dialing: // the caller hears ringback
        return tr("Ringing %1 (dialled %2) via %3").arg(call->callee, call->dialed, hops);
    case CallRouter::State::Ringing:
        return tr("Incoming call from %1 via %2").arg(call->caller, hops);
    case CallRouter::State::Connected:
        return tr("Connected with %1 via %2").arg(call->caller == m_device ? call->callee : call->caller, hops);
    case CallRouter::State::Idle:
        break;
    }
    return {};
}

void PhoneEmulator::refresh()
{
    if (!m_agent)
        return;
    m_refreshing = true;
    const PhoneAgent *a = m_agent;
    Cluster *c = m_lab->clusterOfPhone(m_device);
    const bool registered = a->isRegistered();
    const PhoneAgent::Restart restart = a->restart();

    if (restart != PhoneAgent::Restart::None)
        m_statusLabel->setText(restart == PhoneAgent::Restart::Reset ? tr("Resetting…") : tr("Restarting…"));
    else if (registered)
        m_statusLabel->setText(tr("Registered on %1").arg(c ? c->name() : QString()));
    else if (c && c->isUp())
        m_statusLabel->setText(tr("Registering…"));
    else
        m_statusLabel->setText(tr("Unregistered: %1 is down").arg(c ? c->name() : QString()));

    const bool live = registered && restart == PhoneAgent::Restart::None;
    const QString user = a->user();
    m_userLabel->setText(!live ? QString() : user.isEmpty() ? tr("No user logged in") : tr("User: %1").arg(user));
    QStringList lines;
    const QStringList dns = a->lines();
    for (int i = 0; i < dns.size(); ++i)
        lines.append(tr("Line %1: %2").arg(i + 1).arg(dns.at(i)));
    m_linesLabel->setText(lines.join(QLatin1Char('\n')));
    m_callLabel->setText(live ? callText() : QString());

    // the object on the screen
    const PhoneObject &o = a->screen();
    const EmAppXml::Reading em = a->emScreen();
    m_stack->setCurrentIndex(o.isEmpty() ? 0 : 1);
    m_serviceTitleLabel->setText(phoneWord(o.title));
    m_promptLabel->setText(phoneWord(o.prompt));
    m_promptLabel->setVisible(!o.prompt.isEmpty());
    QString text = o.text;
    if (em.screen == EmAppXml::Screen::Result) // the code as a phone of the console's language words it
        text = EmAppXml::localPhoneText(em.code, em.logout);
    else if (em.screen == EmAppXml::Screen::LogoutConfirm && !user.isEmpty()) {
        const QString local = EmAppXml::localLogoutQuestion(user);
        if (local != QStringLiteral("%1 is logged in on this phone. Log out?").arg(user))
            text = local;
    }
    m_textLabel->setText(text);
    m_textLabel->setVisible(!text.isEmpty());
    const bool listed = !o.items.isEmpty() || o.kind == QLatin1String("CiscoIPPhoneMenu");
    m_itemList->setVisible(listed);
    QStringList names;
    for (const PhoneObject::Item &it : o.items)
        names.append(o.kind == QLatin1String("CiscoIPPhoneDirectory") ? tr("%1  %2").arg(it.name, it.url) : phoneWord(it.name));
    QStringList shown;
    for (int i = 0; i < m_itemList->count(); ++i)
        shown.append(m_itemList->item(i)->text());
    if (shown != names) {
        m_itemList->clear();
        m_itemList->addItems(names);
    }
    if (a->selected() < m_itemList->count())
        m_itemList->setCurrentRow(a->selected());
    const QStringList values = a->values();
    for (int i = 0; i < MaxFields; ++i) {
        const bool used = i < o.fields.size();
        m_fieldLabels[i]->setVisible(used);
        m_fieldEdits[i]->setVisible(used);
        if (!used)
            continue;
        const PhoneObject::Field &f = o.fields.at(i);
        m_fieldLabels[i]->setText(phoneWord(f.displayName));
        m_fieldEdits[i]->setEchoMode(f.masked() ? QLineEdit::Password : QLineEdit::Normal);
        static const QRegularExpression digits(QStringLiteral("[0-9]*"));
        static const QRegularExpression telephone(QStringLiteral("[0-9*#+]*"));
        const bool numeric = f.flags.contains(QLatin1Char('N'));
        const bool phoneNumber = !numeric && f.flags.contains(QLatin1Char('T'));
        delete m_fieldEdits[i]->validator();
        if (numeric || phoneNumber)
            m_fieldEdits[i]->setValidator(new QRegularExpressionValidator(numeric ? digits : telephone, m_fieldEdits[i]));
        if (m_fieldEdits[i]->text() != values.value(i))
            m_fieldEdits[i]->setText(values.value(i));
    }
    const QList<PhoneObject::SoftKey> keys = a->softKeys();
    const bool busy = a->isBusy();
    for (int i = 0; i < MaxSoftKeys; ++i) {
        const bool used = i < keys.size();
        m_softKeys[i]->setVisible(used);
        if (used) {
            m_softKeys[i]->setText(phoneWord(keys.at(i).name));
            m_softKeys[i]->setEnabled(!busy);
        }
    }

    // the message line: a failure, else what the keypad's call said
    QString message = a->failureText();
    if (message.isEmpty() && busy)
        message = tr("Connecting…");
    if (message.isEmpty())
        message = m_callMessage;
    m_messageLabel->setText(message);

    const CallRouter::State state = m_lab->router()->state(m_device);
    const CallRouter::Call *call = m_lab->router()->callOf(m_device);
    m_servicesButton->setEnabled(!busy && restart == PhoneAgent::Restart::None);
    m_dialButton->setEnabled(live && state == CallRouter::State::Idle);
    m_answerButton->setEnabled(live && state == CallRouter::State::Ringing && call && call->callee == m_device);
    m_hangupButton->setEnabled(state != CallRouter::State::Idle);
    m_refreshing = false;
}

void PhoneEmulator::dial()
{
    const QString digits = m_dialEdit->text().trimmed();
    if (digits.isEmpty())
        return;
    const CallResult r = m_lab->router()->dial(m_device, digits);
    m_callMessage = r.ok() ? QString() : tr("Call failed: %1").arg(r.message.text());
    refresh();
}

void PhoneEmulator::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QFrame::changeEvent(event);
}
