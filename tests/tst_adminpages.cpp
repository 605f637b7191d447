// GUI tests of the administration pages, KeePassXC style: the real MainWindow, driven by
// object names, offscreen. Modal dialogs are answered through their test seams.
#include "testsupport.h"

#include "admin/findusersdialog.h"
#include "admin/subscribeservicesdialog.h"
#include "catalog/parametercatalog.h"
#include "catalog/phonemodelcatalog.h"
#include "core/clock.h"
#include "catalog/servicecatalog.h"
#include "items/clustertablemodel.h"
#include "items/findproxymodel.h"
#include "items/ilsclustertablemodel.h"
#include "items/servicestatustablemodel.h"
#include "common/copytoclustersdialog.h"
#include "common/entitypage.h"
#include "common/messagebox.h"
#include "ils/ilsnetwork.h"
#include "mobility/extensionmobility.h"
#include "mobility/registrar.h"
#include "events/eventlog.h"
#include "events/labevent.h"
#include "languagemanager.h"
#include "mainwindow.h"

#include <QAbstractItemView>
#include <QSignalSpy>
#include <QTextBrowser>
#include <QGroupBox>
#include <QDialog>
#include <QCollator>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QScrollArea>
#include <QSpinBox>
#include <QSettings>
#include <QStackedWidget>
#include <QTableView>
#include <QTranslator>
#include <QTreeWidget>
#include <QHeaderView>

namespace {

/// Marks every translated text, so a test sees which texts were re-read.
class MarkingTranslator : public QTranslator
{
public:
    bool isEmpty() const override { return false; }
    QString translate(const char *context, const char *source, const char *disambiguation, int n) const override
    {
        Q_UNUSED(context);
        Q_UNUSED(disambiguation);
        QString s = QString::fromUtf8(source);
        if (n >= 0)
            s.replace(QStringLiteral("%n"), QString::number(n));
        return QStringLiteral("«") + s + QStringLiteral("»");
    }
};

/// Pseudo-Japanese: every text becomes "<text> (<text>)", the way Cisco's Japanese documents
/// write labels ("デバイス プロファイル (Device Profile)"), so layouts meet texts twice as long.
class WideningTranslator : public QTranslator
{
public:
    bool isEmpty() const override { return false; }
    QString translate(const char *context, const char *source, const char *disambiguation, int n) const override
    {
        Q_UNUSED(context);
        Q_UNUSED(disambiguation);
        QString s = QString::fromUtf8(source);
        if (n >= 0)
            s.replace(QStringLiteral("%n"), QString::number(n));
        if (s.contains(QLatin1Char('%')) || s.contains(QLatin1Char('<')) || s.size() < 2)
            return s; // keep arguments and rich text intact
        QString plain = s;
        plain.remove(QLatin1Char('&'));
        return s + QStringLiteral(" (") + plain + QLatin1Char(')');
    }
};

/// Japanese from reference/glossary.tsv for the labels it covers (the rest stays English until
/// the translations land): enough to see real Japanese glyphs in the layouts.
class GlossaryTranslator : public QTranslator
{
public:
    bool isEmpty() const override { return false; }
    QString translate(const char *context, const char *source, const char *disambiguation, int n) const override
    {
        Q_UNUSED(context);
        Q_UNUSED(disambiguation);
        Q_UNUSED(n);
        static const QHash<QString, QString> glossary = {
        {QStringLiteral("Cisco Unified CM Administration"), QStringLiteral("Cisco Unified CM の管理")},
        {QStringLiteral("Device"), QStringLiteral("デバイス")},
        {QStringLiteral("Device Settings"), QStringLiteral("デバイスの設定")},
        {QStringLiteral("Phone"), QStringLiteral("電話")},
        {QStringLiteral("Phone Services"), QStringLiteral("電話サービス")},
        {QStringLiteral("Device Profile"), QStringLiteral("デバイス プロファイル")},
        {QStringLiteral("Device Profile Type"), QStringLiteral("デバイス プロファイルのタイプ")},
        {QStringLiteral("Device Protocol"), QStringLiteral("デバイス プロトコル")},
        {QStringLiteral("Association Information"), QStringLiteral("割り当て情報")},
        {QStringLiteral("Add a New DN"), QStringLiteral("新規 DN を追加")},
        {QStringLiteral("Directory Number"), QStringLiteral("電話番号")},
        {QStringLiteral("User Management"), QStringLiteral("ユーザ管理")},
        {QStringLiteral("User Settings"), QStringLiteral("ユーザ設定")},
        {QStringLiteral("End User"), QStringLiteral("エンドユーザ")},
        {QStringLiteral("User ID"), QStringLiteral("ユーザー ID")},
        {QStringLiteral("Home Cluster"), QStringLiteral("ホーム クラスタ")},
        {QStringLiteral("Available Profiles"), QStringLiteral("使用可能なプロファイル")},
        {QStringLiteral("Controlled Profiles"), QStringLiteral("制御するプロファイル")},
        {QStringLiteral("Access Control Group"), QStringLiteral("アクセス コントロールグループ")},
        {QStringLiteral("Standard EM Roaming Across Clusters Super Users"), QStringLiteral("クラスタ間標準 EM ローミング スーパーユーザー")},
        {QStringLiteral("Add End Users to Group"), QStringLiteral("グループにエンドユーザを追加")},
        {QStringLiteral("Find and List Users"), QStringLiteral("ユーザの検索と一覧表示")},
        {QStringLiteral("Add Selected"), QStringLiteral("選択項目の追加")},
        {QStringLiteral("Tools"), QStringLiteral("ツール")},
        {QStringLiteral("Service Activation"), QStringLiteral("サービス アクティベーション")},
        {QStringLiteral("Control Center—Feature Services"), QStringLiteral("コントロールセンター - 機能")},
        {QStringLiteral("Control Center—Network Services"), QStringLiteral("コントロールセンターのネットワークサービス")},
        {QStringLiteral("Server"), QStringLiteral("サーバー")},
        {QStringLiteral("Service Name"), QStringLiteral("サービス名")},
        {QStringLiteral("Service URL"), QStringLiteral("サービス URL")},
        {QStringLiteral("Service Type"), QStringLiteral("サービス タイプ")},
        {QStringLiteral("Services"), QStringLiteral("サービス")},
        {QStringLiteral("Directories"), QStringLiteral("ディレクトリ")},
        {QStringLiteral("Messages"), QStringLiteral("メッセージ")},
        {QStringLiteral("Related Links"), QStringLiteral("関連リンク")},
        {QStringLiteral("Go"), QStringLiteral("移動")},
        {QStringLiteral("Subscribe/Unsubscribe Services"), QStringLiteral("サービスの登録/登録解除")},
        {QStringLiteral("Select a Service"), QStringLiteral("サービスを選択")},
        {QStringLiteral("Subscribe"), QStringLiteral("登録")},
        {QStringLiteral("Next"), QStringLiteral("次へ")},
        {QStringLiteral("Add New"), QStringLiteral("新規追加")},
        {QStringLiteral("Find"), QStringLiteral("検索")},
        {QStringLiteral("Save"), QStringLiteral("保存")},
        {QStringLiteral("Reset"), QStringLiteral("リセット")},
        {QStringLiteral("Submit"), QStringLiteral("送信")},
        {QStringLiteral("Phone Configuration"), QStringLiteral("電話の設定")},
        {QStringLiteral("Enable Extension Mobility"), QStringLiteral("Extension Mobility の有効化")},
        {QStringLiteral("Unified CM Phone Feature List"), QStringLiteral("Unified CM 電話機能一覧")},
        {QStringLiteral("Generate New Report"), QStringLiteral("レポートの新規生成")},
        {QStringLiteral("Product"), QStringLiteral("製品")},
        {QStringLiteral("Maximum Concurrent Requests"), QStringLiteral("同時要求の最大数")},
        {QStringLiteral("Multiple Login Behavior"), QStringLiteral("複数のログイン動作")},
        {QStringLiteral("Multiple Logins Allowed"), QStringLiteral("複数のログインを許可")},
        {QStringLiteral("Synchronization Between Auto Device Profile and Phone Configuration"), QStringLiteral("自動デバイス プロファイルと電話の設定間の同期")},
        {QStringLiteral("Home cluster"), QStringLiteral("ホーム クラスタ")},
        {QStringLiteral("Roaming cluster"), QStringLiteral("ローミング クラスタ")},
        {QStringLiteral("Super user"), QStringLiteral("スーパーユーザー")},
        {QStringLiteral("Intercluster Lookup Service (ILS)"), QStringLiteral("クラスタ間検索サービス (ILS)")},
        {QStringLiteral("Intercluster Extension Mobility Roaming"), QStringLiteral("クラスタ間の Extension Mobility ローミング")},
        {QStringLiteral("Extension Mobility Cross Cluster (EMCC)"), QStringLiteral("クラスタ間の Extension Mobility (EMCC)")}
        };
        QString s = QString::fromUtf8(source);
        s.remove(QLatin1Char('&'));
        QString suffix;
        for (const QString &end : {QStringLiteral("*:"), QStringLiteral(":")})
            if (s.endsWith(end)) {
                suffix = end;
                s.chop(end.size());
                break;
            }
        const auto it = glossary.constFind(s);
        return it == glossary.constEnd() ? QString() : *it + suffix;
    }
};

template <typename T = QWidget>
T *child(QObject *parent, const QString &name)
{
    T *w = parent->findChild<T *>(name);
    if (!w)
        qFatal("no %s named %s under %s", T::staticMetaObject.className(), qPrintable(name), qPrintable(parent->objectName()));
    return w;
}

void type(QLineEdit *edit, const QString &text)
{
    edit->setFocus();
    edit->selectAll();
    QTest::keyClick(edit, Qt::Key_Backspace);
    QTest::keyClicks(edit, text);
}

void chooseData(QComboBox *combo, const QVariant &data)
{
    const int i = combo->findData(data);
    QVERIFY2(i >= 0, qPrintable(data.toString()));
    combo->setCurrentIndex(i);
    emit combo->activated(i);
}

void chooseText(QComboBox *combo, const QString &text)
{
    const int i = combo->findText(text);
    QVERIFY2(i >= 0, qPrintable(text));
    combo->setCurrentIndex(i);
    emit combo->activated(i);
}

void click(QWidget *parent, const QString &button)
{
    auto *b = child<QAbstractButton>(parent, button);
    QVERIFY2(b->isEnabled(), qPrintable(button));
    QTest::mouseClick(b, Qt::LeftButton);
}

/// Finds every record of a Find and List window (an empty search).
void findAll(QWidget *list)
{
    type(child<QLineEdit>(list, QStringLiteral("searchLineEdit")), QString());
    click(list, QStringLiteral("findButton"));
}

/// Opens the row of @p view whose @p column shows @p text, with the keyboard (Enter).
void openRow(QAbstractItemView *view, int column, const QString &text)
{
    const QModelIndexList hits = view->model()->match(view->model()->index(0, column), Qt::DisplayRole, text, 1, Qt::MatchExactly);
    QVERIFY2(!hits.isEmpty(), qPrintable(text));
    view->setFocus();
    view->setCurrentIndex(hits.first());
    QTest::keyClick(view, Qt::Key_Return);
}

} // namespace

class TestAdminPages : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void taskFlowOnBlankCluster();
    void endUserRefusals();
    void phoneServiceRefusals();
    void deviceProfileRefusals();
    void phoneRefusals();
    void groupAndApplicationUserRefusals();
    void parameterRefusals();
    void serviceRefusals();
    void deleteSelected();
    void keyboardOnly();
    void unsavedEditsAreNotLostSilently();
    void unsavedEditsSurviveAClusterSwitch();
    void phonePageShowsLoginLive();
    void phoneResetReRegisters();
    void copyToClusters();
    void ilsConfiguration();
    void languageSwitchRelabels();
    void featureListProductAllIsTranslated();
    void endUserPageShowsAndUnlocksTheLock();
    void applicationUserPageShowsAndUnlocksTheLock();
    void credentialPolicyDefaultPage();
    void longLabelsFitAt1280x800();
    void ctrlSSavesOnEveryPage();
    void primaryExtensionOffersTheUsersOwnLines();
    void deviceProfileWizardNamesTheModel();
    void standardGroupsInEitherLanguage();
    void controlCenterShowsStates();
    void f1ShowsHelpForThePage();
    void cleanupTestCase();

private:
    QWidget *showPage(const QString &key);
    void shot(const QString &name);
    QString statusOf(QWidget *page) { return child<QLabel>(page, QStringLiteral("statusLabel"))->text(); }

    /// Gives Blank what the task flow leaves there (services activated on the publisher, the
    /// Extension Mobility phone service, an EM-enabled phone SEP0011AABB0001 with DN 6001),
    /// for the cases that start after the task flow.
    void prepareBlank();

    std::unique_ptr<TempLab> m_lab;
    Cluster *m_blank = nullptr;
    std::unique_ptr<LanguageManager> m_languages;
    std::unique_ptr<MainWindow> m_window;
};

void TestAdminPages::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("EMRoamTests"));
}

// Every case starts from a fresh demo lab with a blank cluster and a new main window: a case
// passes alone and in any order (state left by an earlier case would hide a bug).
void TestAdminPages::init()
{
    QSettings().clear();
    m_lab = std::make_unique<TempLab>();
    QVERIFY(m_lab->openDemo());
    Lab::ClusterSpec spec;
    spec.name = QStringLiteral("Blank");
    spec.nodes = {{QStringLiteral("blank-pub"), QStringLiteral("198.51.100.200"), true},
                  {QStringLiteral("blank-sub1"), QStringLiteral("198.51.100.201"), false}};
    QString error;
    m_blank = m_lab->lab->addCluster(spec, &error);
    QVERIFY2(m_blank, qPrintable(error));
    // Blank joins the demo ILS network as a spoke of Cluster1; it takes part once the task
    // flow activates Cisco Intercluster Lookup Service on its publisher.
    const Refusal joined = m_lab->lab->setIlsRole(spec.name, IlsRole::Spoke, QStringLiteral("Cluster1"));
    QVERIFY2(!joined, qPrintable(joined.text()));
    m_languages = std::make_unique<LanguageManager>();
    m_languages->setLanguage(QStringLiteral("en"), false);
    m_window = std::make_unique<MainWindow>(m_lab->lab.get(), m_languages.get());
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    m_window->setCurrentCluster(QStringLiteral("Blank"));
    QCOMPARE(m_window->currentCluster(), m_blank);
}

void TestAdminPages::cleanup()
{
    MessageBox::setNextAnswer(QMessageBox::Discard);
    if (m_window)
        m_window->showPage(QStringLiteral("overview"));
    MessageBox::setNextAnswer(QMessageBox::NoButton);
    FindUsersDialog::setTestHook(nullptr);
    SubscribeServicesDialog::setTestHook(nullptr);
    CopyToClustersDialog::setTestHook(nullptr);
    m_window.reset();
    m_languages.reset();
    m_blank = nullptr;
    m_lab.reset();
}

void TestAdminPages::cleanupTestCase()
{
}

void TestAdminPages::prepareBlank()
{
    Cluster *c = m_blank;
    const QString pub = c->publisher().hostName;
    for (const QString &s : {Services::CallManager, Services::Tftp, Services::ExtensionMobility, Services::Ils}) {
        const Refusal r = c->setServiceActivated(pub, s, true);
        QVERIFY2(!r, qPrintable(r.text()));
    }
    PhoneService em;
    em.name = em.asciiName = QStringLiteral("Extension Mobility");
    em.url = QStringLiteral("http://%1:8080/emapp/EMAppServlet?device=#DEVICENAME#").arg(c->publisher().address);
    Refusal r = c->savePhoneService(em);
    QVERIFY2(!r, qPrintable(r.text()));
    Device phone;
    phone.name = QStringLiteral("SEP0011AABB0001");
    phone.model = QStringLiteral("Cisco 8865");
    phone.protocol = QStringLiteral("SIP");
    phone.buttonTemplate = QStringLiteral("Standard 8865 SIP");
    phone.emEnabled = true;
    phone.lines = {QStringLiteral("6001")};
    phone.services = {em.id};
    r = c->saveDevice(phone);
    QVERIFY2(!r, qPrintable(r.text()));
}

QWidget *TestAdminPages::showPage(const QString &key)
{
    MessageBox::setNextAnswer(QMessageBox::Discard); // leaving a page with refused edits
    const bool shown = m_window->showPage(key);
    MessageBox::setNextAnswer(QMessageBox::NoButton);
    if (!shown)
        qFatal("cannot show page %s", qPrintable(key));
    return child<QStackedWidget>(m_window.get(), QStringLiteral("pageStackedWidget"))->currentWidget();
}

void TestAdminPages::shot(const QString &name)
{
    const QString dir = qEnvironmentVariable("EMROAM_SHOTS");
    if (dir.isEmpty())
        return;
    QCoreApplication::processEvents();
    m_window->grab().save(dir + QLatin1Char('/') + name + QStringLiteral(".png"));
}

void TestAdminPages::taskFlowOnBlankCluster()
{
    Cluster *c = m_blank;
    const QString pub = c->publisher().hostName;

    // Step 1: Unified CM Phone Feature List — which models support Extension Mobility
    QWidget *report = showPage(QStringLiteral("phoneFeatureList"));
    click(report, QStringLiteral("generateNewReportButton"));
    chooseData(child<QComboBox>(report, QStringLiteral("productComboBox")), QString());
    chooseText(child<QComboBox>(report, QStringLiteral("featureComboBox")), QStringLiteral("Extension Mobility"));
    click(report, QStringLiteral("submitButton"));
    auto *reportView = child<QTableView>(report, QStringLiteral("reportTableView"));
    QVERIFY(reportView->isVisible());
    QVERIFY(reportView->model()->rowCount() > 10);
    const QModelIndexList m8865 = reportView->model()->match(reportView->model()->index(0, 0), Qt::DisplayRole,
                                                             QStringLiteral("Cisco 8865"), 1, Qt::MatchExactly);
    QCOMPARE(m8865.size(), 1);
    QCOMPARE(m8865.first().siblingAtColumn(3).data().toString(), QStringLiteral("Yes"));
    shot(QStringLiteral("phone-feature-list"));

    // Step 2a: Service Activation on the publisher
    QWidget *activation = showPage(QStringLiteral("serviceActivation"));
    chooseData(child<QComboBox>(activation, QStringLiteral("serverComboBox")), pub);
    auto *tree = child<QTreeWidget>(activation, QStringLiteral("servicesTreeWidget"));
    for (const QString &s : {Services::CallManager, Services::Tftp, Services::ExtensionMobility, Services::Ils}) {
        const auto items = tree->findItems(s, Qt::MatchExactly | Qt::MatchRecursive);
        QCOMPARE(items.size(), 1);
        items.first()->setCheckState(0, Qt::Checked);
    }
    MessageBox::setNextAnswer(QMessageBox::Ok); // "Service Activation will take a while…" → OK
    click(activation, QStringLiteral("saveButton"));
    QCOMPARE(statusOf(activation), QStringLiteral("Update successful"));
    for (const QString &s : {Services::CallManager, Services::Tftp, Services::ExtensionMobility, Services::Ils})
        QVERIFY2(c->isServiceRunning(pub, s), qPrintable(s));
    shot(QStringLiteral("service-activation"));

    // Step 2b: the Cisco Extension Mobility phone service
    QWidget *services = showPage(QStringLiteral("phoneServices"));
    click(child(services, QStringLiteral("findListWidget")), QStringLiteral("addNewButton"));
    type(child<QLineEdit>(services, QStringLiteral("serviceNameLineEdit")), QStringLiteral("Extension Mobility"));
    QCOMPARE(child<QLineEdit>(services, QStringLiteral("asciiServiceNameLineEdit"))->text(), QStringLiteral("Extension Mobility"));
    const QString url = QStringLiteral("http://%1:8080/emapp/EMAppServlet?device=#DEVICENAME#").arg(c->publisher().address);
    type(child<QLineEdit>(services, QStringLiteral("serviceUrlLineEdit")), url);
    chooseData(child<QComboBox>(services, QStringLiteral("serviceTypeComboBox")), int(PhoneService::Type::Standard));
    QVERIFY(child(services, QStringLiteral("enterpriseSubscriptionCheckBox"))->isEnabled());
    click(services, QStringLiteral("saveButton"));
    QCOMPARE(statusOf(services), QStringLiteral("Add successful"));
    const PhoneService *em = c->phoneServiceByName(QStringLiteral("Extension Mobility"));
    QVERIFY(em);
    QCOMPARE(em->url, url);
    QVERIFY(!child(services, QStringLiteral("enterpriseSubscriptionCheckBox"))->isEnabled()); // only when adding
    shot(QStringLiteral("phone-service"));

    // Step 2c: a device profile (wizard), a DN, Reset
    QWidget *profiles = showPage(QStringLiteral("deviceProfile"));
    click(child(profiles, QStringLiteral("findListWidget")), QStringLiteral("addNewButton"));
    chooseData(child<QComboBox>(profiles, QStringLiteral("deviceTypeComboBox")), QStringLiteral("Cisco 8865"));
    click(profiles, QStringLiteral("typeNextButton"));
    chooseData(child<QComboBox>(profiles, QStringLiteral("deviceProtocolComboBox")), QStringLiteral("SIP"));
    click(profiles, QStringLiteral("protocolNextButton"));
    QCOMPARE(child<QLabel>(profiles, QStringLiteral("productTypeValueLabel"))->text(), QStringLiteral("Cisco 8865"));
    type(child<QLineEdit>(profiles, QStringLiteral("deviceNameLineEdit")), QStringLiteral("tanaka-8865-udp"));
    type(child<QLineEdit>(profiles, QStringLiteral("descriptionLineEdit")), QStringLiteral("Tanaka's profile"));
    click(profiles, QStringLiteral("saveButton"));
    QCOMPARE(statusOf(profiles), QStringLiteral("Add successful"));
    type(child<QLineEdit>(profiles, QStringLiteral("directoryNumberLineEdit")), QStringLiteral("5001"));
    click(profiles, QStringLiteral("addDnButton"));
    QCOMPARE(statusOf(profiles), QStringLiteral("Update successful"));
    const Device *profile = c->deviceByName(QStringLiteral("tanaka-8865-udp"));
    QVERIFY(profile);
    QCOMPARE(profile->lines, QStringList{QStringLiteral("5001")});
    click(profiles, QStringLiteral("resetButton"));
    QVERIFY(statusOf(profiles).contains(QStringLiteral("tanaka-8865-udp")));

    // Step 2e (profile): Related Links › Subscribe/Unsubscribe Services › Go
    const auto subscribeEm = [](SubscribeServicesDialog *d) {
        chooseText(child<QComboBox>(d, QStringLiteral("selectServiceComboBox")), QStringLiteral("Extension Mobility"));
        click(d, QStringLiteral("nextButton"));
        click(d, QStringLiteral("subscribeButton"));
        click(d, QStringLiteral("saveButton"));
        QCOMPARE(child<QLabel>(d, QStringLiteral("statusLabel"))->text(), QStringLiteral("Update successful"));
    };
    SubscribeServicesDialog::setTestHook(subscribeEm);
    chooseText(child<QComboBox>(profiles, QStringLiteral("relatedLinksComboBox")), QStringLiteral("Subscribe/Unsubscribe Services"));
    click(profiles, QStringLiteral("goButton"));
    QCOMPARE(c->deviceByName(QStringLiteral("tanaka-8865-udp"))->services, QList<qint64>{em->id});
    shot(QStringLiteral("device-profile"));

    // Step 2d: the end user — Controlled Profiles, Home Cluster
    QWidget *users = showPage(QStringLiteral("endUser"));
    click(child(users, QStringLiteral("findListWidget")), QStringLiteral("addNewButton"));
    type(child<QLineEdit>(users, QStringLiteral("userIdLineEdit")), QStringLiteral("tanaka"));
    type(child<QLineEdit>(users, QStringLiteral("pinLineEdit")), QStringLiteral("24680"));
    type(child<QLineEdit>(users, QStringLiteral("confirmPinLineEdit")), QStringLiteral("24680"));
    type(child<QLineEdit>(users, QStringLiteral("firstNameLineEdit")), QStringLiteral("Kenji"));
    type(child<QLineEdit>(users, QStringLiteral("lastNameLineEdit")), QStringLiteral("Tanaka"));
    QCOMPARE(child<QComboBox>(users, QStringLiteral("primaryExtensionComboBox"))->findData(QStringLiteral("5001")), -1); // not his line yet
    auto *available = child<QListWidget>(users, QStringLiteral("availableProfilesListWidget"));
    const auto found = available->findItems(QStringLiteral("tanaka-8865-udp"), Qt::MatchExactly);
    QCOMPARE(found.size(), 1);
    available->setCurrentItem(found.first());
    click(users, QStringLiteral("addProfileButton"));
    QCOMPARE(child<QListWidget>(users, QStringLiteral("controlledProfilesListWidget"))->count(), 1);
    chooseData(child<QComboBox>(users, QStringLiteral("primaryExtensionComboBox")), QStringLiteral("5001")); // now it is
    QCOMPARE(child<QComboBox>(users, QStringLiteral("defaultProfileComboBox"))->currentText(), QStringLiteral("tanaka-8865-udp"));
    QTest::mouseClick(child<QCheckBox>(users, QStringLiteral("homeClusterCheckBox")), Qt::LeftButton,
                      {}, QPoint(4, child<QCheckBox>(users, QStringLiteral("homeClusterCheckBox"))->height() / 2));
    QVERIFY(child<QCheckBox>(users, QStringLiteral("homeClusterCheckBox"))->isChecked());
    QTest::keySequence(QApplication::focusWidget(), QKeySequence::Save); // Save by its shortcut (an animated click)
    QTRY_COMPARE(statusOf(users), QStringLiteral("Add successful"));
    const EndUser *tanaka = c->endUserByUserId(QStringLiteral("tanaka"));
    QVERIFY(tanaka);
    shot(QStringLiteral("end-user"));

    // Step 2e (phone): a phone with Extension Mobility, subscribed to the service
    QWidget *phones = showPage(QStringLiteral("phone"));
    click(child(phones, QStringLiteral("findListWidget")), QStringLiteral("addNewButton"));
    chooseData(child<QComboBox>(phones, QStringLiteral("deviceTypeComboBox")), QStringLiteral("Cisco 8865"));
    click(phones, QStringLiteral("typeNextButton"));
    click(phones, QStringLiteral("protocolNextButton"));
    type(child<QLineEdit>(phones, QStringLiteral("deviceNameLineEdit")), QStringLiteral("SEP0011AABB0001"));
    auto *emBox = child<QCheckBox>(phones, QStringLiteral("enableExtensionMobilityCheckBox"));
    QTest::mouseClick(emBox, Qt::LeftButton, {}, QPoint(4, emBox->height() / 2));
    QVERIFY(emBox->isChecked());
    click(phones, QStringLiteral("saveButton"));
    // saved; until the next step subscribes it, the status line says what roaming lacks
    QVERIFY2(statusOf(phones).startsWith(QStringLiteral("Add successful, but roaming now has a problem: Phone SEP0011AABB0001 has Extension Mobility enabled but does not subscribe")),
             qPrintable(statusOf(phones)));
    type(child<QLineEdit>(phones, QStringLiteral("directoryNumberLineEdit")), QStringLiteral("6001"));
    click(phones, QStringLiteral("addDnButton"));
    QCOMPARE(statusOf(phones), QStringLiteral("Update successful"));
    chooseText(child<QComboBox>(phones, QStringLiteral("relatedLinksComboBox")), QStringLiteral("Subscribe/Unsubscribe Services"));
    click(phones, QStringLiteral("goButton"));
    const Device *phone = c->deviceByName(QStringLiteral("SEP0011AABB0001"));
    QVERIFY(phone);
    QVERIFY(phone->emEnabled);
    QCOMPARE(phone->services, QList<qint64>{em->id});
    shot(QStringLiteral("phone"));

    // Step 3: Standard EM Roaming Across Clusters Super Users › Add End Users to Group
    QWidget *groups = showPage(QStringLiteral("accessControlGroup"));
    QWidget *groupList = child(groups, QStringLiteral("findListWidget"));
    chooseData(child<QComboBox>(groupList, QStringLiteral("operatorComboBox")), QVariant::fromValue(FindProxyModel::Operator::Contains));
    type(child<QLineEdit>(groupList, QStringLiteral("searchLineEdit")), QStringLiteral("Roaming"));
    click(groupList, QStringLiteral("findButton"));
    auto *groupTable = child<QTableView>(groupList, QStringLiteral("resultsTableView"));
    QCOMPARE(groupTable->model()->rowCount(), 1);
    shot(QStringLiteral("access-control-group-find"));
    openRow(groupTable, 0, Groups::RoamingSuperUsers);
    QCOMPARE(child<QLineEdit>(groups, QStringLiteral("nameLineEdit"))->text(), Groups::RoamingSuperUsers);
    FindUsersDialog::setTestHook([](FindUsersDialog *d) {
        QWidget *list = child(d, QStringLiteral("findListWidget"));
        type(child<QLineEdit>(list, QStringLiteral("searchLineEdit")), QStringLiteral("tanaka"));
        click(list, QStringLiteral("findButton"));
        QCOMPARE(child<QTableView>(list, QStringLiteral("resultsTableView"))->model()->rowCount(), 1);
        click(list, QStringLiteral("selectAllButton"));
        click(d, QStringLiteral("addSelectedButton"));
    });
    click(groups, QStringLiteral("addEndUsersButton"));
    QVERIFY(c->isEndUserInGroup(tanaka->id, Groups::RoamingSuperUsers));
    QCOMPARE(child<QTableView>(groups, QStringLiteral("membersTableView"))->model()->rowCount(), 1);
    shot(QStringLiteral("access-control-group"));

    // The resulting configuration, as the engine holds it
    tanaka = c->endUserByUserId(QStringLiteral("tanaka"));
    profile = c->deviceByName(QStringLiteral("tanaka-8865-udp"));
    QVERIFY(tanaka->homeCluster);
    QCOMPARE(tanaka->controlledProfiles, QList<qint64>{profile->id});
    QCOMPARE(tanaka->defaultProfileId, profile->id);
    QCOMPARE(tanaka->primaryExtension, QStringLiteral("5001"));
    QVERIFY(c->isEndUserInGroup(tanaka->id, Groups::CcmEndUsers));
    QVERIFY(c->isEndUserInGroup(tanaka->id, Groups::RoamingSuperUsers));
    QCOMPARE(profile->services, QList<qint64>{em->id});
    QVERIFY(c->deviceByName(QStringLiteral("SEP0011AABB0001"))->emEnabled);

    // Roaming: Copy to Clusters… puts the profile and then tanaka on Cluster4 (an ILS spoke of
    // Cluster1, like Blank); there tanaka is not home (never copied) but, with the groups copied,
    // a roaming super user. A login on a Cluster4 phone then succeeds in the engine, and ILS
    // tells the home cluster where tanaka is.
    Cluster *away = m_lab->lab->cluster(QStringLiteral("Cluster4"));
    QVERIFY(away);
    QVERIFY(!away->endUserByUserId(QStringLiteral("tanaka")));
    const auto copyToAway = [](CopyToClustersDialog *d) {
        auto *tree = child<QTreeWidget>(d, QStringLiteral("clustersTreeWidget"));
        for (int i = 0; i < tree->topLevelItemCount(); ++i)
            tree->topLevelItem(i)->setCheckState(0, tree->topLevelItem(i)->text(0) == QStringLiteral("Cluster4") ? Qt::Checked : Qt::Unchecked);
        QLineEdit *pin = child<QLineEdit>(d, QStringLiteral("pinLineEdit"));
        if (pin->isVisibleTo(d)) // end users only
            type(pin, QStringLiteral("24680"));
        click(d, QStringLiteral("copyButton"));
    };
    CopyToClustersDialog::setTestHook(copyToAway);
    profiles = showPage(QStringLiteral("deviceProfile"));
    findAll(child(profiles, QStringLiteral("findListWidget")));
    openRow(child<QTableView>(child(profiles, QStringLiteral("findListWidget")), QStringLiteral("resultsTableView")), 0, QStringLiteral("tanaka-8865-udp"));
    click(profiles, QStringLiteral("copyToClustersButton"));
    QVERIFY(away->deviceByName(QStringLiteral("tanaka-8865-udp")));
    users = showPage(QStringLiteral("endUser"));
    findAll(child(users, QStringLiteral("findListWidget")));
    openRow(child<QTableView>(child(users, QStringLiteral("findListWidget")), QStringLiteral("resultsTableView")), 0, QStringLiteral("tanaka"));
    click(users, QStringLiteral("copyToClustersButton"));
    const EndUser *roamer = away->endUserByUserId(QStringLiteral("tanaka"));
    QVERIFY(roamer);
    QVERIFY(!roamer->homeCluster);
    QVERIFY(away->isEndUserInGroup(roamer->id, Groups::RoamingSuperUsers));

    QVERIFY(m_lab->lab->ils()->isActive(c->name())); // ILS activated in step 2a
    const QString awayPhone = QStringLiteral("SEPC40000000002");
    QVERIFY(m_lab->lab->registrar(away)->loggedInUser(awayPhone).isEmpty());
    EmLoginRequest login;
    login.deviceName = awayPhone;
    login.id = QStringLiteral("tanaka");
    login.pin = QStringLiteral("24680");
    const EmResult result = m_lab->lab->mobility(away)->loginNow(login);
    QVERIFY2(result.ok(), qPrintable(result.text()));
    QCOMPARE(result.profile, QStringLiteral("tanaka-8865-udp"));
    QCOMPARE(result.lines, QStringList{QStringLiteral("5001")});
    QCOMPARE(result.services, QStringList{QStringLiteral("Extension Mobility")});
    QCOMPARE(m_lab->lab->registrar(away)->loggedInUser(awayPhone), QStringLiteral("tanaka"));
    // ILS: once the lab clock has moved a few link latencies on, the home cluster knows of the
    // login (stepped by hand, so the test never depends on wall-clock time).
    Clock *clock = m_lab->lab->clock();
    clock->setMode(Clock::Mode::Manual);
    clock->runUntilIdle(60'000);
    QCOMPARE(m_lab->lab->ils()->userRecord(c->name(), QStringLiteral("tanaka")).value_or(IlsRecord()).cluster, away->name());
    QCOMPARE(m_lab->lab->mobility(away)->logoutNow(awayPhone).ok(), true);
    clock->runUntilIdle(60'000);
    clock->setMode(Clock::Mode::RealTime);
}

void TestAdminPages::endUserRefusals()
{
    Cluster *c = m_blank;
    const int before = c->endUserCount();
    QWidget *page = showPage(QStringLiteral("endUser"));
    click(child(page, QStringLiteral("findListWidget")), QStringLiteral("addNewButton"));
    type(child<QLineEdit>(page, QStringLiteral("lastNameLineEdit")), QStringLiteral("Nobody"));
    type(child<QLineEdit>(page, QStringLiteral("pinLineEdit")), QStringLiteral("1234"));
    type(child<QLineEdit>(page, QStringLiteral("confirmPinLineEdit")), QStringLiteral("1234"));
    click(page, QStringLiteral("saveButton"));
    QCOMPARE(statusOf(page), QStringLiteral("User ID is required."));
    QCOMPARE(QApplication::focusWidget(), child(page, QStringLiteral("userIdLineEdit")));

    type(child<QLineEdit>(page, QStringLiteral("userIdLineEdit")), QStringLiteral("nobody"));
    type(child<QLineEdit>(page, QStringLiteral("confirmPinLineEdit")), QStringLiteral("4321"));
    click(page, QStringLiteral("saveButton"));
    QCOMPARE(statusOf(page), QStringLiteral("PIN and Confirm PIN do not match."));
    QCOMPARE(QApplication::focusWidget(), child(page, QStringLiteral("confirmPinLineEdit")));

    type(child<QLineEdit>(page, QStringLiteral("confirmPinLineEdit")), QStringLiteral("1234"));
    type(child<QLineEdit>(page, QStringLiteral("selfServiceUserIdLineEdit")), QStringLiteral("abc"));
    click(page, QStringLiteral("saveButton"));
    QCOMPARE(statusOf(page), QStringLiteral("Self-Service User ID must be digits only."));
    QCOMPARE(QApplication::focusWidget(), child(page, QStringLiteral("selfServiceUserIdLineEdit")));
    QCOMPARE(c->endUserCount(), before);
    QVERIFY(!c->endUserByUserId(QStringLiteral("nobody")));
}

void TestAdminPages::phoneServiceRefusals()
{
    const QList<PhoneService> before = m_blank->phoneServices();
    QWidget *page = showPage(QStringLiteral("phoneServices"));
    click(child(page, QStringLiteral("findListWidget")), QStringLiteral("addNewButton"));
    type(child<QLineEdit>(page, QStringLiteral("serviceNameLineEdit")), QStringLiteral("Broken"));
    type(child<QLineEdit>(page, QStringLiteral("serviceUrlLineEdit")), QStringLiteral("ftp://nowhere"));
    click(page, QStringLiteral("saveButton"));
    QVERIFY(statusOf(page).startsWith(QStringLiteral("Service URL must be an http:// or https:// URL")));
    QCOMPARE(QApplication::focusWidget(), child(page, QStringLiteral("serviceUrlLineEdit")));
    QCOMPARE(m_blank->phoneServices(), before);
}

void TestAdminPages::deviceProfileRefusals()
{
    const QList<Device> before = m_blank->devices();
    QWidget *page = showPage(QStringLiteral("deviceProfile"));
    click(child(page, QStringLiteral("findListWidget")), QStringLiteral("addNewButton"));
    chooseData(child<QComboBox>(page, QStringLiteral("deviceTypeComboBox")), QStringLiteral("Cisco 7942"));
    click(page, QStringLiteral("typeNextButton"));
    click(page, QStringLiteral("protocolNextButton"));
    type(child<QLineEdit>(page, QStringLiteral("deviceNameLineEdit")), QStringLiteral("old-phone-udp"));
    click(page, QStringLiteral("saveButton"));
    QVERIFY2(statusOf(page).startsWith(QStringLiteral("Device Profile Type: Cisco 7942 does not support Extension Mobility")),
             qPrintable(statusOf(page)));

    click(page, QStringLiteral("addNewButton"));
    chooseData(child<QComboBox>(page, QStringLiteral("deviceTypeComboBox")), QStringLiteral("Cisco 8865"));
    click(page, QStringLiteral("typeNextButton"));
    click(page, QStringLiteral("protocolNextButton"));
    type(child<QLineEdit>(page, QStringLiteral("deviceNameLineEdit")), QString(51, QLatin1Char('x')));
    click(page, QStringLiteral("saveButton"));
    QCOMPARE(statusOf(page), QStringLiteral("Device Profile Name can be at most 50 characters."));
    QCOMPARE(QApplication::focusWidget(), child(page, QStringLiteral("deviceNameLineEdit")));
    QCOMPARE(m_blank->devices(), before);
}

void TestAdminPages::phoneRefusals()
{
    const QList<Device> before = m_blank->devices();
    QWidget *page = showPage(QStringLiteral("phone"));
    click(child(page, QStringLiteral("findListWidget")), QStringLiteral("addNewButton"));
    click(page, QStringLiteral("typeNextButton"));
    click(page, QStringLiteral("protocolNextButton"));
    type(child<QLineEdit>(page, QStringLiteral("deviceNameLineEdit")), QStringLiteral("PHONE1"));
    click(page, QStringLiteral("saveButton"));
    QVERIFY(statusOf(page).startsWith(QStringLiteral("Device Name must be SEP followed by")));
    QCOMPARE(QApplication::focusWidget(), child(page, QStringLiteral("deviceNameLineEdit")));
    QCOMPARE(m_blank->devices(), before);
}

void TestAdminPages::groupAndApplicationUserRefusals()
{
    const QList<AccessControlGroup> groupsBefore = m_blank->accessControlGroups();
    QWidget *page = showPage(QStringLiteral("accessControlGroup"));
    click(child(page, QStringLiteral("findListWidget")), QStringLiteral("addNewButton"));
    click(page, QStringLiteral("saveButton"));
    QCOMPARE(statusOf(page), QStringLiteral("Name is required."));
    QCOMPARE(QApplication::focusWidget(), child(page, QStringLiteral("nameLineEdit")));
    type(child<QLineEdit>(page, QStringLiteral("nameLineEdit")), Groups::CcmSuperUsers);
    click(page, QStringLiteral("saveButton"));
    QCOMPARE(statusOf(page), QStringLiteral("An access control group named %1 already exists.").arg(Groups::CcmSuperUsers));
    QCOMPARE(m_blank->accessControlGroups(), groupsBefore);

    const QList<ApplicationUser> appBefore = m_blank->applicationUsers();
    QWidget *app = showPage(QStringLiteral("applicationUser"));
    click(child(app, QStringLiteral("findListWidget")), QStringLiteral("addNewButton"));
    type(child<QLineEdit>(app, QStringLiteral("userIdLineEdit")), QStringLiteral("emapi"));
    click(app, QStringLiteral("saveButton"));
    QCOMPARE(statusOf(app), QStringLiteral("Password is required for a new application user."));
    QCOMPARE(QApplication::focusWidget(), child(app, QStringLiteral("passwordLineEdit")));
    QCOMPARE(m_blank->applicationUsers(), appBefore);
}

void TestAdminPages::parameterRefusals()
{
    QWidget *page = showPage(QStringLiteral("serviceParameters"));
    chooseData(child<QComboBox>(page, QStringLiteral("serviceComboBox")), Services::ExtensionMobility);
    auto *maxRequests = child<QLineEdit>(page, QStringLiteral("maximumConcurrentRequestsLineEdit"));
    QCOMPARE(maxRequests->text(), QStringLiteral("5"));
    QVERIFY(child<QLabel>(page, QStringLiteral("maximumConcurrentRequestsHintLabel"))->text().contains(QStringLiteral("Maximum: 100")));
    type(child<QLineEdit>(page, QStringLiteral("trustedListOfIPsLineEdit")), QStringLiteral("10.0.0.1"));
    type(maxRequests, QStringLiteral("500"));
    click(page, QStringLiteral("saveButton"));
    QCOMPARE(child<QLabel>(page, QStringLiteral("statusLabel"))->property("error").toBool(), true);
    QCOMPARE(QApplication::focusWidget(), maxRequests);
    QCOMPARE(m_blank->serviceParameter(Services::ExtensionMobility, Params::MaxConcurrentRequests), QStringLiteral("5"));
    QCOMPARE(m_blank->serviceParameter(Services::ExtensionMobility, Params::TrustedIps), QString()); // nothing changed
    type(maxRequests, QStringLiteral("20"));
    click(page, QStringLiteral("saveButton"));
    QCOMPARE(statusOf(page), QStringLiteral("Update successful"));
    QCOMPARE(m_blank->serviceParameter(Services::ExtensionMobility, Params::MaxConcurrentRequests), QStringLiteral("20"));
    shot(QStringLiteral("service-parameters"));

    QWidget *enterprise = showPage(QStringLiteral("enterpriseParameters"));
    const QString id = m_blank->clusterId();
    auto *clusterId = child<QLineEdit>(enterprise, QStringLiteral("clusterIDLineEdit"));
    QCOMPARE(clusterId->text(), id);
    type(clusterId, QString());
    click(enterprise, QStringLiteral("saveButton"));
    QCOMPARE(child<QLabel>(enterprise, QStringLiteral("statusLabel"))->property("error").toBool(), true);
    QCOMPARE(m_blank->clusterId(), id);
}

void TestAdminPages::serviceRefusals()
{
    const QString sub = QStringLiteral("blank-sub1");
    // Service Activation: ILS only on the publisher
    QWidget *activation = showPage(QStringLiteral("serviceActivation"));
    chooseData(child<QComboBox>(activation, QStringLiteral("serverComboBox")), sub);
    const auto ils = child<QTreeWidget>(activation, QStringLiteral("servicesTreeWidget"))->findItems(Services::Ils, Qt::MatchExactly | Qt::MatchRecursive);
    QCOMPARE(ils.size(), 1);
    QVERIFY(!(ils.first()->flags() & Qt::ItemIsEnabled));

    // Control Center: starting a service that is not activated is refused
    QWidget *cc = showPage(QStringLiteral("controlCenterFeature"));
    chooseData(child<QComboBox>(cc, QStringLiteral("serverComboBox")), sub);
    auto *table = child<QTableView>(cc, QStringLiteral("servicesTableView"));
    openRow(table, 0, Services::ExtensionMobility);
    table->selectRow(table->currentIndex().row());
    QCOMPARE(table->currentIndex().siblingAtColumn(2).data().toString(), QStringLiteral("Not Running"));
    click(cc, QStringLiteral("startButton"));
    QVERIFY(child<QLabel>(cc, QStringLiteral("statusLabel"))->text().contains(QStringLiteral("is not activated")));
    QVERIFY(!m_blank->isServiceRunning(sub, Services::ExtensionMobility));

    // Network services: stop and start Cisco Tomcat, seen live in the table
    QWidget *net = showPage(QStringLiteral("controlCenterNetwork"));
    auto *netTable = child<QTableView>(net, QStringLiteral("servicesTableView"));
    openRow(netTable, 0, Services::Tomcat);
    netTable->selectRow(netTable->currentIndex().row());
    click(net, QStringLiteral("stopButton"));
    QCOMPARE(netTable->currentIndex().siblingAtColumn(2).data().toString(), QStringLiteral("Stopped"));
    QVERIFY(!m_blank->isServiceRunning(m_blank->publisher().hostName, Services::Tomcat));
    click(net, QStringLiteral("startButton"));
    QCOMPARE(netTable->currentIndex().siblingAtColumn(2).data().toString(), QStringLiteral("Started"));
    shot(QStringLiteral("control-center"));
}

void TestAdminPages::deleteSelected()
{
    Cluster *c = m_blank;
    for (const char *id : {"temp-a", "temp-b", "other"}) {
        EndUser u;
        u.userId = QString::fromLatin1(id);
        u.lastName = QStringLiteral("Temp");
        QVERIFY(!c->saveEndUser(u, QStringLiteral("1")));
    }
    QWidget *page = showPage(QStringLiteral("endUser"));
    QWidget *list = child(page, QStringLiteral("findListWidget"));
    type(child<QLineEdit>(list, QStringLiteral("searchLineEdit")), QStringLiteral("temp-"));
    click(list, QStringLiteral("findButton"));
    QCOMPARE(child<QTableView>(list, QStringLiteral("resultsTableView"))->model()->rowCount(), 2);
    QVERIFY(child<QLabel>(list, QStringLiteral("countLabel"))->text().startsWith(QStringLiteral("2 of ")));
    click(list, QStringLiteral("selectAllButton"));
    MessageBox::setNextAnswer(QMessageBox::Cancel); // "delete 2 items?" — no
    click(list, QStringLiteral("deleteSelectedButton"));
    QVERIFY(c->endUserByUserId(QStringLiteral("temp-a")));
    MessageBox::setNextAnswer(QMessageBox::Ok);
    click(list, QStringLiteral("deleteSelectedButton"));
    QVERIFY(!c->endUserByUserId(QStringLiteral("temp-a")));
    QVERIFY(!c->endUserByUserId(QStringLiteral("temp-b")));
    QCOMPARE(child<QTableView>(list, QStringLiteral("resultsTableView"))->model()->rowCount(), 0);
    QCOMPARE(child<QLabel>(list, QStringLiteral("findStatusLabel"))->text(), QStringLiteral("2 records deleted"));

    // a standard group cannot be deleted: the refusal shows and nothing changes
    const QList<AccessControlGroup> before = c->accessControlGroups();
    QWidget *groups = showPage(QStringLiteral("accessControlGroup"));
    QWidget *groupList = child(groups, QStringLiteral("findListWidget"));
    auto *table = child<QTableView>(groupList, QStringLiteral("resultsTableView"));
    click(groupList, QStringLiteral("findButton"));
    table->selectRow(0);
    MessageBox::setNextAnswer(QMessageBox::Ok);
    click(groupList, QStringLiteral("deleteSelectedButton"));
    QVERIFY(!child<QLabel>(groupList, QStringLiteral("findStatusLabel"))->text().isEmpty());
    QCOMPARE(c->accessControlGroups(), before);
}

void TestAdminPages::keyboardOnly()
{
    // Find and List and a configuration form without the mouse: Ctrl+F, Tab, Enter, Ctrl+S
    m_window->setCurrentCluster(m_lab->lab->clusters().first()->name());
    Cluster *c = m_window->currentCluster();
    QWidget *page = showPage(QStringLiteral("phoneServices"));
    QWidget *list = child(page, QStringLiteral("findListWidget"));
    auto *search = child<QLineEdit>(list, QStringLiteral("searchLineEdit"));
    search->setFocus();
    QTest::keyClicks(search, QStringLiteral("nothing-like-this"));
    QTest::keySequence(search, QKeySequence::Find);
    auto *table = child<QTableView>(list, QStringLiteral("resultsTableView"));
    QTRY_COMPARE(table->model()->rowCount(), 0);
    search->selectAll();
    QTest::keyClick(search, Qt::Key_Backspace);
    QTest::keyClick(search, Qt::Key_Return); // Enter in the search field is Find
    QCOMPARE(table->model()->rowCount(), int(c->phoneServices().size()));
    QTest::keyClick(search, Qt::Key_Tab); // → Find
    QCOMPARE(QApplication::focusWidget(), child(list, QStringLiteral("findButton")));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab); // → the results
    QCOMPARE(QApplication::focusWidget(), table);
    QTest::keyClick(table, Qt::Key_Down);
    QTest::keyClick(table, Qt::Key_Return); // opens the record
    QCOMPARE(child<QStackedWidget>(page, QStringLiteral("viewStackedWidget"))->currentWidget(), child(page, QStringLiteral("editPage")));
    QCOMPARE(QApplication::focusWidget(), child(page, QStringLiteral("serviceNameLineEdit")));
    QTest::keyClicks(QApplication::focusWidget(), QStringLiteral(" v2"));
    QTest::keySequence(QApplication::focusWidget(), QKeySequence::Save);
    QTRY_COMPARE(statusOf(page), QStringLiteral("Update successful"));
    const qint64 id = child<QTableView>(list, QStringLiteral("resultsTableView"))->currentIndex().data(ClusterTableModel::IdRole).toLongLong();
    PhoneService renamed = *c->phoneService(id);
    QVERIFY(renamed.name.endsWith(QStringLiteral(" v2")));
    renamed.name.chop(3); // leave the demo lab as it was
    QVERIFY(!c->savePhoneService(renamed));
}

void TestAdminPages::unsavedEditsAreNotLostSilently()
{
    QWidget *page = showPage(QStringLiteral("phoneServices"));
    click(child(page, QStringLiteral("findListWidget")), QStringLiteral("addNewButton"));
    type(child<QLineEdit>(page, QStringLiteral("serviceNameLineEdit")), QStringLiteral("Half done"));
    MessageBox::setNextAnswer(QMessageBox::Cancel);
    QVERIFY(!m_window->showPage(QStringLiteral("endUser")));
    QCOMPARE(m_window->currentPageKey(), QStringLiteral("phoneServices"));
    QCOMPARE(child<QLineEdit>(page, QStringLiteral("serviceNameLineEdit"))->text(), QStringLiteral("Half done"));
    MessageBox::setNextAnswer(QMessageBox::Discard);
    QVERIFY(m_window->showPage(QStringLiteral("endUser")));
    QVERIFY(!m_blank->phoneServiceByName(QStringLiteral("Half done")));
}

void TestAdminPages::unsavedEditsSurviveAClusterSwitch()
{
    QWidget *page = showPage(QStringLiteral("phoneServices"));
    click(child(page, QStringLiteral("findListWidget")), QStringLiteral("addNewButton"));
    type(child<QLineEdit>(page, QStringLiteral("serviceNameLineEdit")), QStringLiteral("Half done"));
    auto *combo = child<QComboBox>(m_window.get(), QStringLiteral("clusterComboBox"));
    const QString other = m_lab->lab->clusters().first()->name();

    // Cancel: the selector goes back, the page and its edits stay on Blank
    MessageBox::setNextAnswer(QMessageBox::Cancel);
    combo->setCurrentIndex(combo->findText(other));
    QCOMPARE(combo->currentText(), QStringLiteral("Blank"));
    QCOMPARE(m_window->currentCluster(), m_blank);
    QCOMPARE(m_window->currentPageKey(), QStringLiteral("phoneServices"));
    QCOMPARE(child<QLineEdit>(page, QStringLiteral("serviceNameLineEdit"))->text(), QStringLiteral("Half done"));

    // Discard: the switch happens and nothing was saved anywhere
    MessageBox::setNextAnswer(QMessageBox::Discard);
    combo->setCurrentIndex(combo->findText(other));
    QCOMPARE(m_window->currentCluster()->name(), other);
    QVERIFY(!m_blank->phoneServiceByName(QStringLiteral("Half done")));
    QVERIFY(!m_lab->lab->clusters().first()->phoneServiceByName(QStringLiteral("Half done")));
}

void TestAdminPages::phonePageShowsLoginLive()
{
    // the demo lab starts with a super user logged in on the first phone of each cluster
    Cluster *c = m_lab->lab->clusters().first();
    m_window->setCurrentCluster(c->name());
    const QList<EmLogin> logins = c->emLogins();
    QVERIFY(!logins.isEmpty());
    const Device *phone = c->device(logins.first().deviceId);
    const EndUser *user = c->endUser(logins.first().userId);
    QWidget *page = showPage(QStringLiteral("phone"));
    QWidget *list = child(page, QStringLiteral("findListWidget"));
    auto *table = child<QTableView>(list, QStringLiteral("resultsTableView"));
    const QModelIndexList row = table->model()->match(table->model()->index(0, 0), Qt::DisplayRole, phone->name, 1, Qt::MatchExactly);
    QCOMPARE(row.size(), 1);
    QCOMPARE(row.first().siblingAtColumn(5).data().toString(), user->userId);
    openRow(table, 0, phone->name);
    QVERIFY(child<QLabel>(page, QStringLiteral("loggedInUserValueLabel"))->text().startsWith(user->userId));
    shot(QStringLiteral("phone-logged-in"));
    click(page, QStringLiteral("logOutButton")); // remote logout
    QVERIFY(!c->loginOnDevice(phone->id));
    QCOMPARE(child<QLabel>(page, QStringLiteral("loggedInUserValueLabel"))->text(), QStringLiteral("No user is logged in"));
    QVERIFY(!child(page, QStringLiteral("logOutButton"))->isEnabled());
    QCOMPARE(row.first().siblingAtColumn(5).data().toString(), QString()); // the list follows at once
}

void TestAdminPages::phoneResetReRegisters()
{
    prepareBlank();
    Cluster *c = m_blank;
    const QString pub = c->publisher().hostName;
    const QString name = QStringLiteral("SEP0011AABB0001");
    Registrar *registrar = m_lab->lab->registrar(c);
    QWidget *page = showPage(QStringLiteral("phone"));
    findAll(child(page, QStringLiteral("findListWidget")));
    openRow(child<QTableView>(child(page, QStringLiteral("findListWidget")), QStringLiteral("resultsTableView")), 0, name);
    QVERIFY(registrar->isRegistered(name));
    QSignalSpy registrations(registrar, &Registrar::registrationChanged);
    click(page, QStringLiteral("resetButton"));
    QCOMPARE(registrations.count(), 2); // unregistered, registered again
    QCOMPARE(registrations.at(0).at(1).toBool(), false);
    QCOMPARE(registrations.at(1).at(1).toBool(), true);
    QVERIFY(registrar->isRegistered(name));
    QVERIFY2(statusOf(page).startsWith(name + QStringLiteral(" was reset and registered again")), qPrintable(statusOf(page)));
    QVERIFY(!child<QLabel>(page, QStringLiteral("statusLabel"))->property("error").toBool());
    const LabEvent last = m_lab->lab->events()->events().back();
    QCOMPARE(last.type, LabEvent::Type::Registration);
    QCOMPARE(last.device, name);

    // Cisco CallManager stopped: the reset unregisters the phone and it cannot come back
    QVERIFY(!c->setServiceRunning(pub, Services::CallManager, false));
    registrations.clear();
    click(page, QStringLiteral("resetButton"));
    QCOMPARE(registrations.count(), 1);
    QVERIFY(!registrar->isRegistered(name));
    QVERIFY2(statusOf(page).contains(QStringLiteral("cannot register")), qPrintable(statusOf(page)));
    QVERIFY(child<QLabel>(page, QStringLiteral("statusLabel"))->property("error").toBool());
    QVERIFY(!c->setServiceRunning(pub, Services::CallManager, true));
    QVERIFY(registrar->isRegistered(name));
}

void TestAdminPages::copyToClusters()
{
    // a user of the first demo cluster, copied to the blank cluster (profile first)
    prepareBlank(); // the profile's phone service exists there
    Cluster *from = m_lab->lab->clusters().first();
    m_window->setCurrentCluster(from->name());
    EndUser user;
    for (const EndUser &u : from->endUsers())
        if (!m_blank->endUserByUserId(u.userId) && !u.controlledProfiles.isEmpty()) {
            user = u;
            break;
        }
    QVERIFY(!user.controlledProfiles.isEmpty());
    const Device profile = *from->device(user.controlledProfiles.first());

    QWidget *users = showPage(QStringLiteral("endUser"));
    findAll(child(users, QStringLiteral("findListWidget")));
    openRow(child<QTableView>(child(users, QStringLiteral("findListWidget")), QStringLiteral("resultsTableView")), 0, user.userId);
    QString firstTry;
    CopyToClustersDialog::setTestHook([&](CopyToClustersDialog *d) {
        auto *tree = child<QTreeWidget>(d, QStringLiteral("clustersTreeWidget"));
        for (int i = 0; i < tree->topLevelItemCount(); ++i)
            tree->topLevelItem(i)->setCheckState(0, tree->topLevelItem(i)->text(0) == QStringLiteral("Blank") ? Qt::Checked : Qt::Unchecked);
        const auto blank = tree->findItems(QStringLiteral("Blank"), Qt::MatchExactly);
        QCOMPARE(blank.first()->text(1), QStringLiteral("Missing"));
        type(child<QLineEdit>(d, QStringLiteral("pinLineEdit")), QStringLiteral("11111"));
        click(d, QStringLiteral("copyButton"));
        firstTry = child<QLabel>(d, QStringLiteral("resultLabel"))->text();
    });
    click(users, QStringLiteral("copyToClustersButton"));
    // the whole user: its device profile comes with it
    QVERIFY2(firstTry.contains(QStringLiteral("Blank: Copied")), qPrintable(firstTry));
    QVERIFY(m_blank->endUserByUserId(user.userId));

    QWidget *profiles = showPage(QStringLiteral("deviceProfile"));
    findAll(child(profiles, QStringLiteral("findListWidget")));
    openRow(child<QTableView>(child(profiles, QStringLiteral("findListWidget")), QStringLiteral("resultsTableView")), 0, profile.name);
    CopyToClustersDialog::setTestHook([&](CopyToClustersDialog *d) {
        auto *tree = child<QTreeWidget>(d, QStringLiteral("clustersTreeWidget"));
        for (int i = 0; i < tree->topLevelItemCount(); ++i)
            tree->topLevelItem(i)->setCheckState(0, tree->topLevelItem(i)->text(0) == QStringLiteral("Blank") ? Qt::Checked : Qt::Unchecked);
        QCOMPARE(d->copySelected(), 1);
        QCOMPARE(tree->findItems(QStringLiteral("Blank"), Qt::MatchExactly).first()->text(1), QStringLiteral("Same"));
    });
    click(profiles, QStringLiteral("copyToClustersButton"));
    QVERIFY(m_blank->deviceByName(profile.name));

    showPage(QStringLiteral("endUser"));
    CopyToClustersDialog::setTestHook([&](CopyToClustersDialog *d) {
        auto *tree = child<QTreeWidget>(d, QStringLiteral("clustersTreeWidget"));
        for (int i = 0; i < tree->topLevelItemCount(); ++i)
            tree->topLevelItem(i)->setCheckState(0, tree->topLevelItem(i)->text(0) == QStringLiteral("Blank") ? Qt::Checked : Qt::Unchecked);
        type(child<QLineEdit>(d, QStringLiteral("pinLineEdit")), QStringLiteral("11111"));
        QCOMPARE(d->copySelected(), 1);
    });
    click(users, QStringLiteral("copyToClustersButton"));
    const EndUser *copy = m_blank->endUserByUserId(user.userId);
    QVERIFY(copy);
    QVERIFY(!copy->homeCluster); // one home cluster per user: never copied
    QCOMPARE(copy->controlledProfiles, QList<qint64>{m_blank->deviceByName(profile.name)->id});
    QCOMPARE(m_blank->groupsOfEndUser(copy->id), from->groupsOfEndUser(user.id));
}

void TestAdminPages::ilsConfiguration()
{
    prepareBlank();
    IlsNetwork *ils = m_lab->lab->ils();
    QWidget *page = showPage(QStringLiteral("ilsConfiguration"));
    auto *role = child<QComboBox>(page, QStringLiteral("roleComboBox"));
    auto *hub = child<QComboBox>(page, QStringLiteral("hubComboBox"));
    auto *table = child<QTableView>(page, QStringLiteral("clustersTableView"));
    const auto cell = [table](const QString &cluster, int column) {
        const QModelIndexList hits = table->model()->match(table->model()->index(0, 0), Qt::DisplayRole, cluster, 1, Qt::MatchExactly);
        return hits.isEmpty() ? QString() : hits.first().siblingAtColumn(column).data().toString();
    };
    // Blank: a spoke of Cluster1 (initTestCase), ILS running since the task flow
    QCOMPARE(role->currentData().toInt(), int(IlsRole::Spoke));
    QCOMPARE(hub->currentText(), QStringLiteral("Cluster1"));
    QVERIFY(hub->isEnabled());
    QCOMPARE(table->model()->rowCount(), int(m_lab->lab->clusters().size()));
    QCOMPARE(cell(QStringLiteral("Blank"), IlsClusterTableModel::RoleColumn), QStringLiteral("Spoke Cluster"));
    // Blank and its hub synchronized when Blank started taking part (ILS activated)
    QVERIFY(ils->lastSync(QStringLiteral("Cluster1"), QStringLiteral("Blank")) >= 0);
    QCOMPARE(cell(QStringLiteral("Cluster1"), IlsClusterTableModel::LastSyncColumn),
             IlsClusterTableModel::labTimeText(qMax(ils->lastSync(QStringLiteral("Cluster1"), QStringLiteral("Blank")),
                                                     ils->lastSync(QStringLiteral("Blank"), QStringLiteral("Cluster1")))));
    QVERIFY(!cell(QStringLiteral("Cluster1"), IlsClusterTableModel::PendingColumn).isEmpty());
    QCOMPARE(cell(QStringLiteral("Cluster2"), IlsClusterTableModel::LastSyncColumn), QString()); // no direct link

    // Save: Blank becomes a hub, in the engine and in the table
    chooseData(role, int(IlsRole::Hub));
    QVERIFY(!hub->isEnabled());
    click(page, QStringLiteral("saveButton"));
    QCOMPARE(statusOf(page), QStringLiteral("Update successful"));
    QCOMPARE(m_lab->lab->spec(QStringLiteral("Blank")).role, IlsRole::Hub);
    QCOMPARE(ils->role(QStringLiteral("Blank")), IlsRole::Hub);
    QCOMPARE(cell(QStringLiteral("Blank"), IlsClusterTableModel::RoleColumn), QStringLiteral("Hub Cluster"));
    QVERIFY(ils->neighbours(QStringLiteral("Blank")).contains(QStringLiteral("Cluster2")));
    QCOMPARE(cell(QStringLiteral("Cluster2"), IlsClusterTableModel::PendingColumn).isEmpty(), false); // now a link

    // back to a spoke of Cluster1, with the keyboard shortcut
    chooseData(role, int(IlsRole::Spoke));
    chooseData(hub, QStringLiteral("Cluster1"));
    role->setFocus();
    QTest::keySequence(QApplication::focusWidget(), QKeySequence::Save); // an animated click
    QTRY_COMPARE(m_lab->lab->spec(QStringLiteral("Blank")).hub, QStringLiteral("Cluster1"));
    QCOMPARE(statusOf(page), QStringLiteral("Update successful"));
    QCOMPARE(ils->hubOf(QStringLiteral("Blank")), QStringLiteral("Cluster1"));

    // refused: Cluster1 has spokes, so it cannot stop being a hub; nothing changes
    m_window->setCurrentCluster(QStringLiteral("Cluster1"));
    QCOMPARE(role->currentData().toInt(), int(IlsRole::Hub));
    chooseData(role, int(IlsRole::Spoke));
    chooseData(hub, QStringLiteral("Cluster2"));
    click(page, QStringLiteral("saveButton"));
    QVERIFY2(statusOf(page).startsWith(QStringLiteral("Cluster1 is the hub of")), qPrintable(statusOf(page)));
    QVERIFY(child<QLabel>(page, QStringLiteral("statusLabel"))->property("error").toBool());
    QCOMPARE(QApplication::focusWidget(), static_cast<QWidget *>(role));
    QCOMPARE(m_lab->lab->spec(QStringLiteral("Cluster1")).role, IlsRole::Hub);
    QCOMPARE(ils->role(QStringLiteral("Cluster1")), IlsRole::Hub);
    QCOMPARE(cell(QStringLiteral("Cluster1"), IlsClusterTableModel::RoleColumn), QStringLiteral("Hub Cluster"));

    // warnings: a DN defined on two clusters for different owners
    auto *warnings = child<QLabel>(page, QStringLiteral("warningsLabel"));
    QVERIFY(!warnings->text().contains(QStringLiteral("1000002")));
    const Device before = *m_blank->deviceByName(QStringLiteral("SEP0011AABB0001"));
    Device phone = before;
    phone.lines = {QStringLiteral("1000002")}; // carol's DN on Cluster1
    QVERIFY(!m_blank->saveDevice(phone));
    ils->refreshConflicts();
    showPage(QStringLiteral("overview"));
    page = showPage(QStringLiteral("ilsConfiguration"));
    QVERIFY2(warnings->text().contains(QStringLiteral("1000002")), qPrintable(warnings->text()));
    QVERIFY(warnings->isVisible());
    Device restored = before;
    QVERIFY(!m_blank->saveDevice(restored));
    ils->refreshConflicts();
}

void TestAdminPages::languageSwitchRelabels()
{
    QWidget *page = showPage(QStringLiteral("endUser"));
    QWidget *list = child(page, QStringLiteral("findListWidget"));
    auto *table = child<QTableView>(list, QStringLiteral("resultsTableView"));
    QCOMPARE(table->model()->headerData(0, Qt::Horizontal).toString(), QStringLiteral("User ID"));
    QCOMPARE(child<QPushButton>(list, QStringLiteral("findButton"))->text(), QStringLiteral("&Find"));
    click(list, QStringLiteral("addNewButton"));
    click(page, QStringLiteral("saveButton")); // a refusal on show
    QCOMPARE(statusOf(page), QStringLiteral("User ID is required."));

    MarkingTranslator marker;
    QVERIFY(QCoreApplication::installTranslator(&marker));
    QCoreApplication::processEvents();
    QCOMPARE(table->model()->headerData(0, Qt::Horizontal).toString(), QStringLiteral("«User ID»"));
    QCOMPARE(table->horizontalHeader()->model()->headerData(0, Qt::Horizontal).toString(), QStringLiteral("«User ID»"));
    QCOMPARE(child<QPushButton>(list, QStringLiteral("findButton"))->text(), QStringLiteral("«&Find»"));
    QCOMPARE(child<QPushButton>(page, QStringLiteral("saveButton"))->text(), QStringLiteral("«&Save»"));
    QCOMPARE(child<QLabel>(page, QStringLiteral("userIdLabel"))->text(), QStringLiteral("«User ID*:»"));
    QCOMPARE(statusOf(page), QStringLiteral("«User ID is required.»")); // the refusal re-translates too
    QCOMPARE(child<QComboBox>(list, QStringLiteral("operatorComboBox"))->itemText(0), QStringLiteral("«begins with»"));

    QWidget *cc = showPage(QStringLiteral("controlCenterFeature"));
    QCOMPARE(child<QTableView>(cc, QStringLiteral("servicesTableView"))->model()->headerData(0, Qt::Horizontal).toString(),
             QStringLiteral("«Service Name»"));
    // Parameter names and choice values are shown translated (同時要求の最大数, as Cisco's
    // Japanese UI), while the values stored stay Cisco's English ones.
    QWidget *params = showPage(QStringLiteral("serviceParameters"));
    QCOMPARE(child<QLabel>(params, QStringLiteral("maximumConcurrentRequestsLabel"))->text(), QStringLiteral("«Maximum Concurrent Requests»"));
    auto *behavior = child<QComboBox>(params, QStringLiteral("multipleLoginBehaviorComboBox"));
    QCOMPARE(behavior->currentText(), QStringLiteral("«Multiple Logins Not Allowed»"));
    QCOMPARE(behavior->currentData().toString(), Params::MultipleLoginsNotAllowed);
    QVERIFY(child<QLabel>(params, QStringLiteral("multipleLoginBehaviorHintLabel"))->text().contains(QStringLiteral("«Multiple Logins Not Allowed»")));
    // Standard group names too (クラスタ間標準 EM ローミング スーパーユーザー): shown translated in
    // the list, the read-only name field and a user's Permission Information; kept in English.
    QWidget *groups = showPage(QStringLiteral("accessControlGroup"));
    QWidget *groupList = child(groups, QStringLiteral("findListWidget"));
    findAll(groupList);
    const QString marked = QStringLiteral("«%1»").arg(Groups::RoamingSuperUsers);
    openRow(child<QTableView>(groupList, QStringLiteral("resultsTableView")), 0, marked);
    auto *groupName = child<QLineEdit>(groups, QStringLiteral("nameLineEdit"));
    QCOMPARE(groupName->text(), marked);
    QVERIFY(groupName->isReadOnly());
    click(groups, QStringLiteral("saveButton"));
    QVERIFY(m_window->currentCluster()->accessControlGroupByName(Groups::RoamingSuperUsers));
    QWidget *users = showPage(QStringLiteral("endUser")); // still the new user refused above
    const QString someone = QStringLiteral("roamer");
    type(child<QLineEdit>(users, QStringLiteral("userIdLineEdit")), someone);
    type(child<QLineEdit>(users, QStringLiteral("lastNameLineEdit")), someone);
    type(child<QLineEdit>(users, QStringLiteral("pinLineEdit")), QStringLiteral("24680"));
    type(child<QLineEdit>(users, QStringLiteral("confirmPinLineEdit")), QStringLiteral("24680"));
    auto *groupCombo = child<QComboBox>(users, QStringLiteral("groupComboBox"));
    groupCombo->setCurrentIndex(groupCombo->findText(marked));
    QCOMPARE(groupCombo->currentData().toString(), Groups::RoamingSuperUsers);
    click(users, QStringLiteral("addToGroupButton"));
    QVERIFY(!child<QListWidget>(users, QStringLiteral("groupsListWidget"))->findItems(marked, Qt::MatchExactly).isEmpty());
    click(users, QStringLiteral("saveButton"));
    const EndUser *saved = m_window->currentCluster()->endUserByUserId(someone);
    QVERIFY(saved);
    QVERIFY(m_window->currentCluster()->groupsOfEndUser(saved->id).contains(Groups::RoamingSuperUsers));

    behavior->setCurrentIndex(behavior->findData(Params::AutoLogout));
    click(params, QStringLiteral("saveButton"));
    QCOMPARE(m_window->currentCluster()->serviceParameter(Services::ExtensionMobility, Params::MultipleLoginBehavior), Params::AutoLogout);
    QVERIFY(QCoreApplication::removeTranslator(&marker));
    QCoreApplication::processEvents();
    QCOMPARE(table->model()->headerData(0, Qt::Horizontal).toString(), QStringLiteral("User ID"));
    QCOMPARE(child<QPushButton>(page, QStringLiteral("saveButton"))->text(), QStringLiteral("&Save"));

    // the real Japanese translation: the page re-labels (whatever is translated so far)
    if (!m_languages->setLanguage(QStringLiteral("ja"), false))
        qWarning("no Japanese translation in this build yet");
    QCoreApplication::processEvents();
    showPage(QStringLiteral("endUser"));
    shot(QStringLiteral("end-user-ja"));
    QVERIFY(m_languages->setLanguage(QStringLiteral("en"), false));
    QCoreApplication::processEvents();
}

void TestAdminPages::featureListProductAllIsTranslated()
{
    // the product list's first entry (every product) is a text of the page, not a product name:
    // translated, and again after a language change
    QWidget *report = showPage(QStringLiteral("phoneFeatureList"));
    auto *products = child<QComboBox>(report, QStringLiteral("productComboBox"));
    QCOMPARE(products->itemText(0), QStringLiteral("All"));
    QVERIFY(products->itemData(0).toString().isEmpty());
    MarkingTranslator marker;
    QVERIFY(QCoreApplication::installTranslator(&marker));
    QCoreApplication::processEvents();
    QCOMPARE(products->itemText(0), QStringLiteral("«All»"));
    QCOMPARE(products->itemText(1), PhoneModelCatalog::instance().models().value(0).productType); // names stay
    QVERIFY(QCoreApplication::removeTranslator(&marker));
    QCoreApplication::processEvents();
    QCOMPARE(products->itemText(0), QStringLiteral("All"));
}

void TestAdminPages::longLabelsFitAt1280x800()
{
    WideningTranslator wide;
    QVERIFY(QCoreApplication::installTranslator(&wide));
    QCoreApplication::processEvents();
    m_window->resize(1280, 800);
    const QStringList keys = {QStringLiteral("serviceParameters"), QStringLiteral("enterpriseParameters"), QStringLiteral("ilsConfiguration"),
                              QStringLiteral("phone"), QStringLiteral("deviceProfile"), QStringLiteral("phoneServices"),
                              QStringLiteral("applicationUser"), QStringLiteral("endUser"), QStringLiteral("accessControlGroup"), QStringLiteral("credentialPolicy"),
                              QStringLiteral("serviceActivation"), QStringLiteral("controlCenterFeature"),
                              QStringLiteral("controlCenterNetwork"), QStringLiteral("phoneFeatureList")};
    for (const QString &key : keys) {
        QWidget *page = showPage(key);
        // the Find and List view, then the configuration form where the page has one
        QCoreApplication::processEvents();
        QVERIFY2(m_window->minimumSizeHint().width() <= 1280, qPrintable(key + QStringLiteral(" list: %1").arg(m_window->minimumSizeHint().width())));
        if (QWidget *list = page->findChild<QWidget *>(QStringLiteral("findListWidget")))
            if (auto *add = list->findChild<QPushButton *>(QStringLiteral("addNewButton")); add && add->isVisible()) {
                QTest::mouseClick(add, Qt::LeftButton);
                if (auto *next = page->findChild<QPushButton *>(QStringLiteral("typeNextButton")); next && next->isVisible()) {
                    QTest::mouseClick(next, Qt::LeftButton);
                    QTest::mouseClick(page->findChild<QPushButton *>(QStringLiteral("protocolNextButton")), Qt::LeftButton);
                }
                QCoreApplication::processEvents();
                if (m_window->minimumSizeHint().width() > 1280)
                    for (QWidget *w : page->findChildren<QWidget *>())
                        if (w->minimumSizeHint().width() > 900)
                            qDebug() << w << w->minimumSizeHint().width();
                QVERIFY2(m_window->minimumSizeHint().width() <= 1280,
                         qPrintable(key + QStringLiteral(" form: %1").arg(m_window->minimumSizeHint().width())));
                // a form scrolls vertically, never sideways
                for (auto *area : page->findChildren<QScrollArea *>())
                    if (area->isVisible())
                        QVERIFY2(area->widget()->minimumSizeHint().width() <= area->viewport()->width(),
                                 qPrintable(key + QStringLiteral(" form content: %1 > %2")
                                                      .arg(area->widget()->minimumSizeHint().width())
                                                      .arg(area->viewport()->width())));
                QVERIFY2(m_window->minimumSizeHint().height() <= 800,
                         qPrintable(key + QStringLiteral(" form height: %1").arg(m_window->minimumSizeHint().height())));
            }
        shot(QStringLiteral("wide-") + key);
    }
    QVERIFY(QCoreApplication::removeTranslator(&wide));
    QCoreApplication::processEvents();

    // and with the glossary's Japanese, for the eye (EMROAM_SHOTS)
    GlossaryTranslator ja;
    QVERIFY(QCoreApplication::installTranslator(&ja));
    QCoreApplication::processEvents();
    for (const QString &key : {QStringLiteral("endUser"), QStringLiteral("deviceProfile"), QStringLiteral("accessControlGroup")}) {
        showPage(key);
        QVERIFY(m_window->minimumSizeHint().width() <= 1280);
        shot(QStringLiteral("ja-") + key);
    }
    QVERIFY(QCoreApplication::removeTranslator(&ja));
    QCoreApplication::processEvents();
}

void TestAdminPages::endUserPageShowsAndUnlocksTheLock()
{
    Cluster *c = m_lab->lab->cluster(QStringLiteral("Cluster1"));
    m_window->setCurrentCluster(c->name());
    const qint64 carol = c->endUserByUserId(QStringLiteral("carol"))->id;
    const qint64 now = m_lab->lab->clock()->now();
    for (int i = 0; i < 3; ++i)
        c->recordCredentialCheck(CredentialKind::EndUserPin, carol, false, now);
    auto *page = qobject_cast<EntityPage *>(showPage(QStringLiteral("endUser")));
    QVERIFY(page);
    page->openRecord(carol);
    auto *pin = child<QLabel>(page, QStringLiteral("pinCredentialStatusLabel"));
    QVERIFY2(pin->text().startsWith(QStringLiteral("Locked since lab time")), qPrintable(pin->text()));
    QVERIFY(pin->text().contains(QStringLiteral("3 wrong tries")));
    QCOMPARE(child<QLabel>(page, QStringLiteral("passwordCredentialStatusLabel"))->text(), QStringLiteral("Not locked"));
    QVERIFY(!child(page, QStringLiteral("passwordUnlockButton"))->isEnabled());
    shot(QStringLiteral("end-user-locked"));
    click(page, QStringLiteral("pinUnlockButton"));
    QVERIFY(!c->isCredentialLocked(CredentialKind::EndUserPin, carol, m_lab->lab->clock()->now()));
    QCOMPARE(pin->text(), QStringLiteral("Not locked"));
    QVERIFY(!child(page, QStringLiteral("pinUnlockButton"))->isEnabled());
    bool logged = false;
    for (const LabEvent &e : m_lab->lab->events()->events())
        logged = logged || (e.type == LabEvent::Type::CredentialUnlocked && e.user == QStringLiteral("carol"));
    QVERIFY(logged);
    // a wrong try made meanwhile shows up at once
    c->recordCredentialCheck(CredentialKind::EndUserPin, carol, false, m_lab->lab->clock()->now());
    QVERIFY2(pin->text().startsWith(QStringLiteral("Not locked; 1 wrong tr")), qPrintable(pin->text()));
    QVERIFY(c->unlockCredential(CredentialKind::EndUserPin, carol).ok());
}

void TestAdminPages::applicationUserPageShowsAndUnlocksTheLock()
{
    Cluster *c = m_lab->lab->cluster(QStringLiteral("Cluster1"));
    m_window->setCurrentCluster(c->name());
    const qint64 app = c->applicationUserByUserId(QStringLiteral("emapi"))->id;
    for (int i = 0; i < 3; ++i)
        QCOMPARE(m_lab->lab->mobility(c)->authenticateCallerNow(QStringLiteral("emapi"), QStringLiteral("wrong"), QStringLiteral("carol")), 3);
    auto *page = qobject_cast<EntityPage *>(showPage(QStringLiteral("applicationUser")));
    QVERIFY(page);
    page->openRecord(app);
    auto *status = child<QLabel>(page, QStringLiteral("passwordCredentialStatusLabel"));
    QVERIFY2(status->text().startsWith(QStringLiteral("Locked since lab time")), qPrintable(status->text()));
    click(page, QStringLiteral("passwordUnlockButton"));
    QCOMPARE(status->text(), QStringLiteral("Not locked"));
    QCOMPARE(m_lab->lab->mobility(c)->authenticateCallerNow(QStringLiteral("emapi"), QStringLiteral("emapi-pass"), QStringLiteral("carol")), 0);
}

void TestAdminPages::credentialPolicyDefaultPage()
{
    QWidget *page = showPage(QStringLiteral("credentialPolicy"));
    const CredentialPolicy pin = m_blank->credentialPolicy(CredentialKind::EndUserPin);
    QCOMPARE(child<QSpinBox>(page, QStringLiteral("endUserPinFailedLogon"))->value(), pin.failedLogon);
    QCOMPARE(child<QSpinBox>(page, QStringLiteral("endUserPinLockoutMinutes"))->value(), pin.lockoutMinutes);
    child<QSpinBox>(page, QStringLiteral("endUserPinFailedLogon"))->setValue(5);
    child<QSpinBox>(page, QStringLiteral("endUserPinResetMinutes"))->setValue(10);
    click(page, QStringLiteral("endUserPinAdminMustUnlock"));
    QVERIFY(!child(page, QStringLiteral("endUserPinLockoutMinutes"))->isEnabled());
    click(page, QStringLiteral("applicationUserPasswordNoLimit"));
    QVERIFY(!child(page, QStringLiteral("applicationUserPasswordFailedLogon"))->isEnabled());
    click(page, QStringLiteral("saveButton"));
    QCOMPARE(statusOf(page), QStringLiteral("Update successful"));
    const CredentialPolicy saved = m_blank->credentialPolicy(CredentialKind::EndUserPin);
    QCOMPARE(saved.failedLogon, 5);
    QCOMPARE(saved.resetMinutes, 10);
    QVERIFY(saved.adminMustUnlock);
    QCOMPARE(saved.lockoutMinutes, pin.lockoutMinutes);
    QCOMPARE(m_blank->credentialPolicy(CredentialKind::ApplicationUserPassword).failedLogon, 0);
    QCOMPARE(m_blank->credentialPolicy(CredentialKind::EndUserPassword), (CredentialPolicy{CredentialKind::EndUserPassword}));
    // another cluster has its own policy
    m_window->setCurrentCluster(QStringLiteral("Cluster1"));
    QCOMPARE(child<QSpinBox>(page, QStringLiteral("endUserPinFailedLogon"))->value(), 3);
    QVERIFY(child(page, QStringLiteral("endUserPinLockoutMinutes"))->isEnabled());
}

void TestAdminPages::ctrlSSavesOnEveryPage()
{
    // Ctrl+S with the focus in the form saves, on every page that has Save, and keeps doing
    // so after a language switch (retranslateUi() rewrites the buttons' texts)
    prepareBlank();
    Cluster *c = m_blank;
    Device profile;
    profile.kind = Device::Kind::Profile;
    profile.name = QStringLiteral("UDP-ctrl-s");
    profile.model = QStringLiteral("Cisco 8865");
    profile.protocol = QStringLiteral("SIP");
    profile.buttonTemplate = QStringLiteral("Standard 8865 SIP");
    QVERIFY(!c->saveDevice(profile));
    EndUser user;
    user.userId = QStringLiteral("ctrl-s");
    user.lastName = QStringLiteral("Save");
    QVERIFY(!c->saveEndUser(user, QStringLiteral("12345")));
    AccessControlGroup group;
    group.name = QStringLiteral("Ctrl-S group");
    QVERIFY(!c->saveAccessControlGroup(group));
    const qint64 groupId = group.id;
    for (const QString &language : {QStringLiteral("en"), QStringLiteral("ja"), QStringLiteral("en")}) {
        m_languages->setLanguage(language, false);
        QCoreApplication::processEvents();
        const auto pressCtrlS = [](QWidget *focus) {
            focus->setFocus();
            QTest::keySequence(QApplication::focusWidget(), QKeySequence::Save);
            QCoreApplication::processEvents();
        };
        // Service Parameters
        QWidget *page = showPage(QStringLiteral("serviceParameters"));
        chooseData(child<QComboBox>(page, QStringLiteral("serviceComboBox")), Services::ExtensionMobility);
        auto *mcr = child<QLineEdit>(page, QStringLiteral("maximumConcurrentRequestsLineEdit"));
        const QString value = c->serviceParameter(Services::ExtensionMobility, Params::MaxConcurrentRequests) == QStringLiteral("7")
                                  ? QStringLiteral("8") : QStringLiteral("7");
        type(mcr, value);
        pressCtrlS(mcr);
        QTRY_COMPARE(c->serviceParameter(Services::ExtensionMobility, Params::MaxConcurrentRequests), value);
        // Enterprise Parameters
        page = showPage(QStringLiteral("enterpriseParameters"));
        auto *clusterId = child<QLineEdit>(page, QStringLiteral("clusterIDLineEdit"));
        const QString id = QStringLiteral("blank-") + language + QString::number(c->clusterId().size());
        type(clusterId, id);
        pressCtrlS(clusterId);
        QTRY_COMPARE(c->clusterId(), id);
        // Service Activation
        page = showPage(QStringLiteral("serviceActivation"));
        auto *tree = child<QTreeWidget>(page, QStringLiteral("servicesTreeWidget"));
        QTreeWidgetItem *item = tree->findItems(Services::Tftp, Qt::MatchExactly | Qt::MatchRecursive).first();
        const bool was = c->serviceState(c->publisher().hostName, Services::Tftp).activated;
        item->setCheckState(0, was ? Qt::Unchecked : Qt::Checked);
        MessageBox::setNextAnswer(QMessageBox::Ok);
        pressCtrlS(tree);
        QTRY_COMPARE(c->serviceState(c->publisher().hostName, Services::Tftp).activated, !was);
        MessageBox::setNextAnswer(QMessageBox::NoButton);
        // the record pages: an edit, Ctrl+S, the engine has it
        page = showPage(QStringLiteral("phoneServices"));
        findAll(child(page, QStringLiteral("findListWidget")));
        openRow(child<QTableView>(child(page, QStringLiteral("findListWidget")), QStringLiteral("resultsTableView")), 0,
                QStringLiteral("Extension Mobility"));
        auto *description = child<QLineEdit>(page, QStringLiteral("serviceDescriptionLineEdit"));
        type(description, QStringLiteral("EM ") + language + QString::number(c->phoneServices().first().description.size()));
        const QString wanted = description->text();
        pressCtrlS(description);
        QTRY_COMPARE(c->phoneServiceByName(QStringLiteral("Extension Mobility"))->description, wanted);
        page = showPage(QStringLiteral("phone"));
        findAll(child(page, QStringLiteral("findListWidget")));
        openRow(child<QTableView>(child(page, QStringLiteral("findListWidget")), QStringLiteral("resultsTableView")), 0,
                QStringLiteral("SEP0011AABB0001"));
        description = child<QLineEdit>(page, QStringLiteral("descriptionLineEdit"));
        type(description, QStringLiteral("Phone ") + language + QString::number(c->deviceByName(QStringLiteral("SEP0011AABB0001"))->description.size()));
        const QString phoneWanted = description->text();
        pressCtrlS(description);
        QTRY_COMPARE(c->deviceByName(QStringLiteral("SEP0011AABB0001"))->description, phoneWanted);
        page = showPage(QStringLiteral("deviceProfile"));
        findAll(child(page, QStringLiteral("findListWidget")));
        openRow(child<QTableView>(child(page, QStringLiteral("findListWidget")), QStringLiteral("resultsTableView")), 0,
                QStringLiteral("UDP-ctrl-s"));
        description = child<QLineEdit>(page, QStringLiteral("descriptionLineEdit"));
        type(description, QStringLiteral("Profile ") + language + QString::number(c->deviceByName(QStringLiteral("UDP-ctrl-s"))->description.size()));
        const QString profileWanted = description->text();
        pressCtrlS(description);
        QTRY_COMPARE(c->deviceByName(QStringLiteral("UDP-ctrl-s"))->description, profileWanted);
        page = showPage(QStringLiteral("endUser"));
        findAll(child(page, QStringLiteral("findListWidget")));
        openRow(child<QTableView>(child(page, QStringLiteral("findListWidget")), QStringLiteral("resultsTableView")), 0,
                QStringLiteral("ctrl-s"));
        auto *lastName = child<QLineEdit>(page, QStringLiteral("lastNameLineEdit"));
        type(lastName, QStringLiteral("Save") + language + QString::number(c->endUserByUserId(QStringLiteral("ctrl-s"))->lastName.size()));
        const QString lastNameWanted = lastName->text();
        pressCtrlS(lastName);
        QTRY_COMPARE(c->endUserByUserId(QStringLiteral("ctrl-s"))->lastName, lastNameWanted);
        page = showPage(QStringLiteral("accessControlGroup"));
        findAll(child(page, QStringLiteral("findListWidget")));
        const QString groupNow = c->accessControlGroup(groupId)->name;
        openRow(child<QTableView>(child(page, QStringLiteral("findListWidget")), QStringLiteral("resultsTableView")), 0, groupNow);
        auto *groupName = child<QLineEdit>(page, QStringLiteral("nameLineEdit"));
        type(groupName, QStringLiteral("Ctrl-S group ") + language + QString::number(groupNow.size()));
        const QString groupWanted = groupName->text();
        pressCtrlS(groupName);
        QTRY_COMPARE(c->accessControlGroup(groupId)->name, groupWanted);
        page = showPage(QStringLiteral("applicationUser"));
        click(child(page, QStringLiteral("findListWidget")), QStringLiteral("addNewButton"));
        const QString appUser = QStringLiteral("api-") + language + QString::number(c->applicationUsers().size());
        type(child<QLineEdit>(page, QStringLiteral("userIdLineEdit")), appUser);
        type(child<QLineEdit>(page, QStringLiteral("passwordLineEdit")), QStringLiteral("secret-pass"));
        type(child<QLineEdit>(page, QStringLiteral("confirmPasswordLineEdit")), QStringLiteral("secret-pass"));
        pressCtrlS(child<QLineEdit>(page, QStringLiteral("userIdLineEdit")));
        QTRY_VERIFY(c->applicationUserByUserId(appUser));
        page = showPage(QStringLiteral("ilsConfiguration"));
        auto *role = child<QComboBox>(page, QStringLiteral("roleComboBox"));
        const IlsRole wantedRole = m_lab->lab->spec(QStringLiteral("Blank")).role == IlsRole::Hub ? IlsRole::Spoke : IlsRole::Hub;
        chooseData(role, int(wantedRole));
        if (wantedRole == IlsRole::Spoke)
            chooseData(child<QComboBox>(page, QStringLiteral("hubComboBox")), QStringLiteral("Cluster1"));
        pressCtrlS(role);
        QTRY_COMPARE(m_lab->lab->spec(QStringLiteral("Blank")).role, wantedRole);
    }
}

void TestAdminPages::primaryExtensionOffersTheUsersOwnLines()
{
    // bob on Cluster1 controls UDP-bob (DN 1000001): that is what Primary Extension offers,
    // not carol's 1000002 nor the phones' lobby lines
    m_window->setCurrentCluster(QStringLiteral("Cluster1"));
    Cluster *c = m_lab->lab->cluster(QStringLiteral("Cluster1"));
    QWidget *page = showPage(QStringLiteral("endUser"));
    findAll(child(page, QStringLiteral("findListWidget")));
    openRow(child<QTableView>(child(page, QStringLiteral("findListWidget")), QStringLiteral("resultsTableView")), 0, QStringLiteral("bob"));
    auto *combo = child<QComboBox>(page, QStringLiteral("primaryExtensionComboBox"));
    QStringList offered;
    for (int i = 1; i < combo->count(); ++i)
        offered << combo->itemData(i).toString();
    QStringList own;
    for (qint64 id : c->endUserByUserId(QStringLiteral("bob"))->controlledProfiles)
        own << c->device(id)->lines;
    QVERIFY(!own.isEmpty());
    QCOMPARE(offered, own);
    QCOMPARE(combo->currentData().toString(), c->endUserByUserId(QStringLiteral("bob"))->primaryExtension);
    QCOMPARE(combo->itemData(0).toString(), QString()); // < None >

    // removing the controlled profile takes its lines off the list (the saved choice stays shown)
    auto *controlled = child<QListWidget>(page, QStringLiteral("controlledProfilesListWidget"));
    controlled->selectAll();
    click(page, QStringLiteral("removeProfileButton"));
    for (const QString &dn : std::as_const(own))
        if (dn != c->endUserByUserId(QStringLiteral("bob"))->primaryExtension)
            QCOMPARE(combo->findData(dn), -1);
    QCOMPARE(combo->findData(QStringLiteral("1000002")), -1);
}

void TestAdminPages::deviceProfileWizardNamesTheModel()
{
    QWidget *page = showPage(QStringLiteral("deviceProfile"));
    click(child(page, QStringLiteral("findListWidget")), QStringLiteral("addNewButton"));
    auto *models = child<QComboBox>(page, QStringLiteral("deviceTypeComboBox"));
    // the lab's phones are Cisco 8865: the wizard proposes it
    QCOMPARE(models->currentData().toString(), QStringLiteral("Cisco 8865"));
    QStringList shown;
    for (int i = 0; i < models->count(); ++i)
        shown << models->itemText(i);
    QStringList sorted = shown;
    QCollator collator;
    collator.setNumericMode(true);
    std::sort(sorted.begin(), sorted.end(), [&](const QString &a, const QString &b) { return collator.compare(a, b) < 0; });
    QCOMPARE(shown, sorted);
    QVERIFY(shown.indexOf(QStringLiteral("Cisco 7811")) < shown.indexOf(QStringLiteral("Cisco 8865")));
    chooseData(models, QStringLiteral("Cisco 7841"));
    click(page, QStringLiteral("typeNextButton"));
    QCOMPARE(child<QGroupBox>(page, QStringLiteral("protocolGroupBox"))->title(), QStringLiteral("Select the protocol of Cisco 7841"));
    click(page, QStringLiteral("protocolBackButton"));
    chooseData(models, QStringLiteral("Cisco 8865"));
    click(page, QStringLiteral("typeNextButton"));
    QCOMPARE(child<QGroupBox>(page, QStringLiteral("protocolGroupBox"))->title(), QStringLiteral("Select the protocol of Cisco 8865"));
}

void TestAdminPages::standardGroupsInEitherLanguage()
{
    m_languages->setLanguage(QStringLiteral("ja"), false);
    QCoreApplication::processEvents();
    const QString roamingJa = QStringLiteral("クラスタ間標準 EM ローミング スーパーユーザー");
    QWidget *groups = showPage(QStringLiteral("accessControlGroup"));
    QWidget *list = child(groups, QStringLiteral("findListWidget"));
    auto *table = child<QTableView>(list, QStringLiteral("resultsTableView"));
    chooseData(child<QComboBox>(list, QStringLiteral("operatorComboBox")), QVariant::fromValue(FindProxyModel::Operator::Contains));
    // found by its Japanese name and by Cisco's English name
    type(child<QLineEdit>(list, QStringLiteral("searchLineEdit")), QStringLiteral("Roaming Across"));
    click(list, QStringLiteral("findButton"));
    QCOMPARE(table->model()->rowCount(), 1);
    QCOMPARE(table->model()->index(0, 0).data().toString(), roamingJa);
    auto *search = child<QLineEdit>(list, QStringLiteral("searchLineEdit"));
    search->clear();
    search->setFocus();
    QInputMethodEvent ime;
    ime.setCommitString(QStringLiteral("ローミング"));
    QCoreApplication::sendEvent(search, &ime);
    click(list, QStringLiteral("findButton"));
    QCOMPARE(table->model()->rowCount(), 1);
    // the same name on the group's page, on End User and on Application User
    openRow(table, 0, roamingJa);
    auto *name = child<QLineEdit>(groups, QStringLiteral("nameLineEdit"));
    QCOMPARE(name->text(), roamingJa);
    QVERIFY(name->isReadOnly());
    // Save with nothing changed claims no update and writes nothing
    QSignalSpy changed(m_blank, &Cluster::entityChanged);
    click(groups, QStringLiteral("saveButton"));
    QCOMPARE(changed.count(), 0);
    QVERIFY(statusOf(groups) != QStringLiteral("更新に成功しました"));
    QVERIFY(!statusOf(groups).isEmpty());
    QCOMPARE(m_blank->accessControlGroupByName(Groups::RoamingSuperUsers)->name, Groups::RoamingSuperUsers);

    QWidget *users = showPage(QStringLiteral("endUser"));
    click(child(users, QStringLiteral("findListWidget")), QStringLiteral("addNewButton"));
    QVERIFY(child<QComboBox>(users, QStringLiteral("groupComboBox"))->findText(roamingJa) >= 0);
    QWidget *apps = showPage(QStringLiteral("applicationUser"));
    click(child(apps, QStringLiteral("findListWidget")), QStringLiteral("addNewButton"));
    QVERIFY(child<QComboBox>(apps, QStringLiteral("groupComboBox"))->findText(roamingJa) >= 0);
}

void TestAdminPages::controlCenterShowsStates()
{
    // a state (稼働中 / 停止中), not the words of the Start/Stop buttons (開始 / 停止)
    Cluster *c = m_lab->lab->cluster(QStringLiteral("Cluster1"));
    m_window->setCurrentCluster(c->name());
    m_languages->setLanguage(QStringLiteral("ja"), false);
    QCoreApplication::processEvents();
    QWidget *page = showPage(QStringLiteral("controlCenterFeature"));
    auto *table = child<QTableView>(page, QStringLiteral("servicesTableView"));
    const auto statusOfService = [table](const QString &service) {
        const QModelIndexList hits = table->model()->match(table->model()->index(0, 0), Qt::DisplayRole, service, 1, Qt::MatchExactly);
        return hits.isEmpty() ? QString() : hits.first().siblingAtColumn(ServiceStatusTableModel::StatusColumn).data().toString();
    };
    QCOMPARE(statusOfService(Services::ExtensionMobility), QStringLiteral("稼働中"));
    QVERIFY(!c->setServiceRunning(c->publisher().hostName, Services::ExtensionMobility, false));
    QCOMPARE(statusOfService(Services::ExtensionMobility), QStringLiteral("停止中"));
    QVERIFY(statusOfService(Services::ExtensionMobility) != child<QPushButton>(page, QStringLiteral("stopButton"))->text());
    m_languages->setLanguage(QStringLiteral("en"), false);
    QCoreApplication::processEvents();
    QCOMPARE(statusOfService(Services::ExtensionMobility), QStringLiteral("Stopped"));
}

void TestAdminPages::f1ShowsHelpForThePage()
{
    showPage(QStringLiteral("serviceActivation"));
    QTest::keyClick(m_window.get(), Qt::Key_F1);
    auto *dialog = m_window->findChild<QDialog *>(QStringLiteral("pageHelpDialog"));
    QVERIFY(dialog);
    QTRY_VERIFY(dialog->isVisible());
    auto *browser = child<QTextBrowser>(dialog, QStringLiteral("pageHelpTextBrowser"));
    QString text = browser->toPlainText();
    QVERIFY2(text.contains(QStringLiteral("Step 2")) && text.contains(QStringLiteral("Activate the Extension Mobility service")), qPrintable(text));
    // it follows the page and the language
    showPage(QStringLiteral("accessControlGroup"));
    text = browser->toPlainText();
    QVERIFY2(text.contains(QStringLiteral("Step 3")) && text.contains(QStringLiteral("Standard EM Roaming Across Clusters Super Users")), qPrintable(text));
    m_languages->setLanguage(QStringLiteral("ja"), false);
    QCoreApplication::processEvents();
    text = browser->toPlainText();
    QVERIFY2(text.contains(QStringLiteral("Step 3")) && text.contains(QStringLiteral("クラスタ間標準 EM ローミング スーパーユーザー")), qPrintable(text));
    QVERIFY(dialog->windowTitle().contains(QStringLiteral("アクセス コントロールグループ")));
    dialog->close();
}

QTEST_MAIN(TestAdminPages)
#include "tst_adminpages.moc"
