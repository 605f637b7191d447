#pragma once

#include <QList>
#include <QString>
#include <QStringList>

#include "core/refusal.h"

/// Names of the parameters the engine reads.
namespace Params {
inline const QString EnforceMaxLoginTime = QStringLiteral("Enforce Intra-cluster Maximum Login Time");
inline const QString MaxLoginTime = QStringLiteral("Intra-cluster Maximum Login Time");
inline const QString InterClusterMaxLoginTime = QStringLiteral("Inter-cluster Maximum Login Time");
inline const QString HeadsetBasedEm = QStringLiteral("Headset-based Extension Mobility");
inline const QString HeadsetLogoutTimer = QStringLiteral("Auto logout timer after headset disconnect (minutes)");
inline const QString HeadsetPinEntry = QStringLiteral("PIN entry for headset-based sign in");
inline const QString HeadsetLoginTimer = QStringLiteral("Auto login timer after headset connect (seconds)");
inline const QString EmccAllowProxy = QStringLiteral("EMCC Allow Proxy");
inline const QString MaxConcurrentRequests = QStringLiteral("Maximum Concurrent Requests");
inline const QString MultipleLoginBehavior = QStringLiteral("Multiple Login Behavior");
inline const QString AlphanumericUserId = QStringLiteral("Alphanumeric User ID");
inline const QString RememberLastUser = QStringLiteral("Remember the Last User Logged In");
inline const QString ClearCallLogs = QStringLiteral("Clear Call Logs on Intra-Cluster EM");
inline const QString ValidateIpAddress = QStringLiteral("Validate IP Address");
inline const QString TrustedIps = QStringLiteral("Trusted List of IPs");
inline const QString AllowProxy = QStringLiteral("Allow Proxy");
inline const QString CacheSize = QStringLiteral("Extension Mobility Cache Size");
inline const QString IlsMaxLearnedObjects = QStringLiteral("ILS Max Number of Learned Objects in Database");
inline const QString ClusterId = QStringLiteral("Cluster ID");
inline const QString SyncAutoDeviceProfile = QStringLiteral("Synchronization Between Auto Device Profile and Phone Configuration");

inline const QString MultipleLoginsAllowed = QStringLiteral("Multiple Logins Allowed");
inline const QString MultipleLoginsNotAllowed = QStringLiteral("Multiple Logins Not Allowed");
inline const QString AutoLogout = QStringLiteral("Auto Logout");
inline const QString AllowHeadset = QStringLiteral("Allow headset for Extension Mobility sign in and sign out");
inline const QString DoNotAllowHeadset = QStringLiteral("Do not allow headset for Extension Mobility sign in and sign out");
inline const QString PinRequired = QStringLiteral("PIN required");
inline const QString PinNotRequired = QStringLiteral("PIN not required");
}

/// Definitions of the service parameters and enterprise parameters the console shows: type,
/// default, range, and the rule that checks a new value. Values are stored as text ("True",
/// "5", "8:00"), as Unified CM shows them.
class ParameterCatalog
{
public:
    enum class Type { Boolean, Integer, Choice, Duration, Text };
    struct Parameter {
        QString service;     ///< service name, or empty for an enterprise parameter
        QString name;        ///< Cisco's English label: the key values are stored under (see displayName())
        Type type;
        QString defaultValue;
        int minimum = 0;     ///< Integer: range; Duration: minutes; Text: –
        int maximum = 0;     ///< Integer: range; Duration: minutes; Text: maximum length
        QStringList choices; ///< Choice
        const char *help;    ///< QT_TRANSLATE_NOOP("ParameterCatalog", …)
    };

    static const QList<Parameter> &parameters();
    static QList<Parameter> serviceParameters(const QString &service);
    static QList<Parameter> enterpriseParameters();
    static const Parameter *find(const QString &service, const QString &name);
    /// What the console shows for parameter @p name and for a choice @p value: translated, as
    /// Cisco's Japanese UI shows them (同時要求の最大数, 複数のログインを許可); "True"/"False",
    /// numbers and unknown text are returned as they are.
    static QString displayName(const QString &name);
    static QString displayValue(const QString &value);

    /// Checks @p value for @p p and returns it in canonical form in @p canonical.
    static Refusal validate(const Parameter &p, const QString &value, QString *canonical);
    /// "8:00" → 480, ":30" → 30; -1 when malformed.
    static int parseDurationMinutes(const QString &text);
};
