#include "troubleshootinglab.h"

#include "catalog/parametercatalog.h"
#include "catalog/servicecatalog.h"
#include "cluster/cluster.h"
#include "core/clock.h"
#include "http/emappxml.h"
#include "lab/lab.h"
#include "mobility/extensionmobility.h"
#include "mobility/registrar.h"
#include "phone/labphones.h"
#include "troubleshooting/phonedriver.h"

#include <QUrl>
#include <QUrlQuery>

#include <algorithm>

namespace {

const QString EmServiceName = QStringLiteral("Extension Mobility");
const QString EmAppPath = QStringLiteral("/emapp/EMAppServlet");
const QString DeviceLocale = QStringLiteral("English United States");
const QString OtherLocale = QStringLiteral("Japanese Japan");

bool isEmEntry(const PhoneObject::Item &item)
{
    return QUrl(item.url).path().endsWith(EmAppPath, Qt::CaseInsensitive);
}

int emEntry(const PhoneObject &menu)
{
    for (int i = 0; i < menu.items.size(); ++i)
        if (isEmEntry(menu.items.at(i)))
            return i;
    return -1;
}

QString profileOf(const QString &userId)
{
    return QStringLiteral("UDP-") + userId;
}

QString defaultOf(const QString &service, const QString &name)
{
    const ParameterCatalog::Parameter *p = ParameterCatalog::find(service, name);
    return p ? p->defaultValue : QString();
}

QString emServiceUrl(const Cluster *c)
{
    return QStringLiteral("http://%1:8080/emapp/EMAppServlet?device=#DEVICENAME#").arg(c->publisher().hostName);
}

const QStringList &touchedServices()
{
    static const QStringList s = {Services::Tomcat, Services::IpPhoneServices, Services::EmApplication, Services::ExtensionMobility};
    return s;
}

} // namespace

TroubleshootingLab::TroubleshootingLab(Lab *lab, LabPhones *phones, Clock *clock, QObject *parent)
    : QObject(parent), m_lab(lab), m_phones(phones), m_clock(clock), m_driver(new PhoneDriver(clock, this))
{
}

TroubleshootingLab::~TroubleshootingLab() = default;

QString TroubleshootingLab::demoPin()
{
    return QStringLiteral("12345");
}

QString TroubleshootingLab::userFor(const Cluster *cluster, const QString &entryId)
{
    if (!cluster)
        return {};
    // home users: the one who is not a super user first (the super user is logged in on the
    // cluster's first phone in the demo lab), the super user for "logged in elsewhere"
    QStringList plain, super;
    for (const EndUser &u : cluster->endUsers()) {
        if (!u.homeCluster)
            continue;
        (cluster->isEndUserInGroup(u.id, Groups::RoamingSuperUsers) ? super : plain).append(u.userId);
    }
    plain.sort();
    super.sort();
    if (entryId == QLatin1String("25"))
        return !super.isEmpty() ? super.first() : plain.value(0);
    return !plain.isEmpty() ? plain.first() : super.value(0);
}

// ---- the three actions ------------------------------------------------------------------------

bool TroubleshootingLab::begin(Action action, const QString &entryId, const QString &cluster, const QString &device, Target *t)
{
    m_driver->cancel();
    m_action = action;
    m_entry = entryId;
    m_cluster = cluster;
    m_device = device;
    m_user.clear();
    m_observed = {};
    m_refusal = {};
    t->cluster = m_lab->cluster(cluster);
    if (!t->cluster) {
        refuse(Message("TroubleshootingLab", QT_TRANSLATE_NOOP("TroubleshootingLab", "The lab has no cluster %1."), {cluster}));
        return false;
    }
    if (action == Action::Reset)
        return true;
    if (!TroubleshootingEntry::find(entryId)) {
        refuse(Message("TroubleshootingLab", QT_TRANSLATE_NOOP("TroubleshootingLab", "Choose an entry of the list first.")));
        return false;
    }
    const Device *phone = t->cluster->deviceByName(device);
    if (!phone || !phone->isPhone()) {
        refuse(Message("TroubleshootingLab", QT_TRANSLATE_NOOP("TroubleshootingLab", "%1 has no phone %2."), {cluster, device}));
        return false;
    }
    t->device = phone->name;
    for (const Device &d : t->cluster->phones())
        if (d.name != t->device) {
            t->other = d.name;
            break;
        }
    t->user = m_user = userFor(t->cluster, entryId);
    if (t->user.isEmpty()) {
        refuse(Message("TroubleshootingLab", QT_TRANSLATE_NOOP("TroubleshootingLab", "%1 has no end user whose home cluster it is."), {cluster}));
        return false;
    }
    if (entryId == QLatin1String("25") && t->other.isEmpty()) {
        refuse(Message("TroubleshootingLab", QT_TRANSLATE_NOOP("TroubleshootingLab", "%1 needs a second phone for the user to be logged in elsewhere."), {cluster}));
        return false;
    }
    t->agent = m_phones->agent(t->device);
    if (!t->agent) {
        refuse(Message("TroubleshootingLab", QT_TRANSLATE_NOOP("TroubleshootingLab", "%1 has no phone %2."), {cluster, device}));
        return false;
    }
    watch(t->agent);
    return true;
}

void TroubleshootingLab::refuse(Message why)
{
    m_state = State::Refused;
    m_refusal = std::move(why);
    emit changed();
}

void TroubleshootingLab::cancel()
{
    m_driver->cancel();
    if (m_state == State::Running) {
        m_state = State::Idle;
        emit changed();
    }
}

void TroubleshootingLab::watch(PhoneAgent *agent)
{
    disconnect(m_watch);
    m_watched = agent;
    // a restart lasts a moment: remember which kind the phone went through
    m_watch = connect(agent, &PhoneAgent::changed, this, [this] {
        if (m_watched && m_state == State::Running && m_watched->restart() != PhoneAgent::Restart::None)
            m_observed.restart = m_watched->restart();
    });
}

void TroubleshootingLab::setUp(const QString &entryId, const QString &cluster, const QString &device)
{
    Target t;
    if (!begin(Action::SetUp, entryId, cluster, device, &t))
        return;
    const TroubleshootingEntry &e = *TroubleshootingEntry::find(entryId);
    const Cluster::Acting acting(t.cluster, AuditActor{QStringLiteral("administrator"), QStringLiteral("troubleshooting lab"), QStringLiteral("page")});
    if (!undoStandingCause(t))
        return;
    // the phone and the user start free (or, for 25, the user on the other phone), then the cause
    prepare(t, e.id == QLatin1String("25") ? t.other
               : e.symptom == TroubleshootingEntry::Symptom::NoServicesAfterLogout ? t.device
                                                                                 : QString());
    if (!applyCause(e, t))
        return;
    m_standing.insert(t.cluster->name(), {e.id, t.device, t.other, t.user});
    QList<PhoneDriver::Step> steps;
    using S = TroubleshootingEntry::Symptom;
    switch (e.symptom) {
    case S::HostNotFound:
    case S::HttpErrorOnServices:
    case S::HttpErrorOnEm:
        steps = servicesSteps(t);
        if (e.symptom == S::HttpErrorOnEm)
            steps.append([this, a = t.agent] { return openEm(a); });
        steps.append([this, a = t.agent] { return !recordFailure(a); });
        break;
    case S::NoServicesAfterLogin:
        steps = loginSteps(t, demoPin()) + servicesSteps(t);
        break;
    case S::NoServicesAfterLogout:
        steps = logoutSteps(t) + servicesSteps(t);
        break;
    case S::ResetNotRestart:
        steps = loginSteps(t, demoPin());
        break;
    case S::EmCode:
        if (e.code == 201)
            steps = loginSteps(t, QStringLiteral("99999"));
        else if (e.code == 202)
            steps = loginSteps(t, QString());
        else if (e.code == 26)
            steps = loginSteps(t, demoPin(), [this, t] { burst(t); });
        else
            steps = loginSteps(t, demoPin());
        break;
    }
    m_state = State::Running;
    emit changed();
    m_driver->run(t.agent, steps, [this] { finishRun(); });
}

void TroubleshootingLab::fix(const QString &entryId, const QString &cluster, const QString &device)
{
    Target t;
    if (!begin(Action::Fix, entryId, cluster, device, &t))
        return;
    const TroubleshootingEntry &e = *TroubleshootingEntry::find(entryId);
    const Cluster::Acting acting(t.cluster, AuditActor{QStringLiteral("administrator"), QStringLiteral("troubleshooting lab"), QStringLiteral("page")});
    if (m_standing.value(t.cluster->name()).entry == e.id)
        m_standing.remove(t.cluster->name()); // its own fix follows
    if (!undoStandingCause(t) || !applyFix(e, t))
        return;
    QList<PhoneDriver::Step> steps;
    // whoever is logged in on the phone logs out from it (after "no services after login" the
    // Services menu has Extension Mobility again); the login that follows shows the fix
    if (!m_lab->registrar(t.cluster)->loggedInUser(t.device).isEmpty()
        && m_lab->registrar(t.cluster)->services(t.device).contains(EmServiceName))
        steps = logoutSteps(t);
    steps.append([this, t, e] {
        prepare(t, e.id == QLatin1String("25") ? t.other : QString());
        m_observed = {};
        return true;
    });
    steps += loginSteps(t, demoPin());
    m_state = State::Running;
    emit changed();
    m_driver->run(t.agent, steps, [this] { finishRun(); });
}

void TroubleshootingLab::reset(const QString &cluster)
{
    Target t;
    if (!begin(Action::Reset, {}, cluster, {}, &t))
        return;
    const Cluster::Acting acting(t.cluster, AuditActor{QStringLiteral("administrator"), QStringLiteral("troubleshooting lab"), QStringLiteral("page")});
    resetCluster(t.cluster);
    m_standing.remove(t.cluster->name());
    m_state = State::ResetDone;
    emit changed();
}

bool TroubleshootingLab::undoStandingCause(const Target &t)
{
    const auto it = m_standing.constFind(t.cluster->name());
    if (it == m_standing.cend())
        return true;
    const StandingCause standing = *it;
    m_standing.erase(it);
    const TroubleshootingEntry *e = TroubleshootingEntry::find(standing.entry);
    if (!e)
        return true;
    Target was = t;
    was.device = standing.device;
    was.other = standing.other;
    was.user = standing.user;
    return applyFix(*e, was);
}

void TroubleshootingLab::finishRun()
{
    if (m_action == Action::SetUp) {
        const TroubleshootingEntry *e = TroubleshootingEntry::find(m_entry);
        m_state = e && showsSymptom(*e) ? State::Symptom : State::Unexpected;
    } else {
        m_state = m_observed.loggedIn ? State::Working : State::Unexpected;
    }
    emit changed();
}

bool TroubleshootingLab::showsSymptom(const TroubleshootingEntry &e) const
{
    const Observed &o = m_observed;
    using S = TroubleshootingEntry::Symptom;
    switch (e.symptom) {
    case S::EmCode:
        return o.failure == PhoneAgent::Failure::None && o.emCode == e.code;
    case S::HostNotFound:
        return o.failure == PhoneAgent::Failure::HostNotFound;
    case S::HttpErrorOnServices:
        return o.failure == PhoneAgent::Failure::HttpError && o.httpStatus == 503 && !o.servicesChecked;
    case S::HttpErrorOnEm:
        return o.failure == PhoneAgent::Failure::HttpError && o.httpStatus == 503 && o.servicesHaveEm;
    case S::ResetNotRestart:
        return o.loggedIn && o.restart == PhoneAgent::Restart::Reset;
    case S::NoServicesAfterLogin:
        return o.loggedIn && o.servicesChecked && !o.servicesHaveEm;
    case S::NoServicesAfterLogout:
        return o.emCode == 0 && !o.loggedIn && o.servicesChecked && !o.servicesHaveEm;
    }
    return false;
}

// ---- the administrator's side -----------------------------------------------------------------

void TroubleshootingLab::prepare(const Target &t, const QString &userOn)
{
    ExtensionMobility *em = m_lab->mobility(t.cluster);
    Registrar *reg = m_lab->registrar(t.cluster);
    if (!em || !reg)
        return;
    for (const Device &d : t.cluster->phones()) {
        const QString on = reg->loggedInUser(d.name);
        if (on.isEmpty() || (d.name == userOn && on == t.user))
            continue;
        if (d.name == t.device || d.name == userOn || on == t.user)
            em->logoutNow(d.name);
    }
    if (const EndUser *u = t.cluster->endUserByUserId(t.user))
        t.cluster->unlockCredential(CredentialKind::EndUserPin, u->id);
    if (userOn.isEmpty() || reg->loggedInUser(userOn) == t.user)
        return;
    EmLoginRequest r;
    r.deviceName = userOn;
    r.id = t.user;
    r.pin = demoPin();
    em->loginNow(r);
}

void TroubleshootingLab::setServices(Cluster *c, const QString &service, bool running)
{
    for (const Node &n : c->nodes())
        if (c->serviceState(n.hostName, service).activated && c->serviceState(n.hostName, service).running != running)
            c->setServiceRunning(n.hostName, service, running);
}

bool TroubleshootingLab::applyCause(const TroubleshootingEntry &e, const Target &t)
{
    Cluster *c = t.cluster;
    Refusal r;
    auto saveUser = [&](const std::function<void(EndUser &)> &change) {
        if (const EndUser *u = c->endUserByUserId(t.user)) {
            EndUser changed = *u;
            change(changed);
            r = c->saveEndUser(changed);
        }
    };
    auto saveDevice = [&](const QString &name, const std::function<void(Device &)> &change) {
        if (const Device *d = c->deviceByName(name)) {
            Device changed = *d;
            change(changed);
            r = c->saveDevice(changed);
        }
    };
    const PhoneService *em = c->phoneServiceByName(EmServiceName);
    if (e.id == QLatin1String("26")) {
        r = c->setServiceParameter(Services::ExtensionMobility, Params::MaxConcurrentRequests, QStringLiteral("1"));
    } else if (e.id == QLatin1String("6")) {
        c->commitGroupedWrites(); // logins already answered stay saved
        m_lab->setDatabaseFailing(c, true);
    } else if (e.id == QLatin1String("22")) {
        saveDevice(t.device, [](Device &d) { d.emEnabled = false; });
    } else if (e.id == QLatin1String("207")) {
        if (em) {
            // the administrator's slip: the URL without ?device=#DEVICENAME#
            PhoneService s = *em;
            s.url = emServiceUrl(c).section(QLatin1Char('?'), 0, 0);
            r = c->savePhoneService(s);
        }
    } else if (e.id == QLatin1String("208")) {
        setServices(c, Services::ExtensionMobility, false);
    } else if (e.id == QLatin1String("host-not-found")) {
        setServices(c, Services::Tomcat, false);
    } else if (e.id == QLatin1String("503-services")) {
        setServices(c, Services::IpPhoneServices, false);
    } else if (e.id == QLatin1String("503-em")) {
        setServices(c, Services::EmApplication, false);
    } else if (e.id == QLatin1String("reset")) {
        const Device *phone = c->deviceByName(t.device);
        const QString other = phone && phone->locale == OtherLocale ? DeviceLocale : OtherLocale;
        saveUser([&](EndUser &u) { u.locale = other; });
    } else if (e.id == QLatin1String("no-services-after-login")) {
        if (em)
            saveDevice(profileOf(t.user), [&](Device &d) { d.services.removeAll(em->id); });
    } else if (e.id == QLatin1String("no-services-after-logout")) {
        r = c->setEnterpriseParameter(Params::SyncAutoDeviceProfile, QStringLiteral("False"));
    } else if (e.id == QLatin1String("25")) {
        r = c->setServiceParameter(Services::ExtensionMobility, Params::MultipleLoginBehavior, Params::MultipleLoginsNotAllowed);
    } else if (e.id == QLatin1String("205")) {
        saveUser([](EndUser &u) {
            u.controlledProfiles.clear();
            u.defaultProfileId = 0;
        });
    }
    if (r) {
        refuse(Message("TroubleshootingLab", QT_TRANSLATE_NOOP("TroubleshootingLab", "The cause could not be applied: %1"), {r.text()}));
        return false;
    }
    return true;
}

bool TroubleshootingLab::applyFix(const TroubleshootingEntry &e, const Target &t)
{
    Cluster *c = t.cluster;
    Refusal r;
    const PhoneService *em = c->phoneServiceByName(EmServiceName);
    if (e.id == QLatin1String("26")) {
        r = c->setServiceParameter(Services::ExtensionMobility, Params::MaxConcurrentRequests,
                                   defaultOf(Services::ExtensionMobility, Params::MaxConcurrentRequests));
    } else if (e.id == QLatin1String("6")) {
        m_lab->setDatabaseFailing(c, false);
    } else if (e.id == QLatin1String("22")) {
        if (const Device *d = c->deviceByName(t.device)) {
            Device changed = *d;
            changed.emEnabled = true;
            r = c->saveDevice(changed);
        }
    } else if (e.id == QLatin1String("207")) {
        if (em) {
            PhoneService s = *em;
            s.url = emServiceUrl(c);
            r = c->savePhoneService(s);
        }
    } else if (e.id == QLatin1String("208")) {
        setServices(c, Services::ExtensionMobility, true);
    } else if (e.id == QLatin1String("host-not-found")) {
        setServices(c, Services::Tomcat, true);
    } else if (e.id == QLatin1String("503-services")) {
        setServices(c, Services::IpPhoneServices, true);
    } else if (e.id == QLatin1String("503-em")) {
        setServices(c, Services::EmApplication, true);
    } else if (e.id == QLatin1String("reset")) {
        const Device *phone = c->deviceByName(t.device);
        if (const EndUser *u = c->endUserByUserId(t.user); u && phone) {
            EndUser changed = *u;
            changed.locale = phone->locale;
            r = c->saveEndUser(changed);
        }
    } else if (e.id == QLatin1String("no-services-after-login")) {
        if (const Device *p = c->deviceByName(profileOf(t.user)); p && em && !p->services.contains(em->id)) {
            Device changed = *p;
            changed.services.append(em->id);
            r = c->saveDevice(changed);
        }
    } else if (e.id == QLatin1String("no-services-after-logout")) {
        r = c->setEnterpriseParameter(Params::SyncAutoDeviceProfile, QStringLiteral("True"));
        if (const Device *d = c->deviceByName(t.device); !r && d && em && !d->services.contains(em->id)) {
            Device changed = *d;
            changed.services.append(em->id);
            r = c->saveDevice(changed);
        }
    } else if (e.id == QLatin1String("25")) {
        r = c->setServiceParameter(Services::ExtensionMobility, Params::MultipleLoginBehavior, Params::MultipleLoginsAllowed);
    } else if (e.id == QLatin1String("205")) {
        const Device *p = c->deviceByName(profileOf(t.user));
        if (const EndUser *u = c->endUserByUserId(t.user); u && p) {
            EndUser changed = *u;
            if (!changed.controlledProfiles.contains(p->id))
                changed.controlledProfiles.append(p->id);
            changed.defaultProfileId = p->id;
            r = c->saveEndUser(changed);
        }
    }
    if (r) {
        refuse(Message("TroubleshootingLab", QT_TRANSLATE_NOOP("TroubleshootingLab", "The fix could not be applied: %1"), {r.text()}));
        return false;
    }
    return true;
}

void TroubleshootingLab::resetCluster(Cluster *c)
{
    // what any set-up changes, back as the demo lab has it (models/lab/demolab.cpp)
    if (c->isDatabaseFailing())
        m_lab->setDatabaseFailing(c, false);
    if (!c->isUp())
        c->setUp(true);
    for (const QString &s : touchedServices())
        setServices(c, s, true);
    for (const QString &p : {Params::MaxConcurrentRequests, Params::MultipleLoginBehavior})
        if (c->serviceParameter(Services::ExtensionMobility, p) != defaultOf(Services::ExtensionMobility, p))
            c->setServiceParameter(Services::ExtensionMobility, p, defaultOf(Services::ExtensionMobility, p));
    if (c->enterpriseParameter(Params::SyncAutoDeviceProfile) != defaultOf({}, Params::SyncAutoDeviceProfile))
        c->setEnterpriseParameter(Params::SyncAutoDeviceProfile, defaultOf({}, Params::SyncAutoDeviceProfile));
    qint64 emId = 0;
    if (const PhoneService *em = c->phoneServiceByName(EmServiceName)) {
        emId = em->id;
        if (em->url != emServiceUrl(c)) {
            PhoneService s = *em;
            s.url = emServiceUrl(c);
            c->savePhoneService(s);
        }
    }
    // every phone logged out first: profiles and users change freely then
    ExtensionMobility *mobility = m_lab->mobility(c);
    Registrar *reg = m_lab->registrar(c);
    for (const Device &d : c->phones())
        if (!reg->loggedInUser(d.name).isEmpty())
            mobility->logoutNow(d.name);
    for (Device d : c->devices()) {
        const bool isProfile = !d.isPhone();
        if (isProfile && !d.name.startsWith(QLatin1String("UDP-")))
            continue;
        const Device before = d;
        if (!isProfile)
            d.emEnabled = true;
        if (emId && !d.services.contains(emId))
            d.services.append(emId);
        d.locale = DeviceLocale;
        if (!(d == before))
            c->saveDevice(d);
    }
    QStringList superUsers;
    for (EndUser u : c->endUsers()) {
        const Device *p = c->deviceByName(profileOf(u.userId));
        if (!p)
            continue;
        const EndUser before = u;
        if (!u.controlledProfiles.contains(p->id))
            u.controlledProfiles.append(p->id);
        if (!u.defaultProfileId)
            u.defaultProfileId = p->id;
        u.locale = DeviceLocale;
        if (!(u == before))
            c->saveEndUser(u);
        c->unlockCredential(CredentialKind::EndUserPin, u.id);
        if (u.homeCluster && c->isEndUserInGroup(u.id, Groups::RoamingSuperUsers))
            superUsers.append(u.userId);
    }
    // the demo's logins: each home super user on the cluster's phones in order (SEPC…01)
    superUsers.sort();
    QList<Device> phones = c->phones();
    std::sort(phones.begin(), phones.end(), [](const Device &a, const Device &b) { return a.name < b.name; });
    for (int i = 0; i < superUsers.size() && i < phones.size(); ++i) {
        EmLoginRequest r;
        r.deviceName = phones.at(i).name;
        r.id = superUsers.at(i);
        r.pin = demoPin();
        mobility->loginNow(r);
    }
    // the phones back on their home screens
    for (const Device &d : std::as_const(phones))
        if (PhoneAgent *a = m_phones->agent(d.name)) {
            a->finishRestart();
            a->exit();
        }
}

// ---- the phone's side ---------------------------------------------------------------------------

bool TroubleshootingLab::recordFailure(PhoneAgent *a)
{
    if (a->failure() == PhoneAgent::Failure::None)
        return false;
    m_observed.failure = a->failure();
    m_observed.httpStatus = a->httpStatus();
    emit changed();
    return true;
}

bool TroubleshootingLab::pressServices(PhoneAgent *a)
{
    a->exit();
    a->pressServices();
    return true;
}

bool TroubleshootingLab::openEm(PhoneAgent *a)
{
    if (recordFailure(a))
        return false;
    m_observed.servicesChecked = true;
    const int i = emEntry(a->screen());
    m_observed.servicesHaveEm = i >= 0;
    emit changed();
    if (i < 0)
        return false;
    a->select(i);
    a->pressSoftKey(QStringLiteral("SoftKey:Select"));
    return true;
}

QList<std::function<bool()>> TroubleshootingLab::servicesSteps(const Target &t)
{
    PhoneAgent *a = t.agent;
    return {
        [this, a] { return pressServices(a); },
        [this, a] {
            // the menu stays on the screen for the class to read
            if (recordFailure(a))
                return false;
            m_observed.servicesChecked = true;
            m_observed.servicesHaveEm = emEntry(a->screen()) >= 0;
            emit changed();
            return true;
        },
    };
}

QList<std::function<bool()>> TroubleshootingLab::loginSteps(const Target &t, const QString &pin, std::function<void()> beforeSubmit)
{
    PhoneAgent *a = t.agent;
    const QString user = t.user;
    const QString device = t.device;
    return {
        [this, a] { return pressServices(a); },
        [this, a] { return openEm(a); },
        [this, a, user, pin] {
            if (recordFailure(a))
                return false;
            const EmAppXml::Reading r = a->emScreen();
            if (r.screen == EmAppXml::Screen::Result) {
                m_observed.emCode = r.code;
                emit changed();
                return false;
            }
            if (r.screen != EmAppXml::Screen::LoginForm)
                return false;
            // typed as the user would, for the class to read before Submit
            for (int i = 0; i < a->screen().fields.size(); ++i) {
                const QString &p = a->screen().fields.at(i).parameter;
                if (p == QLatin1String("userid"))
                    a->setValue(i, user);
                else if (p == QLatin1String("seq") || p == QLatin1String("pin"))
                    a->setValue(i, pin);
            }
            return true;
        },
        [a, beforeSubmit] {
            if (beforeSubmit)
                beforeSubmit();
            return a->pressSoftKey(QStringLiteral("SoftKey:Submit"));
        },
        [this, a, user, device] {
            if (recordFailure(a))
                return false;
            const EmAppXml::Reading r = EmAppXml::read(a->lastAnswer().appId);
            m_observed.emCode = r.screen == EmAppXml::Screen::Result ? r.code : -1;
            const std::optional<EmResult> engine = a->lastEngineResult();
            m_observed.loggedIn = r.code == EmCode::Success && engine && engine->ok() && engine->userId == user
                                  && engine->device.compare(device, Qt::CaseInsensitive) == 0;
            emit changed();
            return m_observed.loggedIn;
        },
    };
}

QList<std::function<bool()>> TroubleshootingLab::logoutSteps(const Target &t)
{
    PhoneAgent *a = t.agent;
    return {
        [this, a] { return pressServices(a); },
        [this, a] { return openEm(a); },
        [this, a] {
            if (recordFailure(a))
                return false;
            if (a->emScreen().screen != EmAppXml::Screen::LogoutConfirm)
                return false;
            for (const PhoneObject::SoftKey &k : a->softKeys())
                if (k.url.startsWith(QLatin1String("http"))) // Yes
                    return a->pressSoftKey(k.url);
            return false;
        },
        [this, a] {
            if (recordFailure(a))
                return false;
            const EmAppXml::Reading r = EmAppXml::read(a->lastAnswer().appId);
            m_observed.emCode = r.screen == EmAppXml::Screen::Result ? r.code : -1;
            emit changed();
            return r.code == EmCode::Success;
        },
    };
}

void TroubleshootingLab::burst(const Target &t)
{
    // an EM API client's logins from the cluster's other phones, in progress when this phone's
    // request arrives (Lab › Monitoring's Burst… does the same)
    ExtensionMobility *em = m_lab->mobility(t.cluster);
    if (!em)
        return;
    for (const Device &d : t.cluster->phones()) {
        if (d.name == t.device)
            continue;
        EmLoginRequest r;
        r.deviceName = d.name;
        r.id = t.user;
        r.proxy = true;
        em->login(r, {});
    }
}
