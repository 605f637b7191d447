#include "phonehttpclient.h"

#include "cluster/cluster.h"
#include "core/clock.h"
#include "http/clusterhttp.h"
#include "http/labhttp.h"
#include "lab/lab.h"
#include "mobility/emresult.h"
#include "mobility/extensionmobility.h"

#include <QEventLoop>
#include <QNetworkProxy>
#include <QNetworkReply>
#include <QRegularExpression>
#include <QTimer>
#include <QXmlStreamReader>

namespace {

constexpr int RequestTimeoutMs = 10'000;

/// The MenuItem URLs of a CiscoIPPhoneMenu.
QStringList menuUrls(const QByteArray &xml)
{
    QStringList urls;
    QXmlStreamReader r(xml);
    QString parent;
    while (!r.atEnd()) {
        if (r.readNext() != QXmlStreamReader::StartElement)
            continue;
        if (r.name() == QLatin1String("MenuItem"))
            parent = QStringLiteral("MenuItem");
        else if (r.name() == QLatin1String("URL") && parent == QLatin1String("MenuItem"))
            urls.append(r.readElementText());
    }
    return urls;
}

/// The Text of a CiscoIPPhoneText.
QString phoneText(const QByteArray &xml)
{
    QXmlStreamReader r(xml);
    while (!r.atEnd())
        if (r.readNext() == QXmlStreamReader::StartElement && r.name() == QLatin1String("Text"))
            return r.readElementText();
    return {};
}

} // namespace

PhoneHttpClient::PhoneHttpClient(Lab *lab)
    : m_lab(lab), m_http(std::make_unique<LabHttp>(lab))
{
    m_nam.setProxy(QNetworkProxy::NoProxy); // loopback only, whatever the environment says
    m_http->start();
}

PhoneHttpClient::~PhoneHttpClient() = default;

PhoneHttpClient::Reply PhoneHttpClient::get(const QUrl &url, Cluster *cluster)
{
    Reply out;
    QNetworkReply *reply = m_nam.get(QNetworkRequest(url));
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    QTimer timeout;
    timeout.setSingleShot(true);
    QObject::connect(&timeout, &QTimer::timeout, &loop, &QEventLoop::quit);
    timeout.start(RequestTimeoutMs);
    // Lab time moves on (manual clock) only while Extension Mobility processes the request.
    QTimer pump;
    ExtensionMobility *em = cluster ? m_lab->mobility(cluster) : nullptr;
    QObject::connect(&pump, &QTimer::timeout, &loop, [this, em] {
        Clock *clock = m_lab->clock();
        if (em && em->requestsInProgress() > 0 && clock->mode() == Clock::Mode::Manual && clock->nextDue() >= 0)
            clock->advance(qMax<qint64>(0, clock->nextDue() - clock->now()));
    });
    pump.start(1);
    if (!reply->isFinished())
        loop.exec();
    if (!reply->isFinished()) {
        out.timedOut = true;
        reply->abort();
    } else {
        out.refused = reply->error() == QNetworkReply::ConnectionRefusedError
                      || reply->error() == QNetworkReply::HostNotFoundError
                      || reply->error() == QNetworkReply::RemoteHostClosedError;
        out.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        out.body = reply->readAll();
    }
    reply->deleteLater();
    return out;
}

QUrl PhoneHttpClient::emAppUrl(Cluster *cluster, const QString &deviceName, QString *error)
{
    ClusterHttp *server = m_http->server(cluster);
    if (!server || server->port() == 0) {
        *error = QStringLiteral("error host-not-found");
        return {};
    }
    // Services button: the menu from the phone's cluster.
    QUrl menu = server->url();
    menu.setPath(QStringLiteral("/ccmcip/getservicesmenu.jsp"));
    menu.setQuery(QUrlQuery{{QStringLiteral("device"), deviceName}});
    const Reply r = get(menu, nullptr);
    if (r.refused || r.timedOut) {
        *error = r.timedOut ? QStringLiteral("error timeout") : QStringLiteral("error host-not-found");
        return {};
    }
    if (r.status == 503) {
        *error = QStringLiteral("error http-503");
        return {};
    }
    for (const QString &u : menuUrls(r.body))
        if (QUrl(u).path() == QLatin1String("/emapp/EMAppServlet")) {
            const QUrl mapped = m_http->resolve(QUrl(u));
            if (!mapped.isValid())
                *error = QStringLiteral("error host-not-found"); // a host this lab does not serve
            return mapped;
        }
    // No Extension Mobility in the menu: go to the cluster's EMApp directly, as a phone with
    // the URL configured elsewhere (an Execute push, a speed dial) would.
    QUrl direct = server->url();
    direct.setPath(QStringLiteral("/emapp/EMAppServlet"));
    direct.setQuery(QUrlQuery{{QStringLiteral("device"), deviceName}});
    return direct;
}

QString PhoneHttpClient::emApp(Cluster *cluster, const QString &deviceName, const QUrlQuery &submission, bool logout)
{
    if (!cluster) // a request without device=: the first cluster that is up answers
        for (Cluster *any : m_lab->clusters())
            if (any->isUp()) {
                cluster = any;
                break;
            }
    if (!cluster)
        return QStringLiteral("error host-not-found");
    QString error;
    QUrl url;
    if (deviceName.isEmpty()) {
        ClusterHttp *server = m_http->server(cluster);
        url = server ? server->url() : QUrl();
        url.setPath(QStringLiteral("/emapp/EMAppServlet"));
    } else {
        url = emAppUrl(cluster, deviceName, &error);
        if (!error.isEmpty())
            return error;
    }
    QUrlQuery q(url);
    for (const auto &item : submission.queryItems(QUrl::FullyEncoded))
        q.addQueryItem(item.first, item.second);
    url.setQuery(q);

    // The engine's own outcome, when the request reached Extension Mobility.
    ExtensionMobility *em = m_lab->mobility(cluster);
    std::optional<EmResult> engine;
    QMetaObject::Connection finished;
    if (em) {
        auto capture = [&engine, deviceName](const EmResult &r) {
            if (!engine && r.device.compare(deviceName, Qt::CaseInsensitive) == 0)
                engine = r;
        };
        finished = logout ? QObject::connect(em, &ExtensionMobility::logoutFinished, capture)
                          : QObject::connect(em, &ExtensionMobility::loginFinished, capture);
    }
    const Reply r = get(url, cluster);
    QObject::disconnect(finished);
    if (r.timedOut)
        return QStringLiteral("error timeout");
    if (r.refused)
        return QStringLiteral("error host-not-found");
    if (r.status == 503)
        return QStringLiteral("error http-503");
    if (engine)
        return engine->scriptLine(logout);
    // EMApp answered by itself: the code is in the phone text ("Login is unavailable(208)").
    static const QRegularExpression code(QStringLiteral("\\((\\d+)\\)\\s*$"));
    const QRegularExpressionMatch m = code.match(phoneText(r.body));
    if (!m.hasMatch())
        return QStringLiteral("error http-%1").arg(r.status);
    return EmResult::failure(m.captured(1).toInt()).scriptLine(logout);
}

QString PhoneHttpClient::login(Cluster *cluster, const EmLoginRequest &request)
{
    QUrlQuery submission;
    submission.addQueryItem(QStringLiteral("userid"), QString::fromLatin1(QUrl::toPercentEncoding(request.id)));
    submission.addQueryItem(QStringLiteral("seq"), QString::fromLatin1(QUrl::toPercentEncoding(request.pin)));
    if (request.loginType != QLatin1String("UID"))
        submission.addQueryItem(QStringLiteral("loginType"), QString::fromLatin1(QUrl::toPercentEncoding(request.loginType)));
    if (!request.profile.isEmpty())
        submission.addQueryItem(QStringLiteral("profile"), QString::fromLatin1(QUrl::toPercentEncoding(request.profile)));
    return emApp(cluster, request.deviceName, submission, false);
}

QString PhoneHttpClient::logout(Cluster *cluster, const QString &deviceName)
{
    return emApp(cluster, deviceName, QUrlQuery{{QStringLiteral("logout"), QStringLiteral("true")}}, true);
}
