#include <QtTest>

#include <QApplication>
#include <QChart>
#include <QClipboard>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QLineSeries>
#include <QMenu>
#include <QScrollArea>
#include <QSplitter>
#include <QStackedWidget>
#include <QTableView>

#include "bat/csv.h"
#include "catalog/parametercatalog.h"
#include "catalog/servicecatalog.h"
#include "common/messagebox.h"
#include "console.h"
#include "demo/demopanel.h"
#include "script/storystepper.h"
#include "topology/topologyview.h"
#include "enginetestsupport.h"
#include "events/eventlogview.h"
#include "lab/labsnapshot.h"
#include "languagemanager.h"
#include "mainwindow.h"
#include "monitoring/monitoringpage.h"

/// The trainer's stage: the lab as a whole (snapshots, reset), the event log, monitoring, and
/// a window that works on a 1024×768 projector.
class TestStage : public QObject
{
    Q_OBJECT

    std::unique_ptr<EngineLab> m_lab;
    std::unique_ptr<LanguageManager> m_languages;
    std::unique_ptr<Console> m_console;

    MainWindow *window() { return m_console->window(); }
    Cluster *cluster(int k) { return m_lab->cluster(k); }
    bool bobLoggedIn() const
    {
        Cluster *c = m_lab->cluster(1);
        const Device *phone = c->deviceByName(QStringLiteral("SEPC10000000001"));
        for (const EmLogin &l : c->emLogins())
            if (phone && l.deviceId == phone->id)
                return true;
        return false;
    }
    QStringList pageKeys() const
    {
        return {QStringLiteral("overview"), QStringLiteral("topology"), QStringLiteral("phones"), QStringLiteral("stage"),
                QStringLiteral("monitoring"), QStringLiteral("troubleshooting"), QStringLiteral("readiness"), QStringLiteral("serviceParameters"),
                QStringLiteral("enterpriseParameters"), QStringLiteral("ilsConfiguration"), QStringLiteral("phone"),
                QStringLiteral("deviceProfile"), QStringLiteral("phoneServices"), QStringLiteral("applicationUser"),
                QStringLiteral("endUser"), QStringLiteral("accessControlGroup"), QStringLiteral("credentialPolicy"),
                QStringLiteral("bulkAdministration"), QStringLiteral("serviceActivation"), QStringLiteral("controlCenterFeature"),
                QStringLiteral("controlCenterNetwork"), QStringLiteral("phoneFeatureList"), QStringLiteral("auditLog")};
    }

private slots:
    void init()
    {
        QCoreApplication::setOrganizationName(QStringLiteral("EMRoamStageTests"));
        QGuiApplication::setApplicationDisplayName(QStringLiteral("EMRoam Console"));
        QSettings().clear();
        m_lab = std::make_unique<EngineLab>();
        m_languages = std::make_unique<LanguageManager>();
        m_languages->setLanguage(QStringLiteral("en"), false);
        m_console = std::make_unique<Console>(m_lab->lab.get(), nullptr, m_languages.get());
        window()->resize(1024, 768);
        window()->show();
        QVERIFY(QTest::qWaitForWindowExposed(window()));
    }
    void cleanup()
    {
        m_console.reset();
        m_languages.reset();
        m_lab.reset();
    }

    void snapshotRoundTripAndReset()
    {
        QTemporaryDir snapshots;
        const QString folder = snapshots.filePath(QStringLiteral("after-logout"));
        // a logout waits in the group commit: the snapshot must hold it all the same
        QCOMPARE(m_lab->logout(1, QStringLiteral("SEPC10000000001")).status, EmResult::Status::Success);
        QVERIFY(!bobLoggedIn());
        QVERIFY(m_lab->lab->isModified());
        QVERIFY2(window()->saveSnapshot(folder), qPrintable(window()->labMessage()));
        QVERIFY(!m_lab->lab->isModified());
        QVERIFY(QFile::exists(QDir(folder).filePath(QStringLiteral("snapshot.json"))));
        QVERIFY(LabSnapshot::check(folder).isEmpty());
        QVERIFY2(!window()->saveSnapshot(folder), "a snapshot never overwrites another");

        // the class changes things ...
        QVERIFY(cluster(2)->setNodeUp(QStringLiteral("cucm2-sub1"), false).ok());
        QVERIFY(cluster(1)->setServiceParameter(Services::ExtensionMobility, Params::MaxConcurrentRequests, QStringLiteral("9")).ok());
        QVERIFY(m_lab->lab->isModified());

        // ... and the trainer restores the snapshot: a new window around the reopened lab
        window()->showPage(QStringLiteral("endUser"));
        QPointer<MainWindow> before = window();
        QSignalSpy replaced(m_console.get(), &Console::replaced);
        QVERIFY(window()->restoreSnapshot(folder));
        QTRY_COMPARE(replaced.count(), 1);
        QVERIFY2(replaced.at(0).at(0).toBool(), qPrintable(replaced.at(0).at(1).toString()));
        QVERIFY(before.isNull());
        QCOMPARE(window()->currentPageKey(), QStringLiteral("endUser"));
        QVERIFY(window()->isVisible());
        QVERIFY(cluster(2)->isNodeUp(QStringLiteral("cucm2-sub1")));
        QCOMPARE(cluster(1)->serviceParameter(Services::ExtensionMobility, Params::MaxConcurrentRequests), QStringLiteral("5"));
        QVERIFY(!bobLoggedIn());
        QVERIFY(!m_lab->lab->isModified());
        QVERIFY(!QDir(m_lab->lab->directory()).exists(QStringLiteral(".restore-previous")));

        // Reset Lab: the demo lab again, Bob logged in at home
        MessageBox::setNextAnswer(QMessageBox::Reset);
        window()->findChild<QAction *>(QStringLiteral("resetLabAction"))->trigger();
        QTRY_COMPARE(replaced.count(), 2);
        QVERIFY2(replaced.at(1).at(0).toBool(), qPrintable(replaced.at(1).at(1).toString()));
        QVERIFY(bobLoggedIn());
        QCOMPARE(m_lab->lab->clusters().size(), 4);
        QVERIFY(m_lab->lab->refusedClusters().isEmpty());
    }

    void damagedOrForeignSnapshotsAreRefusedAndChangeNothing()
    {
        QTemporaryDir snapshots;
        const QString folder = snapshots.filePath(QStringLiteral("s"));
        QVERIFY(window()->saveSnapshot(folder));
        QVERIFY(cluster(2)->setNodeUp(QStringLiteral("cucm2-sub1"), false).ok()); // the state to keep
        QSignalSpy replaced(m_console.get(), &Console::replaced);
        QPointer<MainWindow> before = window();

        // a database of the snapshot damaged after it was taken
        const QString db = QDir(folder).filePath(m_lab->lab->spec(QStringLiteral("Cluster3")).database);
        {
            QFile f(db);
            QVERIFY(f.open(QIODevice::ReadWrite));
            f.write(QByteArray(100, '\x5a')); // the header: no longer an SQLite database
        }
        QVERIFY(!window()->restoreSnapshot(folder));
        QVERIFY2(window()->labMessage().contains(QLatin1String("checksum")), qPrintable(window()->labMessage()));

        // the same, with the checksum forged to match: SQLite's own check refuses it
        QFile manifestFile(QDir(folder).filePath(QStringLiteral("snapshot.json")));
        QVERIFY(manifestFile.open(QIODevice::ReadOnly));
        QJsonObject manifest = QJsonDocument::fromJson(manifestFile.readAll()).object();
        manifestFile.close();
        QJsonArray files = manifest.value(QStringLiteral("files")).toArray();
        QFile dbFile(db);
        QVERIFY(dbFile.open(QIODevice::ReadOnly));
        const QString forged = QString::fromLatin1(QCryptographicHash::hash(dbFile.readAll(), QCryptographicHash::Sha256).toHex());
        for (qsizetype i = 0; i < files.size(); ++i) {
            QJsonObject o = files[i].toObject();
            if (QDir(folder).filePath(o.value(QStringLiteral("name")).toString()) == db)
                o.insert(QStringLiteral("sha256"), forged);
            files[i] = o;
        }
        manifest.insert(QStringLiteral("files"), files);
        QVERIFY(manifestFile.open(QIODevice::WriteOnly | QIODevice::Truncate));
        manifestFile.write(QJsonDocument(manifest).toJson());
        manifestFile.close();
        const QStringList problems = LabSnapshot::check(folder);
        QVERIFY2(problems.size() == 1 && problems.first().contains(QLatin1String("Cluster3")), qPrintable(problems.join(QLatin1Char('\n'))));
        QVERIFY(!window()->restoreSnapshot(folder));

        // a folder that is no snapshot at all
        QTemporaryDir foreign;
        QFile other(foreign.filePath(QStringLiteral("notes.txt")));
        QVERIFY(other.open(QIODevice::WriteOnly));
        other.write("not a lab");
        other.close();
        QVERIFY(!window()->restoreSnapshot(foreign.path()));
        QVERIFY2(window()->labMessage().contains(QLatin1String("is not a snapshot")), qPrintable(window()->labMessage()));

        // nothing changed: same window, same lab state
        QCoreApplication::processEvents();
        QCOMPARE(replaced.count(), 0);
        QCOMPARE(window(), before.data());
        QVERIFY(!cluster(2)->isNodeUp(QStringLiteral("cucm2-sub1")));
    }

    void openLabRefusesABrokenLabAndOpensAnother()
    {
        QSignalSpy replaced(m_console.get(), &Console::replaced);
        const QString before = m_lab->lab->directory();
        QTemporaryDir broken;
        QFile labFile(QDir(broken.path()).filePath(QStringLiteral("lab.json")));
        QVERIFY(labFile.open(QIODevice::WriteOnly));
        labFile.write("{\"format\": 1, \"clusters\": []}");
        labFile.close();
        QVERIFY(!window()->openLab(broken.path()));
        QVERIFY2(window()->labMessage().contains(QLatin1String("no clusters")), qPrintable(window()->labMessage()));
        QCoreApplication::processEvents();
        QCOMPARE(replaced.count(), 0);
        QCOMPARE(m_lab->lab->directory(), before);

        // an empty folder gets the demo lab; the window follows
        QTemporaryDir other;
        QVERIFY(window()->openLab(other.path()));
        QTRY_COMPARE(replaced.count(), 1);
        QVERIFY(replaced.at(0).at(0).toBool());
        QCOMPARE(m_lab->lab->directory(), QDir(other.path()).absolutePath());
        QCOMPARE(m_lab->lab->clusters().size(), 4);
        QVERIFY(window()->labMessage().contains(QDir::toNativeSeparators(QDir(other.path()).absolutePath())));
        QCOMPARE(window()->findChild<QComboBox *>(QStringLiteral("clusterComboBox"))->count(), 4);
    }

    void eventLogFiltersCopiesAndExports()
    {
        QVERIFY(window()->showPage(QStringLiteral("topology")));
        auto *log = window()->findChild<EventLogView *>(QStringLiteral("eventLogView"));
        QVERIFY(log);
        QCOMPARE(m_lab->login(2, QStringLiteral("SEPC20000000002"), QStringLiteral("alice"), QStringLiteral("99999")).code, 201);
        QCOMPARE(m_lab->logout(1, QStringLiteral("SEPC10000000001")).status, EmResult::Status::Success);
        QVERIFY(cluster(3)->setNodeUp(QStringLiteral("cucm3-sub1"), false).ok());
        const int all = log->shownCount();
        QVERIFY(all >= 3);

        auto *clusterCombo = log->findChild<QComboBox *>(QStringLiteral("eventClusterComboBox"));
        clusterCombo->setCurrentIndex(clusterCombo->findText(QStringLiteral("Cluster2")));
        QVERIFY(log->shownCount() > 0 && log->shownCount() < all);
        QTableView *table = log->table();
        for (int r = 0; r < table->model()->rowCount(); ++r)
            QCOMPARE(table->model()->index(r, 1).data().toString(), QStringLiteral("Cluster2"));
        auto *kind = log->findChild<QComboBox *>(QStringLiteral("eventKindComboBox"));
        kind->setCurrentIndex(kind->findText(QStringLiteral("Refused")));
        QCOMPARE(log->shownCount(), 1);
        QVERIFY(table->model()->index(0, 5).data().toString().contains(QLatin1String("201")) ||
                table->model()->index(0, 3).data().toString() == QLatin1String("alice"));

        clusterCombo->setCurrentIndex(0);
        kind->setCurrentIndex(0);
        QTest::keyClicks(log->findChild<QLineEdit *>(QStringLiteral("eventUserLineEdit")), QStringLiteral("bob"));
        QVERIFY(log->shownCount() > 0);
        for (int r = 0; r < table->model()->rowCount(); ++r)
            QCOMPARE(table->model()->index(r, 3).data().toString(), QStringLiteral("bob"));
        const int bobs = log->shownCount();
        QTest::keyClicks(log->findChild<QLineEdit *>(QStringLiteral("eventTextLineEdit")), QStringLiteral("no such text"));
        QCOMPARE(log->shownCount(), 0);
        log->findChild<QLineEdit *>(QStringLiteral("eventTextLineEdit"))->clear();
        QCOMPARE(log->shownCount(), bobs);

        // Copy: every row shown, tab-separated
        QTest::mouseClick(log->findChild<QPushButton *>(QStringLiteral("eventCopyButton")), Qt::LeftButton);
        const QStringList copied = QGuiApplication::clipboard()->text().split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QCOMPARE(copied.size(), bobs);
        QVERIFY(copied.first().split(QLatin1Char('\t')).contains(QStringLiteral("bob")));

        // Export: the rows shown, as CSV with a header
        QTemporaryDir out;
        const QString path = out.filePath(QStringLiteral("events.csv"));
        QVERIFY(log->exportTo(path));
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const Csv::Result csv = Csv::parse(f.readAll());
        QVERIFY(csv.error.isEmpty());
        QCOMPARE(csv.records.size(), bobs + 1);
        QCOMPARE(csv.records.first().fields.first(), QStringLiteral("Lab Time"));
        QCOMPARE(csv.records.at(1).fields.at(3), QStringLiteral("bob"));
        QVERIFY(log->findChild<QLabel *>(QStringLiteral("eventStatusLabel"))->text().contains(QLatin1String("Exported")));
    }

    void everyPageFitsA1024By768Projector_data()
    {
        QTest::addColumn<QString>("language");
        QTest::newRow("en") << QStringLiteral("en");
        QTest::newRow("ja") << QStringLiteral("ja");
    }
    void everyPageFitsA1024By768Projector()
    {
        QFETCH(QString, language);
        QVERIFY(m_languages->setLanguage(language, false));
        QCoreApplication::processEvents();
        MainWindow *w = window();
        auto *area = w->findChild<QScrollArea *>(QStringLiteral("pageScrollArea"));
        auto *stack = w->findChild<QStackedWidget *>(QStringLiteral("pageStackedWidget"));
        for (const QString &key : pageKeys()) {
            QVERIFY2(w->showPage(key), qPrintable(key));
            w->resize(1024, 768);
            QCoreApplication::processEvents();
            const QSize min = w->minimumSizeHint().expandedTo(w->minimumSize());
            QVERIFY2(min.width() <= 1024 && min.height() <= 768,
                     qPrintable(QStringLiteral("%1: the window needs %2×%3").arg(key).arg(min.width()).arg(min.height())));
            QCOMPARE(w->size(), QSize(1024, 768));
            // the page itself fits: no sideways scrolling
            const QSize needs = stack->minimumSizeHint();
            QVERIFY2(needs.width() <= area->viewport()->width() && needs.height() <= area->viewport()->height(),
                     qPrintable(QStringLiteral("%1 needs %2×%3 in %4×%5").arg(key).arg(needs.width()).arg(needs.height())
                                    .arg(area->viewport()->width()).arg(area->viewport()->height())));
        }
    }

    void topologyAndPhonesSideBySide()
    {
        auto *stage = window()->findChild<QSplitter *>(QStringLiteral("stageSplitter"));
        QWidget *topology = window()->findChild<QWidget *>(QStringLiteral("topologyPage"));
        QWidget *phones = window()->findChild<QWidget *>(QStringLiteral("phonesPage"));
        QVERIFY(stage && topology && phones);
        window()->findChild<QAction *>(QStringLiteral("stageAction"))->trigger();
        QCOMPARE(window()->currentPageKey(), QStringLiteral("stage"));
        QCOMPARE(topology->parentWidget(), stage);
        QCOMPARE(phones->parentWidget(), stage);
        QVERIFY(topology->isVisible() && phones->isVisible());
        QVERIFY(topology->width() > 200 && phones->width() > 200);
        QVERIFY(window()->showPage(QStringLiteral("phones")));
        QCOMPARE(phones->parentWidget(), window()->findChild<QStackedWidget *>(QStringLiteral("pageStackedWidget")));
        QVERIFY(phones->isVisible());
        QVERIFY(!topology->isVisible());
    }

    void monitoringChartsABurstAndRelabels()
    {
        QVERIFY(window()->showPage(QStringLiteral("monitoring")));
        window()->setCurrentCluster(QStringLiteral("Cluster1"));
        auto *page = window()->findChild<MonitoringPage *>();
        QVERIFY(page);
        QCOMPARE(page->cluster()->name(), QStringLiteral("Cluster1"));
        const auto last = [page](MonitoringPage::Series s) { return page->series(s)->points().constLast().y(); };
        const auto peak = [page](MonitoringPage::Series s) {
            double top = 0;
            for (const QPointF &p : page->series(s)->points())
                top = qMax(top, p.y());
            return top;
        };
        page->refresh();
        QCOMPARE(last(MonitoringPage::MaxConcurrent), 5.0);
        const double loginsBefore = last(MonitoringPage::LoginsOk);

        // 12 logins at once: 5 in progress (Maximum Concurrent Requests), 7 refused with 26
        QCOMPARE(page->burst(12), 12);
        page->refresh();
        QCOMPARE(last(MonitoringPage::InProgress), 5.0);
        QCOMPARE(last(MonitoringPage::Throttled), 7.0);
        QVERIFY(page->findChild<QLabel *>(QStringLiteral("monitoringStatusLabel"))->text().contains(QLatin1String("7 refused with 26")));
        m_lab->lab->clock()->advance(1000);
        page->refresh();
        QCOMPARE(last(MonitoringPage::InProgress), 0.0);
        QCOMPARE(peak(MonitoringPage::InProgress), 5.0);
        QVERIFY(last(MonitoringPage::LoginsOk) > loginsBefore);
        QVERIFY(page->series(MonitoringPage::InProgress)->points().constLast().x() >= m_lab->lab->clock()->now() / 1000.0 - 0.001);

        // the charts speak the console's language
        QCOMPARE(page->chart(0)->title(), QStringLiteral("Login and logout requests"));
        QCOMPARE(page->series(MonitoringPage::Throttled)->name(), QStringLiteral("Requests Throttled"));
        QVERIFY(m_languages->setLanguage(QStringLiteral("ja"), false));
        QTRY_VERIFY(page->chart(0)->title() != QStringLiteral("Login and logout requests"));
        QCOMPARE(page->series(MonitoringPage::LoginsOk)->name(), QStringLiteral("成功したログイン"));
        QCOMPARE(page->series(MonitoringPage::Throttled)->name(), QStringLiteral("Requests Throttled")); // an RTMT counter keeps its name
        QVERIFY(page->findChild<QPushButton *>(QStringLiteral("burstButton"))->text() != QStringLiteral("&Burst..."));
    }

    void quittingATemporaryLabWithChangesAsks()
    {
        window()->setTemporaryLab(true);
        QVERIFY(!m_lab->lab->isModified());
        QVERIFY(window()->close()); // nothing to lose: no question
        window()->show();
        QVERIFY(cluster(4)->setNodeUp(QStringLiteral("cucm4-sub1"), false).ok());
        QVERIFY(m_lab->lab->isModified());
        MessageBox::setNextAnswer(QMessageBox::Cancel);
        QVERIFY(!window()->close());
        QVERIFY(window()->isVisible());
        MessageBox::setNextAnswer(QMessageBox::Discard);
        QVERIFY(window()->close());
        // a lab kept in its own folder never asks
        window()->show();
        window()->setTemporaryLab(false);
        QVERIFY(window()->close());
    }

    void storyBackAndRestartComeBackToTheirStep()
    {
        // Back and Restart replay from a reset lab; the console rebuilds its window around it
        // and the new story view comes back to the step.
        window()->showPage(QStringLiteral("topology"));
        auto storyPanel = [this] { return window()->findChild<DemoPanel *>(); };
        auto button = [&](const char *name) { return storyPanel()->findChild<QPushButton *>(QLatin1String(name)); };
        QVERIFY(storyPanel());
        storyPanel()->chooseScenario(0);
        QSignalSpy replaced(m_console.get(), &Console::replaced);
        QTRY_COMPARE(replaced.count(), 1); // choosing a scenario starts it on a reset lab
        QCOMPARE(storyPanel()->stepper()->current(), 0);
        QTest::mouseClick(button("storyNextButton"), Qt::LeftButton);
        QTest::mouseClick(button("storyNextButton"), Qt::LeftButton);
        QCOMPARE(storyPanel()->stepper()->current(), 2);
        // the step's clusters are marked on the map beside it
        const StoryStepper::Step &step = storyPanel()->stepper()->steps().at(1);
        const QStringList marked = window()->findChild<TopologyView *>()->highlightedClusters();
        QVERIFY(!step.clusters.isEmpty());
        for (const QString &c : step.clusters)
            QVERIFY2(marked.contains(c), qPrintable(marked.join(QLatin1Char(','))));
        QVERIFY(button("storyBackButton")->isEnabled());
        QTest::mouseClick(button("storyBackButton"), Qt::LeftButton);
        QTRY_COMPARE(replaced.count(), 2);
        QVERIFY2(replaced.at(1).at(0).toBool(), qPrintable(replaced.at(1).at(1).toString()));
        QCOMPARE(window()->currentPageKey(), QStringLiteral("topology"));
        QCOMPARE(storyPanel()->stepper()->current(), 1);
        QCOMPARE(storyPanel()->findChild<QLabel *>(QStringLiteral("stepLabel"))->text(),
                 QStringLiteral("Step 1 of %1").arg(storyPanel()->stepper()->steps().size()));
        QTest::mouseClick(button("storyRestartButton"), Qt::LeftButton);
        QTRY_COMPARE(replaced.count(), 3);
        QCOMPARE(storyPanel()->stepper()->current(), 0);
        QVERIFY(bobLoggedIn()); // the demo lab as it starts
    }

    void windowRemembersItsPlaceAndPresentation()
    {
        window()->resize(1100, 700);
        auto *splitter = window()->findChild<QSplitter *>(QStringLiteral("mainSplitter"));
        splitter->setSizes({200, 900});
        QCoreApplication::processEvents();
        const int nav = splitter->sizes().first();
        QVERIFY(window()->close());
        MainWindow again(m_lab->lab.get(), m_languages.get());
        QCOMPARE(again.size(), QSize(1100, 700));
        again.show();
        QCoreApplication::processEvents();
        QCOMPARE(again.findChild<QSplitter *>(QStringLiteral("mainSplitter"))->sizes().first(), nav);

        const qreal normal = again.font().pointSizeF();
        again.findChild<QAction *>(QStringLiteral("presentationAction"))->trigger();
        QVERIFY(again.isPresentation());
        QVERIFY(again.windowState() & Qt::WindowFullScreen);
        QVERIFY(again.font().pointSizeF() > normal * 1.2);
        again.setPresentation(false);
        QVERIFY(!(again.windowState() & Qt::WindowFullScreen));
        QCOMPARE(again.font().pointSizeF(), normal);
    }
};

QTEST_MAIN(TestStage)
#include "tst_stage.moc"
