#include "roamingreadiness.h"

#include "catalog/servicecatalog.h"
#include "cluster/cluster.h"
#include "cluster/ucmrelease.h"
#include "lab/lab.h"

#include <QUrl>

#include <algorithm>

namespace {
Message problem(const char *source, QStringList args = {})
{
    return Message("RoamingReadiness", source, std::move(args));
}

// Why each check matters, in the words of the feature's documentation (the Japanese
// translation quotes the document).
namespace Why {
const Message Synchronized("RoamingReadiness", QT_TRANSLATE_NOOP("RoamingReadiness", "Device profiles and user information must be synchronized on every cluster."));
const Message SuperUser("RoamingReadiness", QT_TRANSLATE_NOOP("RoamingReadiness", "Super user information must be shared on every cluster, whichever cluster the user logs in to."));
const Message Profile("RoamingReadiness", QT_TRANSLATE_NOOP("RoamingReadiness", "Associate the device profile with the user so that the user can access their settings from another phone."));
const Message Home("RoamingReadiness", QT_TRANSLATE_NOOP("RoamingReadiness", "The home cluster is the cluster where the user's settings, such as the user device profile and the dial plan, are stored."));
const Message DialPlan("RoamingReadiness", QT_TRANSLATE_NOOP("RoamingReadiness", "A uniform dial plan is required across the ILS network."));
const Message EmService("RoamingReadiness", QT_TRANSLATE_NOOP("RoamingReadiness", "The Cisco Extension Mobility service must be running."));
const Message Ils("RoamingReadiness", QT_TRANSLATE_NOOP("RoamingReadiness", "The Intercluster Lookup Service must be running. To activate the ILS service, select the publisher node."));
const Message IlsNetwork("RoamingReadiness", QT_TRANSLATE_NOOP("RoamingReadiness", "The ILS network must be configured, because ILS replicates user and login information between clusters."));
const Message EmUrl("RoamingReadiness", QT_TRANSLATE_NOOP("RoamingReadiness", "The format is http://<IP Address>:8080/emapp/EMAppServlet?device=#DEVICENAME#. The IP address is that of a Unified Communications Manager where Cisco Extension Mobility is activated and running."));
const Message Subscribe("RoamingReadiness", QT_TRANSLATE_NOOP("RoamingReadiness", "Subscribe IP phones and device profiles to the Extension Mobility service so that users can log in to Extension Mobility, use it and log out."));
const Message Release("RoamingReadiness", QT_TRANSLATE_NOOP("RoamingReadiness", "Deploying Intercluster Extension Mobility Roaming requires Cisco Unified Communications Manager Release 12.0(1)SU1 or later."));
}

ReadinessFinding finding(ReadinessFinding::Check check, const QString &cluster, const QString &record, Message what,
                         const Message &why, const QString &page, qint64 recordId = 0)
{
    ReadinessFinding f;
    f.check = check;
    f.cluster = cluster;
    f.record = record;
    f.problem = std::move(what);
    f.why = why;
    f.page = page;
    f.recordId = recordId;
    return f;
}

bool isEmAppUrl(const QString &url)
{
    return url.contains(QLatin1String("/emapp/EMAppServlet"), Qt::CaseInsensitive);
}

// The node of @p c that the service URL @p url names, or nullptr.
const Node *nodeOfUrl(const Cluster *c, const QString &url)
{
    const QUrl u(QString(url).replace(QLatin1String("#DEVICENAME#"), QLatin1String("SEP000000000000")));
    const QString host = u.host();
    for (const Node &n : c->nodes())
        if (n.hostName.compare(host, Qt::CaseInsensitive) == 0 || n.address == host)
            return &n;
    return nullptr;
}

// Whether the EM phone service @p s of @p c works: the reason it does not, or an empty message.
Message emServiceProblem(const Cluster *c, const PhoneService &s)
{
    if (!s.url.contains(QLatin1String("#DEVICENAME#")))
        return problem(QT_TRANSLATE_NOOP("RoamingReadiness", "The URL of phone service %1 does not name #DEVICENAME#: EMApp cannot tell which phone asks (error 207)."), {s.name});
    const Node *node = nodeOfUrl(c, s.url);
    if (!node)
        return problem(QT_TRANSLATE_NOOP("RoamingReadiness", "The URL of phone service %1 names no server of %2."), {s.name, c->name()});
    if (!c->isServiceRunning(node->hostName, Services::EmApplication))
        return problem(QT_TRANSLATE_NOOP("RoamingReadiness", "The URL of phone service %1 points to %2, where Cisco Extension Mobility Application is not running."), {s.name, node->hostName});
    return {};
}
} // namespace

QString ReadinessFinding::key() const
{
    return QString::number(int(check)) + QLatin1Char('\n') + cluster + QLatin1Char('\n') + record;
}

RoamingReadiness::RoamingReadiness(const Lab *lab)
    : m_lab(lab)
{
}

QStringList RoamingReadiness::superUsers() const
{
    QStringList out;
    for (const Cluster *c : m_lab->clusters()) {
        const AccessControlGroup *g = c->accessControlGroupByName(Groups::RoamingSuperUsers);
        if (!g)
            continue;
        for (qint64 id : g->endUsers)
            if (const EndUser *u = c->endUser(id); u && !out.contains(u->userId, Qt::CaseInsensitive))
                out << u->userId;
    }
    std::sort(out.begin(), out.end(), [](const QString &a, const QString &b) { return a.compare(b, Qt::CaseInsensitive) < 0; });
    return out;
}

QList<ReadinessFinding> RoamingReadiness::findings() const
{
    QList<ReadinessFinding> out;
    for (int i = 0; i < m_lab->clusters().size(); ++i)
        checkCluster(i, out);
    for (const QString &userId : superUsers())
        checkUser(userId, out);
    return out;
}

void RoamingReadiness::checkCluster(int index, QList<ReadinessFinding> &out) const
{
    using Check = ReadinessFinding::Check;
    const Cluster *c = m_lab->clusters().at(index);
    const QString name = c->name();
    if (!UcmRelease::supportsRoaming(c->release()))
        out << finding(Check::Release, name, c->release(),
                       problem(QT_TRANSLATE_NOOP("RoamingReadiness", "%1 runs Unified CM %2: it takes no roaming logins."), {name, c->release()}),
                       Why::Release, QStringLiteral("overview"));
    if (!c->isServiceRunningAnywhere(Services::ExtensionMobility))
        out << finding(Check::EmServiceStopped, name, Services::ExtensionMobility,
                       problem(QT_TRANSLATE_NOOP("RoamingReadiness", "Cisco Extension Mobility is not running on any server of %1."), {name}),
                       Why::EmService, QStringLiteral("controlCenterFeature"));
    if (!c->serviceState(c->publisher().hostName, Services::Ils).activated)
        out << finding(Check::IlsNotActivated, name, c->publisher().hostName,
                       problem(QT_TRANSLATE_NOOP("RoamingReadiness", "Cisco Intercluster Lookup Service is not activated on the publisher %1."), {c->publisher().hostName}),
                       Why::Ils, QStringLiteral("serviceActivation"));
    const Lab::ClusterSpec spec = m_lab->spec(name);
    if (spec.role == IlsRole::None) {
        out << finding(Check::IlsUnreachable, name, name,
                       problem(QT_TRANSLATE_NOOP("RoamingReadiness", "%1 does not take part in the ILS network."), {name}),
                       Why::IlsNetwork, QStringLiteral("ilsConfiguration"));
    } else if (spec.role == IlsRole::Spoke) {
        const Lab::ClusterSpec hub = m_lab->spec(spec.hub);
        if (hub.name.isEmpty())
            out << finding(Check::IlsUnreachable, name, spec.hub,
                           problem(QT_TRANSLATE_NOOP("RoamingReadiness", "%1 is a spoke of %2, which is not a cluster of the lab."), {name, spec.hub}),
                           Why::IlsNetwork, QStringLiteral("ilsConfiguration"));
        else if (hub.role != IlsRole::Hub)
            out << finding(Check::IlsUnreachable, name, hub.name,
                           problem(QT_TRANSLATE_NOOP("RoamingReadiness", "%1 is a spoke of %2, which is not a hub."), {name, hub.name}),
                           Why::IlsNetwork, QStringLiteral("ilsConfiguration"));
    }

    // The Extension Mobility phone service.
    QList<const PhoneService *> candidates;
    for (qint64 id : c->ids(Cluster::Entity::PhoneService))
        if (const PhoneService *s = c->phoneService(id); s && isEmAppUrl(s->url))
            candidates << s;
    if (candidates.isEmpty()) {
        ReadinessFinding f = finding(Check::NoEmPhoneService, name, QString(),
                                     problem(QT_TRANSLATE_NOOP("RoamingReadiness", "%1 has no phone service whose URL points to EMApp (/emapp/EMAppServlet)."), {name}),
                                     Why::EmUrl, QStringLiteral("phoneServices"));
        // a working EM service of another cluster, its URL rewritten for this one, fixes it
        for (const Cluster *other : m_lab->clusters()) {
            if (other == c || f.canFix())
                continue;
            for (qint64 id : other->ids(Cluster::Entity::PhoneService))
                if (const PhoneService *s = other->phoneService(id); s && isEmAppUrl(s->url) && emServiceProblem(other, *s).isEmpty()) {
                    f.fixFrom = other->name();
                    f.fixRoot = ClusterCopy::Root::PhoneService;
                    f.fixId = s->id;
                    break;
                }
        }
        out << f;
        return;
    }
    const PhoneService *em = nullptr;
    for (const PhoneService *s : std::as_const(candidates))
        if (emServiceProblem(c, *s).isEmpty()) {
            em = s;
            break;
        }
    if (!em) {
        out << finding(Check::EmPhoneServiceUrl, name, candidates.first()->name, emServiceProblem(c, *candidates.first()), Why::EmUrl,
                       QStringLiteral("phoneServices"), candidates.first()->id);
        em = candidates.first();
    }
    if (em->enterpriseSubscription)
        return;
    for (const Device &phone : c->phones())
        if (phone.emEnabled && !phone.services.contains(em->id))
            out << finding(Check::NotSubscribed, name, phone.name,
                           problem(QT_TRANSLATE_NOOP("RoamingReadiness", "Phone %1 has Extension Mobility enabled but does not subscribe to %2."), {phone.name, em->name}),
                           Why::Subscribe, QStringLiteral("phone"), phone.id);
}

void RoamingReadiness::checkUser(const QString &userId, QList<ReadinessFinding> &out) const
{
    using Check = ReadinessFinding::Check;
    const QList<Cluster *> clusters = m_lab->clusters();
    // the home cluster's record is the one copies are made from
    const Cluster *home = nullptr;
    QStringList homes;
    for (const Cluster *c : clusters)
        if (const EndUser *u = c->endUserByUserId(userId); u && u->homeCluster) {
            homes << c->name();
            if (!home)
                home = c;
        }
    if (!home)
        for (const Cluster *c : clusters)
            if (const EndUser *u = c->endUserByUserId(userId); u && c->isEndUserInGroup(u->id, Groups::RoamingSuperUsers)) {
                home = c;
                break;
            }
    const EndUser *source = home->endUserByUserId(userId);
    const auto withFix = [&](ReadinessFinding f) {
        if (home && !f.cluster.isEmpty() && f.cluster != home->name()) {
            f.fixFrom = home->name();
            f.fixRoot = ClusterCopy::Root::EndUser;
            f.fixId = source->id;
        }
        return f;
    };
    if (homes.isEmpty())
        out << finding(Check::HomeCluster, home->name(), userId,
                       problem(QT_TRANSLATE_NOOP("RoamingReadiness", "Home Cluster is checked for %1 on no cluster."), {userId}),
                       Why::Home, QStringLiteral("endUser"), source->id);
    else if (homes.size() > 1)
        for (const QString &h : homes.mid(1))
            out << finding(Check::HomeCluster, h, userId,
                           problem(QT_TRANSLATE_NOOP("RoamingReadiness", "Home Cluster is checked for %1 on %2 and also on %3: it must be checked on exactly one cluster."), {userId, homes.first(), h}),
                           Why::Home, QStringLiteral("endUser"), m_lab->cluster(h)->endUserByUserId(userId)->id);

    // the user's profile names and DNs, as the home cluster has them
    QStringList profiles, dns;
    for (qint64 pid : source->controlledProfiles)
        if (const Device *p = home->device(pid)) {
            profiles << p->name;
            dns << p->lines;
        }

    for (const Cluster *c : clusters) {
        const QString name = c->name();
        const EndUser *u = c->endUserByUserId(userId);
        if (!u) {
            out << withFix(finding(Check::UserMissing, name, userId,
                                   problem(QT_TRANSLATE_NOOP("RoamingReadiness", "%1 is not an end user of %2."), {userId, name}),
                                   Why::Synchronized, QStringLiteral("endUser")));
        } else {
            if (!c->isEndUserInGroup(u->id, Groups::RoamingSuperUsers))
                out << withFix(finding(Check::NotSuperUser, name, userId,
                                       problem(QT_TRANSLATE_NOOP("RoamingReadiness", "%1 is not a member of Standard EM Roaming Across Clusters Super Users on %2."), {userId, name}),
                                       Why::SuperUser, QStringLiteral("endUser"), u->id));
            if (u->controlledProfiles.isEmpty()) {
                ReadinessFinding f = finding(Check::NoProfile, name, userId,
                                             problem(QT_TRANSLATE_NOOP("RoamingReadiness", "%1 controls no device profile on %2."), {userId, name}),
                                             Why::Profile, QStringLiteral("endUser"), u->id);
                out << (profiles.isEmpty() ? f : withFix(f));
            }
            // the user's profiles there subscribe to the EM service
            const PhoneService *em = nullptr;
            for (qint64 id : c->ids(Cluster::Entity::PhoneService))
                if (const PhoneService *s = c->phoneService(id); s && isEmAppUrl(s->url) && (!em || emServiceProblem(c, *s).isEmpty()))
                    em = s;
            if (em && !em->enterpriseSubscription)
                for (qint64 pid : u->controlledProfiles)
                    if (const Device *p = c->device(pid); p && !p->services.contains(em->id)) {
                        ReadinessFinding f = finding(Check::NotSubscribed, name, p->name,
                                                     problem(QT_TRANSLATE_NOOP("RoamingReadiness", "Device profile %1 of %2 does not subscribe to %3."), {p->name, userId, em->name}),
                                                     Why::Subscribe, QStringLiteral("deviceProfile"), p->id);
                        // the home profile subscribes to a service of that name: copying it fixes this
                        if (const Device *hp = home->deviceByName(p->name); hp && c != home)
                            for (qint64 sid : hp->services)
                                if (const PhoneService *hs = home->phoneService(sid); hs && hs->name.compare(em->name, Qt::CaseInsensitive) == 0) {
                                    f.fixFrom = home->name();
                                    f.fixRoot = ClusterCopy::Root::DeviceProfile;
                                    f.fixId = hp->id;
                                }
                        out << f;
                    }
        }
        // uniform dial plan: the user's DNs belong to no other device anywhere
        for (const QString &dn : std::as_const(dns)) {
            const Device *owner = c->deviceForDn(dn);
            if (owner && (owner->isPhone() || !profiles.contains(owner->name, Qt::CaseInsensitive)))
                out << finding(Check::DnCollision, name, owner->name,
                               problem(QT_TRANSLATE_NOOP("RoamingReadiness", "Directory Number %1 of %2 is also the DN of %3 on %4."), {dn, userId, owner->name, name}),
                               Why::DialPlan, owner->isPhone() ? QStringLiteral("phone") : QStringLiteral("deviceProfile"), owner->id);
        }
    }
}

QStringList RoamingReadiness::report(const QList<ReadinessFinding> &findings, bool english)
{
    QStringList lines;
    for (const ReadinessFinding &f : findings) {
        const QString what = english ? f.problem.englishText() : f.problem.text();
        const QString why = english ? f.why.englishText() : f.why.text();
        lines << QStringLiteral("%1\t%2\t%3\t%4\t%5").arg(f.cluster, f.record.isEmpty() ? QStringLiteral("-") : f.record, what, why, f.page);
    }
    return lines;
}
