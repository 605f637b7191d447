#include "clusterhttp.h"

#include "catalog/servicecatalog.h"
#include "cluster/cluster.h"
#include "catalog/parametercatalog.h"
#include "core/clock.h"
#include "http/emapirequest.h"
#include "http/emappquery.h"
#include "http/connectionguard.h"
#include "http/emapiresponse.h"
#include "http/guardedtcpserver.h"
#include "http/orderedresponder.h"
#include "http/emappxml.h"
#include "http/phonexml.h"
#include "lab/lab.h"
#include "mobility/extensionmobility.h"
#include "mobility/registrar.h"

#include <QRandomGenerator>
#include <QTcpSocket>
#include <QUrlQuery>
#include <QtHttpServer/QHttpServerRequest>

#include <memory>

const char *const ClusterHttp::ContentType = "text/xml; charset=utf-8";

namespace {

using Status = QHttpServerResponder::StatusCode;
using Method = QHttpServerRequest::Method;

const QString EmAppPath = QStringLiteral("/emapp/EMAppServlet");
const QString EmApiPath = QStringLiteral("/emservice/EMServiceServlet");
const QString ServicesMenuPath = QStringLiteral("/ccmcip/getservicesmenu.jsp");
constexpr qint64 ChoiceLifetimeMs = 120'000;

// Every answer is written here: HEAD gets the headers alone, a request that asked to close the
// connection gets `Connection: close` (and the connection closes once it is written).
void writeAnswer(QHttpServerResponder &r, const QByteArray &body, Status status, const QByteArray &allow)
{
    ConnectionGuard *guard = ConnectionGuard::of(r.socket());
    r.writeStatusLine(status);
    r.writeHeader(QByteArrayLiteral("Content-Type"), QByteArray(ClusterHttp::ContentType));
    if (!allow.isEmpty())
        r.writeHeader(QByteArrayLiteral("Allow"), allow);
    r.writeHeader(QByteArrayLiteral("Content-Length"), QByteArray::number(body.size()));
    if (guard && guard->closesAfterNextAnswer())
        r.writeHeader(QByteArrayLiteral("Connection"), QByteArrayLiteral("close"));
    r.writeBody(guard && guard->nextAnswerIsHead() ? QByteArray() : body);
    if (guard)
        guard->answered();
}

} // namespace

// One answer, sent in request order on its connection (EM requests take lab time, PINs are
// checked on a worker thread); dropped if the connection went away.
struct ClusterHttp::Deferred
{
    explicit Deferred(QHttpServerResponder &&r) : responder(std::move(r)) {}
    void send(const QByteArray &body, Status status = Status::Ok, const QByteArray &allow = {})
    {
        responder.respond([body, status, allow](QHttpServerResponder &r) { writeAnswer(r, body, status, allow); });
    }
    OrderedResponder responder;
};

namespace {

void answer(ClusterHttp::Deferred &r, const QByteArray &body, Status status = Status::Ok, const QByteArray &allow = {})
{
    r.send(body, status, allow);
}

void httpError(ClusterHttp::Deferred &r, Status status, int code, const QString &reason)
{
    answer(r, PhoneXml::httpError(code, reason), status);
}

void methodNotAllowed(ClusterHttp::Deferred &r, const QByteArray &allow)
{
    answer(r, PhoneXml::httpError(405, QStringLiteral("Method Not Allowed")), Status::MethodNotAllowed, allow);
}

QByteArray header(const QHttpServerRequest &request, const QByteArray &name)
{
    for (const auto &h : request.headers())
        if (h.first.compare(name, Qt::CaseInsensitive) == 0)
            return h.second;
    return {};
}

} // namespace

namespace {

bool validLoginType(const QString &t)
{
    return t == QLatin1String("UID") || t == QLatin1String("DN") || t == QLatin1String("SP");
}

} // namespace

ClusterHttp::ClusterHttp(Lab *lab, Cluster *cluster, QObject *parent)
    : QAbstractHttpServer(parent), m_lab(lab), m_cluster(cluster)
{
    connect(cluster, &Cluster::serviceStateChanged, this, [this] { refresh(); });
    connect(cluster, &Cluster::nodeStateChanged, this, [this] { refresh(); });
}

ClusterHttp::~ClusterHttp() = default;

void ClusterHttp::setEndpoint(const QHostAddress &address, quint16 port)
{
    m_address = address;
    m_port = port;
    m_fixedPort = port != 0;
}

bool ClusterHttp::shouldListen() const
{
    return m_cluster->isServiceRunning(m_cluster->publisher().hostName, Services::Tomcat);
}

bool ClusterHttp::isListening() const
{
    return m_server && m_server->isListening();
}

QUrl ClusterHttp::url() const
{
    QUrl u;
    u.setScheme(QStringLiteral("http"));
    u.setHost(m_address.toString());
    u.setPort(m_port);
    return u;
}

bool ClusterHttp::refresh()
{
    const bool want = shouldListen();
    if (want == isListening())
        return true;
    if (!want) {
        closeListener();
        return true;
    }
    return openListener();
}

// The one place that opens a listener. Qt 6.4's QAbstractHttpServer::listen() cannot take a
// QTcpServer subclass, so the guarded server listens here and is handed over with bind().
bool ClusterHttp::openListener()
{
    auto *server = new GuardedTcpServer(m_limits, this);
    // An automatic port is kept across restarts when it is still free; a fixed one must be.
    if (!server->listen(m_address, m_port) && (m_fixedPort || m_port == 0 || !server->listen(m_address, 0))) {
        m_error = server->errorString();
        delete server;
        return false;
    }
    m_port = server->serverPort();
    m_error.clear();
    bind(server);
    m_server = server;
    emit listeningChanged(true);
    return true;
}

void ClusterHttp::closeListener()
{
    if (!m_server)
        return;
    m_server->close();
    m_server->dropConnections(); // Tomcat stopped: open keep-alive connections go too
    m_server->deleteLater();
    m_server = nullptr;
    emit listeningChanged(false);
}

ExtensionMobility *ClusterHttp::mobility() const
{
    return m_lab->mobility(m_cluster);
}

QUrl ClusterHttp::baseUrl(const QTcpSocket *socket, const QString &path) const
{
    // The listener's own address, never the client's Host header (which would let anyone put
    // their own server into the URLs a phone follows with the user's PIN). A listener on every
    // address names the one this connection arrived at.
    QUrl u = url();
    const bool anyAddress = m_address == QHostAddress::Any || m_address == QHostAddress::AnyIPv4 || m_address == QHostAddress::AnyIPv6;
    if (anyAddress && socket) {
        QHostAddress local = socket->localAddress();
        bool v4 = false;
        const quint32 ipv4 = local.toIPv4Address(&v4);
        if (v4)
            local = QHostAddress(ipv4);
        u.setHost(local.toString());
    }
    u.setPath(path);
    return u;
}

bool ClusterHttp::handleRequest(const QHttpServerRequest &request, QTcpSocket *socket)
{
    // A keep-alive connection can outlive its listener: behave as the closed port does.
    if (!shouldListen()) {
        socket->abort();
        return true;
    }
    const QString path = request.url().path();
    const bool known = path == EmAppPath || path == EmApiPath || path == ServicesMenuPath;
    if (!known)
        return false;
    ++m_served;
    auto reply = std::make_shared<Deferred>(makeResponder(request, socket));
    if (request.body().size() > m_limits.maxBodyBytes) {
        httpError(*reply, Status::PayloadTooLarge, 413, QStringLiteral("Payload Too Large"));
        return true;
    }
    if (path == EmAppPath)
        serveEmApp(request, socket, reply);
    else if (path == EmApiPath)
        serveEmApi(request, socket, reply);
    else
        serveServicesMenu(request, reply);
    return true;
}

void ClusterHttp::missingHandler(const QHttpServerRequest &request, QTcpSocket *socket)
{
    Deferred reply(makeResponder(request, socket));
    httpError(reply, Status::NotFound, 404, QStringLiteral("Not Found"));
}

int ClusterHttp::sourceCheck(const QHostAddress &peer, const QHttpServerRequest &request) const
{
    const auto parameter = [this](const QString &name) { return m_cluster->serviceParameter(Services::ExtensionMobility, name); };
    if (parameter(Params::ValidateIpAddress) != QLatin1String("True"))
        return EmCode::Success; // Allow Proxy and the trusted list only count while validating
    if (!header(request, "via").isEmpty() && parameter(Params::AllowProxy) != QLatin1String("True"))
        return EmCode::ProxyNotAllowed;
    // the trusted list: addresses or host names separated by semicolons (no ranges)
    for (const QString &entry : parameter(Params::TrustedIps).split(QLatin1Char(';'), Qt::SkipEmptyParts)) {
        const QString e = entry.trimmed();
        QHostAddress address;
        if (address.setAddress(e) ? address.isEqual(peer, QHostAddress::TolerantConversion)
                                  : (e.compare(QLatin1String("localhost"), Qt::CaseInsensitive) == 0 && peer.isLoopback()))
            return EmCode::Success;
    }
    // the cluster's own servers are trusted (EMApp forwards phones' requests from there)
    for (const Node &n : m_cluster->nodes())
        if (QHostAddress(n.address).isEqual(peer, QHostAddress::TolerantConversion))
            return EmCode::Success;
    return EmCode::UntrustedIp;
}

// ---- EMApp -----------------------------------------------------------------------------------

void ClusterHttp::serveEmApp(const QHttpServerRequest &request, const QTcpSocket *socket, const std::shared_ptr<Deferred> &reply)
{
    if (request.method() != Method::Get && request.method() != Method::Post) {
        methodNotAllowed(*reply, "GET, POST");
        return;
    }
    if (!m_cluster->isServiceRunning(m_cluster->publisher().hostName, Services::EmApplication)) {
        httpError(*reply, Status::ServiceUnavailable, 503, QStringLiteral("Service Unavailable"));
        return;
    }
    // newer phones submit CiscoIPPhoneInput with method="post"
    const QUrlQuery q = EmAppQuery::merged(request.query(), request.method() == Method::Post ? request.body() : QByteArray());
    auto value = [&q](const QString &key) { return q.queryItemValue(key, QUrl::FullyDecoded); };

    EmLoginRequest login;
    login.deviceName = value(QStringLiteral("device"));
    if (q.hasQueryItem(QStringLiteral("loginType")))
        login.loginType = value(QStringLiteral("loginType"));
    const QUrl base = baseUrl(socket, EmAppPath);
    const bool logout = q.hasQueryItem(QStringLiteral("logout"));

    if (login.deviceName.trimmed().isEmpty()) {
        answer(*reply, EmAppXml::failure(EmCode::DeviceNameEmpty, logout));
        return;
    }
    if (!validLoginType(login.loginType)) {
        answer(*reply, EmAppXml::failure(EmCode::LoginTypeInvalid, logout));
        return;
    }
    ExtensionMobility *em = mobility();
    if (!em || !m_cluster->isServiceRunningAnywhere(Services::ExtensionMobility)) {
        answer(*reply, EmAppXml::failure(EmCode::EmServiceConnectionError, logout));
        return;
    }

    // Validate IP Address / Allow Proxy: checked for a login or a logout, not for the form
    const bool submits = logout || q.hasQueryItem(QStringLiteral("userid")) || q.hasQueryItem(QStringLiteral("choice"));
    if (const int code = submits && socket ? sourceCheck(socket->peerAddress(), request) : 0) {
        answer(*reply, EmAppXml::failure(code, logout));
        return;
    }
    const std::shared_ptr<Deferred> &deferred = reply;
    QPointer<ClusterHttp> self(this);
    if (logout) {
        em->logout(login.deviceName, [self, deferred, base, login](const EmResult &r) {
            if (self)
                self->sendWhenSaved(deferred, r, self->emAppResult(r, true, base, login), Answer::PhoneLogout);
        });
        return;
    }
    const QString token = value(QStringLiteral("choice"));
    if (!token.isEmpty()) {
        const auto it = m_choices.constFind(token);
        if (it == m_choices.cend() || it->expiresAt < m_lab->clock()->now()) {
            m_choices.remove(token);
            deferred->send(EmAppXml::failure(EmCode::AuthenticationError, false));
            return;
        }
        login = it->request;
        login.profile = value(QStringLiteral("profile"));
        m_choices.remove(token);
    } else if (q.hasQueryItem(QStringLiteral("userid"))) {
        login.id = value(QStringLiteral("userid"));
        login.pin = q.hasQueryItem(QStringLiteral("seq")) ? value(QStringLiteral("seq")) : value(QStringLiteral("pin"));
        login.profile = value(QStringLiteral("profile"));
    } else {
        // First hit: EMApp asks EMService who is on the device, then shows the form or the
        // logout confirmation.
        const ExtensionMobility::DeviceUser du = em->deviceUser(login.deviceName);
        em->noteQueryHandled();
        if (!du.exists) {
            deferred->send(EmAppXml::failure(EmCode::DeviceDoesNotExist, false));
            return;
        }
        if (!du.userId.isEmpty()) {
            QUrl yes = base;
            yes.setQuery(QUrlQuery{{QStringLiteral("device"), login.deviceName}, {QStringLiteral("logout"), QStringLiteral("true")}});
            const EndUser *user = m_cluster->endUserByUserId(du.userId);
            const QString who = user ? QStringLiteral("%1 (%2)").arg(user->displayName(), du.userId) : du.userId;
            deferred->send(EmAppXml::logoutConfirm(who, yes.toString(QUrl::FullyEncoded)));
            return;
        }
        QUrl submit = base;
        QUrlQuery sq{{QStringLiteral("device"), login.deviceName}};
        if (q.hasQueryItem(QStringLiteral("loginType")))
            sq.addQueryItem(QStringLiteral("loginType"), login.loginType);
        submit.setQuery(sq);
        deferred->send(EmAppXml::loginForm(submit.toString(QUrl::FullyEncoded), login.loginType));
        return;
    }
    em->login(login, [self, deferred, base, login](const EmResult &r) {
        if (self)
            self->sendWhenSaved(deferred, r, self->emAppResult(r, false, base, login), Answer::PhoneLogin);
    });
}

QByteArray ClusterHttp::emAppResult(const EmResult &result, bool logout, const QUrl &base, const EmLoginRequest &request)
{
    switch (result.status) {
    case EmResult::Status::Success:
        return EmAppXml::success(logout, result.userId, result.profile);
    case EmResult::Status::ChooseProfile: {
        const qint64 now = m_lab->clock()->now();
        for (auto it = m_choices.begin(); it != m_choices.end();)
            it = it->expiresAt < now ? m_choices.erase(it) : std::next(it);
        const QString token = QString::number(QRandomGenerator::system()->generate64(), 36)
                              + QString::number(QRandomGenerator::system()->generate64(), 36);
        m_choices.insert(token, {request, now + ChoiceLifetimeMs});
        QList<PhoneXml::MenuItem> items;
        for (const QString &profile : result.profileChoices) {
            QUrl u = base;
            u.setQuery(QUrlQuery{{QStringLiteral("device"), request.deviceName},
                                 {QStringLiteral("choice"), token},
                                 {QStringLiteral("profile"), profile}});
            items.append({profile, u.toString(QUrl::FullyEncoded)});
        }
        return EmAppXml::profileChoice(items);
    }
    case EmResult::Status::Failure:
        break;
    }
    return EmAppXml::failure(result.code, logout);
}

// ---- EM API ----------------------------------------------------------------------------------

void ClusterHttp::serveEmApi(const QHttpServerRequest &request, const QTcpSocket *socket, const std::shared_ptr<Deferred> &reply)
{
    if (request.method() != Method::Post) {
        methodNotAllowed(*reply, "POST");
        return;
    }
    ExtensionMobility *em = mobility();
    if (!em || !m_cluster->isServiceRunning(m_cluster->publisher().hostName, Services::ExtensionMobility)) {
        httpError(*reply, Status::ServiceUnavailable, 503, QStringLiteral("Service Unavailable"));
        return;
    }
    const QByteArray contentType = header(request, "content-type").trimmed().toLower();
    if (!contentType.startsWith("application/x-www-form-urlencoded")) {
        answer(*reply, EmApiResponse::failure(1, QStringLiteral("Error on Parsing: the body must be application/x-www-form-urlencoded")));
        return;
    }
    QByteArray xml;
    QString why;
    if (!EmApiRequest::xmlFromForm(request.body(), &xml, &why)) {
        answer(*reply, EmApiResponse::failure(1, QStringLiteral("Error on Parsing: ") + why));
        return;
    }
    const EmApiRequest call = EmApiRequest::parse(xml);
    if (!call.ok()) {
        answer(*reply, EmApiResponse::failure(call.errorCode, call.errorText));
        return;
    }
    // Validate IP Address / Allow Proxy: logins and logouts, not queries
    if (call.kind != EmApiRequest::Kind::Query && socket) {
        if (const int code = sourceCheck(socket->peerAddress(), request)) {
            answer(*reply, EmApiResponse::failure(code, EmApiResponse::message(code)));
            return;
        }
    }

    // appInfo: an application user with proxy rights acts for anyone, an end user for itself.
    QStringList actingFor;
    if (call.operation == QLatin1String("login"))
        actingFor = call.userIds;
    else if (call.operation == QLatin1String("logout"))
        actingFor = {em->deviceUser(call.deviceNames.constFirst()).userId};
    else if (call.kind == EmApiRequest::Kind::Query && call.operation != QLatin1String("deviceUserQuery"))
        actingFor = call.userIds;
    else
        actingFor = {QStringLiteral("*")}; // logoutAll, deviceUserQuery: proxy rights needed
    // The password is checked on a worker thread; the answer keeps its place on the connection.
    QPointer<ClusterHttp> self(this);
    em->authenticateCaller(call.appId, call.appCertificate, actingFor, this, [self, reply, call](int code) {
        if (!self)
            return;
        if (code == EmCode::InvalidAppUser) {
            answer(*reply, EmApiResponse::failure(code, QStringLiteral("Could not authenticate '%1'").arg(call.appId)));
            return;
        }
        if (code != EmCode::Success) {
            answer(*reply, EmApiResponse::failure(code, EmApiResponse::message(code)));
            return;
        }
        self->emApiAuthorized(call, reply);
    });
}

void ClusterHttp::emApiAuthorized(const EmApiRequest &call, const std::shared_ptr<Deferred> &reply)
{
    ExtensionMobility *em = mobility();
    if (!em || !m_cluster->isServiceRunning(m_cluster->publisher().hostName, Services::ExtensionMobility)) {
        httpError(*reply, Status::ServiceUnavailable, 503, QStringLiteral("Service Unavailable"));
        return;
    }
    if (call.kind == EmApiRequest::Kind::Query) {
        answer(*reply, emApiQuery(call));
    } else if (call.operation == QLatin1String("login")) {
        EmLoginRequest login;
        login.deviceName = call.deviceNames.constFirst();
        login.id = call.userIds.constFirst();
        login.profile = call.deviceProfile;
        login.proxy = true;
        mobility()->noteApiCaller(login.deviceName, call.appId);
        emApiLogin(login, call.exclusiveMinutes, reply, call.deviceProfile.isEmpty());
    } else if (call.operation == QLatin1String("logout")) {
        emApiLogout(call, reply);
    } else { // logoutAll
        const QList<EmLogin> logins = m_cluster->emLogins();
        for (const EmLogin &l : logins)
            if (const Device *d = m_cluster->device(l.deviceId)) {
                em->noteApiCaller(d->name, call.appId);
                em->logoutNow(d->name);
            }
        answer(*reply, EmApiResponse::success());
    }
}

void ClusterHttp::emApiLogin(EmLoginRequest login, int exclusiveMinutes, std::shared_ptr<Deferred> deferred, bool retry)
{
    QPointer<ClusterHttp> self(this);
    mobility()->login(login, [self, deferred, login, exclusiveMinutes, retry](const EmResult &r) mutable {
        if (!self)
            return;
        if (r.status == EmResult::Status::ChooseProfile && retry && !r.profileChoices.isEmpty()) {
            // The API call names no profile: use the user's default one, as Unified CM does.
            login.profile = r.profileChoices.constFirst();
            for (const ExtensionMobility::ProfileInfo &p : self->mobility()->userProfiles(login.id))
                if (p.isDefault && r.profileChoices.contains(p.name))
                    login.profile = p.name;
            self->emApiLogin(login, exclusiveMinutes, deferred, false);
            return;
        }
        if (r.ok() && exclusiveMinutes > 0)
            self->scheduleExclusiveLogout(login.deviceName, r.userId, exclusiveMinutes);
        self->sendWhenSaved(deferred, r, r.ok() ? EmApiResponse::success() : EmApiResponse::failure(r.code, EmApiResponse::message(r.code)), Answer::Api);
    });
}

void ClusterHttp::scheduleExclusiveLogout(const QString &deviceName, const QString &userId, int minutes)
{
    const Device *device = m_cluster->deviceByName(deviceName);
    const EmLogin *login = device ? m_cluster->loginOnDevice(device->id) : nullptr;
    if (!login)
        return;
    const qint64 deviceId = device->id;
    const qint64 loginTime = login->loginTime;
    TaskInfo info;
    info.kind = TaskInfo::Kind::ExclusiveDuration;
    info.cluster = m_cluster->name();
    info.phone = deviceName;
    info.user = userId;
    m_lab->clock()->schedule(qint64(minutes) * 60'000, this, [this, deviceId, deviceName, userId, loginTime] {
        // Only the login this request made: not a later one by the same or another user.
        const EmLogin *now = m_cluster->loginOnDevice(deviceId);
        if (now && now->loginTime == loginTime && mobility()
            && mobility()->deviceUser(deviceName).userId.compare(userId, Qt::CaseInsensitive) == 0)
            mobility()->logout(deviceName, {});
    }, std::move(info));
}

void ClusterHttp::emApiLogout(const EmApiRequest &call, const std::shared_ptr<Deferred> &deferred)
{
    QPointer<ClusterHttp> self(this);
    mobility()->noteApiCaller(call.deviceNames.constFirst(), call.appId);
    mobility()->logout(call.deviceNames.constFirst(), [self, deferred](const EmResult &r) {
        if (self)
            self->sendWhenSaved(deferred, r, r.ok() ? EmApiResponse::success() : EmApiResponse::failure(r.code, EmApiResponse::message(r.code)), Answer::Api);
    });
}

void ClusterHttp::sendWhenSaved(const std::shared_ptr<Deferred> &deferred, const EmResult &result, QByteArray answer, Answer kind)
{
    // A refusal changed nothing: it goes at once. A login or logout is answered only once the
    // group commit holding it has reached the database.
    if (!result.ok()) {
        deferred->send(answer);
        return;
    }
    m_cluster->whenSaved(this, [deferred, answer = std::move(answer), kind](bool saved) {
        if (saved)
            deferred->send(answer);
        else if (kind == Answer::Api)
            deferred->send(EmApiResponse::failure(EmCode::DatabaseError, EmApiResponse::message(EmCode::DatabaseError)));
        else
            deferred->send(EmAppXml::failure(EmCode::DatabaseError, kind == Answer::PhoneLogout));
    });
}

QByteArray ClusterHttp::emApiQuery(const EmApiRequest &call)
{
    ExtensionMobility *em = mobility();
    em->noteQueryHandled();
    if (call.operation == QLatin1String("deviceUserQuery")) {
        QList<EmApiResponse::DeviceUser> rows;
        for (const QString &name : call.deviceNames) {
            const ExtensionMobility::DeviceUser du = em->deviceUser(name);
            rows.append({name, du.exists, du.userId, du.lastLogin});
        }
        return EmApiResponse::deviceUserResults(rows);
    }
    if (call.operation == QLatin1String("userDevicesQuery") || call.operation == QLatin1String("checkUser")) {
        QList<EmApiResponse::UserDevices> rows;
        for (const QString &user : call.userIds) {
            EmApiResponse::UserDevices row;
            row.userId = user;
            row.deviceNames = em->userDevices(user, &row.exists);
            rows.append(row);
        }
        return call.operation == QLatin1String("checkUser") ? EmApiResponse::checkUserResults(rows)
                                                            : EmApiResponse::userDevicesResults(rows);
    }
    QList<EmApiResponse::UserProfiles> rows;
    for (const QString &user : call.userIds) {
        EmApiResponse::UserProfiles row;
        row.userId = user;
        for (const ExtensionMobility::ProfileInfo &p : em->userProfiles(user, &row.exists))
            row.profiles.append({p.name, p.isDefault});
        rows.append(row);
    }
    return EmApiResponse::deviceProfileResults(rows);
}

// ---- Services menu ---------------------------------------------------------------------------

void ClusterHttp::serveServicesMenu(const QHttpServerRequest &request, const std::shared_ptr<Deferred> &reply)
{
    if (request.method() != Method::Get && request.method() != Method::Head) { // HEAD: the same headers, no body
        methodNotAllowed(*reply, "GET, HEAD");
        return;
    }
    if (!m_cluster->isServiceRunning(m_cluster->publisher().hostName, Services::IpPhoneServices)) {
        httpError(*reply, Status::ServiceUnavailable, 503, QStringLiteral("Service Unavailable"));
        return;
    }
    const QUrlQuery q = request.query();
    QString name = q.queryItemValue(QStringLiteral("device"), QUrl::FullyDecoded);
    if (name.isEmpty())
        name = q.queryItemValue(QStringLiteral("name"), QUrl::FullyDecoded);
    const Device *phone = m_cluster->deviceByName(name);
    if (!phone || !phone->isPhone()) {
        httpError(*reply, Status::NotFound, 404, QStringLiteral("Unknown device"));
        return;
    }
    // The menu is the engine's (Registrar::servicesMenu); its URLs name the listener that
    // serves the configured host in this lab, so any client on this machine can follow them
    // (the configured URL stays as it is on the Phone Services page). type=Directories or
    // type=Messages asks for the menu of the phone's Directories or Messages button: the
    // services of that Service Type.
    const QString type = q.queryItemValue(QStringLiteral("type"), QUrl::FullyDecoded);
    PhoneService::Type serviceType = PhoneService::Type::Standard;
    QString title = QStringLiteral("Services");
    if (type == QLatin1String("Directories")) {
        serviceType = PhoneService::Type::Directories;
        title = type;
    } else if (type == QLatin1String("Messages")) {
        serviceType = PhoneService::Type::Messages;
        title = type;
    } else if (!type.isEmpty()) {
        httpError(*reply, Status::BadRequest, 400, QStringLiteral("Unknown type"));
        return;
    }
    QList<PhoneXml::MenuItem> items;
    const auto menu = m_lab->registrar(m_cluster)->servicesMenu(phone->name, serviceType);
    for (const Registrar::ServiceEntry &e : menu) {
        const QUrl mapped = m_urlMapper ? m_urlMapper(QUrl(e.url)) : QUrl();
        items.append({e.name, mapped.isValid() ? mapped.toString(QUrl::FullyEncoded) : e.url});
    }
    if (items.isEmpty()) {
        answer(*reply, PhoneXml::text(title, {}, QStringLiteral("No services configured")));
        return;
    }
    answer(*reply, PhoneXml::menu(title, QStringLiteral("Select a service"), items));
}
