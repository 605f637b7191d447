#include <QtTest>
#include <QTableView>

#include <QComboBox>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QToolButton>
#include <QTranslator>

#include "phone/labphones.h"
#include "demo/demopanel.h"
#include "enginetestsupport.h"
#include "events/counters.h"
#include "http/clusterhttp.h"
#include "http/labhttp.h"
#include "languagemanager.h"
#include "mainwindow.h"
#include "script/storystepper.h"

namespace {
/// Stands in for a catalogue that translates the story: marks every "StoryScript" message.
class StoryMarker : public QTranslator
{
public:
    static QString mark(const QString &english) { return QStringLiteral("[ja] ") + english; }
    bool isEmpty() const override { return false; }
    QString translate(const char *context, const char *sourceText, const char * = nullptr, int = -1) const override
    {
        if (qstrcmp(context, "StoryScript") != 0)
            return {};
        return mark(QString::fromUtf8(sourceText));
    }
};

/// Every title, say and notice text of @p script, in order, each once.
QStringList textsOf(const QString &script)
{
    QStringList out;
    for (const QString &line : script.split(QLatin1Char('\n'))) {
        QString verb;
        const QString text = LabScript::narrationOf(line, &verb);
        if (!verb.isEmpty() && !out.contains(text))
            out.append(text);
    }
    return out;
}

/// A demo lab on a manual clock whose reset opens a fresh demo lab in the same Lab: what a
/// scenario starts from.
struct ResettableLab : EngineLab
{
    int resets = 0;
    bool reset(QString *error)
    {
        ++resets;
        // calls live in the lab's call router, not in a cluster: end them as a reset must
        for (Cluster *c : lab->clusters())
            for (const Device &d : c->phones())
                if (lab->router()->callOf(d.name))
                    lab->router()->hangup(d.name);
        lab->close();
        QDir(dir.path()).removeRecursively();
        return lab->open(dir.path(), error);
    }
    StoryStepper::LabReset resetter()
    {
        return [this](QString *error) { return reset(error); };
    }
    /// What a class can see of the lab: every cluster up or down, every phone (registration,
    /// user, lines, services, call), where every super user is logged in and what each cluster has
    /// learned of it, and each cluster's throttling counter.
    QStringList state()
    {
        LabScript probe(lab.get());
        QStringList out;
        for (Cluster *c : lab->clusters()) {
            out << c->name() + (c->isUp() ? QStringLiteral(" up") : QStringLiteral(" down"));
            for (const Device &d : c->phones())
                out << d.name + QStringLiteral(": ") + probe.execute(QStringLiteral("phone ") + d.name)
                        + QStringLiteral(" call %1").arg(int(lab->router()->state(d.name)));
            out << c->name() + QStringLiteral(" throttled ") + probe.execute(QStringLiteral("counter %1 RequestsThrottled").arg(c->name()));
        }
        for (const char *user : {"bob", "alice", "kally", "dave"}) {
            const QString u = QString::fromLatin1(user);
            out << u + QStringLiteral(": ") + probe.execute(QStringLiteral("where ") + u);
            for (Cluster *c : lab->clusters())
                out << u + QStringLiteral(" from ") + c->name() + QStringLiteral(": ")
                        + probe.execute(QStringLiteral("where %1 from %2").arg(u, c->name()));
        }
        return out;
    }
};

QString stepText(const StoryStepper::Step &s)
{
    QStringList lines;
    for (const StoryStepper::Line &l : s.lines)
        lines << QStringLiteral("line %1: %2 => %3 (expected %4)").arg(l.line).arg(l.command, l.outcome, l.expected);
    return s.narration + QLatin1Char('\n') + lines.join(QLatin1Char('\n'));
}

/// Where @p w sits in @p panel.
QRect placeIn(QWidget *panel, QWidget *w)
{
    return QRect(w->mapTo(panel, QPoint(0, 0)), w->size());
}
} // namespace

/// Scenarios (the seed's story first) run step by step, and the demo controls around them.
class TestStoryStepper : public QObject
{
    Q_OBJECT

private slots:
    void stepsAreTheNarrations()
    {
        EngineLab e;
        StoryStepper stepper(e.lab.get());
        QVERIFY(stepper.setScript(StoryStepper::storyScript()));
        QCOMPARE(stepper.title(), QStringLiteral("The roaming story: Bob roams when his home cluster goes down"));
        QCOMPARE(stepper.steps().size(), 8);
        const StoryStepper::Step &first = stepper.steps().first();
        QVERIFY(first.narration.startsWith(QLatin1String("Kally dials Bob")));
        QVERIFY(first.notice.startsWith(QLatin1String("The call goes from the spoke Cluster3")));
        QCOMPARE(first.lines.size(), 2);
        QCOMPARE(first.lines.at(1).command, QStringLiteral("dial SEPC30000000001 1000001"));
        for (const StoryStepper::Step &s : stepper.steps()) {
            QVERIFY2(!s.narration.isEmpty() && !s.notice.isEmpty() && !s.lines.isEmpty(), qPrintable(stepText(s)));
            QVERIFY(!s.ran);
        }

        // the step's clusters, link and phones, once run
        QSignalSpy highlight(&stepper, &StoryStepper::highlightRequested);
        QCOMPARE(stepper.next(), 0);
        QCOMPARE(stepper.current(), 1);
        const StoryStepper::Step &ran = stepper.steps().first();
        QVERIFY(ran.ran && ran.passed);
        QCOMPARE(ran.lines.at(1).outcome.section(QLatin1Char(' '), 0, 5), QStringLiteral("ringing SEPC10000000001 on Cluster1 via Cluster3>Cluster1"));
        QCOMPARE(ran.links, QStringList{QStringLiteral("Cluster3>Cluster1")});
        QCOMPARE(QSet<QString>(ran.clusters.cbegin(), ran.clusters.cend()), (QSet<QString>{QStringLiteral("Cluster1"), QStringLiteral("Cluster3")}));
        QCOMPARE(QSet<QString>(ran.phones.cbegin(), ran.phones.cend()),
                 (QSet<QString>{QStringLiteral("SEPC10000000001"), QStringLiteral("SEPC30000000001")}));
        QCOMPARE(highlight.size(), 1);
        QCOMPARE(highlight.last().at(1).toStringList(), QStringList{QStringLiteral("Cluster3>Cluster1")});
        QVERIFY(highlight.last().at(2).toStringList().contains(QStringLiteral("SEPC10000000001")));
    }

    void everyShippedScenarioRunsToItsEnd_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<int>("index");
        const QList<StoryStepper::Scenario> scenarios = StoryStepper::scenarios();
        QVERIFY(scenarios.size() >= 4);
        for (int i = 0; i < scenarios.size(); ++i)
            QTest::newRow(qPrintable(scenarios.at(i).file.section(QLatin1Char('/'), -1))) << scenarios.at(i).file << i;
    }
    void everyShippedScenarioRunsToItsEnd()
    {
        QFETCH(QString, file);
        QFETCH(int, index);
        const QString script = StoryStepper::scenarioScript(file);
        QVERIFY(!script.isEmpty());
        QVERIFY(!StoryStepper::scenarios().at(index).title.isEmpty());

        // headless, through the script runner
        {
            EngineLab e;
            LabScript runner(e.lab.get());
            QString out;
            QVERIFY2(runner.run(script, [&](const QString &l) { out += l + QLatin1Char('\n'); }), qPrintable(out));
            QVERIFY(runner.badLine().isEmpty());
        }

        // step by step: every step narrated, every expectation held
        EngineLab e;
        StoryStepper stepper(e.lab.get());
        QVERIFY2(stepper.setScript(script), qPrintable(stepper.error()));
        QVERIFY(stepper.steps().size() >= 4);
        while (!stepper.atEnd()) {
            const StoryStepper::Step &s = stepper.steps().at(stepper.next());
            QVERIFY2(s.passed && !s.narration.isEmpty(), qPrintable(stepText(s)));
        }
        QVERIFY(stepper.error().isEmpty());
        QCOMPARE(stepper.next(), -1);

        // the final state is what the last narrations claim, read from the engine itself
        auto loggedIn = [&](int k, const char *device) { return e.userOn(k, QString::fromLatin1(device)); };
        const QString name = file.section(QLatin1Char('/'), -1);
        if (name == QLatin1String("story.emroam")) {
            // "Cluster1 comes back … logs him out there"; Dave's call reaches Bob on Cluster2
            QVERIFY(e.cluster(1)->isUp());
            QCOMPARE(loggedIn(1, "SEPC10000000001"), QString());
            QCOMPARE(loggedIn(2, "SEPC20000000002"), QStringLiteral("bob"));
            QCOMPARE(e.lab->ils()->userRecord(QStringLiteral("Cluster4"), QStringLiteral("bob"))->cluster, QStringLiteral("Cluster2"));
            QCOMPARE(e.lab->router()->state(QStringLiteral("SEPC20000000002")), CallRouter::State::Ringing);
        } else if (name == QLatin1String("scenario-hub-down.emroam")) {
            // "Once its hub is back, Cluster4 learns Bob's new location"
            QVERIFY(e.cluster(1)->isUp());
            QCOMPARE(e.lab->ils()->userRecord(QStringLiteral("Cluster4"), QStringLiteral("bob"))->cluster, QStringLiteral("Cluster2"));
            QCOMPARE(e.lab->router()->state(QStringLiteral("SEPC20000000002")), CallRouter::State::Ringing);
        } else if (name == QLatin1String("scenario-multiple-logins.emroam")) {
            // Auto Logout set; "across clusters a super user is never logged in twice"
            QCOMPARE(e.cluster(1)->serviceParameter(QStringLiteral("Cisco Extension Mobility"), QStringLiteral("Multiple Login Behavior")),
                     QStringLiteral("Auto Logout"));
            QCOMPARE(loggedIn(1, "SEPC10000000001"), QString());
            QCOMPARE(loggedIn(1, "SEPC10000000002"), QString());
            QCOMPARE(loggedIn(4, "SEPC40000000002"), QStringLiteral("bob"));
            QVERIFY(e.cluster(1)->loginsOfUser(e.cluster(1)->endUserByUserId(QStringLiteral("bob"))->id).isEmpty());
        } else if (name == QLatin1String("scenario-throttling-burst.emroam")) {
            // two refused with 26 in the burst, then "spread out, the same requests all succeed"
            QCOMPARE(e.lab->counters()->value(QStringLiteral("Cluster2"), QStringLiteral("RequestsThrottled")), qint64(2));
            QCOMPARE(loggedIn(2, "SEPC20000000002"), QStringLiteral("bob"));
            QCOMPARE(loggedIn(2, "SEPC20000000003"), QStringLiteral("kally"));
            QCOMPARE(loggedIn(2, "SEPC20000000004"), QStringLiteral("dave"));
            QCOMPARE(e.cluster(2)->serviceParameter(QStringLiteral("Cisco Extension Mobility"), QStringLiteral("Maximum Concurrent Requests")),
                     QStringLiteral("2"));
        } else {
            QFAIL(qPrintable(QStringLiteral("no check of the final state of ") + name));
        }
    }

    void runToTheEndRestartAndStepBack()
    {
        ResettableLab r;
        StoryStepper stepper(r.lab.get());
        QVERIFY(stepper.setScript(StoryStepper::storyScript()));
        QVERIFY(!stepper.back()); // no reset handed in: nothing happens
        QVERIFY(!stepper.restart());
        QCOMPARE(r.resets, 0);
        stepper.setLabReset(r.resetter());

        // the state after each step when the story runs from its start
        const int n = int(stepper.steps().size());
        QList<QStringList> replay{r.state()};
        while (!stepper.atEnd()) {
            QVERIFY2(stepper.steps().at(stepper.next()).passed, qPrintable(stepText(stepper.steps().at(stepper.current() - 1))));
            replay.append(r.state());
        }
        QCOMPARE(replay.size(), n + 1);
        QVERIFY(replay.at(3) != replay.at(2)); // Cluster1 went down: the states differ

        // Restart: the lab as before the first step, nothing ran
        QSignalSpy highlight(&stepper, &StoryStepper::highlightRequested);
        QVERIFY(stepper.restart());
        QCOMPARE(r.resets, 1);
        QCOMPARE(stepper.current(), 0);
        QVERIFY(!stepper.steps().first().ran);
        QCOMPARE(r.state(), replay.at(0));
        QCOMPARE(highlight.last().at(0).toStringList(), QStringList());

        // run to the end again: the same end
        while (!stepper.atEnd()) {
            const StoryStepper::Step &s = stepper.steps().at(stepper.next());
            QVERIFY2(s.passed, qPrintable(stepText(s)));
        }
        QCOMPARE(r.state(), replay.at(n));

        // step back from the end, one step at a time: each state is the replay's
        for (int k = n - 1; k >= n - 3; --k) {
            QVERIFY2(stepper.back(), qPrintable(stepper.error()));
            QCOMPARE(stepper.current(), k);
            QCOMPARE(r.state(), replay.at(k));
            QVERIFY(stepper.steps().at(k - 1).ran && !stepper.steps().at(k).ran);
            QCOMPARE(highlight.last().at(0).toStringList(), stepper.steps().at(k - 1).clusters);
        }
        // and Next after Back goes on as before
        QVERIFY(stepper.steps().at(stepper.next()).passed);
        QCOMPARE(r.state(), replay.at(n - 2));
        QVERIFY(stepper.goTo(3));
        QCOMPARE(r.state(), replay.at(3));
        QVERIFY(!stepper.goTo(n + 1));
        QCOMPARE(stepper.current(), 3);

        // a reset that fails says why and runs nothing
        stepper.setLabReset([](QString *error) {
            *error = QStringLiteral("cannot reset");
            return false;
        });
        QVERIFY(!stepper.restart());
        QCOMPARE(stepper.error(), QStringLiteral("cannot reset"));
        QCOMPARE(stepper.current(), 0);
        QVERIFY(!stepper.canGoOn());
    }

    void everyNarrationIsListedForTranslators()
    {
        // lupdate cannot read .emroam files: their texts are listed in storystepper.cpp. A text
        // added or reworded in a script without the list would stay English.
        QStringList texts;
        const QString sourceDir = qEnvironmentVariable("EMROAM_SOURCE_DIR"); // set by CTest
        for (const StoryStepper::Scenario &s : StoryStepper::scenarios()) {
            const QString script = StoryStepper::scenarioScript(s.file);
            QVERIFY2(!script.isEmpty(), qPrintable(s.file));
            if (!sourceDir.isEmpty()) {
                QFile file(sourceDir + QStringLiteral("/resources/scripts/") + s.file.section(QLatin1Char('/'), -1));
                QVERIFY2(file.open(QIODevice::ReadOnly | QIODevice::Text), qPrintable(file.fileName()));
                QCOMPARE(QString::fromUtf8(file.readAll()), script); // the embedded copy is the file
            }
            for (const QString &t : textsOf(script))
                if (!texts.contains(t))
                    texts.append(t);
        }
        const QStringList listed = StoryStepper::storyNarrations();
        QVERIFY(texts.size() >= 20);
        QStringList missing, unused;
        for (const QString &t : texts)
            if (!listed.contains(t))
                missing << QStringLiteral("    QT_TRANSLATE_NOOP(\"StoryScript\", \"%1\"),").arg(t);
        for (const QString &t : listed)
            if (!texts.contains(t))
                unused << t;
        QVERIFY2(missing.isEmpty(), qPrintable(QStringLiteral("texts of the scenarios missing from StoryNarrations "
                                                              "in models/script/storystepper.cpp:\n")
                                               + missing.join(QLatin1Char('\n'))));
        QVERIFY2(unused.isEmpty(), qPrintable(QStringLiteral("StoryNarrations lists texts no scenario has:\n") + unused.join(QLatin1Char('\n'))));
    }

    void panelShowsNarratedStepsAndButtonsNeverMove()
    {
        LanguageManager languages; // English plural forms
        languages.setLanguage(QStringLiteral("en"), false);
        ResettableLab r;
        DemoPanel panel(r.lab.get(), nullptr);
        panel.setLabReset(r.resetter());
        panel.resize(420, 720);
        panel.show();
        QVERIFY(QTest::qWaitForWindowExposed(&panel));
        auto *step = panel.findChild<QLabel *>(QStringLiteral("stepLabel"));
        auto *narration = panel.findChild<QLabel *>(QStringLiteral("narrationLabel"));
        auto *notice = panel.findChild<QLabel *>(QStringLiteral("noticeLabel"));
        auto *subjects = panel.findChild<QLabel *>(QStringLiteral("subjectsLabel"));
        auto *checks = panel.findChild<QLabel *>(QStringLiteral("checksLabel"));
        auto *back = panel.findChild<QPushButton *>(QStringLiteral("storyBackButton"));
        auto *next = panel.findChild<QPushButton *>(QStringLiteral("storyNextButton"));
        auto *restart = panel.findChild<QPushButton *>(QStringLiteral("storyRestartButton"));
        auto *scenario = panel.findChild<QComboBox *>(QStringLiteral("scenarioComboBox"));
        QVERIFY(step && narration && notice && subjects && checks && back && next && restart && scenario);
        const QList<StoryStepper::Step> &steps = panel.stepper()->steps();
        const int n = int(steps.size());

        QCOMPARE(scenario->count(), StoryStepper::scenarios().size());
        QCOMPARE(scenario->currentText(), StoryStepper::scenarios().first().title);
        QCOMPARE(step->text(), QStringLiteral("Ready: %1 steps").arg(n));
        QCOMPARE(narration->text(), panel.stepper()->title());
        QVERIFY(!back->isEnabled() && !restart->isEnabled() && next->isEnabled());
        // it fits beside the map at 1024×768 (navigation ~300 px, the map the rest)
        QVERIFY2(panel.minimumSizeHint().width() <= 360, qPrintable(QString::number(panel.minimumSizeHint().width())));
        // large type: the narration is well above the panel's own font
        QVERIFY(narration->font().pointSizeF() >= panel.font().pointSizeF() * 1.3);

        const QList<QRect> buttons{placeIn(&panel, back), placeIn(&panel, next), placeIn(&panel, restart)};
        auto buttonsStayed = [&] {
            QCoreApplication::sendPostedEvents(); // the layout runs again
            QCoreApplication::processEvents();
            return QList<QRect>{placeIn(&panel, back), placeIn(&panel, next), placeIn(&panel, restart)} == buttons;
        };

        QSignalSpy highlight(&panel, &DemoPanel::highlightRequested);
        for (int i = 1; i <= n; ++i) {
            QTest::mouseClick(next, Qt::LeftButton);
            QCOMPARE(step->text(), QStringLiteral("Step %1 of %2").arg(i).arg(n));
            QCOMPARE(narration->text(), steps.at(i - 1).narration);
            QCOMPARE(notice->text(), QStringLiteral("Notice: ") + steps.at(i - 1).notice);
            QVERIFY2(checks->text().endsWith(QLatin1String(" held.")), qPrintable(checks->text()));
            QVERIFY2(buttonsStayed(), qPrintable(step->text()));
            QVERIFY(narration->font().pointSizeF() >= panel.font().pointSizeF() * 1.3);
        }
        QCOMPARE(highlight.size(), n);
        QVERIFY(!next->isEnabled());
        QVERIFY(back->isEnabled() && restart->isEnabled());
        // the last step is about Dave's phone and Bob's, highlighted with who is on them
        QVERIFY2(subjects->text().contains(QLatin1String("SEPC20000000002 (bob)")), qPrintable(subjects->text()));
        QVERIFY2(subjects->text().contains(QStringLiteral("Cluster4 → Cluster2")), qPrintable(subjects->text()));

        // Back: one step earlier, the lab replayed to there
        QTest::mouseClick(back, Qt::LeftButton);
        QCOMPARE(step->text(), QStringLiteral("Step %1 of %2").arg(n - 1).arg(n));
        QCOMPARE(narration->text(), steps.at(n - 2).narration);
        QVERIFY(next->isEnabled());
        QVERIFY(buttonsStayed());
        QCOMPARE(r.userOn(2, QStringLiteral("SEPC20000000002")), QStringLiteral("bob"));

        // another scenario: the lab is reset, its title shown, the buttons where they were
        const int resets = r.resets;
        scenario->setCurrentIndex(1);
        emit scenario->activated(1);
        QCOMPARE(r.resets, resets + 1);
        QCOMPARE(panel.stepper()->title(), StoryStepper::scenarios().at(1).title);
        QCOMPARE(narration->text(), StoryStepper::scenarios().at(1).title);
        QTest::mouseClick(next, Qt::LeftButton);
        QCOMPARE(step->text().left(7), QStringLiteral("Step 1 "));
        QVERIFY(!r.cluster(1)->isUp()); // the hub-down scenario's first step
        QVERIFY(buttonsStayed());

        // Restart
        QTest::mouseClick(restart, Qt::LeftButton);
        QVERIFY(r.cluster(1)->isUp());
        QVERIFY(step->text().startsWith(QLatin1String("Ready: ")));
        QVERIFY(buttonsStayed());
    }

    void languageSwitchRelabelsTheStory()
    {
        ResettableLab r;
        LanguageManager languages;
        languages.setLanguage(QStringLiteral("en"), false);
        DemoPanel panel(r.lab.get(), nullptr);
        panel.setLabReset(r.resetter());
        panel.resize(420, 720);
        panel.show();
        auto *step = panel.findChild<QLabel *>(QStringLiteral("stepLabel"));
        auto *narration = panel.findChild<QLabel *>(QStringLiteral("narrationLabel"));
        auto *notice = panel.findChild<QLabel *>(QStringLiteral("noticeLabel"));
        auto *next = panel.findChild<QPushButton *>(QStringLiteral("storyNextButton"));
        auto *back = panel.findChild<QPushButton *>(QStringLiteral("storyBackButton"));
        auto *scenario = panel.findChild<QComboBox *>(QStringLiteral("scenarioComboBox"));
        const QRect nextPlace = placeIn(&panel, next), backPlace = placeIn(&panel, back);
        QTest::mouseClick(next, Qt::LeftButton);
        const StoryStepper::Step &first = panel.stepper()->steps().first();
        QCOMPARE(narration->text(), first.narration);
        QCOMPARE(next->text(), QStringLiteral("&Next"));

        // the console in Japanese: the story, its chooser and the controls re-label themselves
        QVERIFY(languages.setLanguage(QStringLiteral("ja"), false));
        QTRY_COMPARE(step->text(), QStringLiteral("ステップ 1/8"));
        QTest::qWait(50); // the layout runs again
        QCOMPARE(narration->text(), QStringLiteral("Kally が Bob をダイヤルします。Cluster3 は、Bob がログインしている Cluster1 にコールをルーティングします。"));
        QVERIFY2(notice->text().startsWith(QStringLiteral("注目: ")), qPrintable(notice->text()));
        QVERIFY(!notice->text().contains(first.notice));
        QCOMPARE(scenario->itemText(0), StoryStepper::translatedNarration(StoryStepper::scenarios().first().title));
        QVERIFY(scenario->itemText(0) != StoryStepper::scenarios().first().title);
        QVERIFY(next->text() != QStringLiteral("&Next"));
        QCOMPARE(panel.stepper()->steps().first().narration, first.narration); // the step keeps the English
        QCOMPARE(placeIn(&panel, next), nextPlace); // the buttons stay where they were
        QCOMPARE(placeIn(&panel, back), backPlace);

        // every text of every scenario has its Japanese
        for (const QString &english : StoryStepper::storyNarrations())
            QVERIFY2(StoryStepper::translatedNarration(english) != english, qPrintable(english));

        QVERIFY(languages.setLanguage(QStringLiteral("en"), false));
        QTRY_COMPARE(narration->text(), first.narration);
        QCOMPARE(step->text(), QStringLiteral("Step 1 of 8"));
    }

    void narrationFollowsAnyTranslator()
    {
        const QString english = StoryStepper::storyNarrations().at(1);
        QCOMPARE(StoryStepper::translatedNarration(english), english);
        QCOMPARE(StoryStepper::translatedNarration(QString()), QString());
        EngineLab e;
        DemoPanel panel(e.lab.get(), nullptr);
        panel.show();
        auto *label = panel.findChild<QLabel *>(QStringLiteral("narrationLabel"));
        QTest::mouseClick(panel.findChild<QPushButton *>(QStringLiteral("storyNextButton")), Qt::LeftButton);
        QCOMPARE(label->text(), english);
        StoryMarker marker; // ~QTranslator removes it, should a check below fail
        QCoreApplication::installTranslator(&marker);
        QTRY_COMPARE(label->text(), StoryMarker::mark(english));
        QCoreApplication::removeTranslator(&marker);
        QTRY_COMPARE(label->text(), english);
    }

    void brokenScenarioReportsItsLineAndRunsNothing()
    {
        ResettableLab r;
        DemoPanel panel(r.lab.get(), nullptr);
        panel.setLabReset(r.resetter());
        panel.show();
        auto *checks = panel.findChild<QLabel *>(QStringLiteral("checksLabel"));
        auto *next = panel.findChild<QPushButton *>(QStringLiteral("storyNextButton"));
        auto *scenario = panel.findChild<QComboBox *>(QStringLiteral("scenarioComboBox"));
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("broken.emroam"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("title \"Broken\"\nsay \"Cluster1 goes down\"\ncluster Cluster1 down\n\nsay \"and then\"\nexpect dial SEPC30000000001 => ringing\n");
        f.close();
        const int resets = r.resets;
        QString error;
        QVERIFY(!panel.openScenarioFile(path, &error));
        // worded as `emroam --script` words it, and nothing ran (not even the reset)
        QCOMPARE(error, QStringLiteral("line 6: usage: dial <device> <digits>"));
        QCOMPARE(checks->text(), error);
        QVERIFY(!next->isEnabled());
        QVERIFY(r.cluster(1)->isUp());
        QCOMPARE(r.resets, resets);
        QCOMPARE(scenario->currentText(), QStringLiteral("File: broken.emroam"));
        QStringList headless;
        QCOMPARE(LabScript::runFile(path, QString(), false, [](const QString &) {}, [&](const QString &l) { headless << l; }), 2);
        QCOMPARE(headless.last(), error);

        // a line that turns out not valid only when it runs stops the scenario there
        QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        f.write("say \"Cluster1 goes down\"\ncluster Cluster1 down\nsay \"Cluster9 goes down\"\ncluster Cluster9 down\nsay \"never\"\ncluster Cluster2 down\n");
        f.close();
        QVERIFY(panel.openScenarioFile(path, &error));
        QVERIFY(error.isEmpty());
        QTest::mouseClick(next, Qt::LeftButton);
        QVERIFY(!r.cluster(1)->isUp());
        QTest::mouseClick(next, Qt::LeftButton);
        QCOMPARE(checks->text(), QStringLiteral("line 4: no cluster named Cluster9"));
        QVERIFY(!next->isEnabled());
        QVERIFY(r.cluster(2)->isUp());

        // a file that cannot be read
        QVERIFY(!panel.openScenarioFile(dir.filePath(QStringLiteral("none.emroam")), &error));
        QVERIFY2(error.startsWith(QStringLiteral("Cannot read ")), qPrintable(error));
        QCOMPARE(checks->text(), error);
        QVERIFY(!next->isEnabled());
    }

    void fileOpenScenarioRunsAScriptStepByStep()
    {
        QCoreApplication::setOrganizationName(QStringLiteral("EMRoamTests"));
        QSettings().clear();
        EngineLab e;
        LanguageManager languages;
        languages.setLanguage(QStringLiteral("en"), false);
        MainWindow window(e.lab.get(), &languages);
        window.show();
        auto *action = window.findChild<QAction *>(QStringLiteral("openScenarioAction"));
        QVERIFY(action);
        QCOMPARE(action->text(), QStringLiteral("Open &Scenario…"));
        // any lab script, even one without narration: one step a command, its comment above
        const QString path = qEnvironmentVariable("EMROAM_SOURCE_DIR") + QStringLiteral("/resources/scripts/ts-26-busy-please-try-again.emroam");
        QVERIFY(window.openScenario(path));
        QCOMPARE(window.currentPageKey(), QStringLiteral("topology"));
        auto *panel = window.findChild<DemoPanel *>();
        QVERIFY(panel);
        QCOMPARE(panel->stepper()->steps().size(), 6);
        QVERIFY(panel->stepper()->steps().first().narration.startsWith(QLatin1String("Troubleshooting: \"Error 26 Busy")));
        while (!panel->stepper()->atEnd())
            QVERIFY(panel->stepper()->steps().at(panel->stepper()->next()).passed);
        QCOMPARE(e.lab->counters()->value(QStringLiteral("Cluster2"), QStringLiteral("RequestsThrottled")), qint64(1));
    }

    void storyGoesThroughTheConsolesListeners()
    {
        // The console serves the lab; the story's phones (the console's phone agents, which
        // log in over HTTP, and take Cluster1 down and up again) must talk to those listeners —
        // the ones a trainer shows and --listen chose — rather than open a second set.
        // Afterwards the console still serves every cluster.
        EngineLab e;
        LabHttp console(e.lab.get());
        QString error;
        QVERIFY2(console.start(&error), qPrintable(error));
        QHash<ClusterHttp *, quint16> ports;
        for (ClusterHttp *server : console.servers())
            ports.insert(server, server->port());
        {
            LabPhones phones(e.lab.get(), &console);
            StoryStepper stepper(e.lab.get(), &phones);
            stepper.setScript(StoryStepper::storyScript());
            while (!stepper.atEnd()) {
                const StoryStepper::Step &step = stepper.steps().at(stepper.next());
                QVERIFY2(step.passed, qPrintable(stepText(step)));
            }
        }
        QVERIFY(console.server(QStringLiteral("Cluster2"))->requestsServed() > 0); // Bob's login
        for (ClusterHttp *server : console.servers()) {
            QVERIFY2(server->isListening(), qPrintable(server->cluster()->name()));
            QCOMPARE(server->port(), ports.value(server));
        }
    }

    void restoresARealTimeClock()
    {
        TempLab t;
        QVERIFY(t.openDemo());
        Clock *clock = t.lab->clock();
        QCOMPARE(clock->mode(), Clock::Mode::RealTime);
        clock->setPaused(true);
        StoryStepper stepper(t.lab.get());
        stepper.setScript(QStringLiteral("say \"one\"\nexpect cluster Cluster1 down => ok\nsay \"two\"\nadvance 5s\n"));
        QCOMPARE(stepper.steps().size(), 2);
        stepper.next();
        QCOMPARE(clock->mode(), Clock::Mode::RealTime);
        const qint64 before = clock->now();
        stepper.next();
        QCOMPARE(clock->now() - before, 5000);
        QCOMPARE(clock->mode(), Clock::Mode::RealTime);
        QVERIFY(stepper.atEnd());
    }

    void demoPanelRunsTheClockAndTheEvents()
    {
        EngineLab e;
        DemoPanel panel(e.lab.get(), nullptr);
        panel.show();
        auto *next = panel.findChild<QPushButton *>(QStringLiteral("storyNextButton"));
        auto *events = panel.findChild<QTableView *>(QStringLiteral("eventTableView"));
        QVERIFY(next && events);
        const int eventsBefore = events->model()->rowCount();
        QTest::mouseClick(next, Qt::LeftButton); // Kally dials Bob
        QCOMPARE(panel.stepper()->current(), 1);
        const int rows = events->model()->rowCount();
        QVERIFY(rows > eventsBefore);
        QVERIFY(events->model()->index(rows - 1, 0).data().toString().startsWith(DemoPanel::formatLabTime(e.lab->clock()->now()).left(5)));

        auto *speed = panel.findChild<QComboBox *>(QStringLiteral("speedComboBox"));
        speed->setCurrentIndex(0);
        QCOMPARE(e.lab->clock()->speed(), 0.1);
        auto *pause = panel.findChild<QToolButton *>(QStringLiteral("pauseButton"));
        QTest::mouseClick(pause, Qt::LeftButton);
        QVERIFY(e.lab->clock()->isPaused());
        QCOMPARE(pause->text(), QStringLiteral("Resume"));
        QCOMPARE(DemoPanel::formatLabTime(3'723'400), QStringLiteral("01:02:03.4"));
    }
};

QTEST_MAIN(TestStoryStepper)
#include "tst_storystepper.moc"
