#include "cluster.h"

#include "catalog/parametercatalog.h"
#include "catalog/phonemodelcatalog.h"
#include "catalog/servicecatalog.h"
#include "core/message.h"
#include "security/credentialhasher.h"
#include "security/credentiallockout.h"
#include "store/clusterdatabase.h"

#include <QCoreApplication>
#include <QDir>
#include <QDateTime>
#include <QRegularExpression>
#include <QSet>
#include <QTimer>
#include <QUrl>
#include <QUrlQuery>

QString Groups::displayName(const QString &name)
{
    static const char *const standard[] = {
        QT_TRANSLATE_NOOP("Groups", "Standard CCM End Users"),
        QT_TRANSLATE_NOOP("Groups", "Standard CCM Super Users"),
        QT_TRANSLATE_NOOP("Groups", "Standard CCM Admin Users"),
        QT_TRANSLATE_NOOP("Groups", "Standard CCM Read Only"),
        QT_TRANSLATE_NOOP("Groups", "Standard CCM Phone Administration"),
        QT_TRANSLATE_NOOP("Groups", "Standard CTI Enabled"),
        QT_TRANSLATE_NOOP("Groups", "Standard AXL API Users"),
        QT_TRANSLATE_NOOP("Groups", "Standard EM Authentication Proxy Rights"),
        QT_TRANSLATE_NOOP("Groups", "Standard EM Roaming Across Clusters Super Users"),
    };
    return translatedIfListed("Groups", standard, name);
}

QStringList Groups::standardGroups()
{
    return {CcmEndUsers, CcmSuperUsers, CcmAdminUsers, QStringLiteral("Standard CCM Read Only"),
            QStringLiteral("Standard CCM Phone Administration"), QStringLiteral("Standard CTI Enabled"),
            AxlApiUsers, EmProxyRights, RoamingSuperUsers};
}

QStringList Locales::all()
{
    return {English, Japanese};
}

namespace {

/// Device names are unique whatever their case. Phones are named in capitals (SEP…), and
/// toUpper() of a name already in capitals is the name itself: the EM requests that look a
/// phone up by name do not allocate for it.
QString deviceKey(const QString &name)
{
    return name.toUpper();
}

Refusal refuse(const char *field, const char *source, QStringList args = {})
{
    return Refusal(QString::fromLatin1(field), "Cluster", source, std::move(args));
}

QString stateKey(const QString &host, const QString &service)
{
    return host + QLatin1Char('\n') + service;
}

bool isDigits(const QString &s)
{
    if (s.isEmpty())
        return false;
    for (QChar c : s)
        if (c < QLatin1Char('0') || c > QLatin1Char('9'))
            return false;
    return true;
}

bool isPrintableAscii(const QString &s)
{
    for (QChar c : s)
        if (c.unicode() < 0x20 || c.unicode() > 0x7e)
            return false;
    return true;
}

template <typename T>
QList<T> values(const std::map<qint64, T> &m)
{
    QList<T> out;
    out.reserve(qsizetype(m.size()));
    for (const auto &[id, v] : m)
        out.append(v);
    return out;
}

template <typename T>
const T *lookup(const std::map<qint64, T> &m, qint64 id)
{
    auto it = m.find(id);
    return it == m.end() ? nullptr : &it->second;
}

// ---- audit log: records as field lists ------------------------------------------------------

using Fields = QList<std::pair<QString, QString>>;

QString yesNo(bool b)
{
    return b ? QStringLiteral("true") : QStringLiteral("false");
}

/// PIN and password are compared by digest and logged only as "(changed)".
bool isSecret(const QString &field)
{
    return field == QLatin1String("PIN") || field == QLatin1String("Password");
}

QString namesOf(const Cluster &c, const QList<qint64> &deviceIds)
{
    QStringList names;
    for (qint64 id : deviceIds)
        if (const Device *d = c.device(id))
            names << d->name;
    return names.join(QLatin1String(", "));
}

Fields userFields(const Cluster &c, const EndUser &u)
{
    const Device *def = u.defaultProfileId ? c.device(u.defaultProfileId) : nullptr;
    return {{QStringLiteral("User ID"), u.userId},
            {QStringLiteral("First Name"), u.firstName},
            {QStringLiteral("Last Name"), u.lastName},
            {QStringLiteral("Self-Service User ID"), u.selfServiceId},
            {QStringLiteral("Primary Extension"), u.primaryExtension},
            {QStringLiteral("Controlled Profiles"), namesOf(c, u.controlledProfiles)},
            {QStringLiteral("Default Profile"), def ? def->name : QString()},
            {QStringLiteral("Home Cluster"), yesNo(u.homeCluster)},
            {QStringLiteral("User Locale"), u.locale},
            {QStringLiteral("PIN"), u.pinHash},
            {QStringLiteral("Password"), u.passwordHash}};
}

Fields deviceFields(const Cluster &c, const Device &d)
{
    QStringList services;
    for (qint64 id : d.services)
        if (const PhoneService *s = c.phoneService(id))
            services << s->name;
    Fields f{{QStringLiteral("Name"), d.name},
             {QStringLiteral("Description"), d.description},
             {QStringLiteral("Product Type"), d.model},
             {QStringLiteral("Protocol"), d.protocol},
             {QStringLiteral("Locale"), d.locale},
             {QStringLiteral("Phone Button Template"), d.buttonTemplate},
             {QStringLiteral("Softkey Template"), d.softkeyTemplate},
             {QStringLiteral("Directory Numbers"), d.lines.join(QLatin1String(", "))},
             {QStringLiteral("Subscribed Services"), services.join(QLatin1String(", "))}};
    if (d.isPhone()) {
        const Device *logout = d.logoutProfileId ? c.device(d.logoutProfileId) : nullptr;
        f << std::pair{QStringLiteral("Enable Extension Mobility"), yesNo(d.emEnabled)}
          << std::pair{QStringLiteral("Log Out Profile"), logout ? logout->name : QStringLiteral("Use Current Device Settings")};
    } else {
        f << std::pair{QStringLiteral("Login User Id"), d.loginUserId};
    }
    return f;
}

Fields serviceFields(const PhoneService &s)
{
    return {{QStringLiteral("Service Name"), s.name},         {QStringLiteral("ASCII Service Name"), s.asciiName},
            {QStringLiteral("Description"), s.description},   {QStringLiteral("Service URL"), s.url},
            {QStringLiteral("Secure-Service URL"), s.secureUrl}, {QStringLiteral("Service Category"), s.category},
            {QStringLiteral("Service Type"), QString::number(int(s.type))}, {QStringLiteral("Enable"), yesNo(s.enabled)},
            {QStringLiteral("Enterprise Subscription"), yesNo(s.enterpriseSubscription)}};
}

Fields groupFields(const Cluster &c, const AccessControlGroup &g)
{
    QStringList users, apps;
    for (qint64 id : g.endUsers)
        if (const EndUser *u = c.endUser(id))
            users << u->userId;
    for (qint64 id : g.applicationUsers)
        if (const ApplicationUser *u = c.applicationUser(id))
            apps << u->userId;
    return {{QStringLiteral("Name"), g.name}, {QStringLiteral("End Users"), users.join(QLatin1String(", "))},
            {QStringLiteral("Application Users"), apps.join(QLatin1String(", "))}};
}

/// An audit entry for @p record: the fields whose value differs between @p before and @p after
/// (either may be empty: added or deleted). An update that changes nothing gets no entry.
AuditEntry auditEntry(const char *action, const QString &entity, const QString &record, const Fields &before, const Fields &after)
{
    AuditEntry e;
    e.entity = entity;
    e.record = record;
    const qsizetype n = std::max(before.size(), after.size());
    for (qsizetype i = 0; i < n; ++i) {
        const QString field = i < after.size() ? after[i].first : before[i].first;
        const QString was = i < before.size() ? before[i].second : QString();
        const QString now = i < after.size() ? after[i].second : QString();
        if (was == now)
            continue;
        if (isSecret(field))
            e.changes.append({field, QString(), now.isEmpty() ? QString() : AuditEntry::secretChanged()});
        else
            e.changes.append({field, was, now});
    }
    if (!e.changes.isEmpty() || before.isEmpty() || after.isEmpty())
        e.action = QString::fromLatin1(action);
    return e;
}

QString deviceEntity(const Device &d)
{
    return d.isPhone() ? QStringLiteral("Phone") : QStringLiteral("Device Profile");
}

} // namespace

Cluster::Cluster(QString name, QList<Node> nodes, QObject *parent)
    : QObject(parent), m_name(std::move(name)), m_nodes(std::move(nodes))
{
    static int serial = 0;
    m_db = std::make_unique<ClusterDatabase>(QStringLiteral("emroam-%1-%2").arg(m_name).arg(++serial), m_name);
    // Grouped EM writes commit when control returns to the event loop.
    m_commitTimer = new QTimer(this);
    m_commitTimer->setSingleShot(true);
    m_commitTimer->setInterval(0);
    connect(m_commitTimer, &QTimer::timeout, this, [this] { commitGroupedWrites(); });
}

Cluster::~Cluster()
{
    commitGroupedWrites();
}

bool Cluster::open(const QString &databasePath, QString *error, OpenMode mode)
{
    const auto creation = mode == OpenMode::CreateIfMissing ? ClusterDatabase::Creation::Allow : ClusterDatabase::Creation::Refuse;
    if (!m_db->open(databasePath, ClusterDatabase::SchemaVersion, creation)) {
        if (error)
            *error = m_db->openError().text();
        return false;
    }
    if (m_db->wasCreated() && !seed(error))
        return false;
    load();
    return true;
}

Message Cluster::openError() const
{
    return m_db->openError();
}

bool Cluster::isDatabaseInUse() const
{
    return m_db->openProblem() == ClusterDatabase::OpenProblem::Locked;
}

void Cluster::close()
{
    commitGroupedWrites();
    m_db->close();
}

QString Cluster::databasePath() const
{
    return m_db->path();
}

bool Cluster::backupDatabase(const QString &path, QString *error)
{
    if (m_bulk || !commitGroupedWrites() || !m_db->backupTo(path)) {
        if (error)
            *error = m_bulk ? tr("%1 is in the middle of a bulk change.").arg(m_name) : m_db->lastError();
        return false;
    }
    return true;
}

// A new cluster has what a fresh Unified CM installation has: the standard groups, the network
// services running, the feature services waiting to be activated, and default parameters.
bool Cluster::seed(QString *error)
{
    if (!m_db->transaction(ClusterDatabase::Sync::Full)) {
        if (error)
            *error = m_db->lastError();
        return false;
    }
    bool ok = true;
    for (const QString &name : Groups::standardGroups()) {
        AccessControlGroup g;
        g.name = name;
        g.standard = true;
        ok = ok && m_db->insertAccessControlGroup(g);
    }
    for (const Node &n : m_nodes) {
        ok = ok && m_db->setNodeUp(n.hostName, true);
        for (const ServiceCatalog::Service &s : ServiceCatalog::services()) {
            const bool network = s.kind == ServiceCatalog::Kind::Network;
            ok = ok && m_db->setServiceState({n.hostName, s.name, network, network});
        }
    }
    ok = ok && m_db->setEnterpriseParameter(Params::ClusterId, m_name.toLower());
    if (!ok || !m_db->commit()) {
        if (error)
            *error = m_db->lastError();
        m_db->rollback();
        return false;
    }
    return true;
}

void Cluster::load()
{
    m_nodeUp = m_db->nodeStates();
    m_serviceStates.clear();
    for (const auto &row : m_db->serviceStates())
        m_serviceStates.insert(stateKey(row.host, row.service), {row.activated, row.running});
    m_enterpriseParameters = m_db->enterpriseParameters();
    m_serviceParameters = m_db->serviceParameters();
    m_services.clear();
    for (const PhoneService &s : m_db->phoneServices())
        m_services.emplace(s.id, s);
    m_devices.clear();
    m_deviceByName.clear();
    m_deviceByDn.clear();
    for (const Device &d : m_db->devices()) {
        m_devices.emplace(d.id, d);
        reindexDevice(nullptr, d);
    }
    m_users.clear();
    m_userByUserId.clear();
    for (const EndUser &u : m_db->endUsers()) {
        m_users.emplace(u.id, u);
        m_userByUserId.insert(u.userId.toLower(), u.id);
    }
    m_appUsers.clear();
    for (const ApplicationUser &u : m_db->applicationUsers())
        m_appUsers.emplace(u.id, u);
    m_groups.clear();
    for (const AccessControlGroup &g : m_db->accessControlGroups())
        m_groups.emplace(g.id, g);
    m_credentialPolicies.clear();
    for (const CredentialPolicy &p : m_db->credentialPolicies())
        m_credentialPolicies.insert(int(p.kind), p);
    // Lab time starts again at 0 with every run: a stored lock or count of wrong tries counts
    // from the start of this run (a restart never shortens a lockout).
    m_credentialStatus.clear();
    for (const ClusterDatabase::CredentialStatusRow &row : m_db->credentialStatuses()) {
        CredentialStatus st = row.status;
        st.lastFailedAt = qMin<qint64>(st.lastFailedAt, 0);
        st.lockedAt = qMin<qint64>(st.lockedAt, 0);
        m_credentialStatus.insert({int(row.kind), row.userId}, st);
    }
    m_logins.clear();
    for (const EmLogin &l : m_db->emLogins())
        m_logins.emplace(l.deviceId, l);
}

void Cluster::reindexDevice(const Device *old, const Device &now)
{
    if (old) {
        m_deviceByName.remove(deviceKey(old->name));
        for (const QString &dn : old->lines)
            m_deviceByDn.remove(dn);
    }
    m_deviceByName.insert(deviceKey(now.name), now.id);
    for (const QString &dn : now.lines)
        m_deviceByDn.insert(dn, now.id);
}

Refusal Cluster::databaseRefusal() const
{
    return refuse("", QT_TRANSLATE_NOOP("Cluster", "The database of %1 (%2) refused the change: %3"),
                  {m_name, QDir::toNativeSeparators(m_db->path()), m_db->lastError()});
}

bool Cluster::write(const std::function<bool()> &change)
{
    if (m_bulk)
        return change();
    commitGroupedWrites(); // an ordinary change commits on its own, after what waits
    // An administrator's change is on disk (WAL fsynced) before the page says it was saved.
    if (!m_db->transaction(ClusterDatabase::Sync::Full))
        return false;
    if (!change()) {
        m_db->rollback();
        return false;
    }
    return m_db->commit();
}

bool Cluster::write(const std::function<bool()> &change, const AuditEntry &entry)
{
    if (entry.action.isEmpty())
        return write(change);
    if (!write([&] { return change() && logAudit(entry); }))
        return false;
    emit audited();
    return true;
}

bool Cluster::logAudit(const AuditEntry &entry)
{
    if (entry.action.isEmpty())
        return true;
    AuditEntry e = entry;
    e.actor = m_actor;
    e.wallTime = QDateTime::currentMSecsSinceEpoch();
    e.labTime = m_labTime ? m_labTime() : 0;
    if (!m_db->insertAuditEntry(e))
        return false;
    if (m_besideBulk)
        m_auditBesideBulk.append(e);
    return true;
}

QList<AuditEntry> Cluster::auditLog() const
{
    return m_db->auditEntries();
}

bool Cluster::writeGrouped(const std::function<bool()> &change, const AuditEntry &entry)
{
    if (m_bulk) {
        // An EM login or logout while a bulk transaction is open joins it (one connection),
        // but is not part of it: endBulk() writes it again if the bulk is rolled back.
        m_besideBulk = true;
        const bool ok = change() && logAudit(entry);
        m_besideBulk = false;
        return ok;
    }
    if (!m_grouped) {
        if (!m_db->transaction()) {
            m_groupUndo.clear();
            return false;
        }
        m_grouped = true;
        m_commitTimer->start();
    }
    // A statement that fails may have rolled back the whole transaction (SQLite does on I/O
    // errors), so the group is undone rather than trusted.
    if (!change() || !logAudit(entry)) {
        undoGroupedWrites();
        return false;
    }
    if (++m_groupedWrites >= MaxGroupedWrites)
        return commitGroupedWrites();
    return true;
}

bool Cluster::commitGroupedWrites()
{
    bool saved = true;
    if (m_grouped) {
        m_grouped = false;
        m_groupedWrites = 0;
        m_commitTimer->stop();
        saved = m_db->commit(); // rolls back when it fails
        if (!saved) {
            undoGroupedWrites();
            return false;
        }
        m_groupUndo.clear();
    }
    notifySaveWaiters(true);
    return true;
}

void Cluster::notifySaveWaiters(bool saved)
{
    const QList<SaveWaiter> waiters = std::exchange(m_saveWaiters, {});
    for (const SaveWaiter &w : waiters)
        if (w.context)
            w.done(saved);
}

void Cluster::undoGroupedWrites()
{
    m_db->rollback();
    m_grouped = false;
    m_groupedWrites = 0;
    m_commitTimer->stop();
    // Put back each login the group touched as it was before the group (what the database
    // still has): no read from a database that may be failing.
    QList<EmLogin> undone, restored;
    const auto before = std::exchange(m_groupUndo, {});
    for (auto it = before.cbegin(); it != before.cend(); ++it) {
        const auto now = m_logins.find(it.key());
        const std::optional<EmLogin> &was = it.value();
        const bool same = now == m_logins.end() ? !was
                                                : was && was->userId == now->second.userId && was->loginTime == now->second.loginTime;
        if (same)
            continue;
        if (now != m_logins.end()) {
            undone.append(now->second);
            m_logins.erase(now);
        }
        if (was) {
            restored.append(*was);
            m_logins[it.key()] = *was;
        }
        emit loginChanged(it.key());
    }
    if (!undone.isEmpty() || !restored.isEmpty())
        emit loginsUndone(undone, restored);
    notifySaveWaiters(false);
}

void Cluster::rememberForUndo(qint64 deviceId)
{
    if (m_bulk || m_groupUndo.contains(deviceId))
        return;
    const auto it = m_logins.find(deviceId);
    m_groupUndo.insert(deviceId, it == m_logins.end() ? std::nullopt : std::optional<EmLogin>(it->second));
}

void Cluster::whenSaved(QObject *context, std::function<void(bool saved)> done)
{
    if (!m_grouped) {
        done(true);
        return;
    }
    m_saveWaiters.append({context, std::move(done)});
}

bool Cluster::beginBulk()
{
    if (m_bulk || m_committing)
        return false;
    commitGroupedWrites();
    m_bulk = m_db->transaction(ClusterDatabase::Sync::Full);
    m_auditBesideBulk.clear();
    return m_bulk;
}

void Cluster::reserve(int devices, int users)
{
    if (devices > 0) {
        m_deviceByName.reserve(m_deviceByName.size() + devices);
        m_deviceByDn.reserve(m_deviceByDn.size() + devices);
    }
    if (users > 0)
        m_userByUserId.reserve(m_userByUserId.size() + users);
}

bool Cluster::commitBulk()
{
    return endBulk(true, Announce::Nothing);
}

namespace {
// After a rolled-back transaction: tell the views about every record that differs from what
// they were last told (the state the transaction left behind).
template <typename T, typename Emit>
void announceDifferences(const std::map<qint64, T> &was, const std::map<qint64, T> &now, Emit emitFor)
{
    for (const auto &[id, v] : was) {
        const auto it = now.find(id);
        if (it == now.end())
            emitFor(0, id); // gone
        else if (!(it->second == v))
            emitFor(1, id); // changed
    }
    for (const auto &[id, v] : now)
        if (!was.count(id))
            emitFor(2, id); // there again
}
} // namespace

Refusal Cluster::transaction(const std::function<Refusal()> &changes)
{
    if (m_bulk || m_committing)
        return refuse("", QT_TRANSLATE_NOOP("Cluster", "Another change of %1 is in progress."), {m_name});
    if (!beginBulk())
        return databaseRefusal();
    Refusal r = changes(); // write() joins the transaction; views follow each record
    const bool ok = endBulk(!r, Announce::EachRecord);
    if (!r && !ok)
        return databaseRefusal();
    return r;
}

bool Cluster::endBulk(bool keep, Announce announce)
{
    m_bulk = false;
    const bool saved = keep && m_db->commit(); // a failed commit rolls back
    if (!saved)
        undoBulk(announce);
    else if (announce == Announce::Reload)
        emit bulkImported();
    return saved || !keep;
}

void Cluster::endBulkInBackground(bool keep, QObject *context, std::function<void(bool)> done)
{
    if (!keep) {
        done(endBulk(false));
        return;
    }
    m_bulk = false;
    m_committing = true;
    QPointer<Cluster> self(this);
    m_db->commitInBackground(this, [self, context = QPointer<QObject>(context), done = std::move(done)](bool saved) {
        if (!self)
            return;
        self->m_committing = false;
        if (!saved)
            self->undoBulk(Announce::Reload);
        else
            emit self->bulkImported();
        if (context)
            done(saved);
    });
}

void Cluster::undoBulk(Announce announce)
{
    m_db->rollback();
    // What the engine did beside the bulk (EM logins and logouts, wrong tries and locks, their
    // audit entries) happened, whatever became of the bulk: kept in memory, written again.
    const auto logins = m_logins;
    const auto credentialStatus = m_credentialStatus;
    const QList<AuditEntry> audit = std::exchange(m_auditBesideBulk, {});
    const auto leftServices = std::exchange(m_services, {});
    const auto leftDevices = std::exchange(m_devices, {});
    const auto leftUsers = std::exchange(m_users, {});
    const auto leftGroups = std::exchange(m_groups, {});
    load();
    if (m_logins != logins || m_credentialStatus != credentialStatus || !audit.isEmpty()) {
        write([&] {
            for (const auto &[device, login] : m_logins)
                if (!logins.count(device) && !m_db->deleteEmLogin(device))
                    return false;
            for (const auto &[device, login] : logins)
                if (!m_db->upsertEmLogin(login))
                    return false;
            for (auto it = m_credentialStatus.cbegin(); it != m_credentialStatus.cend(); ++it)
                if (!credentialStatus.contains(it.key()) && !m_db->setCredentialStatus(CredentialKind(it.key().first), it.key().second, {}))
                    return false;
            for (auto it = credentialStatus.cbegin(); it != credentialStatus.cend(); ++it)
                if (!m_db->setCredentialStatus(CredentialKind(it.key().first), it.key().second, it.value()))
                    return false;
            for (AuditEntry e : audit)
                if (!m_db->insertAuditEntry(e))
                    return false;
            return true;
        });
        m_logins = logins;
        m_credentialStatus = credentialStatus;
    }
    if (announce == Announce::Reload) {
        emit bulkImported();
        return;
    }
    if (announce == Announce::Nothing)
        return;
    const auto announceOf = [this](Entity e) {
        return [this, e](int what, qint64 id) {
            if (what == 0)
                emit entityRemoved(e, id);
            else if (what == 1)
                emit entityChanged(e, id);
            else
                emit entityAdded(e, id);
        };
    };
    announceDifferences(leftServices, m_services, announceOf(Entity::PhoneService));
    announceDifferences(leftDevices, m_devices, announceOf(Entity::Device));
    announceDifferences(leftUsers, m_users, announceOf(Entity::EndUser));
    announceDifferences(leftGroups, m_groups, announceOf(Entity::AccessControlGroup));
}

Refusal Cluster::bulkAddUsersWithProfiles(QList<Device> profiles, QList<EndUser> users, const QString &pinDigest)
{
    if (profiles.size() != users.size())
        return refuse("", QT_TRANSLATE_NOOP("Cluster", "Bulk import: each user needs exactly one device profile."));
    QSet<QString> names, dns, userIds;
    QHash<QString, bool> emModel;
    for (qsizetype i = 0; i < profiles.size(); ++i) {
        Device &p = profiles[i];
        EndUser &u = users[i];
        p.id = 0;
        p.kind = Device::Kind::Profile;
        u.id = 0;
        const QString key = deviceKey(p.name);
        if (p.name.isEmpty() || names.contains(key) || m_deviceByName.contains(key))
            return refuse("deviceName", QT_TRANSLATE_NOOP("Cluster", "A device or device profile named %1 already exists."), {p.name});
        names.insert(key);
        auto em = emModel.find(p.model);
        if (em == emModel.end()) {
            const PhoneModelCatalog::Model *m = PhoneModelCatalog::instance().find(p.model);
            em = emModel.insert(p.model, m && m->extensionMobility == PhoneModelCatalog::Support::Yes && m->protocols.contains(p.protocol));
        }
        if (!*em)
            return refuse("model", QT_TRANSLATE_NOOP("Cluster", "Device Profile Type: %1 does not support Extension Mobility (see the Unified CM Phone Feature List report)."), {p.model});
        for (const QString &dn : std::as_const(p.lines)) {
            if (!isDigits(dn) || dns.contains(dn) || m_deviceByDn.contains(dn))
                return refuse("directoryNumber", QT_TRANSLATE_NOOP("Cluster", "Directory Number %1 is already assigned to %2."), {dn, p.name});
            dns.insert(dn);
        }
        for (qint64 sid : std::as_const(p.services))
            if (!phoneService(sid))
                return refuse("services", QT_TRANSLATE_NOOP("Cluster", "A subscribed phone service no longer exists."));
        const QString uid = u.userId.toLower();
        if (u.userId.isEmpty() || u.lastName.isEmpty() || userIds.contains(uid) || m_userByUserId.contains(uid))
            return refuse("userId", QT_TRANSLATE_NOOP("Cluster", "An end user with User ID %1 already exists."), {u.userId});
        userIds.insert(uid);
        u.pinHash = pinDigest;
    }
    const bool ok = write([&] {
        for (qsizetype i = 0; i < profiles.size(); ++i) {
            if (!m_db->insertDevice(profiles[i]))
                return false;
            users[i].controlledProfiles = {profiles[i].id};
            users[i].defaultProfileId = profiles[i].id;
            if (!m_db->insertEndUser(users[i]))
                return false;
        }
        return true;
    });
    if (!ok)
        return databaseRefusal();
    for (qsizetype i = 0; i < profiles.size(); ++i) {
        m_devices.emplace(profiles[i].id, profiles[i]);
        reindexDevice(nullptr, profiles[i]);
        m_userByUserId.insert(users[i].userId.toLower(), users[i].id);
        m_users.emplace(users[i].id, std::move(users[i]));
    }
    emit bulkImported();
    return {};
}

void Cluster::setDatabaseFailing(bool failing)
{
    m_db->setFailing(failing);
}

bool Cluster::isDatabaseFailing() const
{
    return m_db->isFailing();
}

QString Cluster::clusterId() const
{
    return enterpriseParameter(Params::ClusterId);
}

QList<qint64> Cluster::ids(Entity entity) const
{
    QList<qint64> out;
    const auto keys = [&out](const auto &map) {
        out.reserve(qsizetype(map.size()));
        for (const auto &[id, record] : map)
            out.append(id);
    };
    switch (entity) {
    case Entity::PhoneService: keys(m_services); break;
    case Entity::Device: keys(m_devices); break;
    case Entity::EndUser: keys(m_users); break;
    case Entity::ApplicationUser: keys(m_appUsers); break;
    case Entity::AccessControlGroup: keys(m_groups); break;
    }
    return out;
}

// ---- nodes and services ---------------------------------------------------------------------

const Node &Cluster::publisher() const
{
    for (const Node &n : m_nodes)
        if (n.publisher)
            return n;
    return m_nodes.first();
}

const Node *Cluster::node(const QString &hostName) const
{
    for (const Node &n : m_nodes)
        if (n.hostName.compare(hostName, Qt::CaseInsensitive) == 0)
            return &n;
    return nullptr;
}

bool Cluster::isNodeUp(const QString &hostName) const
{
    return m_nodeUp.value(hostName, false);
}

bool Cluster::isUp() const
{
    for (const Node &n : m_nodes)
        if (isNodeUp(n.hostName))
            return true;
    return false;
}

Refusal Cluster::setNodeUp(const QString &hostName, bool up)
{
    const Node *n = node(hostName);
    if (!n)
        return refuse("server", QT_TRANSLATE_NOOP("Cluster", "%1 has no server named %2."), {m_name, hostName});
    if (isNodeUp(n->hostName) == up)
        return {};
    if (!write([&] { return m_db->setNodeUp(n->hostName, up); },
               auditEntry("update", QStringLiteral("Server"), n->hostName, {{QStringLiteral("Up"), yesNo(!up)}}, {{QStringLiteral("Up"), yesNo(up)}})))
        return databaseRefusal();
    m_nodeUp.insert(n->hostName, up);
    emit nodeStateChanged(n->hostName, up);
    return {};
}

Refusal Cluster::setUp(bool up)
{
    for (const Node &n : m_nodes)
        if (Refusal r = setNodeUp(n.hostName, up))
            return r;
    return {};
}

Cluster::ServiceState Cluster::serviceState(const QString &hostName, const QString &service) const
{
    return m_serviceStates.value(stateKey(hostName, service));
}

bool Cluster::isServiceRunning(const QString &hostName, const QString &service) const
{
    const ServiceState s = serviceState(hostName, service);
    return s.activated && s.running && isNodeUp(hostName);
}

bool Cluster::isServiceRunningAnywhere(const QString &service) const
{
    for (const Node &n : m_nodes)
        if (isServiceRunning(n.hostName, service))
            return true;
    return false;
}

Refusal Cluster::setServiceActivated(const QString &hostName, const QString &service, bool activated)
{
    const Node *n = node(hostName);
    if (!n)
        return refuse("server", QT_TRANSLATE_NOOP("Cluster", "%1 has no server named %2."), {m_name, hostName});
    const ServiceCatalog::Service *s = ServiceCatalog::find(service);
    if (!s)
        return refuse("service", QT_TRANSLATE_NOOP("Cluster", "There is no service named %1."), {service});
    if (s->kind == ServiceCatalog::Kind::Network)
        return refuse("service", QT_TRANSLATE_NOOP("Cluster", "%1 is a network service: it is always activated; start or stop it in Control Center – Network Services."), {service});
    if (activated && s->publisherOnly && !n->publisher)
        return refuse("service", QT_TRANSLATE_NOOP("Cluster", "%1 can be activated only on the publisher (%2)."),
                      {service, publisher().hostName});
    ServiceState st = serviceState(n->hostName, service);
    if (st.activated == activated)
        return {};
    st.activated = activated;
    st.running = activated; // activating starts the service; deactivating stops it
    const ServiceState was = serviceState(n->hostName, service);
    if (!write([&] { return m_db->setServiceState({n->hostName, service, st.activated, st.running}); },
               auditEntry("update", QStringLiteral("Service"), n->hostName + QStringLiteral(": ") + service,
                          {{QStringLiteral("Activated"), yesNo(was.activated)}, {QStringLiteral("Running"), yesNo(was.running)}},
                          {{QStringLiteral("Activated"), yesNo(st.activated)}, {QStringLiteral("Running"), yesNo(st.running)}})))
        return databaseRefusal();
    m_serviceStates.insert(stateKey(n->hostName, service), st);
    emit serviceStateChanged(n->hostName, service);
    return {};
}

Refusal Cluster::setServiceRunning(const QString &hostName, const QString &service, bool running)
{
    const Node *n = node(hostName);
    if (!n)
        return refuse("server", QT_TRANSLATE_NOOP("Cluster", "%1 has no server named %2."), {m_name, hostName});
    if (!ServiceCatalog::find(service))
        return refuse("service", QT_TRANSLATE_NOOP("Cluster", "There is no service named %1."), {service});
    if (!isNodeUp(n->hostName))
        return refuse("server", QT_TRANSLATE_NOOP("Cluster", "%1 is down: its services cannot be started or stopped."), {n->hostName});
    ServiceState st = serviceState(n->hostName, service);
    if (running && !st.activated)
        return refuse("service", QT_TRANSLATE_NOOP("Cluster", "%1 is not activated on %2: activate it in Service Activation first."),
                      {service, n->hostName});
    if (st.running == running)
        return {};
    st.running = running;
    if (!write([&] { return m_db->setServiceState({n->hostName, service, st.activated, st.running}); },
               auditEntry("update", QStringLiteral("Service"), n->hostName + QStringLiteral(": ") + service,
                          {{QStringLiteral("Running"), yesNo(!running)}}, {{QStringLiteral("Running"), yesNo(running)}})))
        return databaseRefusal();
    m_serviceStates.insert(stateKey(n->hostName, service), st);
    emit serviceStateChanged(n->hostName, service);
    return {};
}

// ---- reads ----------------------------------------------------------------------------------

QList<PhoneService> Cluster::phoneServices() const { return values(m_services); }
const PhoneService *Cluster::phoneService(qint64 id) const { return lookup(m_services, id); }

QList<qint64> Cluster::enterpriseSubscriptions() const
{
    QList<qint64> out;
    for (const auto &[id, s] : m_services)
        if (s.enterpriseSubscription)
            out.append(id);
    return out;
}

const PhoneService *Cluster::phoneServiceByName(const QString &name) const
{
    for (const auto &[id, s] : m_services)
        if (s.name.compare(name, Qt::CaseInsensitive) == 0)
            return &s;
    return nullptr;
}

QList<Device> Cluster::devices() const { return values(m_devices); }

QList<Device> Cluster::phones() const
{
    QList<Device> out;
    for (const auto &[id, d] : m_devices)
        if (d.isPhone())
            out.append(d);
    return out;
}

QList<Device> Cluster::deviceProfiles() const
{
    QList<Device> out;
    for (const auto &[id, d] : m_devices)
        if (!d.isPhone())
            out.append(d);
    return out;
}

const Device *Cluster::device(qint64 id) const { return lookup(m_devices, id); }

const Device *Cluster::deviceByName(const QString &name) const
{
    auto it = m_deviceByName.constFind(deviceKey(name));
    return it == m_deviceByName.cend() ? nullptr : device(*it);
}

const Device *Cluster::deviceForDn(const QString &dn) const
{
    auto it = m_deviceByDn.constFind(dn);
    return it == m_deviceByDn.cend() ? nullptr : device(*it);
}

QList<EndUser> Cluster::endUsers() const { return values(m_users); }
const EndUser *Cluster::endUser(qint64 id) const { return lookup(m_users, id); }

const EndUser *Cluster::endUserByUserId(const QString &userId) const
{
    auto it = m_userByUserId.constFind(userId.toLower());
    return it == m_userByUserId.cend() ? nullptr : endUser(*it);
}

QList<ApplicationUser> Cluster::applicationUsers() const { return values(m_appUsers); }
const ApplicationUser *Cluster::applicationUser(qint64 id) const { return lookup(m_appUsers, id); }

const ApplicationUser *Cluster::applicationUserByUserId(const QString &userId) const
{
    for (const auto &[id, u] : m_appUsers)
        if (u.userId.compare(userId, Qt::CaseInsensitive) == 0)
            return &u;
    return nullptr;
}

QList<AccessControlGroup> Cluster::accessControlGroups() const { return values(m_groups); }
const AccessControlGroup *Cluster::accessControlGroup(qint64 id) const { return lookup(m_groups, id); }

const AccessControlGroup *Cluster::accessControlGroupByName(const QString &name) const
{
    // Every EM request asks for a standard group by its exact name (Groups::…): an exact
    // match (length first, then memcmp) finds it without case folding every group's name.
    for (const auto &[id, g] : m_groups)
        if (g.name == name)
            return &g;
    for (const auto &[id, g] : m_groups)
        if (g.name.compare(name, Qt::CaseInsensitive) == 0)
            return &g;
    return nullptr;
}

bool Cluster::isEndUserInGroup(qint64 userId, const QString &groupName) const
{
    const AccessControlGroup *g = accessControlGroupByName(groupName);
    return g && g->endUsers.contains(userId);
}

bool Cluster::isApplicationUserInGroup(qint64 userId, const QString &groupName) const
{
    const AccessControlGroup *g = accessControlGroupByName(groupName);
    return g && g->applicationUsers.contains(userId);
}

QStringList Cluster::groupsOfEndUser(qint64 userId) const
{
    QStringList out;
    for (const auto &[id, g] : m_groups)
        if (g.endUsers.contains(userId))
            out.append(g.name);
    return out;
}

QString Cluster::serviceParameter(const QString &service, const QString &name) const
{
    auto it = m_serviceParameters.constFind(ClusterDatabase::serviceParameterKey(service, name));
    if (it != m_serviceParameters.cend())
        return *it;
    const ParameterCatalog::Parameter *p = ParameterCatalog::find(service, name);
    return p ? p->defaultValue : QString();
}

QString Cluster::enterpriseParameter(const QString &name) const
{
    auto it = m_enterpriseParameters.constFind(name);
    if (it != m_enterpriseParameters.cend())
        return *it;
    const ParameterCatalog::Parameter *p = ParameterCatalog::find(QString(), name);
    return p ? p->defaultValue : QString();
}

// ---- phone services -------------------------------------------------------------------------

Refusal Cluster::validatePhoneService(const PhoneService &s) const
{
    if (s.name.trimmed().isEmpty())
        return refuse("serviceName", QT_TRANSLATE_NOOP("Cluster", "Service Name is required."));
    if (s.name.size() > 100)
        return refuse("serviceName", QT_TRANSLATE_NOOP("Cluster", "Service Name can be at most %1 characters."), {QStringLiteral("100")});
    if (const PhoneService *other = phoneServiceByName(s.name); other && other->id != s.id)
        return refuse("serviceName", QT_TRANSLATE_NOOP("Cluster", "Service Name: a phone service named %1 already exists."), {s.name});
    if (s.asciiName.trimmed().isEmpty())
        return refuse("asciiServiceName", QT_TRANSLATE_NOOP("Cluster", "ASCII Service Name is required."));
    if (!isPrintableAscii(s.asciiName))
        return refuse("asciiServiceName", QT_TRANSLATE_NOOP("Cluster", "ASCII Service Name may contain only ASCII characters."));
    if (s.url.trimmed().isEmpty())
        return refuse("serviceUrl", QT_TRANSLATE_NOOP("Cluster", "Service URL is required."));
    // #DEVICENAME# is a token the phone replaces; parse the URL as a phone would send it
    const auto asSent = [](QString u) {
        return u.trimmed().replace(QLatin1String("#DEVICENAME#"), QLatin1String("SEP000000000000"));
    };
    const QUrl url(asSent(s.url), QUrl::StrictMode);
    if (!url.isValid() || (url.scheme() != QLatin1String("http") && url.scheme() != QLatin1String("https"))
        || url.host().isEmpty())
        return refuse("serviceUrl", QT_TRANSLATE_NOOP("Cluster", "Service URL must be an http:// or https:// URL with a host, for example http://cucm1-pub:8080/emapp/EMAppServlet?device=#DEVICENAME#."));
    const QUrlQuery query(url);
    if (query.hasQueryItem(QStringLiteral("loginType"))) {
        const QString type = query.queryItemValue(QStringLiteral("loginType"));
        if (type != QLatin1String("UID") && type != QLatin1String("DN") && type != QLatin1String("SP"))
            return refuse("serviceUrl", QT_TRANSLATE_NOOP("Cluster", "Service URL: loginType must be UID, DN or SP (it is %1)."), {type});
    }
    if (!s.secureUrl.trimmed().isEmpty()) {
        const QUrl secure(asSent(s.secureUrl), QUrl::StrictMode);
        if (!secure.isValid() || secure.scheme() != QLatin1String("https") || secure.host().isEmpty())
            return refuse("secureServiceUrl", QT_TRANSLATE_NOOP("Cluster", "Secure-Service URL must be an https:// URL with a host."));
    }
    if (s.category != QLatin1String("XML Service") && s.category != QLatin1String("Java MIDlet"))
        return refuse("serviceCategory", QT_TRANSLATE_NOOP("Cluster", "Service Category must be XML Service or Java MIDlet."));
    if (s.id != 0) {
        const PhoneService *old = phoneService(s.id);
        if (!old)
            return refuse("", QT_TRANSLATE_NOOP("Cluster", "This phone service no longer exists."));
        if (old->enterpriseSubscription != s.enterpriseSubscription)
            return refuse("enterpriseSubscription", QT_TRANSLATE_NOOP("Cluster", "Enterprise Subscription can be set only when the service is added."));
    }
    return {};
}

Refusal Cluster::savePhoneService(PhoneService &service)
{
    PhoneService s = service;
    s.name = s.name.trimmed();
    s.url = s.url.trimmed();
    s.secureUrl = s.secureUrl.trimmed();
    if (s.asciiName.trimmed().isEmpty() && isPrintableAscii(s.name))
        s.asciiName = s.name;
    if (Refusal r = validatePhoneService(s))
        return r;
    const bool adding = s.id == 0;
    const AuditEntry entry = auditEntry(adding ? "add" : "update", QStringLiteral("Phone Service"), s.name,
                                        adding ? Fields{} : serviceFields(*phoneService(s.id)), serviceFields(s));
    if (!write([&] { return adding ? m_db->insertPhoneService(s) : m_db->updatePhoneService(s); }, entry))
        return databaseRefusal();
    m_services[s.id] = s;
    service = s;
    if (adding)
        emit entityAdded(Entity::PhoneService, s.id);
    else
        emit entityChanged(Entity::PhoneService, s.id);
    return {};
}

Refusal Cluster::deletePhoneService(qint64 id)
{
    const PhoneService *s = phoneService(id);
    if (!s)
        return refuse("", QT_TRANSLATE_NOOP("Cluster", "This phone service no longer exists."));
    for (const auto &[did, d] : m_devices)
        if (d.services.contains(id))
            return refuse("", QT_TRANSLATE_NOOP("Cluster", "%1 cannot be deleted: %2 is subscribed to it. Unsubscribe it first."),
                          {s->name, d.name});
    if (!write([&] { return m_db->deletePhoneService(id); },
               auditEntry("delete", QStringLiteral("Phone Service"), s->name, serviceFields(*s), {})))
        return databaseRefusal();
    m_services.erase(id);
    emit entityRemoved(Entity::PhoneService, id);
    return {};
}

// ---- devices --------------------------------------------------------------------------------

Refusal Cluster::validateDevice(Device &d) const
{
    d.name = d.name.trimmed();
    if (d.isPhone()) {
        d.name = d.name.toUpper();
        static const QRegularExpression sep(QStringLiteral("^SEP[0-9A-F]{12}$"));
        if (!sep.match(d.name).hasMatch())
            return refuse("deviceName", QT_TRANSLATE_NOOP("Cluster", "Device Name must be SEP followed by the 12 hexadecimal digits of the phone's MAC address (for example SEPC10000000001)."));
    } else {
        if (d.name.isEmpty())
            return refuse("deviceName", QT_TRANSLATE_NOOP("Cluster", "Device Profile Name is required."));
        if (d.name.size() > 50)
            return refuse("deviceName", QT_TRANSLATE_NOOP("Cluster", "Device Profile Name can be at most 50 characters."));
        static const QRegularExpression allowed(QStringLiteral("^[A-Za-z0-9 ._-]+$"));
        if (!allowed.match(d.name).hasMatch())
            return refuse("deviceName", QT_TRANSLATE_NOOP("Cluster", "Device Profile Name may contain only letters, digits, spaces, dots, hyphens and underscores."));
    }
    if (const Device *other = deviceByName(d.name); other && other->id != d.id)
        return refuse("deviceName", QT_TRANSLATE_NOOP("Cluster", "A device or device profile named %1 already exists."), {other->name});
    const PhoneModelCatalog::Model *model = PhoneModelCatalog::instance().find(d.model);
    if (!model)
        return refuse("model", QT_TRANSLATE_NOOP("Cluster", "%1 is not a phone model this cluster knows."), {d.model});
    if (!model->protocols.contains(d.protocol))
        return refuse("protocol", QT_TRANSLATE_NOOP("Cluster", "Device Protocol: %1 runs %2, not %3."),
                      {d.model, model->protocols.join(QLatin1String(", ")), d.protocol});
    const bool emCapable = model->extensionMobility == PhoneModelCatalog::Support::Yes;
    if (!d.isPhone() && !emCapable)
        return refuse("model", QT_TRANSLATE_NOOP("Cluster", "Device Profile Type: %1 does not support Extension Mobility (see the Unified CM Phone Feature List report)."), {d.model});
    if (d.isPhone() && d.emEnabled && !emCapable)
        return refuse("enableExtensionMobility", QT_TRANSLATE_NOOP("Cluster", "Enable Extension Mobility: %1 does not support Extension Mobility."), {d.model});
    if (!Locales::all().contains(d.locale))
        return refuse("locale", QT_TRANSLATE_NOOP("Cluster", "%1 is not an installed locale."), {d.locale});
    if (d.isPhone() && d.logoutProfileId != 0) {
        const Device *p = device(d.logoutProfileId);
        if (!p || p->isPhone())
            return refuse("logoutProfile", QT_TRANSLATE_NOOP("Cluster", "Log Out Profile must be Use Current Device Settings or an existing device profile."));
    }
    if (!d.isPhone()) {
        d.logoutProfileId = 0;
        d.emEnabled = false;
        if (!d.loginUserId.isEmpty() && !endUserByUserId(d.loginUserId))
            return refuse("loginUserId", QT_TRANSLATE_NOOP("Cluster", "Login User Id: there is no end user %1."), {d.loginUserId});
    } else {
        d.loginUserId.clear();
    }
    QSet<QString> seen;
    for (QString &dn : d.lines) {
        dn = dn.trimmed();
        if (!isDigits(dn) || dn.size() > 24)
            return refuse("directoryNumber", QT_TRANSLATE_NOOP("Cluster", "Directory Number %1 must be 1 to 24 digits."), {dn});
        if (seen.contains(dn))
            return refuse("directoryNumber", QT_TRANSLATE_NOOP("Cluster", "Directory Number %1 appears twice."), {dn});
        seen.insert(dn);
        if (const Device *owner = deviceForDn(dn); owner && owner->id != d.id)
            return refuse("directoryNumber", QT_TRANSLATE_NOOP("Cluster", "Directory Number %1 is already assigned to %2."), {dn, owner->name});
    }
    if (model->lineKeys > 0 && d.lines.size() > model->lineKeys)
        return refuse("directoryNumber", QT_TRANSLATE_NOOP("Cluster", "%1 has %2 line buttons; remove a line first."),
                      {d.model, QString::number(model->lineKeys)});
    for (qint64 sid : d.services)
        if (!phoneService(sid))
            return refuse("services", QT_TRANSLATE_NOOP("Cluster", "A subscribed phone service no longer exists."));
    if (d.id != 0) {
        const Device *old = device(d.id);
        if (!old || old->kind != d.kind)
            return refuse("", QT_TRANSLATE_NOOP("Cluster", "This device no longer exists."));
        if (old->model != d.model || old->protocol != d.protocol)
            return refuse("model", QT_TRANSLATE_NOOP("Cluster", "Product type and protocol cannot change once a device is added."));
    }
    return {};
}

Refusal Cluster::saveDevice(Device &device)
{
    Device d = device;
    if (Refusal r = validateDevice(d))
        return r;
    const bool adding = d.id == 0;
    const AuditEntry entry = auditEntry(adding ? "add" : "update", deviceEntity(d), d.name,
                                        adding ? Fields{} : deviceFields(*this, *this->device(d.id)), deviceFields(*this, d));
    if (!write([&] { return adding ? m_db->insertDevice(d) : m_db->updateDevice(d); }, entry))
        return databaseRefusal();
    auto it = m_devices.find(d.id);
    if (it != m_devices.end()) {
        reindexDevice(&it->second, d);
        it->second = d;
    } else {
        m_devices.emplace(d.id, d);
        reindexDevice(nullptr, d);
    }
    device = d;
    if (adding)
        emit entityAdded(Entity::Device, d.id);
    else
        emit entityChanged(Entity::Device, d.id);
    return {};
}

Refusal Cluster::deleteDevice(qint64 id)
{
    const Device *d = device(id);
    if (!d)
        return refuse("", QT_TRANSLATE_NOOP("Cluster", "This device no longer exists."));
    for (const auto &[pid, other] : m_devices)
        if (other.isPhone() && other.logoutProfileId == id)
            return refuse("", QT_TRANSLATE_NOOP("Cluster", "%1 cannot be deleted: it is the Log Out Profile of %2."), {d->name, other.name});
    for (const auto &[did, login] : m_logins) {
        if (login.deviceId == id || login.profileId == id) {
            const Device *phone = device(login.deviceId);
            return refuse("", QT_TRANSLATE_NOOP("Cluster", "%1 cannot be deleted: a user is logged in with it on %2. Log the user out first."),
                          {d->name, phone ? phone->name : QString()});
        }
    }
    if (!write([&] { return m_db->deleteDevice(id); }, auditEntry("delete", deviceEntity(*d), d->name, deviceFields(*this, *d), {})))
        return databaseRefusal();
    // the database cascades controlled profiles and clears default profiles; mirror that
    for (auto &[uid, u] : m_users) {
        if (u.controlledProfiles.removeAll(id) > 0 || u.defaultProfileId == id) {
            if (u.defaultProfileId == id)
                u.defaultProfileId = 0;
            emit entityChanged(Entity::EndUser, uid);
        }
    }
    const Device removed = *d;
    for (const QString &dn : removed.lines)
        m_deviceByDn.remove(dn);
    m_deviceByName.remove(deviceKey(removed.name));
    m_devices.erase(id);
    emit entityRemoved(Entity::Device, id);
    return {};
}

// ---- end users ------------------------------------------------------------------------------

Refusal Cluster::validateEndUser(const EndUser &u) const
{
    if (u.userId.isEmpty())
        return refuse("userId", QT_TRANSLATE_NOOP("Cluster", "User ID is required."));
    if (u.userId.size() > 128)
        return refuse("userId", QT_TRANSLATE_NOOP("Cluster", "User ID can be at most 128 characters."));
    static const QRegularExpression allowed(QStringLiteral("^[A-Za-z0-9._@-]+$"));
    if (!allowed.match(u.userId).hasMatch())
        return refuse("userId", QT_TRANSLATE_NOOP("Cluster", "User ID may contain only letters, digits, dots, hyphens, underscores and @."));
    if (serviceParameter(QStringLiteral("Cisco Extension Mobility"), Params::AlphanumericUserId) == QLatin1String("False")
        && !isDigits(u.userId))
        return refuse("userId", QT_TRANSLATE_NOOP("Cluster", "User ID must be digits only while the Alphanumeric User ID service parameter is False."));
    if (const EndUser *other = endUserByUserId(u.userId); other && other->id != u.id)
        return refuse("userId", QT_TRANSLATE_NOOP("Cluster", "An end user with User ID %1 already exists."), {other->userId});
    if (applicationUserByUserId(u.userId))
        return refuse("userId", QT_TRANSLATE_NOOP("Cluster", "User ID %1 is already used by an application user."), {u.userId});
    if (u.lastName.trimmed().isEmpty())
        return refuse("lastName", QT_TRANSLATE_NOOP("Cluster", "Last Name is required."));
    if (u.firstName.size() > 64 || u.lastName.size() > 64)
        return refuse("lastName", QT_TRANSLATE_NOOP("Cluster", "First and last names can be at most 64 characters."));
    if (!u.selfServiceId.isEmpty()) {
        if (!isDigits(u.selfServiceId))
            return refuse("selfServiceUserId", QT_TRANSLATE_NOOP("Cluster", "Self-Service User ID must be digits only."));
        for (const auto &[id, other] : m_users)
            if (id != u.id && other.selfServiceId == u.selfServiceId)
                return refuse("selfServiceUserId", QT_TRANSLATE_NOOP("Cluster", "Self-Service User ID %1 is already used by %2."),
                              {u.selfServiceId, other.userId});
    }
    if (!u.primaryExtension.isEmpty() && !deviceForDn(u.primaryExtension))
        return refuse("primaryExtension", QT_TRANSLATE_NOOP("Cluster", "Primary Extension %1 is not a directory number of this cluster."), {u.primaryExtension});
    QSet<qint64> seen;
    for (qint64 pid : u.controlledProfiles) {
        const Device *p = device(pid);
        if (!p || p->isPhone())
            return refuse("controlledProfiles", QT_TRANSLATE_NOOP("Cluster", "Controlled Profiles may list only existing device profiles."));
        if (seen.contains(pid))
            return refuse("controlledProfiles", QT_TRANSLATE_NOOP("Cluster", "%1 is listed twice in Controlled Profiles."), {p->name});
        seen.insert(pid);
    }
    if (u.defaultProfileId != 0 && !u.controlledProfiles.contains(u.defaultProfileId))
        return refuse("defaultProfile", QT_TRANSLATE_NOOP("Cluster", "Default Profile must be one of the Controlled Profiles."));
    if (!Locales::all().contains(u.locale))
        return refuse("userLocale", QT_TRANSLATE_NOOP("Cluster", "%1 is not an installed locale."), {u.locale});
    if (u.id != 0) {
        if (!endUser(u.id))
            return refuse("", QT_TRANSLATE_NOOP("Cluster", "This end user no longer exists."));
        for (const EmLogin &l : loginsOfUser(u.id)) {
            if (!u.controlledProfiles.contains(l.profileId)) {
                const Device *p = device(l.profileId);
                const Device *phone = device(l.deviceId);
                return refuse("controlledProfiles", QT_TRANSLATE_NOOP("Cluster", "%1 cannot be removed from Controlled Profiles: the user is logged in with it on %2."),
                              {p ? p->name : QString(), phone ? phone->name : QString()});
            }
        }
    }
    return {};
}

Refusal Cluster::saveEndUser(EndUser &user, const QString &newPin, const QString &newPassword)
{
    EndUser u = user;
    u.userId = u.userId.trimmed();
    u.firstName = u.firstName.trimmed();
    u.lastName = u.lastName.trimmed();
    u.selfServiceId = u.selfServiceId.trimmed();
    u.primaryExtension = u.primaryExtension.trimmed();
    if (Refusal r = validateEndUser(u))
        return r;
    // a new user needs a PIN, or the digest of one (bulk provisioning)
    if (u.id == 0 && newPin.isEmpty() && !u.pinHash.startsWith(QLatin1String("pbkdf2-sha256$")))
        return refuse("pin", QT_TRANSLATE_NOOP("Cluster", "PIN is required for a new end user."));
    if (!newPin.isEmpty()) {
        if (!isDigits(newPin))
            return refuse("pin", QT_TRANSLATE_NOOP("Cluster", "PIN must be digits only."));
        if (newPin.size() > 128)
            return refuse("pin", QT_TRANSLATE_NOOP("Cluster", "PIN can be at most 128 digits."));
        u.pinHash = CredentialHasher::hash(newPin);
    }
    if (!newPassword.isEmpty())
        u.passwordHash = CredentialHasher::hash(newPassword);
    const bool adding = u.id == 0;
    const QString oldUserId = adding ? QString() : endUser(u.id)->userId;
    const AuditEntry entry = auditEntry(adding ? "add" : "update", QStringLiteral("End User"), u.userId,
                                        adding ? Fields{} : userFields(*this, *endUser(u.id)), userFields(*this, u));
    if (!write([&] { return adding ? m_db->insertEndUser(u) : m_db->updateEndUser(u); }, entry))
        return databaseRefusal();
    if (!adding)
        m_userByUserId.remove(oldUserId.toLower());
    m_users[u.id] = u;
    m_userByUserId.insert(u.userId.toLower(), u.id);
    user = u;
    if (adding)
        emit entityAdded(Entity::EndUser, u.id);
    else
        emit entityChanged(Entity::EndUser, u.id);
    return {};
}

Refusal Cluster::deleteEndUser(qint64 id)
{
    const EndUser *u = endUser(id);
    if (!u)
        return refuse("", QT_TRANSLATE_NOOP("Cluster", "This end user no longer exists."));
    if (!loginsOfUser(id).isEmpty())
        return refuse("", QT_TRANSLATE_NOOP("Cluster", "%1 cannot be deleted while logged in to a phone. Log the user out first."), {u->userId});
    if (!write([&] { return m_db->deleteEndUser(id); }, auditEntry("delete", QStringLiteral("End User"), u->userId, userFields(*this, *u), {})))
        return databaseRefusal();
    for (auto &[gid, g] : m_groups)
        if (g.endUsers.removeAll(id) > 0)
            emit entityChanged(Entity::AccessControlGroup, gid);
    m_userByUserId.remove(u->userId.toLower());
    m_users.erase(id);
    m_credentialStatus.remove({int(CredentialKind::EndUserPin), id});
    m_credentialStatus.remove({int(CredentialKind::EndUserPassword), id});
    emit entityRemoved(Entity::EndUser, id);
    return {};
}

// ---- application users ----------------------------------------------------------------------

Refusal Cluster::saveApplicationUser(ApplicationUser &user, const QString &newPassword)
{
    ApplicationUser u = user;
    u.userId = u.userId.trimmed();
    if (u.userId.isEmpty())
        return refuse("userId", QT_TRANSLATE_NOOP("Cluster", "User ID is required."));
    static const QRegularExpression allowed(QStringLiteral("^[A-Za-z0-9._@-]{1,128}$"));
    if (!allowed.match(u.userId).hasMatch())
        return refuse("userId", QT_TRANSLATE_NOOP("Cluster", "User ID may contain only letters, digits, dots, hyphens, underscores and @."));
    if (const ApplicationUser *other = applicationUserByUserId(u.userId); other && other->id != u.id)
        return refuse("userId", QT_TRANSLATE_NOOP("Cluster", "An application user with User ID %1 already exists."), {other->userId});
    if (endUserByUserId(u.userId))
        return refuse("userId", QT_TRANSLATE_NOOP("Cluster", "User ID %1 is already used by an end user."), {u.userId});
    if (u.id == 0 && newPassword.isEmpty())
        return refuse("password", QT_TRANSLATE_NOOP("Cluster", "Password is required for a new application user."));
    if (!newPassword.isEmpty())
        u.passwordHash = CredentialHasher::hash(newPassword);
    const bool adding = u.id == 0;
    if (!adding && !applicationUser(u.id))
        return refuse("", QT_TRANSLATE_NOOP("Cluster", "This application user no longer exists."));
    const Fields appBefore = adding ? Fields{}
                                    : Fields{{QStringLiteral("User ID"), applicationUser(u.id)->userId},
                                             {QStringLiteral("Password"), applicationUser(u.id)->passwordHash}};
    const AuditEntry entry = auditEntry(adding ? "add" : "update", QStringLiteral("Application User"), u.userId, appBefore,
                                        {{QStringLiteral("User ID"), u.userId}, {QStringLiteral("Password"), u.passwordHash}});
    if (!write([&] { return adding ? m_db->insertApplicationUser(u) : m_db->updateApplicationUser(u); }, entry))
        return databaseRefusal();
    m_appUsers[u.id] = u;
    user = u;
    if (adding)
        emit entityAdded(Entity::ApplicationUser, u.id);
    else
        emit entityChanged(Entity::ApplicationUser, u.id);
    return {};
}

Refusal Cluster::deleteApplicationUser(qint64 id)
{
    if (!applicationUser(id))
        return refuse("", QT_TRANSLATE_NOOP("Cluster", "This application user no longer exists."));
    const QString appUserId = applicationUser(id)->userId;
    if (!write([&] { return m_db->deleteApplicationUser(id); },
               auditEntry("delete", QStringLiteral("Application User"), appUserId, {{QStringLiteral("User ID"), appUserId}}, {})))
        return databaseRefusal();
    for (auto &[gid, g] : m_groups)
        if (g.applicationUsers.removeAll(id) > 0)
            emit entityChanged(Entity::AccessControlGroup, gid);
    m_appUsers.erase(id);
    m_credentialStatus.remove({int(CredentialKind::ApplicationUserPassword), id});
    emit entityRemoved(Entity::ApplicationUser, id);
    return {};
}

// ---- access control groups ------------------------------------------------------------------

Refusal Cluster::saveAccessControlGroup(AccessControlGroup &group)
{
    AccessControlGroup g = group;
    g.name = g.name.trimmed();
    if (g.name.isEmpty())
        return refuse("name", QT_TRANSLATE_NOOP("Cluster", "Name is required."));
    if (g.name.size() > 128)
        return refuse("name", QT_TRANSLATE_NOOP("Cluster", "Name can be at most 128 characters."));
    if (const AccessControlGroup *other = accessControlGroupByName(g.name); other && other->id != g.id)
        return refuse("name", QT_TRANSLATE_NOOP("Cluster", "An access control group named %1 already exists."), {other->name});
    const bool adding = g.id == 0;
    if (adding) {
        g.standard = false;
    } else {
        const AccessControlGroup *old = accessControlGroup(g.id);
        if (!old)
            return refuse("", QT_TRANSLATE_NOOP("Cluster", "This access control group no longer exists."));
        g.standard = old->standard;
        if (old->standard && old->name != g.name)
            return refuse("name", QT_TRANSLATE_NOOP("Cluster", "%1 is a standard group: it cannot be renamed."), {old->name});
    }
    for (qint64 uid : g.endUsers)
        if (!endUser(uid))
            return refuse("members", QT_TRANSLATE_NOOP("Cluster", "A member of the group is not an end user of this cluster."));
    for (qint64 uid : g.applicationUsers)
        if (!applicationUser(uid))
            return refuse("members", QT_TRANSLATE_NOOP("Cluster", "A member of the group is not an application user of this cluster."));
    const AuditEntry entry = auditEntry(adding ? "add" : "update", QStringLiteral("Access Control Group"), g.name,
                                        adding ? Fields{} : groupFields(*this, *accessControlGroup(g.id)), groupFields(*this, g));
    if (!write([&] { return adding ? m_db->insertAccessControlGroup(g) : m_db->updateAccessControlGroup(g); }, entry))
        return databaseRefusal();
    m_groups[g.id] = g;
    group = g;
    if (adding)
        emit entityAdded(Entity::AccessControlGroup, g.id);
    else
        emit entityChanged(Entity::AccessControlGroup, g.id);
    return {};
}

Refusal Cluster::deleteAccessControlGroup(qint64 id)
{
    const AccessControlGroup *g = accessControlGroup(id);
    if (!g)
        return refuse("", QT_TRANSLATE_NOOP("Cluster", "This access control group no longer exists."));
    if (g->standard)
        return refuse("", QT_TRANSLATE_NOOP("Cluster", "%1 is a standard group: it cannot be deleted."), {g->name});
    if (!write([&] { return m_db->deleteAccessControlGroup(id); },
               auditEntry("delete", QStringLiteral("Access Control Group"), g->name, groupFields(*this, *g), {})))
        return databaseRefusal();
    m_groups.erase(id);
    emit entityRemoved(Entity::AccessControlGroup, id);
    return {};
}

Refusal Cluster::addEndUserToGroup(const QString &groupName, qint64 userId)
{
    const AccessControlGroup *g = accessControlGroupByName(groupName);
    if (!g)
        return refuse("group", QT_TRANSLATE_NOOP("Cluster", "There is no access control group named %1."), {groupName});
    if (!endUser(userId))
        return refuse("user", QT_TRANSLATE_NOOP("Cluster", "This end user no longer exists."));
    if (g->endUsers.contains(userId))
        return {};
    AccessControlGroup changed = *g;
    changed.endUsers.append(userId);
    return saveAccessControlGroup(changed);
}

Refusal Cluster::removeEndUserFromGroup(const QString &groupName, qint64 userId)
{
    const AccessControlGroup *g = accessControlGroupByName(groupName);
    if (!g)
        return refuse("group", QT_TRANSLATE_NOOP("Cluster", "There is no access control group named %1."), {groupName});
    if (!g->endUsers.contains(userId))
        return {};
    AccessControlGroup changed = *g;
    changed.endUsers.removeAll(userId);
    return saveAccessControlGroup(changed);
}

Refusal Cluster::addApplicationUserToGroup(const QString &groupName, qint64 userId)
{
    const AccessControlGroup *g = accessControlGroupByName(groupName);
    if (!g)
        return refuse("group", QT_TRANSLATE_NOOP("Cluster", "There is no access control group named %1."), {groupName});
    if (!applicationUser(userId))
        return refuse("user", QT_TRANSLATE_NOOP("Cluster", "This application user no longer exists."));
    if (g->applicationUsers.contains(userId))
        return {};
    AccessControlGroup changed = *g;
    changed.applicationUsers.append(userId);
    return saveAccessControlGroup(changed);
}

// ---- parameters -----------------------------------------------------------------------------

Refusal Cluster::setServiceParameter(const QString &service, const QString &name, const QString &value)
{
    const ParameterCatalog::Parameter *p = ParameterCatalog::find(service, name);
    if (!p || service.isEmpty())
        return refuse("parameter", QT_TRANSLATE_NOOP("Cluster", "%1 has no service parameter named %2."), {service, name});
    QString canonical;
    if (Refusal r = ParameterCatalog::validate(*p, value, &canonical))
        return r;
    if (serviceParameter(service, name) == canonical)
        return {};
    if (!write([&] { return m_db->setServiceParameter(service, name, canonical); },
               auditEntry("update", QStringLiteral("Service Parameter"), service, {{name, serviceParameter(service, name)}}, {{name, canonical}})))
        return databaseRefusal();
    m_serviceParameters.insert(ClusterDatabase::serviceParameterKey(service, name), canonical);
    emit parameterChanged(service, name);
    // Unified CM turns enforcement on when a valid maximum login time is set (FCG-EM).
    if (name == Params::MaxLoginTime && ParameterCatalog::parseDurationMinutes(canonical) > 0
        && serviceParameter(service, Params::EnforceMaxLoginTime) == QLatin1String("False"))
        return setServiceParameter(service, Params::EnforceMaxLoginTime, QStringLiteral("True"));
    return {};
}

Refusal Cluster::setEnterpriseParameter(const QString &name, const QString &value)
{
    const ParameterCatalog::Parameter *p = ParameterCatalog::find(QString(), name);
    if (!p)
        return refuse("parameter", QT_TRANSLATE_NOOP("Cluster", "There is no enterprise parameter named %1."), {name});
    QString canonical;
    if (Refusal r = ParameterCatalog::validate(*p, value, &canonical))
        return r;
    if (enterpriseParameter(name) == canonical)
        return {};
    if (name == Params::ClusterId && m_clusterIdInUse && m_clusterIdInUse(canonical))
        return refuse(qPrintable(Params::ClusterId), QT_TRANSLATE_NOOP("Cluster", "Cluster ID %1 is already used by another cluster; it must be unique in the ILS network."), {canonical});
    if (!write([&] { return m_db->setEnterpriseParameter(name, canonical); },
               auditEntry("update", QStringLiteral("Enterprise Parameter"), name, {{name, enterpriseParameter(name)}}, {{name, canonical}})))
        return databaseRefusal();
    m_enterpriseParameters.insert(name, canonical);
    emit parameterChanged(QString(), name);
    return {};
}

// ---- credential policy ----------------------------------------------------------------------

CredentialPolicy Cluster::credentialPolicy(CredentialKind kind) const
{
    CredentialPolicy p = m_credentialPolicies.value(int(kind));
    p.kind = kind;
    return p;
}

Refusal Cluster::saveCredentialPolicy(const CredentialPolicy &policy)
{
    if (policy.failedLogon < 0 || policy.failedLogon > 100)
        return refuse("failedLogon", QT_TRANSLATE_NOOP("Cluster", "Failed Logon must be a number from 1 to 100, or 0 for No Limit for Failed Logons."));
    if (policy.resetMinutes < 1 || policy.resetMinutes > 120)
        return refuse("resetMinutes", QT_TRANSLATE_NOOP("Cluster", "Reset Failed Logon Attempts Every must be a number of minutes from 1 to 120."));
    if (!policy.adminMustUnlock && (policy.lockoutMinutes < 1 || policy.lockoutMinutes > 1440))
        return refuse("lockoutMinutes", QT_TRANSLATE_NOOP("Cluster", "Lockout Duration must be a number of minutes from 1 to 1440, or check Administrator Must Unlock."));
    CredentialPolicy p = policy;
    if (p.lockoutMinutes < 1 || p.lockoutMinutes > 1440) // kept for when the box is unchecked again
        p.lockoutMinutes = credentialPolicy(p.kind).lockoutMinutes;
    if (p == credentialPolicy(p.kind))
        return {};
    if (!write([&] { return m_db->setCredentialPolicy(p); }))
        return databaseRefusal();
    m_credentialPolicies.insert(int(p.kind), p);
    emit credentialPolicyChanged(p.kind);
    return {};
}

CredentialStatus Cluster::credentialStatus(CredentialKind kind, qint64 userId, qint64 now) const
{
    return CredentialLockout::effective(credentialPolicy(kind), m_credentialStatus.value({int(kind), userId}), now);
}

bool Cluster::isCredentialLocked(CredentialKind kind, qint64 userId, qint64 now) const
{
    return credentialStatus(kind, userId, now).locked;
}

Cluster::CredentialCheck Cluster::recordCredentialCheck(CredentialKind kind, qint64 userId, bool matched, qint64 now)
{
    const QPair<int, qint64> key{int(kind), userId};
    const CredentialPolicy policy = credentialPolicy(kind);
    const CredentialStatus before = m_credentialStatus.value(key);
    const CredentialStatus current = CredentialLockout::effective(policy, before, now);
    if (current.locked)
        return CredentialCheck::Locked;
    const CredentialStatus after = matched ? CredentialStatus() : CredentialLockout::afterFailure(policy, current, now);
    if (after != before) {
        // The lock holds in memory even if the database cannot store it (stricter, not looser).
        write([&] { return m_db->setCredentialStatus(kind, userId, after); });
        if (after == CredentialStatus())
            m_credentialStatus.remove(key);
        else
            m_credentialStatus.insert(key, after);
        emit credentialStatusChanged(kind, userId);
    }
    if (matched)
        return CredentialCheck::Accepted;
    return after.locked ? CredentialCheck::LockedNow : CredentialCheck::Refused;
}

Refusal Cluster::unlockCredential(CredentialKind kind, qint64 userId)
{
    const bool app = kind == CredentialKind::ApplicationUserPassword;
    if (app ? !applicationUser(userId) : !endUser(userId))
        return refuse("", app ? QT_TRANSLATE_NOOP("Cluster", "This application user no longer exists.")
                              : QT_TRANSLATE_NOOP("Cluster", "This end user no longer exists."));
    const QPair<int, qint64> key{int(kind), userId};
    if (!m_credentialStatus.contains(key))
        return {};
    if (!write([&] { return m_db->setCredentialStatus(kind, userId, {}); }))
        return databaseRefusal();
    m_credentialStatus.remove(key);
    emit credentialStatusChanged(kind, userId);
    emit credentialUnlocked(kind, userId);
    return {};
}

// ---- Extension Mobility state ---------------------------------------------------------------

QList<EmLogin> Cluster::emLogins() const { return values(m_logins); }
const EmLogin *Cluster::loginOnDevice(qint64 deviceId) const { return lookup(m_logins, deviceId); }

QList<EmLogin> Cluster::loginsOfUser(qint64 userId) const
{
    QList<EmLogin> out;
    for (const auto &[did, l] : m_logins)
        if (l.userId == userId)
            out.append(l);
    return out;
}

Refusal Cluster::recordLogin(const EmLogin &login)
{
    const Device *phone = device(login.deviceId);
    const Device *profile = device(login.profileId);
    if (!phone || !phone->isPhone() || !profile || profile->isPhone() || !endUser(login.userId))
        return refuse("", QT_TRANSLATE_NOOP("Cluster", "The login names a phone, profile or user that does not exist."));
    rememberForUndo(login.deviceId);
    const EndUser *who = endUser(login.userId);
    AuditEntry entry = auditEntry("login", QStringLiteral("Extension Mobility"), phone->name, {},
                                  {{QStringLiteral("User ID"), who->userId}, {QStringLiteral("Device Profile"), profile->name}});
    if (!writeGrouped([&] { return m_db->upsertEmLogin(login); }, entry))
        return databaseRefusal();
    m_logins[login.deviceId] = login;
    emit loginChanged(login.deviceId);
    return {};
}

Refusal Cluster::recordLogout(qint64 deviceId)
{
    if (!m_logins.count(deviceId))
        return {};
    rememberForUndo(deviceId);
    const EmLogin &was = m_logins.at(deviceId);
    const EndUser *who = endUser(was.userId);
    const Device *phone = device(deviceId);
    const Device *profile = device(was.profileId);
    const AuditEntry entry = auditEntry("logout", QStringLiteral("Extension Mobility"), phone ? phone->name : QString(),
                                        {{QStringLiteral("User ID"), who ? who->userId : QString()},
                                         {QStringLiteral("Device Profile"), profile ? profile->name : QString()}}, {});
    if (!writeGrouped([&] { return m_db->deleteEmLogin(deviceId); }, entry))
        return databaseRefusal();
    m_logins.erase(deviceId);
    emit loginChanged(deviceId);
    return {};
}
