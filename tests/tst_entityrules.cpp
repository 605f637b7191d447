#include <QtTest>

#include "catalog/parametercatalog.h"
#include "catalog/servicecatalog.h"
#include "testsupport.h"

/// Every rule a real cluster enforces: each accepted and refused, and a refusal changes nothing.
class TestEntityRules : public QObject
{
    Q_OBJECT

    std::unique_ptr<BlankCluster> m_blank;
    Cluster *c() { return m_blank->cluster.get(); }

    PhoneService emService()
    {
        PhoneService s;
        s.name = QStringLiteral("Extension Mobility");
        s.url = QStringLiteral("http://blank-pub:8080/emapp/EMAppServlet?device=#DEVICENAME#");
        return s;
    }
    Device profile(const QString &name, const QStringList &lines = {})
    {
        Device d;
        d.kind = Device::Kind::Profile;
        d.name = name;
        d.model = QStringLiteral("Cisco 8865");
        d.protocol = QStringLiteral("SIP");
        d.lines = lines;
        return d;
    }
    Device phone(const QString &name, const QStringList &lines = {})
    {
        Device d;
        d.name = name;
        d.model = QStringLiteral("Cisco 8845");
        d.protocol = QStringLiteral("SIP");
        d.emEnabled = true;
        d.lines = lines;
        return d;
    }
    EndUser user(const QString &id)
    {
        EndUser u;
        u.userId = id;
        u.lastName = QStringLiteral("Tester");
        return u;
    }
    void expectRefused(const Refusal &r, const QString &field)
    {
        QVERIFY2(!r.ok(), "the change should have been refused");
        QCOMPARE(r.field(), field);
        QVERIFY(!r.text().isEmpty());
    }

private slots:
    void init() { m_blank = std::make_unique<BlankCluster>(); }
    void cleanup() { m_blank.reset(); }

    void phoneServiceRules_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("url");
        QTest::addColumn<QString>("secureUrl");
        QTest::addColumn<QString>("refusedField");
        QTest::newRow("valid") << "Extension Mobility" << "http://blank-pub:8080/emapp/EMAppServlet?device=#DEVICENAME#" << "" << "";
        QTest::newRow("valid loginType DN") << "EM by DN" << "http://blank-pub:8080/emapp/EMAppServlet?device=#DEVICENAME#&loginType=DN" << "" << "";
        QTest::newRow("valid secure") << "EM secure" << "http://h/x" << "https://blank-pub:8443/emapp/EMAppServlet?device=#DEVICENAME#" << "";
        QTest::newRow("no name") << "" << "http://h/x" << "" << "serviceName";
        QTest::newRow("no url") << "EM" << "" << "" << "serviceUrl";
        QTest::newRow("ftp url") << "EM" << "ftp://h/x" << "" << "serviceUrl";
        QTest::newRow("not a url") << "EM" << "emapp servlet" << "" << "serviceUrl";
        QTest::newRow("bad loginType") << "EM" << "http://h/EMAppServlet?device=#DEVICENAME#&loginType=PIN" << "" << "serviceUrl";
        QTest::newRow("secure not https") << "EM" << "http://h/x" << "http://h/x" << "secureServiceUrl";
    }
    void phoneServiceRules()
    {
        QFETCH(QString, name);
        QFETCH(QString, url);
        QFETCH(QString, secureUrl);
        QFETCH(QString, refusedField);
        PhoneService s;
        s.name = name;
        s.url = url;
        s.secureUrl = secureUrl;
        const Refusal r = c()->savePhoneService(s);
        if (refusedField.isEmpty()) {
            QVERIFY2(r.ok(), qPrintable(r.englishText()));
            QCOMPARE(c()->phoneServices().size(), 1);
            QCOMPARE(c()->phoneServices().first().asciiName, name); // filled from an ASCII name
        } else {
            expectRefused(r, refusedField);
            QVERIFY(c()->phoneServices().isEmpty());
        }
    }

    void phoneServiceNameIsUniqueAndAsciiNameIsAscii()
    {
        PhoneService a = emService();
        QVERIFY(c()->savePhoneService(a).ok());
        PhoneService b = emService();
        b.name = QStringLiteral("extension mobility");
        expectRefused(c()->savePhoneService(b), QStringLiteral("serviceName"));
        PhoneService jp = emService();
        jp.name = QStringLiteral("内線モビリティ");
        expectRefused(c()->savePhoneService(jp), QStringLiteral("asciiServiceName"));
        jp.asciiName = QStringLiteral("Naisen Mobility");
        QVERIFY(c()->savePhoneService(jp).ok());
    }

    void enterpriseSubscriptionOnlyWhenAdding()
    {
        PhoneService s = emService();
        QVERIFY(c()->savePhoneService(s).ok());
        s.enterpriseSubscription = true;
        expectRefused(c()->savePhoneService(s), QStringLiteral("enterpriseSubscription"));
        QVERIFY(!c()->phoneService(s.id)->enterpriseSubscription);
        s.enterpriseSubscription = false;
        s.description = QStringLiteral("changed");
        QVERIFY(c()->savePhoneService(s).ok());
        PhoneService e = emService();
        e.name = QStringLiteral("Everyone's EM");
        e.enterpriseSubscription = true;
        QVERIFY(c()->savePhoneService(e).ok());
        QVERIFY(c()->phoneService(e.id)->enterpriseSubscription);
    }

    void deviceProfileRules()
    {
        Device p = profile(QStringLiteral("UDP-ok"), {QStringLiteral("1234")});
        QVERIFY(c()->saveDevice(p).ok());
        Device longName = profile(QString(51, QLatin1Char('x')));
        expectRefused(c()->saveDevice(longName), QStringLiteral("deviceName"));
        Device dup = profile(QStringLiteral("udp-OK"));
        expectRefused(c()->saveDevice(dup), QStringLiteral("deviceName"));
        Device noEm = profile(QStringLiteral("UDP-old"));
        noEm.model = QStringLiteral("Cisco 7942");
        noEm.protocol = QStringLiteral("SCCP");
        expectRefused(c()->saveDevice(noEm), QStringLiteral("model"));
        Device sccp = profile(QStringLiteral("UDP-sccp"));
        sccp.protocol = QStringLiteral("SCCP"); // the 8865 runs SIP only
        expectRefused(c()->saveDevice(sccp), QStringLiteral("protocol"));
        Device sccp6941 = profile(QStringLiteral("UDP-6941"));
        sccp6941.model = QStringLiteral("Cisco 6941");
        sccp6941.protocol = QStringLiteral("SCCP");
        QVERIFY(c()->saveDevice(sccp6941).ok());
        Device badUser = profile(QStringLiteral("UDP-auto"));
        badUser.loginUserId = QStringLiteral("nobody");
        expectRefused(c()->saveDevice(badUser), QStringLiteral("loginUserId"));
        QCOMPARE(c()->deviceProfiles().size(), 2);
    }

    void directoryNumbersAreDigitsAndUniqueInTheCluster()
    {
        Device a = profile(QStringLiteral("UDP-a"), {QStringLiteral("1000001")});
        QVERIFY(c()->saveDevice(a).ok());
        Device b = profile(QStringLiteral("UDP-b"), {QStringLiteral("1000001")});
        expectRefused(c()->saveDevice(b), QStringLiteral("directoryNumber"));
        b.lines = {QStringLiteral("1000-002")};
        expectRefused(c()->saveDevice(b), QStringLiteral("directoryNumber"));
        b.lines = {QStringLiteral("1000002"), QStringLiteral("1000002")};
        expectRefused(c()->saveDevice(b), QStringLiteral("directoryNumber"));
        b.lines = {QStringLiteral("1000002")};
        QVERIFY(c()->saveDevice(b).ok());
        QCOMPARE(c()->deviceForDn(QStringLiteral("1000002"))->name, QStringLiteral("UDP-b"));
        // moving a DN away frees it
        b.lines = {QStringLiteral("1000003")};
        QVERIFY(c()->saveDevice(b).ok());
        QVERIFY(!c()->deviceForDn(QStringLiteral("1000002")));
    }

    void phoneRules()
    {
        Device ok = phone(QStringLiteral("sep00aabbccddee")); // names are normalised to upper case
        QVERIFY(c()->saveDevice(ok).ok());
        QCOMPARE(ok.name, QStringLiteral("SEP00AABBCCDDEE"));
        for (const QString &bad : {QStringLiteral("SEP123"), QStringLiteral("ABC00AABBCCDDEF"), QStringLiteral("SEP00AABBCCDDEG")}) {
            Device d = phone(bad);
            expectRefused(c()->saveDevice(d), QStringLiteral("deviceName"));
        }
        Device dup = phone(QStringLiteral("SEP00AABBCCDDEE"));
        expectRefused(c()->saveDevice(dup), QStringLiteral("deviceName"));
        Device noEm = phone(QStringLiteral("SEP00AABBCCDD01"));
        noEm.model = QStringLiteral("Cisco 7942");
        expectRefused(c()->saveDevice(noEm), QStringLiteral("enableExtensionMobility"));
        noEm.emEnabled = false;
        QVERIFY(c()->saveDevice(noEm).ok());
        Device badLogout = phone(QStringLiteral("SEP00AABBCCDD02"));
        badLogout.logoutProfileId = ok.id; // a phone is not a profile
        expectRefused(c()->saveDevice(badLogout), QStringLiteral("logoutProfile"));
        Device tooMany = phone(QStringLiteral("SEP00AABBCCDD03"));
        tooMany.model = QStringLiteral("Cisco 7821"); // two line buttons
        tooMany.lines = {QStringLiteral("1"), QStringLiteral("2"), QStringLiteral("3")};
        expectRefused(c()->saveDevice(tooMany), QStringLiteral("directoryNumber"));
        Device badLocale = phone(QStringLiteral("SEP00AABBCCDD04"));
        badLocale.locale = QStringLiteral("Klingon");
        expectRefused(c()->saveDevice(badLocale), QStringLiteral("locale"));
        QCOMPARE(c()->phones().size(), 2);
    }

    void logoutProfileCannotBeDeleted()
    {
        Device p = profile(QStringLiteral("UDP-lobby"));
        QVERIFY(c()->saveDevice(p).ok());
        Device ph = phone(QStringLiteral("SEP0000000000A1"));
        ph.logoutProfileId = p.id;
        QVERIFY(c()->saveDevice(ph).ok());
        const Refusal r = c()->deleteDevice(p.id);
        QVERIFY(!r.ok());
        QVERIFY(r.englishText().contains(QLatin1String("Log Out Profile")));
        QVERIFY(c()->device(p.id));
        ph.logoutProfileId = 0;
        QVERIFY(c()->saveDevice(ph).ok());
        QVERIFY(c()->deleteDevice(p.id).ok());
    }

    void endUserRules()
    {
        EndUser u = user(QStringLiteral("taro"));
        expectRefused(c()->saveEndUser(u), QStringLiteral("pin")); // a new user needs a PIN
        expectRefused(c()->saveEndUser(u, QStringLiteral("12ab")), QStringLiteral("pin"));
        u.userId = QStringLiteral("taro yamada");
        expectRefused(c()->saveEndUser(u, QStringLiteral("1234")), QStringLiteral("userId"));
        u.userId = QStringLiteral("taro");
        u.lastName.clear();
        expectRefused(c()->saveEndUser(u, QStringLiteral("1234")), QStringLiteral("lastName"));
        u.lastName = QStringLiteral("山田");
        u.primaryExtension = QStringLiteral("5555");
        expectRefused(c()->saveEndUser(u, QStringLiteral("1234")), QStringLiteral("primaryExtension"));
        u.primaryExtension.clear();
        u.selfServiceId = QStringLiteral("self");
        expectRefused(c()->saveEndUser(u, QStringLiteral("1234")), QStringLiteral("selfServiceUserId"));
        u.selfServiceId = QStringLiteral("777");
        QVERIFY(c()->saveEndUser(u, QStringLiteral("1234")).ok());
        EndUser dup = user(QStringLiteral("TARO"));
        expectRefused(c()->saveEndUser(dup, QStringLiteral("1")), QStringLiteral("userId"));
        EndUser sameSelf = user(QStringLiteral("jiro"));
        sameSelf.selfServiceId = QStringLiteral("777");
        expectRefused(c()->saveEndUser(sameSelf, QStringLiteral("1")), QStringLiteral("selfServiceUserId"));
        QCOMPARE(c()->endUserCount(), 1);
    }

    void alphanumericUserIdParameterDecides()
    {
        QVERIFY(c()->setServiceParameter(Services::ExtensionMobility, Params::AlphanumericUserId, QStringLiteral("False")).ok());
        EndUser letters = user(QStringLiteral("hanako"));
        expectRefused(c()->saveEndUser(letters, QStringLiteral("1")), QStringLiteral("userId"));
        EndUser digits = user(QStringLiteral("80012"));
        QVERIFY(c()->saveEndUser(digits, QStringLiteral("1")).ok());
    }

    void controlledAndDefaultProfiles()
    {
        Device p1 = profile(QStringLiteral("UDP-1"), {QStringLiteral("100")});
        Device p2 = profile(QStringLiteral("UDP-2"));
        QVERIFY(c()->saveDevice(p1).ok());
        QVERIFY(c()->saveDevice(p2).ok());
        EndUser u = user(QStringLiteral("sora"));
        u.controlledProfiles = {p1.id};
        u.defaultProfileId = p2.id;
        expectRefused(c()->saveEndUser(u, QStringLiteral("1")), QStringLiteral("defaultProfile"));
        u.controlledProfiles = {p1.id, p1.id};
        u.defaultProfileId = 0;
        expectRefused(c()->saveEndUser(u, QStringLiteral("1")), QStringLiteral("controlledProfiles"));
        u.controlledProfiles = {p1.id, p2.id};
        u.defaultProfileId = p2.id;
        u.primaryExtension = QStringLiteral("100");
        QVERIFY(c()->saveEndUser(u, QStringLiteral("1")).ok());

        // while logged in with UDP-1, it cannot leave Controlled Profiles, nor can the user be deleted
        Device ph = phone(QStringLiteral("SEP0000000000B1"));
        QVERIFY(c()->saveDevice(ph).ok());
        QVERIFY(c()->recordLogin({ph.id, u.id, p1.id, 0, 0}).ok());
        EndUser changed = u;
        changed.controlledProfiles = {p2.id};
        expectRefused(c()->saveEndUser(changed), QStringLiteral("controlledProfiles"));
        QVERIFY(!c()->deleteEndUser(u.id).ok());
        QVERIFY(!c()->deleteDevice(p1.id).ok());
        QVERIFY(c()->recordLogout(ph.id).ok());
        QVERIFY(c()->saveEndUser(changed).ok());
    }

    void standardGroupsAreSeededAndProtected()
    {
        for (const QString &name : {Groups::CcmEndUsers, Groups::CcmSuperUsers, Groups::CcmAdminUsers, Groups::AxlApiUsers,
                                    Groups::EmProxyRights, Groups::RoamingSuperUsers})
            QVERIFY2(c()->accessControlGroupByName(name), qPrintable(name));
        AccessControlGroup g = *c()->accessControlGroupByName(Groups::RoamingSuperUsers);
        expectRefused(c()->deleteAccessControlGroup(g.id), QString());
        g.name = QStringLiteral("Roamers");
        expectRefused(c()->saveAccessControlGroup(g), QStringLiteral("name"));
        QVERIFY(c()->accessControlGroupByName(Groups::RoamingSuperUsers));

        AccessControlGroup custom;
        custom.name = QStringLiteral("Lab Trainers");
        QVERIFY(c()->saveAccessControlGroup(custom).ok());
        AccessControlGroup dup;
        dup.name = QStringLiteral("lab trainers");
        expectRefused(c()->saveAccessControlGroup(dup), QStringLiteral("name"));
        custom.name = QStringLiteral("Lab Instructors");
        QVERIFY(c()->saveAccessControlGroup(custom).ok());
        QVERIFY(c()->deleteAccessControlGroup(custom.id).ok());
    }

    void groupMembership()
    {
        EndUser u = user(QStringLiteral("mika"));
        QVERIFY(c()->saveEndUser(u, QStringLiteral("1")).ok());
        QVERIFY(c()->addEndUserToGroup(Groups::RoamingSuperUsers, u.id).ok());
        QVERIFY(c()->isEndUserInGroup(u.id, Groups::RoamingSuperUsers));
        QVERIFY(c()->groupsOfEndUser(u.id).contains(Groups::RoamingSuperUsers));
        QVERIFY(!c()->addEndUserToGroup(QStringLiteral("No Such Group"), u.id).ok());
        QVERIFY(c()->removeEndUserFromGroup(Groups::RoamingSuperUsers, u.id).ok());
        QVERIFY(!c()->isEndUserInGroup(u.id, Groups::RoamingSuperUsers));
        ApplicationUser api;
        api.userId = QStringLiteral("mika"); // shares the user ID namespace with end users
        expectRefused(c()->saveApplicationUser(api, QStringLiteral("pw")), QStringLiteral("userId"));
        api.userId = QStringLiteral("emapi");
        expectRefused(c()->saveApplicationUser(api), QStringLiteral("password"));
        QVERIFY(c()->saveApplicationUser(api, QStringLiteral("pw")).ok());
        QVERIFY(c()->addApplicationUserToGroup(Groups::EmProxyRights, api.id).ok());
        QVERIFY(c()->isApplicationUserInGroup(api.id, Groups::EmProxyRights));
    }

    void serviceActivationRules()
    {
        const QString pub = QStringLiteral("blank-pub"), sub = QStringLiteral("blank-sub1");
        // a fresh cluster: network services run, feature services wait for activation
        QVERIFY(c()->isServiceRunning(pub, Services::Tomcat));
        QVERIFY(!c()->serviceState(pub, Services::ExtensionMobility).activated);
        expectRefused(c()->setServiceActivated(sub, Services::Ils, true), QStringLiteral("service"));
        QVERIFY(c()->setServiceActivated(pub, Services::Ils, true).ok());
        QVERIFY(c()->isServiceRunning(pub, Services::Ils));
        expectRefused(c()->setServiceRunning(sub, Services::ExtensionMobility, true), QStringLiteral("service"));
        expectRefused(c()->setServiceActivated(pub, Services::Tomcat, false), QStringLiteral("service"));
        QVERIFY(c()->setServiceRunning(pub, Services::Tomcat, false).ok());
        QVERIFY(!c()->isServiceRunning(pub, Services::Tomcat));
        QVERIFY(c()->setNodeUp(pub, false).ok());
        expectRefused(c()->setServiceRunning(pub, Services::Tomcat, true), QStringLiteral("server"));
        QVERIFY(!c()->isServiceRunning(pub, Services::Ils)); // its node is down
        QVERIFY(c()->isUp()); // the subscriber still runs
        QVERIFY(c()->setUp(false).ok());
        QVERIFY(!c()->isUp());
    }

    void parameterRules_data()
    {
        QTest::addColumn<QString>("service");
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("stored"); // empty = refused
        const QString em = Services::ExtensionMobility;
        QTest::newRow("max requests ok") << em << Params::MaxConcurrentRequests << "100" << "100";
        QTest::newRow("max requests 0") << em << Params::MaxConcurrentRequests << "0" << "";
        QTest::newRow("max requests 101") << em << Params::MaxConcurrentRequests << "101" << "";
        QTest::newRow("max requests text") << em << Params::MaxConcurrentRequests << "five" << "";
        QTest::newRow("behavior ok") << em << Params::MultipleLoginBehavior << "auto logout" << "Auto Logout";
        QTest::newRow("behavior bad") << em << Params::MultipleLoginBehavior << "Sometimes" << "";
        QTest::newRow("login time") << em << Params::MaxLoginTime << ":30" << "0:30";
        QTest::newRow("login time max") << em << Params::MaxLoginTime << "168:00" << "168:00";
        QTest::newRow("login time over") << em << Params::MaxLoginTime << "168:01" << "";
        QTest::newRow("bool") << em << Params::AllowProxy << "true" << "True";
        QTest::newRow("bool bad") << em << Params::AllowProxy << "yes" << "";
        QTest::newRow("cache low") << em << Params::CacheSize << "999" << "";
        QTest::newRow("trusted too long") << em << Params::TrustedIps << QString(1025, QLatin1Char('1')) << "";
        QTest::newRow("enterprise sync") << "" << Params::SyncAutoDeviceProfile << "False" << "False";
        QTest::newRow("cluster id") << "" << Params::ClusterId << "tokyo-1" << "tokyo-1";
        QTest::newRow("cluster id spaces") << "" << Params::ClusterId << "tokyo 1" << "";
        QTest::newRow("unknown") << em << "No Such Parameter" << "1" << "";
    }
    void parameterRules()
    {
        QFETCH(QString, service);
        QFETCH(QString, name);
        QFETCH(QString, value);
        QFETCH(QString, stored);
        const QString before = service.isEmpty() ? c()->enterpriseParameter(name) : c()->serviceParameter(service, name);
        const Refusal r = service.isEmpty() ? c()->setEnterpriseParameter(name, value) : c()->setServiceParameter(service, name, value);
        const QString after = service.isEmpty() ? c()->enterpriseParameter(name) : c()->serviceParameter(service, name);
        if (stored.isEmpty()) {
            QVERIFY(!r.ok());
            QCOMPARE(after, before);
        } else {
            QVERIFY2(r.ok(), qPrintable(r.englishText()));
            QCOMPARE(after, stored);
        }
    }

    void settingMaxLoginTimeTurnsEnforcementOn()
    {
        const QString em = Services::ExtensionMobility;
        QCOMPARE(c()->serviceParameter(em, Params::EnforceMaxLoginTime), QStringLiteral("False"));
        QVERIFY(c()->setServiceParameter(em, Params::MaxLoginTime, QStringLiteral("2:00")).ok());
        QCOMPARE(c()->serviceParameter(em, Params::EnforceMaxLoginTime), QStringLiteral("True"));
    }

    void refusalsAreTranslatedWhenShown()
    {
        // the message is kept as source text: translating happens when text() is called
        const Refusal r = c()->setServiceParameter(Services::ExtensionMobility, Params::MaxConcurrentRequests, QStringLiteral("0"));
        QCOMPARE(r.englishText(), QStringLiteral("Maximum Concurrent Requests must be a whole number from 1 to 100."));
        QCOMPARE(r.text(), r.englishText()); // no translator installed here
    }
};

QTEST_GUILESS_MAIN(TestEntityRules)
#include "tst_entityrules.moc"
