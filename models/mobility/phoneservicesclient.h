#pragma once

#include <QObject>
#include <QString>

#include <functional>

#include "mobility/emloginrequest.h"
#include "mobility/emresult.h"

/// How a phone reaches its cluster's phone services and Extension Mobility when the user
/// presses Services. The phone emulator talks only to this interface, so whether the request
/// goes straight to the engine (DirectPhoneServicesClient) or over loopback HTTP to the
/// cluster's EMApp is decided in one place.
class PhoneServicesClient : public QObject
{
    Q_OBJECT
public:
    /// What came back: an Extension Mobility outcome, or an HTTP-level failure that the phone
    /// shows before EM is ever reached.
    struct Reply {
        enum class Kind { Em, HostNotFound, HttpError };
        Kind kind = Kind::Em;
        int httpStatus = 0; ///< HttpError: 503, …
        EmResult result;    ///< Em: the engine's outcome
        QString userId;     ///< openServices(): who is logged in on the phone, or empty
        QString phoneText;  ///< the text the cluster's EMApp gave the phone, when it gave one
    };
    using Callback = std::function<void(const Reply &)>;

    using QObject::QObject;

    /// The Services button: reaches the EM service of the phone's cluster and says who is
    /// logged in on the phone (the login form or the logout confirmation follows).
    virtual void openServices(const QString &deviceName, Callback done) = 0;
    virtual void login(const EmLoginRequest &request, Callback done) = 0;
    virtual void logout(const QString &deviceName, Callback done) = 0;
};
