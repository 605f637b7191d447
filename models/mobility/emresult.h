#pragma once

#include <QString>
#include <QStringList>

#include "core/message.h"

/// Extension Mobility codes the engine produces: EMService codes (§1.6 of the reference) and
/// EMApp codes (2xx, §1.7).
namespace EmCode {
constexpr int Success = 0;
constexpr int PolicyValidation = 4;
constexpr int DatabaseError = 6;
constexpr int DeviceDoesNotExist = 11;
constexpr int ProfileNotFound = 12;
constexpr int AnotherUserLoggedIn = 18;
constexpr int NoUserLoggedIn = 19;
constexpr int DeviceLogonDisabled = 22;
constexpr int UserNotFound = 23;
constexpr int MultiLoginNotAllowed = 25;
constexpr int Busy = 26;
constexpr int UntrustedIp = 28;     ///< Validate IP Address = True and the source is not trusted
constexpr int ProxyNotAllowed = 30; ///< a Via header while Allow Proxy = False
constexpr int InvalidAppUser = 3;
constexpr int DirUserInfoError = 9; ///< EM API: the caller's credential is locked (Cisco: "Could not authenticate user")
constexpr int NoProxyRights = 10;
constexpr int AuthenticationError = 201;
constexpr int BlankUserIdOrPin = 202;
constexpr int UserProfileAbsent = 205;
constexpr int DeviceNameEmpty = 207;
constexpr int EmServiceConnectionError = 208;
constexpr int LoginTypeInvalid = 215;
constexpr int DnHasMultipleUsers = 216;
}

/// The outcome of an Extension Mobility login or logout: the code and the short text a phone
/// shows ("Multi-Login Not Allowed"), a longer explanation (both translated on demand, with a
/// stable English form for scripts), and on success what the phone now has.
class EmResult
{
public:
    enum class Status { Success, Failure, ChooseProfile };
    enum class PhoneAction { None, Restart, Reset };

    /// A failure with @p code; @p detail says why in this lab (QT_TRANSLATE_NOOP("EmResult", …)).
    static EmResult failure(int code, Message detail = {});

    Status status = Status::Success;
    int code = EmCode::Success;
    Message detail;
    QString cluster;
    QString device;
    QString userId;
    QString profile;
    PhoneAction action = PhoneAction::None; ///< restart, or reset when the locale changes
    bool defaultDeviceProfile = false;      ///< profile model ≠ phone model: the model's Default Device Profile was used
    QStringList lines;                      ///< the phone's lines afterwards
    QStringList services;                   ///< the phone's services afterwards (names)
    QStringList profileChoices;             ///< ChooseProfile: the profiles the user may pick

    bool ok() const { return status == Status::Success; }
    /// The phone's short text for code(), translated ("Multi-Login Not Allowed").
    QString title() const;
    QString englishTitle() const;
    /// Title plus detail, translated.
    QString text() const;
    /// The stable outcome token of lab scripts: "ok …", "error 25 Multi-Login Not Allowed",
    /// "choose-profile A,B".
    QString scriptLine(bool logout) const;

    /// The phone text of @p code as a QT_TRANSLATE_NOOP("EmResult", …) source.
    static const char *titleSource(int code);
};
