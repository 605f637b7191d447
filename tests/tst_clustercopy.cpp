// Copy to Clusters (whole) and Roaming Readiness: every case starts from a fresh demo lab and
// its own main window, so each passes alone and in any order.
#include "testsupport.h"

#include "admin/enduserpage.h"
#include "admin/ilsconfigurationpage.h"
#include "catalog/servicecatalog.h"
#include "cluster/ucmrelease.h"
#include "common/copytoclustersdialog.h"
#include "common/entitypage.h"
#include "common/messagebox.h"
#include "items/laboverviewmodel.h"
#include "languagemanager.h"
#include "mainwindow.h"
#include "mobility/extensionmobility.h"
#include "provisioning/clustercopy.h"
#include "provisioning/roamingreadiness.h"
#include "readiness/readinesspage.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QScrollBar>
#include <QSignalSpy>
#include <QTreeWidget>

namespace {
const QString Pin = QStringLiteral("13579");
const QString NewDn = QStringLiteral("1000099");
const QString Custom = QStringLiteral("EMEA Roamers");

template <typename T = QWidget>
T *child(QObject *parent, const QString &name)
{
    T *w = parent->findChild<T *>(name);
    if (!w)
        qFatal("no %s named %s", T::staticMetaObject.className(), qPrintable(name));
    return w;
}

QTreeWidgetItem *clusterRow(QTreeWidget *tree, const QString &name)
{
    const auto hits = tree->findItems(name, Qt::MatchExactly);
    return hits.isEmpty() ? nullptr : hits.first();
}

QStringList childRows(QTreeWidgetItem *item)
{
    QStringList rows;
    for (int i = 0; i < item->childCount(); ++i)
        rows << item->child(i)->text(1) + QLatin1Char('|') + item->child(i)->text(0) + QLatin1Char('|') + item->child(i)->text(2);
    return rows;
}

bool hasRow(QTreeWidgetItem *item, const QString &action, const QString &record)
{
    for (const QString &r : childRows(item))
        if (r.startsWith(action + QLatin1Char('|') + record + QLatin1Char('|')))
            return true;
    return false;
}
} // namespace

class TestClusterCopy : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void wholeRoamingUserToEveryClusterThenRoams();
    void conflictLeavesThatClusterUntouched();
    void refusalMidwayUndoesTheWholeCluster();
    void serviceUrlNamesTheTargetsServers();
    void deleteFromClustersWithPreview();

    void readinessEmptyOnDemoLab();
    void readinessFindsEachProblem_data();
    void readinessFindsEachProblem();
    void readinessFindsAnUnreachableSpoke();
    void readinessPageGoAndFix();
    void saveThatBreaksRoamingSaysSo();

    void releaseOnOverviewAndOldClusterRefusesRoaming();

    void previewAndReportFitTheScreen_data();
    void previewAndReportFitTheScreen();

private:
    /// erin on Cluster1: a new phone service, a device profile with a new DN subscribed to it
    /// and to Extension Mobility, the user (home there, PIN 13579) in the roaming super users
    /// and in a group of her own.
    qint64 addRoamingUser();
    Cluster *cluster(int n) const { return m_lab->lab->cluster(QStringLiteral("Cluster%1").arg(n)); }
    /// Opens erin on the End User page of Cluster1 and runs @p drive on the Copy dialog.
    void openCopyDialog(qint64 userId, std::function<void(CopyToClustersDialog *)> drive, bool deleting = false);

    std::unique_ptr<TempLab> m_lab;
    std::unique_ptr<LanguageManager> m_languages;
    std::unique_ptr<MainWindow> m_window;
};

void TestClusterCopy::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestClusterCopy::init()
{
    m_lab = std::make_unique<TempLab>();
    QVERIFY(m_lab->openDemo());
    m_languages = std::make_unique<LanguageManager>();
    m_languages->setLanguage(QStringLiteral("en"), false);
    m_window = std::make_unique<MainWindow>(m_lab->lab.get(), m_languages.get());
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
}

void TestClusterCopy::cleanup()
{
    CopyToClustersDialog::setTestHook(nullptr);
    if (m_window) {
        MessageBox::setNextAnswer(QMessageBox::Discard);
        m_window->showPage(QStringLiteral("overview"));
        MessageBox::setNextAnswer(QMessageBox::NoButton);
    }
    m_window.reset();
    m_languages.reset();
    m_lab.reset();
}

qint64 TestClusterCopy::addRoamingUser()
{
    Cluster *c1 = cluster(1);
    PhoneService dir;
    dir.name = QStringLiteral("Roaming Directory");
    dir.url = QStringLiteral("http://cucm1-pub:8080/dir/lookup?device=#DEVICENAME#");
    if (const Refusal r = c1->savePhoneService(dir))
        qFatal("%s", qPrintable(r.englishText()));
    Device p;
    p.kind = Device::Kind::Profile;
    p.name = QStringLiteral("UDP-erin");
    p.model = QStringLiteral("Cisco 8865");
    p.protocol = QStringLiteral("SIP");
    p.lines = {NewDn};
    p.services = {c1->phoneServiceByName(QStringLiteral("Extension Mobility"))->id, dir.id};
    if (const Refusal r = c1->saveDevice(p))
        qFatal("%s", qPrintable(r.englishText()));
    EndUser u;
    u.userId = QStringLiteral("erin");
    u.firstName = QStringLiteral("Erin");
    u.lastName = QStringLiteral("Sato");
    u.primaryExtension = NewDn;
    u.controlledProfiles = {p.id};
    u.defaultProfileId = p.id;
    u.homeCluster = true;
    if (const Refusal r = c1->saveEndUser(u, Pin))
        qFatal("%s", qPrintable(r.englishText()));
    AccessControlGroup g;
    g.name = Custom;
    if (const Refusal r = c1->saveAccessControlGroup(g))
        qFatal("%s", qPrintable(r.englishText()));
    for (const QString &group : {Groups::CcmEndUsers, Groups::RoamingSuperUsers, Custom})
        if (const Refusal r = c1->addEndUserToGroup(group, u.id))
            qFatal("%s", qPrintable(r.englishText()));
    return u.id;
}

void TestClusterCopy::openCopyDialog(qint64 userId, std::function<void(CopyToClustersDialog *)> drive, bool deleting)
{
    m_window->setCurrentCluster(QStringLiteral("Cluster1"));
    QVERIFY(m_window->showPage(QStringLiteral("endUser")));
    auto *page = m_window->findChild<EndUserPage *>();
    page->openRecord(userId);
    bool ran = false;
    CopyToClustersDialog::setTestHook([&](CopyToClustersDialog *d) {
        ran = true;
        drive(d);
    });
    auto *button = child<QPushButton>(page, deleting ? QStringLiteral("deleteFromClustersButton") : QStringLiteral("copyToClustersButton"));
    QVERIFY(button->isEnabled());
    QTest::mouseClick(button, Qt::LeftButton);
    QVERIFY(ran);
}

void TestClusterCopy::wholeRoamingUserToEveryClusterThenRoams()
{
    const qint64 erin = addRoamingUser();
    openCopyDialog(erin, [](CopyToClustersDialog *d) {
        auto *tree = child<QTreeWidget>(d, QStringLiteral("clustersTreeWidget"));
        QCOMPARE(tree->topLevelItemCount(), 3);
        for (const QString &name : {QStringLiteral("Cluster2"), QStringLiteral("Cluster3"), QStringLiteral("Cluster4")}) {
            QTreeWidgetItem *row = clusterRow(tree, name);
            QVERIFY(row);
            QCOMPARE(row->text(1), QStringLiteral("Missing"));
            QCOMPARE(row->checkState(0), Qt::Checked); // every cluster that lacks her, at once
            // the preview: what will be created, and what is left alone
            QVERIFY2(hasRow(row, QStringLiteral("Create"), QStringLiteral("Phone service Roaming Directory")), qPrintable(childRows(row).join('\n')));
            QVERIFY(hasRow(row, QStringLiteral("Left alone"), QStringLiteral("Phone service Extension Mobility")));
            QVERIFY(hasRow(row, QStringLiteral("Create"), QStringLiteral("Device profile UDP-erin")));
            QVERIFY(hasRow(row, QStringLiteral("Create"), QStringLiteral("End user erin")));
            QVERIFY(hasRow(row, QStringLiteral("Create"), QStringLiteral("Group Standard EM Roaming Across Clusters Super Users")));
            QVERIFY(hasRow(row, QStringLiteral("Create"), QStringLiteral("Group ") + Custom));
            // nothing is written by the preview
            QVERIFY(!d->plan(name).hasConflict());
        }
        auto *pin = child<QLineEdit>(d, QStringLiteral("pinLineEdit"));
        QVERIFY(pin->isEnabled()); // a new user needs a PIN
        pin->setText(Pin);
        QTest::mouseClick(child<QPushButton>(d, QStringLiteral("copyButton")), Qt::LeftButton);
        const QString result = child<QLabel>(d, QStringLiteral("resultLabel"))->text();
        for (const QString &name : {QStringLiteral("Cluster2"), QStringLiteral("Cluster3"), QStringLiteral("Cluster4")}) {
            QVERIFY2(result.contains(name + QStringLiteral(": Copied")), qPrintable(result));
            // the "In that cluster" column follows the copy
            QCOMPARE(clusterRow(tree, name)->text(1), QStringLiteral("Same"));
        }
    });

    for (int k = 2; k <= 4; ++k) {
        Cluster *c = cluster(k);
        const EndUser *u = c->endUserByUserId(QStringLiteral("erin"));
        QVERIFY(u);
        QVERIFY(!u->homeCluster); // Home Cluster stays unchecked on copies
        QVERIFY(c->isEndUserInGroup(u->id, Groups::RoamingSuperUsers));
        QVERIFY(c->isEndUserInGroup(u->id, Custom));
        const Device *p = c->deviceByName(QStringLiteral("UDP-erin"));
        QVERIFY(p);
        QCOMPARE(p->lines, QStringList{NewDn});
        QCOMPARE(u->controlledProfiles, QList<qint64>{p->id});
        QCOMPARE(u->primaryExtension, NewDn);
        const PhoneService *dir = c->phoneServiceByName(QStringLiteral("Roaming Directory"));
        QVERIFY(dir);
        QCOMPARE(dir->url, QStringLiteral("http://cucm%1-pub:8080/dir/lookup?device=#DEVICENAME#").arg(k));
        QVERIFY(p->services.contains(dir->id));
        QVERIFY(p->services.contains(c->phoneServiceByName(QStringLiteral("Extension Mobility"))->id));
    }

    // and she roams: a login on a free phone of each cluster, through the engine
    for (int k = 2; k <= 4; ++k) {
        EmLoginRequest request;
        request.deviceName = QStringLiteral("SEPC") + QString::number(k) + QStringLiteral("0000000002");
        request.id = QStringLiteral("erin");
        request.pin = Pin;
        const EmResult r = m_lab->lab->mobility(cluster(k))->loginNow(request);
        QVERIFY2(r.ok(), qPrintable(QStringLiteral("Cluster%1: %2").arg(k).arg(r.text())));
        QCOMPARE(r.profile, QStringLiteral("UDP-erin"));
        QVERIFY(r.lines.contains(NewDn));
        QVERIFY(m_lab->lab->mobility(cluster(k))->logoutNow(request.deviceName).ok());
    }
    QVERIFY(RoamingReadiness(m_lab->lab.get()).findings().isEmpty());
}

void TestClusterCopy::conflictLeavesThatClusterUntouched()
{
    const qint64 erin = addRoamingUser();
    // on Cluster3 the new DN already belongs to another device
    Device other;
    other.kind = Device::Kind::Profile;
    other.name = QStringLiteral("UDP-other");
    other.model = QStringLiteral("Cisco 8865");
    other.protocol = QStringLiteral("SIP");
    other.lines = {NewDn};
    QVERIFY(!cluster(3)->saveDevice(other));
    const int services3 = int(cluster(3)->phoneServices().size());
    const int devices3 = int(cluster(3)->devices().size());
    const int users3 = cluster(3)->endUserCount();

    openCopyDialog(erin, [](CopyToClustersDialog *d) {
        auto *tree = child<QTreeWidget>(d, QStringLiteral("clustersTreeWidget"));
        QTreeWidgetItem *three = clusterRow(tree, QStringLiteral("Cluster3"));
        QCOMPARE(three->text(1), QStringLiteral("Conflict"));
        QCOMPARE(three->checkState(0), Qt::Unchecked); // not ticked by default
        bool named = false;
        for (const QString &r : childRows(three))
            named = named || (r.startsWith(QStringLiteral("Conflict|Device profile UDP-erin|")) && r.contains(QStringLiteral("Directory Number 1000099 belongs to UDP-other there.")));
        QVERIFY2(named, qPrintable(childRows(three).join('\n')));
        QVERIFY(d->plan(QStringLiteral("Cluster3")).hasConflict());
        // applied anyway: the other clusters take the copy, Cluster3 is left as it was
        d->setChecked({QStringLiteral("Cluster2"), QStringLiteral("Cluster3"), QStringLiteral("Cluster4")});
        child<QLineEdit>(d, QStringLiteral("pinLineEdit"))->setText(Pin);
        QCOMPARE(d->copySelected(), 2);
        const QString result = child<QLabel>(d, QStringLiteral("resultLabel"))->text();
        QVERIFY2(result.contains(QStringLiteral("Cluster3: Not changed: Cluster3 has a conflict (see the preview): nothing was written there.")), qPrintable(result));
        QVERIFY(result.contains(QStringLiteral("Cluster2: Copied")));
    });
    QVERIFY(!cluster(3)->endUserByUserId(QStringLiteral("erin")));
    QVERIFY(!cluster(3)->deviceByName(QStringLiteral("UDP-erin")));
    QVERIFY(!cluster(3)->phoneServiceByName(QStringLiteral("Roaming Directory")));
    QCOMPARE(int(cluster(3)->phoneServices().size()), services3);
    QCOMPARE(int(cluster(3)->devices().size()), devices3);
    QCOMPARE(cluster(3)->endUserCount(), users3);
    QVERIFY(cluster(2)->endUserByUserId(QStringLiteral("erin")));
    QVERIFY(cluster(4)->endUserByUserId(QStringLiteral("erin")));
}

void TestClusterCopy::refusalMidwayUndoesTheWholeCluster()
{
    const qint64 erin = addRoamingUser();
    Cluster *c2 = cluster(2);
    const int services = int(c2->phoneServices().size());
    const int devices = int(c2->devices().size());
    QSignalSpy added(c2, &Cluster::entityAdded);
    QSignalSpy removed(c2, &Cluster::entityRemoved);
    // no PIN: the service and the profile are written, then the user is refused
    const Refusal r = ClusterCopy(cluster(1), ClusterCopy::Root::EndUser, erin).apply(c2, QString());
    QVERIFY(r);
    QCOMPARE(r.englishText(), QStringLiteral("PIN is required for a new end user."));
    QVERIFY(!c2->phoneServiceByName(QStringLiteral("Roaming Directory")));
    QVERIFY(!c2->deviceByName(QStringLiteral("UDP-erin")));
    QVERIFY(!c2->endUserByUserId(QStringLiteral("erin")));
    QCOMPARE(int(c2->phoneServices().size()), services);
    QCOMPARE(int(c2->devices().size()), devices);
    QVERIFY(added.count() > 0);
    QCOMPARE(removed.count(), added.count()); // the views were told it is gone again
    // and the database agrees: the same copy with a PIN now succeeds from scratch
    QVERIFY(!ClusterCopy(cluster(1), ClusterCopy::Root::EndUser, erin).apply(c2, Pin));
    QVERIFY(c2->endUserByUserId(QStringLiteral("erin")));
}

void TestClusterCopy::serviceUrlNamesTheTargetsServers()
{
    const ClusterCopy copy(cluster(1), ClusterCopy::Root::PhoneService, cluster(1)->phoneServiceByName(QStringLiteral("Extension Mobility"))->id);
    QCOMPARE(copy.urlFor(QStringLiteral("http://cucm1-pub:8080/emapp/EMAppServlet?device=#DEVICENAME#"), cluster(3)),
             QStringLiteral("http://cucm3-pub:8080/emapp/EMAppServlet?device=#DEVICENAME#"));
    QCOMPARE(copy.urlFor(QStringLiteral("http://198.51.100.11:8080/emapp/EMAppServlet?device=#DEVICENAME#"), cluster(2)),
             QStringLiteral("http://198.51.100.21:8080/emapp/EMAppServlet?device=#DEVICENAME#"));
    QCOMPARE(copy.urlFor(QStringLiteral("http://other-host:8080/x"), cluster(2)), QStringLiteral("http://other-host:8080/x"));
    // copying the EM service itself finds each cluster's own version the same
    for (int k = 2; k <= 4; ++k)
        QVERIFY(!copy.plan(cluster(k)).changesSomething());
}

void TestClusterCopy::deleteFromClustersWithPreview()
{
    const qint64 erin = addRoamingUser();
    for (int k = 2; k <= 4; ++k)
        QVERIFY(!ClusterCopy(cluster(1), ClusterCopy::Root::EndUser, erin).apply(cluster(k), Pin));
    EmLoginRequest request;
    request.deviceName = QStringLiteral("SEPC20000000002");
    request.id = QStringLiteral("erin");
    request.pin = Pin;
    QVERIFY(m_lab->lab->mobility(cluster(2))->loginNow(request).ok());

    openCopyDialog(erin, [](CopyToClustersDialog *d) {
        QCOMPARE(d->objectName(), QStringLiteral("deleteFromClustersDialog"));
        auto *tree = child<QTreeWidget>(d, QStringLiteral("clustersTreeWidget"));
        QCOMPARE(clusterRow(tree, QStringLiteral("Cluster2"))->text(1), QStringLiteral("Conflict")); // logged in there
        QVERIFY(hasRow(clusterRow(tree, QStringLiteral("Cluster3")), QStringLiteral("Delete"), QStringLiteral("End user erin")));
        QVERIFY(hasRow(clusterRow(tree, QStringLiteral("Cluster3")), QStringLiteral("Left alone"), QStringLiteral("Device profile UDP-erin")));
        QVERIFY(!child<QLineEdit>(d, QStringLiteral("pinLineEdit"))->isVisibleTo(d));
        QCOMPARE(d->copySelected(), 2);
        QCOMPARE(clusterRow(tree, QStringLiteral("Cluster3"))->text(1), QStringLiteral("Missing"));
    }, true);
    QVERIFY(cluster(2)->endUserByUserId(QStringLiteral("erin")));
    QVERIFY(!cluster(3)->endUserByUserId(QStringLiteral("erin")));
    QVERIFY(!cluster(4)->endUserByUserId(QStringLiteral("erin")));
    QVERIFY(cluster(1)->endUserByUserId(QStringLiteral("erin"))); // the source stays
}

// ---- Roaming Readiness ----------------------------------------------------------------------

void TestClusterCopy::readinessEmptyOnDemoLab()
{
    RoamingReadiness readiness(m_lab->lab.get());
    QCOMPARE(readiness.superUsers(), (QStringList{QStringLiteral("alice"), QStringLiteral("bob"), QStringLiteral("dave"), QStringLiteral("kally")}));
    const QList<ReadinessFinding> findings = readiness.findings();
    QVERIFY2(findings.isEmpty(), qPrintable(RoamingReadiness::report(findings, true).join('\n')));
    QVERIFY(m_window->showPage(QStringLiteral("readiness")));
    auto *page = m_window->findChild<ReadinessPage *>();
    QVERIFY(page->findings().isEmpty());
    QCOMPARE(child<QTreeWidget>(page, QStringLiteral("findingsTreeWidget"))->topLevelItemCount(), 0);
    QVERIFY(child<QLabel>(page, QStringLiteral("summaryLabel"))->text().startsWith(QStringLiteral("Ready")));
}

void TestClusterCopy::readinessFindsEachProblem_data()
{
    QTest::addColumn<int>("breaker");
    QTest::addColumn<int>("check");
    QTest::addColumn<QString>("cluster");
    QTest::addColumn<QString>("record");
    QTest::addColumn<bool>("fixable");
    using C = ReadinessFinding::Check;
    QTest::newRow("user missing") << 0 << int(C::UserMissing) << "Cluster1" << "kally" << true;
    QTest::newRow("not a super user") << 1 << int(C::NotSuperUser) << "Cluster3" << "alice" << true;
    QTest::newRow("no device profile") << 2 << int(C::NoProfile) << "Cluster2" << "dave" << true;
    QTest::newRow("two home clusters") << 3 << int(C::HomeCluster) << "Cluster2" << "bob" << false;
    QTest::newRow("no home cluster") << 4 << int(C::HomeCluster) << "Cluster1" << "dave" << false;
    QTest::newRow("DN collision") << 5 << int(C::DnCollision) << "Cluster4" << "SEPC40000000002" << false;
    QTest::newRow("EM service stopped") << 6 << int(C::EmServiceStopped) << "Cluster2" << "Cisco Extension Mobility" << false;
    QTest::newRow("ILS not activated") << 7 << int(C::IlsNotActivated) << "Cluster4" << "cucm4-pub" << false;
    QTest::newRow("out of the ILS network") << 8 << int(C::IlsUnreachable) << "Cluster3" << "Cluster3" << false;
    QTest::newRow("no EM phone service") << 10 << int(C::NoEmPhoneService) << "Cluster2" << "" << true;
    QTest::newRow("URL without #DEVICENAME#") << 11 << int(C::EmPhoneServiceUrl) << "Cluster2" << "Extension Mobility" << false;
    QTest::newRow("EMApp not running there") << 12 << int(C::EmPhoneServiceUrl) << "Cluster3" << "Extension Mobility" << false;
    QTest::newRow("phone not subscribed") << 13 << int(C::NotSubscribed) << "Cluster2" << "SEPC20000000002" << false;
    QTest::newRow("profile not subscribed") << 14 << int(C::NotSubscribed) << "Cluster1" << "UDP-kally" << true;
    QTest::newRow("old release") << 15 << int(C::Release) << "Cluster2" << "11.5(1)SU3" << false;
}

void TestClusterCopy::readinessFindsEachProblem()
{
    QFETCH(int, breaker);
    QFETCH(int, check);
    QFETCH(QString, cluster);
    QFETCH(QString, record);
    QFETCH(bool, fixable);
    Lab *lab = m_lab->lab.get();
    const auto user = [&](int k, const char *id) {
        const EndUser *u = this->cluster(k)->endUserByUserId(QString::fromLatin1(id));
        if (!u)
            qFatal("no user %s", id);
        return *u;
    };
    const auto em = [&](int k) { return *this->cluster(k)->phoneServiceByName(QStringLiteral("Extension Mobility")); };
    switch (breaker) {
    case 0: QVERIFY(!this->cluster(1)->deleteEndUser(user(1, "kally").id)); break;
    case 1: QVERIFY(!this->cluster(3)->removeEndUserFromGroup(Groups::RoamingSuperUsers, user(3, "alice").id)); break;
    case 2: {
        EndUser u = user(2, "dave");
        u.controlledProfiles.clear();
        u.defaultProfileId = 0;
        QVERIFY(!this->cluster(2)->saveEndUser(u));
        break;
    }
    case 3: {
        EndUser u = user(2, "bob");
        u.homeCluster = true;
        QVERIFY(!this->cluster(2)->saveEndUser(u));
        break;
    }
    case 4: {
        EndUser u = user(4, "dave");
        u.homeCluster = false;
        QVERIFY(!this->cluster(4)->saveEndUser(u));
        break;
    }
    case 5: { // bob's DN given to a phone of Cluster4 (his profile there gets another)
        Device p = *this->cluster(4)->deviceByName(QStringLiteral("UDP-bob"));
        p.lines = {QStringLiteral("4000099")};
        QVERIFY(!this->cluster(4)->saveDevice(p));
        EndUser u = user(4, "bob");
        u.primaryExtension.clear();
        QVERIFY(!this->cluster(4)->saveEndUser(u));
        Device phone = *this->cluster(4)->deviceByName(QStringLiteral("SEPC40000000002"));
        phone.lines << QStringLiteral("1000001");
        QVERIFY(!this->cluster(4)->saveDevice(phone));
        break;
    }
    case 6:
        for (const Node &n : this->cluster(2)->nodes())
            QVERIFY(!this->cluster(2)->setServiceRunning(n.hostName, Services::ExtensionMobility, false));
        break;
    case 7: QVERIFY(!this->cluster(4)->setServiceActivated(QStringLiteral("cucm4-pub"), Services::Ils, false)); break;
    case 8: QVERIFY(!lab->setIlsRole(QStringLiteral("Cluster3"), IlsRole::None)); break;
    case 10: {
        PhoneService s = em(2);
        s.url = QStringLiteral("http://cucm2-pub:8080/ccmcip/xmldirectory.jsp?device=#DEVICENAME#");
        QVERIFY(!this->cluster(2)->savePhoneService(s));
        break;
    }
    case 11: {
        PhoneService s = em(2);
        s.url = QStringLiteral("http://cucm2-pub:8080/emapp/EMAppServlet");
        QVERIFY(!this->cluster(2)->savePhoneService(s));
        break;
    }
    case 12: QVERIFY(!this->cluster(3)->setServiceRunning(QStringLiteral("cucm3-pub"), Services::EmApplication, false)); break;
    case 13: {
        Device phone = *this->cluster(2)->deviceByName(QStringLiteral("SEPC20000000002"));
        phone.services.clear();
        QVERIFY(!this->cluster(2)->saveDevice(phone));
        break;
    }
    case 14: {
        Device p = *this->cluster(1)->deviceByName(QStringLiteral("UDP-kally"));
        p.services.clear();
        QVERIFY(!this->cluster(1)->saveDevice(p));
        break;
    }
    case 15: QVERIFY(!lab->setClusterRelease(QStringLiteral("Cluster2"), QStringLiteral("11.5(1)SU3"))); break;
    }
    const QList<ReadinessFinding> findings = RoamingReadiness(lab).findings();
    const QString report = RoamingReadiness::report(findings, true).join('\n');
    const ReadinessFinding *found = nullptr;
    for (const ReadinessFinding &f : findings)
        if (int(f.check) == check && f.cluster == cluster && f.record == record)
            found = &f;
    QVERIFY2(found, qPrintable(report));
    QCOMPARE(found->canFix(), fixable);
    QVERIFY(!found->why.isEmpty());
    QVERIFY(!found->page.isEmpty());
    // a safe fix really fixes it
    if (fixable) {
        QVERIFY(found->fixFrom != cluster);
        const Refusal r = ClusterCopy(lab->cluster(found->fixFrom), found->fixRoot, found->fixId).apply(lab->cluster(cluster), Pin);
        QVERIFY2(!r, qPrintable(r.englishText()));
        for (const ReadinessFinding &f : RoamingReadiness(lab).findings())
            QVERIFY2(f.key() != found->key(), qPrintable(RoamingReadiness::report({f}, true).join(QString())));
    }
}

// A spoke whose hub is not a hub: ILS Configuration refuses to build it, but a lab.json edited
// by hand can say so, and the lab opens it.
void TestClusterCopy::readinessFindsAnUnreachableSpoke()
{
    TempLab lab;
    QVERIFY(lab.openDemo());
    const QString dir = lab.lab->directory();
    lab.lab->close();
    QFile file(QDir(dir).filePath(QStringLiteral("lab.json")));
    QVERIFY(file.open(QIODevice::ReadOnly));
    QJsonObject root = QJsonDocument::fromJson(file.readAll()).object();
    file.close();
    QJsonArray clusters = root.value(QStringLiteral("clusters")).toArray();
    for (int i = 0; i < clusters.size(); ++i) {
        QJsonObject c = clusters.at(i).toObject();
        const QString name = c.value(QStringLiteral("name")).toString();
        if (name == QLatin1String("Cluster1")) // Cluster4's hub becomes a spoke itself
            c.insert(QStringLiteral("ils"), QJsonObject{{QStringLiteral("role"), QStringLiteral("spoke")}, {QStringLiteral("hub"), QStringLiteral("Cluster2")}});
        clusters.replace(i, c);
    }
    root.insert(QStringLiteral("clusters"), clusters);
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write(QJsonDocument(root).toJson());
    file.close();
    QString error;
    QVERIFY2(lab.lab->open(dir, &error), qPrintable(error));
    QStringList found;
    for (const ReadinessFinding &f : RoamingReadiness(lab.lab.get()).findings())
        if (f.check == ReadinessFinding::Check::IlsUnreachable)
            found << f.cluster + QLatin1Char(' ') + f.record + QLatin1Char(' ') + f.problem.englishText();
    QVERIFY2(found.contains(QStringLiteral("Cluster4 Cluster1 Cluster4 is a spoke of Cluster1, which is not a hub.")), qPrintable(found.join('\n')));
    // (A spoke of a cluster the lab does not have is refused when lab.json is read: tst_labfolder.)
}

void TestClusterCopy::readinessPageGoAndFix()
{
    const EndUser alice = *cluster(3)->endUserByUserId(QStringLiteral("alice"));
    QVERIFY(!cluster(3)->removeEndUserFromGroup(Groups::RoamingSuperUsers, alice.id));
    QVERIFY(m_window->showPage(QStringLiteral("readiness")));
    auto *page = m_window->findChild<ReadinessPage *>();
    QCOMPARE(page->findings().size(), 1);
    auto *tree = child<QTreeWidget>(page, QStringLiteral("findingsTreeWidget"));
    QTreeWidgetItem *row = tree->topLevelItem(0);
    QCOMPARE(row->text(0), QStringLiteral("Cluster3"));
    QCOMPARE(row->data(2, Qt::AccessibleTextRole).toString(), QStringLiteral("alice is not a member of Standard EM Roaming Across Clusters Super Users on Cluster3."));
    const QString shown = qobject_cast<QLabel *>(tree->itemWidget(row, 2))->text();
    QVERIFY2(shown.contains(QStringLiteral("Why it matters: Super user information must be shared on every cluster")), qPrintable(shown));

    // Go: the End User page of Cluster3 with alice open
    QWidget *buttons = tree->itemWidget(row, 3);
    QTest::mouseClick(child<QPushButton>(buttons, QStringLiteral("goButton")), Qt::LeftButton);
    QCOMPARE(m_window->currentPageKey(), QStringLiteral("endUser"));
    QCOMPARE(m_window->currentCluster(), cluster(3));
    auto *users = m_window->findChild<EndUserPage *>();
    QVERIFY(users->isEditing());
    QCOMPARE(users->recordId(), alice.id);

    // Fix: the copy preview for Cluster3 alone, from alice's home cluster
    QVERIFY(m_window->showPage(QStringLiteral("readiness")));
    bool previewed = false;
    CopyToClustersDialog::setTestHook([&](CopyToClustersDialog *d) {
        previewed = true;
        auto *dialogTree = child<QTreeWidget>(d, QStringLiteral("clustersTreeWidget"));
        for (int i = 0; i < dialogTree->topLevelItemCount(); ++i) {
            QTreeWidgetItem *item = dialogTree->topLevelItem(i);
            QCOMPARE(item->checkState(0), item->text(0) == QStringLiteral("Cluster3") ? Qt::Checked : Qt::Unchecked);
        }
        QVERIFY(hasRow(clusterRow(dialogTree, QStringLiteral("Cluster3")), QStringLiteral("Create"),
                       QStringLiteral("Group Standard EM Roaming Across Clusters Super Users")));
        QCOMPARE(d->copySelected(), 1);
    });
    buttons = tree->itemWidget(tree->topLevelItem(0), 3);
    QTest::mouseClick(child<QPushButton>(buttons, QStringLiteral("fixButton")), Qt::LeftButton);
    QVERIFY(previewed);
    QVERIFY(cluster(3)->isEndUserInGroup(alice.id, Groups::RoamingSuperUsers));
    QVERIFY(page->findings().isEmpty());
    QVERIFY(cluster(2)->endUserByUserId(QStringLiteral("alice"))->homeCluster); // home stays home
}

void TestClusterCopy::saveThatBreaksRoamingSaysSo()
{
    // kally's profile taken out of her Controlled Profiles on Cluster1: Unified CM accepts it
    m_window->setCurrentCluster(QStringLiteral("Cluster1"));
    QVERIFY(m_window->showPage(QStringLiteral("endUser")));
    auto *page = m_window->findChild<EndUserPage *>();
    page->openRecord(cluster(1)->endUserByUserId(QStringLiteral("kally"))->id);
    auto *controlled = child<QListWidget>(page, QStringLiteral("controlledProfilesListWidget"));
    QCOMPARE(controlled->count(), 1);
    controlled->setCurrentRow(0);
    controlled->item(0)->setSelected(true);
    QTest::mouseClick(child<QPushButton>(page, QStringLiteral("removeProfileButton")), Qt::LeftButton);
    QTest::mouseClick(child<QPushButton>(page, QStringLiteral("saveButton")), Qt::LeftButton);
    QVERIFY(cluster(1)->endUserByUserId(QStringLiteral("kally"))->controlledProfiles.isEmpty()); // saved
    auto *status = child<QLabel>(page, QStringLiteral("statusLabel"));
    QVERIFY2(status->text().startsWith(QStringLiteral("Update successful, but roaming now has a problem: kally controls no device profile on Cluster1.")),
             qPrintable(status->text()));
    QVERIFY(status->text().contains(QStringLiteral("<a href=\"readiness\">Roaming Readiness</a>")));
    emit status->linkActivated(QStringLiteral("readiness"));
    QCOMPARE(m_window->currentPageKey(), QStringLiteral("readiness"));

    // ILS Configuration: Cluster3 leaves the ILS network (allowed, and reported)
    m_window->setCurrentCluster(QStringLiteral("Cluster3"));
    QVERIFY(m_window->showPage(QStringLiteral("ilsConfiguration")));
    QWidget *ils = m_window->findChild<IlsConfigurationPage *>();
    auto *role = child<QComboBox>(ils, QStringLiteral("roleComboBox"));
    role->setCurrentIndex(role->findData(int(IlsRole::None)));
    emit role->activated(role->currentIndex());
    QTest::mouseClick(child<QPushButton>(ils, QStringLiteral("saveButton")), Qt::LeftButton);
    QCOMPARE(m_lab->lab->spec(QStringLiteral("Cluster3")).role, IlsRole::None);
    const QString ilsStatus = child<QLabel>(ils, QStringLiteral("statusLabel"))->text();
    QVERIFY2(ilsStatus.startsWith(QStringLiteral("Update successful, but roaming now has a problem: Cluster3 does not take part in the ILS network.")),
             qPrintable(ilsStatus));

    // a save that breaks nothing says only that
    m_window->setCurrentCluster(QStringLiteral("Cluster1"));
    QVERIFY(m_window->showPage(QStringLiteral("endUser")));
    page->openRecord(cluster(1)->endUserByUserId(QStringLiteral("carol"))->id);
    auto *firstName = child<QLineEdit>(page, QStringLiteral("firstNameLineEdit"));
    firstName->setFocus();
    firstName->end(false);
    QTest::keyClicks(firstName, QStringLiteral("x")); // an edit, as a user types it
    QTest::mouseClick(child<QPushButton>(page, QStringLiteral("saveButton")), Qt::LeftButton);
    QCOMPARE(status->text(), QStringLiteral("Update successful"));
}

void TestClusterCopy::releaseOnOverviewAndOldClusterRefusesRoaming()
{
    QVERIFY(UcmRelease::supportsRoaming(QStringLiteral("12.0(1)SU1")));
    QVERIFY(UcmRelease::supportsRoaming(QStringLiteral("12.5(1)")));
    QVERIFY(!UcmRelease::supportsRoaming(QStringLiteral("12.0(1)")));
    QVERIFY(!UcmRelease::supportsRoaming(QStringLiteral("11.5(1)SU3")));
    QCOMPARE(cluster(2)->release(), UcmRelease::Default);

    // Lab Overview: the release column is editable; a bad name is refused with a message
    QVERIFY(m_window->showPage(QStringLiteral("overview")));
    auto *model = m_window->findChild<LabOverviewModel *>();
    const QModelIndex cell = model->index(1, LabOverviewModel::ReleaseColumn);
    QCOMPARE(cell.data().toString(), UcmRelease::Default);
    QVERIFY(model->flags(cell) & Qt::ItemIsEditable);
    QVERIFY(!model->setData(cell, QStringLiteral("twelve")));
    QVERIFY(child<QLabel>(m_window.get(), QStringLiteral("releaseStatusLabel"))->text().contains(QStringLiteral("twelve is not a Unified CM release")));
    QCOMPARE(cluster(2)->release(), UcmRelease::Default);
    QVERIFY(model->setData(cell, QStringLiteral("11.5(1)SU3")));
    QCOMPARE(cluster(2)->release(), QStringLiteral("11.5(1)SU3"));
    QFile json(QDir(m_lab->lab->directory()).filePath(QStringLiteral("lab.json")));
    QVERIFY(json.open(QIODevice::ReadOnly));
    QVERIFY(json.readAll().contains("\"release\": \"11.5(1)SU3\""));

    // an older cluster takes no roaming login (Policy Validation, 4), but its own users log in
    EmLoginRequest roaming;
    roaming.deviceName = QStringLiteral("SEPC20000000002");
    roaming.id = QStringLiteral("bob");
    roaming.pin = QStringLiteral("12345");
    const EmResult refused = m_lab->lab->mobility(cluster(2))->loginNow(roaming);
    QCOMPARE(refused.code, EmCode::PolicyValidation);
    QVERIFY2(refused.detail.englishText().contains(QStringLiteral("runs Unified CM 11.5(1)SU3, older than 12.0(1)SU1")), qPrintable(refused.detail.englishText()));
    QVERIFY(m_lab->lab->mobility(cluster(2))->logoutNow(QStringLiteral("SEPC20000000001")).ok());
    EmLoginRequest home = roaming;
    home.id = QStringLiteral("alice");
    QVERIFY(m_lab->lab->mobility(cluster(2))->loginNow(home).ok());

    // the release survives reopening the lab
    const QString dir = m_lab->lab->directory();
    m_window.reset();
    m_lab->lab->close();
    QString error;
    QVERIFY2(m_lab->lab->open(dir, &error), qPrintable(error));
    QCOMPARE(cluster(2)->release(), QStringLiteral("11.5(1)SU3"));
}

void TestClusterCopy::previewAndReportFitTheScreen_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QSize>("screen");
    QTest::newRow("en 1280x720") << "en" << QSize(1280, 720);
    QTest::newRow("en 1024x768") << "en" << QSize(1024, 768);
    QTest::newRow("ja 1280x720") << "ja" << QSize(1280, 720);
    QTest::newRow("ja 1024x768") << "ja" << QSize(1024, 768);
}

// The Copy preview and the readiness report at the screen sizes trainers use, in both
// languages: nothing is cut off sideways. With EMROAM_SHOTS set, pictures are saved there.
void TestClusterCopy::previewAndReportFitTheScreen()
{
    QFETCH(QString, language);
    QFETCH(QSize, screen);
    m_languages->setLanguage(language, false);
    const QString shots = qEnvironmentVariable("EMROAM_SHOTS");
    const QString suffix = QStringLiteral("-%1-%2x%3").arg(language).arg(screen.width()).arg(screen.height());

    const qint64 erin = addRoamingUser();
    Device other;
    other.kind = Device::Kind::Profile;
    other.name = QStringLiteral("UDP-other");
    other.model = QStringLiteral("Cisco 8865");
    other.protocol = QStringLiteral("SIP");
    other.lines = {NewDn};
    QVERIFY(!cluster(3)->saveDevice(other));
    m_window->resize(screen);
    openCopyDialog(erin, [&](CopyToClustersDialog *d) {
        d->resize(qMin(1120, screen.width() - 40), qMin(600, screen.height() - 60)); // as on that screen
        d->show();
        QVERIFY(QTest::qWaitForWindowExposed(d));
        auto *tree = child<QTreeWidget>(d, QStringLiteral("clustersTreeWidget"));
        QVERIFY(d->width() <= screen.width() && d->height() <= screen.height());
        QVERIFY2(d->minimumSizeHint().width() <= screen.width(), qPrintable(QString::number(d->minimumSizeHint().width())));
        QVERIFY(tree->topLevelItemCount() == 3);
        if (!shots.isEmpty())
            QVERIFY(d->grab().save(shots + QStringLiteral("/copy-preview") + suffix + QStringLiteral(".png")));
        d->hide();
    });

    // a lab with a few problems, and the report
    QVERIFY(!cluster(3)->removeEndUserFromGroup(Groups::RoamingSuperUsers, cluster(3)->endUserByUserId(QStringLiteral("alice"))->id));
    QVERIFY(!cluster(4)->setServiceActivated(QStringLiteral("cucm4-pub"), Services::Ils, false));
    QVERIFY(!m_lab->lab->setClusterRelease(QStringLiteral("Cluster2"), QStringLiteral("11.5(1)SU3")));
    QVERIFY(m_window->showPage(QStringLiteral("readiness")));
    QCoreApplication::processEvents();
    QCoreApplication::processEvents(); // rows fit their wrapped text once the header is laid out
    auto *page = m_window->findChild<ReadinessPage *>();
    QVERIFY(page->findings().size() >= 4); // erin is on Cluster1 only, too
    // the page itself leaves room for the navigation (the window's minimum width is set by
    // the widest administration form)
    QVERIFY2(page->minimumSizeHint().width() <= screen.width() - 340, qPrintable(QString::number(page->minimumSizeHint().width())));
    auto *tree = child<QTreeWidget>(page, QStringLiteral("findingsTreeWidget"));
    QVERIFY(!tree->horizontalScrollBar()->isVisible());
    if (!shots.isEmpty())
        QVERIFY(m_window->grab().save(shots + QStringLiteral("/readiness") + suffix + QStringLiteral(".png")));
}

QTEST_MAIN(TestClusterCopy)
#include "tst_clustercopy.moc"
