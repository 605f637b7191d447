#pragma once

#include <QString>

/// A login as EMApp (a phone) or the EM API (an application) asks for it.
struct EmLoginRequest
{
    QString deviceName;               ///< the phone (#DEVICENAME#); empty → 207
    QString id;                       ///< user ID, Primary Extension or Self-Service User ID
    QString pin;                      ///< checked unless proxy is set
    QString loginType = QStringLiteral("UID"); ///< UID, DN or SP (case sensitive, like the URL); else 215
    QString profile;                  ///< chosen device profile name; empty = the only/default one
    bool proxy = false;               ///< an EM API caller with proxy rights already authenticated: no PIN
};
