#include <QtTest>

#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QTreeWidget>

#include "catalog/servicecatalog.h"
#include "http/emappxml.h"
#include "http/labhttp.h"
#include "phone/labphones.h"
#include "phone/phoneagent.h"
#include "enginetestsupport.h"
#include "phone/phoneemulator.h"
#include "phone/phonespage.h"

/// The phone emulator driven through its widgets, the way a trainer's class would use it.
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
        }
        return p;
    }
    template<typename T> static T *child(PhoneEmulator *p, const char *name)
    {
        T *w = p->findChild<T *>(QLatin1String(name));
        if (!w)
            qFatal("no %s", name);
        return w;
    }
    static QString message(PhoneEmulator *p) { return child<QLabel>(p, "phoneMessageLabel")->text(); }
    static QString status(PhoneEmulator *p) { return child<QLabel>(p, "phoneStatusLabel")->text(); }
    static QString screenText(PhoneEmulator *p) { return child<QLabel>(p, "serviceTextLabel")->text(); }
    static QString screenTitle(PhoneEmulator *p) { return child<QLabel>(p, "serviceTitleLabel")->text(); }
    static QListWidget *items(PhoneEmulator *p) { return child<QListWidget>(p, "serviceItemsListWidget"); }
    static QLineEdit *field(PhoneEmulator *p, int i)
    {
        return child<QLineEdit>(p, QStringLiteral("fieldLineEdit%1").arg(i).toLatin1().constData());
    }
    /// The visible soft key labelled @p name.
    static QPushButton *softKey(PhoneEmulator *p, const QString &name)
    {
        for (int i = 1; i <= PhoneEmulator::MaxSoftKeys; ++i) {
            auto *b = child<QPushButton>(p, QStringLiteral("softKey%1Button").arg(i).toLatin1().constData());
            if (b->isVisibleTo(p) && b->text() == name)
                return b;
        }
        return nullptr;
    }
    static QStringList softKeys(PhoneEmulator *p)
    {
        QStringList out;
        for (int i = 1; i <= PhoneEmulator::MaxSoftKeys; ++i) {
            auto *b = child<QPushButton>(p, QStringLiteral("softKey%1Button").arg(i).toLatin1().constData());
            if (b->isVisibleTo(p))
                out.append(b->text());
        }
        return out;
    }
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
    void click(PhoneEmulator *p, QPushButton *button)
    {
        QVERIFY(button);
        QTest::mouseClick(button, Qt::LeftButton);
        waitForAnswer(p);
    }
    void press(PhoneEmulator *p, const char *button) { click(p, child<QPushButton>(p, button)); }
    void pressSoftKey(PhoneEmulator *p, const QString &name)
    {
        QPushButton *b = softKey(p, name);
        QVERIFY2(b, qPrintable(QStringLiteral("no soft key %1 among %2").arg(name, softKeys(p).join(QLatin1Char(',')))));
        click(p, b);
    }
    /// Services → the menu's Extension Mobility entry → Select.
    void openEm(PhoneEmulator *p, const QString &entry = QStringLiteral("Extension Mobility"))
    {
        press(p, "servicesButton");
        QCOMPARE(screenTitle(p), QStringLiteral("Services"));
        const QList<QListWidgetItem *> found = items(p)->findItems(entry, Qt::MatchExactly);
        QVERIFY2(!found.isEmpty(), qPrintable(entry));
        items(p)->setCurrentItem(found.constFirst());
        pressSoftKey(p, QStringLiteral("Select"));
    }
    /// Services → Extension Mobility → User ID + PIN → Submit, then lets EM answer.
    void login(PhoneEmulator *p, const QString &id, const QString &pin)
    {
        openEm(p);
        QCOMPARE(p->agent()->emScreen().screen, EmAppXml::Screen::LoginForm);
        QCOMPARE(field(p, 1)->echoMode(), QLineEdit::Password); // the PIN is masked
        field(p, 0)->clear();
        QTest::keyClicks(field(p, 0), id);
        QTest::keyClicks(field(p, 1), pin);
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
        QCOMPARE(status(bob), QStringLiteral("Registered on Cluster1"));
        QCOMPARE(child<QLabel>(bob, "phoneUserLabel")->text(), QStringLiteral("User: bob"));
        QVERIFY(child<QLabel>(bob, "phoneLinesLabel")->text().contains(QLatin1String("1000001")));
    }

    void roamingLoginThroughTheWidgets()
    {
        QVERIFY(m_lab->cluster(1)->setUp(false).ok());
        PhoneEmulator *home = phone(QStringLiteral("SEPC10000000001"));
        QCOMPARE(status(home), QStringLiteral("Unregistered: Cluster1 is down"));
        // the phone of a cluster that is down cannot reach its services: the listener is closed
        press(home, "servicesButton");
        QCOMPARE(message(home), QStringLiteral("Host Not Found"));
        QCOMPARE(home->screen(), PhoneEmulator::Screen::Home);

        PhoneEmulator *p = phone(QStringLiteral("SEPC20000000002"));
        QCOMPARE(child<QLabel>(p, "phoneUserLabel")->text(), QStringLiteral("No user logged in"));
        login(p, QStringLiteral("bob"), QStringLiteral("12345"));
        QCOMPARE(p->screen(), PhoneEmulator::Screen::Home);
        QCOMPARE(message(p), QString());
        // the phone restarts briefly (lab time), then shows Bob's line
        QCOMPARE(status(p), QStringLiteral("Restarting…"));
        QVERIFY(child<QLabel>(p, "phoneLinesLabel")->text().isEmpty());
        QVERIFY(!child<QPushButton>(p, "servicesButton")->isEnabled());
        runClock(PhoneAgent::RestartMs);
        QCOMPARE(status(p), QStringLiteral("Registered on Cluster2"));
        QCOMPARE(child<QLabel>(p, "phoneUserLabel")->text(), QStringLiteral("User: bob"));
        QCOMPARE(child<QLabel>(p, "phoneLinesLabel")->text(), QStringLiteral("Line 1: 1000001"));

        // Services again: the logout question in EMApp's words with its Yes/No, then a restart
        openEm(p);
        QCOMPARE(p->agent()->emScreen().screen, EmAppXml::Screen::LogoutConfirm);
        QVERIFY2(screenText(p).contains(QLatin1String("(bob) is logged in")), qPrintable(screenText(p)));
        QCOMPARE(softKeys(p), QStringList({"Yes", "No"}));
        pressSoftKey(p, QStringLiteral("Yes"));
        QCOMPARE(status(p), QStringLiteral("Restarting…"));
        runClock(PhoneAgent::RestartMs);
        QCOMPARE(child<QLabel>(p, "phoneUserLabel")->text(), QStringLiteral("No user logged in"));
    }

    void softKeysExitAndBack()
    {
        PhoneEmulator *p = phone(QStringLiteral("SEPC20000000002"));
        openEm(p);
        QCOMPARE(softKeys(p), QStringList({"Submit", "<<", "Exit"}));
        // << takes back the last character of the field being typed in
        QTest::keyClicks(field(p, 0), QStringLiteral("bobx"));
        field(p, 0)->setFocus();
        pressSoftKey(p, QStringLiteral("<<"));
        QCOMPARE(field(p, 0)->text(), QStringLiteral("bob"));
        pressSoftKey(p, QStringLiteral("Exit"));
        QCOMPARE(p->screen(), PhoneEmulator::Screen::Home);
        // the Services menu without soft keys of its own gets a phone's Select and Exit
        press(p, "servicesButton");
        QCOMPARE(softKeys(p), QStringList({"Select", "Exit"}));
        pressSoftKey(p, QStringLiteral("Exit"));
        QCOMPARE(p->screen(), PhoneEmulator::Screen::Home);
    }

    void wrongPinShowsTheCode()
    {
        PhoneEmulator *p = phone(QStringLiteral("SEPC20000000002"));
        login(p, QStringLiteral("alice"), QStringLiteral("99999"));
        QCOMPARE(p->screen(), PhoneEmulator::Screen::Service);
        // EMApp's own text for 201, as a phone with an English locale shows it
        QCOMPARE(screenText(p), QStringLiteral("Please try to login again (201)"));
        QCOMPARE(p->agent()->emScreen().code, 201);
        QCOMPARE(m_lab->userOn(2, QStringLiteral("SEPC20000000002")), QString());

        // A Japanese phone words the same answer as its locale does: エラー 201 認証エラー.
        struct Japanese : QTranslator {
            bool isEmpty() const override { return false; }
            QString translate(const char *, const char *source, const char *, int) const override
            {
                if (qstrcmp(source, "Error %1 %2") == 0)
                    return QStringLiteral("エラー %1 %2");
                if (qstrcmp(source, "Authentication Error") == 0)
                    return QStringLiteral("認証エラー");
                return {};
            }
        } japanese;
        QVERIFY(QCoreApplication::installTranslator(&japanese));
        QCoreApplication::processEvents(); // LanguageChange
        QCOMPARE(screenText(p), QStringLiteral("エラー 201 認証エラー"));
        QVERIFY(QCoreApplication::removeTranslator(&japanese));
        QCoreApplication::processEvents();
        QCOMPARE(screenText(p), QStringLiteral("Please try to login again (201)"));
        pressSoftKey(p, QStringLiteral("Exit"));
        QCOMPARE(p->screen(), PhoneEmulator::Screen::Home);
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
        QCOMPARE(child<QLabel>(p, "servicePromptLabel")->text(), QStringLiteral("Select a device profile"));
        QCOMPARE(items(p)->count(), 2);
        QCOMPARE(items(p)->item(1)->text(), QStringLiteral("UDP-carol-2"));
        items(p)->setCurrentRow(1);
        pressSoftKey(p, QStringLiteral("Select"));
        runClock(PhoneAgent::RestartMs);
        QCOMPARE(child<QLabel>(p, "phoneUserLabel")->text(), QStringLiteral("User: carol"));
        QCOMPARE(child<QLabel>(p, "phoneLinesLabel")->text(), QStringLiteral("Line 1: 1000102"));
    }

    void http503WhenPhoneServicesStop()
    {
        for (const Node &n : m_lab->cluster(2)->nodes())
            m_lab->cluster(2)->setServiceRunning(n.hostName, Services::IpPhoneServices, false);
        PhoneEmulator *p = phone(QStringLiteral("SEPC20000000002"));
        press(p, "servicesButton");
        QCOMPARE(message(p), QStringLiteral("HTTP Error (503)"));
        QCOMPARE(p->screen(), PhoneEmulator::Screen::Home);
    }

    void callShowsItsHops()
    {
        PhoneEmulator *kally = phone(QStringLiteral("SEPC30000000001"));
        PhoneEmulator *bob = phone(QStringLiteral("SEPC10000000001"));
        QTest::keyClicks(child<QLineEdit>(kally, "dialLineEdit"), QStringLiteral("1000001"));
        QTest::mouseClick(child<QPushButton>(kally, "dialButton"), Qt::LeftButton);
        QCOMPARE(child<QLabel>(kally, "phoneCallLabel")->text(),
                 QStringLiteral("Ringing SEPC10000000001 (dialled 1000001) via Cluster3 → Cluster1"));
        QCOMPARE(child<QLabel>(bob, "phoneCallLabel")->text(), QStringLiteral("Incoming call from SEPC30000000001 via Cluster3 → Cluster1"));
        QVERIFY(child<QPushButton>(bob, "answerButton")->isEnabled());
        QTest::mouseClick(child<QPushButton>(bob, "answerButton"), Qt::LeftButton);
        QVERIFY(child<QLabel>(kally, "phoneCallLabel")->text().startsWith(QLatin1String("Connected with SEPC10000000001")));
        QTest::mouseClick(child<QPushButton>(kally, "hangupButton"), Qt::LeftButton);
        QCOMPARE(child<QLabel>(kally, "phoneCallLabel")->text(), QString());

        // Bob's cluster down: the call fails with the router's reason
        QVERIFY(m_lab->cluster(1)->setUp(false).ok());
        QTest::mouseClick(child<QPushButton>(kally, "dialButton"), Qt::LeftButton);
        QVERIFY2(message(kally).startsWith(QLatin1String("Call failed: ")), qPrintable(message(kally)));
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
