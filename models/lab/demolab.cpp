#include "demolab.h"

#include "catalog/parametercatalog.h"
#include "catalog/servicecatalog.h"
#include "cluster/cluster.h"
#include "lab.h"
#include "mobility/extensionmobility.h"

#include <QCoreApplication>

namespace {

struct DemoUser {
    QString userId;
    QString firstName;
    QString lastName;
    QString dn;
    int home; ///< cluster number
    bool superUser;
};

const QList<DemoUser> &demoUsers()
{
    static const QList<DemoUser> users = {
        {QStringLiteral("bob"), QStringLiteral("Bob"), QStringLiteral("Smith"), QStringLiteral("1000001"), 1, true},
        {QStringLiteral("carol"), QStringLiteral("Carol"), QStringLiteral("Jones"), QStringLiteral("1000002"), 1, false},
        {QStringLiteral("alice"), QStringLiteral("Alice"), QStringLiteral("Brown"), QStringLiteral("2000001"), 2, true},
        {QStringLiteral("kally"), QStringLiteral("Kally"), QStringLiteral("Tanaka"), QStringLiteral("3000001"), 3, true},
        {QStringLiteral("dave"), QStringLiteral("Dave"), QStringLiteral("Wilson"), QStringLiteral("4000001"), 4, true},
    };
    return users;
}

const QString DemoPin = QStringLiteral("12345");
const QString PhoneModel = QStringLiteral("Cisco 8865");

QString phoneName(int cluster, int n)
{
    // SEPC10000000001: "C", the cluster number, zeros, the phone number (12 hex digits in all)
    return QStringLiteral("SEPC") + QString::number(cluster) + QStringLiteral("%1").arg(n, 10, 10, QLatin1Char('0'));
}

QString profileName(const QString &userId)
{
    return QStringLiteral("UDP-%1").arg(userId);
}

bool check(const Refusal &r, const QString &what, QString *error)
{
    if (r && error)
        *error = QStringLiteral("demo lab: %1: %2").arg(what, r.englishText());
    return !r;
}

bool populate(Cluster &c, int k, QString *error)
{
    const Cluster::Acting acting(&c, AuditActor{QStringLiteral("system"), QStringLiteral("demo lab"), QStringLiteral("setup")});
    // Service Activation: every service of the feature's task flow, ILS on the publisher only.
    for (const Node &n : c.nodes()) {
        for (const QString &s : {Services::CallManager, Services::Tftp, Services::ExtensionMobility})
            if (!check(c.setServiceActivated(n.hostName, s, true), s, error))
                return false;
    }
    if (!check(c.setServiceActivated(c.publisher().hostName, Services::Ils, true), Services::Ils, error))
        return false;
    if (!check(c.setEnterpriseParameter(Params::ClusterId, QStringLiteral("cluster%1").arg(k)), QStringLiteral("Cluster ID"), error))
        return false;

    PhoneService em;
    em.name = QStringLiteral("Extension Mobility");
    em.asciiName = em.name;
    em.description = QStringLiteral("Log in and out with Extension Mobility");
    em.url = QStringLiteral("http://%1:8080/emapp/EMAppServlet?device=#DEVICENAME#").arg(c.publisher().hostName);
    if (!check(c.savePhoneService(em), em.name, error))
        return false;

    // Device profiles first (a user's Primary Extension must be a DN of the cluster).
    for (const DemoUser &u : demoUsers()) {
        if (u.home != k && !u.superUser)
            continue;
        Device p;
        p.kind = Device::Kind::Profile;
        p.name = profileName(u.userId);
        p.description = QStringLiteral("%1 %2").arg(u.firstName, u.lastName);
        p.model = PhoneModel;
        p.protocol = QStringLiteral("SIP");
        p.buttonTemplate = QStringLiteral("Standard 8865 SIP");
        p.lines = {u.dn};
        p.services = {em.id};
        if (!check(c.saveDevice(p), p.name, error))
            return false;
        EndUser user;
        user.userId = u.userId;
        user.firstName = u.firstName;
        user.lastName = u.lastName;
        user.primaryExtension = u.dn;
        user.selfServiceId = u.dn;
        user.controlledProfiles = {p.id};
        user.defaultProfileId = p.id;
        user.homeCluster = u.home == k;
        if (!check(c.saveEndUser(user, DemoPin), u.userId, error))
            return false;
        if (!check(c.addEndUserToGroup(Groups::CcmEndUsers, user.id), u.userId, error))
            return false;
        if (u.superUser && !check(c.addEndUserToGroup(Groups::RoamingSuperUsers, user.id), u.userId, error))
            return false;
    }

    for (int n = 1; n <= 2; ++n) {
        Device phone;
        phone.kind = Device::Kind::Phone;
        phone.name = phoneName(k, n);
        phone.description = QStringLiteral("Shared phone %1 of Cluster%2").arg(n).arg(k);
        phone.model = PhoneModel;
        phone.protocol = QStringLiteral("SIP");
        phone.buttonTemplate = QStringLiteral("Standard 8865 SIP");
        phone.emEnabled = true;
        phone.lines = {QString::number(k) + QStringLiteral("009") + QStringLiteral("%1").arg(n, 3, 10, QLatin1Char('0'))};
        phone.services = {em.id};
        if (!check(c.saveDevice(phone), phone.name, error))
            return false;
    }

    ApplicationUser api;
    api.userId = QStringLiteral("emapi");
    if (!check(c.saveApplicationUser(api, QStringLiteral("emapi-pass")), api.userId, error)
        || !check(c.addApplicationUserToGroup(Groups::EmProxyRights, api.id), api.userId, error))
        return false;

    return true;
}

} // namespace

const char *DemoLab::name()
{
    return QT_TRANSLATE_NOOP("DemoLab", "Demo lab");
}

bool DemoLab::create(Lab &lab, QString *error)
{
    // stored in English and shown translated (Lab::displayName()), so the window title
    // follows a language switch
    lab.m_name = QString::fromLatin1(DemoLab::name());
    struct Shape {
        IlsRole role;
        const char *hub;
        QPointF position;
    };
    const Shape shapes[] = {
        {IlsRole::Hub, "", {-180, 0}},
        {IlsRole::Hub, "", {180, 0}},
        {IlsRole::Spoke, "Cluster2", {300, 200}},
        {IlsRole::Spoke, "Cluster1", {-300, 200}},
    };
    for (int k = 1; k <= 4; ++k) {
        Lab::ClusterSpec spec;
        spec.name = QStringLiteral("Cluster%1").arg(k);
        spec.database = QStringLiteral("cluster%1.sqlite").arg(k);
        spec.role = shapes[k - 1].role;
        spec.hub = QString::fromLatin1(shapes[k - 1].hub);
        spec.position = shapes[k - 1].position;
        // Documentation addresses (RFC 5737): the lab never sends traffic to them.
        spec.nodes = {{QStringLiteral("cucm%1-pub").arg(k), QStringLiteral("198.51.100.%1").arg(k * 10), true},
                      {QStringLiteral("cucm%1-sub1").arg(k), QStringLiteral("198.51.100.%1").arg(k * 10 + 1), false}};
        Cluster *c = lab.openCluster(spec, error);
        if (!c)
            return false;
        // one transaction (and one fsync) per cluster rather than one per record
        const bool began = c->beginBulk();
        if (began && !populate(*c, k, error))
            return false;
        if (!began || !c->commitBulk()) {
            if (error)
                *error = QStringLiteral("demo lab: cannot save %1").arg(spec.name);
            return false;
        }
    }
    // The story starts with each super user logged in on the first phone of their home
    // cluster: real Extension Mobility logins, before ILS takes the converged state.
    for (const DemoUser &u : demoUsers()) {
        if (!u.superUser)
            continue;
        EmLoginRequest request;
        request.deviceName = phoneName(u.home, 1);
        request.id = u.userId;
        request.pin = DemoPin;
        const EmResult r = lab.mobility(QStringLiteral("Cluster%1").arg(u.home))->loginNow(request);
        if (!r.ok()) {
            if (error)
                *error = QStringLiteral("demo lab: login of %1: %2").arg(u.userId, r.text());
            return false;
        }
    }
    return lab.save(error);
}
