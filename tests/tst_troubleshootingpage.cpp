// Lab › Troubleshooting Lab offscreen: pick an entry, Set Up, the embedded phone shows the
// symptom; Fix, the phone logs in; the page re-labels in Japanese with the seed's wording.
#include "troubleshootingsupport.h"

#include "languagemanager.h"
#include "phone/phoneemulator.h"
#include "troubleshooting/troubleshootingpage.h"

#include <QComboBox>
#include <QLabel>
#include <QPushButton>
#include <QTextBrowser>
#include <QTreeWidget>

class TestTroubleshootingPage : public QObject
{
    Q_OBJECT
private slots:
    void init()
    {
        m_languages = std::make_unique<LanguageManager>();
        m_languages->setLanguage(QStringLiteral("en"), false);
    }
    void cleanup() { m_languages.reset(); }

    void setUpShowsTheSymptomAndFixLogsIn_data();
    void setUpShowsTheSymptomAndFixLogsIn();
    void chooserFollowsTheCluster();
    void relabelsInJapanese();

private:
    std::unique_ptr<LanguageManager> m_languages;
};

void TestTroubleshootingPage::setUpShowsTheSymptomAndFixLogsIn_data()
{
    QTest::addColumn<QString>("entry");
    QTest::addColumn<QString>("symptom");
    QTest::newRow("201") << QStringLiteral("201") << QStringLiteral("error 201 Authentication Error");
    QTest::newRow("host-not-found") << QStringLiteral("host-not-found") << QStringLiteral("Host Not Found");
    QTest::newRow("no-services-after-login") << QStringLiteral("no-services-after-login")
                                             << QStringLiteral("a Services menu without Extension Mobility");
}

void TestTroubleshootingPage::setUpShowsTheSymptomAndFixLogsIn()
{
    QFETCH(QString, entry);
    QFETCH(QString, symptom);
    PhoneLab p;
    TroubleshootingPage page(p.lab(), p.phones.get());
    page.resize(1000, 700);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    QVERIFY(page.selectEntry(entry));
    page.setCluster(QStringLiteral("Cluster1"));
    page.setPhone(QStringLiteral("SEPC10000000002"));
    auto *status = page.findChild<QLabel *>(QStringLiteral("troubleStatusLabel"));
    auto *detail = page.findChild<QTextBrowser *>(QStringLiteral("entryDetailTextBrowser"));
    QVERIFY(status && detail);
    QVERIFY(detail->toPlainText().contains(TroubleshootingEntry::find(entry)->problemText()));

    // the embedded phone is the chosen one, drawn from its agent
    PhoneEmulator *phone = page.phone();
    QVERIFY(phone && phone->isVisible());
    QCOMPARE(phone->deviceName(), QStringLiteral("SEPC10000000002"));
    PhoneAgent *agent = phone->agent();
    QCOMPARE(agent, p.agent(QStringLiteral("SEPC10000000002")));

    QTest::mouseClick(page.findChild<QPushButton *>(QStringLiteral("setUpButton")), Qt::LeftButton);
    QVERIFY(status->text().startsWith(QStringLiteral("Setting up")));
    // a paused lab clock holds the phone, and the status line says so
    p.lab()->clock()->setPaused(true);
    QVERIFY(status->text().endsWith(QStringLiteral("The lab clock is paused: the phone waits until it runs again.")));
    p.lab()->clock()->setPaused(false);
    QVERIFY(!status->text().contains(QLatin1String("paused")));
    QVERIFY(runToEnd(p, *page.troubleshooting()));
    QCOMPARE(page.troubleshooting()->state(), TroubleshootingLab::State::Symptom);
    QCOMPARE(status->text(), QStringLiteral("SEPC10000000002 shows the symptom: %1. The resolution is above; press Fix to apply it.").arg(symptom));
    if (entry == QLatin1String("201")) {
        QCOMPARE(agent->emScreen().code, 201);
    } else if (entry == QLatin1String("host-not-found")) {
        QCOMPARE(agent->failure(), PhoneAgent::Failure::HostNotFound);
    } else {
        QCOMPARE(agent->user(), QStringLiteral("carol"));
        QVERIFY(!agent->screen().isEmpty()); // the Services answer stays on the screen
        QVERIFY(!p.lab()->registrar(p.cluster(1))->services(QStringLiteral("SEPC10000000002")).contains(QStringLiteral("Extension Mobility")));
    }

    QTest::mouseClick(page.findChild<QPushButton *>(QStringLiteral("fixButton")), Qt::LeftButton);
    QVERIFY(status->text().startsWith(QStringLiteral("Fixing")));
    QVERIFY(runToEnd(p, *page.troubleshooting()));
    QCOMPARE(page.troubleshooting()->state(), TroubleshootingLab::State::Working);
    QCOMPARE(status->text(), QStringLiteral("Fixed: carol is logged in on SEPC10000000002 and the phone works (it restarted)."));
    QCOMPARE(agent->user(), QStringLiteral("carol"));
    QVERIFY(agent->screen().isEmpty()); // the home screen, with carol's line

    QTest::mouseClick(page.findChild<QPushButton *>(QStringLiteral("resetClusterButton")), Qt::LeftButton);
    QVERIFY(status->text().startsWith(QStringLiteral("Cluster1 is back to the demo state")));
    QCOMPARE(agent->user(), QString());
}

void TestTroubleshootingPage::chooserFollowsTheCluster()
{
    PhoneLab p;
    TroubleshootingPage page(p.lab(), p.phones.get());
    page.show();
    auto *phones = page.findChild<QComboBox *>(QStringLiteral("troublePhoneComboBox"));
    QCOMPARE(phones->currentText(), QStringLiteral("SEPC10000000002"));
    // the console's cluster selector (ClusterPage) moves the page's chooser
    page.setCluster(p.cluster(3));
    QCOMPARE(page.findChild<QComboBox *>(QStringLiteral("troubleClusterComboBox"))->currentText(), QStringLiteral("Cluster3"));
    QCOMPARE(phones->count(), 2);
    QCOMPARE(phones->currentText(), QStringLiteral("SEPC30000000002"));
    QCOMPARE(page.phone()->deviceName(), QStringLiteral("SEPC30000000002"));
    // the user the phone logs in is named with the entry
    QVERIFY(page.findChild<QTextBrowser *>(QStringLiteral("entryDetailTextBrowser"))->toPlainText().contains(QLatin1String("kally (PIN 12345)")));
}

void TestTroubleshootingPage::relabelsInJapanese()
{
    PhoneLab p;
    TroubleshootingPage page(p.lab(), p.phones.get());
    page.show();
    QVERIFY(page.selectEntry(QStringLiteral("208")));
    QVERIFY(m_languages->setLanguage(QStringLiteral("ja"), false));
    QCoreApplication::processEvents();
    QCOMPARE(page.findChild<QLabel *>(QStringLiteral("troubleshootingTitleLabel"))->text(), QStringLiteral("トラブルシューティング ラボ"));
    auto *list = page.findChild<QTreeWidget *>(QStringLiteral("entryTreeWidget"));
    QCOMPARE(list->topLevelItem(0)->text(1), QStringLiteral("認証エラー"));
    const QString detail = page.findChild<QTextBrowser *>(QStringLiteral("entryDetailTextBrowser"))->toPlainText();
    // the seed's wording
    QVERIFY2(detail.contains(QStringLiteral("Cisco Unified Serviceability で、[ツール (Tools)] > [コントロールセンター - 機能 (Control Center—Feature)] を選択することにより、Cisco Extension Mobility サービスが実行されていることを確認してください。")),
             qPrintable(detail));
    QVERIFY(page.findChild<QPushButton *>(QStringLiteral("setUpButton"))->text().contains(QStringLiteral("セットアップ")));
    QVERIFY(m_languages->setLanguage(QStringLiteral("en"), false));
    QCoreApplication::processEvents();
    QCOMPARE(list->topLevelItem(0)->text(1), QStringLiteral("Authentication Error"));
}

QTEST_MAIN(TestTroubleshootingPage)
#include "tst_troubleshootingpage.moc"
