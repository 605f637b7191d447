#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QtTest>

#include "catalog/servicecatalog.h"
#include "items/laboverviewmodel.h"
#include "items/logintablemodel.h"
#include "testsupport.h"

/// The overview's item models: structurally sound, and live.
class TestItemModels : public QObject
{
    Q_OBJECT

    std::unique_ptr<TempLab> m_lab;
    Lab *lab() { return m_lab->lab.get(); }

private slots:
    void init()
    {
        m_lab = std::make_unique<TempLab>();
        QVERIFY(m_lab->openDemo());
    }
    void cleanup() { m_lab.reset(); }

    void overviewShowsClustersAndNodes()
    {
        LabOverviewModel model(lab());
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.rowCount(), 4);
        const QModelIndex c1 = model.index(0, LabOverviewModel::NameColumn);
        QCOMPARE(c1.data().toString(), QStringLiteral("Cluster1"));
        QCOMPARE(model.rowCount(c1), 2);
        QCOMPARE(model.index(0, LabOverviewModel::NameColumn, c1).data().toString(), QStringLiteral("cucm1-pub"));
        QCOMPARE(model.index(0, LabOverviewModel::RoleColumn, c1).data().toString(), QStringLiteral("Publisher"));
        QCOMPARE(model.index(2, LabOverviewModel::RoleColumn).data().toString(), QStringLiteral("Spoke cluster of Cluster2"));
        QCOMPARE(model.index(0, LabOverviewModel::StateColumn).data().toString(), QStringLiteral("Up"));
        QCOMPARE(model.headerData(LabOverviewModel::ServicesColumn, Qt::Horizontal).toString(), QStringLiteral("Services"));
    }

    void overviewFollowsNodesAndServices()
    {
        LabOverviewModel model(lab());
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        Cluster *c1 = lab()->cluster(QStringLiteral("Cluster1"));
        QVERIFY(c1->setNodeUp(QStringLiteral("cucm1-sub1"), false).ok());
        QVERIFY(!changed.isEmpty());
        QCOMPARE(model.index(0, LabOverviewModel::StateColumn).data().toString(), QStringLiteral("Partly up (1 of 2 nodes)"));
        QVERIFY(c1->setServiceRunning(QStringLiteral("cucm1-pub"), Services::Tomcat, false).ok());
        const QModelIndex pub = model.index(0, LabOverviewModel::ServicesColumn, model.index(0, 0));
        QVERIFY(pub.data().toString().contains(Services::Tomcat));
        QVERIFY(c1->setUp(false).ok());
        QCOMPARE(model.index(0, LabOverviewModel::StateColumn).data().toString(), QStringLiteral("Down"));
        QCOMPARE(model.index(0, LabOverviewModel::StateColumn).data(LabOverviewModel::RawValueRole).toBool(), false);
    }

    void loginTableFollowsLogins()
    {
        LoginTableModel model(lab());
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.rowCount(), 4);
        QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        Cluster *c1 = lab()->cluster(QStringLiteral("Cluster1"));
        const Device *phone = c1->deviceByName(QStringLiteral("SEPC10000000001"));
        QVERIFY(c1->recordLogout(phone->id).ok());
        QCOMPARE(removed.size(), 1);
        QCOMPARE(model.rowCount(), 3);
        const EndUser *bob = c1->endUserByUserId(QStringLiteral("bob"));
        const Device *second = c1->deviceByName(QStringLiteral("SEPC10000000002"));
        QVERIFY(c1->recordLogin({second->id, bob->id, bob->defaultProfileId, 0, 0}).ok());
        QCOMPARE(inserted.size(), 1);
        QCOMPARE(reset.size(), 0); // one row changes, no reset
        const int row = model.rowCount() - 1;
        QCOMPARE(model.index(row, LoginTableModel::DeviceColumn).data().toString(), QStringLiteral("SEPC10000000002"));
        QCOMPARE(model.index(row, LoginTableModel::UserColumn).data(LoginTableModel::RawValueRole).toString(), QStringLiteral("bob"));
        QCOMPARE(model.index(row, LoginTableModel::LinesColumn).data().toString(), QStringLiteral("1000001"));
        QCOMPARE(model.index(row, LoginTableModel::HomeColumn).data().toString(), QStringLiteral("Home cluster"));
    }

    void headersAreReadAgainOnLanguageChange()
    {
        LoginTableModel model(lab());
        QSignalSpy headers(&model, &QAbstractItemModel::headerDataChanged);
        QEvent change(QEvent::LanguageChange);
        QCoreApplication::sendEvent(&model, &change);
        QCOMPARE(headers.size(), 1);
    }
};

QTEST_MAIN(TestItemModels)
#include "tst_itemmodels.moc"
