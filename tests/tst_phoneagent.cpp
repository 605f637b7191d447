#include <QtTest>

#include <QtHttpServer/QHttpServer>

#include "catalog/parametercatalog.h"
#include "catalog/servicecatalog.h"
#include "httpsupport.h"
#include "phonetestsupport.h"
#include "http/clusterhttp.h"
#include "http/emappxml.h"
#include "http/labhttp.h"
#include "phone/labphones.h"
#include "phone/phoneagent.h"
#include "phone/phonescript.h"

/// A lab phone exists once: the PhoneAgent. Its Services key and soft keys follow the XML
/// the clusters send. (That the emulator, a script and the story stepper reach the same
/// outcomes through agents is tst_phoneemulator's.)

class TestPhoneAgent : public QObject
{
    Q_OBJECT

private slots:
    void logsInAndOutForEveryLoginType_data()
    {
        QTest::addColumn<int>("cluster");
        QTest::addColumn<QString>("phone");
        QTest::addColumn<QString>("type");
        QTest::addColumn<QString>("id");
        QTest::addColumn<QString>("user");
        QTest::newRow("UID at home") << 1 << "SEPC10000000002" << "UID" << "carol" << "carol";
        QTest::newRow("DN at home") << 1 << "SEPC10000000002" << "DN" << "1000002" << "carol";
        QTest::newRow("SP at home") << 1 << "SEPC10000000002" << "SP" << "1000002" << "carol";
        QTest::newRow("UID roaming") << 2 << "SEPC20000000002" << "UID" << "bob" << "bob";
        QTest::newRow("DN roaming") << 2 << "SEPC20000000002" << "DN" << "1000001" << "bob";
        QTest::newRow("SP roaming") << 2 << "SEPC20000000002" << "SP" << "1000001" << "bob";
    }
    void logsInAndOutForEveryLoginType()
    {
        QFETCH(int, cluster);
        QFETCH(QString, phone);
        QFETCH(QString, type);
        QFETCH(QString, id);
        QFETCH(QString, user);
        PhoneLab l;
        if (cluster == 2) // Bob roams: his home cluster is down
            QVERIFY(l.cluster(1)->setUp(false).ok());
        QString entry = QStringLiteral("Extension Mobility");
        if (type != QLatin1String("UID")) {
            l.addEmService(cluster, phone, type);
            entry = QStringLiteral("EM ") + type;
        }
        PhoneAgent *a = l.agent(phone);
        QCOMPARE(l.login(a, entry, id), 0);
        QCOMPARE(l.engine.userOn(cluster, phone), user);
        // the engine restarts the phone; its lines follow once it is back
        QCOMPARE(a->restart(), PhoneAgent::Restart::Restart);
        QVERIFY(a->lines().isEmpty());
        l.lab()->clock()->advance(PhoneAgent::RestartMs);
        QCOMPARE(a->restart(), PhoneAgent::Restart::None);
        QCOMPARE(a->user(), user);
        QVERIFY(!a->lines().isEmpty());
        QCOMPARE(l.logout(a), 0);
        QCOMPARE(l.engine.userOn(cluster, phone), QString());
    }

    void unsubscribedPhoneCannotLogIn()
    {
        PhoneLab l;
        Cluster *c = l.cluster(1);
        Device d = *c->deviceByName(QStringLiteral("SEPC10000000002"));
        d.services.clear();
        QVERIFY(c->saveDevice(d).ok());
        PhoneAgent *a = l.agent(QStringLiteral("SEPC10000000002"));
        a->pressServices();
        QVERIFY(l.answered(a));
        QCOMPARE(a->screen().kind, QStringLiteral("CiscoIPPhoneText"));
        QCOMPARE(a->screen().text, QStringLiteral("No services configured"));
        QVERIFY(!l.openEntry(a, QStringLiteral("Extension Mobility")));

        PhoneScript script(l.phones.get());
        PhoneScript::Job job;
        job.device = QStringLiteral("SEPC10000000002");
        job.id = QStringLiteral("carol");
        job.pin = QStringLiteral("12345");
        QCOMPARE(script.login(job), QStringLiteral("error no-em-service"));
        QCOMPARE(l.engine.userOn(1, job.device), QString());
        // a lab script says the same
        LabScript s(l.lab(), l.phones.get());
        QCOMPARE(s.execute(QStringLiteral("login SEPC10000000002 carol 12345")), QStringLiteral("error no-em-service"));
    }

    void menuAndScreenAgreeWithoutSync()
    {
        PhoneLab l;
        Cluster *c = l.cluster(1);
        const QString phone = QStringLiteral("SEPC10000000002");
        QVERIFY(c->setEnterpriseParameter(Params::SyncAutoDeviceProfile, QStringLiteral("False")).ok());
        // the screen ("phone" in scripts, the engine's list) and the Services menu over HTTP
        const QStringList screen = l.engine.registrar(1)->services(phone);
        QCOMPARE(screen, QStringList());
        PhoneAgent *a = l.agent(phone);
        a->pressServices();
        QVERIFY(l.answered(a));
        QStringList menu;
        for (const PhoneObject::Item &it : a->screen().items)
            menu.append(it.name);
        QCOMPARE(menu, screen);
        LabScript s(l.lab(), l.phones.get());
        QCOMPARE(s.execute(QStringLiteral("login SEPC10000000002 carol 12345")), QStringLiteral("error no-em-service"));

        // True again: both list Extension Mobility, and the login goes through
        QVERIFY(c->setEnterpriseParameter(Params::SyncAutoDeviceProfile, QStringLiteral("True")).ok());
        a->pressServices();
        QVERIFY(l.answered(a));
        QCOMPARE(a->screen().items.size(), 1);
        QCOMPARE(a->screen().items.constFirst().name, l.engine.registrar(1)->services(phone).value(0));
        QVERIFY(s.execute(QStringLiteral("login SEPC10000000002 carol 12345")).startsWith(QLatin1String("ok ")));
    }

    void buttonsListTheirServiceType()
    {
        // a Messages service appears under Messages, not under Services (seed task flow)
        PhoneLab l;
        Cluster *c = l.cluster(1);
        PhoneService voicemail;
        voicemail.name = QStringLiteral("Voicemail");
        voicemail.url = QStringLiteral("http://cucm1-pub:8080/voicemail?device=#DEVICENAME#");
        voicemail.type = PhoneService::Type::Messages;
        QVERIFY(c->savePhoneService(voicemail).ok());
        Device d = *c->deviceByName(QStringLiteral("SEPC10000000002"));
        d.services.append(voicemail.id);
        QVERIFY(c->saveDevice(d).ok());
        PhoneAgent *a = l.agent(QStringLiteral("SEPC10000000002"));
        a->pressButton(PhoneAgent::Button::Messages);
        QVERIFY(l.answered(a));
        QCOMPARE(a->screen().title, QStringLiteral("Messages"));
        QCOMPARE(a->screen().items.size(), 1);
        QCOMPARE(a->screen().items.first().name, QStringLiteral("Voicemail"));
        a->pressButton(PhoneAgent::Button::Directories);
        QVERIFY(l.answered(a));
        QCOMPARE(a->screen().title, QStringLiteral("Directories"));
        QCOMPARE(a->screen().text, QStringLiteral("No services configured"));
        a->pressServices();
        QVERIFY(l.answered(a));
        QCOMPARE(a->screen().title, QStringLiteral("Services"));
        for (const PhoneObject::Item &item : a->screen().items)
            QVERIFY(item.name != QLatin1String("Voicemail"));
        // a menu of a type no button has is refused
        QUrl url = l.http.server(c)->url();
        url.setPath(QStringLiteral("/ccmcip/getservicesmenu.jsp"));
        url.setQuery(QStringLiteral("device=SEPC10000000002&type=Speeddials"));
        QCOMPARE(HttpClient(l.lab()->clock()).get(url).status, 400);
    }

    void rendersEveryKindOfObject()
    {
        // A service of another vendor: a directory, an icon menu and a form posted back.
        QHttpServer server;
        QByteArray posted;
        server.route(QStringLiteral("/menu"), [] {
            return QHttpServerResponse("text/xml",
                                       "<CiscoIPPhoneIconMenu><Title>Icons</Title><Prompt>Pick</Prompt>"
                                       "<MenuItem><IconIndex>0</IconIndex><Name>Directory</Name><URL>/dir</URL></MenuItem>"
                                       "<MenuItem><IconIndex>1</IconIndex><Name>Form</Name><URL>/form</URL></MenuItem>"
                                       "<IconItem><Index>0</Index><Height>10</Height><Width>16</Width><Depth>2</Depth><Data>00</Data></IconItem>"
                                       "</CiscoIPPhoneIconMenu>");
        });
        server.route(QStringLiteral("/dir"), [] {
            return QHttpServerResponse("text/xml",
                                       "<CiscoIPPhoneDirectory><Title>Staff</Title>"
                                       "<SoftKeyItem><Name>Back</Name><Position>1</Position><URL>SoftKey:Back</URL></SoftKeyItem>"
                                       "<DirectoryEntry><Name>Bob</Name><Telephone>1000001</Telephone></DirectoryEntry>"
                                       "</CiscoIPPhoneDirectory>");
        });
        server.route(QStringLiteral("/form"), [] {
            return QHttpServerResponse("text/xml",
                                       "<CiscoIPPhoneInput><Title>Note</Title><URL method=\"post\">/note</URL>"
                                       "<InputItem><DisplayName>Text</DisplayName><QueryStringParam>t</QueryStringParam>"
                                       "<InputFlags>A</InputFlags><DefaultValue>hi</DefaultValue></InputItem></CiscoIPPhoneInput>");
        });
        server.route(QStringLiteral("/note"), [&posted](const QHttpServerRequest &r) {
            posted = QByteArray(r.method() == QHttpServerRequest::Method::Post ? "POST " : "GET ") + r.body();
            return QHttpServerResponse("text/xml", "<CiscoIPPhoneText><Text>Saved</Text>"
                                                   "<SoftKeyItem><Name>Again</Name><Position>1</Position><URL>Init:Services</URL></SoftKeyItem>"
                                                   "</CiscoIPPhoneText>");
        });
        server.route(QStringLiteral("/junk"), [] { return QHttpServerResponse("text/xml", "<html/>"); });
        server.route(QStringLiteral("/huge"), [] {
            // a well-formed object, just larger than any phone reads
            QByteArray xml("<CiscoIPPhoneText><Text>");
            xml += QByteArray(PhoneAgent::MaxObjectBytes + 1024, 'x');
            xml += "</Text></CiscoIPPhoneText>";
            return QHttpServerResponse("text/xml", xml);
        });
        const quint16 port = server.listen(QHostAddress::LocalHost);
        QVERIFY(port);
        const QString base = QStringLiteral("http://127.0.0.1:%1").arg(port);

        PhoneLab l;
        PhoneAgent *a = l.agent(QStringLiteral("SEPC10000000002"));
        a->open(QUrl(base + QStringLiteral("/menu")));
        QVERIFY(l.answered(a));
        QCOMPARE(a->screen().kind, QStringLiteral("CiscoIPPhoneIconMenu"));
        QCOMPARE(a->screen().items.size(), 2);
        QCOMPARE(a->screen().items.at(1).iconIndex, 1);
        // relative item URLs are followed against the service's own
        QVERIFY(a->pressSoftKey(QStringLiteral("SoftKey:Select")));
        QVERIFY(l.answered(a));
        QCOMPARE(a->screen().kind, QStringLiteral("CiscoIPPhoneDirectory"));
        QCOMPARE(a->screen().items.constFirst().url, QStringLiteral("1000001"));
        QVERIFY(a->pressSoftKey(QStringLiteral("SoftKey:Back")));
        QCOMPARE(a->screen().kind, QStringLiteral("CiscoIPPhoneIconMenu"));
        a->open(QUrl(base + QStringLiteral("/form")));
        QVERIFY(l.answered(a));
        QCOMPARE(a->values(), QStringList{QStringLiteral("hi")});
        a->setValue(0, QStringLiteral("hello world"));
        QVERIFY(a->pressSoftKey(QStringLiteral("SoftKey:Submit")));
        QVERIFY(l.answered(a));
        QCOMPARE(posted, QByteArray("POST t=hello%20world"));
        QCOMPARE(a->screen().text, QStringLiteral("Saved"));
        // Init:Services: the phone's own Services menu
        QVERIFY(a->pressSoftKey(QStringLiteral("Init:Services")));
        QVERIFY(l.answered(a));
        QCOMPARE(a->screen().title, QStringLiteral("Services"));
        // what a phone cannot display
        a->open(QUrl(base + QStringLiteral("/junk")));
        QVERIFY(l.answered(a));
        QCOMPARE(a->failure(), PhoneAgent::Failure::XmlError);
        QVERIFY(a->screen().isEmpty());
        a->open(QUrl(base + QStringLiteral("/huge")));
        QVERIFY(l.answered(a));
        QCOMPARE(a->failure(), PhoneAgent::Failure::XmlError);
        QVERIFY(a->screen().isEmpty());
    }

    void aLabResetGivesThePhonesNewAgents()
    {
        PhoneLab l;
        PhoneAgent *before = l.agent(QStringLiteral("SEPC10000000002"));
        QVERIFY(before->isRegistered());
        const QString folder = l.lab()->directory();
        l.lab()->close();
        QVERIFY(before->isOrphaned());
        QString error;
        QVERIFY2(l.lab()->open(folder, &error), qPrintable(error));
        PhoneAgent *after = l.agent(QStringLiteral("SEPC10000000002"));
        QVERIFY(after != before);
        QVERIFY(after->isRegistered());
        QCOMPARE(l.login(after, QStringLiteral("Extension Mobility"), QStringLiteral("carol")), 0);
    }

    void failuresAreWhatAPhoneShows()
    {
        {
            // Cisco IP Phone Services serves the Services menu, Cisco Extension Mobility
            // Application EMApp, Cisco Tomcat both
            PhoneLab l;
            Cluster *c = l.cluster(1);
            const QString pub = c->publisher().hostName;
            PhoneAgent *a = l.agent(QStringLiteral("SEPC10000000002"));
            QVERIFY(c->setServiceRunning(pub, Services::EmApplication, false).ok());
            QVERIFY(l.openEntry(a, QStringLiteral("Extension Mobility"))); // the menu answers, EMApp does not
            QCOMPARE(a->failureText(), QStringLiteral("HTTP Error (503)"));
            QVERIFY(a->screen().isEmpty());
            QVERIFY(c->setServiceRunning(pub, Services::EmApplication, true).ok());
            QVERIFY(l.openEntry(a, QStringLiteral("Extension Mobility")));
            QCOMPARE(a->emScreen().screen, EmAppXml::Screen::LoginForm);
            QVERIFY(c->setServiceRunning(pub, Services::Tomcat, false).ok());
            a->pressServices();
            QVERIFY(l.answered(a));
            QCOMPARE(a->failureText(), QStringLiteral("Host Not Found"));
        }

        PhoneLab l;
        PhoneAgent *a = l.agent(QStringLiteral("SEPC20000000002"));
        for (const Node &n : l.cluster(2)->nodes())
            l.cluster(2)->setServiceRunning(n.hostName, Services::IpPhoneServices, false);
        a->pressServices();
        QVERIFY(l.answered(a));
        QCOMPARE(a->failure(), PhoneAgent::Failure::HttpError);
        QCOMPARE(a->failureText(), QStringLiteral("HTTP Error (503)"));
        QVERIFY(l.cluster(2)->setUp(false).ok());
        a->pressServices();
        QVERIFY(l.answered(a));
        QCOMPARE(a->failureText(), QStringLiteral("Host Not Found"));
        QVERIFY(!a->isRegistered());
    }
};

QTEST_MAIN(TestPhoneAgent)
#include "tst_phoneagent.moc"
