#include "mainwindow.h"

#include "http/labhttp.h"
#include "phone/labphones.h"

#include "admin/accesscontrolgrouppage.h"
#include "admin/applicationuserpage.h"
#include "admin/controlcenterpage.h"
#include "admin/credentialpolicypage.h"
#include "admin/deviceprofilepage.h"
#include "admin/enduserpage.h"
#include "common/entitypage.h"
#include "admin/ilsconfigurationpage.h"
#include "admin/parameterspage.h"
#include "admin/phonefeaturelistpage.h"
#include "admin/phonepage.h"
#include "admin/phoneservicespage.h"
#include "admin/serviceactivationpage.h"
#include "audit/auditlogpage.h"
#include "bat/bulkadministrationpage.h"
#include "cluster/cluster.h"
#include "common/clusterpage.h"
#include "common/entitypage.h"
#include "common/pagehelp.h"
#include "demo/demopanel.h"
#include "lab/lab.h"
#include "lab/labsnapshot.h"
#include "languagemanager.h"
#include "common/messagebox.h"
#include "monitoring/monitoringpage.h"
#include "overview/overviewpage.h"
#include "phone/phonespage.h"
#include "troubleshooting/troubleshootingpage.h"
#include "provisioning/roamingreadiness.h"
#include "readiness/readinesspage.h"
#include "demo/demopanel.h"
#include "topology/topologypage.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QComboBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QDateTime>
#include <QDir>
#include <QFileDialog>
#include <QTextBrowser>
#include <QVBoxLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QLocale>
#include <QFileDialog>
#include <QMenuBar>
#include <QMessageBox>
#include <QScrollArea>
#include <QSet>
#include <QSettings>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTimer>
#include <QToolBar>
#include <QTreeWidget>

#include <algorithm>

namespace {
constexpr int KeyRole = Qt::UserRole + 1;
constexpr int SourceRole = Qt::UserRole + 2;
}

const QList<MainWindow::NavEntry> &MainWindow::navigation()
{
    static const QList<NavEntry> entries = {
        {QT_TRANSLATE_NOOP("Navigation", "Lab Overview"), QStringLiteral("overview"), 0},
        {QT_TRANSLATE_NOOP("Navigation", "ILS Topology"), QStringLiteral("topology"), 1},
        {QT_TRANSLATE_NOOP("Navigation", "Phones"), QStringLiteral("phones"), 1},
        {QT_TRANSLATE_NOOP("Navigation", "ILS Topology and Phones"), QStringLiteral("stage"), 1},
        {QT_TRANSLATE_NOOP("Navigation", "Monitoring"), QStringLiteral("monitoring"), 1},
        {QT_TRANSLATE_NOOP("Navigation", "Troubleshooting Lab"), QStringLiteral("troubleshooting"), 1},
        {QT_TRANSLATE_NOOP("Navigation", "Roaming Readiness"), QStringLiteral("readiness"), 1},
        {QT_TRANSLATE_NOOP("Navigation", "Cisco Unified CM Administration"), {}, 0},
        {QT_TRANSLATE_NOOP("Navigation", "System"), {}, 1},
        {QT_TRANSLATE_NOOP("Navigation", "Service Parameters"), QStringLiteral("serviceParameters"), 2},
        {QT_TRANSLATE_NOOP("Navigation", "Enterprise Parameters"), QStringLiteral("enterpriseParameters"), 2},
        {QT_TRANSLATE_NOOP("Navigation", "Advanced Features"), {}, 1},
        {QT_TRANSLATE_NOOP("Navigation", "ILS Configuration"), QStringLiteral("ilsConfiguration"), 2},
        {QT_TRANSLATE_NOOP("Navigation", "Device"), {}, 1},
        {QT_TRANSLATE_NOOP("Navigation", "Phone"), QStringLiteral("phone"), 2},
        {QT_TRANSLATE_NOOP("Navigation", "Device Settings"), {}, 2},
        {QT_TRANSLATE_NOOP("Navigation", "Device Profile"), QStringLiteral("deviceProfile"), 3},
        {QT_TRANSLATE_NOOP("Navigation", "Phone Services"), QStringLiteral("phoneServices"), 3},
        {QT_TRANSLATE_NOOP("Navigation", "User Management"), {}, 1},
        {QT_TRANSLATE_NOOP("Navigation", "Application User"), QStringLiteral("applicationUser"), 2},
        {QT_TRANSLATE_NOOP("Navigation", "End User"), QStringLiteral("endUser"), 2},
        {QT_TRANSLATE_NOOP("Navigation", "User Settings"), {}, 2},
        {QT_TRANSLATE_NOOP("Navigation", "Access Control Group"), QStringLiteral("accessControlGroup"), 3},
        {QT_TRANSLATE_NOOP("Navigation", "Credential Policy Default"), QStringLiteral("credentialPolicy"), 3},
        {QT_TRANSLATE_NOOP("Navigation", "Bulk Administration"), {}, 1},
        {QT_TRANSLATE_NOOP("Navigation", "Import/Export"), QStringLiteral("bulkAdministration"), 2},
        {QT_TRANSLATE_NOOP("Navigation", "Cisco Unified Serviceability"), {}, 0},
        {QT_TRANSLATE_NOOP("Navigation", "Tools"), {}, 1},
        {QT_TRANSLATE_NOOP("Navigation", "Service Activation"), QStringLiteral("serviceActivation"), 2},
        {QT_TRANSLATE_NOOP("Navigation", "Control Center - Feature Services"), QStringLiteral("controlCenterFeature"), 2},
        {QT_TRANSLATE_NOOP("Navigation", "Control Center - Network Services"), QStringLiteral("controlCenterNetwork"), 2},
        {QT_TRANSLATE_NOOP("Navigation", "Cisco Unified Reporting"), {}, 0},
        {QT_TRANSLATE_NOOP("Navigation", "System Reports"), {}, 1},
        {QT_TRANSLATE_NOOP("Navigation", "Unified CM Phone Feature List"), QStringLiteral("phoneFeatureList"), 2},
        {QT_TRANSLATE_NOOP("Navigation", "Audit Log"), QStringLiteral("auditLog"), 1},
    };
    return entries;
}

MainWindow::MainWindow(Lab *lab, LanguageManager *languages, QWidget *parent)
    : MainWindow(lab, languages, nullptr, parent)
{
}

MainWindow::MainWindow(Lab *lab, LanguageManager *languages, LabPhones *phones, QWidget *parent)
    : QMainWindow(parent), m_lab(lab), m_languages(languages)
{
    if (!phones) {
        m_ownHttp = std::make_unique<LabHttp>(lab);
        m_ownHttp->start();
        m_ownPhones = std::make_unique<LabPhones>(lab, m_ownHttp.get());
        phones = m_ownPhones.get();
    }
    setObjectName(QStringLiteral("mainWindow"));
    resize(1280, 800);

    auto *toolBar = addToolBar(QString());
    toolBar->setObjectName(QStringLiteral("clusterToolBar"));
    toolBar->setMovable(false);
    m_clusterLabel = new QLabel(toolBar);
    m_clusterLabel->setObjectName(QStringLiteral("clusterLabel"));
    m_clusterCombo = new QComboBox(toolBar);
    m_clusterCombo->setObjectName(QStringLiteral("clusterComboBox"));
    m_clusterCombo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_clusterLabel->setBuddy(m_clusterCombo);
    toolBar->addWidget(m_clusterLabel);
    toolBar->addWidget(m_clusterCombo);
    for (const Cluster *c : lab->clusters())
        m_clusterCombo->addItem(c->name());
    connect(lab, &Lab::clusterAdded, this, [this](Cluster *c) { m_clusterCombo->addItem(c->name()); });
    // search every cluster for a user ID, device, profile or DN; Go opens the record's page
    toolBar->addSeparator();
    m_searchLabel = new QLabel(toolBar);
    m_searchEdit = new QLineEdit(toolBar);
    m_searchEdit->setObjectName(QStringLiteral("globalSearchLineEdit"));
    m_searchEdit->setClearButtonEnabled(true);
    m_searchEdit->setMinimumWidth(180);
    m_searchLabel->setBuddy(m_searchEdit);
    m_searchResults = new QComboBox(toolBar);
    m_searchResults->setObjectName(QStringLiteral("globalSearchResultsComboBox"));
    m_searchResults->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_searchResults->setMinimumContentsLength(16);
    m_goButton = new QPushButton(toolBar);
    m_goButton->setObjectName(QStringLiteral("globalSearchGoButton"));
    toolBar->addWidget(m_searchLabel);
    toolBar->addWidget(m_searchEdit);
    toolBar->addWidget(m_searchResults);
    toolBar->addWidget(m_goButton);
    connect(m_searchEdit, &QLineEdit::textChanged, this, &MainWindow::search);
    connect(m_searchEdit, &QLineEdit::returnPressed, this, &MainWindow::goToSearchResult);
    connect(m_goButton, &QPushButton::clicked, this, &MainWindow::goToSearchResult);

    auto *splitter = m_mainSplitter = new QSplitter(this);
    splitter->setObjectName(QStringLiteral("mainSplitter"));
    splitter->setChildrenCollapsible(false);
    m_nav = new QTreeWidget(splitter);
    m_nav->setObjectName(QStringLiteral("navigationTreeWidget"));
    m_nav->setHeaderHidden(true);
    m_nav->header()->setSectionResizeMode(QHeaderView::Stretch); // a narrow tree elides, never scrolls sideways
    // The page area scrolls when a page needs more room than the window has (a small
    // projector, Presentation's larger type) instead of keeping the window wide, and only the
    // page shown counts for its minimum size (see showPage()).
    auto *pageArea = new QScrollArea(splitter);
    pageArea->setObjectName(QStringLiteral("pageScrollArea"));
    pageArea->setFrameShape(QFrame::NoFrame);
    pageArea->setWidgetResizable(true);
    m_stack = new QStackedWidget(pageArea);
    m_stack->setObjectName(QStringLiteral("pageStackedWidget"));
    pageArea->setWidget(m_stack);
    splitter->addWidget(m_nav);
    splitter->addWidget(pageArea);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({240, 1040});
    setCentralWidget(splitter);

    m_labMessageLabel = new QLabel(this);
    m_labMessageLabel->setObjectName(QStringLiteral("labMessageLabel"));
    m_labMessageLabel->setMinimumWidth(40);
    statusBar()->addWidget(m_labMessageLabel, 1);
    m_statusLabel = new QLabel(this);
    m_statusLabel->setObjectName(QStringLiteral("labStatusLabel"));
    m_statusLabel->setMinimumWidth(120); // a long lab path is cut, not the window kept wide; the tooltip has it all
    statusBar()->addPermanentWidget(m_statusLabel);

    addPage(QStringLiteral("overview"), new OverviewPage(lab, m_stack));
    auto *topology = new TopologyPage(lab, phones, m_stack);
    connect(topology, &TopologyPage::clusterSelected, this, &MainWindow::setCurrentCluster);
    // the map's context menu: "Administer this cluster" (right-click alone never switches)
    connect(topology, &TopologyPage::administerRequested, this, &MainWindow::setCurrentCluster);
    addPage(QStringLiteral("topology"), topology);
    addPage(QStringLiteral("phones"), new PhonesPage(lab, phones, m_stack));
    // the topology and the phones side by side: the two pages move in while it is shown
    m_stageSplitter = new QSplitter(m_stack);
    m_stageSplitter->setObjectName(QStringLiteral("stageSplitter"));
    m_stageSplitter->setChildrenCollapsible(false);
    addPage(QStringLiteral("stage"), m_stageSplitter);
    addPage(QStringLiteral("monitoring"), new MonitoringPage(lab, m_stack));
    addPage(QStringLiteral("troubleshooting"), new TroubleshootingPage(lab, phones, m_stack));
    addPage(QStringLiteral("endUser"), new EndUserPage(lab, m_stack));
    addPage(QStringLiteral("phone"), new PhonePage(lab, m_stack));
    addPage(QStringLiteral("deviceProfile"), new DeviceProfilePage(lab, m_stack));
    addPage(QStringLiteral("phoneServices"), new PhoneServicesPage(lab, m_stack));
    addPage(QStringLiteral("applicationUser"), new ApplicationUserPage(lab, m_stack));
    addPage(QStringLiteral("accessControlGroup"), new AccessControlGroupPage(lab, m_stack));
    addPage(QStringLiteral("credentialPolicy"), new CredentialPolicyPage(lab, m_stack));
    addPage(QStringLiteral("serviceParameters"), new ParametersPage(lab, ParametersPage::Scope::Service, m_stack));
    addPage(QStringLiteral("enterpriseParameters"), new ParametersPage(lab, ParametersPage::Scope::Enterprise, m_stack));
    addPage(QStringLiteral("ilsConfiguration"), new IlsConfigurationPage(lab, m_stack));
    addPage(QStringLiteral("serviceActivation"), new ServiceActivationPage(lab, m_stack));
    addPage(QStringLiteral("controlCenterFeature"), new ControlCenterPage(lab, ServiceCatalog::Kind::Feature, m_stack));
    addPage(QStringLiteral("controlCenterNetwork"), new ControlCenterPage(lab, ServiceCatalog::Kind::Network, m_stack));
    addPage(QStringLiteral("phoneFeatureList"), new PhoneFeatureListPage(lab, m_stack));
    auto *readiness = new ReadinessPage(lab, m_stack);
    connect(readiness, &ReadinessPage::goRequested, this, &MainWindow::goTo);
    addPage(QStringLiteral("readiness"), readiness);
    // a save that breaks roaming says so on the page, with a link to the report
    for (QWidget *page : std::as_const(m_pages))
        if (auto *edit = qobject_cast<EditPage *>(page)) {
            edit->setReadinessCheck([lab] { return RoamingReadiness(lab).findings(); });
            connect(edit, &EditPage::readinessRequested, this, [this] { showPage(QStringLiteral("readiness")); });
        }
    addPage(QStringLiteral("bulkAdministration"), new BulkAdministrationPage(lab, m_stack));
    addPage(QStringLiteral("auditLog"), new AuditLogPage(lab, m_stack));

    buildMenus();
    buildNavigation();
    for (Cluster *c : lab->clusters()) {
        connect(c, &Cluster::nodeStateChanged, this, &MainWindow::updateStatus);
        connect(c, &Cluster::loginChanged, this, &MainWindow::updateStatus);
    }
    m_shownCluster = m_clusterCombo->currentText();
    connect(m_clusterCombo, &QComboBox::currentIndexChanged, this, &MainWindow::clusterSelected);
    const QString saved = QSettings().value(QStringLiteral("cluster")).toString();
    if (!saved.isEmpty())
        setCurrentCluster(saved);
    retranslate();
    showPage(QStringLiteral("overview"));
    restoreWindowState();
}

MainWindow::~MainWindow() = default;

void MainWindow::buildMenus()
{
    m_fileMenu = menuBar()->addMenu(QString());
    m_fileMenu->setObjectName(QStringLiteral("fileMenu"));
    m_openLabAction = m_fileMenu->addAction(QString(), this, [this] {
        const QString folder = QFileDialog::getExistingDirectory(this, tr("Open Lab"), QDir(m_lab->directory()).absoluteFilePath(QStringLiteral("..")));
        if (!folder.isEmpty())
            openLab(folder);
    });
    m_openLabAction->setObjectName(QStringLiteral("openLabAction"));
    m_openLabAction->setShortcut(QKeySequence::Open);
    m_resetLabAction = m_fileMenu->addAction(QString(), this, [this] {
        if (MessageBox::question(this, tr("Reset Lab"),
                                 tr("Put the demo lab back in %1? Every change made to this lab is lost (save a snapshot first to keep it).")
                                     .arg(QDir::toNativeSeparators(m_lab->directory())),
                                 QMessageBox::Reset | QMessageBox::Cancel, QMessageBox::Cancel)
            == QMessageBox::Reset)
            resetLab();
    });
    m_resetLabAction->setObjectName(QStringLiteral("resetLabAction"));
    m_fileMenu->addSeparator();
    m_saveSnapshotAction = m_fileMenu->addAction(QString(), this, [this] {
        const QString folder = askNewSnapshotFolder();
        if (!folder.isEmpty())
            saveSnapshot(folder);
    });
    m_saveSnapshotAction->setObjectName(QStringLiteral("saveSnapshotAction"));
    m_restoreSnapshotAction = m_fileMenu->addAction(QString(), this, [this] {
        const QString folder = QFileDialog::getExistingDirectory(this, tr("Restore Snapshot"));
        if (!folder.isEmpty())
            restoreSnapshot(folder);
    });
    m_restoreSnapshotAction->setObjectName(QStringLiteral("restoreSnapshotAction"));
    m_fileMenu->addSeparator();
    m_quitAction = m_fileMenu->addAction(QString(), this, &QWidget::close);
    m_quitAction->setObjectName(QStringLiteral("quitAction"));
    m_quitAction->setShortcut(QKeySequence::Quit);
    addOpenScenarioAction();

    m_viewMenu = menuBar()->addMenu(QString());
    m_viewMenu->setObjectName(QStringLiteral("viewMenu"));
    m_presentationAction = m_viewMenu->addAction(QString(), this, &MainWindow::setPresentation);
    m_presentationAction->setObjectName(QStringLiteral("presentationAction"));
    m_presentationAction->setCheckable(true);
    m_presentationAction->setShortcut(QKeySequence(Qt::Key_F11));
    m_stageAction = m_viewMenu->addAction(QString(), this, [this] { showPage(QStringLiteral("stage")); });
    m_stageAction->setObjectName(QStringLiteral("stageAction"));

    m_languageMenu = menuBar()->addMenu(QString());
    m_languageMenu->setObjectName(QStringLiteral("languageMenu"));
    m_languageGroup = new QActionGroup(this);
    for (const QString &code : LanguageManager::available()) {
        // each language is named in its own language, whatever the current one
        const QString name = QLocale(code).nativeLanguageName();
        QAction *a = m_languageMenu->addAction(name.left(1).toUpper() + name.mid(1));
        a->setObjectName(QStringLiteral("language_%1_Action").arg(code));
        a->setCheckable(true);
        a->setChecked(code == m_languages->current());
        a->setData(code);
        m_languageGroup->addAction(a);
        connect(a, &QAction::triggered, this, [this, code] { m_languages->setLanguage(code); });
    }
    connect(m_languages, &LanguageManager::languageChanged, this, [this](const QString &code) {
        for (QAction *a : m_languageGroup->actions())
            a->setChecked(a->data().toString() == code);
    });

    m_helpMenu = menuBar()->addMenu(QString());
    m_helpMenu->setObjectName(QStringLiteral("helpMenu"));
    m_pageHelpAction = m_helpMenu->addAction(QString(), this, &MainWindow::showPageHelp);
    m_pageHelpAction->setObjectName(QStringLiteral("pageHelpAction"));
    m_pageHelpAction->setShortcut(QKeySequence::HelpContents); // F1
    m_pageHelpAction->setShortcutContext(Qt::ApplicationShortcut);
    m_aboutAction = m_helpMenu->addAction(QString(), this, [this] {
        QMessageBox::about(this, tr("About EMRoam Console"),
                           tr("<h3>EMRoam Console %1</h3><p>Administration console and lab for Cisco Unified CM "
                              "Intercluster Extension Mobility Roaming.</p><p>Lab folder: %2</p>")
                               .arg(QStringLiteral(EMROAM_VERSION), m_lab->directory().toHtmlEscaped()));
    });
    m_aboutAction->setObjectName(QStringLiteral("aboutAction"));
}

void MainWindow::buildNavigation()
{
    QList<QTreeWidgetItem *> parents;
    for (const NavEntry &e : navigation()) {
        auto *item = e.depth == 0 ? new QTreeWidgetItem(m_nav) : new QTreeWidgetItem(parents.at(e.depth - 1));
        item->setData(0, SourceRole, QByteArray(e.label));
        item->setData(0, KeyRole, e.key);
        parents = parents.mid(0, e.depth);
        parents.append(item);
        if (!e.key.isEmpty()) {
            m_navItems.insert(e.key, item);
            if (!m_pages.contains(e.key))
                item->setDisabled(true); // the page is not part of this version yet
        } else {
            QFont f = item->font(0);
            f.setBold(e.depth == 0);
            item->setFont(0, f);
            item->setFlags(item->flags() & ~Qt::ItemIsSelectable);
        }
    }
    m_nav->expandAll();
    connect(m_nav, &QTreeWidget::currentItemChanged, this, [this](QTreeWidgetItem *item, QTreeWidgetItem *previous) {
        if (!item)
            return;
        const QString key = item->data(0, KeyRole).toString();
        if (key.isEmpty() || key == currentPageKey())
            return;
        if (!showPage(key)) {
            QSignalBlocker block(m_nav);
            m_nav->setCurrentItem(previous);
        }
    });
}

void MainWindow::addPage(const QString &key, QWidget *page)
{
    page->setObjectName(page->objectName().isEmpty() ? key + QStringLiteral("Page") : page->objectName());
    m_pages.insert(key, page);
    m_stack->addWidget(page);
    if (auto *cp = qobject_cast<ClusterPage *>(page))
        cp->setCluster(currentCluster());
}

bool MainWindow::showPage(const QString &key)
{
    QWidget *page = m_pages.value(key);
    if (!page)
        return false;
    if (auto *current = qobject_cast<ClusterPage *>(m_stack->currentWidget()); current && current != page
        && !current->confirmLeave())
        return false;
    arrangeStage(key == QLatin1String("stage"));
    // the phones (alone or beside the map) want the width: the navigation narrows while they are
    // shown, so four phones stand side by side at 1280 px whatever the language
    narrowNavigation(key == QLatin1String("stage") || key == QLatin1String("phones"));
    // hidden pages ask for no room: the page area is as small as the page shown allows
    for (QWidget *p : std::as_const(m_pages))
        p->setSizePolicy(p == page || p->parentWidget() == page ? QSizePolicy(QSizePolicy::Preferred, QSizePolicy::Preferred)
                                   : QSizePolicy(QSizePolicy::Ignored, QSizePolicy::Ignored));
    m_stack->setCurrentWidget(page);
    fitNavigation();
    updatePageHelp();
    if (QTreeWidgetItem *item = m_navItems.value(key)) {
        QSignalBlocker block(m_nav);
        m_nav->setCurrentItem(item);
    }
    return true;
}

void MainWindow::goTo(const QString &cluster, const QString &page, qint64 recordId)
{
    if (!cluster.isEmpty())
        setCurrentCluster(cluster);
    if (!showPage(page))
        return;
    if (auto *entity = qobject_cast<EntityPage *>(m_pages.value(page)); entity && recordId != 0)
        entity->openRecord(recordId);
}

QString MainWindow::currentPageKey() const
{
    return m_pages.key(m_stack->currentWidget());
}

Cluster *MainWindow::currentCluster() const
{
    return m_lab->cluster(m_clusterCombo->currentText());
}

void MainWindow::setCurrentCluster(const QString &name)
{
    const int i = m_clusterCombo->findText(name, Qt::MatchFixedString);
    if (i >= 0)
        m_clusterCombo->setCurrentIndex(i);
}

void MainWindow::clusterSelected(int)
{
    // Another cluster is another set of records: a page with unsaved edits asks first, and
    // when the user stays the selector goes back to the cluster the pages still show.
    if (auto *current = qobject_cast<ClusterPage *>(m_stack->currentWidget()); current && !current->confirmLeave()) {
        const QSignalBlocker block(m_clusterCombo);
        m_clusterCombo->setCurrentIndex(m_clusterCombo->findText(m_shownCluster, Qt::MatchFixedString));
        return;
    }
    Cluster *c = currentCluster();
    m_shownCluster = c ? c->name() : QString();
    for (QWidget *page : std::as_const(m_pages))
        if (auto *cp = qobject_cast<ClusterPage *>(page))
            cp->setCluster(c);
    if (c)
        QSettings().setValue(QStringLiteral("cluster"), c->name());
    updateStatus();
}

// File › Open Scenario…: any lab script, run step by step on the ILS Topology page.
void MainWindow::addOpenScenarioAction()
{
    m_openScenarioAction = new QAction(this);
    m_openScenarioAction->setObjectName(QStringLiteral("openScenarioAction"));
    m_fileMenu->insertAction(m_quitAction, m_openScenarioAction);
    m_fileMenu->insertSeparator(m_quitAction);
    connect(m_openScenarioAction, &QAction::triggered, this, [this] {
        const QString path = QFileDialog::getOpenFileName(this, tr("Open Scenario"), QString(),
                                                          tr("Lab scripts (*.emroam);;All files (*)"));
        if (!path.isEmpty())
            openScenario(path);
    });
}

bool MainWindow::openScenario(const QString &path)
{
    auto *topology = qobject_cast<TopologyPage *>(m_pages.value(QStringLiteral("topology")));
    if (!topology)
        return false;
    showPage(QStringLiteral("topology"));
    return topology->demoPanel()->openScenarioFile(path);
}

void MainWindow::retranslate()
{
    // "Demo lab — EMRoam Console": ending with the application display name (set in main()),
    // so the platform does not append it a second time (QPlatformWindow::formatWindowTitle)
    setWindowTitle(m_lab->displayName() + QStringLiteral(" \u2014 ") + QGuiApplication::applicationDisplayName());
    m_clusterLabel->setText(tr("&Cluster:") + QLatin1Char(' '));
    m_clusterCombo->setToolTip(tr("The cluster whose administration pages you are in"));
    m_fileMenu->setTitle(tr("&File"));
    m_openLabAction->setText(tr("&Open Lab..."));
    m_openLabAction->setToolTip(tr("Opens the lab in another folder (an empty folder gets the demo lab)"));
    m_resetLabAction->setText(tr("&Reset Lab..."));
    m_saveSnapshotAction->setText(tr("&Save Snapshot..."));
    m_restoreSnapshotAction->setText(tr("Res&tore Snapshot..."));
    m_quitAction->setText(tr("&Quit"));
    m_openScenarioAction->setText(tr("Open &Scenario…"));
    m_viewMenu->setTitle(tr("&View"));
    m_presentationAction->setText(tr("&Presentation"));
    m_presentationAction->setToolTip(tr("Full screen with larger type, for a projector"));
    m_stageAction->setText(tr("ILS Topology and Phones &Side by Side"));
    m_languageMenu->setTitle(tr("&Language"));
    m_helpMenu->setTitle(tr("&Help"));
    m_aboutAction->setText(tr("&About EMRoam Console"));
    m_pageHelpAction->setText(tr("Help for This &Page"));
    m_searchLabel->setText(QStringLiteral("  ") + tr("&Search:") + QLatin1Char(' '));
    m_searchEdit->setPlaceholderText(tr("User ID, device, profile or DN"));
    m_searchEdit->setToolTip(tr("Finds a user ID, phone, device profile or directory number on every cluster"));
    m_goButton->setText(tr("Go"));
    m_goButton->setEnabled(m_searchResults->count() > 0);
    retranslateSearchResults();
    updatePageHelp();
    for (QTreeWidgetItemIterator it(m_nav); *it; ++it) {
        QTreeWidgetItem *item = *it;
        const QByteArray source = item->data(0, SourceRole).toByteArray();
        item->setText(0, QCoreApplication::translate("Navigation", source.constData()));
        item->setToolTip(0, item->isDisabled() ? tr("This page is not part of this version of the console yet.") : item->text(0));
    }
    // Japanese labels are wider: the tree opens wide enough for every entry, but may be made
    // narrower (entries then end in "…" with the whole name as tooltip) so pages keep the room
    // at 1024 px
    int widest = 0;
    for (QTreeWidgetItemIterator it(m_nav); *it; ++it) {
        int depth = 1;
        for (QTreeWidgetItem *p = (*it)->parent(); p; p = p->parent())
            ++depth;
        widest = qMax(widest, QFontMetrics((*it)->font(0)).horizontalAdvance((*it)->text(0)) + m_nav->indentation() * depth + 8);
    }
    const int wanted = std::clamp(widest + m_nav->frameWidth() * 2 + 8, 220, 340);
    m_nav->setMinimumWidth(150);
    if (m_mainSplitter->sizes().value(0) < wanted && !m_navWidened) {
        m_navWidened = true; // once: afterwards the user's width (and the saved one) stands
        const int total = m_mainSplitter->sizes().value(0) + m_mainSplitter->sizes().value(1);
        m_mainSplitter->setSizes({wanted, qMax(total - wanted, 1)});
    }
    if (m_listenWarningLabel) {
        m_listenWarningLabel->setText(tr("Warning: HTTP listens on %1: user IDs and PINs cross the network in clear text")
                                          .arg(m_listenAddress.toString()));
        m_listenWarningLabel->setToolTip(tr("Started with --listen %1. Phones and API clients use plain HTTP; only use this on a network you trust.")
                                             .arg(m_listenAddress.toString()));
    }
    updateStatus();
}

namespace {
constexpr int SearchClusterRole = Qt::UserRole + 1;
constexpr int SearchPageRole = Qt::UserRole + 2;
constexpr int SearchIdRole = Qt::UserRole + 3;
constexpr int SearchWhatRole = Qt::UserRole + 4; // the matched text
}

void MainWindow::search(const QString &text)
{
    m_searchResults->clear();
    const QString t = text.trimmed();
    if (!t.isEmpty()) {
        const auto add = [this](const Cluster *c, const QString &page, qint64 id, const QString &what) {
            m_searchResults->addItem(QString());
            const int i = m_searchResults->count() - 1;
            m_searchResults->setItemData(i, c->name(), SearchClusterRole);
            m_searchResults->setItemData(i, page, SearchPageRole);
            m_searchResults->setItemData(i, id, SearchIdRole);
            m_searchResults->setItemData(i, what, SearchWhatRole);
        };
        for (const Cluster *c : m_lab->clusters()) {
            if (const EndUser *u = c->endUserByUserId(t))
                add(c, QStringLiteral("endUser"), u->id, u->userId);
            else
                for (const EndUser &u : c->endUsers())
                    if (u.userId.compare(t, Qt::CaseInsensitive) == 0)
                        add(c, QStringLiteral("endUser"), u.id, u.userId);
            for (const Device &d : c->devices()) {
                const QString page = d.isPhone() ? QStringLiteral("phone") : QStringLiteral("deviceProfile");
                if (d.name.compare(t, Qt::CaseInsensitive) == 0)
                    add(c, page, d.id, d.name);
                else if (d.lines.contains(t))
                    add(c, page, d.id, t + QStringLiteral(" \u2192 ") + d.name);
            }
        }
    }
    retranslateSearchResults();
    if (m_searchResults->count() > 0) // with a placeholder text, a combo box selects nothing by itself
        m_searchResults->setCurrentIndex(0);
    m_goButton->setEnabled(m_searchResults->count() > 0);
}

void MainWindow::retranslateSearchResults()
{
    for (int i = 0; i < m_searchResults->count(); ++i) {
        const QString page = m_searchResults->itemData(i, SearchPageRole).toString();
        const QString kind = page == QLatin1String("endUser") ? tr("End User")
                             : page == QLatin1String("phone") ? tr("Phone")
                                                              : tr("Device Profile");
        m_searchResults->setItemText(i, tr("%1 (%2 on %3)")
                                            .arg(m_searchResults->itemData(i, SearchWhatRole).toString(), kind,
                                                 m_searchResults->itemData(i, SearchClusterRole).toString()));
    }
    if (m_searchResults->count() == 0)
        m_searchResults->setPlaceholderText(m_searchEdit->text().trimmed().isEmpty() ? QString() : tr("Nothing found"));
}

bool MainWindow::goToSearchResult()
{
    const int i = m_searchResults->currentIndex();
    if (i < 0)
        return false;
    const QString cluster = m_searchResults->itemData(i, SearchClusterRole).toString();
    const QString page = m_searchResults->itemData(i, SearchPageRole).toString();
    const qint64 id = m_searchResults->itemData(i, SearchIdRole).toLongLong();
    if (!showPage(page)) // a page with unsaved edits asked, and the user stayed
        return false;
    setCurrentCluster(cluster);
    if (currentCluster() == nullptr || currentCluster()->name() != cluster)
        return false;
    if (auto *entity = qobject_cast<EntityPage *>(m_pages.value(page))) {
        entity->openRecord(id);
        return entity->recordId() == id;
    }
    return false;
}

void MainWindow::showPageHelp()
{
    if (!m_helpDialog) {
        m_helpDialog = new QDialog(this);
        m_helpDialog->setObjectName(QStringLiteral("pageHelpDialog"));
        m_helpDialog->resize(560, 420);
        auto *layout = new QVBoxLayout(m_helpDialog);
        m_helpBrowser = new QTextBrowser(m_helpDialog);
        m_helpBrowser->setObjectName(QStringLiteral("pageHelpTextBrowser"));
        layout->addWidget(m_helpBrowser);
        auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, m_helpDialog);
        connect(buttons, &QDialogButtonBox::rejected, m_helpDialog, &QDialog::close);
        layout->addWidget(buttons);
    }
    updatePageHelp();
    m_helpDialog->show(); // not modal: it follows the page shown and the language
    m_helpDialog->raise();
    m_helpDialog->activateWindow();
}

void MainWindow::updatePageHelp()
{
    if (!m_helpDialog)
        return;
    const QString key = currentPageKey();
    m_helpDialog->setWindowTitle(tr("Help: %1").arg(PageHelp::title(key)));
    m_helpBrowser->setHtml(PageHelp::html(key));
}

void MainWindow::setListenAddress(const QHostAddress &address)
{
    m_listenAddress = address;
    const bool exposed = !address.isNull() && !address.isLoopback();
    if (exposed && !m_listenWarningLabel) {
        m_listenWarningLabel = new QLabel(this);
        m_listenWarningLabel->setObjectName(QStringLiteral("listenWarningLabel"));
        m_listenWarningLabel->setStyleSheet(QStringLiteral("QLabel { color: #b00020; font-weight: bold; }"));
        statusBar()->insertPermanentWidget(0, m_listenWarningLabel);
    }
    if (m_listenWarningLabel)
        m_listenWarningLabel->setVisible(exposed);
    retranslate();
}

void MainWindow::updateStatus()
{
    int up = 0;
    QSet<QString> users; // users, not logins: one user on two phones counts once
    for (const Cluster *c : m_lab->clusters()) {
        up += c->isUp() ? 1 : 0;
        for (const EmLogin &l : c->emLogins())
            if (const EndUser *u = c->endUser(l.userId))
                users.insert(u->userId);
    }
    const int logins = int(users.size());
    m_statusLabel->setText(tr("Lab: %1 — %2 of %3 clusters up, %4 logged in")
                               .arg(m_lab->directory())
                               .arg(up)
                               .arg(m_lab->clusters().size())
                               .arg(logins));
    m_statusLabel->setToolTip(m_statusLabel->text());
}

void MainWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QMainWindow::changeEvent(event);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (auto *current = qobject_cast<ClusterPage *>(m_stack->currentWidget()); current && !current->confirmLeave()) {
        event->ignore();
        return;
    }
    if (!confirmQuit()) {
        event->ignore();
        return;
    }
    saveWindowState();
    event->accept();
}

bool MainWindow::confirmQuit()
{
    if (!m_temporaryLab || !m_lab->isModified())
        return true;
    const QMessageBox::StandardButton answer = MessageBox::question(
        this, tr("Quit"),
        tr("This demo lab lives only while the console runs: the changes made to it are lost when you quit. "
           "Save a snapshot of it first?"),
        QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Save);
    if (answer == QMessageBox::Discard)
        return true;
    if (answer == QMessageBox::Save) {
        const QString folder = askNewSnapshotFolder();
        return !folder.isEmpty() && saveSnapshot(folder);
    }
    return false;
}

void MainWindow::setLabReplacer(std::function<void(LabChange)> replacer)
{
    m_replacer = std::move(replacer);
    for (QAction *a : {m_openLabAction, m_resetLabAction, m_restoreSnapshotAction})
        a->setEnabled(bool(m_replacer));
}

void MainWindow::setTemporaryLab(bool temporary)
{
    m_temporaryLab = temporary;
}

QString MainWindow::askNewSnapshotFolder()
{
    //: default name of a new snapshot folder; %1 is the date and time
    const QString suggested = QDir(QDir::homePath()).filePath(tr("EMRoam snapshot %1").arg(QDateTime::currentDateTime().toString(QStringLiteral("yyyy-MM-dd HHmm"))));
    return QFileDialog::getSaveFileName(this, tr("Save Snapshot"), suggested, QString(), nullptr, QFileDialog::ShowDirsOnly);
}

bool MainWindow::saveSnapshot(const QString &folder)
{
    QString error;
    if (!LabSnapshot::save(m_lab, folder, &error)) {
        showLabMessage(tr("The snapshot was not saved: %1").arg(error), true);
        return false;
    }
    m_lab->setModified(false);
    showLabMessage(tr("Snapshot saved in %1.").arg(QDir::toNativeSeparators(folder)), false);
    return true;
}

bool MainWindow::restoreSnapshot(const QString &folder)
{
    if (!m_replacer)
        return false;
    const QStringList problems = LabSnapshot::check(folder);
    if (!problems.isEmpty()) {
        const QString text = tr("The snapshot %1 cannot be restored; the lab was not changed:").arg(QDir::toNativeSeparators(folder))
                             + QStringLiteral("\n- ") + problems.join(QStringLiteral("\n- "));
        showLabMessage(text, true);
        return false;
    }
    if (auto *current = qobject_cast<ClusterPage *>(m_stack->currentWidget()); current && !current->confirmLeave())
        return false;
    m_replacer([folder](Lab *lab, QString *error) { return LabSnapshot::restore(lab, folder, error); });
    return true;
}

void MainWindow::setStoryRewinder(std::function<void(int scenario, const QString &file, int step)> rewind)
{
    if (auto *topology = qobject_cast<TopologyPage *>(m_pages.value(QStringLiteral("topology"))))
        topology->demoPanel()->setRewind(std::move(rewind));
}

void MainWindow::resumeStory(int scenario, const QString &file, int steps)
{
    if (auto *topology = qobject_cast<TopologyPage *>(m_pages.value(QStringLiteral("topology"))))
        topology->demoPanel()->resume(scenario, file, steps);
}

bool MainWindow::resetLab()
{
    if (!m_replacer)
        return false;
    if (auto *current = qobject_cast<ClusterPage *>(m_stack->currentWidget()); current && !current->confirmLeave())
        return false;
    m_replacer([](Lab *lab, QString *error) { return LabSnapshot::resetToDemo(lab, error); });
    return true;
}

bool MainWindow::openLab(const QString &folder)
{
    if (!m_replacer)
        return false;
    if (Lab::containsLab(folder)) {
        const QStringList problems = Lab::checkLabFile(QDir(folder).filePath(Lab::labFileName()));
        if (!problems.isEmpty()) {
            showLabMessage(tr("The lab in %1 cannot be opened; nothing was changed:").arg(QDir::toNativeSeparators(folder))
                               + QStringLiteral("\n- ") + problems.join(QStringLiteral("\n- ")),
                           true);
            return false;
        }
    }
    if (!confirmQuit())
        return false;
    m_replacer([folder](Lab *lab, QString *error) {
        const QString previous = lab->directory();
        if (lab->open(folder, error))
            return true;
        QString ignored;
        lab->open(previous, &ignored); // back to the lab that was open
        return false;
    });
    return true;
}

void MainWindow::labReplaced(bool ok, const QString &error)
{
    if (ok)
        showLabMessage(tr("Opened the lab in %1.").arg(QDir::toNativeSeparators(m_lab->directory())), false);
    else
        showLabMessage(error, true);
}

QString MainWindow::labMessage() const
{
    return m_labMessageLabel->toolTip();
}

void MainWindow::showLabMessage(const QString &text, bool error)
{
    // the first line in the status bar, all of it in the tooltip and, for a refusal, a box
    m_labMessageLabel->setText(text.section(QLatin1Char('\n'), 0, 0));
    m_labMessageLabel->setToolTip(text);
    m_labMessageLabel->setStyleSheet(error ? QStringLiteral("QLabel { color: #b00020; }") : QString());
    if (error && isVisible() && !QGuiApplication::platformName().startsWith(QLatin1String("offscreen"))) {
        auto *box = new QMessageBox(QMessageBox::Warning, QGuiApplication::applicationDisplayName(), text, QMessageBox::Ok, this);
        box->setAttribute(Qt::WA_DeleteOnClose);
        box->open();
    }
}

void MainWindow::setPresentation(bool on)
{
    if (on == m_presentation)
        return;
    m_presentation = on;
    {
        const QSignalBlocker block(m_presentationAction);
        m_presentationAction->setChecked(on);
    }
    if (on) {
        m_normalFont = font();
        QFont big = font();
        big.setPointSizeF(big.pointSizeF() * 1.35);
        setFont(big);
        m_wasMaximized = isMaximized();
        showFullScreen();
    } else {
        setFont(m_normalFont);
        if (m_wasMaximized)
            showMaximized();
        else
            showNormal();
    }
}

void MainWindow::arrangeStage(bool together)
{
    QWidget *topology = m_pages.value(QStringLiteral("topology"));
    QWidget *phones = m_pages.value(QStringLiteral("phones"));
    if (!topology || !phones)
        return;
    const bool inStage = topology->parentWidget() == m_stageSplitter;
    if (together == inStage)
        return;
    // on the stage the map and the phones share the width: the story and events stay on the
    // topology page
    if (auto *page = qobject_cast<TopologyPage *>(topology))
        page->demoPanel()->setVisible(!together);
    if (together) {
        m_stageSplitter->addWidget(topology);
        m_stageSplitter->addWidget(phones);
        topology->show();
        phones->show();
        const QByteArray state = QSettings().value(QStringLiteral("window/stageSplitter")).toByteArray();
        if (state.isEmpty() || !m_stageSplitter->restoreState(state))
            m_stageSplitter->setSizes({40, 60}); // the phones need the room to be read
    } else {
        QSettings().setValue(QStringLiteral("window/stageSplitter"), m_stageSplitter->saveState());
        m_stack->addWidget(topology);
        m_stack->addWidget(phones);
    }
}

void MainWindow::narrowNavigation(bool narrow)
{
    const QList<int> sizes = m_mainSplitter->sizes();
    if (sizes.size() != 2)
        return;
    if (narrow && m_navWidthBeforeNarrow == 0) {
        m_navWidthBeforeNarrow = sizes[0];
        m_mainSplitter->setSizes({m_nav->minimumWidth(), sizes[0] + sizes[1] - m_nav->minimumWidth()});
    } else if (!narrow && m_navWidthBeforeNarrow > 0) {
        m_mainSplitter->setSizes({m_navWidthBeforeNarrow, qMax(1, sizes[0] + sizes[1] - m_navWidthBeforeNarrow)});
        m_navWidthBeforeNarrow = 0;
    }
}

void MainWindow::fitNavigation()
{
    // a wide page (the topology and phones side by side) narrows the navigation before it scrolls
    auto *area = qobject_cast<QScrollArea *>(m_mainSplitter->widget(1));
    if (!area || !isVisible())
        return;
    const int missing = m_stack->currentWidget()->minimumSizeHint().width() - area->viewport()->width();
    const QList<int> sizes = m_mainSplitter->sizes();
    if (missing > 0 && sizes.size() == 2 && sizes[0] > m_nav->minimumWidth()) {
        const int give = qMin(missing + 16, sizes[0] - m_nav->minimumWidth()); // a little more: the splitter rounds
        m_mainSplitter->setSizes({sizes[0] - give, sizes[1] + give});
    }
}

void MainWindow::resizeEvent(QResizeEvent *event)
{
    QMainWindow::resizeEvent(event);
    QTimer::singleShot(0, this, &MainWindow::fitNavigation); // once the splitter has its new width
}

void MainWindow::showEvent(QShowEvent *event)
{
    QMainWindow::showEvent(event);
    QTimer::singleShot(0, this, &MainWindow::fitNavigation);
}

void MainWindow::saveWindowState() const
{
    QSettings settings;
    if (!m_presentation) // the next start opens as a window, not full screen
        settings.setValue(QStringLiteral("window/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("window/mainSplitter"), m_mainSplitter->saveState());
    if (m_stageSplitter->count() > 0)
        settings.setValue(QStringLiteral("window/stageSplitter"), m_stageSplitter->saveState());
    for (const QSplitter *s : findChildren<QSplitter *>())
        if (s != m_mainSplitter && s != m_stageSplitter && !s->objectName().isEmpty())
            settings.setValue(QStringLiteral("window/splitters/") + s->objectName(), s->saveState());
}

void MainWindow::restoreWindowState()
{
    QSettings settings;
    restoreGeometry(settings.value(QStringLiteral("window/geometry")).toByteArray());
    m_mainSplitter->restoreState(settings.value(QStringLiteral("window/mainSplitter")).toByteArray());
    for (QSplitter *s : findChildren<QSplitter *>())
        if (s != m_mainSplitter && s != m_stageSplitter && !s->objectName().isEmpty())
            s->restoreState(settings.value(QStringLiteral("window/splitters/") + s->objectName()).toByteArray());
}
