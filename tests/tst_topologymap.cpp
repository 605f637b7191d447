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
#include "topology/clusteritem.h"
#include "topology/topologypage.h"
#include "topology/topologyview.h"

#include <QGraphicsEllipseItem>

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
        QVERIFY(window.showPage(QStringLiteral("phones")));
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
            // the login form with an error, and a logout confirmation
            auto *phones = window.findChild<PhonesPage *>();
            phones->showPhones({QStringLiteral("SEPC40000000002"), QStringLiteral("SEPC20000000002"), QStringLiteral("SEPC30000000002")});
            PhoneEmulator *free = phones->emulator(QStringLiteral("SEPC40000000002"));
            QTest::mouseClick(free->findChild<QPushButton *>(QStringLiteral("servicesButton")), Qt::LeftButton);
            QTest::keyClicks(free->findChild<QLineEdit *>(QStringLiteral("userIdLineEdit")), QStringLiteral("dave"));
            QTest::keyClicks(free->findChild<QLineEdit *>(QStringLiteral("pinLineEdit")), QStringLiteral("1"));
            QTest::mouseClick(free->findChild<QPushButton *>(QStringLiteral("submitButton")), Qt::LeftButton);
            m_lab->lab->clock()->advance(1000);
            PhoneEmulator *bob = phones->emulator(QStringLiteral("SEPC20000000002"));
            QTest::mouseClick(bob->findChild<QPushButton *>(QStringLiteral("servicesButton")), Qt::LeftButton);
            PhoneEmulator *third = phones->emulator(QStringLiteral("SEPC30000000002"));
            QTest::mouseClick(third->findChild<QPushButton *>(QStringLiteral("servicesButton")), Qt::LeftButton);
            QTest::qWait(200);
            QVERIFY(window.grab().save(QStringLiteral("%1/phones-em-%2.png").arg(dir, lang)));
            phones->showPhones({QStringLiteral("SEPC30000000001"), QStringLiteral("SEPC10000000001"), QStringLiteral("SEPC20000000002")});
        }
    }
};

QTEST_MAIN(TestTopologyMap)
#include "tst_topologymap.moc"
