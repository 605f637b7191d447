#include <QtTest>

#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStackedWidget>
#include <QTreeWidget>

#include "catalog/servicecatalog.h"
#include "enginetestsupport.h"
#include "languagemanager.h"
#include "mainwindow.h"
#include "phone/phoneemulator.h"
#include "phone/phonespage.h"
#include "simulation/simulationpanel.h"
#include "topology/callpathitem.h"
#include "topology/clusteritem.h"
#include "topology/topologypage.h"
#include "topology/topologyview.h"

#include <QGraphicsEllipseItem>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMenu>
#include <QSvgRenderer>
#include <QToolButton>
#include <QTreeWidget>

/// The ILS topology map, as a trainer sees it while demoing roaming and failover.
class TestTopologyMap : public QObject
{
    Q_OBJECT

    std::unique_ptr<EngineLab> m_lab;
    std::unique_ptr<TopologyView> m_view;

    ClusterItem *item(int k) const { return m_view->clusterItem(QStringLiteral("Cluster%1").arg(k)); }

private slots:
    void init()
    {
        m_lab = std::make_unique<EngineLab>();
        m_view = std::make_unique<TopologyView>(m_lab->lab.get());
        m_view->resize(800, 600);
        m_view->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_view.get()));
    }
    void cleanup()
    {
        m_view.reset();
        m_lab.reset();
    }

    void showsTheDemoLabsClustersAndLinks()
    {
        QCOMPARE(m_view->clusterNames(), QStringList({"Cluster1", "Cluster2", "Cluster3", "Cluster4"}));
        // hubs Cluster1 and Cluster2 in a mesh; Cluster3 a spoke of Cluster2, Cluster4 of Cluster1
        QCOMPARE(m_view->links(), QStringList({QStringLiteral("Cluster1–Cluster2"), QStringLiteral("Cluster1–Cluster4"),
                                               QStringLiteral("Cluster2–Cluster3")}));
        QCOMPARE(item(1)->role(), IlsRole::Hub);
        QCOMPARE(item(2)->role(), IlsRole::Hub);
        QCOMPARE(item(3)->role(), IlsRole::Spoke);
        QCOMPARE(item(4)->role(), IlsRole::Spoke);
        // at their lab.json positions
        QCOMPARE(item(1)->pos(), m_lab->lab->spec(QStringLiteral("Cluster1")).position);
        QCOMPARE(item(3)->pos(), m_lab->lab->spec(QStringLiteral("Cluster3")).position);
        for (int k = 1; k <= 4; ++k)
            QCOMPARE(item(k)->state(), ClusterItem::State::Up);
        // the demo lab starts with each super user logged in at home
        QCOMPARE(item(1)->users(), QStringList{QStringLiteral("bob")});
        QCOMPARE(item(2)->users(), QStringList{QStringLiteral("alice")});
    }

    void clusterDownChangesItsItem()
    {
        QVERIFY(m_lab->cluster(1)->setUp(false).ok());
        QTRY_COMPARE(item(1)->state(), ClusterItem::State::Down);
        QCOMPARE(item(1)->stateText(), QStringLiteral("Down"));
        QVERIFY(item(1)->users().contains(QStringLiteral("bob"))); // the login stays in its database
        QVERIFY(m_lab->cluster(1)->setUp(true).ok());
        QTRY_COMPARE(item(1)->state(), ClusterItem::State::Up);

        QVERIFY(m_lab->cluster(2)->setNodeUp(QStringLiteral("cucm2-sub1"), false).ok());
        QTRY_COMPARE(item(2)->state(), ClusterItem::State::Degraded);
        QVERIFY(m_lab->cluster(2)->setServiceRunning(QStringLiteral("cucm2-pub"), Services::Ils, false).ok());
        QTRY_COMPARE(item(2)->state(), ClusterItem::State::IlsStopped);
    }

    void updatesTravelHopByHopOnTheLabClock()
    {
        QVERIFY(m_lab->cluster(1)->setUp(false).ok());
        // Bob roams to Cluster2: the update leaves Cluster2 for its hub peer and its spoke
        QVERIFY(m_lab->login(2, QStringLiteral("SEPC20000000002"), QStringLiteral("bob")).ok());
        m_view->refresh();
        QTRY_COMPARE(item(2)->users(), QStringList({QStringLiteral("alice"), QStringLiteral("bob")}));
        QCOMPARE(m_view->updatesInFlight(), 1); // Cluster2 → Cluster3; Cluster1 is down
        QCOMPARE(m_view->heldLinks(), 1);       // Cluster2 → Cluster1 waits
        QVERIFY(item(1)->waitingUpdates() > 0);
        QCOMPARE(item(1)->owedLogouts(), QStringList{QStringLiteral("bob")}); // deferred logout, waiting on Cluster1
        QVERIFY(item(2)->owedLogouts().isEmpty());

        // the dot moves with lab time, not wall time
        auto dots = [this] {
            QList<QPointF> out;
            for (QGraphicsItem *i : m_view->scene()->items())
                if (auto *e = qgraphicsitem_cast<QGraphicsEllipseItem *>(i); e && e->isVisible())
                    out.append(e->pos());
            return out;
        };
        const QList<QPointF> before = dots();
        QCOMPARE(before.size(), 1);
        QTest::qWait(100);
        m_view->refresh();
        QCOMPARE(dots(), before);
        m_lab->lab->clock()->advance(m_lab->lab->ils()->latencyMs() / 2);
        m_view->refresh();
        const QList<QPointF> halfway = dots();
        QCOMPARE(halfway.size(), 1);
        QVERIFY(halfway.first() != before.first());
        // Cluster3 receives it; a spoke forwards nothing further
        m_lab->settle();
        m_view->refresh();
        QCOMPARE(m_view->updatesInFlight(), 0);
        QCOMPARE(m_view->heldLinks(), 1);

        // Cluster1 returns: what waited travels to it
        QVERIFY(m_lab->cluster(1)->setUp(true).ok());
        m_view->refresh();
        QCOMPARE(m_view->heldLinks(), 0);
        QVERIFY(m_view->updatesInFlight() >= 1);
        m_lab->settle();
        m_view->refresh();
        QCOMPARE(m_view->updatesInFlight(), 0);
        QCOMPARE(item(1)->waitingUpdates(), 0);
        QVERIFY(!item(1)->users().contains(QStringLiteral("bob"))); // logged out there: he roamed
        QVERIFY(item(1)->owedLogouts().isEmpty());
    }

    void clickingSelects()
    {
        QSignalSpy selected(m_view.get(), &TopologyView::clusterSelected);
        const QPoint at = m_view->mapFromScene(item(3)->pos());
        QTest::mouseClick(m_view->viewport(), Qt::LeftButton, {}, at);
        QCOMPARE(selected.size(), 1);
        QCOMPARE(selected.first().first().toString(), QStringLiteral("Cluster3"));
        QVERIFY(item(3)->isCurrent());
        QVERIFY(!item(1)->isCurrent());
    }

    void pageSelectionSwitchesTheMainWindowsCluster()
    {
        QCoreApplication::setOrganizationName(QStringLiteral("EMRoamTests"));
        QSettings().clear();
        LanguageManager languages;
        languages.setLanguage(QStringLiteral("en"), false);
        MainWindow window(m_lab->lab.get(), &languages);
        window.show();
        QVERIFY(window.showPage(QStringLiteral("topology")));
        auto *page = window.findChild<TopologyPage *>();
        QVERIFY(page);
        page->view()->selectCluster(QStringLiteral("Cluster4"));
        QCOMPARE(window.currentCluster()->name(), QStringLiteral("Cluster4"));
        emit page->view()->administerRequested(QStringLiteral("Cluster2")); // the context menu's action
        QCOMPARE(window.currentCluster()->name(), QStringLiteral("Cluster2"));
        QVERIFY(window.showPage(QStringLiteral("phones")));
    }

    /// The calls the lab places are drawn from the caller's cluster to the callee's, coloured by
    /// what happened to them.
    void callsAreDrawnAlongTheirRouteByOutcome()
    {
        QVERIFY(m_view->callPaths().isEmpty());
        // Kally (Cluster3) dials Bob's DN: ILS says Cluster1, where his phone rings
        const CallResult ringing = m_lab->lab->router()->dial(QStringLiteral("SEPC30000000001"), QStringLiteral("1000001"));
        QVERIFY(ringing.ok());
        QCOMPARE(m_view->callPaths().size(), 1);
        TopologyView::CallPath path = m_view->callPaths().first();
        QCOMPARE(path.hops, QStringList({QStringLiteral("Cluster3"), QStringLiteral("Cluster1")}));
        QCOMPARE(path.outcome, CallPathItem::Outcome::Ringing);
        QCOMPARE(path.caption, QStringLiteral("1000001 ringing"));
        int drawn = 0;
        for (QGraphicsItem *i : m_view->scene()->items())
            drawn += dynamic_cast<CallPathItem *>(i) && i->isVisible() && !i->boundingRect().isEmpty() ? 1 : 0;
        QCOMPARE(drawn, 1);

        QVERIFY(m_lab->lab->router()->answer(ringing.callee));
        QCOMPARE(m_view->callPaths().first().outcome, CallPathItem::Outcome::Connected);
        QCOMPARE(m_view->callPaths().first().caption, QStringLiteral("1000001 connected"));
        QVERIFY(m_lab->lab->router()->hangup(ringing.callee));
        QCOMPARE(m_view->callPaths().first().outcome, CallPathItem::Outcome::Ended);

        // Cluster1 down: Cluster3 still routes to it, and the call fails there, with the reason
        QVERIFY(m_lab->cluster(1)->setUp(false).ok());
        QVERIFY(!m_lab->lab->router()->dial(QStringLiteral("SEPC30000000001"), QStringLiteral("1000001")).ok());
        path = m_view->callPaths().last();
        QCOMPARE(path.hops, QStringList({QStringLiteral("Cluster3"), QStringLiteral("Cluster1")}));
        QCOMPARE(path.outcome, CallPathItem::Outcome::Failed);
        QCOMPARE(path.caption, QStringLiteral("1000001 failed: cluster down"));
        QCOMPARE(CallPathItem::colour(CallPathItem::Outcome::Failed), QColor(0xc6, 0x28, 0x28));
    }

    void aSpokeWhoseHubIsOutOfIlsIsDrawnIsolated()
    {
        QVERIFY(!item(4)->isIsolated());
        QVERIFY(m_lab->cluster(1)->setUp(false).ok());
        QTRY_VERIFY(item(4)->isIsolated());
        QVERIFY(item(4)->toolTip().contains(QLatin1String("Cluster1")));
        QVERIFY(!item(3)->isIsolated());
        QVERIFY(m_lab->cluster(2)->setServiceRunning(QStringLiteral("cucm2-pub"), Services::Ils, false).ok());
        QTRY_VERIFY(item(3)->isIsolated());
        QVERIFY(m_lab->cluster(1)->setUp(true).ok());
        QTRY_VERIFY(!item(4)->isIsolated());
    }

    /// The context menu acts on the cluster clicked, and only "Administer" asks to switch the
    /// cluster being administered; the right-click itself selects nothing.
    void rightClickNeverSelects()
    {
        QSignalSpy selected(m_view.get(), &TopologyView::clusterSelected);
        QSignalSpy administer(m_view.get(), &TopologyView::administerRequested);
        QTimer::singleShot(0, this, [] {
            auto *menu = qobject_cast<QMenu *>(QApplication::activePopupWidget());
            QVERIFY(menu);
            QAction *a = menu->findChild<QAction *>(QStringLiteral("administerClusterAction"));
            QVERIFY(a);
            QCOMPARE(a->text(), QStringLiteral("Administer Cluster3"));
            a->trigger();
            menu->close();
        });
        const QPoint at = m_view->mapFromScene(item(3)->pos());
        QContextMenuEvent event(QContextMenuEvent::Mouse, at, m_view->viewport()->mapToGlobal(at));
        QApplication::sendEvent(m_view->viewport(), &event);
        QCOMPARE(selected.size(), 0);
        QVERIFY(!item(3)->isCurrent());
        QCOMPARE(administer.size(), 1);
        QCOMPARE(administer.first().first().toString(), QStringLiteral("Cluster3"));
    }

    void zoomPanAndFit()
    {
        QVERIFY(m_view->isFitted());
        const qreal fitted = m_view->zoom();
        m_view->zoomIn();
        QVERIFY(m_view->zoom() > fitted * 1.2);
        QVERIFY(!m_view->isFitted());
        m_view->resize(900, 700); // zoomed in: a resize keeps the trainer's zoom
        QVERIFY(m_view->zoom() > fitted * 1.2);
        m_view->zoomOut();
        m_view->zoomOut();
        QVERIFY(m_view->zoom() < fitted);
        m_view->fitAll();
        QVERIFY(m_view->isFitted());
        // every cluster in sight
        const QRectF visible = m_view->mapToScene(m_view->viewport()->rect()).boundingRect();
        for (int k = 1; k <= 4; ++k)
            QVERIFY(visible.contains(item(k)->sceneBoundingRect()));
    }

    /// A trainer drags a cluster: the links follow, and the place is in lab.json next time.
    void draggedPositionsAreSavedAndReloaded()
    {
        const QPointF before = item(3)->pos();
        const QPoint from = m_view->mapFromScene(before);
        const QPoint to = from + QPoint(-60, 40);
        QSignalSpy selected(m_view.get(), &TopologyView::clusterSelected);
        QTest::mousePress(m_view->viewport(), Qt::LeftButton, {}, from);
        QMouseEvent move(QEvent::MouseMove, QPointF(to), m_view->viewport()->mapToGlobal(QPointF(to)), Qt::NoButton, Qt::LeftButton, {});
        QApplication::sendEvent(m_view->viewport(), &move);
        QTest::mouseRelease(m_view->viewport(), Qt::LeftButton, {}, to);
        const QPointF after = item(3)->pos();
        QVERIFY(after != before);
        QCOMPARE(selected.size(), 0); // an arrangement, not a selection
        QCOMPARE(m_lab->lab->spec(QStringLiteral("Cluster3")).position, after);
        // the link follows the cluster
        bool linkFollows = false;
        for (QGraphicsItem *i : m_view->scene()->items())
            if (auto *l = qgraphicsitem_cast<QGraphicsLineItem *>(i))
                linkFollows = linkFollows || l->line().p1() == after || l->line().p2() == after;
        QVERIFY(linkFollows);

        // reopened, the lab places it there
        const QString dir = m_lab->dir.path();
        m_view.reset();
        m_lab->lab->close();
        Lab reopened;
        QString error;
        QVERIFY2(reopened.open(dir, &error), qPrintable(error));
        QCOMPARE(reopened.spec(QStringLiteral("Cluster3")).position, after);
        TopologyView view(&reopened);
        QCOMPARE(view.clusterItem(QStringLiteral("Cluster3"))->pos(), after);
    }

    void clustersWithoutPositionsAreArranged()
    {
        // a lab built by a script or written before positions: no two clusters on one spot
        const QString dir = m_lab->dir.path();
        m_view.reset();
        m_lab->lab->close();
        QFile f(dir + QStringLiteral("/lab.json"));
        QVERIFY(f.open(QIODevice::ReadOnly));
        QJsonObject root = QJsonDocument::fromJson(f.readAll()).object();
        f.close();
        QJsonArray clusters = root.value(QLatin1String("clusters")).toArray();
        for (qsizetype i = 0; i < clusters.size(); ++i) {
            QJsonObject c = clusters[i].toObject();
            c.remove(QStringLiteral("position"));
            clusters[i] = c;
        }
        root.insert(QStringLiteral("clusters"), clusters);
        QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        f.write(QJsonDocument(root).toJson());
        f.close();
        Lab lab;
        QString error;
        QVERIFY2(lab.open(dir, &error), qPrintable(error));
        TopologyView view(&lab);
        QSet<QPair<int, int>> spots;
        for (const QString &name : view.clusterNames()) {
            const QPointF p = view.clusterItem(name)->pos();
            spots.insert({qRound(p.x()), qRound(p.y())});
        }
        QCOMPARE(spots.size(), 4);
        // a spoke sits closer to its own hub than to the other one
        auto dist = [&view](const char *a, const char *b) {
            return QLineF(view.clusterItem(QLatin1String(a))->pos(), view.clusterItem(QLatin1String(b))->pos()).length();
        };
        QVERIFY(dist("Cluster3", "Cluster2") < dist("Cluster3", "Cluster1"));
        QVERIFY(dist("Cluster4", "Cluster1") < dist("Cluster4", "Cluster2"));
    }

    void exportWritesPngAndSvg()
    {
        QTemporaryDir out;
        const QString png = out.filePath(QStringLiteral("map.png"));
        const QString svg = out.filePath(QStringLiteral("map.svg"));
        QString error;
        QVERIFY2(m_view->exportMap(png, &error), qPrintable(error));
        QVERIFY2(m_view->exportMap(svg, &error), qPrintable(error));
        QImage image(png);
        QVERIFY(!image.isNull());
        QVERIFY(image.width() > 400 && image.height() > 200);
        // not a blank page: the clusters' green is in it
        bool green = false;
        for (int y = 0; y < image.height() && !green; y += 2)
            for (int x = 0; x < image.width() && !green; x += 2)
                green = image.pixelColor(x, y) == QColor(0x4c, 0xaf, 0x50);
        QVERIFY(green);
        QSvgRenderer renderer(svg);
        QVERIFY(renderer.isValid());
        QFile svgFile(svg);
        QVERIFY(svgFile.open(QIODevice::ReadOnly));
        QVERIFY(svgFile.readAll().contains("Cluster3")); // text, not a picture of it
        // a folder that does not exist: a clear message, no file
        const QString nowhere = out.filePath(QStringLiteral("missing/map.png"));
        QVERIFY(!m_view->exportMap(nowhere, &error));
        QVERIFY2(error.contains(nowhere), qPrintable(error));
    }

    /// Simulation mode: with the clock paused, what happens next is listed in order; selecting
    /// an entry marks it on the map, Step makes it happen.
    void simulationListsAndStepsWhatHappensNext()
    {
        m_view.reset();
        LanguageManager languages;
        languages.setLanguage(QStringLiteral("en"), false);
        TopologyPage page(m_lab->lab.get(), nullptr); // no phones: the map and the simulation only
        page.resize(1280, 720);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        QVERIFY(m_lab->cluster(1)->setUp(false).ok());
        QVERIFY(m_lab->login(2, QStringLiteral("SEPC20000000002"), QStringLiteral("bob")).ok());

        auto *button = page.findChild<QToolButton *>(QStringLiteral("simulationButton"));
        QTest::mouseClick(button, Qt::LeftButton);
        QVERIFY(page.isSimulating());
        QVERIFY(m_lab->lab->clock()->isPaused());
        SimulationPanel *sim = page.simulationPanel();
        QVERIFY(sim->isVisible());
        QVERIFY(sim->height() > 150); // room for the list under the map
        sim->rebuild();
        const QList<SimulationPanel::Entry> entries = sim->entries();
        QVERIFY(entries.size() >= 3);
        // first: the update on its way to Cluster3; after the timed entries, what waits for Cluster1
        QCOMPARE(entries.first().info.kind, TaskInfo::Kind::IlsDelivery);
        QCOMPARE(sim->entryText(0), QStringLiteral("2 ILS updates from Cluster2 reach Cluster3"));
        auto *tree = sim->findChild<QTreeWidget *>(QStringLiteral("simulationTreeWidget"));
        QCOMPARE(tree->topLevelItemCount(), entries.size());
        QCOMPARE(tree->topLevelItem(0)->text(0), QStringLiteral("in 0.2 s"));
        int deferred = -1, held = -1;
        for (int i = 0; i < entries.size(); ++i) {
            if (entries[i].what == SimulationPanel::Entry::What::DeferredLogout)
                deferred = i;
            if (entries[i].what == SimulationPanel::Entry::What::HeldUpdates)
                held = i;
        }
        QVERIFY(deferred > 0 && held > 0);
        QCOMPARE(sim->entryText(deferred), QStringLiteral("Deferred logout: Cluster1 logs bob out once the newer login reaches it through ILS"));
        QCOMPARE(tree->topLevelItem(deferred)->text(0), QStringLiteral("waits"));

        // the first entry is selected: its clusters and link are marked on the map
        QCOMPARE(page.view()->highlightedClusters(), QStringList({QStringLiteral("Cluster2"), QStringLiteral("Cluster3")}));
        QCOMPARE(page.view()->highlightedLinks(), QStringList{QStringLiteral("Cluster2–Cluster3")});
        tree->setCurrentItem(tree->topLevelItem(held));
        QCOMPARE(page.view()->highlightedLinks(), QStringList{QStringLiteral("Cluster1–Cluster2")});

        // Step: the update reaches Cluster3 at its own lab time, and leaves the list
        const qint64 due = entries.first().due;
        QTest::mouseClick(sim->findChild<QPushButton *>(QStringLiteral("simulationStepButton")), Qt::LeftButton);
        QCOMPARE(m_lab->lab->clock()->now(), due);
        QCOMPARE(m_lab->lab->ils()->userRecord(QStringLiteral("Cluster3"), QStringLiteral("bob"))->cluster, QStringLiteral("Cluster2"));
        sim->rebuild();
        for (const SimulationPanel::Entry &e : sim->entries())
            QVERIFY(!(e.info.kind == TaskInfo::Kind::IlsDelivery && e.info.cluster == QLatin1String("Cluster3")));
        QVERIFY(sim->findChild<QLabel *>(QStringLiteral("simulationStatusLabel"))->text().contains(QLatin1String("Cluster3")));

        // Cluster1 returns: the deferred logout now has a time, and stepping gets there
        QVERIFY(m_lab->cluster(1)->setUp(true).ok());
        sim->rebuild();
        bool timed = false;
        for (const SimulationPanel::Entry &e : sim->entries())
            timed = timed || (e.what == SimulationPanel::Entry::What::DeferredLogout && e.due >= 0);
        QVERIFY(timed);
        for (int i = 0; i < 20 && m_lab->userOn(1, QStringLiteral("SEPC10000000001")) == QLatin1String("bob"); ++i)
            QVERIFY(sim->step());
        QCOMPARE(m_lab->userOn(1, QStringLiteral("SEPC10000000001")), QString());
        QTRY_VERIFY(page.view()->clusterItem(QStringLiteral("Cluster1"))->owedLogouts().isEmpty());

        // leaving simulation mode resumes the clock and clears the marks
        QTest::mouseClick(button, Qt::LeftButton);
        QVERIFY(!m_lab->lab->clock()->isPaused());
        QVERIFY(page.view()->highlightedClusters().isEmpty());
    }

    /// At 1×, a hop of 200 ms would flash by: while one travels, the map slows the lab clock so
    /// that it stays 0.7 s on screen. Lab time itself does not move here (the clock is paused),
    /// so nothing depends on the wall clock.
    void everyHopIsSlowEnoughToSee()
    {
        Clock *clock = m_lab->lab->clock();
        clock->setMode(Clock::Mode::RealTime);
        clock->setPaused(true);
        QSignalSpy active(m_view.get(), &TopologyView::slowMotionActiveChanged);
        QCOMPARE(clock->effectiveSpeed(), 1.0);
        m_lab->lab->ils()->publishLogin(m_lab->cluster(2), QStringLiteral("bob"), true, {QStringLiteral("1000001")},
                                        {QStringLiteral("SEPC20000000002")});
        m_view->refresh();
        QVERIFY(m_view->updatesInFlight() > 0);
        const double cap = double(m_lab->lab->ils()->latencyMs()) / TopologyView::MinimumHopWallMs;
        QCOMPARE(clock->effectiveSpeed(), cap);
        QCOMPARE(clock->speed(), 1.0); // the trainer's speed is kept
        QCOMPARE(active.size(), 1);
        QCOMPARE(active.first().first().toBool(), true);
        // "Show every hop" off: the clock runs at its own pace again
        m_view->setSlowMotion(false);
        QCOMPARE(clock->effectiveSpeed(), 1.0);
        m_view->setSlowMotion(true);
        QCOMPARE(clock->effectiveSpeed(), cap);
        m_view->setSlowMotion(false);
        // a map nobody sees slows nothing
        m_view->hide();
        m_view->setSlowMotion(true);
        QCOMPARE(clock->effectiveSpeed(), 1.0);
        clock->setMode(Clock::Mode::Manual);
    }

    void captionFollowsTheSelectedClustersState()
    {
        m_view.reset();
        LanguageManager languages;
        languages.setLanguage(QStringLiteral("en"), false);
        TopologyPage page(m_lab->lab.get(), nullptr); // no phones: the map and the simulation only
        page.show();
        page.view()->selectCluster(QStringLiteral("Cluster1"));
        auto *summary = page.findChild<QLabel *>(QStringLiteral("topologySummaryLabel"));
        QVERIFY2(summary->text().startsWith(QLatin1String("Selected: Cluster1 (Up).")), qPrintable(summary->text()));
        QVERIFY(m_lab->cluster(1)->setUp(false).ok());
        QTRY_VERIFY2(summary->text().startsWith(QLatin1String("Selected: Cluster1 (Down).")), qPrintable(summary->text()));
    }

    void languageSwitchRelabelsTheMap()
    {
        LanguageManager languages;
        languages.setLanguage(QStringLiteral("en"), false);
        m_lab->lab->router()->dial(QStringLiteral("SEPC30000000001"), QStringLiteral("1000001"));
        QCOMPARE(m_view->callPaths().first().caption, QStringLiteral("1000001 ringing"));
        const QString upEn = item(1)->stateText();
        languages.setLanguage(QStringLiteral("ja"), false);
        QTRY_VERIFY(item(1)->stateText() != upEn);
        QTRY_COMPARE(m_view->callPaths().first().caption, QStringLiteral("1000001 呼び出し中"));
        languages.setLanguage(QStringLiteral("en"), false);
        QTRY_COMPARE(m_view->callPaths().first().caption, QStringLiteral("1000001 ringing"));
    }

    /// Not a check: with EMROAM_SCREENSHOT_DIR set, saves the trainer's pages as PNGs in English
    /// and Japanese (to look at them as a user would).
    void screenshots()
    {
        const QString dir = qEnvironmentVariable("EMROAM_SCREENSHOT_DIR");
        if (dir.isEmpty())
            QSKIP("EMROAM_SCREENSHOT_DIR not set");
        QCoreApplication::setOrganizationName(QStringLiteral("EMRoamTests"));
        QSettings().clear();
        m_view.reset();
        LanguageManager languages;
        for (const QString &lang : {QStringLiteral("en"), QStringLiteral("ja")}) {
            languages.setLanguage(lang, false);
            MainWindow window(m_lab->lab.get(), &languages);
            window.show();
            QVERIFY(QTest::qWaitForWindowExposed(&window));
            // mid-story: Cluster1 down, Bob roamed, updates on their way
            if (lang == QLatin1String("en")) {
                QVERIFY(m_lab->cluster(1)->setUp(false).ok());
                QVERIFY(m_lab->login(2, QStringLiteral("SEPC20000000002"), QStringLiteral("bob")).ok());
                m_lab->lab->clock()->advance(m_lab->lab->ils()->latencyMs() / 2);
                m_lab->lab->router()->dial(QStringLiteral("SEPC30000000001"), QStringLiteral("2000001"));
            }
            for (const QString &key : {QStringLiteral("topology"), QStringLiteral("phones")}) {
                QVERIFY(window.showPage(key));
                QTest::qWait(200);
                QVERIFY(window.grab().save(QStringLiteral("%1/%2-%3.png").arg(dir, key, lang)));
            }
            // the map at a projector's sizes, with a call drawn and the simulation list open
            QVERIFY(window.showPage(QStringLiteral("topology")));
            auto *topology = window.findChild<TopologyPage *>();
            topology->setSimulating(true);
            for (const QSize size : {QSize(1024, 768), QSize(1280, 720)}) {
                window.resize(size);
                QTest::qWait(200);
                topology->view()->fitAll();
                QVERIFY(window.grab().save(QStringLiteral("%1/map-%2x%3-%4.png").arg(dir).arg(size.width()).arg(size.height()).arg(lang)));
            }
            topology->setSimulating(false);
            // the login form with an error, and a logout confirmation
            auto *phones = window.findChild<PhonesPage *>();
            phones->showPhones({QStringLiteral("SEPC40000000002"), QStringLiteral("SEPC20000000002"), QStringLiteral("SEPC30000000002")});
            const auto press = [](PhoneEmulator *e, const QString &key) {
                QTest::mouseClick(e, Qt::LeftButton, {}, e->keyRect(key).center());
                QTest::qWait(100); // the answer comes over the network
            };
            PhoneEmulator *free = phones->emulator(QStringLiteral("SEPC40000000002"));
            press(free, QStringLiteral("Services"));
            press(free, QStringLiteral("Select"));
            free->setFocus();
            QTest::keyClicks(free, QStringLiteral("dave"));
            press(free, QStringLiteral("Down"));
            press(free, QStringLiteral("1"));
            press(free, QStringLiteral("SoftKey1")); // Submit
            m_lab->lab->clock()->advance(1000);
            PhoneEmulator *bob = phones->emulator(QStringLiteral("SEPC20000000002"));
            press(bob, QStringLiteral("Services"));
            PhoneEmulator *third = phones->emulator(QStringLiteral("SEPC30000000002"));
            press(third, QStringLiteral("Services"));
            QTest::qWait(200);
            QVERIFY(window.grab().save(QStringLiteral("%1/phones-em-%2.png").arg(dir, lang)));
            phones->showPhones({QStringLiteral("SEPC30000000001"), QStringLiteral("SEPC10000000001"), QStringLiteral("SEPC20000000002")});
        }
    }
};

QTEST_MAIN(TestTopologyMap)
#include "tst_topologymap.moc"
