#pragma once

#include <QList>
#include <QString>

/// The Unified CM services the feature needs, as Cisco Unified Serviceability lists them.
/// Service names are product names and stay in English in every language, as in Cisco's UI.
namespace Services {
inline const QString CallManager = QStringLiteral("Cisco CallManager");
inline const QString Tftp = QStringLiteral("Cisco Tftp");
inline const QString ExtensionMobility = QStringLiteral("Cisco Extension Mobility");
inline const QString Ils = QStringLiteral("Cisco Intercluster Lookup Service");
inline const QString Tomcat = QStringLiteral("Cisco Tomcat");
inline const QString IpPhoneServices = QStringLiteral("Cisco IP Phone Services");
inline const QString EmApplication = QStringLiteral("Cisco Extension Mobility Application");
}

class ServiceCatalog
{
public:
    enum class Kind {
        Feature, ///< activated in Service Activation, shown in Control Center – Feature Services
        Network  ///< always activated; shown in Control Center – Network Services
    };
    struct Service {
        QString name;
        Kind kind;
        const char *group; ///< QT_TRANSLATE_NOOP("ServiceCatalog", …) group heading
        bool publisherOnly;
    };
    static const QList<Service> &services();
    static const Service *find(const QString &name);
};
