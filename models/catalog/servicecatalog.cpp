#include "servicecatalog.h"

const QList<ServiceCatalog::Service> &ServiceCatalog::services()
{
    static const QList<Service> list = {
        {Services::CallManager, Kind::Feature, QT_TRANSLATE_NOOP("ServiceCatalog", "CM Services"), false},
        {Services::Tftp, Kind::Feature, QT_TRANSLATE_NOOP("ServiceCatalog", "CM Services"), false},
        {Services::ExtensionMobility, Kind::Feature, QT_TRANSLATE_NOOP("ServiceCatalog", "CM Services"), false},
        {Services::Ils, Kind::Feature, QT_TRANSLATE_NOOP("ServiceCatalog", "CM Services"), true},
        {Services::Tomcat, Kind::Network, QT_TRANSLATE_NOOP("ServiceCatalog", "Platform Services"), false},
        {Services::IpPhoneServices, Kind::Network, QT_TRANSLATE_NOOP("ServiceCatalog", "CM Services"), false},
        {Services::EmApplication, Kind::Network, QT_TRANSLATE_NOOP("ServiceCatalog", "CM Services"), false},
    };
    return list;
}

const ServiceCatalog::Service *ServiceCatalog::find(const QString &name)
{
    for (const Service &s : services())
        if (s.name == name)
            return &s;
    return nullptr;
}
