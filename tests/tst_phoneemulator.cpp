#include <QtTest>
#include <QtHttpServer/QHttpServer>

#include <QAccessible>
#include <QScrollArea>
#include <QScrollBar>
#include <QToolButton>
#include <QTreeWidget>

#include "catalog/servicecatalog.h"
#include "http/emappxml.h"
#include "http/labhttp.h"
#include "languagemanager.h"
#include "mainwindow.h"
#include "phone/labphones.h"
#include "phone/phoneagent.h"
#include "enginetestsupport.h"
#include "phone/phoneemulator.h"
#include "phone/phonespage.h"

/// The phone emulator driven through its drawn keys (mouse clicks where they are painted) and
/// the keyboard, the way a trainer's class uses it; what it shows is read from what it paints.
class TestPhoneEmulator : public QObject
{
    Q_OBJECT

    std::unique_ptr<EngineLab> m_lab;
    std::unique_ptr<LabHttp> m_http;
    std::unique_ptr<LabPhones> m_phones;
    std::unique_ptr<PhonesPage> m_page;

    PhoneEmulator *phone(const QString &device)
    {
        PhoneEmulator *p = m_page->emulator(device);
        if (!p) {
            m_page->showPhones(m_page->shownPhones() + QStringList{device});
            p = m_page->emulator(device);
            QCoreApplication::processEvents(); // laid out beside the others
        }
        p->setMultiTapTimeout(0); // a letter ends with another key or Right, never with wall time
        return p;
    }
    static QString shown(PhoneEmulator *p) { return p->screenText().join(QLatin1Char('\n')); }
    static bool shows(PhoneEmulator *p, const QString &text) { return p->screenText().contains(text); }
    void runClock(qint64 ms) { m_lab->lab->clock()->advance(ms); }
    /// Lets the phone's request be answered: events are processed (the answer comes over the
    /// network) and lab time moves on to each next task while Extension Mobility holds it.
    void waitForAnswer(PhoneEmulator *p)
    {
        Clock *clock = m_lab->lab->clock();
        auto emBusy = [this] {
            for (Cluster *c : m_lab->lab->clusters())
                if (m_lab->lab->mobility(c)->requestsInProgress() > 0)
                    return true;
            return false;
        };
        for (int i = 0; i < 2000 && p->agent()->isBusy(); ++i) {
            QTest::qWait(2);
            if (p->agent()->isBusy() && emBusy() && clock->nextDue() >= 0)
                clock->advance(qMax<qint64>(0, clock->nextDue() - clock->now()));
        }
        QVERIFY2(!p->agent()->isBusy(), "the phone got no answer");
    }
    /// A mouse click where key @p key is drawn.
    void click(PhoneEmulator *p, const QString &key)
    {
        const QRect r = p->keyRect(key);
        QVERIFY2(!r.isEmpty(), qPrintable(key));
        QCOMPARE(p->keyAt(r.center()), key);
        QTest::mouseClick(p, Qt::LeftButton, {}, r.center());
        waitForAnswer(p);
    }
    void pressSoftKey(PhoneEmulator *p, const QString &label)
    {
        const int i = int(p->softKeyLabels().indexOf(label));
        QVERIFY2(i >= 0, qPrintable(QStringLiteral("no soft key %1 among %2").arg(label, p->softKeyLabels().join(QLatin1Char(',')))));
        click(p, QStringLiteral("SoftKey%1").arg(i + 1));
    }
    /// Types @p text on the drawn keypad: digits as they are, letters by multi-tap (Right
    /// between two letters of the same key).
    void typeOnKeypad(PhoneEmulator *p, const QString &text)
    {
        static const QStringList keys{QStringLiteral("abc2"), QStringLiteral("def3"), QStringLiteral("ghi4"), QStringLiteral("jkl5"),
                                      QStringLiteral("mno6"), QStringLiteral("pqrs7"), QStringLiteral("tuv8"), QStringLiteral("wxyz9")};
        QString last;
        for (const QChar c : text) {
            if (c.isDigit() && p->agent()->screen().fields.value(p->agent()->focusedField()).numeric()) {
                click(p, QString(c));
                continue;
            }
            for (int k = 0; k < keys.size(); ++k) {
                const int at = int(keys.at(k).indexOf(c));
                if (at < 0)
                    continue;
                const QString key = QString::number(k + 2);
                if (key == last)
                    click(p, QStringLiteral("Right"));
                for (int i = 0; i <= at; ++i)
                    click(p, key);
                last = key;
            }
        }
    }
    /// Services, then the pad down to @p entry and Select.
    void openEm(PhoneEmulator *p, const QString &entry = QStringLiteral("Extension Mobility"))
    {
        click(p, QStringLiteral("Services"));
        QVERIFY2(shows(p, QStringLiteral("Services")), qPrintable(shown(p)));
        int index = -1;
        const QList<PhoneObject::Item> items = p->agent()->screen().items;
        for (int i = 0; i < items.size(); ++i)
            if (items.at(i).name == entry)
                index = i;
        QVERIFY2(index >= 0, qPrintable(entry));
        while (p->agent()->selected() < index)
            click(p, QStringLiteral("Down"));
        click(p, QStringLiteral("Select"));
    }
    /// Services → Extension Mobility → User ID and PIN on the keypad → Submit.
    void login(PhoneEmulator *p, const QString &id, const QString &pin)
    {
        openEm(p);
        QCOMPARE(p->agent()->emScreen().screen, EmAppXml::Screen::LoginForm);
        QCOMPARE(p->agent()->focusedField(), 0);
        typeOnKeypad(p, id);
        click(p, QStringLiteral("Down"));
        QCOMPARE(p->agent()->focusedField(), 1);
        typeOnKeypad(p, pin);
        QCOMPARE(p->agent()->values(), QStringList({id, pin}));
        // the PIN (InputFlags NP) is drawn as dots, never as its digits
        QVERIFY2(shows(p, QString(pin.size(), QChar(0x25CF))), qPrintable(shown(p)));
        QVERIFY2(!shows(p, pin), qPrintable(shown(p)));
        QVERIFY(shows(p, id));
        pressSoftKey(p, QStringLiteral("Submit"));
    }

private slots:
    void init()
    {
        m_lab = std::make_unique<EngineLab>();
        // the phones go over the clusters' HTTP listeners, as in the console
        m_http = std::make_unique<LabHttp>(m_lab->lab.get());
        QString error;
        QVERIFY2(m_http->start(&error), qPrintable(error));
        m_phones = std::make_unique<LabPhones>(m_lab->lab.get(), m_http.get());
        m_page = std::make_unique<PhonesPage>(m_lab->lab.get(), m_phones.get());
        m_page->resize(1200, 800);
        m_page->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_page.get()));
    }
    void cleanup()
    {
        m_page.reset();
        m_phones.reset();
        m_http.reset();
        m_lab.reset();
    }

    void showsTheStoryPhones()
    {
        QCOMPARE(m_page->shownPhones(), QStringList({"SEPC30000000001", "SEPC10000000001", "SEPC20000000002"}));
        PhoneEmulator *bob = phone(QStringLiteral("SEPC10000000001"));
        QCOMPARE(bob->statusText(), QStringLiteral("Registered on Cluster1"));
        // header: lab time, the primary DN; the user and the line on the home screen
        QCOMPARE(bob->screenText().mid(0, 3), QStringList({"1000001", "00:00:00", "Registered on Cluster1"}));
        runClock(3'723'000);
        QCOMPARE(bob->screenText().at(1), QStringLiteral("01:02:03"));
        QVERIFY(shows(bob, QStringLiteral("User: bob")));
        QCOMPARE(bob->softKeyLabels(), QStringList({"New Call", "", "", ""}));
        // an 8865 has five line keys beside the screen
        QVERIFY(bob->keyNames().contains(QStringLiteral("Line5")));
        QVERIFY(!bob->keyNames().contains(QStringLiteral("Line6")));
        QVERIFY(bob->keyRect(QStringLiteral("Line1")).right() < bob->keyRect(QStringLiteral("SoftKey1")).left());
    }

    void scalesWithTheRoomGiven()
    {
        PhoneEmulator bob(m_lab->lab.get(), m_phones->agent(QStringLiteral("SEPC10000000001")));
        bob.resize(244, 400);
        const QRect small = bob.keyRect(QStringLiteral("5"));
        bob.resize(484, 800);
        const QRect large = bob.keyRect(QStringLiteral("5"));
        QVERIFY2(qAbs(large.width() - 2 * small.width()) <= 2, qPrintable(QStringLiteral("%1 %2").arg(small.width()).arg(large.width())));
        QVERIFY(large.height() > small.height() * 1.8);
        // the phone keeps its shape: a wide room centres it
        bob.resize(900, 400);
        QVERIFY(bob.keyRect(QStringLiteral("Services")).left() > 200);
        QVERIFY(bob.keyRect(QStringLiteral("9")).bottom() <= 400);
    }

    void roamingLoginThroughTheKeys()
    {
        QVERIFY(m_lab->cluster(1)->setUp(false).ok());
        PhoneEmulator *home = phone(QStringLiteral("SEPC10000000001"));
        QCOMPARE(home->statusText(), QStringLiteral("Unregistered: Cluster1 is down"));
        // the phone of a cluster that is down cannot reach its services: the listener is closed
        click(home, QStringLiteral("Services"));
        QVERIFY2(shows(home, QStringLiteral("Host Not Found")), qPrintable(shown(home)));
        QCOMPARE(home->screen(), PhoneEmulator::Screen::Home);

        PhoneEmulator *p = phone(QStringLiteral("SEPC20000000002"));
        QVERIFY(shows(p, QStringLiteral("No user logged in")));
        QCOMPARE(p->screenText().first(), QStringLiteral("2009002"));
        login(p, QStringLiteral("bob"), QStringLiteral("12345"));
        QCOMPARE(p->screen(), PhoneEmulator::Screen::Home);
        // the phone restarts (lab time), then shows Bob and his line
        QCOMPARE(p->statusText(), QStringLiteral("Restarting…"));
        QVERIFY(!shows(p, QStringLiteral("2009002")));
        click(p, QStringLiteral("Services")); // ignored while restarting
        QCOMPARE(p->screen(), PhoneEmulator::Screen::Home);
        runClock(PhoneAgent::RestartMs);
        QCOMPARE(p->statusText(), QStringLiteral("Registered on Cluster2"));
        QVERIFY2(shows(p, QStringLiteral("User: bob")), qPrintable(shown(p)));
        QCOMPARE(p->screenText().first(), QStringLiteral("1000001"));
        QVERIFY(!shows(p, QStringLiteral("2009002")));

        // Services again: the logout question in EMApp's words with its Yes/No, then a restart
        openEm(p);
        QCOMPARE(p->agent()->emScreen().screen, EmAppXml::Screen::LogoutConfirm);
        QVERIFY2(shown(p).contains(QLatin1String("(bob) is logged in")), qPrintable(shown(p)));
        QCOMPARE(p->softKeyLabels(), QStringList({"Yes", "No", "", ""}));
        pressSoftKey(p, QStringLiteral("Yes"));
        QCOMPARE(p->statusText(), QStringLiteral("Restarting…"));
        runClock(PhoneAgent::RestartMs);
        QVERIFY(shows(p, QStringLiteral("No user logged in")));
        QVERIFY(shows(p, QStringLiteral("2009002")));
    }

    void keyboardWhenThePhoneHasFocus()
    {
        PhoneEmulator *p = phone(QStringLiteral("SEPC20000000002"));
        p->setFocus();
        click(p, QStringLiteral("Services"));
        QTest::keyClick(p, Qt::Key_Return); // Select: the first entry
        waitForAnswer(p);
        QCOMPARE(p->agent()->emScreen().screen, EmAppXml::Screen::LoginForm);
        QCOMPARE(p->softKeyLabels(), QStringList({"Submit", "<<", "Exit", ""}));
        QTest::keyClicks(p, QStringLiteral("bobx"));
        QTest::keyClick(p, Qt::Key_Backspace);
        QTest::keyClick(p, Qt::Key_Down);
        QTest::keyClicks(p, QStringLiteral("12a345")); // the PIN field takes digits only
        QCOMPARE(p->agent()->values(), QStringList({"bob", "12345"}));
        // << takes back the last character of the field being typed in
        pressSoftKey(p, QStringLiteral("<<"));
        QCOMPARE(p->agent()->values().value(1), QStringLiteral("1234"));
        QTest::keyClick(p, Qt::Key_Escape);
        QCOMPARE(p->screen(), PhoneEmulator::Screen::Home);
        // the Services menu without soft keys of its own gets a phone's Select and Exit
        click(p, QStringLiteral("Services"));
        QCOMPARE(p->softKeyLabels(), QStringList({"Select", "Exit", "", ""}));
        pressSoftKey(p, QStringLiteral("Exit"));
        QCOMPARE(p->screen(), PhoneEmulator::Screen::Home);
    }

    void wrongPinShowsTheCode()
    {
        PhoneEmulator *p = phone(QStringLiteral("SEPC20000000002"));
        login(p, QStringLiteral("alice"), QStringLiteral("99999"));
        QCOMPARE(p->screen(), PhoneEmulator::Screen::Service);
        // EMApp's own text for 201, as a phone with an English locale shows it
        QVERIFY2(shows(p, QStringLiteral("Please try to login again (201)")), qPrintable(shown(p)));
        QCOMPARE(p->agent()->emScreen().code, 201);
        QCOMPARE(m_lab->userOn(2, QStringLiteral("SEPC20000000002")), QString());

        // the console in Japanese: a Japanese phone words the same answer as its locale does
        LanguageManager languages;
        QVERIFY(languages.setLanguage(QStringLiteral("ja"), false));
        QCoreApplication::processEvents(); // LanguageChange
        QVERIFY2(shows(p, QStringLiteral("エラー 201 認証エラー")), qPrintable(shown(p)));
        QVERIFY2(!shows(p, QStringLiteral("Please try to login again (201)")), qPrintable(shown(p)));
        QCOMPARE(p->softKeyLabels().first(), QStringLiteral("終了"));
        QVERIFY(languages.setLanguage(QStringLiteral("en"), false));
        QCoreApplication::processEvents();
        QVERIFY(shows(p, QStringLiteral("Please try to login again (201)")));
        pressSoftKey(p, QStringLiteral("Exit"));
        QCOMPARE(p->screen(), PhoneEmulator::Screen::Home);
    }

    void languageSwitchRelabelsThePhone()
    {
        PhoneEmulator *p = phone(QStringLiteral("SEPC20000000002"));
        LanguageManager languages;
        QVERIFY(languages.setLanguage(QStringLiteral("ja"), false));
        QCoreApplication::processEvents();
        QCOMPARE(p->statusText(), QStringLiteral("Cluster2 に登録済み"));
        QCOMPARE(p->softKeyLabels().first(), QStringLiteral("新規コール"));
        QVERIFY(shows(p, QStringLiteral("ログイン中のユーザなし")));
        click(p, QStringLiteral("Services"));
        QVERIFY2(shows(p, QStringLiteral("サービス")), qPrintable(shown(p)));
        QCOMPARE(p->softKeyLabels().mid(0, 2), QStringList({"選択", "終了"}));
        QVERIFY(languages.setLanguage(QStringLiteral("en"), false));
        QCoreApplication::processEvents();
        QCOMPARE(p->softKeyLabels().mid(0, 2), QStringList({"Select", "Exit"}));
        QCOMPARE(p->statusText(), QStringLiteral("Registered on Cluster2"));
    }

    void choosingADeviceProfile()
    {
        Cluster *c = m_lab->cluster(1);
        Device second = *c->deviceByName(QStringLiteral("UDP-carol"));
        second.id = 0;
        second.name = QStringLiteral("UDP-carol-2");
        second.lines = {QStringLiteral("1000102")};
        QVERIFY(!c->saveDevice(second));
        EndUser carol = *c->endUserByUserId(QStringLiteral("carol"));
        carol.controlledProfiles.append(second.id);
        carol.defaultProfileId = 0;
        QVERIFY(!c->saveEndUser(carol));

        PhoneEmulator *p = phone(QStringLiteral("SEPC10000000002"));
        login(p, QStringLiteral("carol"), QStringLiteral("12345"));
        QCOMPARE(p->agent()->emScreen().screen, EmAppXml::Screen::ProfileChoice);
        QVERIFY(shows(p, QStringLiteral("Select a device profile")));
        QVERIFY2(shows(p, QStringLiteral("2  UDP-carol-2")), qPrintable(shown(p)));
        QCOMPARE(p->agent()->selected(), 0);
        click(p, QStringLiteral("Down"));
        QCOMPARE(p->agent()->selected(), 1);
        click(p, QStringLiteral("Down")); // the last item stays selected
        QCOMPARE(p->agent()->selected(), 1);
        pressSoftKey(p, QStringLiteral("Select"));
        runClock(PhoneAgent::RestartMs);
        QVERIFY(shows(p, QStringLiteral("User: carol")));
        QCOMPARE(p->screenText().first(), QStringLiteral("1000102"));
    }

    void http503WhenPhoneServicesStop()
    {
        for (const Node &n : m_lab->cluster(2)->nodes())
            m_lab->cluster(2)->setServiceRunning(n.hostName, Services::IpPhoneServices, false);
        PhoneEmulator *p = phone(QStringLiteral("SEPC20000000002"));
        click(p, QStringLiteral("Services"));
        QVERIFY2(shows(p, QStringLiteral("HTTP Error (503)")), qPrintable(shown(p)));
        QCOMPARE(p->screen(), PhoneEmulator::Screen::Home);
    }

    void directoriesAndMessagesKeys()
    {
        // a phone service is listed under the button its Service Type names (seed task flow)
        Cluster *c = m_lab->cluster(2);
        PhoneService directory;
        directory.name = QStringLiteral("Corporate Directory");
        directory.url = QStringLiteral("http://cucm2-pub:8080/ccmcip/xmldirectory.jsp");
        directory.type = PhoneService::Type::Directories;
        QVERIFY(c->savePhoneService(directory).ok());
        Device d = *c->deviceByName(QStringLiteral("SEPC20000000002"));
        d.services.append(directory.id);
        QVERIFY(c->saveDevice(d).ok());

        PhoneEmulator *p = phone(QStringLiteral("SEPC20000000002"));
        click(p, QStringLiteral("Directories"));
        QVERIFY2(shows(p, QStringLiteral("Directories")), qPrintable(shown(p)));
        QVERIFY(shows(p, QStringLiteral("1  Corporate Directory")));
        QCOMPARE(p->softKeyLabels(), QStringList({"Select", "Exit", "", ""}));
        click(p, QStringLiteral("Services"));
        QVERIFY(shows(p, QStringLiteral("1  Extension Mobility")));
        QVERIFY(!shown(p).contains(QLatin1String("Corporate Directory")));
        // none of the Messages type: the phone says so
        click(p, QStringLiteral("Messages"));
        QVERIFY(shows(p, QStringLiteral("Messages")));
        QVERIFY(shows(p, QStringLiteral("No services configured")));
        pressSoftKey(p, QStringLiteral("Exit"));
        QVERIFY(shows(p, QStringLiteral("No user logged in")));
        QCOMPARE(p->screen(), PhoneEmulator::Screen::Home);
    }

    void keysForAssistiveTechnology()
    {
        // every drawn key is a button with a name, a place and a Press action
        PhoneEmulator *p = phone(QStringLiteral("SEPC20000000002"));
        QAccessibleInterface *phoneIface = QAccessible::queryAccessibleInterface(p);
        QVERIFY(phoneIface);
        QCOMPARE(phoneIface->childCount(), int(p->keyNames().size()));
        QHash<QString, QAccessibleInterface *> byName;
        for (int i = 0; i < phoneIface->childCount(); ++i) {
            QAccessibleInterface *key = phoneIface->child(i);
            QCOMPARE(key->role(), QAccessible::Button);
            QCOMPARE(phoneIface->indexOfChild(key), i);
            QVERIFY(!key->rect().isEmpty());
            byName.insert(key->text(QAccessible::Name), key);
        }
        QVERIFY(byName.contains(QStringLiteral("Line 1: 2009002")));
        QVERIFY(byName.contains(QStringLiteral("Soft key 1: New Call")));
        QVERIFY(byName.contains(QStringLiteral("End Call")));
        QAccessibleInterface *services = byName.value(QStringLiteral("Services"));
        QVERIFY(services);
        const QRect r = services->rect();
        QCOMPARE(phoneIface->childAt(r.center().x(), r.center().y()), services);
        services->actionInterface()->doAction(QAccessibleActionInterface::pressAction());
        waitForAnswer(p);
        QCOMPARE(p->screen(), PhoneEmulator::Screen::Service);
        QCOMPARE(phoneIface->child(p->keyNames().indexOf(QStringLiteral("SoftKey1")))->text(QAccessible::Name), QStringLiteral("Soft key 1: Select"));
    }

    void anotherVendorsService()
    {
        // a directory whose entry dials, and an object with more soft keys than a phone has
        QHttpServer server;
        server.route(QStringLiteral("/dir"), [] {
            return QHttpServerResponse("text/xml",
                                       "<CiscoIPPhoneDirectory><Title>Staff</Title>"
                                       "<DirectoryEntry><Name>Alice</Name><Telephone>2000001</Telephone></DirectoryEntry>"
                                       "<DirectoryEntry><Name>Bob</Name><Telephone>1000001</Telephone></DirectoryEntry>"
                                       "</CiscoIPPhoneDirectory>");
        });
        server.route(QStringLiteral("/keys"), [] {
            QByteArray xml("<CiscoIPPhoneText><Title>Keys</Title><Text>Six keys</Text>");
            const char *names[] = {"One", "Two", "Three", "Four", "Five", "Exit"};
            for (int i = 0; i < 6; ++i)
                xml += QByteArray("<SoftKeyItem><Name>") + names[i] + "</Name><Position>" + QByteArray::number(i + 1) + "</Position><URL>"
                       + (i == 5 ? "SoftKey:Exit" : "SoftKey:Nothing") + "</URL></SoftKeyItem>";
            return QHttpServerResponse("text/xml", xml + "</CiscoIPPhoneText>");
        });
        const quint16 port = server.listen(QHostAddress::LocalHost);
        QVERIFY(port);
        PhoneEmulator *kally = phone(QStringLiteral("SEPC30000000001"));
        PhoneEmulator *bob = phone(QStringLiteral("SEPC10000000001"));
        kally->agent()->open(QUrl(QStringLiteral("http://127.0.0.1:%1/keys").arg(port)));
        waitForAnswer(kally);
        QCOMPARE(kally->softKeyLabels(), QStringList({"One", "Two", "Three", "More"}));
        click(kally, QStringLiteral("SoftKey4"));
        QCOMPARE(kally->softKeyLabels(), QStringList({"Four", "Five", "Exit", "More"}));
        click(kally, QStringLiteral("SoftKey4"));
        QCOMPARE(kally->softKeyLabels().first(), QStringLiteral("One"));
        click(kally, QStringLiteral("SoftKey4"));
        pressSoftKey(kally, QStringLiteral("Exit"));
        QCOMPARE(kally->screen(), PhoneEmulator::Screen::Home);

        kally->agent()->open(QUrl(QStringLiteral("http://127.0.0.1:%1/dir").arg(port)));
        waitForAnswer(kally);
        QVERIFY2(shows(kally, QStringLiteral("2  Bob  1000001")), qPrintable(shown(kally)));
        click(kally, QStringLiteral("Down"));
        click(kally, QStringLiteral("Select")); // dials the entry
        QCOMPARE(kally->screen(), PhoneEmulator::Screen::Home);
        QVERIFY(bob->isRingingLightOn());
    }

    void callFromTheKeypad()
    {
        PhoneEmulator *kally = phone(QStringLiteral("SEPC30000000001"));
        PhoneEmulator *bob = phone(QStringLiteral("SEPC10000000001"));
        QVERIFY(!bob->isRingingLightOn());
        for (const QChar c : QStringLiteral("1000001"))
            click(kally, QString(c));
        QVERIFY(shows(kally, QStringLiteral("1000001")));
        QCOMPARE(kally->softKeyLabels(), QStringList({"Call", "<<", "Cancel", ""}));
        pressSoftKey(kally, QStringLiteral("Call"));
        // the caller hears ringback; the callee rings, with the caller's name and DN, not the
        // device's name
        QVERIFY(shows(kally, QStringLiteral("Ringing")));
        QVERIFY(shows(kally, QStringLiteral("Bob Smith")));
        QVERIFY(bob->isRingingLightOn());
        QVERIFY2(shows(bob, QStringLiteral("Incoming call")), qPrintable(shown(bob)));
        QVERIFY(shows(bob, QStringLiteral("Kally Tanaka")));
        QVERIFY(shows(bob, QStringLiteral("3000001")));
        QVERIFY(shows(bob, QStringLiteral("via Cluster3 → Cluster1")));
        QVERIFY(!shown(bob).contains(QLatin1String("SEPC30000000001")));
        QCOMPARE(bob->softKeyLabels(), QStringList({"Answer", "Decline", "", ""}));
        pressSoftKey(bob, QStringLiteral("Answer"));
        QVERIFY(!bob->isRingingLightOn());
        QVERIFY(shows(bob, QStringLiteral("Connected")));
        QVERIFY(shows(bob, QStringLiteral("00:00")));
        // the call timer runs on lab time
        runClock(65'000);
        QVERIFY2(shows(bob, QStringLiteral("01:05")), qPrintable(shown(bob)));
        QVERIFY(shows(kally, QStringLiteral("01:05")));
        QCOMPARE(kally->softKeyLabels().first(), QStringLiteral("End Call"));
        pressSoftKey(kally, QStringLiteral("End Call"));
        QVERIFY(!shows(bob, QStringLiteral("Connected")));
        QCOMPARE(kally->softKeyLabels(), QStringList({"Redial", "New Call", "", ""}));

        // Bob's cluster down: Redial fails with the router's reason
        QVERIFY(m_lab->cluster(1)->setUp(false).ok());
        pressSoftKey(kally, QStringLiteral("Redial"));
        QVERIFY2(shown(kally).contains(QLatin1String("Call failed: ")), qPrintable(shown(kally)));

        // the keyboard dials too; the End Call key hangs up
        QVERIFY(m_lab->cluster(1)->setUp(true).ok());
        runClock(1000);
        kally->setFocus();
        QTest::keyClicks(kally, QStringLiteral("1000001"));
        QTest::keyClick(kally, Qt::Key_Return);
        QVERIFY(bob->isRingingLightOn());
        click(bob, QStringLiteral("Line1")); // the ringing line's key answers
        QVERIFY(shows(bob, QStringLiteral("Connected")));
        click(bob, QStringLiteral("EndCall"));
        QVERIFY(!shows(kally, QStringLiteral("Connected")));
    }

    void phonesSideBySide()
    {
        // as many phones as fit at a readable width; the others are reached by scrolling
        m_page->showPhones({QStringLiteral("SEPC10000000001"), QStringLiteral("SEPC10000000002"), QStringLiteral("SEPC20000000001"),
                            QStringLiteral("SEPC20000000002")});
        auto *scroll = m_page->findChild<QScrollArea *>(QStringLiteral("phonesScrollArea"));
        m_page->resize(1000, 620);
        QTRY_COMPARE(m_page->phonesInView(), 4);
        QVERIFY(!m_page->isPhoneListShown()); // the list folds away for the phones' sake
        QCOMPARE(scroll->horizontalScrollBar()->maximum(), 0);
        for (const QString &d : m_page->shownPhones())
            QVERIFY(m_page->emulator(d)->width() >= PhonesPage::MinPhoneWidth);
        m_page->resize(740, 620);
        QTRY_COMPARE(m_page->phonesInView(), 2);
        QTRY_VERIFY(scroll->horizontalScrollBar()->maximum() > 0);
        // the list comes back on request, and stays
        m_page->findChild<QToolButton *>(QStringLiteral("phoneListButton"))->click();
        QVERIFY(m_page->isPhoneListShown());
        m_page->resize(760, 620);
        QVERIFY(m_page->isPhoneListShown());
    }

    /// Not a check: with EMROAM_SCREENSHOT_DIR set, saves the phones (a call ringing, a login
    /// form with its PIN, a failure) on the Phones page and the stage, in English and Japanese,
    /// at 1280×720 and 1024×768, to look at them as a class would.
    void screenshots()
    {
        const QString dir = qEnvironmentVariable("EMROAM_SCREENSHOT_DIR");
        if (dir.isEmpty())
            QSKIP("EMROAM_SCREENSHOT_DIR not set");
        m_page.reset();
        LanguageManager languages;
        MainWindow window(m_lab->lab.get(), &languages, m_phones.get());
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.resize(1280, 720);
        QVERIFY(window.showPage(QStringLiteral("phones")));
        auto *page = window.findChild<PhonesPage *>();
        page->showPhones({QStringLiteral("SEPC30000000001"), QStringLiteral("SEPC10000000001"), QStringLiteral("SEPC20000000002"),
                          QStringLiteral("SEPC40000000002")});
        QTest::qWait(100);
        // Kally calls Bob; the free phone of Cluster2 on the login form; Cluster4 down
        m_lab->lab->clock()->advance(754'000);
        m_lab->lab->router()->dial(QStringLiteral("SEPC30000000001"), QStringLiteral("1000001"));
        PhoneEmulator *free = page->emulator(QStringLiteral("SEPC20000000002"));
        free->setMultiTapTimeout(0);
        openEm(free);
        typeOnKeypad(free, QStringLiteral("bob"));
        click(free, QStringLiteral("Down"));
        typeOnKeypad(free, QStringLiteral("123"));
        QVERIFY(m_lab->cluster(4)->setUp(false).ok());
        click(page->emulator(QStringLiteral("SEPC40000000002")), QStringLiteral("Services"));
        for (const QString &lang : {QStringLiteral("en"), QStringLiteral("ja")}) {
            languages.setLanguage(lang, false);
            for (const QSize size : {QSize(1280, 720), QSize(1024, 768)})
                for (const QString &key : {QStringLiteral("phones"), QStringLiteral("stage")}) {
                    window.resize(size);
                    QVERIFY(window.showPage(key));
                    QTest::qWait(300);
                    QVERIFY(window.grab().save(QStringLiteral("%1/%2-%3x%4-%5.png").arg(dir, key).arg(size.width()).arg(size.height()).arg(lang)));
                }
        }
        // Bob answers; a minute later
        m_lab->lab->router()->answer(QStringLiteral("SEPC10000000001"));
        m_lab->lab->clock()->advance(61'000);
        languages.setLanguage(QStringLiteral("en"), false);
        window.resize(1280, 720);
        QVERIFY(window.showPage(QStringLiteral("phones")));
        QTest::qWait(300);
        QVERIFY(window.grab().save(QStringLiteral("%1/phones-connected-en.png").arg(dir)));
    }

    void listTicksChooseThePhones()
    {
        m_page->showPhones({QStringLiteral("SEPC40000000001")});
        QCOMPARE(m_page->shownPhones(), QStringList{QStringLiteral("SEPC40000000001")});
        QVERIFY(m_page->emulator(QStringLiteral("SEPC40000000001")));
        QVERIFY(!m_page->emulator(QStringLiteral("SEPC10000000001")));

        // a phone an administrator adds shows up in the list; deleting it takes it away
        auto *tree = m_page->findChild<QTreeWidget *>(QStringLiteral("phonesTreeWidget"));
        const int before = tree->topLevelItem(3)->childCount();
        Device added = *m_lab->cluster(4)->deviceByName(QStringLiteral("SEPC40000000002"));
        added.id = 0;
        added.name = QStringLiteral("SEPC40000000009");
        added.lines.clear();
        const Refusal r = m_lab->cluster(4)->saveDevice(added);
        QVERIFY2(!r, qPrintable(r.englishText()));
        QCOMPARE(tree->topLevelItem(3)->childCount(), before + 1);
        m_page->showPhones({QStringLiteral("SEPC40000000009")});
        QVERIFY(m_page->emulator(QStringLiteral("SEPC40000000009")));
        QVERIFY(!m_lab->cluster(4)->deleteDevice(added.id));
        QCOMPARE(tree->topLevelItem(3)->childCount(), before);
        QVERIFY(m_page->shownPhones().isEmpty());
    }
};

QTEST_MAIN(TestPhoneEmulator)
#include "tst_phoneemulator.moc"
