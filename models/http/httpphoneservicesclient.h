#pragma once

#include <QHash>
#include <QNetworkAccessManager>
#include <QPointer>
#include <QUrl>

#include "mobility/phoneservicesclient.h"

class Lab;
class LabHttp;

/// A PhoneServicesClient that goes the way a real phone does: over HTTP to its cluster's
/// publisher (LabHttp's loopback listeners), Services menu first, then the Extension Mobility
/// item's URL (EMApp), then EMApp's CiscoIPPhone XML: the login form's submit URL, the profile
/// menu's item URLs, the logout confirmation's Yes soft key. What the phone shows comes from
/// that XML as EMApp wrote it ("Please try to login again (201)", "Login is unavailable(26)").
///
/// Requests are asynchronous; a refused connection is "Host Not Found", an HTTP status other
/// than 200 is "HTTP Error (status)".
class HttpPhoneServicesClient : public PhoneServicesClient
{
    Q_OBJECT
public:
    /// Uses @p http's listeners (started by the caller).
    HttpPhoneServicesClient(Lab *lab, LabHttp *http, QObject *parent = nullptr);

    void openServices(const QString &deviceName, Callback done) override;
    void login(const EmLoginRequest &request, Callback done) override;
    void logout(const QString &deviceName, Callback done) override;

    /// The CiscoIPPhone object EMApp answered, as far as the phone needs it.
    struct PhoneObject {
        QString kind;   ///< CiscoIPPhoneText, CiscoIPPhoneMenu, CiscoIPPhoneInput
        QString prompt;
        QString text;
        QString url;    ///< Input: where the form is submitted
        QList<QPair<QString, QString>> items;    ///< Menu: name, URL
        QList<QPair<QString, QString>> softKeys; ///< name, URL
    };
    static PhoneObject parse(const QByteArray &xml);

private:
    struct DeviceState {
        QUrl emApp;                   ///< the EM item of the Services menu, mapped to the lab
        QUrl submit;                  ///< the login form's URL
        QUrl logoutYes;               ///< the confirmation's Yes
        QHash<QString, QUrl> choices; ///< profile → URL of the choice menu
    };
    using Handler = std::function<void(const PhoneObject &)>;
    /// GETs @p url; failures become a Reply for @p done, an answer goes to @p then.
    void get(const QUrl &url, const Callback &done, Handler then);
    /// Reaches EMApp for @p device through the Services menu.
    void reachEmApp(const QString &device, const Callback &done, Handler then);
    Reply outcome(const PhoneObject &o, const QString &device, bool logout);

    Lab *m_lab;
    QPointer<LabHttp> m_http;
    QNetworkAccessManager m_nam;
    QHash<QString, DeviceState> m_devices;
};
