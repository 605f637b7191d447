#include "clustercopy.h"

#include "cluster/cluster.h"

#include <QSet>

namespace {
Message text(const char *source, QStringList args = {})
{
    return Message("ClusterCopy", source, std::move(args));
}

Refusal refuse(const char *source, QStringList args = {})
{
    return Refusal(QString(), "ClusterCopy", source, std::move(args));
}

CopyStep step(CopyStep::Action action, CopyStep::Record record, const QString &name, Message detail = {})
{
    CopyStep s;
    s.action = action;
    s.record = record;
    s.name = name;
    s.detail = std::move(detail);
    return s;
}

QStringList serviceNames(const Cluster *c, const QList<qint64> &ids)
{
    QStringList names;
    for (qint64 id : ids)
        if (const PhoneService *s = c->phoneService(id))
            names << s->name;
    return names;
}

QStringList profileNames(const Cluster *c, const QList<qint64> &ids)
{
    QStringList names;
    for (qint64 id : ids)
        if (const Device *d = c->device(id))
            names << d->name;
    return names;
}
} // namespace

bool CopyPlan::hasConflict() const
{
    for (const CopyStep &s : steps)
        if (s.action == CopyStep::Action::Conflict)
            return true;
    return false;
}

bool CopyPlan::changesSomething() const
{
    for (const CopyStep &s : steps)
        if (s.action == CopyStep::Action::Create || s.action == CopyStep::Action::Update || s.action == CopyStep::Action::Delete)
            return true;
    return false;
}

bool CopyPlan::needsPin() const
{
    for (const CopyStep &s : steps)
        if (s.record == CopyStep::Record::EndUser && s.action == CopyStep::Action::Create)
            return true;
    return false;
}

ClusterCopy::ClusterCopy(const Cluster *source, Root root, qint64 id, Mode mode)
    : m_source(source), m_root(root), m_id(id), m_mode(mode)
{
}

QString ClusterCopy::rootName() const
{
    switch (m_root) {
    case Root::EndUser:
        if (const EndUser *u = m_source->endUser(m_id))
            return u->userId;
        break;
    case Root::DeviceProfile:
        if (const Device *d = m_source->device(m_id))
            return d->name;
        break;
    case Root::PhoneService:
        if (const PhoneService *s = m_source->phoneService(m_id))
            return s->name;
        break;
    }
    return {};
}

QString ClusterCopy::urlFor(const QString &url, const Cluster *target) const
{
    QString out = url;
    const QList<Node> &from = m_source->nodes();
    const QList<Node> &to = target->nodes();
    for (qsizetype i = 0; i < from.size(); ++i) {
        const Node &there = i < to.size() ? to.at(i) : target->publisher();
        for (const auto &[a, b] : {std::pair{from.at(i).hostName, there.hostName}, std::pair{from.at(i).address, there.address}}) {
            if (a.isEmpty())
                continue;
            for (const QString &end : {QStringLiteral(":"), QStringLiteral("/"), QStringLiteral("?")})
                out.replace(QStringLiteral("//") + a + end, QStringLiteral("//") + b + end, Qt::CaseInsensitive);
            if (out.endsWith(QStringLiteral("//") + a, Qt::CaseInsensitive))
                out = out.left(out.size() - a.size()) + b;
        }
    }
    return out;
}

// ---- what a copy carries --------------------------------------------------------------------

QList<qint64> ClusterCopy::profilesToCopy() const
{
    if (m_root == Root::DeviceProfile)
        return m_source->device(m_id) ? QList<qint64>{m_id} : QList<qint64>{};
    if (m_root == Root::EndUser)
        if (const EndUser *u = m_source->endUser(m_id))
            return u->controlledProfiles;
    return {};
}

QList<qint64> ClusterCopy::servicesToCopy() const
{
    if (m_root == Root::PhoneService)
        return m_source->phoneService(m_id) ? QList<qint64>{m_id} : QList<qint64>{};
    QList<qint64> out;
    for (qint64 pid : profilesToCopy())
        if (const Device *p = m_source->device(pid))
            for (qint64 sid : p->services)
                if (!out.contains(sid))
                    out << sid;
    return out;
}

// ---- the preview ----------------------------------------------------------------------------

CopyPlan ClusterCopy::plan(const Cluster *target) const
{
    CopyPlan plan;
    plan.cluster = target->name();
    if (rootName().isEmpty())
        return plan;
    if (m_mode == Mode::Delete) {
        planDelete(target, plan);
        return plan;
    }
    for (qint64 sid : servicesToCopy())
        planService(target, sid, m_root == Root::PhoneService, plan);
    for (qint64 pid : profilesToCopy())
        planProfile(target, pid, plan);
    if (m_root == Root::EndUser)
        planUser(target, plan);
    return plan;
}

void ClusterCopy::planService(const Cluster *target, qint64 serviceId, bool isRoot, CopyPlan &plan) const
{
    const PhoneService *s = m_source->phoneService(serviceId);
    if (!s)
        return;
    const PhoneService *t = target->phoneServiceByName(s->name);
    const QString url = urlFor(s->url, target);
    if (!t) {
        plan.steps << step(CopyStep::Action::Create, CopyStep::Record::PhoneService, s->name, text(QT_TRANSLATE_NOOP("ClusterCopy", "Service URL %1"), {url}));
        return;
    }
    if (!isRoot) {
        plan.steps << step(CopyStep::Action::Unchanged, CopyStep::Record::PhoneService, s->name,
                           text(QT_TRANSLATE_NOOP("ClusterCopy", "Already there; kept as it is.")));
        return;
    }
    if (t->enterpriseSubscription != s->enterpriseSubscription) {
        plan.steps << step(CopyStep::Action::Conflict, CopyStep::Record::PhoneService, s->name,
                           text(QT_TRANSLATE_NOOP("ClusterCopy", "A service of that name there differs in Enterprise Subscription, which can be set only when a service is added.")));
        return;
    }
    CopyStep st = step(CopyStep::Action::Update, CopyStep::Record::PhoneService, s->name);
    if (t->asciiName != s->asciiName)
        st.fields << QT_TRANSLATE_NOOP("ClusterCopy", "ASCII Service Name");
    if (t->description != s->description)
        st.fields << QT_TRANSLATE_NOOP("ClusterCopy", "Service Description");
    if (t->url != url)
        st.fields << QT_TRANSLATE_NOOP("ClusterCopy", "Service URL");
    if (t->secureUrl != urlFor(s->secureUrl, target))
        st.fields << QT_TRANSLATE_NOOP("ClusterCopy", "Secure-Service URL");
    if (t->category != s->category || t->type != s->type)
        st.fields << QT_TRANSLATE_NOOP("ClusterCopy", "Service Category");
    if (t->enabled != s->enabled)
        st.fields << QT_TRANSLATE_NOOP("ClusterCopy", "Enable");
    if (st.fields.isEmpty())
        st.action = CopyStep::Action::Unchanged;
    plan.steps << st;
}

void ClusterCopy::planProfile(const Cluster *target, qint64 profileId, CopyPlan &plan) const
{
    const Device *p = m_source->device(profileId);
    if (!p)
        return;
    const Device *t = target->deviceByName(p->name);
    const auto conflict = [&](Message why) {
        plan.steps << step(CopyStep::Action::Conflict, CopyStep::Record::DeviceProfile, p->name, std::move(why));
    };
    if (t && t->isPhone())
        return conflict(text(QT_TRANSLATE_NOOP("ClusterCopy", "%1 is the name of a phone there."), {t->name}));
    if (t && (t->model != p->model || t->protocol != p->protocol))
        return conflict(text(QT_TRANSLATE_NOOP("ClusterCopy", "A device profile of that name there is a %1 %2; the type cannot change."), {t->model, t->protocol}));
    for (const QString &dn : p->lines) {
        const Device *owner = target->deviceForDn(dn);
        if (owner && (!t || owner->id != t->id))
            return conflict(text(QT_TRANSLATE_NOOP("ClusterCopy", "Directory Number %1 belongs to %2 there."), {dn, owner->name}));
    }
    if (!t) {
        plan.steps << step(CopyStep::Action::Create, CopyStep::Record::DeviceProfile, p->name,
                           text(QT_TRANSLATE_NOOP("ClusterCopy", "%1, lines %2"), {p->model, p->lines.join(QStringLiteral(", "))}));
        return;
    }
    CopyStep st = step(CopyStep::Action::Update, CopyStep::Record::DeviceProfile, p->name);
    if (t->description != p->description)
        st.fields << QT_TRANSLATE_NOOP("ClusterCopy", "Description");
    if (t->lines != p->lines)
        st.fields << QT_TRANSLATE_NOOP("ClusterCopy", "Directory Numbers");
    if (serviceNames(target, t->services) != serviceNames(m_source, p->services))
        st.fields << QT_TRANSLATE_NOOP("ClusterCopy", "Subscribed Services");
    if (t->locale != p->locale)
        st.fields << QT_TRANSLATE_NOOP("ClusterCopy", "User Locale");
    if (t->buttonTemplate != p->buttonTemplate || t->softkeyTemplate != p->softkeyTemplate)
        st.fields << QT_TRANSLATE_NOOP("ClusterCopy", "Templates");
    if (st.fields.isEmpty())
        st.action = CopyStep::Action::Unchanged;
    plan.steps << st;
}

void ClusterCopy::planUser(const Cluster *target, CopyPlan &plan) const
{
    const EndUser *u = m_source->endUser(m_id);
    const EndUser *t = target->endUserByUserId(u->userId);
    if (target->applicationUserByUserId(u->userId)) {
        plan.steps << step(CopyStep::Action::Conflict, CopyStep::Record::EndUser, u->userId,
                           text(QT_TRANSLATE_NOOP("ClusterCopy", "%1 is an application user there."), {u->userId}));
        return;
    }
    if (!u->selfServiceId.isEmpty())
        for (const EndUser &other : target->endUsers())
            if (other.selfServiceId == u->selfServiceId && (!t || other.id != t->id)) {
                plan.steps << step(CopyStep::Action::Conflict, CopyStep::Record::EndUser, u->userId,
                                   text(QT_TRANSLATE_NOOP("ClusterCopy", "Self-Service User ID %1 belongs to %2 there."), {u->selfServiceId, other.userId}));
                return;
            }
    if (!t) {
        plan.steps << step(CopyStep::Action::Create, CopyStep::Record::EndUser, u->userId,
                           text(QT_TRANSLATE_NOOP("ClusterCopy", "Home Cluster unchecked; the PIN given below.")));
    } else {
        CopyStep st = step(CopyStep::Action::Update, CopyStep::Record::EndUser, u->userId);
        if (t->firstName != u->firstName || t->lastName != u->lastName)
            st.fields << QT_TRANSLATE_NOOP("ClusterCopy", "Name");
        if (t->selfServiceId != u->selfServiceId)
            st.fields << QT_TRANSLATE_NOOP("ClusterCopy", "Self-Service User ID");
        if (t->primaryExtension != u->primaryExtension)
            st.fields << QT_TRANSLATE_NOOP("ClusterCopy", "Primary Extension");
        const QStringList there = profileNames(target, t->controlledProfiles);
        for (const QString &name : profileNames(m_source, u->controlledProfiles))
            if (!there.contains(name, Qt::CaseInsensitive)) {
                st.fields << QT_TRANSLATE_NOOP("ClusterCopy", "Controlled Profiles");
                break;
            }
        const Device *def = m_source->device(u->defaultProfileId);
        const Device *tdef = target->device(t->defaultProfileId);
        if ((def ? def->name : QString()).compare(tdef ? tdef->name : QString(), Qt::CaseInsensitive) != 0)
            st.fields << QT_TRANSLATE_NOOP("ClusterCopy", "Default Profile");
        if (t->locale != u->locale)
            st.fields << QT_TRANSLATE_NOOP("ClusterCopy", "User Locale");
        if (st.fields.isEmpty())
            st.action = CopyStep::Action::Unchanged;
        else
            st.detail = text(QT_TRANSLATE_NOOP("ClusterCopy", "Home Cluster and PIN stay as they are there."));
        plan.steps << st;
        for (const QString &extra : there)
            if (!profileNames(m_source, u->controlledProfiles).contains(extra, Qt::CaseInsensitive))
                plan.steps << step(CopyStep::Action::Unchanged, CopyStep::Record::DeviceProfile, extra,
                                   text(QT_TRANSLATE_NOOP("ClusterCopy", "Also controlled by %1 there; it stays."), {u->userId}));
    }
    for (const QString &g : m_source->groupsOfEndUser(u->id)) {
        const AccessControlGroup *tg = target->accessControlGroupByName(g);
        if (!tg)
            plan.steps << step(CopyStep::Action::Create, CopyStep::Record::GroupMembership, g,
                               text(QT_TRANSLATE_NOOP("ClusterCopy", "A new access control group with %1 as member."), {u->userId}));
        else if (t && tg->endUsers.contains(t->id))
            plan.steps << step(CopyStep::Action::Unchanged, CopyStep::Record::GroupMembership, g);
        else
            plan.steps << step(CopyStep::Action::Create, CopyStep::Record::GroupMembership, g,
                               text(QT_TRANSLATE_NOOP("ClusterCopy", "%1 becomes a member."), {u->userId}));
    }
    if (t)
        for (const QString &g : target->groupsOfEndUser(t->id))
            if (!m_source->groupsOfEndUser(u->id).contains(g))
                plan.steps << step(CopyStep::Action::Unchanged, CopyStep::Record::GroupMembership, g,
                                   text(QT_TRANSLATE_NOOP("ClusterCopy", "A membership only that cluster has; it stays.")));
}

void ClusterCopy::planDelete(const Cluster *target, CopyPlan &plan) const
{
    const QString name = rootName();
    const auto add = [&](CopyStep::Action a, CopyStep::Record r, Message why = {}) { plan.steps << step(a, r, name, std::move(why)); };
    switch (m_root) {
    case Root::EndUser: {
        const EndUser *t = target->endUserByUserId(name);
        if (!t)
            return add(CopyStep::Action::Unchanged, CopyStep::Record::EndUser, text(QT_TRANSLATE_NOOP("ClusterCopy", "Not there.")));
        if (const QList<EmLogin> logins = target->loginsOfUser(t->id); !logins.isEmpty()) {
            const Device *phone = target->device(logins.first().deviceId);
            return add(CopyStep::Action::Conflict, CopyStep::Record::EndUser,
                       text(QT_TRANSLATE_NOOP("ClusterCopy", "%1 is logged in on %2 there."), {name, phone ? phone->name : QString()}));
        }
        add(CopyStep::Action::Delete, CopyStep::Record::EndUser);
        for (const QString &p : profileNames(target, t->controlledProfiles))
            plan.steps << step(CopyStep::Action::Unchanged, CopyStep::Record::DeviceProfile, p,
                               text(QT_TRANSLATE_NOOP("ClusterCopy", "Device profiles are kept; delete them from the Device Profile page.")));
        return;
    }
    case Root::DeviceProfile: {
        const Device *t = target->deviceByName(name);
        if (!t)
            return add(CopyStep::Action::Unchanged, CopyStep::Record::DeviceProfile, text(QT_TRANSLATE_NOOP("ClusterCopy", "Not there.")));
        if (t->isPhone())
            return add(CopyStep::Action::Conflict, CopyStep::Record::DeviceProfile, text(QT_TRANSLATE_NOOP("ClusterCopy", "%1 is the name of a phone there."), {name}));
        for (const EmLogin &l : target->emLogins())
            if (l.profileId == t->id) {
                const Device *phone = target->device(l.deviceId);
                return add(CopyStep::Action::Conflict, CopyStep::Record::DeviceProfile,
                           text(QT_TRANSLATE_NOOP("ClusterCopy", "A user is logged in with it on %1 there."), {phone ? phone->name : QString()}));
            }
        for (const Device &phone : target->phones())
            if (phone.logoutProfileId == t->id)
                return add(CopyStep::Action::Conflict, CopyStep::Record::DeviceProfile,
                           text(QT_TRANSLATE_NOOP("ClusterCopy", "It is the Log Out Profile of %1 there."), {phone.name}));
        return add(CopyStep::Action::Delete, CopyStep::Record::DeviceProfile);
    }
    case Root::PhoneService: {
        const PhoneService *t = target->phoneServiceByName(name);
        if (!t)
            return add(CopyStep::Action::Unchanged, CopyStep::Record::PhoneService, text(QT_TRANSLATE_NOOP("ClusterCopy", "Not there.")));
        for (const Device &d : target->devices())
            if (d.services.contains(t->id))
                return add(CopyStep::Action::Conflict, CopyStep::Record::PhoneService,
                           text(QT_TRANSLATE_NOOP("ClusterCopy", "%1 subscribes to it there."), {d.name}));
        return add(CopyStep::Action::Delete, CopyStep::Record::PhoneService);
    }
    }
}

// ---- writing --------------------------------------------------------------------------------

Refusal ClusterCopy::apply(Cluster *target, const QString &pin) const
{
    if (rootName().isEmpty())
        return refuse(QT_TRANSLATE_NOOP("ClusterCopy", "The record to copy no longer exists."));
    if (!target->isUp())
        return refuse(QT_TRANSLATE_NOOP("ClusterCopy", "%1 is down."), {target->name()});
    if (plan(target).hasConflict())
        return refuse(QT_TRANSLATE_NOOP("ClusterCopy", "%1 has a conflict (see the preview): nothing was written there."), {target->name()});
    // the audit log names Copy to Clusters as the path of every change it writes
    const Cluster::Acting acting(target, AuditActor{QStringLiteral("administrator"), QStringLiteral("administrator"), QStringLiteral("copyToClusters")});
    return target->transaction([&] { return write(target, pin); });
}

Refusal ClusterCopy::write(Cluster *target, const QString &pin) const
{
    if (m_mode == Mode::Delete)
        return writeDelete(target);
    for (qint64 sid : servicesToCopy())
        if (Refusal r = writeService(target, sid, m_root == Root::PhoneService))
            return r;
    for (qint64 pid : profilesToCopy())
        if (Refusal r = writeProfile(target, pid))
            return r;
    if (m_root == Root::EndUser)
        return writeUser(target, pin);
    return {};
}

Refusal ClusterCopy::writeService(Cluster *target, qint64 serviceId, bool isRoot) const
{
    const PhoneService *s = m_source->phoneService(serviceId);
    const PhoneService *t = target->phoneServiceByName(s->name);
    if (t && !isRoot)
        return {};
    PhoneService copy = *s;
    copy.id = t ? t->id : 0;
    copy.url = urlFor(s->url, target);
    copy.secureUrl = urlFor(s->secureUrl, target);
    return target->savePhoneService(copy);
}

Refusal ClusterCopy::writeProfile(Cluster *target, qint64 profileId) const
{
    const Device *p = m_source->device(profileId);
    const Device *t = target->deviceByName(p->name);
    Device copy = *p;
    copy.id = t ? t->id : 0;
    copy.services.clear();
    for (qint64 sid : p->services) {
        const PhoneService *s = m_source->phoneService(sid);
        const PhoneService *ts = s ? target->phoneServiceByName(s->name) : nullptr;
        if (!ts)
            return refuse(QT_TRANSLATE_NOOP("ClusterCopy", "%1 has no phone service %2."), {target->name(), s ? s->name : QString()});
        copy.services << ts->id;
    }
    if (!copy.loginUserId.isEmpty() && !target->endUserByUserId(copy.loginUserId))
        copy.loginUserId.clear();
    return target->saveDevice(copy);
}

Refusal ClusterCopy::writeUser(Cluster *target, const QString &pin) const
{
    const EndUser *u = m_source->endUser(m_id);
    const EndUser *existing = target->endUserByUserId(u->userId);
    EndUser copy = *u;
    copy.id = existing ? existing->id : 0;
    copy.pinHash = existing ? existing->pinHash : QString();
    copy.passwordHash = existing ? existing->passwordHash : QString();
    copy.homeCluster = existing && existing->homeCluster; // one home cluster per user, never copied
    copy.controlledProfiles.clear();
    copy.defaultProfileId = 0;
    for (qint64 pid : u->controlledProfiles) {
        const Device *p = m_source->device(pid);
        const Device *tp = p ? target->deviceByName(p->name) : nullptr;
        if (!tp)
            return refuse(QT_TRANSLATE_NOOP("ClusterCopy", "%1 has no device profile %2."), {target->name(), p ? p->name : QString()});
        copy.controlledProfiles << tp->id;
        if (pid == u->defaultProfileId)
            copy.defaultProfileId = tp->id;
    }
    if (existing) // profiles only that cluster gives the user stay
        for (qint64 pid : existing->controlledProfiles)
            if (!copy.controlledProfiles.contains(pid))
                copy.controlledProfiles << pid;
    if (!copy.primaryExtension.isEmpty() && !target->deviceForDn(copy.primaryExtension))
        copy.primaryExtension.clear();
    if (Refusal r = target->saveEndUser(copy, existing ? QString() : pin))
        return r;
    for (const QString &g : m_source->groupsOfEndUser(u->id)) {
        if (!target->accessControlGroupByName(g)) {
            AccessControlGroup group;
            group.name = g;
            if (Refusal r = target->saveAccessControlGroup(group))
                return r;
        }
        if (Refusal r = target->addEndUserToGroup(g, copy.id))
            return r;
    }
    return {};
}

Refusal ClusterCopy::writeDelete(Cluster *target) const
{
    const QString name = rootName();
    switch (m_root) {
    case Root::EndUser:
        if (const EndUser *t = target->endUserByUserId(name))
            return target->deleteEndUser(t->id);
        break;
    case Root::DeviceProfile:
        if (const Device *t = target->deviceByName(name))
            return target->deleteDevice(t->id);
        break;
    case Root::PhoneService:
        if (const PhoneService *t = target->phoneServiceByName(name))
            return target->deletePhoneService(t->id);
        break;
    }
    return {};
}
