// The troubleshooting lab: every entry of the seed's list set up on a phone (the phone shows
// the symptom), fixed (a login on that phone works), and its cluster reset to the demo state.
#include "troubleshootingsupport.h"

#include "catalog/parametercatalog.h"
#include "catalog/servicecatalog.h"
#include "phone/phonescript.h"

#include <QRandomGenerator>

class TestTroubleshootingLab : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void catalogue();
    void entries_data();
    void entries();
    void resetRestoresTheDemoState();
    void causesDoNotAddUp();
    void refusesUnknownCluster();

private:
    void demoStateOf(PhoneLab &p, int k);
    /// Everything of cluster @p c a set-up could touch, one line per fact.
    static QStringList stateOf(Lab *lab, Cluster *c);
    QHash<QString, QStringList> m_demo; ///< stateOf() every cluster of a fresh demo lab
};

void TestTroubleshootingLab::initTestCase()
{
    EngineLab fresh;
    for (Cluster *c : fresh.lab->clusters())
        m_demo.insert(c->name(), stateOf(fresh.lab.get(), c));
    QCOMPARE(m_demo.size(), 4);
}

QStringList TestTroubleshootingLab::stateOf(Lab *lab, Cluster *c)
{
    QStringList out;
    for (const Node &n : c->nodes())
        for (const ServiceCatalog::Service &s : ServiceCatalog::services())
            out << QStringLiteral("service %1 %2 %3").arg(n.hostName, s.name).arg(c->isServiceRunning(n.hostName, s.name));
    for (const ParameterCatalog::Parameter &p : ParameterCatalog::parameters())
        out << QStringLiteral("param %1/%2 = %3")
                   .arg(p.service, p.name, p.service.isEmpty() ? c->enterpriseParameter(p.name) : c->serviceParameter(p.service, p.name));
    for (const PhoneService &s : c->phoneServices())
        out << QStringLiteral("phone service %1 %2 %3").arg(s.name, s.url).arg(s.enabled);
    for (const Device &d : c->devices())
        out << QStringLiteral("device %1 em %2 locale %3 lines %4 services %5 logout profile %6")
                   .arg(d.name)
                   .arg(d.emEnabled)
                   .arg(d.locale, d.lines.join(QLatin1Char(',')))
                   .arg(d.services.size())
                   .arg(d.logoutProfileId);
    for (const EndUser &u : c->endUsers()) {
        QStringList profiles;
        for (qint64 id : u.controlledProfiles)
            profiles << c->device(id)->name;
        out << QStringLiteral("user %1 profiles %2 default %3 locale %4 home %5 pin locked %6")
                   .arg(u.userId, profiles.join(QLatin1Char(',')), u.defaultProfileId ? c->device(u.defaultProfileId)->name : QString(), u.locale)
                   .arg(u.homeCluster)
                   .arg(c->isCredentialLocked(CredentialKind::EndUserPin, u.id, lab->clock()->now()));
    }
    for (const Device &d : c->phones())
        out << QStringLiteral("login %1 %2").arg(d.name, lab->registrar(c)->loggedInUser(d.name));
    out << QStringLiteral("database failing %1").arg(c->isDatabaseFailing());
    return out;
}

void TestTroubleshootingLab::catalogue()
{
    const QList<TroubleshootingEntry> &all = TroubleshootingEntry::all();
    QCOMPARE(all.size(), 15); // the seed's list: 201 … 205
    QStringList codes;
    for (const TroubleshootingEntry &e : all) {
        codes.append(e.codeText());
        QVERIFY2(e.problem && e.resolution && e.setUp && e.fix, qPrintable(e.id));
    }
    QCOMPARE(codes.join(QLatin1Char(' ')), QStringLiteral("201 202 26 6 22 207 208 — HTTP 503 HTTP 503 — — — 25 205"));
    QVERIFY(TroubleshootingEntry::find(QStringLiteral("reset"))->cause);
    QVERIFY(!TroubleshootingEntry::find(QStringLiteral("nonsense")));
}

void TestTroubleshootingLab::entries_data()
{
    QTest::addColumn<QString>("id");
    QTest::addColumn<int>("cluster");
    QTest::addColumn<QString>("device");
    for (const TroubleshootingEntry &e : TroubleshootingEntry::all()) {
        // Cluster1's free phone (carol), and Cluster3's phone where kally is logged in
        QTest::newRow(qPrintable(e.id + QStringLiteral(" Cluster1"))) << e.id << 1 << QStringLiteral("SEPC10000000002");
        QTest::newRow(qPrintable(e.id + QStringLiteral(" Cluster3"))) << e.id << 3 << QStringLiteral("SEPC30000000001");
    }
}

void TestTroubleshootingLab::entries()
{
    QFETCH(QString, id);
    QFETCH(int, cluster);
    QFETCH(QString, device);
    PhoneLab p;
    TroubleshootingLab tl(p.lab(), p.phones.get(), p.lab()->clock());
    const QString clusterName = QStringLiteral("Cluster%1").arg(cluster);
    const TroubleshootingEntry &e = *TroubleshootingEntry::find(id);
    PhoneAgent *a = p.agent(device);
    Registrar *reg = p.lab()->registrar(p.cluster(cluster));

    // Set up: the phone shows the symptom
    tl.setUp(id, clusterName, device);
    QCOMPARE(tl.state(), TroubleshootingLab::State::Running);
    QVERIFY(runToEnd(p, tl));
    QCOMPARE(tl.state(), TroubleshootingLab::State::Symptom);
    const QString user = tl.userId();
    QCOMPARE(user, cluster == 1 ? (id == QLatin1String("25") ? QStringLiteral("bob") : QStringLiteral("carol")) : QStringLiteral("kally"));
    using S = TroubleshootingEntry::Symptom;
    switch (e.symptom) {
    case S::EmCode:
        QCOMPARE(a->failure(), PhoneAgent::Failure::None);
        QCOMPARE(a->emScreen().screen, EmAppXml::Screen::Result);
        QCOMPARE(a->emScreen().code, e.code);
        QVERIFY(reg->loggedInUser(device) != user);
        break;
    case S::HostNotFound:
        QCOMPARE(a->failure(), PhoneAgent::Failure::HostNotFound);
        QCOMPARE(a->failureText(), QStringLiteral("Host Not Found"));
        break;
    case S::HttpErrorOnServices:
    case S::HttpErrorOnEm:
        QCOMPARE(a->failure(), PhoneAgent::Failure::HttpError);
        QCOMPARE(a->httpStatus(), 503);
        QCOMPARE(tl.observed().servicesHaveEm, e.symptom == S::HttpErrorOnEm); // the menu came first
        break;
    case S::ResetNotRestart:
        QVERIFY(a->lastEngineResult());
        QCOMPARE(a->lastEngineResult()->action, EmResult::PhoneAction::Reset);
        QCOMPARE(tl.observed().restart, PhoneAgent::Restart::Reset);
        QCOMPARE(a->user(), user);
        break;
    case S::NoServicesAfterLogin:
    case S::NoServicesAfterLogout: {
        QCOMPARE(a->user(), e.symptom == S::NoServicesAfterLogin ? user : QString());
        // the Services key answers, with no Extension Mobility to choose
        QVERIFY(tl.observed().servicesChecked);
        QCOMPARE(a->failure(), PhoneAgent::Failure::None);
        QVERIFY(!a->screen().isEmpty());
        for (const PhoneObject::Item &item : a->screen().items)
            QVERIFY2(!item.url.contains(QLatin1String("EMAppServlet")), qPrintable(item.name));
        QVERIFY(!reg->services(device).contains(QStringLiteral("Extension Mobility")));
        break;
    }
    }

    // Fix: the seed's resolution, then a login on that phone works
    tl.fix(id, clusterName, device);
    QVERIFY(runToEnd(p, tl));
    QCOMPARE(tl.state(), TroubleshootingLab::State::Working);
    QCOMPARE(tl.observed().emCode, 0);
    QCOMPARE(a->failure(), PhoneAgent::Failure::None);
    QCOMPARE(a->user(), user);
    QCOMPARE(reg->loggedInUser(device), user);
    QVERIFY(reg->services(device).contains(QStringLiteral("Extension Mobility")));
    if (e.symptom == S::ResetNotRestart)
        QCOMPARE(tl.observed().restart, PhoneAgent::Restart::Restart); // the locales agree now
    if (id == QLatin1String("25"))
        QCOMPARE(p.lab()->mobility(clusterName)->userDevices(user).size(), 2);
    // the lab scripts' hands agree: the phone logs out and in again
    PhoneScript script(p.phones.get());
    QCOMPARE(script.logout(device), QStringLiteral("ok restart"));
    PhoneScript::Job job;
    job.device = device;
    job.id = user;
    job.pin = TroubleshootingLab::demoPin();
    QCOMPARE(script.login(job),
             QStringLiteral("ok %1 %2 on %3 restart").arg(device, user, clusterName));

    // Reset: the cluster as the demo lab has it
    tl.reset(clusterName);
    QCOMPARE(tl.state(), TroubleshootingLab::State::ResetDone);
    demoStateOf(p, cluster);
}

void TestTroubleshootingLab::demoStateOf(PhoneLab &p, int k)
{
    Cluster *c = p.cluster(k);
    QCOMPARE(stateOf(p.lab(), c), m_demo.value(c->name())); // as a fresh demo lab has it
    Registrar *reg = p.lab()->registrar(c);
    QVERIFY(!c->isDatabaseFailing());
    for (const Node &n : c->nodes())
        for (const QString &s : {Services::Tomcat, Services::IpPhoneServices, Services::EmApplication, Services::ExtensionMobility})
            QVERIFY2(c->isServiceRunning(n.hostName, s), qPrintable(n.hostName + QLatin1Char(' ') + s));
    QCOMPARE(c->serviceParameter(Services::ExtensionMobility, Params::MaxConcurrentRequests), QStringLiteral("5"));
    QCOMPARE(c->serviceParameter(Services::ExtensionMobility, Params::MultipleLoginBehavior), Params::MultipleLoginsNotAllowed);
    QCOMPARE(c->enterpriseParameter(Params::SyncAutoDeviceProfile), QStringLiteral("True"));
    QCOMPARE(c->phoneServiceByName(QStringLiteral("Extension Mobility"))->url,
             QStringLiteral("http://cucm%1-pub:8080/emapp/EMAppServlet?device=#DEVICENAME#").arg(k));
    const QString super = QStringList{{}, QStringLiteral("bob"), QStringLiteral("alice"), QStringLiteral("kally"), QStringLiteral("dave")}.at(k);
    const QString phone1 = QStringLiteral("SEPC%1").arg(k) + QStringLiteral("0000000001");
    const QString phone2 = QStringLiteral("SEPC%1").arg(k) + QStringLiteral("0000000002");
    QCOMPARE(reg->loggedInUser(phone1), super);
    QCOMPARE(reg->loggedInUser(phone2), QString());
    QVERIFY(c->deviceByName(phone2)->emEnabled);
    QCOMPARE(reg->services(phone2), QStringList{QStringLiteral("Extension Mobility")});
    for (const EndUser &u : c->endUsers()) {
        const Device *profile = c->deviceByName(QStringLiteral("UDP-") + u.userId);
        QVERIFY(profile);
        QCOMPARE(u.controlledProfiles, QList<qint64>{profile->id});
        QCOMPARE(u.defaultProfileId, profile->id);
        QCOMPARE(u.locale, QStringLiteral("English United States"));
        QCOMPARE(profile->services.size(), 1);
    }
    // and a login on the free phone works as on the demo lab (kally logs out of her phone first)
    PhoneAgent *a = p.agent(phone2);
    a->finishRestart();
    const QString user = TroubleshootingLab::userFor(c, QStringLiteral("201"));
    if (user == super) {
        p.agent(phone1)->finishRestart();
        QCOMPARE(p.logout(p.agent(phone1)), 0);
    }
    QCOMPARE(p.login(a, QStringLiteral("Extension Mobility"), user), 0);
}

void TestTroubleshootingLab::resetRestoresTheDemoState()
{
    // every cause at once on Cluster1, then Reset. One lab undoes the cause it left before the
    // next; causes left by labs gone since (a console closed in between) do add up.
    PhoneLab p;
    TroubleshootingLab tl(p.lab(), p.phones.get(), p.lab()->clock());
    Cluster *c = p.cluster(1);
    for (const TroubleshootingEntry &e : TroubleshootingEntry::all()) {
        if (e.id == QLatin1String("6"))
            continue; // last: the failing database refuses every change
        TroubleshootingLab once(p.lab(), p.phones.get(), p.lab()->clock());
        once.setUp(e.id, QStringLiteral("Cluster1"), QStringLiteral("SEPC10000000002"));
        once.cancel(); // the cause stays; the phone is not driven
    }
    // three wrong PINs lock bob's PIN (Failed Logon 3; a phone cannot reach the stopped Tomcat)
    const qint64 bob = c->endUserByUserId(QStringLiteral("bob"))->id;
    for (int i = 0; i < 3; ++i)
        c->recordCredentialCheck(CredentialKind::EndUserPin, bob, false, p.lab()->clock()->now());
    QVERIFY(c->isCredentialLocked(CredentialKind::EndUserPin, bob, p.lab()->clock()->now()));
    tl.setUp(QStringLiteral("6"), QStringLiteral("Cluster1"), QStringLiteral("SEPC10000000002"));
    tl.cancel();
    QVERIFY(c->isDatabaseFailing());
    QVERIFY(!c->isServiceRunningAnywhere(Services::Tomcat));
    QVERIFY(stateOf(p.lab(), c) != m_demo.value(c->name()));
    tl.reset(QStringLiteral("Cluster1"));
    demoStateOf(p, 1);
    // the other clusters were not touched
    QCOMPARE(p.lab()->registrar(p.cluster(2))->loggedInUser(QStringLiteral("SEPC20000000001")), QStringLiteral("alice"));
}

void TestTroubleshootingLab::causesDoNotAddUp()
{
    // Entries set up one after the other, in a seeded random order and without Fix or Reset,
    // each show their own symptom: Set Up first resolves the cause the entry before left.
    const quint32 seed = qEnvironmentVariableIsSet("EMROAM_SEED") ? quint32(qEnvironmentVariableIntValue("EMROAM_SEED"))
                                                                  : QRandomGenerator::global()->generate();
    QRandomGenerator random(seed);
    const QList<TroubleshootingEntry> &all = TroubleshootingEntry::all();
    PhoneLab p;
    TroubleshootingLab tl(p.lab(), p.phones.get(), p.lab()->clock());
    const QString phone = QStringLiteral("SEPC10000000002");
    QStringList done;
    for (int step = 0; step < 8; ++step) {
        const TroubleshootingEntry &e = all.at(random.bounded(int(all.size())));
        done << e.id;
        tl.setUp(e.id, QStringLiteral("Cluster1"), phone);
        QVERIFY2(runToEnd(p, tl), qPrintable(QStringLiteral("seed %1: %2").arg(seed).arg(done.join(QLatin1String(" -> ")))));
        QVERIFY2(tl.state() == TroubleshootingLab::State::Symptom,
                 qPrintable(QStringLiteral("seed %1: %2 did not show its symptom (EMROAM_SEED=%1 repeats it)").arg(seed).arg(done.join(QLatin1String(" -> ")))));
    }
    // and the last one's Fix leaves a phone that logs in
    tl.fix(done.last(), QStringLiteral("Cluster1"), phone);
    QVERIFY(runToEnd(p, tl));
    QVERIFY2(tl.state() == TroubleshootingLab::State::Working, qPrintable(QStringLiteral("seed %1: %2").arg(seed).arg(done.join(QLatin1String(" -> ")))));
}

void TestTroubleshootingLab::refusesUnknownCluster()
{
    PhoneLab p;
    TroubleshootingLab tl(p.lab(), p.phones.get(), p.lab()->clock());
    tl.setUp(QStringLiteral("201"), QStringLiteral("Nowhere"), QStringLiteral("SEPC10000000002"));
    QCOMPARE(tl.state(), TroubleshootingLab::State::Refused);
    QCOMPARE(tl.refusal().englishText(), QStringLiteral("The lab has no cluster Nowhere."));
    tl.setUp(QStringLiteral("201"), QStringLiteral("Cluster1"), QStringLiteral("SEPC20000000001"));
    QCOMPARE(tl.state(), TroubleshootingLab::State::Refused);
    QCOMPARE(tl.refusal().englishText(), QStringLiteral("Cluster1 has no phone SEPC20000000001."));
    QCOMPARE(p.lab()->registrar(p.cluster(2))->loggedInUser(QStringLiteral("SEPC20000000001")), QStringLiteral("alice"));
}

QTEST_MAIN(TestTroubleshootingLab)
#include "tst_troubleshootinglab.moc"
