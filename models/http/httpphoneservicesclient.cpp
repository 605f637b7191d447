#include "httpphoneservicesclient.h"

#include "cluster/cluster.h"
#include "http/clusterhttp.h"
#include "http/labhttp.h"
#include "lab/lab.h"

#include <QNetworkProxy>
#include <QNetworkReply>
#include <QRegularExpression>
#include <QUrlQuery>
#include <QXmlStreamReader>

HttpPhoneServicesClient::HttpPhoneServicesClient(Lab *lab, LabHttp *http, QObject *parent)
    : PhoneServicesClient(parent), m_lab(lab), m_http(http)
{
    m_nam.setProxy(QNetworkProxy::NoProxy); // loopback only, whatever the environment says
}

HttpPhoneServicesClient::PhoneObject HttpPhoneServicesClient::parse(const QByteArray &xml)
{
    PhoneObject o;
    QXmlStreamReader r(xml);
    QString name, url;
    QString section; // MenuItem, SoftKeyItem
    while (!r.atEnd()) {
        const QXmlStreamReader::TokenType t = r.readNext();
        if (t == QXmlStreamReader::StartElement) {
            const QString tag = r.name().toString();
            if (o.kind.isEmpty()) {
                o.kind = tag;
            } else if (tag == QLatin1String("MenuItem") || tag == QLatin1String("SoftKeyItem")) {
                section = tag;
                name.clear();
                url.clear();
            } else if (tag == QLatin1String("Name")) {
                name = r.readElementText();
            } else if (tag == QLatin1String("URL")) {
                url = r.readElementText();
                if (section.isEmpty())
                    o.url = url;
            } else if (tag == QLatin1String("Prompt")) {
                o.prompt = r.readElementText();
            } else if (tag == QLatin1String("Text")) {
                o.text = r.readElementText();
            }
        } else if (t == QXmlStreamReader::EndElement) {
            if (r.name() == QLatin1String("MenuItem"))
                o.items.append({name, url});
            else if (r.name() == QLatin1String("SoftKeyItem"))
                o.softKeys.append({name, url});
            if (r.name() == section)
                section.clear();
        }
    }
    return o;
}

void HttpPhoneServicesClient::get(const QUrl &url, const Callback &done, Handler then)
{
    QNetworkReply *reply = m_nam.get(QNetworkRequest(url));
    connect(reply, &QNetworkReply::finished, this, [reply, done, then] {
        reply->deleteLater();
        Reply failed;
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        if (status == 0) { // no HTTP answer at all: the listener is closed
            failed.kind = Reply::Kind::HostNotFound;
            done(failed);
            return;
        }
        if (status != 200) {
            failed.kind = Reply::Kind::HttpError;
            failed.httpStatus = status;
            done(failed);
            return;
        }
        then(parse(reply->readAll()));
    });
}

void HttpPhoneServicesClient::reachEmApp(const QString &device, const Callback &done, Handler then)
{
    Cluster *c = m_lab->clusterOfPhone(device);
    ClusterHttp *server = m_http && c ? m_http->server(c) : nullptr;
    if (!server || !server->isListening()) {
        Reply r;
        r.kind = Reply::Kind::HostNotFound;
        done(r);
        return;
    }
    QUrl menu = server->url();
    menu.setPath(QStringLiteral("/ccmcip/getservicesmenu.jsp"));
    menu.setQuery(QUrlQuery{{QStringLiteral("device"), device}});
    get(menu, done, [this, device, done, then, server](const PhoneObject &o) {
        QUrl em;
        for (const auto &[name, url] : o.items)
            if (QUrl(url).path() == QLatin1String("/emapp/EMAppServlet"))
                em = m_http ? m_http->resolve(QUrl(url)) : QUrl();
        if (em.isEmpty()) {
            // no Extension Mobility in the menu: the cluster's EMApp, as a phone with the URL
            // configured elsewhere would
            em = server->url();
            em.setPath(QStringLiteral("/emapp/EMAppServlet"));
            em.setQuery(QUrlQuery{{QStringLiteral("device"), device}});
        }
        m_devices[device].emApp = em;
        get(em, done, then);
    });
}

void HttpPhoneServicesClient::openServices(const QString &deviceName, Callback done)
{
    reachEmApp(deviceName, done, [this, deviceName, done](const PhoneObject &o) {
        DeviceState &s = m_devices[deviceName];
        Reply r;
        r.result.device = deviceName;
        if (o.kind == QLatin1String("CiscoIPPhoneInput")) {
            s.submit = QUrl(o.url);
        } else if (!o.softKeys.isEmpty() && o.softKeys.first().second.startsWith(QLatin1String("http"))) {
            // the logout confirmation: "<user> is logged in on this phone. Log out?"
            s.logoutYes = QUrl(o.softKeys.first().second);
            r.userId = o.text; // who exactly is in the text; non-empty says someone is
            r.phoneText = o.text;
        } else {
            r = outcome(o, deviceName, false);
        }
        done(r);
    });
}

HttpPhoneServicesClient::Reply HttpPhoneServicesClient::outcome(const PhoneObject &o, const QString &device, bool logout)
{
    Reply r;
    r.phoneText = o.text;
    r.result.device = device;
    if (o.kind == QLatin1String("CiscoIPPhoneMenu")) {
        DeviceState &s = m_devices[device];
        s.choices.clear();
        r.result.status = EmResult::Status::ChooseProfile;
        for (const auto &[name, url] : o.items) {
            r.result.profileChoices.append(name);
            s.choices.insert(name, QUrl(url));
        }
        r.phoneText = o.prompt;
        return r;
    }
    if (o.text.startsWith(QLatin1String("Login successful")) || o.text.startsWith(QLatin1String("Logout successful"))) {
        r.result.status = EmResult::Status::Success;
        r.result.action = EmResult::PhoneAction::Restart;
        return r;
    }
    static const QRegularExpression code(QStringLiteral("\\((\\d+)\\)\\s*$"));
    const QRegularExpressionMatch m = code.match(o.text);
    r.result = EmResult::failure(m.hasMatch() ? m.captured(1).toInt() : 0);
    r.result.device = device;
    Q_UNUSED(logout);
    return r;
}

void HttpPhoneServicesClient::login(const EmLoginRequest &request, Callback done)
{
    DeviceState &s = m_devices[request.deviceName];
    QUrl url;
    if (!request.profile.isEmpty() && s.choices.contains(request.profile)) {
        url = s.choices.value(request.profile);
    } else {
        url = s.submit.isValid() ? s.submit : s.emApp;
        QUrlQuery q(url);
        q.addQueryItem(QStringLiteral("userid"), QString::fromLatin1(QUrl::toPercentEncoding(request.id)));
        q.addQueryItem(QStringLiteral("seq"), QString::fromLatin1(QUrl::toPercentEncoding(request.pin)));
        url.setQuery(q);
    }
    if (!url.isValid() || url.isEmpty()) {
        Reply r;
        r.kind = Reply::Kind::HostNotFound;
        done(r);
        return;
    }
    const QString device = request.deviceName;
    get(url, done, [this, device, done](const PhoneObject &o) { done(outcome(o, device, false)); });
}

void HttpPhoneServicesClient::logout(const QString &deviceName, Callback done)
{
    DeviceState &s = m_devices[deviceName];
    QUrl url = s.logoutYes;
    if (url.isEmpty()) {
        url = s.emApp;
        QUrlQuery q(url);
        q.addQueryItem(QStringLiteral("logout"), QStringLiteral("true"));
        url.setQuery(q);
    }
    get(url, done, [this, deviceName, done](const PhoneObject &o) { done(outcome(o, deviceName, true)); });
}
