#include <QtTest>


#include "catalog/servicecatalog.h"
#include "phone/phoneemulator.h"
#include "phone/phonescript.h"
#include "phone/phonespage.h"
#include "phonetestsupport.h"
#include "script/storystepper.h"

/// The emulator, a lab script and the story stepper all act as the lab's phones through their
/// PhoneAgents: the same steps give the same outcomes, whichever drives them.
class TestPhoneParity : public QObject
{
    Q_OBJECT

    /// A click where the emulator draws key @p key.
    static void press(PhoneEmulator *e, const QString &key) { QTest::mouseClick(e, Qt::LeftButton, {}, e->keyRect(key).center()); }
    /// Text typed on the keyboard into the phone's focused field.
    static void type(PhoneEmulator *e, const QString &text)
    {
        e->setFocus();
        QTest::keyClicks(e, text);
    }

private slots:
    void subscriberUrlWorksFromEmulatorAndScript()
    {
        PhoneLab l;
        Cluster *c = l.cluster(1);
        for (PhoneService s : c->phoneServices())
            if (s.name == QLatin1String("Extension Mobility")) {
                s.url = QStringLiteral("http://cucm1-sub1:8080/emapp/EMAppServlet?device=#DEVICENAME#");
                QVERIFY(c->savePhoneService(s).ok());
            }
        LabScript s(l.lab(), l.phones.get());
        QCOMPARE(s.execute(QStringLiteral("login SEPC10000000002 carol 12345")), QStringLiteral("ok SEPC10000000002 carol on Cluster1 restart"));
        QCOMPARE(s.execute(QStringLiteral("logout SEPC10000000002")), QStringLiteral("ok restart"));

        PhonesPage page(l.lab(), l.phones.get());
        page.showPhones({QStringLiteral("SEPC10000000002")});
        page.show();
        PhoneEmulator *e = page.emulator(QStringLiteral("SEPC10000000002"));
        QVERIFY(e);
        PhoneAgent *a = e->agent();
        a->finishRestart();
        press(e, QStringLiteral("Services"));
        QVERIFY(l.answered(a));
        QCOMPARE(a->screen().items.size(), 1);
        press(e, QStringLiteral("SoftKey1")); // Select
        QVERIFY(l.answered(a));
        QCOMPARE(a->emScreen().screen, EmAppXml::Screen::LoginForm);
        type(e, QStringLiteral("carol"));
        press(e, QStringLiteral("Down"));
        type(e, QStringLiteral("12345"));
        press(e, QStringLiteral("SoftKey1")); // Submit
        QVERIFY(l.answered(a));
        QCOMPARE(l.engine.userOn(1, QStringLiteral("SEPC10000000002")), QStringLiteral("carol"));

        // the subscriber's Cisco Tomcat stopped: a phone finds no host there, a script alike
        QVERIFY(c->setServiceRunning(QStringLiteral("cucm1-sub1"), Services::Tomcat, false).ok());
        QCOMPARE(s.execute(QStringLiteral("logout SEPC10000000002")), QStringLiteral("error host-not-found"));
    }

    void sameStepsSameOutcomesEverywhere()
    {
        const QStringList steps{QStringLiteral("login SEPC10000000002 carol 99999"), QStringLiteral("login SEPC10000000002 carol 12345"),
                                QStringLiteral("logout SEPC10000000002"), QStringLiteral("logout SEPC10000000002"),
                                QStringLiteral("login SEPC20000000002 bob 12345")};
        // a lab script
        QStringList scripted;
        {
            PhoneLab l;
            LabScript s(l.lab(), l.phones.get());
            for (const QString &step : steps)
                scripted.append(s.execute(step));
        }
        QCOMPARE(scripted, QStringList({"error 201 Authentication Error", "ok SEPC10000000002 carol on Cluster1 restart", "ok restart",
                                        "error 19 No user logged in", "ok SEPC20000000002 bob on Cluster2 restart"}));
        // the story stepper
        QStringList stepped;
        {
            PhoneLab l;
            StoryStepper stepper(l.lab(), l.phones.get());
            QVERIFY(stepper.setScript(steps.join(QLatin1Char('\n'))));
            while (!stepper.atEnd())
                for (const StoryStepper::Line &line : stepper.steps().at(stepper.next()).lines)
                    stepped.append(line.outcome);
            // the stepper moved the console's phones: the one Bob logged in on restarts
            QCOMPARE(l.agent(QStringLiteral("SEPC20000000002"))->restart(), PhoneAgent::Restart::Restart);
        }
        QCOMPARE(stepped, scripted);
        // the emulator, through its widgets
        QStringList clicked;
        {
            PhoneLab l;
            PhonesPage page(l.lab(), l.phones.get());
            page.showPhones({QStringLiteral("SEPC10000000002"), QStringLiteral("SEPC20000000002")});
            page.show();
            for (const QString &step : steps) {
                const QStringList t = step.split(QLatin1Char(' '));
                PhoneEmulator *e = page.emulator(t.at(1));
                PhoneAgent *a = e->agent();
                a->finishRestart();
                auto click = [&](const char *name) {
                    press(e, QLatin1String(name));
                    QVERIFY(l.answered(a));
                };
                click("Services");
                click("SoftKey1"); // Select: Extension Mobility
                const bool logout = t.at(0) == QLatin1String("logout");
                const EmAppXml::Reading screen = a->emScreen();
                if (logout && screen.screen == EmAppXml::Screen::LoginForm) {
                    clicked.append(EmResult::failure(EmCode::NoUserLoggedIn).scriptLine(true)); // nobody to log out
                    continue;
                }
                if (!logout) {
                    type(e, t.at(2));
                    press(e, QStringLiteral("Down"));
                    type(e, t.at(3));
                }
                const quint64 before = a->engineResults();
                click("SoftKey1"); // Submit, or Yes
                const EmAppXml::Reading r = EmAppXml::read(a->lastAnswer().appId);
                QCOMPARE(r.screen, EmAppXml::Screen::Result);
                clicked.append(r.code == 0 && a->engineResults() != before ? a->lastEngineResult()->scriptLine(r.logout)
                                                                            : EmResult::failure(r.code).scriptLine(r.logout));
            }
        }
        QCOMPARE(clicked, scripted);
    }

};

QTEST_MAIN(TestPhoneParity)
#include "tst_phoneparity.moc"
