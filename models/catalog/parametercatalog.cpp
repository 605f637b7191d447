#include "parametercatalog.h"

#include "servicecatalog.h"

#include "core/message.h"

#include <QCoreApplication>
#include <QRegularExpression>

const QList<ParameterCatalog::Parameter> &ParameterCatalog::parameters()
{
    using T = Type;
    static const QList<Parameter> list = {
        {Services::ExtensionMobility, Params::EnforceMaxLoginTime, T::Boolean, QStringLiteral("False"), 0, 0, {},
         QT_TRANSLATE_NOOP("ParameterCatalog", "True logs users out automatically after the Intra-cluster Maximum Login Time.")},
        {Services::ExtensionMobility, Params::MaxLoginTime, T::Duration, QStringLiteral("8:00"), 0, 168 * 60, {},
         QT_TRANSLATE_NOOP("ParameterCatalog", "Longest local login before automatic logout, as HHH:MM from 0:00 to 168:00 (for example 8:00 or :30).")},
        {Services::ExtensionMobility, Params::InterClusterMaxLoginTime, T::Duration, QStringLiteral("8:00"), 0, 168 * 60, {},
         QT_TRANSLATE_NOOP("ParameterCatalog", "Longest login of a user from another cluster (EMCC) before automatic logout, as HHH:MM from 0:00 to 168:00.")},
        {Services::ExtensionMobility, Params::MaxConcurrentRequests, T::Integer, QStringLiteral("5"), 1, 100, {},
         QT_TRANSLATE_NOOP("ParameterCatalog", "Most login and logout requests processed at once; more are refused with error 26 and counted in Requests Throttled.")},
        {Services::ExtensionMobility, Params::MultipleLoginBehavior, T::Choice, Params::MultipleLoginsNotAllowed, 0, 0,
         {Params::MultipleLoginsAllowed, Params::MultipleLoginsNotAllowed, Params::AutoLogout},
         QT_TRANSLATE_NOOP("ParameterCatalog", "What happens when a user already logged in on one phone logs in on another phone of this cluster.")},
        {Services::ExtensionMobility, Params::AlphanumericUserId, T::Boolean, QStringLiteral("True"), 0, 0, {},
         QT_TRANSLATE_NOOP("ParameterCatalog", "True allows letters in user IDs; False allows digits only.")},
        {Services::ExtensionMobility, Params::RememberLastUser, T::Boolean, QStringLiteral("False"), 0, 0, {},
         QT_TRANSLATE_NOOP("ParameterCatalog", "True fills in the last user's ID on the login screen.")},
        {Services::ExtensionMobility, Params::ClearCallLogs, T::Boolean, QStringLiteral("False"), 0, 0, {},
         QT_TRANSLATE_NOOP("ParameterCatalog", "True clears call logs on manual login and logout.")},
        {Services::ExtensionMobility, Params::HeadsetBasedEm, T::Choice, Params::AllowHeadset, 0, 0,
         {Params::AllowHeadset, Params::DoNotAllowHeadset},
         QT_TRANSLATE_NOOP("ParameterCatalog", "Whether users sign in and out of Extension Mobility by connecting their Cisco headset to a phone.")},
        {Services::ExtensionMobility, Params::HeadsetLogoutTimer, T::Integer, QStringLiteral("0"), 0, 60, {},
         QT_TRANSLATE_NOOP("ParameterCatalog", "Minutes after the headset is disconnected before the user is signed out (0: at once).")},
        {Services::ExtensionMobility, Params::HeadsetPinEntry, T::Choice, Params::PinRequired, 0, 0, {Params::PinRequired, Params::PinNotRequired},
         QT_TRANSLATE_NOOP("ParameterCatalog", "Whether a headset-based sign in asks for the PIN.")},
        {Services::ExtensionMobility, Params::HeadsetLoginTimer, T::Integer, QStringLiteral("5"), 0, 60, {},
         QT_TRANSLATE_NOOP("ParameterCatalog", "Seconds after the headset is connected before the sign in starts.")},
        {Services::ExtensionMobility, Params::ValidateIpAddress, T::Boolean, QStringLiteral("False"), 0, 0, {},
         QT_TRANSLATE_NOOP("ParameterCatalog", "True checks the source address of each login and logout request, over EMApp and the EM API: trusted are the Trusted List of IPs and the cluster's servers; others get error 28 (Untrusted IP Error).")},
        {Services::ExtensionMobility, Params::TrustedIps, T::Text, QString(), 0, 1024, {},
         QT_TRANSLATE_NOOP("ParameterCatalog", "Addresses or host names separated by semicolons, at most 1024 characters.")},
        {Services::ExtensionMobility, Params::AllowProxy, T::Boolean, QStringLiteral("False"), 0, 0, {},
         QT_TRANSLATE_NOOP("ParameterCatalog", "While Validate IP Address is True, False refuses login and logout requests that came through a proxy (a Via header): error 30 (Proxy not allowed).")},
        {Services::ExtensionMobility, Params::EmccAllowProxy, T::Boolean, QStringLiteral("False"), 0, 0, {},
         QT_TRANSLATE_NOOP("ParameterCatalog", "False refuses Extension Mobility Cross Cluster requests that came through a proxy.")},
        {Services::ExtensionMobility, Params::CacheSize, T::Integer, QStringLiteral("10000"), 1000, 20000, {},
         QT_TRANSLATE_NOOP("ParameterCatalog", "Size of the device cache used when Validate IP Address is True.")},
        {Services::Ils, Params::IlsMaxLearnedObjects, T::Integer, QStringLiteral("100000"), 0, 1000000, {},
         QT_TRANSLATE_NOOP("ParameterCatalog", "Most learned objects this cluster writes to its database.")},
        {QString(), Params::ClusterId, T::Text, QStringLiteral("StandAloneCluster"), 1, 50, {},
         QT_TRANSLATE_NOOP("ParameterCatalog", "Identifies the cluster; must be unique in the ILS network.")},
        {QString(), Params::SyncAutoDeviceProfile, T::Boolean, QStringLiteral("True"), 0, 0, {},
         QT_TRANSLATE_NOOP("ParameterCatalog", "True keeps the phone's services in its autogenerated logout profile.")},
    };
    return list;
}

QString ParameterCatalog::displayName(const QString &name)
{
    static const char *const names[] = {
        QT_TRANSLATE_NOOP("ParameterCatalog", "Enforce Intra-cluster Maximum Login Time"),
        QT_TRANSLATE_NOOP("ParameterCatalog", "Intra-cluster Maximum Login Time"),
        QT_TRANSLATE_NOOP("ParameterCatalog", "Inter-cluster Maximum Login Time"),
        QT_TRANSLATE_NOOP("ParameterCatalog", "Maximum Concurrent Requests"),
        QT_TRANSLATE_NOOP("ParameterCatalog", "Headset-based Extension Mobility"),
        QT_TRANSLATE_NOOP("ParameterCatalog", "Auto logout timer after headset disconnect (minutes)"),
        QT_TRANSLATE_NOOP("ParameterCatalog", "PIN entry for headset-based sign in"),
        QT_TRANSLATE_NOOP("ParameterCatalog", "Auto login timer after headset connect (seconds)"),
        QT_TRANSLATE_NOOP("ParameterCatalog", "EMCC Allow Proxy"),
        QT_TRANSLATE_NOOP("ParameterCatalog", "Multiple Login Behavior"),
        QT_TRANSLATE_NOOP("ParameterCatalog", "Alphanumeric User ID"),
        QT_TRANSLATE_NOOP("ParameterCatalog", "Remember the Last User Logged In"),
        QT_TRANSLATE_NOOP("ParameterCatalog", "Clear Call Logs on Intra-Cluster EM"),
        QT_TRANSLATE_NOOP("ParameterCatalog", "Validate IP Address"),
        QT_TRANSLATE_NOOP("ParameterCatalog", "Trusted List of IPs"),
        QT_TRANSLATE_NOOP("ParameterCatalog", "Allow Proxy"),
        QT_TRANSLATE_NOOP("ParameterCatalog", "Extension Mobility Cache Size"),
        QT_TRANSLATE_NOOP("ParameterCatalog", "ILS Max Number of Learned Objects in Database"),
        QT_TRANSLATE_NOOP("ParameterCatalog", "Cluster ID"),
        QT_TRANSLATE_NOOP("ParameterCatalog", "Synchronization Between Auto Device Profile and Phone Configuration"),
    };
    return translatedIfListed("ParameterCatalog", names, name);
}

QString ParameterCatalog::displayValue(const QString &value)
{
    static const char *const values[] = {
        QT_TRANSLATE_NOOP("ParameterCatalog", "Multiple Logins Allowed"),
        QT_TRANSLATE_NOOP("ParameterCatalog", "Multiple Logins Not Allowed"),
        QT_TRANSLATE_NOOP("ParameterCatalog", "Auto Logout"),
        QT_TRANSLATE_NOOP("ParameterCatalog", "Allow headset for Extension Mobility sign in and sign out"),
        QT_TRANSLATE_NOOP("ParameterCatalog", "Do not allow headset for Extension Mobility sign in and sign out"),
        QT_TRANSLATE_NOOP("ParameterCatalog", "PIN required"),
        QT_TRANSLATE_NOOP("ParameterCatalog", "PIN not required"),
    };
    return translatedIfListed("ParameterCatalog", values, value);
}

QList<ParameterCatalog::Parameter> ParameterCatalog::serviceParameters(const QString &service)
{
    QList<Parameter> out;
    for (const Parameter &p : parameters())
        if (p.service == service)
            out.append(p);
    return out;
}

QList<ParameterCatalog::Parameter> ParameterCatalog::enterpriseParameters()
{
    return serviceParameters(QString());
}

const ParameterCatalog::Parameter *ParameterCatalog::find(const QString &service, const QString &name)
{
    for (const Parameter &p : parameters())
        if (p.service == service && p.name == name)
            return &p;
    return nullptr;
}

int ParameterCatalog::parseDurationMinutes(const QString &text)
{
    static const QRegularExpression re(QStringLiteral("^(\\d{0,3}):(\\d{2})$"));
    const auto m = re.match(text.trimmed());
    if (!m.hasMatch())
        return -1;
    const int minutes = m.captured(2).toInt();
    if (minutes > 59)
        return -1;
    return m.captured(1).toInt() * 60 + minutes;
}

Refusal ParameterCatalog::validate(const Parameter &p, const QString &value, QString *canonical)
{
    const QString v = value.trimmed();
    switch (p.type) {
    case Type::Boolean:
        if (v.compare(QLatin1String("true"), Qt::CaseInsensitive) == 0) {
            *canonical = QStringLiteral("True");
            return {};
        }
        if (v.compare(QLatin1String("false"), Qt::CaseInsensitive) == 0) {
            *canonical = QStringLiteral("False");
            return {};
        }
        return {p.name, "ParameterCatalog", QT_TRANSLATE_NOOP("ParameterCatalog", "%1 must be True or False."), {p.name}};
    case Type::Integer: {
        bool ok = false;
        const int n = v.toInt(&ok);
        if (!ok || n < p.minimum || n > p.maximum)
            return {p.name, "ParameterCatalog",
                    QT_TRANSLATE_NOOP("ParameterCatalog", "%1 must be a whole number from %2 to %3."),
                    {p.name, QString::number(p.minimum), QString::number(p.maximum)}};
        *canonical = QString::number(n);
        return {};
    }
    case Type::Choice:
        for (const QString &c : p.choices) {
            if (c.compare(v, Qt::CaseInsensitive) == 0) {
                *canonical = c;
                return {};
            }
        }
        return {p.name, "ParameterCatalog", QT_TRANSLATE_NOOP("ParameterCatalog", "%1 must be one of: %2."),
                {p.name, p.choices.join(QLatin1String(", "))}};
    case Type::Duration: {
        const int minutes = parseDurationMinutes(v);
        if (minutes < p.minimum || minutes > p.maximum)
            return {p.name, "ParameterCatalog",
                    QT_TRANSLATE_NOOP("ParameterCatalog", "%1 must be a time as HHH:MM from 0:00 to 168:00."), {p.name}};
        *canonical = QStringLiteral("%1:%2").arg(minutes / 60).arg(minutes % 60, 2, 10, QLatin1Char('0'));
        return {};
    }
    case Type::Text:
        if (v.size() > p.maximum)
            return {p.name, "ParameterCatalog", QT_TRANSLATE_NOOP("ParameterCatalog", "%1 can be at most %2 characters."),
                    {p.name, QString::number(p.maximum)}};
        if (p.minimum > 0 && v.isEmpty())
            return {p.name, "ParameterCatalog", QT_TRANSLATE_NOOP("ParameterCatalog", "%1 is required."), {p.name}};
        if (p.name == Params::ClusterId) {
            static const QRegularExpression re(QStringLiteral("^[A-Za-z0-9._-]+$"));
            if (!re.match(v).hasMatch())
                return {p.name, "ParameterCatalog",
                        QT_TRANSLATE_NOOP("ParameterCatalog", "Cluster ID may contain only letters, digits, dots, hyphens and underscores.")};
        }
        *canonical = v;
        return {};
    }
    return {};
}
