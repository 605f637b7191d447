#include "bat.h"

#include "cluster/cluster.h"
#include "csv.h"

#include <algorithm>

namespace Bat {

QString keyColumn(Type type)
{
    switch (type) {
    case Type::EndUsers: return Column::UserId;
    case Type::DeviceProfiles: return Column::DeviceProfileName;
    case Type::Phones: return Column::DeviceName;
    }
    return {};
}

QStringList numberedColumns(Type type)
{
    if (type == Type::EndUsers)
        return {Column::ControlledProfile};
    return {Column::DirectoryNumber, Column::IpPhoneService};
}

QStringList supportedColumns(Type type)
{
    using namespace Column;
    switch (type) {
    case Type::EndUsers:
        return {FirstName, LastName, UserId, Password, Pin, SelfServiceUserId, PrimaryExtension, UserLocale,
                HomeCluster, DefaultProfile, ControlledProfile};
    case Type::DeviceProfiles:
        return {DeviceProfileName, Description, DeviceProfileType, DeviceProtocol, UserLocale, PhoneButtonTemplate,
                SoftkeyTemplate, LoginUserId, DirectoryNumber, IpPhoneService};
    case Type::Phones:
        return {DeviceName, Description, DeviceType, DeviceProtocol, UserLocale, PhoneButtonTemplate, SoftkeyTemplate,
                EnableExtensionMobility, LogOutProfile, DirectoryNumber, IpPhoneService};
    }
    return {};
}

QString typeName(Type type)
{
    switch (type) {
    case Type::EndUsers: return QStringLiteral("users");
    case Type::DeviceProfiles: return QStringLiteral("profiles");
    case Type::Phones: return QStringLiteral("phones");
    }
    return {};
}

bool typeFromName(const QString &name, Type *type)
{
    for (Type t : {Type::EndUsers, Type::DeviceProfiles, Type::Phones}) {
        if (name.compare(typeName(t), Qt::CaseInsensitive) == 0) {
            *type = t;
            return true;
        }
    }
    return false;
}

bool parseBool(const QString &text, bool *value)
{
    const QString t = text.trimmed().toLower();
    if (t == QLatin1String("t") || t == QLatin1String("true") || t == QLatin1String("y") || t == QLatin1String("yes") || t == QLatin1String("1")) {
        *value = true;
        return true;
    }
    if (t == QLatin1String("f") || t == QLatin1String("false") || t == QLatin1String("n") || t == QLatin1String("no") || t == QLatin1String("0")) {
        *value = false;
        return true;
    }
    return false;
}

namespace {

QString flag(bool b)
{
    return b ? QStringLiteral("t") : QStringLiteral("f");
}

QStringList numbered(const QString &column, int count)
{
    QStringList out;
    for (int i = 1; i <= count; ++i)
        out << column + QLatin1Char(' ') + QString::number(i);
    return out;
}

template <typename List>
QStringList padded(const List &values, int count)
{
    QStringList out;
    for (int i = 0; i < count; ++i)
        out << (i < values.size() ? values.at(i) : QString());
    return out;
}

QStringList serviceNames(const Cluster &cluster, const QList<qint64> &ids)
{
    QStringList out;
    for (qint64 id : ids)
        if (const PhoneService *s = cluster.phoneService(id))
            out << s->name;
    return out;
}

QString deviceName(const Cluster &cluster, qint64 id)
{
    const Device *d = id ? cluster.device(id) : nullptr;
    return d ? d->name : QString();
}

} // namespace

QByteArray exportCsv(const Cluster &cluster, Type type)
{
    using namespace Column;
    QByteArray out("\xEF\xBB\xBF");
    if (type == Type::EndUsers) {
        int profiles = 1;
        for (qint64 id : cluster.ids(Cluster::Entity::EndUser))
            profiles = std::max(profiles, int(cluster.endUser(id)->controlledProfiles.size()));
        QStringList header{FirstName, LastName, UserId, Password, Pin, SelfServiceUserId, PrimaryExtension, UserLocale,
                           HomeCluster, DefaultProfile};
        header << numbered(ControlledProfile, profiles);
        out.reserve(int(cluster.endUserCount()) * 96);
        Csv::appendRecord(out, header);
        for (qint64 id : cluster.ids(Cluster::Entity::EndUser)) {
            const EndUser &u = *cluster.endUser(id);
            QStringList row{u.firstName, u.lastName, u.userId, QString(), QString(), u.selfServiceId, u.primaryExtension,
                            u.locale, flag(u.homeCluster), deviceName(cluster, u.defaultProfileId)};
            QStringList names;
            for (qint64 pid : u.controlledProfiles)
                names << deviceName(cluster, pid);
            row << padded(names, profiles);
            Csv::appendRecord(out, row);
        }
        return out;
    }

    const bool phones = type == Type::Phones;
    int lines = 1, services = 1;
    QList<qint64> ids;
    for (qint64 id : cluster.ids(Cluster::Entity::Device)) {
        const Device *d = cluster.device(id);
        if (d->isPhone() != phones)
            continue;
        ids << id;
        lines = std::max(lines, int(d->lines.size()));
        services = std::max(services, int(d->services.size()));
    }
    QStringList header;
    if (phones)
        header << DeviceName << Description << DeviceType << DeviceProtocol << UserLocale << PhoneButtonTemplate
               << SoftkeyTemplate << EnableExtensionMobility << LogOutProfile;
    else
        header << DeviceProfileName << Description << DeviceProfileType << DeviceProtocol << UserLocale
               << PhoneButtonTemplate << SoftkeyTemplate << LoginUserId;
    header << numbered(DirectoryNumber, lines) << numbered(IpPhoneService, services);
    out.reserve(int(ids.size()) * 128);
    Csv::appendRecord(out, header);
    for (qint64 id : std::as_const(ids)) {
        const Device &d = *cluster.device(id);
        QStringList row{d.name, d.description, d.model, d.protocol, d.locale, d.buttonTemplate, d.softkeyTemplate};
        if (phones)
            row << flag(d.emEnabled) << (d.logoutProfileId ? deviceName(cluster, d.logoutProfileId) : UseCurrentDeviceSettings);
        else
            row << d.loginUserId;
        row << padded(d.lines, lines) << padded(serviceNames(cluster, d.services), services);
        Csv::appendRecord(out, row);
    }
    return out;
}

} // namespace Bat
