// Extension Mobility inside one cluster: login types, profiles, throttling, behaviours.
#include "enginetestsupport.h"
#include "security/credentialcache.h"
#include "security/credentialhasher.h"

#include "catalog/parametercatalog.h"
#include "catalog/servicecatalog.h"

class TestExtensionMobility : public QObject
{
    Q_OBJECT
private slots:
    void credentialCache();
    void dnAndSpLogins();
    void dnOfSeveralUsers();
    void throttlingWithOverlappingRequests();
    void autoLogout();
    void multipleLoginsAllowed();
    void resetWhenLocalesDiffer();
    void severalProfilesMustChoose();
    void modelMismatchUsesDefaultDeviceProfile();
    void maximumLoginTime();
    void nonSuperUserOnlyAtHome();
    void proxyAuthentication();
    void queries();
    void loginsAreCommittedTogetherAndSurviveReopen();
    void lostCommitUndoesLoginsAndLogouts();
    void wrongPinsLockThePin();
    void administratorMustUnlock();
    void credentialPolicyIsValidated();
    void lockSurvivesReopen();
    void apiCallersAreLockedOut();
    void unknownUsersCostTheSameWork();
    void worksWithWhatItIsHanded();
    void processingTimeFollowsTheLabSettings();
};

static const QString Phone = QStringLiteral("SEPC10000000002");

void TestExtensionMobility::dnAndSpLogins()
{
    EngineLab e;
    EmResult r = e.login(1, Phone, QStringLiteral("1000002"), QStringLiteral("12345"), QStringLiteral("DN"));
    QVERIFY2(r.ok(), qPrintable(r.text()));
    QCOMPARE(r.userId, QStringLiteral("carol"));
    QVERIFY(e.logout(1, Phone).ok());
    r = e.login(1, Phone, QStringLiteral("1000002"), QStringLiteral("12345"), QStringLiteral("SP"));
    QVERIFY2(r.ok(), qPrintable(r.text()));
    QVERIFY(e.logout(1, Phone).ok());
    QCOMPARE(e.login(1, Phone, QStringLiteral("5555"), QStringLiteral("12345"), QStringLiteral("SP")).code, 23);
    QCOMPARE(e.login(1, Phone, QStringLiteral("1000002"), QStringLiteral("00000"), QStringLiteral("DN")).code, 201);
}

void TestExtensionMobility::dnOfSeveralUsers()
{
    EngineLab e;
    EndUser carol = *e.cluster(1)->endUserByUserId(QStringLiteral("carol"));
    carol.primaryExtension = QStringLiteral("1000001");
    QVERIFY(!e.cluster(1)->saveEndUser(carol));
    QCOMPARE(e.login(1, Phone, QStringLiteral("1000001"), QStringLiteral("12345"), QStringLiteral("DN")).code, 216);
}

void TestExtensionMobility::throttlingWithOverlappingRequests()
{
    EngineLab e;
    Cluster *c = e.cluster(1);
    QVERIFY(!c->setServiceParameter(Services::ExtensionMobility, Params::MaxConcurrentRequests, QStringLiteral("2")));
    QVERIFY(!c->setServiceParameter(Services::ExtensionMobility, Params::MultipleLoginBehavior, Params::MultipleLoginsAllowed));
    QList<EmResult> results;
    auto collect = [&](const EmResult &r) { results.append(r); };
    EmLoginRequest a{Phone, QStringLiteral("carol"), QStringLiteral("12345"), QStringLiteral("UID"), {}, false};
    EmLoginRequest b{QStringLiteral("SEPC10000000001"), QStringLiteral("carol"), QStringLiteral("12345"), QStringLiteral("UID"), {}, false};
    e.em(1)->logout(QStringLiteral("SEPC10000000001"), collect); // 1 in progress
    e.em(1)->login(a, collect);                                  // 2 in progress
    QCOMPARE(e.em(1)->requestsInProgress(), 2);
    QCOMPARE(e.lab->counters()->value(c->name(), CounterNames::RequestsInProgress), 2);
    e.em(1)->login(b, collect);                                  // refused at once
    QCOMPARE(results.size(), 1);
    QCOMPARE(results.first().code, 26);
    QCOMPARE(e.lab->counters()->value(c->name(), CounterNames::RequestsThrottled), 1);
    e.lab->clock()->advance(e.lab->settings().emProcessingMs);
    QCOMPARE(results.size(), 3);
    QVERIFY(results.at(1).ok());
    QVERIFY(results.at(2).ok());
    QCOMPARE(e.em(1)->requestsInProgress(), 0);
    QCOMPARE(e.lab->counters()->value(c->name(), CounterNames::TotalRequestsAttempted), 1 + 3); // the demo's login too
    // once the load is gone, the same request succeeds
    EmResult again = e.login(1, QStringLiteral("SEPC10000000001"), QStringLiteral("carol"));
    QVERIFY2(again.ok(), qPrintable(again.text()));
}

void TestExtensionMobility::autoLogout()
{
    EngineLab e;
    QVERIFY(!e.cluster(1)->setServiceParameter(Services::ExtensionMobility, Params::MultipleLoginBehavior, Params::AutoLogout));
    const EmResult r = e.login(1, Phone, QStringLiteral("bob"));
    QVERIFY2(r.ok(), qPrintable(r.text()));
    QCOMPARE(e.userOn(1, QStringLiteral("SEPC10000000001")), QString());
    QCOMPARE(e.userOn(1, Phone), QStringLiteral("bob"));
    QVERIFY(e.hasEvent(LabEvent::Type::AutoLogout, QStringLiteral("Cluster1")));
}

void TestExtensionMobility::multipleLoginsAllowed()
{
    EngineLab e;
    QCOMPARE(e.login(1, Phone, QStringLiteral("bob")).code, 25);
    QVERIFY(!e.cluster(1)->setServiceParameter(Services::ExtensionMobility, Params::MultipleLoginBehavior, Params::MultipleLoginsAllowed));
    QVERIFY(e.login(1, Phone, QStringLiteral("bob")).ok());
    QCOMPARE(e.userOn(1, QStringLiteral("SEPC10000000001")), QStringLiteral("bob"));
    QCOMPARE(e.userOn(1, Phone), QStringLiteral("bob"));
}

void TestExtensionMobility::resetWhenLocalesDiffer()
{
    EngineLab e;
    EndUser carol = *e.cluster(1)->endUserByUserId(QStringLiteral("carol"));
    carol.locale = Locales::Japanese;
    QVERIFY(!e.cluster(1)->saveEndUser(carol));
    EmResult r = e.login(1, Phone, QStringLiteral("carol"));
    QVERIFY(r.ok());
    QCOMPARE(r.action, EmResult::PhoneAction::Reset);
    r = e.logout(1, Phone);
    QCOMPARE(r.action, EmResult::PhoneAction::Reset);
}

void TestExtensionMobility::severalProfilesMustChoose()
{
    EngineLab e;
    Cluster *c = e.cluster(1);
    Device second = *c->deviceByName(QStringLiteral("UDP-carol"));
    second.id = 0;
    second.name = QStringLiteral("UDP-carol-2");
    second.lines = {QStringLiteral("1000102")};
    QVERIFY(!c->saveDevice(second));
    EndUser carol = *c->endUserByUserId(QStringLiteral("carol"));
    carol.controlledProfiles.append(second.id);
    carol.defaultProfileId = 0;
    QVERIFY(!c->saveEndUser(carol));
    EmResult r = e.login(1, Phone, QStringLiteral("carol"));
    QCOMPARE(r.status, EmResult::Status::ChooseProfile);
    QCOMPARE(r.profileChoices, (QStringList{QStringLiteral("UDP-carol"), QStringLiteral("UDP-carol-2")}));
    EmLoginRequest req{Phone, QStringLiteral("carol"), QStringLiteral("12345"), QStringLiteral("UID"), QStringLiteral("UDP-carol-2"), false};
    r = e.em(1)->loginNow(req);
    QVERIFY2(r.ok(), qPrintable(r.text()));
    QCOMPARE(r.lines, QStringList{QStringLiteral("1000102")});
    QVERIFY(e.logout(1, Phone).ok());
    // with a default profile, no choice is needed
    carol = *c->endUserByUserId(QStringLiteral("carol"));
    carol.defaultProfileId = second.id;
    QVERIFY(!c->saveEndUser(carol));
    QCOMPARE(e.login(1, Phone, QStringLiteral("carol")).profile, QStringLiteral("UDP-carol-2"));
}

void TestExtensionMobility::modelMismatchUsesDefaultDeviceProfile()
{
    EngineLab e;
    Cluster *c = e.cluster(1);
    Device phone;
    phone.name = QStringLiteral("SEPC100000000A1");
    phone.model = QStringLiteral("Cisco 8845");
    phone.protocol = QStringLiteral("SIP");
    phone.emEnabled = true;
    if (Refusal r = c->saveDevice(phone))
        QSKIP(qPrintable(QStringLiteral("no second EM model in the catalog: ") + r.englishText()));
    const EmResult r = e.login(1, phone.name, QStringLiteral("carol"));
    QVERIFY2(r.ok(), qPrintable(r.text()));
    QVERIFY(r.defaultDeviceProfile);
    QCOMPARE(r.lines, QStringList{QStringLiteral("1000002")});
}

void TestExtensionMobility::maximumLoginTime()
{
    EngineLab e;
    QVERIFY(!e.cluster(1)->setServiceParameter(Services::ExtensionMobility, Params::MaxLoginTime, QStringLiteral("1:00")));
    QCOMPARE(e.cluster(1)->serviceParameter(Services::ExtensionMobility, Params::EnforceMaxLoginTime), QStringLiteral("True"));
    QVERIFY(e.login(1, Phone, QStringLiteral("carol")).ok());
    e.lab->clock()->advance(59 * 60'000);
    QCOMPARE(e.userOn(1, Phone), QStringLiteral("carol"));
    e.lab->clock()->advance(60'000);
    QCOMPARE(e.userOn(1, Phone), QString());
    QVERIFY(e.hasEvent(LabEvent::Type::TimedLogout, QStringLiteral("Cluster1")));
}

void TestExtensionMobility::nonSuperUserOnlyAtHome()
{
    EngineLab e;
    Cluster *c2 = e.cluster(2);
    QVERIFY(!c2->removeEndUserFromGroup(Groups::RoamingSuperUsers, c2->endUserByUserId(QStringLiteral("bob"))->id));
    const EmResult r = e.login(2, QStringLiteral("SEPC20000000002"), QStringLiteral("bob"));
    QCOMPARE(r.code, 4);
    QVERIFY(r.text().contains(QStringLiteral("Super Users")));
    // carol does not exist on Cluster2 at all
    QCOMPARE(e.login(2, QStringLiteral("SEPC20000000002"), QStringLiteral("carol")).code, 201);
}

void TestExtensionMobility::proxyAuthentication()
{
    EngineLab e;
    QCOMPARE(e.em(1)->authenticateCallerNow(QStringLiteral("emapi"), QStringLiteral("emapi-pass"), QStringLiteral("carol")), 0);
    QCOMPARE(e.em(1)->authenticateCallerNow(QStringLiteral("emapi"), QStringLiteral("wrong"), QStringLiteral("carol")), 3);
    QCOMPARE(e.em(1)->authenticateCallerNow(QStringLiteral("carol"), QStringLiteral("12345"), QStringLiteral("carol")), 0);
    QCOMPARE(e.em(1)->authenticateCallerNow(QStringLiteral("carol"), QStringLiteral("12345"), QStringLiteral("bob")), 10);
    EmLoginRequest req{Phone, QStringLiteral("carol"), QString(), QStringLiteral("UID"), {}, true};
    QVERIFY(e.em(1)->loginNow(req).ok());
    req.id = QStringLiteral("nobody");
    req.deviceName = QStringLiteral("SEPC10000000001");
    QCOMPARE(e.em(1)->loginNow(req).code, 23);
}

void TestExtensionMobility::queries()
{
    EngineLab e;
    const ExtensionMobility::DeviceUser du = e.em(1)->deviceUser(QStringLiteral("SEPC10000000001"));
    QVERIFY(du.exists);
    QCOMPARE(du.userId, QStringLiteral("bob"));
    QVERIFY(!e.em(1)->deviceUser(QStringLiteral("SEP000000000000")).exists);
    bool exists = false;
    QCOMPARE(e.em(1)->userDevices(QStringLiteral("bob"), &exists), QStringList{QStringLiteral("SEPC10000000001")});
    QVERIFY(exists);
    const auto profiles = e.em(1)->userProfiles(QStringLiteral("bob"));
    QCOMPARE(profiles.size(), 1);
    QCOMPARE(profiles.first().name, QStringLiteral("UDP-bob"));
    QVERIFY(profiles.first().isDefault);
}

void TestExtensionMobility::loginsAreCommittedTogetherAndSurviveReopen()
{
    EngineLab e;
    Cluster *c = e.cluster(1);
    const QString bobsPhone = QStringLiteral("SEPC10000000001");
    QVERIFY(c->commitGroupedWrites()); // the demo's own logins
    QVERIFY(!c->hasGroupedWrites());
    QVERIFY(e.logout(1, bobsPhone).ok());
    QVERIFY(e.login(1, Phone, QStringLiteral("bob")).ok());
    // Both changes wait in one transaction until control returns to the event loop.
    QVERIFY(c->hasGroupedWrites());
    int saved = 0;
    c->whenSaved(c, [&saved](bool ok) { saved = ok ? 1 : -1; });
    QCOMPARE(saved, 0);
    QTRY_COMPARE(saved, 1);
    QVERIFY(!c->hasGroupedWrites());
    // Nothing waiting: answered at once.
    c->whenSaved(c, [&saved](bool ok) { saved = ok ? 2 : -2; });
    QCOMPARE(saved, 2);

    // A logout still waiting when the lab closes is committed on the way out.
    QVERIFY(e.logout(1, Phone).ok());
    QVERIFY(e.login(1, bobsPhone, QStringLiteral("bob")).ok());
    QVERIFY(c->hasGroupedWrites());
    e.lab = std::make_unique<Lab>();
    QString error;
    QVERIFY2(e.lab->open(e.dir.path(), &error), qPrintable(error));
    QCOMPARE(e.userOn(1, Phone), QString());
    QCOMPARE(e.userOn(1, bobsPhone), QStringLiteral("bob"));
}

void TestExtensionMobility::lostCommitUndoesLoginsAndLogouts()
{
    EngineLab e;
    Cluster *c = e.cluster(1);
    const QString bobsPhone = QStringLiteral("SEPC10000000001");
    const EndUser *carol = c->endUserByUserId(QStringLiteral("carol"));
    QVERIFY(carol);
    const QString carolsDn = c->device(carol->defaultProfileId)->lines.constFirst();
    QVERIFY(c->commitGroupedWrites()); // the demo's own logins
    QVERIFY(e.logout(1, bobsPhone).ok());
    QVERIFY(e.login(1, Phone, QStringLiteral("carol")).ok());
    e.settle();
    QCOMPARE(e.lab->ils()->dnRecord(QStringLiteral("Cluster2"), carolsDn)->devices, QStringList{Phone});
    QCOMPARE(e.userOn(1, Phone), QStringLiteral("carol"));
    QList<EmLogin> undone, restored;
    connect(c, &Cluster::loginsUndone, c, [&](const QList<EmLogin> &u, const QList<EmLogin> &r) {
        undone = u;
        restored = r;
    });

    // The disk fails before the group commit: both changes are undone, in memory too.
    e.lab->setDatabaseFailing(c, true);
    int saved = 0;
    c->whenSaved(c, [&saved](bool ok) { saved = ok ? 1 : -1; });
    QVERIFY(!c->commitGroupedWrites());
    QCOMPARE(saved, -1);
    QCOMPARE(undone.size(), 1);
    QCOMPARE(restored.size(), 1);
    QCOMPARE(e.userOn(1, Phone), QString());
    QCOMPARE(e.userOn(1, bobsPhone), QStringLiteral("bob"));
    QVERIFY(!c->loginOnDevice(c->deviceByName(Phone)->id));
    bool explained = false;
    for (const LabEvent &ev : e.lab->events()->events())
        explained = explained || (ev.type == LabEvent::Type::Fault && ev.code == 6 && ev.cluster == c->name()
                                  && ev.message.englishText().contains(QStringLiteral("logins: 1, logouts: 1")));
    QVERIFY(explained);
    // The other clusters learn over ILS that carol is not on that phone after all.
    e.settle();
    QVERIFY(!e.lab->ils()->dnRecord(QStringLiteral("Cluster2"), carolsDn)->devices.contains(Phone));

    // With the database back, the lab reopens as it was before the lost group.
    e.lab->setDatabaseFailing(c, false);
    e.lab = std::make_unique<Lab>();
    QString error;
    QVERIFY2(e.lab->open(e.dir.path(), &error), qPrintable(error));
    QCOMPARE(e.userOn(1, Phone), QString());
    QCOMPARE(e.userOn(1, bobsPhone), QStringLiteral("bob"));
}

void TestExtensionMobility::wrongPinsLockThePin()
{
    EngineLab e;
    Cluster *c = e.cluster(1);
    const QString carolsPhone = QStringLiteral("SEPC10000000002");
    const QString carol = QStringLiteral("carol");
    // Unified CM's Default Credential Policy: three wrong tries lock the PIN for 30 minutes.
    const CredentialPolicy p = c->credentialPolicy(CredentialKind::EndUserPin);
    QCOMPARE(p.failedLogon, 3);
    QCOMPARE(p.resetMinutes, 30);
    QCOMPARE(p.lockoutMinutes, 30);
    QVERIFY(!p.adminMustUnlock);
    for (int i = 0; i < 3; ++i)
        QCOMPARE(e.login(1, carolsPhone, carol, QStringLiteral("%1").arg(99990 + i)).code, 201);
    QVERIFY(e.hasEvent(LabEvent::Type::CredentialLocked, c->name()));
    // Now even the right PIN is refused, as a phone shows it: an authentication error.
    for (int i = 0; i < 20; ++i)
        QCOMPARE(e.login(1, carolsPhone, carol, QStringLiteral("%1").arg(10000 + i)).code, 201);
    EmResult r = e.login(1, carolsPhone, carol);
    QCOMPARE(r.code, 201);
    QVERIFY2(r.detail.englishText().contains(QStringLiteral("locked")), qPrintable(r.detail.englishText()));
    QVERIFY(e.userOn(1, carolsPhone).isEmpty());
    const qint64 lockedAt = c->credentialStatus(CredentialKind::EndUserPin, c->endUserByUserId(carol)->id, e.lab->clock()->now()).lockedAt;
    // RTMT: three wrong PINs, one lockout, the other tries refused while locked.
    Counters *counters = e.lab->counters();
    QCOMPARE(counters->value(c->name(), CounterNames::FailedLogons), 3);
    QCOMPARE(counters->value(c->name(), CounterNames::CredentialLockouts), 1);
    QCOMPARE(counters->value(c->name(), CounterNames::LockedLogons), 21);
    // Tries while locked do not extend the lock: Lockout Duration after the lock, it ends.
    e.lab->clock()->advance(lockedAt + 29 * 60'000 - e.lab->clock()->now());
    QCOMPARE(e.login(1, carolsPhone, carol).code, 201);
    e.lab->clock()->advance(lockedAt + 30 * 60'000 - e.lab->clock()->now());
    QVERIFY(e.login(1, carolsPhone, carol).ok());
    QCOMPARE(e.userOn(1, carolsPhone), carol);
}

void TestExtensionMobility::administratorMustUnlock()
{
    EngineLab e;
    Cluster *c = e.cluster(1);
    const QString carolsPhone = QStringLiteral("SEPC10000000002");
    const QString carol = QStringLiteral("carol");
    const qint64 carolId = c->endUserByUserId(carol)->id;
    CredentialPolicy p = c->credentialPolicy(CredentialKind::EndUserPin);
    p.failedLogon = 2;
    p.adminMustUnlock = true;
    QVERIFY(c->saveCredentialPolicy(p).ok());
    // Reset Failed Logon Attempts Every: a wrong try 30 minutes old no longer counts.
    QCOMPARE(e.login(1, carolsPhone, carol, QStringLiteral("11111")).code, 201);
    e.lab->clock()->advance(30 * 60'000);
    QCOMPARE(e.login(1, carolsPhone, carol, QStringLiteral("11111")).code, 201);
    QVERIFY(!c->isCredentialLocked(CredentialKind::EndUserPin, carolId, e.lab->clock()->now()));
    QCOMPARE(e.login(1, carolsPhone, carol, QStringLiteral("11111")).code, 201);
    QVERIFY(c->isCredentialLocked(CredentialKind::EndUserPin, carolId, e.lab->clock()->now()));
    // A day later it is still locked: only an administrator unlocks it.
    e.lab->clock()->advance(24 * 3600'000);
    QCOMPARE(e.login(1, carolsPhone, carol).code, 201);
    QVERIFY(c->unlockCredential(CredentialKind::EndUserPin, carolId).ok());
    QVERIFY(e.hasEvent(LabEvent::Type::CredentialUnlocked, c->name()));
    QVERIFY(e.login(1, carolsPhone, carol).ok());
    // The password is a credential of its own: the PIN's lock left it alone.
    QCOMPARE(c->credentialStatus(CredentialKind::EndUserPassword, carolId, e.lab->clock()->now()), CredentialStatus());
}

void TestExtensionMobility::credentialPolicyIsValidated()
{
    EngineLab e;
    Cluster *c = e.cluster(1);
    const CredentialPolicy before = c->credentialPolicy(CredentialKind::ApplicationUserPassword);
    CredentialPolicy p = before;
    p.failedLogon = 101;
    QCOMPARE(c->saveCredentialPolicy(p).field(), QStringLiteral("failedLogon"));
    p = before;
    p.resetMinutes = 0;
    QCOMPARE(c->saveCredentialPolicy(p).field(), QStringLiteral("resetMinutes"));
    p = before;
    p.lockoutMinutes = 1441;
    QCOMPARE(c->saveCredentialPolicy(p).field(), QStringLiteral("lockoutMinutes"));
    QCOMPARE(c->credentialPolicy(CredentialKind::ApplicationUserPassword), before);
    // No Limit for Failed Logons: wrong passwords are never locked out.
    p = before;
    p.failedLogon = 0;
    QVERIFY(c->saveCredentialPolicy(p).ok());
    for (int i = 0; i < 10; ++i)
        QCOMPARE(e.em(1)->authenticateCallerNow(QStringLiteral("emapi"), QStringLiteral("wrong"), QStringLiteral("carol")), 3);
    QCOMPARE(e.em(1)->authenticateCallerNow(QStringLiteral("emapi"), QStringLiteral("emapi-pass"), QStringLiteral("carol")), 0);
}

void TestExtensionMobility::lockSurvivesReopen()
{
    EngineLab e;
    const QString carolsPhone = QStringLiteral("SEPC10000000002");
    for (int i = 0; i < 3; ++i) {
        QCOMPARE(e.login(1, carolsPhone, QStringLiteral("carol"), QStringLiteral("00000")).code, 201);
        QCOMPARE(e.em(1)->authenticateCallerNow(QStringLiteral("emapi"), QStringLiteral("wrong"), QStringLiteral("carol")), 3);
    }
    CredentialPolicy p = e.cluster(1)->credentialPolicy(CredentialKind::EndUserPin);
    p.lockoutMinutes = 90;
    QVERIFY(e.cluster(1)->saveCredentialPolicy(p).ok());

    // Restarted: the locks, and the policy, were stored in the cluster's database.
    e.lab = std::make_unique<Lab>();
    e.lab->clock()->setMode(Clock::Mode::Manual);
    e.lab->credentialVerifier()->setMode(CredentialVerifier::Mode::Inline);
    QString error;
    QVERIFY2(e.lab->open(e.dir.path(), &error), qPrintable(error));
    QCOMPARE(e.cluster(1)->credentialPolicy(CredentialKind::EndUserPin).lockoutMinutes, 90);
    QCOMPARE(e.login(1, carolsPhone, QStringLiteral("carol")).code, 201);
    QCOMPARE(e.em(1)->authenticateCallerNow(QStringLiteral("emapi"), QStringLiteral("emapi-pass"), QStringLiteral("carol")), 9);
    // Lab time starts again with the lab: the lock counts its full duration from there.
    e.lab->clock()->advance(90 * 60'000);
    QVERIFY(e.login(1, carolsPhone, QStringLiteral("carol")).ok());
}

void TestExtensionMobility::apiCallersAreLockedOut()
{
    EngineLab e;
    ExtensionMobility *em = e.em(1);
    const QString carol = QStringLiteral("carol");
    // The application user: wrong passwords are Invalid App User (3), then the lock answers
    // Dir. User Info Error (9) even to the right password.
    for (int i = 0; i < 3; ++i)
        QCOMPARE(em->authenticateCallerNow(QStringLiteral("emapi"), QStringLiteral("wrong"), carol), 3);
    QCOMPARE(em->authenticateCallerNow(QStringLiteral("emapi"), QStringLiteral("emapi-pass"), carol), 9);
    QVERIFY(e.hasEvent(LabEvent::Type::CredentialFailed, QStringLiteral("Cluster1")));
    QVERIFY(e.hasEvent(LabEvent::Type::CredentialLocked, QStringLiteral("Cluster1")));
    // An end user as appID: wrong tries lock it too, PIN or password.
    for (int i = 0; i < 3; ++i)
        QCOMPARE(em->authenticateCallerNow(carol, QStringLiteral("54321"), carol), 3);
    QCOMPARE(em->authenticateCallerNow(carol, QStringLiteral("12345"), carol), 9);
    // An unknown appID answers the same way, so a lockout does not reveal who exists.
    for (int i = 0; i < 3; ++i)
        QCOMPARE(em->authenticateCallerNow(QStringLiteral("ghost"), QStringLiteral("x"), carol), 3);
    QCOMPARE(em->authenticateCallerNow(QStringLiteral("ghost"), QStringLiteral("x"), carol), 9);
    // The administrator unlocks the application user.
    Cluster *c = e.cluster(1);
    QVERIFY(c->unlockCredential(CredentialKind::ApplicationUserPassword, c->applicationUserByUserId(QStringLiteral("emapi"))->id).ok());
    QCOMPARE(em->authenticateCallerNow(QStringLiteral("emapi"), QStringLiteral("emapi-pass"), carol), 0);
}

void TestExtensionMobility::unknownUsersCostTheSameWork()
{
    EngineLab e;
    CredentialVerifier *v = e.lab->credentialVerifier();
    const QString phone = QStringLiteral("SEPC10000000002");
    // A phone login: one derivation for a known user with a wrong PIN and for an unknown one.
    quint64 before = v->derivations();
    QCOMPARE(e.login(1, phone, QStringLiteral("carol"), QStringLiteral("99999")).code, 201);
    QCOMPARE(v->derivations() - before, 1u);
    before = v->derivations();
    QCOMPARE(e.login(1, phone, QStringLiteral("nobody"), QStringLiteral("99999")).code, 201);
    QCOMPARE(v->derivations() - before, 1u);
    // The EM API: two for an application user, an end user and an unknown appID alike.
    for (const QString &appId : {QStringLiteral("emapi"), QStringLiteral("bob"), QStringLiteral("ghost")}) {
        before = v->derivations();
        QCOMPARE(e.em(1)->authenticateCallerNow(appId, QStringLiteral("wrong"), QStringLiteral("bob")), 3);
        QCOMPARE(v->derivations() - before, 2u);
    }
    // The dummy digest costs what a real one does and matches nothing.
    const QStringList parts = CredentialVerifier::dummyDigest().split(QLatin1Char('$'));
    QCOMPARE(parts.value(1).toInt(), CredentialHasher::DefaultIterations);
    QVERIFY(!CredentialVerifier::check(QString(), QString()));
}

// Extension Mobility needs no Lab: built by hand with its own clock, counters, event log and
// ILS network, it works on those and on nothing else.
void TestExtensionMobility::worksWithWhatItIsHanded()
{
    EngineLab e; // for Cluster1's users, profiles and phones
    Cluster *c1 = e.cluster(1);
    Clock clock(Clock::Mode::Manual);
    EventLog events(&clock);
    Counters counters;
    IlsNetwork ils(&clock, &events, &counters);
    ils.addCluster(c1, IlsRole::Hub);
    ils.start();
    CredentialVerifier verifier;
    verifier.setMode(CredentialVerifier::Mode::Inline);
    Registrar registrar(c1, &events);
    ExtensionMobility em(c1, {&clock, &events, &counters, &ils, &registrar, &verifier});
    em.setProcessingTimeMs(500);
    QCOMPARE(em.processingTimeMs(), 500);

    QVERIFY(!ils.dnRecord(QStringLiteral("Cluster1"), QStringLiteral("1000002")).value_or(IlsRecord{}).isPresent());
    const qint64 labLogins = e.lab->counters()->value(QStringLiteral("Cluster1"), CounterNames::LoginsSuccessful);
    const size_t labEvents = e.lab->events()->events().size();
    EmLoginRequest r;
    r.deviceName = QStringLiteral("SEPC10000000002");
    r.id = QStringLiteral("carol");
    r.pin = QStringLiteral("12345");
    r.loginType = QStringLiteral("UID");
    std::optional<EmResult> out;
    em.login(r, [&](const EmResult &res) { out = res; });
    clock.advance(499);
    QVERIFY(!out); // the handed clock, not the lab's, paces the request
    clock.advance(1);
    QVERIFY(out);
    QVERIFY2(out->ok(), qPrintable(out->detail.englishText()));
    QCOMPARE(registrar.loggedInUser(QStringLiteral("SEPC10000000002")), QStringLiteral("carol"));
    QCOMPARE(counters.value(QStringLiteral("Cluster1"), CounterNames::LoginsSuccessful), 1);
    QCOMPARE(e.lab->counters()->value(QStringLiteral("Cluster1"), CounterNames::LoginsSuccessful), labLogins);
    const auto isCarolsLogin = [](const LabEvent &ev) { return ev.type == LabEvent::Type::Login && ev.user == QLatin1String("carol"); };
    QVERIFY(std::any_of(events.events().cbegin(), events.events().cend(), isCarolsLogin));
    QVERIFY(std::none_of(e.lab->events()->events().cbegin() + labEvents, e.lab->events()->events().cend(), isCarolsLogin));
    // the handed ILS network learns where carol's DN is registered now; the lab's does not
    const std::optional<IlsRecord> where = ils.dnRecord(QStringLiteral("Cluster1"), QStringLiteral("1000002"));
    QVERIFY(where);
    QCOMPARE(where->devices, QStringList{QStringLiteral("SEPC10000000002")});
    QVERIFY(!e.lab->ils()->dnRecord(QStringLiteral("Cluster1"), QStringLiteral("1000002")).value_or(IlsRecord{}).isPresent());
}

void TestExtensionMobility::processingTimeFollowsTheLabSettings()
{
    EngineLab e;
    Lab::Settings s = e.lab->settings();
    s.emProcessingMs = 400;
    e.lab->setSettings(s);
    QCOMPARE(e.em(1)->processingTimeMs(), 400);
    QCOMPARE(e.em(3)->processingTimeMs(), 400);
    std::optional<EmResult> out;
    e.em(1)->logout(QStringLiteral("SEPC10000000001"), [&](const EmResult &res) { out = res; });
    e.lab->clock()->advance(399);
    QVERIFY(!out);
    e.lab->clock()->advance(1);
    QVERIFY(out);
    QVERIFY(out->ok());
}

QTEST_GUILESS_MAIN(TestExtensionMobility)
void TestExtensionMobility::credentialCache()
{
    // What the EM user cache remembers, and for how long (lab time).
    const QString digest = CredentialHasher::hash(QStringLiteral("12345"));
    const QString other = CredentialHasher::hash(QStringLiteral("12345")); // same PIN, new salt
    QVERIFY(digest != other);
    CredentialCache cache(1000);
    QVERIFY(!cache.lookup(QStringLiteral("12345"), digest, 0));
    QVERIFY(cache.verify(QStringLiteral("12345"), digest, 0)); // derived once, then remembered
    QCOMPARE(cache.size(), 1);
    QVERIFY(cache.lookup(QStringLiteral("12345"), digest, 999));
    QVERIFY(!cache.lookup(QStringLiteral("54321"), digest, 10));  // another secret
    QVERIFY(!cache.lookup(QStringLiteral("12345"), other, 10));   // a changed digest (new PIN)
    QVERIFY(!cache.lookup(QStringLiteral("12345"), QString(), 10)); // no digest: never
    QVERIFY(!cache.verify(QStringLiteral("54321"), digest, 10));  // a wrong secret is not kept
    QCOMPARE(cache.size(), 1);
    QVERIFY(!cache.lookup(QStringLiteral("12345"), digest, 1000)); // lifetime over: forgotten
    QCOMPARE(cache.size(), 0);
    // two secrets of one digest (a password and a PIN hashed alike) are kept apart
    cache.remember(QStringLiteral("a"), digest, 0);
    cache.remember(QStringLiteral("b"), digest, 0);
    QCOMPARE(cache.size(), 2);
    QVERIFY(cache.lookup(QStringLiteral("a"), digest, 1) && cache.lookup(QStringLiteral("b"), digest, 1));
    cache.remember(QStringLiteral("a"), digest, 500); // remembered again: lives on, counted once
    QCOMPARE(cache.size(), 2);
    QVERIFY(cache.lookup(QStringLiteral("a"), digest, 1200));
    QVERIFY(!cache.lookup(QStringLiteral("b"), digest, 1200));
}

#include "tst_extensionmobility.moc"
