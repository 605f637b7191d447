// Extension Mobility inside one cluster: login types, profiles, throttling, behaviours.
#include "enginetestsupport.h"

#include "catalog/parametercatalog.h"
#include "catalog/servicecatalog.h"

class TestExtensionMobility : public QObject
{
    Q_OBJECT
private slots:
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
    void phoneHttpErrors();
    void loginsAreCommittedTogetherAndSurviveReopen();
    void lostCommitUndoesLoginsAndLogouts();
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
    QCOMPARE(e.em(1)->authenticateCaller(QStringLiteral("emapi"), QStringLiteral("emapi-pass"), QStringLiteral("carol")), 0);
    QCOMPARE(e.em(1)->authenticateCaller(QStringLiteral("emapi"), QStringLiteral("wrong"), QStringLiteral("carol")), 3);
    QCOMPARE(e.em(1)->authenticateCaller(QStringLiteral("carol"), QStringLiteral("12345"), QStringLiteral("carol")), 0);
    QCOMPARE(e.em(1)->authenticateCaller(QStringLiteral("carol"), QStringLiteral("12345"), QStringLiteral("bob")), 10);
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

// The same rule as the HTTP layer: Cisco IP Phone Services stopped → only the Services menu
// answers 503; Cisco Extension Mobility Application stopped → EMApp answers 503.
void TestExtensionMobility::phoneHttpErrors()
{
    EngineLab e;
    Cluster *c = e.cluster(1);
    const QString pub = c->publisher().hostName;
    QCOMPARE(e.em(1)->phoneHttpError(Phone, true), QString());
    QCOMPARE(e.em(1)->phoneHttpError(Phone, false), QString());
    QVERIFY(c->setServiceRunning(pub, Services::IpPhoneServices, false).ok());
    QCOMPARE(e.em(1)->phoneHttpError(Phone, true), QString());
    QCOMPARE(e.em(1)->phoneHttpError(Phone, false), QStringLiteral("http-503"));
    QVERIFY(c->setServiceRunning(pub, Services::IpPhoneServices, true).ok());
    QVERIFY(c->setServiceRunning(pub, Services::EmApplication, false).ok());
    QCOMPARE(e.em(1)->phoneHttpError(Phone, true), QStringLiteral("http-503"));
    QCOMPARE(e.em(1)->phoneHttpError(Phone, false), QString());
    QVERIFY(c->setServiceRunning(pub, Services::EmApplication, true).ok());
    QVERIFY(c->setServiceRunning(pub, Services::Tomcat, false).ok());
    QCOMPARE(e.em(1)->phoneHttpError(Phone, true), QStringLiteral("host-not-found"));
    QCOMPARE(e.em(1)->phoneHttpError(Phone, false), QStringLiteral("host-not-found"));
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

QTEST_GUILESS_MAIN(TestExtensionMobility)
#include "tst_extensionmobility.moc"
