#include "phoneagent.h"

#include "core/clock.h"
#include "mobility/extensionmobility.h"
#include "mobility/registrar.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QUrlQuery>

namespace {
constexpr int RequestTimeoutMs = 10'000;
constexpr int MaxHistory = 16;
}

PhoneAgent::PhoneAgent(Wiring wiring, QObject *parent)
    : QObject(parent), m_w(std::move(wiring)), m_registrar(m_w.registrar), m_mobility(m_w.mobility)
{
    if (m_registrar) {
        auto mine = [this](const QString &device) {
            if (device.compare(m_w.deviceName, Qt::CaseInsensitive) == 0)
                emit changed();
        };
        connect(m_registrar, &Registrar::registrationChanged, this, mine);
        connect(m_registrar, &Registrar::linesChanged, this, mine);
    }
    if (m_mobility) {
        connect(m_mobility, &ExtensionMobility::loginFinished, this, &PhoneAgent::engineSaid);
        connect(m_mobility, &ExtensionMobility::logoutFinished, this, &PhoneAgent::engineSaid);
    }
}

PhoneAgent::~PhoneAgent()
{
    if (m_restartTask && m_w.clock)
        m_w.clock->cancel(m_restartTask);
    if (m_reply) {
        m_reply->disconnect(this);
        m_reply->abort();
        m_reply->deleteLater();
    }
}

bool PhoneAgent::isOrphaned() const
{
    return m_w.registrar && !m_registrar;
}

bool PhoneAgent::isRegistered() const
{
    return m_registrar && m_registrar->isRegistered(m_w.deviceName);
}

QString PhoneAgent::user() const
{
    return isRegistered() && m_restart == Restart::None ? m_registrar->loggedInUser(m_w.deviceName) : QString();
}

QStringList PhoneAgent::lines() const
{
    return isRegistered() && m_restart == Restart::None ? m_registrar->lines(m_w.deviceName) : QStringList();
}

QString PhoneAgent::failureText() const
{
    switch (m_failure) {
    case Failure::None:
        break;
    case Failure::HostNotFound:
        //: what a Cisco phone shows when the services URL's host does not answer
        return tr("Host Not Found");
    case Failure::HttpError:
        return tr("HTTP Error (%1)").arg(m_httpStatus);
    case Failure::XmlError:
        //: what a Cisco phone shows for an answer that is not a CiscoIPPhone object it can display
        return tr("XML Error");
    }
    return {};
}

QList<PhoneObject::SoftKey> PhoneAgent::softKeys() const
{
    if (m_screen.isEmpty())
        return {};
    if (!m_screen.softKeys.isEmpty())
        return m_screen.softKeys;
    // A phone's own soft keys for an object that names none.
    const QString &k = m_screen.kind;
    if (k == QLatin1String("CiscoIPPhoneMenu") || k == QLatin1String("CiscoIPPhoneIconMenu"))
        return {{QStringLiteral("Select"), 1, QStringLiteral("SoftKey:Select")}, {QStringLiteral("Exit"), 2, QStringLiteral("SoftKey:Exit")}};
    if (k == QLatin1String("CiscoIPPhoneInput"))
        return {{QStringLiteral("Submit"), 1, QStringLiteral("SoftKey:Submit")},
                {QStringLiteral("<<"), 2, QStringLiteral("SoftKey:<<")},
                {QStringLiteral("Exit"), 3, QStringLiteral("SoftKey:Exit")}};
    return {{QStringLiteral("Exit"), 1, QStringLiteral("SoftKey:Exit")}};
}

void PhoneAgent::setValue(int field, const QString &value)
{
    if (field < 0 || field >= m_values.size() || m_values.at(field) == value)
        return;
    m_values[field] = value;
    emit changed();
}

void PhoneAgent::setFocusedField(int field)
{
    if (field >= 0 && field < m_values.size())
        m_focus = field;
}

void PhoneAgent::select(int item)
{
    if (item < 0 || item >= m_screen.items.size() || item == m_selected)
        return;
    m_selected = item;
    emit changed();
}

void PhoneAgent::pressButton(Button button)
{
    if (m_restart != Restart::None || isBusy())
        return;
    QUrl url = m_w.servicesUrl ? m_w.servicesUrl() : QUrl();
    if (url.isValid() && button != Button::Services) {
        QUrlQuery q(url);
        q.addQueryItem(QStringLiteral("type"), button == Button::Directories ? QStringLiteral("Directories") : QStringLiteral("Messages"));
        url.setQuery(q);
    }
    m_history.clear();
    m_screen = {};
    if (!url.isValid()) {
        m_failure = Failure::HostNotFound;
        ++m_answers;
        emit changed();
        return;
    }
    get(url);
}

void PhoneAgent::pressSoftKey(int index)
{
    const QList<PhoneObject::SoftKey> keys = softKeys();
    if (index >= 0 && index < keys.size())
        act(keys.at(index).url);
}

bool PhoneAgent::pressSoftKey(const QString &action)
{
    for (const PhoneObject::SoftKey &k : softKeys())
        if (k.url == action) {
            act(action);
            return true;
        }
    return false;
}

void PhoneAgent::act(const QString &action)
{
    if (isBusy() || m_restart != Restart::None)
        return;
    if (action == QLatin1String("SoftKey:Exit")) {
        exit();
    } else if (action == QLatin1String("SoftKey:Back")) {
        if (m_history.isEmpty()) {
            exit();
            return;
        }
        show(m_history.takeLast(), false);
    } else if (action == QLatin1String("SoftKey:Submit")) {
        submit();
    } else if (action == QLatin1String("SoftKey:Select")) {
        if (m_selected >= 0 && m_selected < m_screen.items.size() && m_screen.kind != QLatin1String("CiscoIPPhoneDirectory"))
            open(QUrl(m_screen.items.at(m_selected).url));
    } else if (action == QLatin1String("SoftKey:<<")) {
        if (m_focus >= 0 && m_focus < m_values.size() && !m_values.at(m_focus).isEmpty()) {
            m_values[m_focus].chop(1);
            emit changed();
        }
    } else if (action == QLatin1String("Init:Services")) {
        exit();
        pressServices();
    } else if (!action.startsWith(QLatin1String("SoftKey:")) && !action.startsWith(QLatin1String("Init:"))) {
        open(QUrl(action));
    }
}

void PhoneAgent::open(const QUrl &target)
{
    if (isBusy() || m_restart != Restart::None)
        return;
    const QUrl url = target.isRelative() && m_screen.source.isValid() ? m_screen.source.resolved(target) : target;
    if (!url.isValid() || (url.scheme() != QLatin1String("http") && url.scheme() != QLatin1String("https"))) {
        m_failure = Failure::HostNotFound;
        ++m_answers;
        emit changed();
        return;
    }
    get(url);
}

void PhoneAgent::submit()
{
    if (m_screen.kind != QLatin1String("CiscoIPPhoneInput"))
        return;
    QUrlQuery fields;
    for (int i = 0; i < m_screen.fields.size(); ++i)
        fields.addQueryItem(QString::fromLatin1(QUrl::toPercentEncoding(m_screen.fields.at(i).parameter)),
                            QString::fromLatin1(QUrl::toPercentEncoding(m_values.value(i))));
    QUrl url(m_screen.url);
    if (url.isRelative())
        url = m_screen.source.resolved(url);
    if (m_screen.post) {
        get(url, fields.toString(QUrl::FullyEncoded).toUtf8(), true);
        return;
    }
    QUrlQuery q(url);
    for (const auto &item : fields.queryItems(QUrl::FullyEncoded))
        q.addQueryItem(item.first, item.second);
    url.setQuery(q);
    open(url);
}

void PhoneAgent::exit()
{
    m_history.clear();
    m_screen = {};
    m_values.clear();
    m_failure = Failure::None;
    emit changed();
}

void PhoneAgent::get(const QUrl &url, const QByteArray &postBody, bool post)
{
    QNetworkRequest request(url);
    request.setTransferTimeout(RequestTimeoutMs);
    if (post)
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/x-www-form-urlencoded"));
    m_failure = Failure::None;
    m_reply = post ? m_w.network->post(request, postBody) : m_w.network->get(request);
    QNetworkReply *reply = m_reply;
    connect(reply, &QNetworkReply::finished, this, [this, reply] { answered(reply); });
    // A service URL may name any server: a phone reads an object of bounded size, never a stream.
    connect(reply, &QNetworkReply::downloadProgress, reply, [reply](qint64 received, qint64) {
        if (received > MaxObjectBytes && !reply->property("tooLarge").toBool()) {
            reply->setProperty("tooLarge", true);
            reply->abort();
        }
    });
    emit changed();
}

void PhoneAgent::answered(QNetworkReply *reply)
{
    reply->deleteLater();
    if (reply != m_reply)
        return;
    m_reply = nullptr;
    ++m_answers;
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (status == 0) { // no HTTP answer at all: refused, closed, no such host, timed out
        m_failure = Failure::HostNotFound;
        m_screen = {};
        m_history.clear();
        emit changed();
        return;
    }
    if (reply->property("tooLarge").toBool()) {
        m_failure = Failure::XmlError;
        m_screen = {};
        emit changed();
        return;
    }
    if (status != 200) {
        m_failure = Failure::HttpError;
        m_httpStatus = status;
        m_screen = {};
        m_history.clear();
        emit changed();
        return;
    }
    PhoneObject o = PhoneObject::parse(reply->readAll());
    o.source = reply->url();
    m_lastAnswer = o;
    if (o.isEmpty()) {
        m_failure = Failure::XmlError;
        m_screen = {};
        emit changed();
        return;
    }
    if (m_restart != Restart::None) { // a restarting phone shows no service
        emit changed();
        return;
    }
    show(o, true);
}

void PhoneAgent::show(const PhoneObject &o, bool remember)
{
    if (remember && !m_screen.isEmpty()) {
        m_history.append(m_screen);
        if (m_history.size() > MaxHistory)
            m_history.removeFirst();
    }
    m_screen = o;
    m_values.clear();
    for (const PhoneObject::Field &f : o.fields)
        m_values.append(f.defaultValue);
    m_focus = 0;
    m_selected = 0;
    m_failure = Failure::None;
    emit changed();
}

void PhoneAgent::engineSaid(const EmResult &result)
{
    if (result.device.compare(m_w.deviceName, Qt::CaseInsensitive) != 0)
        return;
    m_engine = result;
    ++m_engineResults;
    if (result.ok())
        startRestart(result.action == EmResult::PhoneAction::Reset ? Restart::Reset : Restart::Restart);
}

void PhoneAgent::startRestart(Restart kind)
{
    if (m_restartTask && m_w.clock)
        m_w.clock->cancel(m_restartTask);
    m_restartTask = 0;
    m_restart = kind;
    m_history.clear();
    m_screen = {};
    m_values.clear();
    m_failure = Failure::None;
    // on the lab clock, so a slowed-down demo shows the restart longer
    if (m_w.clock)
        m_restartTask = m_w.clock->schedule(RestartMs, this, [this] {
            m_restartTask = 0;
            m_restart = Restart::None;
            emit changed();
        });
    emit changed();
}

void PhoneAgent::finishRestart()
{
    if (m_restart == Restart::None)
        return;
    if (m_restartTask && m_w.clock)
        m_w.clock->cancel(m_restartTask);
    m_restartTask = 0;
    m_restart = Restart::None;
    emit changed();
}
