#include "troubleshootingentry.h"

// The seed's "Troubleshooting Intercluster Extension Mobility Roaming" in its order. The
// English is Cisco's wording of the same guide; translations/emroam_ja.ts holds the seed's
// Japanese. The seed titles EM Service Connection Error with 207; Cisco's code table, the
// engine and the lab scripts use 208, and the entry says so.

const QList<TroubleshootingEntry> &TroubleshootingEntry::all()
{
    using S = Symptom;
    static const QList<TroubleshootingEntry> entries = {
        {QStringLiteral("201"), S::EmCode, 201, QT_TRANSLATE_NOOP("TroubleshootingEntry", "Authentication Error"),
         QT_TRANSLATE_NOOP("TroubleshootingEntry", "“Error 201 Authentication Error” appears on the phone."), nullptr,
         QT_TRANSLATE_NOOP("TroubleshootingEntry", "Make sure that the correct user ID and PIN are entered. Also check with the system administrator that the user ID and PIN are correct."),
         QT_TRANSLATE_NOOP("TroubleshootingEntry", "The phone opens Services › Extension Mobility and submits the user ID with a wrong PIN."),
         QT_TRANSLATE_NOOP("TroubleshootingEntry", "The administrator checks the user ID and PIN (and unlocks the PIN if wrong tries locked it); the phone logs in with the right ones.")},
        {QStringLiteral("202"), S::EmCode, 202, QT_TRANSLATE_NOOP("TroubleshootingEntry", "Blank User ID or PIN"),
         QT_TRANSLATE_NOOP("TroubleshootingEntry", "“Error 202 Blank User ID or PIN” appears on the phone."), nullptr,
         QT_TRANSLATE_NOOP("TroubleshootingEntry", "Enter a valid user ID and PIN."),
         QT_TRANSLATE_NOOP("TroubleshootingEntry", "The phone opens Services › Extension Mobility and submits the user ID with the PIN left blank."),
         QT_TRANSLATE_NOOP("TroubleshootingEntry", "The phone logs in with a valid user ID and PIN.")},
        {QStringLiteral("26"), S::EmCode, 26, QT_TRANSLATE_NOOP("TroubleshootingEntry", "Busy Please Try Again"),
         QT_TRANSLATE_NOOP("TroubleshootingEntry", "“Error 26 Busy Please Try Again” appears on the phone."), nullptr,
         QT_TRANSLATE_NOOP("TroubleshootingEntry", "Check whether the number of concurrent login/logout requests is greater than the Maximum Concurrent requests service parameter. If it is, reduce the number of concurrent requests.\n\n"
           "Note: To check the number of concurrent login/logout requests, use the Cisco Unified Real-Time Monitoring Tool to view the Requests In Progress counter in the Extension Mobility object."),
         QT_TRANSLATE_NOOP("TroubleshootingEntry", "Maximum Concurrent Requests is lowered to 1; an EM API client sends logins from the cluster's other phone at the moment this phone submits its own."),
         QT_TRANSLATE_NOOP("TroubleshootingEntry", "Maximum Concurrent Requests goes back to 5 and the phone logs in with no other request in progress.")},
        {QStringLiteral("6"), S::EmCode, 6, QT_TRANSLATE_NOOP("TroubleshootingEntry", "Database Error"),
         QT_TRANSLATE_NOOP("TroubleshootingEntry", "“Error 6 Database Error” appears on the phone."), nullptr,
         QT_TRANSLATE_NOOP("TroubleshootingEntry", "Check whether a large number of requests exists. If so, the Requests In Progress counter of the Extension Mobility object shows a high value. If requests were rejected because of a large number of concurrent requests, the Requests Throttled counter also shows a high value. Collect detailed database logs."),
         QT_TRANSLATE_NOOP("TroubleshootingEntry", "The cluster's database fails every request (a trainer's fault); the phone tries to log in."),
         QT_TRANSLATE_NOOP("TroubleshootingEntry", "The database fault is cleared and the phone logs in.")},
        {QStringLiteral("22"), S::EmCode, 22, QT_TRANSLATE_NOOP("TroubleshootingEntry", "Dev Logon Disabled"),
         QT_TRANSLATE_NOOP("TroubleshootingEntry", "“Error 22 Dev Logon Disabled” appears on the phone."), nullptr,
         QT_TRANSLATE_NOOP("TroubleshootingEntry", "In the Phone Configuration window (Device > Phone), make sure that the Enable Extension Mobility check box is checked."),
         QT_TRANSLATE_NOOP("TroubleshootingEntry", "Enable Extension Mobility is unchecked on the phone; the phone tries to log in."),
         QT_TRANSLATE_NOOP("TroubleshootingEntry", "Enable Extension Mobility is checked on the phone and the phone logs in.")},
        {QStringLiteral("207"), S::EmCode, 207, QT_TRANSLATE_NOOP("TroubleshootingEntry", "Device Name Empty"),
         QT_TRANSLATE_NOOP("TroubleshootingEntry", "“Error 207 Device Name Empty” appears on the phone."), nullptr,
         QT_TRANSLATE_NOOP("TroubleshootingEntry", "Make sure that the URL configured for Cisco Extension Mobility is correct. For details, see the related topic.\n\nRelated topic: Configure the Cisco Extension Mobility Phone Service"),
         QT_TRANSLATE_NOOP("TroubleshootingEntry", "The Extension Mobility phone service's URL loses ?device=#DEVICENAME#; the phone tries to log in."),
         QT_TRANSLATE_NOOP("TroubleshootingEntry", "The service URL is http://<server>:8080/emapp/EMAppServlet?device=#DEVICENAME# again and the phone logs in.")},
        {QStringLiteral("208"), S::EmCode, 208, QT_TRANSLATE_NOOP("TroubleshootingEntry", "EM Service Connection Error"),
         QT_TRANSLATE_NOOP("TroubleshootingEntry", "“Error 208 EM Service Connection Error” appears on the phone. (The seed writes 207; Cisco's table of codes and this lab use 208.)"), nullptr,
         QT_TRANSLATE_NOOP("TroubleshootingEntry", "In Cisco Unified Serviceability, choose Tools > Control Center—Feature Services and make sure that the Cisco Extension Mobility service is running."),
         QT_TRANSLATE_NOOP("TroubleshootingEntry", "Cisco Extension Mobility is stopped on every server of the cluster; the phone tries to log in."),
         QT_TRANSLATE_NOOP("TroubleshootingEntry", "Cisco Extension Mobility is started in Control Center—Feature Services and the phone logs in.")},
        {QStringLiteral("host-not-found"), S::HostNotFound, -1, QT_TRANSLATE_NOOP("TroubleshootingEntry", "Host Not Found"),
         QT_TRANSLATE_NOOP("TroubleshootingEntry", "The error message “Host Not Found” appears on the phone."), nullptr,
         QT_TRANSLATE_NOOP("TroubleshootingEntry", "In Cisco Unified Serviceability, choose Tools > Control Center—Network Services and make sure that the Cisco Tomcat service is running."),
         QT_TRANSLATE_NOOP("TroubleshootingEntry", "Cisco Tomcat is stopped on every server of the cluster; the phone presses Services."),
         QT_TRANSLATE_NOOP("TroubleshootingEntry", "Cisco Tomcat is started in Control Center—Network Services and the phone logs in.")},
        {QStringLiteral("503-services"), S::HttpErrorOnServices, 503, QT_TRANSLATE_NOOP("TroubleshootingEntry", "HTTP Error (503) on the Services button"),
         QT_TRANSLATE_NOOP("TroubleshootingEntry", "HTTP Error (503) appears on the phone."), nullptr,
         QT_TRANSLATE_NOOP("TroubleshootingEntry", "If this error appears when you press the Services button, choose Tools > Control Center—Network Services in Cisco Unified Serviceability and make sure that the Cisco IP Phone Services service is running."),
         QT_TRANSLATE_NOOP("TroubleshootingEntry", "Cisco IP Phone Services is stopped on every server of the cluster; the phone presses Services."),
         QT_TRANSLATE_NOOP("TroubleshootingEntry", "Cisco IP Phone Services is started in Control Center—Network Services and the phone logs in.")},
        {QStringLiteral("503-em"), S::HttpErrorOnEm, 503, QT_TRANSLATE_NOOP("TroubleshootingEntry", "HTTP Error (503) on selecting Extension Mobility"),
         QT_TRANSLATE_NOOP("TroubleshootingEntry", "HTTP Error (503) appears on the phone."), nullptr,
         QT_TRANSLATE_NOOP("TroubleshootingEntry", "If this error appears when you select the Extension Mobility service, choose Tools > Control Center—Network Services in Cisco Unified Serviceability and make sure that the Cisco Extension Mobility Application service is running."),
         QT_TRANSLATE_NOOP("TroubleshootingEntry", "Cisco Extension Mobility Application is stopped on every server of the cluster; the phone presses Services and selects Extension Mobility."),
         QT_TRANSLATE_NOOP("TroubleshootingEntry", "Cisco Extension Mobility Application is started in Control Center—Network Services and the phone logs in.")},
        {QStringLiteral("reset"), S::ResetNotRestart, -1, QT_TRANSLATE_NOOP("TroubleshootingEntry", "Phone Resets"),
         QT_TRANSLATE_NOOP("TroubleshootingEntry", "After a user logs in or logs out, the phone resets instead of restarting."),
         QT_TRANSLATE_NOOP("TroubleshootingEntry", "The reset is probably caused by a locale change."),
         QT_TRANSLATE_NOOP("TroubleshootingEntry", "No action is needed. If the user locale associated with the user or profile logging in differs from the locale of the device, the phone restarts after a successful login and then resets. This pattern occurs because the phone configuration file is rebuilt."),
         QT_TRANSLATE_NOOP("TroubleshootingEntry", "The user's User Locale becomes different from the phone's Device Locale; the phone logs in and resets."),
         QT_TRANSLATE_NOOP("TroubleshootingEntry", "Nothing is wrong. To see a plain restart, the user's locale is set to the phone's and the phone logs in again.")},
        {QStringLiteral("no-services-after-login"), S::NoServicesAfterLogin, -1, QT_TRANSLATE_NOOP("TroubleshootingEntry", "Phone Services Unavailable After Login"),
         QT_TRANSLATE_NOOP("TroubleshootingEntry", "After logging in, the phone services are not available."),
         QT_TRANSLATE_NOOP("TroubleshootingEntry", "The problem occurs because the user profile had no services associated with it when it was loaded on the phone."),
         QT_TRANSLATE_NOOP("TroubleshootingEntry", "- Make sure that the user profile includes the Cisco Extension Mobility service.\n"
           "- Change the configuration of the phone the user logs in to so that it includes Cisco Extension Mobility. After the phone is updated, the user can access the phone services."),
         QT_TRANSLATE_NOOP("TroubleshootingEntry", "The user's device profile is unsubscribed from the Extension Mobility service; the phone logs in and presses Services."),
         QT_TRANSLATE_NOOP("TroubleshootingEntry", "The device profile is subscribed to Extension Mobility again; the phone logs out from its Services menu and logs in.")},
        {QStringLiteral("no-services-after-logout"), S::NoServicesAfterLogout, -1, QT_TRANSLATE_NOOP("TroubleshootingEntry", "Phone Services Unavailable After Logout"),
         QT_TRANSLATE_NOOP("TroubleshootingEntry", "After the user logs out and the phone reverts to the default device profile, the phone services are no longer available."), nullptr,
         QT_TRANSLATE_NOOP("TroubleshootingEntry", "- Make sure that the Synchronization Between Auto Device Profile and Phone Configuration enterprise parameter is set to True.\n"
           "- Subscribe the phone to the Cisco Extension Mobility service."),
         QT_TRANSLATE_NOOP("TroubleshootingEntry", "The user is logged in on the phone; Synchronization Between Auto Device Profile and Phone Configuration is set to False; the phone logs out and presses Services."),
         QT_TRANSLATE_NOOP("TroubleshootingEntry", "The enterprise parameter is set to True, the phone is subscribed to Extension Mobility, and the phone logs in.")},
        {QStringLiteral("25"), S::EmCode, 25, QT_TRANSLATE_NOOP("TroubleshootingEntry", "User Logged in Elsewhere"),
         QT_TRANSLATE_NOOP("TroubleshootingEntry", "“Error 25 User Logged in Elsewhere” appears on the phone."), nullptr,
         QT_TRANSLATE_NOOP("TroubleshootingEntry", "Check whether the user is logged in to another phone. If multiple logins must be allowed, make sure that the Multiple Login Behavior service parameter is set to Multiple Logins Allowed."),
         QT_TRANSLATE_NOOP("TroubleshootingEntry", "The user is logged in on the cluster's other phone while Multiple Login Behavior is Multiple Logins Not Allowed; this phone tries to log the same user in."),
         QT_TRANSLATE_NOOP("TroubleshootingEntry", "Multiple Login Behavior is set to Multiple Logins Allowed and the phone logs the user in (the other login stays).")},
        {QStringLiteral("205"), S::EmCode, 205, QT_TRANSLATE_NOOP("TroubleshootingEntry", "User Profile Absent"),
         QT_TRANSLATE_NOOP("TroubleshootingEntry", "“Error 205 User Profile Absent” appears on the phone."), nullptr,
         QT_TRANSLATE_NOOP("TroubleshootingEntry", "Associate a device profile with the user."),
         QT_TRANSLATE_NOOP("TroubleshootingEntry", "The user's Controlled Profiles are removed; the phone tries to log in."),
         QT_TRANSLATE_NOOP("TroubleshootingEntry", "The user's device profile is associated again (Controlled Profiles and Default Profile) and the phone logs in.")},
    };
    return entries;
}

const TroubleshootingEntry *TroubleshootingEntry::find(const QString &id)
{
    for (const TroubleshootingEntry &e : all())
        if (e.id == id)
            return &e;
    return nullptr;
}

QString TroubleshootingEntry::codeText() const
{
    switch (symptom) {
    case Symptom::EmCode:
        return QString::number(code);
    case Symptom::HttpErrorOnServices:
    case Symptom::HttpErrorOnEm:
        return QStringLiteral("HTTP 503");
    case Symptom::HostNotFound:
    case Symptom::ResetNotRestart:
    case Symptom::NoServicesAfterLogin:
    case Symptom::NoServicesAfterLogout:
        break;
    }
    return QStringLiteral("—");
}
