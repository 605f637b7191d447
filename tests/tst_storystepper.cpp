#include <QtTest>

#include <QComboBox>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QToolButton>
#include <QTranslator>

#include "phone/labphones.h"
#include "demo/demopanel.h"
#include "enginetestsupport.h"
#include "http/clusterhttp.h"
#include "http/labhttp.h"
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

/// The narrations the stepper shows for @p script, in order, each once.
QStringList narrationsOf(const QString &script)
{
    StoryStepper stepper(nullptr);
    stepper.setScript(script);
    QStringList out;
    for (const StoryStepper::Step &s : stepper.steps())
        if (!s.narration.isEmpty() && !out.contains(s.narration))
            out.append(s.narration);
    return out;
}
} // namespace

/// The seed's story run one command at a time, and the demo controls around it.
class TestStoryStepper : public QObject
{
    Q_OBJECT

private slots:
    void stepsThroughTheWholeStory()
    {
        EngineLab e;
        StoryStepper stepper(e.lab.get());
        stepper.setScript(StoryStepper::storyScript());
        QVERIFY(stepper.steps().size() > 10);
        const StoryStepper::Step &first = stepper.steps().first();
        QCOMPARE(first.command, QStringLiteral("phone SEPC10000000001"));
        QVERIFY(first.narration.startsWith(QLatin1String("Kally dials Bob")));
        QSignalSpy finished(&stepper, &StoryStepper::stepFinished);
        QCOMPARE(stepper.next(), 0);
        QCOMPARE(stepper.current(), 1);
        QVERIFY(stepper.steps().first().ran);
        QVERIFY(stepper.steps().first().outcome.startsWith(QLatin1String("registered Cluster1 user bob")));
        while (!stepper.atEnd()) {
            const int i = stepper.next();
            const StoryStepper::Step &s = stepper.steps().at(i);
            QVERIFY2(s.passed, qPrintable(QStringLiteral("%1 => %2 (expected %3)").arg(s.command, s.outcome, s.expected)));
        }
        QCOMPARE(finished.size(), stepper.steps().size());
        QCOMPARE(stepper.next(), -1);
    }

    void everyNarrationIsListedForTranslators()
    {
        // lupdate cannot read story.emroam: its narrations are listed in storystepper.cpp.
        // A narration added or reworded in the script without the list would stay English.
        const QString script = StoryStepper::storyScript();
        QVERIFY(!script.isEmpty());
        const QString sourceDir = qEnvironmentVariable("EMROAM_SOURCE_DIR"); // set by CTest
        if (!sourceDir.isEmpty()) {
            QFile file(sourceDir + QStringLiteral("/resources/scripts/story.emroam"));
            QVERIFY2(file.open(QIODevice::ReadOnly | QIODevice::Text), qPrintable(file.fileName()));
            QCOMPARE(QString::fromUtf8(file.readAll()), script); // the embedded copy is the file
        }

        const QStringList narrations = narrationsOf(script);
        const QStringList listed = StoryStepper::storyNarrations();
        QVERIFY(narrations.size() >= 5);
        QStringList missing, unused;
        for (const QString &n : narrations)
            if (!listed.contains(n))
                missing << n;
        for (const QString &n : listed)
            if (!narrations.contains(n))
                unused << n;
        QVERIFY2(missing.isEmpty(), qPrintable(QStringLiteral("narrations of story.emroam missing from StoryNarrations "
                                                              "in models/script/storystepper.cpp:\n")
                                               + missing.join(QLatin1Char('\n'))));
        QVERIFY2(unused.isEmpty(), qPrintable(QStringLiteral("StoryNarrations lists narrations story.emroam no longer has:\n")
                                              + unused.join(QLatin1Char('\n'))));
    }

    void narrationIsShownTranslated()
    {
        const QString english = StoryStepper::storyNarrations().first();
        QVERIFY(english.startsWith(QLatin1String("Kally dials Bob")));
        QCOMPARE(StoryStepper::translatedNarration(english), english);
        QCOMPARE(StoryStepper::translatedNarration(QString()), QString());

        EngineLab e;
        DemoPanel panel(e.lab.get(), nullptr);
        panel.show();
        auto *label = panel.findChild<QLabel *>(QStringLiteral("narrationLabel"));
        QVERIFY(label);
        QCOMPARE(label->text(), english);

        // a language switch while the story runs re-labels the narration
        StoryMarker marker; // ~QTranslator removes it, should a check below fail
        QCoreApplication::installTranslator(&marker);
        QCOMPARE(StoryStepper::translatedNarration(english), StoryMarker::mark(english));
        QTRY_COMPARE(label->text(), StoryMarker::mark(english));
        QCOMPARE(panel.stepper()->steps().first().narration, english); // the step keeps the English

        // the next steps of the same paragraph keep its narration, translated
        auto *next = panel.findChild<QPushButton *>(QStringLiteral("storyNextButton"));
        QTest::mouseClick(next, Qt::LeftButton);
        QCOMPARE(label->text(), StoryMarker::mark(english));

        QCoreApplication::removeTranslator(&marker);
        QTRY_COMPARE(label->text(), english);
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
                QVERIFY2(step.passed, qPrintable(QStringLiteral("%1 => %2 (expected %3)").arg(step.command, step.outcome, step.expected)));
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
        stepper.setScript(QStringLiteral("# one\nexpect cluster Cluster1 down => ok\nadvance 5s\n"));
        QCOMPARE(stepper.steps().size(), 2);
        stepper.next();
        QCOMPARE(clock->mode(), Clock::Mode::RealTime);
        const qint64 before = clock->now();
        stepper.next();
        QCOMPARE(clock->now() - before, 5000);
        QCOMPARE(clock->mode(), Clock::Mode::RealTime);
        QVERIFY(stepper.atEnd());
    }

    void demoPanelRunsTheStoryAndTheClock()
    {
        EngineLab e;
        DemoPanel panel(e.lab.get(), nullptr);
        panel.show();
        auto *next = panel.findChild<QPushButton *>(QStringLiteral("storyNextButton"));
        auto *list = panel.findChild<QListWidget *>(QStringLiteral("storyListWidget"));
        auto *events = panel.findChild<QListWidget *>(QStringLiteral("eventListWidget"));
        QVERIFY(next && list && events);
        QCOMPARE(list->count(), panel.stepper()->steps().size());
        const int eventsBefore = events->count();
        QTest::mouseClick(next, Qt::LeftButton); // phone SEPC10000000001
        QTest::mouseClick(next, Qt::LeftButton); // Kally dials Bob
        QCOMPARE(panel.stepper()->current(), 2);
        QVERIFY2(list->item(1)->text().contains(QLatin1String("ringing SEPC10000000001 on Cluster1")), qPrintable(list->item(1)->text()));
        QVERIFY(events->count() > eventsBefore);
        QVERIFY(events->item(events->count() - 1)->text().startsWith(DemoPanel::formatLabTime(e.lab->clock()->now()).left(5)));

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
