#include "phoneemulator.h"

#include "cluster/cluster.h"
#include "core/clock.h"
#include "lab/lab.h"
#include "mobility/registrar.h"
#include "routing/callrouter.h"

#include <QEvent>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QRegularExpression>
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
}

PhoneEmulator::PhoneEmulator(Lab *lab, PhoneServicesClient *client, const QString &deviceName, QWidget *parent)
    : QFrame(parent), m_lab(lab), m_client(client), m_device(deviceName)
{
    setObjectName(QStringLiteral("phone_") + deviceName);
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
    m_screenFrame->setMinimumHeight(150);
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

    auto *login = new QWidget(m_stack);
    auto *loginLayout = new QGridLayout(login);
    loginLayout->setContentsMargins(0, 0, 0, 0);
    m_loginTitleLabel = new QLabel(login);
    m_loginTitleLabel->setFont(bold);
    m_userIdLabel = new QLabel(login);
    m_userIdEdit = new QLineEdit(login);
    m_userIdEdit->setObjectName(QStringLiteral("userIdLineEdit"));
    m_userIdLabel->setBuddy(m_userIdEdit);
    m_pinLabel = new QLabel(login);
    m_pinEdit = new QLineEdit(login);
    m_pinEdit->setObjectName(QStringLiteral("pinLineEdit"));
    m_pinEdit->setEchoMode(QLineEdit::Password);
    m_pinLabel->setBuddy(m_pinEdit);
    m_submitButton = makeButton(login, QStringLiteral("submitButton"));
    m_loginCancelButton = makeButton(login, QStringLiteral("loginCancelButton"));
    loginLayout->addWidget(m_loginTitleLabel, 0, 0, 1, 2);
    loginLayout->addWidget(m_userIdLabel, 1, 0);
    loginLayout->addWidget(m_userIdEdit, 1, 1);
    loginLayout->addWidget(m_pinLabel, 2, 0);
    loginLayout->addWidget(m_pinEdit, 2, 1);
    auto *loginButtons = new QHBoxLayout;
    loginButtons->addWidget(m_submitButton);
    loginButtons->addWidget(m_loginCancelButton);
    loginLayout->addLayout(loginButtons, 3, 0, 1, 2);
    loginLayout->setRowStretch(4, 1);
    m_stack->addWidget(login);

    auto *profile = new QWidget(m_stack);
    auto *profileLayout = new QVBoxLayout(profile);
    profileLayout->setContentsMargins(0, 0, 0, 0);
    m_profileTitleLabel = new QLabel(profile);
    m_profileTitleLabel->setFont(bold);
    m_profileTitleLabel->setWordWrap(true);
    m_profileList = new QListWidget(profile);
    m_profileList->setObjectName(QStringLiteral("profileListWidget"));
    // takes the screen's room rather than asking for a list's usual height, so the phones
    // stand side by side at 800 px without a vertical scroll bar
    m_profileList->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Ignored);
    m_profileList->setMinimumHeight(m_profileList->fontMetrics().lineSpacing() * 3);
    m_profileSelectButton = makeButton(profile, QStringLiteral("profileSelectButton"));
    m_profileCancelButton = makeButton(profile, QStringLiteral("profileCancelButton"));
    profileLayout->addWidget(m_profileTitleLabel);
    profileLayout->addWidget(m_profileList, 1);
    auto *profileButtons = new QHBoxLayout;
    profileButtons->addWidget(m_profileSelectButton);
    profileButtons->addWidget(m_profileCancelButton);
    profileLayout->addLayout(profileButtons);
    m_stack->addWidget(profile);

    auto *logout = new QWidget(m_stack);
    auto *logoutLayout = new QVBoxLayout(logout);
    logoutLayout->setContentsMargins(0, 0, 0, 0);
    m_logoutQuestionLabel = new QLabel(logout);
    m_logoutQuestionLabel->setObjectName(QStringLiteral("logoutQuestionLabel"));
    m_logoutQuestionLabel->setWordWrap(true);
    m_logoutConfirmButton = makeButton(logout, QStringLiteral("logoutConfirmButton"));
    m_logoutCancelButton = makeButton(logout, QStringLiteral("logoutCancelButton"));
    logoutLayout->addWidget(m_logoutQuestionLabel);
    auto *logoutButtons = new QHBoxLayout;
    logoutButtons->addWidget(m_logoutConfirmButton);
    logoutButtons->addWidget(m_logoutCancelButton);
    logoutLayout->addLayout(logoutButtons);
    logoutLayout->addStretch();
    m_stack->addWidget(logout);

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
    const QString keys = QStringLiteral("123456789*0#");
    for (int i = 0; i < keys.size(); ++i) {
        const QChar k = keys.at(i);
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

    connect(m_servicesButton, &QPushButton::clicked, this, &PhoneEmulator::pressServices);
    connect(m_submitButton, &QPushButton::clicked, this, [this] { submitLogin({}); });
    connect(m_pinEdit, &QLineEdit::returnPressed, this, [this] { submitLogin({}); });
    connect(m_loginCancelButton, &QPushButton::clicked, this, [this] {
        setMessage({});
        setScreen(Screen::Home);
    });
    connect(m_profileSelectButton, &QPushButton::clicked, this, [this] {
        if (QListWidgetItem *item = m_profileList->currentItem())
            submitLogin(item->text());
    });
    connect(m_profileList, &QListWidget::itemActivated, this, [this](QListWidgetItem *item) { submitLogin(item->text()); });
    connect(m_profileCancelButton, &QPushButton::clicked, this, [this] { setScreen(Screen::Home); });
    connect(m_logoutConfirmButton, &QPushButton::clicked, this, &PhoneEmulator::confirmLogout);
    connect(m_logoutCancelButton, &QPushButton::clicked, this, [this] { setScreen(Screen::Home); });
    connect(m_dialButton, &QPushButton::clicked, this, &PhoneEmulator::dial);
    connect(m_dialEdit, &QLineEdit::returnPressed, this, &PhoneEmulator::dial);
    connect(m_answerButton, &QPushButton::clicked, this, [this] { m_lab->router()->answer(m_device); });
    connect(m_hangupButton, &QPushButton::clicked, this, [this] { m_lab->router()->hangup(m_device); });

    if (Cluster *c = lab->clusterOfPhone(deviceName)) {
        Registrar *reg = lab->registrar(c);
        connect(reg, &Registrar::registrationChanged, this, [this](const QString &d) { if (d == m_device) refresh(); });
        connect(reg, &Registrar::linesChanged, this, [this](const QString &d) { if (d == m_device) refresh(); });
        connect(c, &Cluster::loginChanged, this, &PhoneEmulator::refresh);
        connect(c, &Cluster::nodeStateChanged, this, &PhoneEmulator::refresh);
        connect(c, &Cluster::serviceStateChanged, this, &PhoneEmulator::refresh);
    }
    connect(lab->router(), &CallRouter::callChanged, this, &PhoneEmulator::refresh);

    retranslate();
}

PhoneEmulator::~PhoneEmulator()
{
    if (m_restartTask)
        m_lab->clock()->cancel(m_restartTask);
}

void PhoneEmulator::retranslate()
{
    const Cluster *c = m_lab->clusterOfPhone(m_device);
    const Device *d = c ? c->deviceByName(m_device) : nullptr;
    m_titleLabel->setText(d ? tr("%1\n%2").arg(d->model, m_device) : m_device);
    m_loginTitleLabel->setText(tr("Extension Mobility"));
    m_userIdLabel->setText(tr("User ID"));
    m_pinLabel->setText(tr("PIN"));
    m_submitButton->setText(tr("Submit"));
    m_loginCancelButton->setText(tr("Exit"));
    m_profileTitleLabel->setText(tr("Select a device profile"));
    m_profileSelectButton->setText(tr("Select"));
    m_profileCancelButton->setText(tr("Exit"));
    m_logoutConfirmButton->setText(tr("Yes"));
    m_logoutCancelButton->setText(tr("No"));
    m_servicesButton->setText(tr("Services"));
    m_dialEdit->setPlaceholderText(tr("Number to dial"));
    m_dialButton->setText(tr("Dial"));
    m_answerButton->setText(tr("Answer"));
    m_hangupButton->setText(tr("End Call"));
    updateLogoutQuestion();
    refresh();
}

void PhoneEmulator::updateLogoutQuestion()
{
    m_logoutQuestionLabel->setText(!m_logoutText.isEmpty() ? phoneLocaleText(m_logoutText) : tr("%1 is logged in. Log out?").arg(m_logoutUser));
}

void PhoneEmulator::setScreen(Screen screen)
{
    m_screen = screen;
    m_stack->setCurrentIndex(int(screen));
    refresh();
}

QString PhoneEmulator::phoneLocaleText(const QString &emApp)
{
    // EMApp answers in English, which is what a phone with an English locale shows
    // ("Please try to login again (201)"). A phone with a Japanese locale words the same
    // answers as its locale does: "エラー 201 認証エラー". A form left untranslated means English.
    static const QRegularExpression coded(QStringLiteral("\\((\\d+)\\)\\s*$"));
    static const QRegularExpression loggedIn(QStringLiteral("^(.+) is logged in on this phone\\. Log out\\?$"));
    //: a phone's error line: %1 the Extension Mobility code, %2 its name (as "Error 201 Authentication Error")
    const QString error = tr("Error %1 %2");
    if (const QRegularExpressionMatch m = coded.match(emApp); m.hasMatch() && error != QLatin1String("Error %1 %2")) {
        const int code = m.captured(1).toInt();
        return error.arg(code).arg(QCoreApplication::translate("EmResult", EmResult::titleSource(code)));
    }
    if (const QRegularExpressionMatch m = loggedIn.match(emApp); m.hasMatch())
        return tr("%1 is logged in on this phone. Log out?").arg(m.captured(1));
    return emApp;
}

void PhoneEmulator::setMessage(std::function<QString()> text)
{
    m_message = std::move(text);
    m_messageLabel->setText(m_message ? m_message() : QString());
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
    Cluster *c = m_lab->clusterOfPhone(m_device);
    Registrar *reg = c ? m_lab->registrar(c) : nullptr;
    const bool registered = reg && reg->isRegistered(m_device);
    const bool restarting = m_restart != EmResult::PhoneAction::None;

    if (restarting)
        m_statusLabel->setText(m_restart == EmResult::PhoneAction::Reset ? tr("Resetting…") : tr("Restarting…"));
    else if (registered)
        m_statusLabel->setText(tr("Registered on %1").arg(c->name()));
    else if (c && c->isUp())
        m_statusLabel->setText(tr("Registering…"));
    else
        m_statusLabel->setText(tr("Unregistered: %1 is down").arg(c ? c->name() : QString()));

    const bool live = registered && !restarting;
    const QString user = live ? reg->loggedInUser(m_device) : QString();
    m_userLabel->setText(!live ? QString() : user.isEmpty() ? tr("No user logged in") : tr("User: %1").arg(user));
    QStringList lines;
    if (live) {
        const QStringList dns = reg->lines(m_device);
        for (int i = 0; i < dns.size(); ++i)
            lines.append(tr("Line %1: %2").arg(i + 1).arg(dns.at(i)));
    }
    m_linesLabel->setText(lines.join(QLatin1Char('\n')));
    m_callLabel->setText(live ? callText() : QString());

    const CallRouter::State state = m_lab->router()->state(m_device);
    const CallRouter::Call *call = m_lab->router()->callOf(m_device);
    m_servicesButton->setEnabled(!m_busy && !restarting);
    m_submitButton->setEnabled(!m_busy);
    m_profileSelectButton->setEnabled(!m_busy);
    m_logoutConfirmButton->setEnabled(!m_busy);
    m_dialButton->setEnabled(live && state == CallRouter::State::Idle);
    m_answerButton->setEnabled(live && state == CallRouter::State::Ringing && call && call->callee == m_device);
    m_hangupButton->setEnabled(state != CallRouter::State::Idle);
    m_messageLabel->setText(m_message ? m_message() : QString());
}

void PhoneEmulator::pressServices()
{
    if (!m_client || m_busy)
        return;
    setMessage({});
    m_busy = true;
    refresh();
    QPointer<PhoneEmulator> self(this);
    m_client->openServices(m_device, [self](const PhoneServicesClient::Reply &reply) {
        if (!self)
            return;
        self->m_busy = false;
        if (reply.kind != PhoneServicesClient::Reply::Kind::Em) {
            self->handleReply(reply, false);
            return;
        }
        if (reply.userId.isEmpty()) {
            self->m_userIdEdit->clear();
            self->m_pinEdit->clear();
            self->setScreen(Screen::Login);
            self->m_userIdEdit->setFocus();
        } else {
            self->m_logoutUser = reply.userId;
            self->m_logoutText = reply.phoneText;
            self->updateLogoutQuestion();
            self->setScreen(Screen::ConfirmLogout);
        }
    });
}

void PhoneEmulator::submitLogin(const QString &profile)
{
    if (!m_client || m_busy)
        return;
    EmLoginRequest request;
    request.deviceName = m_device;
    if (profile.isEmpty()) {
        m_pendingId = m_userIdEdit->text().trimmed();
        m_pendingPin = m_pinEdit->text();
    }
    request.id = m_pendingId;
    request.pin = m_pendingPin;
    request.profile = profile;
    m_busy = true;
    setMessage([] { return tr("Logging in…"); });
    refresh();
    QPointer<PhoneEmulator> self(this);
    m_client->login(request, [self](const PhoneServicesClient::Reply &reply) {
        if (self)
            self->handleReply(reply, true);
    });
}

void PhoneEmulator::confirmLogout()
{
    if (!m_client || m_busy)
        return;
    m_busy = true;
    setMessage([] { return tr("Logging out…"); });
    refresh();
    QPointer<PhoneEmulator> self(this);
    m_client->logout(m_device, [self](const PhoneServicesClient::Reply &reply) {
        if (self)
            self->handleReply(reply, false);
    });
}

void PhoneEmulator::handleReply(const PhoneServicesClient::Reply &reply, bool isLogin)
{
    m_busy = false;
    switch (reply.kind) {
    case PhoneServicesClient::Reply::Kind::HostNotFound:
        //: what a Cisco phone shows when the services URL's host does not answer
        setMessage([] { return tr("Host Not Found"); });
        setScreen(Screen::Home);
        return;
    case PhoneServicesClient::Reply::Kind::HttpError:
        setMessage([status = reply.httpStatus] { return tr("HTTP Error (%1)").arg(status); });
        setScreen(Screen::Home);
        return;
    case PhoneServicesClient::Reply::Kind::Em:
        break;
    }
    const EmResult r = reply.result;
    if (r.status == EmResult::Status::ChooseProfile) {
        m_profileList->clear();
        m_profileList->addItems(r.profileChoices);
        if (m_profileList->count() > 0)
            m_profileList->setCurrentRow(0);
        setMessage({});
        setScreen(Screen::ChooseProfile);
        return;
    }
    if (!r.ok()) {
        // the cluster's own words when EMApp gave them, else the engine's text and code
        if (!reply.phoneText.isEmpty())
            setMessage([text = reply.phoneText] { return phoneLocaleText(text); });
        else
            setMessage([r] { return r.text(); });
        if (isLogin) {
            m_pinEdit->clear();
            setScreen(Screen::Login);
        } else {
            setScreen(Screen::Home);
        }
        return;
    }
    m_pendingPin.clear();
    m_pinEdit->clear();
    setMessage({});
    setScreen(Screen::Home);
    startRestart(r.action == EmResult::PhoneAction::None ? EmResult::PhoneAction::Restart : r.action);
}

void PhoneEmulator::startRestart(EmResult::PhoneAction action)
{
    if (m_restartTask)
        m_lab->clock()->cancel(m_restartTask);
    m_restart = action;
    // on the lab clock, so a slowed-down demo shows the restart longer
    m_restartTask = m_lab->clock()->schedule(RestartMs, this, [this] {
        m_restartTask = 0;
        m_restart = EmResult::PhoneAction::None;
        refresh();
    });
    refresh();
}

void PhoneEmulator::dial()
{
    const QString digits = m_dialEdit->text().trimmed();
    if (digits.isEmpty())
        return;
    const CallResult r = m_lab->router()->dial(m_device, digits);
    if (r.ok())
        setMessage({});
    else
        setMessage([r] { return tr("Call failed: %1").arg(r.message.text()); });
    refresh();
}

void PhoneEmulator::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QFrame::changeEvent(event);
}
