#pragma once

#include <QHash>
#include <functional>
#include <memory>
#include <QHostAddress>
#include <QPointer>
#include <QUrl>
#include <QtHttpServer/QAbstractHttpServer>
#include <QtHttpServer/QHttpServerResponder>

#include "http/httplimits.h"
#include "mobility/emloginrequest.h"

class Cluster;
class EmApiRequest;
class EmResult;
class ExtensionMobility;
class GuardedTcpServer;
class Lab;
class QHttpServerRequest;
class QTcpSocket;

/// The HTTP side of one cluster's publisher, on loopback (or the address given with
/// --listen): the phone-facing EMApp servlet (CiscoIPPhone XML), Cisco's Extension Mobility
/// API and the Services menu a phone fetches.
///
/// - GET  /emapp/EMAppServlet?device=…[&loginType=UID|DN|SP]  (login form, submission with
///   userid + seq (PIN; "pin" also accepted), profile choice, logout confirmation, results)
/// - POST /emservice/EMServiceServlet  (form field xml=: requests and queries, always 200)
/// - GET  /ccmcip/getservicesmenu.jsp?device=…  (the Services menu; "name=" also accepted)
///
/// The listener follows the service states: it is open only while the publisher is up and
/// Cisco Tomcat runs there (closing it also drops open keep-alive connections). Every handler
/// re-checks the state anyway: Cisco IP Phone Services stopped → the Services menu answers 503;
/// Cisco Extension Mobility Application stopped → /emapp/ answers 503; Cisco Extension
/// Mobility stopped → EMApp shows 208 and the EM API answers 503.
class ClusterHttp : public QAbstractHttpServer
{
    Q_OBJECT
public:
    ClusterHttp(Lab *lab, Cluster *cluster, QObject *parent = nullptr);
    ~ClusterHttp() override;

    Cluster *cluster() const { return m_cluster; }
    /// Where to listen; @p port 0 = any free port (kept across Tomcat restarts).
    void setEndpoint(const QHostAddress &address, quint16 port);
    void setLimits(const HttpLimits &limits) { m_limits = limits; }
    /// Maps a configured service URL (http://cucm1-pub:8080/…) to the listener that serves
    /// its host in this lab, or to an invalid URL when none does; the Services menu writes
    /// mapped URLs.
    void setUrlMapper(std::function<QUrl(const QUrl &)> mapper) { m_urlMapper = std::move(mapper); }
    /// Opens or closes the listener from the current service states; false when it should be
    /// open but could not be (the port is taken).
    bool refresh();

    bool isListening() const;
    quint16 port() const { return m_port; }
    /// http://ADDRESS:PORT (the port stays known while the listener is closed).
    QUrl url() const;
    QString errorString() const { return m_error; }
    /// Requests routed to a handler since the server was created (any answer).
    quint64 requestsServed() const { return m_served; }

    static const char *const ContentType;
    /// One answer, kept in request order on its connection.
    struct Deferred;

signals:
    void listeningChanged(bool listening);

protected:
    bool handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) override;
    void missingHandler(const QHttpServerRequest &request, QTcpSocket *socket) override;

private:
    /// Cisco Extension Mobility's Validate IP Address, Trusted List of IPs and Allow Proxy for
    /// a login or logout from @p peer: 0 when allowed, else EmCode::UntrustedIp (28) or
    /// EmCode::ProxyNotAllowed (30), the codes of the EM API (and of EMApp's "Login is
    /// unavailable(28)").
    int sourceCheck(const QHostAddress &peer, const QHttpServerRequest &request) const;
    struct PendingChoice {
        EmLoginRequest request;
        qint64 expiresAt = 0;
    };
    bool shouldListen() const;
    bool openListener();
    void closeListener();
    ExtensionMobility *mobility() const;
    QUrl baseUrl(const QTcpSocket *socket, const QString &path) const;

    /// @p socket: the request's connection, used while dispatching only (source checks, the
    /// listener's own address for the form's URLs); later answers go through @p reply.
    void serveEmApp(const QHttpServerRequest &request, const QTcpSocket *socket, const std::shared_ptr<Deferred> &reply);
    void serveEmApi(const QHttpServerRequest &request, const QTcpSocket *socket, const std::shared_ptr<Deferred> &reply);
    void serveServicesMenu(const QHttpServerRequest &request, const std::shared_ptr<Deferred> &reply);
    void emApiLogin(EmLoginRequest login, int exclusiveMinutes, std::shared_ptr<Deferred> answer, bool retry);
    void emApiAuthorized(const EmApiRequest &call, const std::shared_ptr<Deferred> &reply);
    void emApiLogout(const EmApiRequest &call, const std::shared_ptr<Deferred> &deferred);
    QByteArray emApiQuery(const EmApiRequest &call);
    void scheduleExclusiveLogout(const QString &deviceName, const QString &userId, int minutes);
    QByteArray emAppResult(const EmResult &result, bool logout, const QUrl &base, const EmLoginRequest &request);
    enum class Answer { Api, PhoneLogin, PhoneLogout };
    /// Sends @p answer for @p result once the change it made is committed; a lost commit turns
    /// it into Database Error (6) in the form @p kind asks for.
    void sendWhenSaved(const std::shared_ptr<Deferred> &deferred, const EmResult &result, QByteArray answer, Answer kind);

    Lab *m_lab;
    Cluster *m_cluster;
    QHostAddress m_address = QHostAddress(QHostAddress::LocalHost);
    quint16 m_port = 0;
    bool m_fixedPort = false;
    quint64 m_served = 0;
    HttpLimits m_limits;
    QPointer<GuardedTcpServer> m_server;
    QString m_error;
    QHash<QString, PendingChoice> m_choices; // token → login waiting for a profile choice
    std::function<QUrl(const QUrl &)> m_urlMapper;
};
