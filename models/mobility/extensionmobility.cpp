#include "extensionmobility.h"

#include "catalog/parametercatalog.h"
#include "catalog/servicecatalog.h"
#include "cluster/cluster.h"
#include "cluster/ucmrelease.h"
#include "core/clock.h"
#include "events/counters.h"
#include "events/eventlog.h"
#include "ils/ilsnetwork.h"
#include "mobility/registrar.h"
#include "security/credentiallockout.h"
#include "security/credentialverifier.h"

#include <QUrl>

namespace {
Message emText(const char *source, QStringList args = {})
{
    return Message("ExtensionMobility", source, std::move(args));
}
}

ExtensionMobility::ExtensionMobility(Cluster *cluster, const Collaborators &with, QObject *parent)
    : QObject(parent), m_cluster(cluster), m_clock(with.clock), m_events(with.events), m_counters(with.counters),
      m_ils(with.ils), m_registrar(with.registrar), m_verifier(with.verifier)
{
    Q_ASSERT(m_clock && m_events && m_counters && m_ils && m_registrar && m_verifier);
    connect(cluster, &Cluster::loginsUndone, this, &ExtensionMobility::loginsUndone);
    connect(cluster, &Cluster::credentialUnlocked, this, &ExtensionMobility::credentialUnlocked);
}

EmResult ExtensionMobility::failure(int code, const char *detail, QStringList args) const
{
    EmResult r = EmResult::failure(code, detail ? emText(detail, std::move(args)) : Message());
    r.cluster = m_cluster->name();
    return r;
}

bool ExtensionMobility::isSuperUser(qint64 userId) const
{
    return m_cluster->isEndUserInGroup(userId, Groups::RoamingSuperUsers);
}

void ExtensionMobility::record(LabEvent::Type type, const EmResult &r, Message message)
{
    LabEvent e;
    e.type = type;
    e.cluster = m_cluster->name();
    e.device = r.device;
    e.user = r.userId;
    e.code = r.code;
    e.message = message.isEmpty() ? r.detail : message;
    m_events->append(std::move(e));
}

// ---- request flow ---------------------------------------------------------------------------

// What EMApp checks before it reaches EMService: the URL, the login type, the service, blanks.
EmResult ExtensionMobility::precheck(const EmLoginRequest *login, const QString &deviceName) const
{
    if (deviceName.trimmed().isEmpty())
        return failure(EmCode::DeviceNameEmpty, QT_TRANSLATE_NOOP("ExtensionMobility", "The request names no device: check the Extension Mobility service URL (…?device=#DEVICENAME#)."));
    if (login && login->loginType != QLatin1String("UID") && login->loginType != QLatin1String("DN")
        && login->loginType != QLatin1String("SP"))
        return failure(EmCode::LoginTypeInvalid, QT_TRANSLATE_NOOP("ExtensionMobility", "loginType=%1 is not UID, DN or SP (the URL is case sensitive)."), {login->loginType});
    if (!m_cluster->isServiceRunningAnywhere(Services::ExtensionMobility))
        return failure(EmCode::EmServiceConnectionError, QT_TRANSLATE_NOOP("ExtensionMobility", "Cisco Extension Mobility is not running on any server of %1."), {m_cluster->name()});
    if (login && (login->id.trimmed().isEmpty() || (!login->proxy && login->pin.isEmpty())))
        return failure(EmCode::BlankUserIdOrPin, QT_TRANSLATE_NOOP("ExtensionMobility", "The user ID or the PIN was left blank."));
    return {};
}

bool ExtensionMobility::admit(EmResult *refused)
{
    Counters *c = m_counters;
    const QString name = m_cluster->name();
    c->add(name, CounterNames::TotalRequestsAttempted);
    const int max = m_cluster->serviceParameter(Services::ExtensionMobility, Params::MaxConcurrentRequests).toInt();
    if (max > 0 && m_inProgress >= max) {
        *refused = failure(EmCode::Busy, QT_TRANSLATE_NOOP("ExtensionMobility", "%1 login/logout requests are already in progress on %2 (Maximum Concurrent Requests = %3)."),
                           {QString::number(m_inProgress), name, QString::number(max)});
        c->add(name, CounterNames::RequestsThrottled);
        c->add(name, CounterNames::RequestsHandled);
        record(LabEvent::Type::Throttled, *refused);
        return false;
    }
    ++m_inProgress;
    c->set(name, CounterNames::RequestsInProgress, m_inProgress);
    return true;
}

void ExtensionMobility::finish(bool isLogin, const EmResult &r, const Callback &done)
{
    if (isLogin)
        emit loginFinished(r);
    else
        emit logoutFinished(r);
    if (done)
        done(r);
}

void ExtensionMobility::login(const EmLoginRequest &request, Callback done)
{
    EmResult r = precheck(&request, request.deviceName);
    if (r.status == EmResult::Status::Failure) {
        r.device = request.deviceName;
        m_counters->add(m_cluster->name(), CounterNames::TotalRequestsAttempted);
        m_counters->add(m_cluster->name(), CounterNames::RequestsHandled);
        record(LabEvent::Type::LoginFailed, r);
        finish(true, r, done);
        return;
    }
    if (!admit(&r)) {
        r.device = request.deviceName;
        finish(true, r, done);
        return;
    }
    auto complete = [this, request, done] {
        // The PIN is checked first, off the serving thread; the request stays in progress.
        checkPin(request, false, [this, request, done](const PinCheck &pin) {
            --m_inProgress;
            m_counters->set(m_cluster->name(), CounterNames::RequestsInProgress, m_inProgress);
            m_counters->add(m_cluster->name(), CounterNames::RequestsHandled);
            finish(true, evaluateLogin(request, pin), done);
        });
    };
    const qint64 ms = m_processingMs;
    if (ms <= 0)
        complete();
    else
        m_clock->schedule(ms, this, complete, requestInfo(request.deviceName, request.id));
}

void ExtensionMobility::logout(const QString &deviceName, Callback done)
{
    EmResult r = precheck(nullptr, deviceName);
    if (r.status == EmResult::Status::Failure) {
        r.device = deviceName;
        m_counters->add(m_cluster->name(), CounterNames::TotalRequestsAttempted);
        m_counters->add(m_cluster->name(), CounterNames::RequestsHandled);
        record(LabEvent::Type::LogoutFailed, r);
        finish(false, r, done);
        return;
    }
    if (!admit(&r)) {
        r.device = deviceName;
        finish(false, r, done);
        return;
    }
    auto complete = [this, deviceName, done] {
        --m_inProgress;
        m_counters->set(m_cluster->name(), CounterNames::RequestsInProgress, m_inProgress);
        m_counters->add(m_cluster->name(), CounterNames::RequestsHandled);
        finish(false, evaluateLogout(deviceName), done);
    };
    const qint64 ms = m_processingMs;
    if (ms <= 0)
        complete();
    else
        m_clock->schedule(ms, this, complete, requestInfo(deviceName, deviceUser(deviceName).userId));
}

TaskInfo ExtensionMobility::requestInfo(const QString &deviceName, const QString &userId) const
{
    TaskInfo info;
    info.kind = TaskInfo::Kind::EmRequest;
    info.cluster = m_cluster->name();
    info.phone = deviceName;
    info.user = userId;
    return info;
}

EmResult ExtensionMobility::loginNow(const EmLoginRequest &request)
{
    EmResult r = precheck(&request, request.deviceName);
    if (r.status == EmResult::Status::Failure)
        return r;
    m_counters->add(m_cluster->name(), CounterNames::TotalRequestsAttempted);
    m_counters->add(m_cluster->name(), CounterNames::RequestsHandled);
    PinCheck pin;
    checkPin(request, true, [&pin](const PinCheck &p) { pin = p; });
    return evaluateLogin(request, pin);
}

void ExtensionMobility::noteApiCaller(const QString &deviceName, const QString &appUserId)
{
    if (const Device *phone = m_cluster->deviceByName(deviceName))
        m_apiCallers.insert(phone->id, appUserId);
}

EmResult ExtensionMobility::logoutNow(const QString &deviceName)
{
    EmResult r = precheck(nullptr, deviceName);
    if (r.status == EmResult::Status::Failure)
        return r;
    m_counters->add(m_cluster->name(), CounterNames::TotalRequestsAttempted);
    m_counters->add(m_cluster->name(), CounterNames::RequestsHandled);
    return evaluateLogout(deviceName);
}

// ---- EMService: login -----------------------------------------------------------------------

const EndUser *ExtensionMobility::loginUser(const EmLoginRequest &req) const
{
    const QString id = req.id.trimmed();
    if (req.loginType == QLatin1String("UID"))
        return m_cluster->endUserByUserId(id);
    const bool byDn = req.loginType == QLatin1String("DN");
    const EndUser *found = nullptr;
    for (const EndUser &u : m_cluster->endUsers())
        if ((byDn ? u.primaryExtension : u.selfServiceId) == id) {
            if (found)
                return nullptr;
            found = m_cluster->endUser(u.id);
        }
    return found;
}

void ExtensionMobility::checkSecret(const QString &secret, const QStringList &digests, bool now, QObject *context,
                                    std::function<void(const QList<bool> &)> done)
{
    const qint64 t = m_clock->now();
    for (int i = 0; i < digests.size(); ++i)
        if (m_cache.lookup(secret, digests[i], t)) {
            QList<bool> matched(digests.size(), false);
            matched[i] = true;
            done(matched);
            return;
        }
    QPointer<ExtensionMobility> self(this);
    m_verifier->verify(secret, digests, context, [self, secret, digests, done](const QList<bool> &matched) {
        if (self)
            for (int i = 0; i < digests.size(); ++i)
                if (matched.value(i) && !digests[i].isEmpty())
                    self->m_cache.remember(secret, digests[i], self->m_clock->now());
        done(matched);
    }, now);
}

void ExtensionMobility::checkPin(const EmLoginRequest &req, bool now, std::function<void(const PinCheck &)> done)
{
    if (req.proxy) {
        done({});
        return;
    }
    // An unknown user costs the same derivation as a known one (the dummy digest).
    const EndUser *user = loginUser(req);
    const QString digest = user ? user->pinHash : QString();
    checkSecret(req.pin, {digest}, now, this, [done, digest](const QList<bool> &matched) {
        done({matched.value(0) && !digest.isEmpty(), digest});
    });
}

void ExtensionMobility::noteCredentialRefused(CredentialKind kind, qint64 id, const QString &userId, int check, bool viaApi)
{
    Counters *c = m_counters;
    const QString name = m_cluster->name();
    const auto result = Cluster::CredentialCheck(check);
    if (result != Cluster::CredentialCheck::Locked)
        c->add(name, CounterNames::FailedLogons);
    else
        c->add(name, CounterNames::LockedLogons);
    const CredentialPolicy policy = m_cluster->credentialPolicy(kind);
    const bool pin = kind == CredentialKind::EndUserPin;
    if (viaApi && result != Cluster::CredentialCheck::Locked) {
        LabEvent e;
        e.type = LabEvent::Type::CredentialFailed;
        e.cluster = name;
        e.user = userId;
        e.code = EmCode::InvalidAppUser;
        const QStringList args{userId, QString::number(m_cluster->credentialStatus(kind, id, m_clock->now()).failedCount)};
        e.message = pin ? emText(QT_TRANSLATE_NOOP("ExtensionMobility", "Wrong PIN for %1 in an EM API request (wrong tries: %2)."), args)
                        : emText(QT_TRANSLATE_NOOP("ExtensionMobility", "Wrong password for %1 in an EM API request (wrong tries: %2)."), args);
        m_events->append(std::move(e));
    }
    if (result == Cluster::CredentialCheck::LockedNow) {
        c->add(name, CounterNames::CredentialLockouts);
        LabEvent e;
        e.type = LabEvent::Type::CredentialLocked;
        e.cluster = name;
        e.user = userId;
        const QStringList args{userId, QString::number(policy.failedLogon), QString::number(policy.lockoutMinutes)};
        if (policy.adminMustUnlock)
            e.message = pin ? emText(QT_TRANSLATE_NOOP("ExtensionMobility", "The PIN of %1 is locked after %2 wrong tries (Credential Policy: Failed Logon); an administrator must unlock it on the End User page."), args)
                            : emText(QT_TRANSLATE_NOOP("ExtensionMobility", "The password of %1 is locked after %2 wrong tries (Credential Policy: Failed Logon); an administrator must unlock it on the End User or Application User page."), args);
        else
            e.message = pin ? emText(QT_TRANSLATE_NOOP("ExtensionMobility", "The PIN of %1 is locked after %2 wrong tries (Credential Policy: Failed Logon) for %3 minutes, or until an administrator unlocks it."), args)
                            : emText(QT_TRANSLATE_NOOP("ExtensionMobility", "The password of %1 is locked after %2 wrong tries (Credential Policy: Failed Logon) for %3 minutes, or until an administrator unlocks it."), args);
        m_events->append(std::move(e));
    }
}

void ExtensionMobility::credentialUnlocked(CredentialKind kind, qint64 userId)
{
    const bool app = kind == CredentialKind::ApplicationUserPassword;
    const ApplicationUser *a = app ? m_cluster->applicationUser(userId) : nullptr;
    const EndUser *u = app ? nullptr : m_cluster->endUser(userId);
    LabEvent e;
    e.type = LabEvent::Type::CredentialUnlocked;
    e.cluster = m_cluster->name();
    e.user = a ? a->userId : u ? u->userId : QString();
    e.message = kind == CredentialKind::EndUserPin
        ? emText(QT_TRANSLATE_NOOP("ExtensionMobility", "An administrator unlocked the PIN of %1."), {e.user})
        : emText(QT_TRANSLATE_NOOP("ExtensionMobility", "An administrator unlocked the password of %1."), {e.user});
    m_events->append(std::move(e));
}

EmResult ExtensionMobility::evaluateLogin(const EmLoginRequest &req, const PinCheck &pin)
{
    auto failed = [&](EmResult r) {
        r.device = req.deviceName;
        if (r.userId.isEmpty())
            r.userId = req.id;
        record(LabEvent::Type::LoginFailed, r);
        return r;
    };
    if (m_cluster->isDatabaseFailing())
        return failed(failure(EmCode::DatabaseError, QT_TRANSLATE_NOOP("ExtensionMobility", "The database of %1 failed while handling the request."), {m_cluster->name()}));
    const Device *phone = m_cluster->deviceByName(req.deviceName);
    if (!phone || !phone->isPhone())
        return failed(failure(EmCode::DeviceDoesNotExist, QT_TRANSLATE_NOOP("ExtensionMobility", "%1 has no phone named %2."), {m_cluster->name(), req.deviceName}));
    if (!phone->emEnabled)
        return failed(failure(EmCode::DeviceLogonDisabled, QT_TRANSLATE_NOOP("ExtensionMobility", "Enable Extension Mobility is unchecked on %1 (Device > Phone)."), {phone->name}));

    // Who is logging in: by user ID, Primary Extension or Self-Service User ID.
    const EndUser *user = nullptr;
    const QString id = req.id.trimmed();
    if (req.loginType == QLatin1String("UID")) {
        user = m_cluster->endUserByUserId(id);
        if (!user) {
            if (req.proxy)
                return failed(failure(EmCode::UserNotFound, QT_TRANSLATE_NOOP("ExtensionMobility", "%1 has no end user %2."), {m_cluster->name(), id}));
            return failed(failure(EmCode::AuthenticationError, QT_TRANSLATE_NOOP("ExtensionMobility", "The user ID or PIN is not correct.")));
        }
    } else {
        const bool byDn = req.loginType == QLatin1String("DN");
        QList<const EndUser *> matches;
        for (const EndUser &u : m_cluster->endUsers())
            if ((byDn ? u.primaryExtension : u.selfServiceId) == id)
                matches.append(m_cluster->endUser(u.id));
        if (matches.isEmpty())
            return failed(byDn ? failure(EmCode::UserNotFound, QT_TRANSLATE_NOOP("ExtensionMobility", "No end user of %1 has %2 as Primary Extension."), {m_cluster->name(), id})
                               : failure(EmCode::UserNotFound, QT_TRANSLATE_NOOP("ExtensionMobility", "No end user of %1 has %2 as Self-Service User ID."), {m_cluster->name(), id}));
        if (matches.size() > 1) {
            QStringList ids;
            for (const EndUser *u : matches)
                ids.append(u->userId);
            return failed(failure(EmCode::DnHasMultipleUsers, QT_TRANSLATE_NOOP("ExtensionMobility", "%1 is the Primary Extension of several users (%2)."), {id, ids.join(QLatin1String(", "))}));
        }
        user = matches.first();
    }
    const QString userId = user->userId;
    if (!req.proxy) {
        // Credential policy: a locked PIN is refused even when right; wrong ones count.
        const bool matched = pin.matched && pin.digest == user->pinHash;
        const Cluster::CredentialCheck check = m_cluster->recordCredentialCheck(CredentialKind::EndUserPin, user->id, matched, m_clock->now());
        if (check != Cluster::CredentialCheck::Accepted) {
            noteCredentialRefused(CredentialKind::EndUserPin, user->id, userId, int(check), false);
            EmResult r = check == Cluster::CredentialCheck::Locked
                ? failure(EmCode::AuthenticationError, QT_TRANSLATE_NOOP("ExtensionMobility", "The PIN of %1 is locked after too many wrong tries (Credential Policy); it is refused until the lockout ends or an administrator unlocks it (End User page)."), {userId})
                : failure(EmCode::AuthenticationError, QT_TRANSLATE_NOOP("ExtensionMobility", "The user ID or PIN is not correct."));
            r.userId = userId;
            return failed(r);
        }
    }

    // Roaming: only the home cluster, unless the user is a roaming super user.
    const bool superUser = isSuperUser(user->id);
    if (!user->homeCluster && !superUser) {
        EmResult r = failure(EmCode::PolicyValidation, QT_TRANSLATE_NOOP("ExtensionMobility", "%1 is not the home cluster of %2, and %2 is not in Standard EM Roaming Across Clusters Super Users: only super users may log in away from home."),
                             {m_cluster->name(), userId});
        r.userId = userId;
        return failed(r);
    }
    // A release before 12.0(1)SU1 has no EM Roaming Across Clusters: it treats a visiting super
    // user as any user away from home (the same Policy Validation error, 4).
    if (!user->homeCluster && !UcmRelease::supportsRoaming(m_cluster->release())) {
        EmResult r = failure(EmCode::PolicyValidation, QT_TRANSLATE_NOOP("ExtensionMobility", "%1 runs Unified CM %2, older than 12.0(1)SU1, which has no EM Roaming Across Clusters: %3 may log in there only if it is the home cluster."),
                             {m_cluster->name(), m_cluster->release(), userId});
        r.userId = userId;
        return failed(r);
    }

    // The profile.
    if (user->controlledProfiles.isEmpty()) {
        EmResult r = failure(EmCode::UserProfileAbsent, QT_TRANSLATE_NOOP("ExtensionMobility", "%1 has no device profile in Controlled Profiles on %2."), {userId, m_cluster->name()});
        r.userId = userId;
        return failed(r);
    }
    const Device *profile = nullptr;
    if (!req.profile.isEmpty()) {
        for (qint64 pid : user->controlledProfiles)
            if (const Device *p = m_cluster->device(pid); p && p->name.compare(req.profile, Qt::CaseInsensitive) == 0)
                profile = p;
        if (!profile) {
            EmResult r = failure(EmCode::ProfileNotFound, QT_TRANSLATE_NOOP("ExtensionMobility", "%1 is not one of the Controlled Profiles of %2."), {req.profile, userId});
            r.userId = userId;
            return failed(r);
        }
    } else if (user->controlledProfiles.size() == 1) {
        profile = m_cluster->device(user->controlledProfiles.first());
    } else if (user->defaultProfileId != 0) {
        profile = m_cluster->device(user->defaultProfileId);
    } else {
        EmResult r;
        r.status = EmResult::Status::ChooseProfile;
        r.cluster = m_cluster->name();
        r.device = phone->name;
        r.userId = userId;
        for (qint64 pid : user->controlledProfiles)
            if (const Device *p = m_cluster->device(pid))
                r.profileChoices.append(p->name);
        r.detail = emText(QT_TRANSLATE_NOOP("ExtensionMobility", "%1 controls several device profiles and has no default: the phone lists them to choose from."), {userId});
        return r;
    }
    if (!profile) {
        EmResult r = failure(EmCode::UserProfileAbsent, QT_TRANSLATE_NOOP("ExtensionMobility", "The device profile of %1 could not be read."), {userId});
        r.userId = userId;
        return failed(r);
    }

    // The phone and the user's other logins.
    if (const EmLogin *existing = m_cluster->loginOnDevice(phone->id)) {
        const EndUser *other = m_cluster->endUser(existing->userId);
        EmResult r = failure(EmCode::AnotherUserLoggedIn, QT_TRANSLATE_NOOP("ExtensionMobility", "%1 is already logged in on %2: log out first."),
                             {other ? other->userId : QString(), phone->name});
        r.userId = userId;
        return failed(r);
    }
    const QList<EmLogin> elsewhere = m_cluster->loginsOfUser(user->id);
    if (!elsewhere.isEmpty()) {
        const QString behavior = m_cluster->serviceParameter(Services::ExtensionMobility, Params::MultipleLoginBehavior);
        const Device *there = m_cluster->device(elsewhere.first().deviceId);
        const QString thereName = there ? there->name : QString();
        if (behavior == Params::MultipleLoginsNotAllowed) {
            EmResult r = failure(EmCode::MultiLoginNotAllowed, QT_TRANSLATE_NOOP("ExtensionMobility", "%1 is logged in on %2 and Multiple Login Behavior is Multiple Logins Not Allowed."),
                                 {userId, thereName});
            r.userId = userId;
            return failed(r);
        }
        if (behavior == Params::AutoLogout) {
            for (const EmLogin &l : elsewhere) {
                const EmResult out = logoutDevice(l.deviceId, LabEvent::Type::AutoLogout,
                                                  emText(QT_TRANSLATE_NOOP("ExtensionMobility", "%1 logged in on %2: Multiple Login Behavior is Auto Logout, so the earlier login was logged out."),
                                                         {userId, phone->name}));
                if (!out.ok())
                    return failed(out);
            }
        }
    }

    EmLogin login;
    login.deviceId = phone->id;
    login.userId = user->id;
    login.profileId = profile->id;
    login.loginTime = m_clock->now();
    if (m_cluster->serviceParameter(Services::ExtensionMobility, Params::EnforceMaxLoginTime) == QLatin1String("True")) {
        const int minutes = ParameterCatalog::parseDurationMinutes(m_cluster->serviceParameter(Services::ExtensionMobility, Params::MaxLoginTime));
        if (minutes > 0)
            login.expiresAt = login.loginTime + qint64(minutes) * 60'000;
    }
    // audit log: the EM API caller or the user at the phone, unless a script drives the lab
    const QString caller = m_apiCallers.take(phone->id);
    const AuditActor loginActor = req.proxy ? AuditActor{QStringLiteral("applicationUser"), caller, QStringLiteral("emApi")}
                                            : AuditActor{QStringLiteral("endUser"), userId, QStringLiteral("phone")};
    const Cluster::Acting acting(m_cluster, m_cluster->actor().channel == QLatin1String("page") ? loginActor : m_cluster->actor());
    if (Refusal refused = m_cluster->recordLogin(login)) {
        EmResult r = failure(EmCode::DatabaseError, QT_TRANSLATE_NOOP("ExtensionMobility", "The database of %1 failed while recording the login."), {m_cluster->name()});
        r.userId = userId;
        return failed(r);
    }
    m_lastLogin.insert(phone->id, userId);
    if (login.expiresAt > 0)
        scheduleExpiry(login.deviceId, login.loginTime, login.expiresAt);

    EmResult r;
    r.cluster = m_cluster->name();
    r.device = phone->name;
    r.userId = userId;
    r.profile = profile->name;
    r.lines = profile->lines;
    r.services = m_registrar->services(phone->name); // the Services menu the phone now shows
    r.defaultDeviceProfile = profile->model != phone->model;
    // The phone restarts with the new configuration; when the user locale — the user's own or
    // the one the device profile carries — differs from the device locale, the configuration
    // file is rebuilt and it resets instead.
    const bool userLocaleChange = user->locale != phone->locale;
    const bool profileLocaleChange = profile->locale != phone->locale;
    const bool localeChange = userLocaleChange || profileLocaleChange;
    r.action = localeChange ? EmResult::PhoneAction::Reset : EmResult::PhoneAction::Restart;
    if (r.defaultDeviceProfile)
        r.detail = emText(QT_TRANSLATE_NOOP("ExtensionMobility", "%1 is for %2 but the phone is a %3: the Default Device Profile of %3 supplies the phone button template and softkeys; lines, speed dials, locale and services come from %1."),
                          {profile->name, profile->model, phone->model});
    Message what = userLocaleChange
        ? emText(QT_TRANSLATE_NOOP("ExtensionMobility", "%1 logged in on %2 with %3; the user locale (%4) differs from the device locale (%5), so the phone resets."),
                 {userId, phone->name, profile->name, user->locale, phone->locale})
        : profileLocaleChange
        ? emText(QT_TRANSLATE_NOOP("ExtensionMobility", "%1 logged in on %2 with %3; the user locale of the device profile (%4) differs from the device locale (%5), so the phone resets."),
                 {userId, phone->name, profile->name, profile->locale, phone->locale})
        : emText(QT_TRANSLATE_NOOP("ExtensionMobility", "%1 logged in on %2 with %3; the phone restarts with the profile's lines and services."),
                 {userId, phone->name, profile->name});
    if (r.services.isEmpty())
        what = emText(QT_TRANSLATE_NOOP("ExtensionMobility", "%1 logged in on %2 with %3, which has no phone services: the phone shows no services (subscribe the profile to Extension Mobility)."),
                      {userId, phone->name, profile->name});
    record(LabEvent::Type::Login, r, what);
    m_counters->add(m_cluster->name(), CounterNames::LoginsSuccessful);

    m_ils->publishLogin(m_cluster, userId, superUser, profile->lines, phonesOfUser(user->id));
    return r;
}

// ---- EMService: logout ----------------------------------------------------------------------

EmResult ExtensionMobility::evaluateLogout(const QString &deviceName)
{
    auto failed = [&](EmResult r) {
        r.device = deviceName;
        record(LabEvent::Type::LogoutFailed, r);
        return r;
    };
    if (m_cluster->isDatabaseFailing())
        return failed(failure(EmCode::DatabaseError, QT_TRANSLATE_NOOP("ExtensionMobility", "The database of %1 failed while handling the request."), {m_cluster->name()}));
    const Device *phone = m_cluster->deviceByName(deviceName);
    if (!phone || !phone->isPhone())
        return failed(failure(EmCode::DeviceDoesNotExist, QT_TRANSLATE_NOOP("ExtensionMobility", "%1 has no phone named %2."), {m_cluster->name(), deviceName}));
    if (!m_cluster->loginOnDevice(phone->id))
        return failed(failure(EmCode::NoUserLoggedIn, QT_TRANSLATE_NOOP("ExtensionMobility", "Nobody is logged in on %1."), {phone->name}));
    EmResult r = logoutDevice(phone->id, LabEvent::Type::Logout, {});
    if (r.ok())
        m_counters->add(m_cluster->name(), CounterNames::LogoutsSuccessful);
    return r;
}

EmResult ExtensionMobility::logoutDevice(qint64 deviceId, LabEvent::Type kind, Message why)
{
    const Device *phone = m_cluster->device(deviceId);
    const EmLogin *l = m_cluster->loginOnDevice(deviceId);
    if (!phone || !l)
        return failure(EmCode::NoUserLoggedIn, QT_TRANSLATE_NOOP("ExtensionMobility", "Nobody is logged in on this phone."));
    const EmLogin login = *l;
    const EndUser *user = m_cluster->endUser(login.userId);
    const Device *profile = m_cluster->device(login.profileId);
    const QString userId = user ? user->userId : QString();
    const QStringList dns = profile ? profile->lines : QStringList();
    // audit log: an EM API caller, the user at the phone, or the engine (automatic logouts)
    AuditActor actor{QStringLiteral("system"), QStringLiteral("Cisco Extension Mobility"), QStringLiteral("engine")};
    if (const QString caller = m_apiCallers.take(deviceId); !caller.isEmpty())
        actor = {QStringLiteral("applicationUser"), caller, QStringLiteral("emApi")};
    else if (kind == LabEvent::Type::Logout)
        actor = {QStringLiteral("endUser"), userId, QStringLiteral("phone")};
    const Cluster::Acting acting(m_cluster, m_cluster->actor().channel == QLatin1String("page") ? actor : m_cluster->actor());
    if (m_cluster->recordLogout(deviceId)) {
        EmResult r = failure(EmCode::DatabaseError, QT_TRANSLATE_NOOP("ExtensionMobility", "The database of %1 failed while recording the logout."), {m_cluster->name()});
        r.device = phone->name;
        r.userId = userId;
        record(LabEvent::Type::LogoutFailed, r);
        return r;
    }
    EmResult r;
    r.cluster = m_cluster->name();
    r.device = phone->name;
    r.userId = userId;
    m_registrar->logoutProfileView(*phone, &r.lines, &r.services);
    const bool localeChange = (user && user->locale != phone->locale) || (profile && profile->locale != phone->locale);
    r.action = localeChange ? EmResult::PhoneAction::Reset : EmResult::PhoneAction::Restart;
    Message what = why;
    if (what.isEmpty()) {
        what = r.services.isEmpty()
            ? emText(QT_TRANSLATE_NOOP("ExtensionMobility", "%1 logged out of %2; the phone returned to its Log Out Profile without phone services (Synchronization Between Auto Device Profile and Phone Configuration is False, or the phone is not subscribed)."),
                     {userId, phone->name})
            : emText(QT_TRANSLATE_NOOP("ExtensionMobility", "%1 logged out of %2; the phone restarts with its Log Out Profile."), {userId, phone->name});
    }
    record(kind, r, what);
    publishLogout(login.userId, dns);
    return r;
}

void ExtensionMobility::publishLogout(qint64 userId, const QStringList &dns)
{
    const EndUser *user = m_cluster->endUser(userId);
    if (!user)
        return;
    m_ils->publishLogout(m_cluster, user->userId, isSuperUser(userId), dns, phonesOfUser(userId));
}

void ExtensionMobility::loginsUndone(const QList<EmLogin> &undone, const QList<EmLogin> &restored)
{
    // The commit of this pass's logins and logouts failed: the phones are back as the database
    // has them (the Registrar follows loginChanged); tell the event log and the ILS network.
    for (const EmLogin &l : undone) {
        const Device *profile = m_cluster->device(l.profileId);
        publishLogout(l.userId, profile ? profile->lines : QStringList());
    }
    for (const EmLogin &l : restored) {
        const EndUser *user = m_cluster->endUser(l.userId);
        const Device *profile = m_cluster->device(l.profileId);
        if (!user || !profile)
            continue;
        m_ils->publishLogin(m_cluster, user->userId, isSuperUser(user->id), profile->lines, phonesOfUser(l.userId));
    }
    LabEvent e;
    e.type = LabEvent::Type::Fault;
    e.cluster = m_cluster->name();
    e.code = EmCode::DatabaseError;
    e.message = emText(QT_TRANSLATE_NOOP("ExtensionMobility", "The database of %1 failed before saving the latest logins and logouts; they were undone (logins: %2, logouts: %3) and answered with Database Error (6)."),
                       {m_cluster->name(), QString::number(undone.size()), QString::number(restored.size())});
    m_events->append(std::move(e));
}

// ---- automatic logouts ----------------------------------------------------------------------

void ExtensionMobility::userLoggedInElsewhere(const QString &userId, const QString &otherCluster, bool deferred)
{
    const EndUser *user = m_cluster->endUserByUserId(userId);
    if (!user || !m_cluster->isUp())
        return;
    for (const EmLogin &l : m_cluster->loginsOfUser(user->id)) {
        const Device *phone = m_cluster->device(l.deviceId);
        const QString phoneName = phone ? phone->name : QString();
        logoutDevice(l.deviceId, deferred ? LabEvent::Type::DeferredLogout : LabEvent::Type::RoamingLogout,
                     deferred ? emText(QT_TRANSLATE_NOOP("ExtensionMobility", "%1 learned on its return that %2 logged in on %3: logged %2 out of %4."),
                                       {m_cluster->name(), user->userId, otherCluster, phoneName})
                              : emText(QT_TRANSLATE_NOOP("ExtensionMobility", "%1 logged in on %2: %3 logged %1 out of %4 automatically."),
                                       {user->userId, otherCluster, m_cluster->name(), phoneName}));
    }
}

void ExtensionMobility::scheduleExpiry(qint64 deviceId, qint64 loginTime, qint64 expiresAt)
{
    const qint64 delay = qMax<qint64>(0, expiresAt - m_clock->now());
    TaskInfo info;
    info.kind = TaskInfo::Kind::MaxLoginTime;
    info.cluster = m_cluster->name();
    if (const Device *phone = m_cluster->device(deviceId))
        info.phone = phone->name;
    if (const EmLogin *l = m_cluster->loginOnDevice(deviceId))
        if (const EndUser *u = m_cluster->endUser(l->userId))
            info.user = u->userId;
    m_clock->schedule(delay, this, [this, deviceId, loginTime] {
        const EmLogin *l = m_cluster->loginOnDevice(deviceId);
        if (!l || l->loginTime != loginTime || !m_cluster->isUp())
            return;
        const EndUser *u = m_cluster->endUser(l->userId);
        const Device *phone = m_cluster->device(deviceId);
        logoutDevice(deviceId, LabEvent::Type::TimedLogout,
                     emText(QT_TRANSLATE_NOOP("ExtensionMobility", "%1 was logged out of %2: Intra-cluster Maximum Login Time (%3) reached."),
                            {u ? u->userId : QString(), phone ? phone->name : QString(),
                             m_cluster->serviceParameter(Services::ExtensionMobility, Params::MaxLoginTime)}));
    }, std::move(info));
}

void ExtensionMobility::scheduleStoredExpiries()
{
    for (const EmLogin &l : m_cluster->emLogins())
        if (l.expiresAt > 0)
            scheduleExpiry(l.deviceId, l.loginTime, l.expiresAt);
}

// ---- queries and helpers for the HTTP layer -------------------------------------------------

void ExtensionMobility::noteQueryHandled()
{
    m_counters->add(m_cluster->name(), CounterNames::RequestsHandled);
}

ExtensionMobility::DeviceUser ExtensionMobility::deviceUser(const QString &deviceName) const
{
    DeviceUser out;
    const Device *phone = m_cluster->deviceByName(deviceName);
    if (!phone || !phone->isPhone())
        return out;
    out.exists = true;
    if (const EmLogin *l = m_cluster->loginOnDevice(phone->id))
        if (const EndUser *u = m_cluster->endUser(l->userId))
            out.userId = u->userId;
    out.lastLogin = m_lastLogin.value(phone->id, out.userId);
    return out;
}

QStringList ExtensionMobility::userDevices(const QString &userId, bool *exists) const
{
    const EndUser *u = m_cluster->endUserByUserId(userId);
    if (exists)
        *exists = u != nullptr;
    return u ? phonesOfUser(u->id) : QStringList();
}

QStringList ExtensionMobility::phonesOfUser(qint64 userId) const
{
    QStringList out;
    for (const EmLogin &l : m_cluster->loginsOfUser(userId))
        if (const Device *d = m_cluster->device(l.deviceId))
            out.append(d->name);
    return out;
}

QList<ExtensionMobility::ProfileInfo> ExtensionMobility::userProfiles(const QString &userId, bool *exists) const
{
    const EndUser *u = m_cluster->endUserByUserId(userId);
    if (exists)
        *exists = u != nullptr;
    QList<ProfileInfo> out;
    if (u)
        for (qint64 pid : u->controlledProfiles)
            if (const Device *p = m_cluster->device(pid))
                out.append({p->name, pid == u->defaultProfileId});
    return out;
}

void ExtensionMobility::authenticateCaller(const QString &appId, const QString &password, const QStringList &forUserIds,
                                           QObject *context, std::function<void(int code)> done)
{
    // Two derivations whoever the caller is (an end user may use its password or its PIN), so
    // the time taken does not tell an application user, an end user and an unknown ID apart.
    QStringList digests{QString(), QString()};
    if (const ApplicationUser *app = m_cluster->applicationUserByUserId(appId))
        digests[0] = app->passwordHash;
    else if (const EndUser *u = m_cluster->endUserByUserId(appId))
        digests = {u->passwordHash, u->pinHash};
    QPointer<ExtensionMobility> self(this);
    checkSecret(password, digests, false, context, [self, appId, digests, forUserIds, done](const QList<bool> &matched) {
        if (self)
            done(self->callerChecked(appId, digests, matched, forUserIds));
    });
}

int ExtensionMobility::authenticateCallerNow(const QString &appId, const QString &password, const QString &forUserId)
{
    QStringList digests{QString(), QString()};
    if (const ApplicationUser *app = m_cluster->applicationUserByUserId(appId))
        digests[0] = app->passwordHash;
    else if (const EndUser *u = m_cluster->endUserByUserId(appId))
        digests = {u->passwordHash, u->pinHash};
    int code = EmCode::InvalidAppUser;
    checkSecret(password, digests, true, this, [&](const QList<bool> &matched) {
        code = callerChecked(appId, digests, matched, {forUserId});
    });
    return code;
}

int ExtensionMobility::callerChecked(const QString &appId, const QStringList &digests, const QList<bool> &matched, const QStringList &forUserIds)
{
    using Check = Cluster::CredentialCheck;
    const qint64 now = m_clock->now();
    // Looked up again: the user may have changed while the password was being checked.
    if (const ApplicationUser *app = m_cluster->applicationUserByUserId(appId)) {
        const bool ok = matched.value(0) && !digests[0].isEmpty() && digests[0] == app->passwordHash;
        const Check check = m_cluster->recordCredentialCheck(CredentialKind::ApplicationUserPassword, app->id, ok, now);
        if (check != Check::Accepted) {
            noteCredentialRefused(CredentialKind::ApplicationUserPassword, app->id, app->userId, int(check), true);
            return check == Check::Locked ? EmCode::DirUserInfoError : EmCode::InvalidAppUser;
        }
        return m_cluster->isApplicationUserInGroup(app->id, Groups::EmProxyRights) ? EmCode::Success : EmCode::NoProxyRights;
    }
    if (const EndUser *u = m_cluster->endUserByUserId(appId)) {
        const bool byPassword = matched.value(0) && !digests[0].isEmpty() && digests[0] == u->passwordHash;
        const bool byPin = matched.value(1) && !digests[1].isEmpty() && digests[1] == u->pinHash;
        // Either credential opens the door, so a lock on either keeps it shut.
        const bool locked = m_cluster->isCredentialLocked(CredentialKind::EndUserPassword, u->id, now)
                            || m_cluster->isCredentialLocked(CredentialKind::EndUserPin, u->id, now);
        if (locked) {
            noteCredentialRefused(CredentialKind::EndUserPassword, u->id, u->userId, int(Check::Locked), true);
            return EmCode::DirUserInfoError;
        }
        if (!byPassword && !byPin) {
            for (CredentialKind kind : {CredentialKind::EndUserPassword, CredentialKind::EndUserPin}) {
                if ((kind == CredentialKind::EndUserPassword ? u->passwordHash : u->pinHash).isEmpty())
                    continue;
                const Check check = m_cluster->recordCredentialCheck(kind, u->id, false, now);
                noteCredentialRefused(kind, u->id, u->userId, int(check), true);
            }
            return EmCode::InvalidAppUser;
        }
        m_cluster->recordCredentialCheck(byPassword ? CredentialKind::EndUserPassword : CredentialKind::EndUserPin, u->id, true, now);
        for (const QString &forUserId : forUserIds)
            if (!forUserId.isEmpty() && forUserId.compare(u->userId, Qt::CaseInsensitive) != 0
                && !m_cluster->isEndUserInGroup(u->id, Groups::EmProxyRights))
                return EmCode::NoProxyRights;
        return EmCode::Success;
    }
    // An unknown appID is locked out like a known one, so a lockout does not tell them apart.
    const CredentialPolicy policy = m_cluster->credentialPolicy(CredentialKind::ApplicationUserPassword);
    const QString key = appId.toLower();
    if (m_unknownCallers.size() > 10000) // a bound, not a policy
        m_unknownCallers.clear();
    CredentialStatus st = CredentialLockout::effective(policy, m_unknownCallers.value(key), now);
    if (st.locked) {
        m_counters->add(m_cluster->name(), CounterNames::LockedLogons);
        return EmCode::DirUserInfoError;
    }
    st = CredentialLockout::afterFailure(policy, st, now);
    m_unknownCallers.insert(key, st);
    m_counters->add(m_cluster->name(), CounterNames::FailedLogons);
    return EmCode::InvalidAppUser;
}
