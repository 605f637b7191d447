#include "emresult.h"

#include <QCoreApplication>

EmResult EmResult::failure(int code, Message detail)
{
    EmResult r;
    r.status = Status::Failure;
    r.code = code;
    r.detail = std::move(detail);
    return r;
}

const char *EmResult::titleSource(int code)
{
    switch (code) {
    case EmCode::Success: return QT_TRANSLATE_NOOP("EmResult", "Success");
    case EmCode::InvalidAppUser: return QT_TRANSLATE_NOOP("EmResult", "Invalid App User");
    case EmCode::PolicyValidation: return QT_TRANSLATE_NOOP("EmResult", "Policy Validation error");
    case EmCode::DatabaseError: return QT_TRANSLATE_NOOP("EmResult", "Database Error");
    case EmCode::NoProxyRights: return QT_TRANSLATE_NOOP("EmResult", "User lacks app proxy rights");
    case EmCode::DeviceDoesNotExist: return QT_TRANSLATE_NOOP("EmResult", "Device does not exist");
    case EmCode::ProfileNotFound: return QT_TRANSLATE_NOOP("EmResult", "Dev. Profile not found");
    case EmCode::AnotherUserLoggedIn: return QT_TRANSLATE_NOOP("EmResult", "Another user logged in");
    case EmCode::NoUserLoggedIn: return QT_TRANSLATE_NOOP("EmResult", "No user logged in");
    case EmCode::DeviceLogonDisabled: return QT_TRANSLATE_NOOP("EmResult", "Device Logon Disabled");
    case EmCode::UserNotFound: return QT_TRANSLATE_NOOP("EmResult", "User does not exist");
    case EmCode::MultiLoginNotAllowed: return QT_TRANSLATE_NOOP("EmResult", "Multi-Login Not Allowed");
    case EmCode::Busy: return QT_TRANSLATE_NOOP("EmResult", "Busy Please Try Again");
    case EmCode::UntrustedIp: return QT_TRANSLATE_NOOP("EmResult", "Untrusted IP Error");
    case EmCode::ProxyNotAllowed: return QT_TRANSLATE_NOOP("EmResult", "Proxy not allowed");
    case EmCode::AuthenticationError: return QT_TRANSLATE_NOOP("EmResult", "Authentication Error");
    case EmCode::BlankUserIdOrPin: return QT_TRANSLATE_NOOP("EmResult", "Blank User ID or PIN");
    case EmCode::UserProfileAbsent: return QT_TRANSLATE_NOOP("EmResult", "User Profile Absent");
    case EmCode::DeviceNameEmpty: return QT_TRANSLATE_NOOP("EmResult", "Device Name Empty");
    case EmCode::EmServiceConnectionError: return QT_TRANSLATE_NOOP("EmResult", "EM Service Connection Error");
    case EmCode::LoginTypeInvalid: return QT_TRANSLATE_NOOP("EmResult", "LoginType invalid");
    case EmCode::DnHasMultipleUsers: return QT_TRANSLATE_NOOP("EmResult", "DN has multiple users");
    default: break;
    }
    return QT_TRANSLATE_NOOP("EmResult", "Unknown Error");
}

QString EmResult::title() const
{
    if (status == Status::ChooseProfile)
        return QCoreApplication::translate("EmResult", "Select a device profile");
    return QCoreApplication::translate("EmResult", titleSource(code));
}

QString EmResult::englishTitle() const
{
    if (status == Status::ChooseProfile)
        return QStringLiteral("Select a device profile");
    return QString::fromUtf8(titleSource(code));
}

QString EmResult::text() const
{
    const QString t = status == Status::Failure
        ? QCoreApplication::translate("EmResult", "%1 (%2)").arg(title()).arg(code)
        : title();
    return detail.isEmpty() ? t : t + QLatin1Char(' ') + detail.text();
}

QString EmResult::scriptLine(bool logout) const
{
    switch (status) {
    case Status::ChooseProfile:
        return QStringLiteral("choose-profile ") + profileChoices.join(QLatin1Char(','));
    case Status::Failure:
        return QStringLiteral("error %1 %2").arg(code).arg(englishTitle());
    case Status::Success:
        break;
    }
    const QString act = action == PhoneAction::Reset ? QStringLiteral("reset") : QStringLiteral("restart");
    if (logout)
        return QStringLiteral("ok ") + act;
    return QStringLiteral("ok %1 %2 on %3 %4").arg(device, userId, cluster, act);
}
