#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

#include "http/phonexml.h"

/// EMApp's phone answers, written by the server (ClusterHttp) and read by phones (PhoneAgent)
/// with this one codec. Each answer is a CiscoIPPhone object as a phone displays it; which EMApp
/// screen it is, and for a result its Extension Mobility code, travel in the object's `appId`
/// attribute (CiscoIPPhone.xsd's application identifier, 1–64 characters): `EMApp:login`,
/// `EMApp:logout`, `EMApp:profile`, `EMApp:login:201`, `EMApp:logout:0`. A reader takes the code
/// from there, never from the words of the text.
///
/// The table of the texts a phone shows for each code lives here once: English as EMApp writes
/// it on the wire ("Please try to login again (201)"), and in the console's language as a phone
/// with that locale shows it (Japanese: "エラー 201 認証エラー").
class EmAppXml
{
public:
    enum class Screen {
        None,          ///< not an EMApp screen (another service, the Services menu, an HTTP error)
        LoginForm,     ///< CiscoIPPhoneInput: user ID and PIN
        LogoutConfirm, ///< CiscoIPPhoneText: "… is logged in on this phone. Log out?" Yes/No
        ProfileChoice, ///< CiscoIPPhoneMenu of device profiles
        Result,        ///< CiscoIPPhoneText: the outcome of a login or logout, with its code
    };
    struct Reading {
        Screen screen = Screen::None;
        bool logout = false; ///< Result: of a logout
        int code = -1;       ///< Result: the Extension Mobility code (0 = success)
    };

    static const QString Title; ///< "Extension Mobility"

    /// The login form posting to @p submitUrl; @p loginType UID, DN or SP words the prompt
    /// and the first field (flags A for a User ID, T for an extension or Self-Service ID).
    static QByteArray loginForm(const QString &submitUrl, const QString &loginType);
    /// The logout question for @p who, Yes following @p yesUrl.
    static QByteArray logoutConfirm(const QString &who, const QString &yesUrl);
    static QByteArray profileChoice(const QList<PhoneXml::MenuItem> &profiles);
    /// A refused login or logout: the phone text of @p code.
    static QByteArray failure(int code, bool logout);
    /// A login that succeeded for @p userId with @p profile, or a logout.
    static QByteArray success(bool logout, const QString &userId = {}, const QString &profile = {});

    /// Which EMApp screen @p appId (the root's attribute) names.
    static Reading read(const QString &appId);

    /// What a phone shows for @p code, English as on the wire ("Multi-Login Not Allowed (25)").
    static QString phoneText(int code, bool logout);
    /// The same in the console's language, as a phone with that locale shows it (Japanese:
    /// "エラー 25 Multi-Login Not Allowed" words from the translation); English otherwise.
    static QString localPhoneText(int code, bool logout);
    /// The logout question in the console's language.
    static QString localLogoutQuestion(const QString &who);
};
