#include <QtTest>

#include <QComboBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QPushButton>
#include <QRegularExpression>
#include <QScrollArea>
#include <QSplitter>
#include <QScrollBar>
#include <QStackedWidget>
#include <QStyle>
#include <QTableView>
#include <QTreeView>
#include <QTreeWidget>

#include "commandline.h"
#include "languagemanager.h"
#include "mainwindow.h"
#include "catalog/parametercatalog.h"
#include "catalog/servicecatalog.h"
#include "mobility/extensionmobility.h"
#include "phone/phoneemulator.h"
#include "phone/phonespage.h"
#include "testsupport.h"

namespace {
QTreeWidgetItem *findNav(QTreeWidget *tree, const QString &text)
{
    const QList<QTreeWidgetItem *> found = tree->findItems(text, Qt::MatchExactly | Qt::MatchRecursive);
    return found.isEmpty() ? nullptr : found.first();
}
} // namespace

/// The application shell, driven by object names as a user would.
class TestMainWindow : public QObject
{
    Q_OBJECT

    std::unique_ptr<TempLab> m_lab;
    std::unique_ptr<LanguageManager> m_languages;
    std::unique_ptr<MainWindow> m_window;

    /// Opens the Find and List page @p key and returns its results table, laid out.
    QTableView *showResults(const QString &key)
    {
        if (!m_window->showPage(key))
            return nullptr;
        QCoreApplication::processEvents(); // the table laid out for the window as shown
        QWidget *page = m_window->findChild<QStackedWidget *>(QStringLiteral("pageStackedWidget"))->currentWidget();
        auto *table = page->findChild<QTableView *>(QStringLiteral("resultsTableView"));
        return table && table->isVisible() && table->model()->rowCount() > 0 ? table : nullptr;
    }

    /// What the user cannot see of @p table without scrolling sideways or guessing: empty
    /// when every column and its header, and every value (wrapped as shown), are whole.
    static QString tableShowsEverything(QTableView *table)
    {
        (void)QTest::qWaitFor([table] { return table->horizontalScrollBar()->maximum() == 0; }, 1000); // the scroll range is updated later; checked below
        QHeaderView *header = table->horizontalHeader();
        QString sizes;
        for (int c = 0; c < header->count(); ++c)
            sizes += QStringLiteral(" %1").arg(header->sectionSize(c));
        if (table->horizontalScrollBar()->maximum() != 0 || header->length() > table->viewport()->width())
            return QStringLiteral("columns%1 in %2 px").arg(sizes).arg(table->viewport()->width());
        const int margin = table->style()->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, table) + 1;
        for (int c = 0; c < header->count(); ++c) {
            const QString column = table->model()->headerData(c, Qt::Horizontal).toString();
            if (header->sectionSize(c) < header->sectionSizeHint(c))
                return QStringLiteral("header %1 cut: %2 < %3").arg(column).arg(header->sectionSize(c)).arg(header->sectionSizeHint(c));
            for (int r = 0; r < table->model()->rowCount(); ++r) {
                const QModelIndex index = table->model()->index(r, c);
                const QRect cell = table->visualRect(index).adjusted(margin, 0, -margin, 0);
                const QString text = index.data().toString();
                const QRect needed = table->fontMetrics().boundingRect(QRect(0, 0, cell.width(), 10000), Qt::TextWordWrap, text);
                if (needed.width() > cell.width() || needed.height() > cell.height())
                    return QStringLiteral("%1: '%2' needs %3×%4 in a %5×%6 cell")
                        .arg(column, text)
                        .arg(needed.width())
                        .arg(needed.height())
                        .arg(cell.width())
                        .arg(cell.height());
            }
        }
        return {};
    }

private slots:
    void init()
    {
        QCoreApplication::setOrganizationName(QStringLiteral("EMRoamTests"));
        QGuiApplication::setApplicationDisplayName(QStringLiteral("EMRoam Console")); // as main() does
        QSettings().clear();
        m_lab = std::make_unique<TempLab>();
        QVERIFY(m_lab->openDemo());
        m_languages = std::make_unique<LanguageManager>();
        m_languages->setLanguage(QStringLiteral("en"), false);
        m_window = std::make_unique<MainWindow>(m_lab->lab.get(), m_languages.get());
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    }
    void cleanup()
    {
        m_window.reset();
        m_languages.reset();
        m_lab.reset();
    }

    void navigationMirrorsTheCiscoMenus()
    {
        auto *nav = m_window->findChild<QTreeWidget *>(QStringLiteral("navigationTreeWidget"));
        QVERIFY(nav);
        QCOMPARE(nav->topLevelItemCount(), 4);
        QCOMPARE(nav->topLevelItem(1)->text(0), QStringLiteral("Cisco Unified CM Administration"));
        QCOMPARE(nav->topLevelItem(2)->text(0), QStringLiteral("Cisco Unified Serviceability"));
        QCOMPARE(nav->topLevelItem(3)->text(0), QStringLiteral("Cisco Unified Reporting"));
        QTreeWidgetItem *profile = findNav(nav, QStringLiteral("Device Profile"));
        QVERIFY(profile);
        QCOMPARE(profile->parent()->text(0), QStringLiteral("Device Settings"));
        QCOMPARE(profile->parent()->parent()->text(0), QStringLiteral("Device"));
        QVERIFY(findNav(nav, QStringLiteral("Access Control Group")));
        QVERIFY(findNav(nav, QStringLiteral("Unified CM Phone Feature List")));
    }

    void warnsWhenListeningBeyondLoopback()
    {
        QVERIFY(!m_window->findChild<QLabel *>(QStringLiteral("listenWarningLabel")));
        m_window->setListenAddress(QHostAddress::LocalHost);
        QVERIFY(!m_window->findChild<QLabel *>(QStringLiteral("listenWarningLabel")));
        m_window->setListenAddress(QHostAddress(QStringLiteral("192.0.2.10")));
        auto *warning = m_window->findChild<QLabel *>(QStringLiteral("listenWarningLabel"));
        QVERIFY(warning);
        QVERIFY(warning->isVisible());
        QVERIFY(warning->text().contains(QLatin1String("192.0.2.10")));
        QVERIFY(warning->text().contains(QLatin1String("clear text")));
        m_window->setListenAddress(QHostAddress::LocalHostIPv6);
        QVERIFY(!warning->isVisible());
    }

    void overviewShowsTheLab()
    {
        QCOMPARE(m_window->currentPageKey(), QStringLiteral("overview"));
        QWidget *overview = m_window->findChild<QStackedWidget *>(QStringLiteral("pageStackedWidget"))->currentWidget();
        auto *tree = overview->findChild<QTreeView *>(QStringLiteral("clustersTreeView"));
        QVERIFY(tree && tree->isVisible());
        QCOMPARE(tree->model()->rowCount(), 4);
        auto *summary = overview->findChild<QLabel *>(QStringLiteral("summaryLabel"));
        QCOMPARE(summary->text(), QStringLiteral("4 clusters in the lab, 4 up; 4 users logged in with Extension Mobility."));
        // live: take Cluster1 down
        QVERIFY(m_lab->lab->cluster(QStringLiteral("Cluster1"))->setUp(false).ok());
        QCOMPARE(summary->text(), QStringLiteral("4 clusters in the lab, 3 up; 4 users logged in with Extension Mobility."));
        auto *status = m_window->findChild<QLabel *>(QStringLiteral("labStatusLabel"));
        QVERIFY(status->text().contains(QLatin1String("3 of 4 clusters up")));
        // users, not logins: alice on a second phone (Multiple Logins Allowed) is still one user
        Cluster *c2 = m_lab->lab->cluster(QStringLiteral("Cluster2"));
        QVERIFY(c2->setServiceParameter(Services::ExtensionMobility, Params::MultipleLoginBehavior, Params::MultipleLoginsAllowed).ok());
        EmLoginRequest second;
        second.deviceName = QStringLiteral("SEPC20000000002");
        second.id = QStringLiteral("alice");
        second.proxy = true;
        QVERIFY(m_lab->lab->mobility(c2)->loginNow(second).ok());
        QCOMPARE(m_lab->lab->mobility(c2)->userDevices(QStringLiteral("alice")).size(), 2);
        QCOMPARE(summary->text(), QStringLiteral("4 clusters in the lab, 3 up; 4 users logged in with Extension Mobility."));
    }

    void clusterSelectorListsClustersAndIsRemembered()
    {
        auto *combo = m_window->findChild<QComboBox *>(QStringLiteral("clusterComboBox"));
        QCOMPARE(combo->count(), 4);
        QCOMPARE(m_window->currentCluster()->name(), QStringLiteral("Cluster1"));
        combo->setCurrentIndex(2);
        QCOMPARE(m_window->currentCluster()->name(), QStringLiteral("Cluster3"));
        QCOMPARE(QSettings().value(QStringLiteral("cluster")).toString(), QStringLiteral("Cluster3"));
        MainWindow second(m_lab->lab.get(), m_languages.get());
        QCOMPARE(second.currentCluster()->name(), QStringLiteral("Cluster3"));
    }

    void languageSwitchRelabelsTheShell()
    {
        auto *nav = m_window->findChild<QTreeWidget *>(QStringLiteral("navigationTreeWidget"));
        QWidget *overview = m_window->findChild<QStackedWidget *>(QStringLiteral("pageStackedWidget"))->currentWidget();
        auto *tree = overview->findChild<QTreeView *>(QStringLiteral("clustersTreeView"));
        QVERIFY(m_languages->setLanguage(QStringLiteral("ja"), false));
        // Qt posts LanguageChange to the windows: the event loop delivers it
        QTRY_VERIFY(findNav(nav, QStringLiteral("デバイス")));
        QVERIFY(findNav(nav, QStringLiteral("エンドユーザ")));
        QVERIFY(!findNav(nav, QStringLiteral("Device")));
        QCOMPARE(nav->topLevelItem(1)->text(0), QStringLiteral("Cisco Unified CM の管理"));
        QCOMPARE(m_window->findChild<QMenu *>(QStringLiteral("languageMenu"))->title().remove(QLatin1Char('&')).left(2), QStringLiteral("言語"));
        const QString header = tree->model()->headerData(0, Qt::Horizontal).toString();
        QVERIFY2(header != QStringLiteral("Cluster / Server"), qPrintable(header));
        QCOMPARE(overview->findChild<QLabel *>(QStringLiteral("titleLabel"))->text(), QStringLiteral("ラボの概要"));
        QVERIFY(m_languages->setLanguage(QStringLiteral("en"), false));
        QTRY_VERIFY(findNav(nav, QStringLiteral("Device")));
        QCOMPARE(tree->model()->headerData(0, Qt::Horizontal).toString(), QStringLiteral("Cluster / Server"));
    }

    void languageMenuSwitchesAndRemembers()
    {
        QAction *ja = m_window->findChild<QAction *>(QStringLiteral("language_ja_Action"));
        QVERIFY(ja);
        QCOMPARE(ja->text(), QStringLiteral("日本語")); // named in its own language
        ja->trigger();
        QCOMPARE(m_languages->current(), QStringLiteral("ja"));
        QVERIFY(ja->isChecked());
        QCOMPARE(QSettings().value(QStringLiteral("language")).toString(), QStringLiteral("ja"));
        QCOMPARE(LanguageManager::preferred(), QStringLiteral("ja"));
        m_window->findChild<QAction *>(QStringLiteral("language_en_Action"))->trigger();
        QCOMPARE(m_languages->current(), QStringLiteral("en"));
    }

    void phonesPageShowsTheDemoPhonesWhole()
    {
        // At 1280×800, in English and in Japanese, the trainer sees the phone list and the
        // three demo phones whole: no scrolling, nothing clipped.
        for (const QString &language : {QStringLiteral("en"), QStringLiteral("ja")}) {
            QVERIFY(m_languages->setLanguage(language, false));
            QCOMPARE(m_window->size(), QSize(1280, 800));
            QVERIFY(m_window->showPage(QStringLiteral("phones")));
            auto *scroll = m_window->findChild<QScrollArea *>(QStringLiteral("phonesScrollArea"));
            auto *list = m_window->findChild<QTreeWidget *>(QStringLiteral("phonesTreeWidget"));
            QVERIFY(scroll && list);
            QVERIFY(list->isVisible()); // room for the list beside three phones
            QTRY_COMPARE(scroll->horizontalScrollBar()->maximum(), 0);
            QTRY_COMPARE(list->horizontalScrollBar()->maximum(), 0);
            QCOMPARE(scroll->verticalScrollBar()->maximum(), 0);
            const QList<QFrame *> phones = scroll->widget()->findChildren<QFrame *>(QRegularExpression(QStringLiteral("^phone_SEP")));
            QCOMPARE(phones.size(), 3);
            for (QFrame *phone : phones) {
                const QRect inViewport(phone->mapTo(scroll->viewport(), QPoint(0, 0)), phone->size());
                QVERIFY2(scroll->viewport()->rect().contains(inViewport), qPrintable(language + QLatin1Char(' ') + phone->objectName()));
            }
        }
    }

    void phonesSideBySideOnAProjector()
    {
        // four phones side by side at 1280×720 in English and in Japanese (the navigation
        // narrows for them), at least two at 1024×768 (the others a scroll away), each whole
        // and drawn as large as its share allows
        for (const QString &language : {QStringLiteral("en"), QStringLiteral("ja")}) {
            QVERIFY(m_languages->setLanguage(language, false));
            // a window opened in this language: its navigation as wide as that language needs
            m_window = std::make_unique<MainWindow>(m_lab->lab.get(), m_languages.get());
            m_window->resize(1280, 720);
            m_window->show();
            QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
            QVERIFY(m_window->showPage(QStringLiteral("phones")));
            auto *page = m_window->findChild<PhonesPage *>();
            page->showPhones({QStringLiteral("SEPC30000000001"), QStringLiteral("SEPC10000000001"), QStringLiteral("SEPC20000000002"),
                              QStringLiteral("SEPC40000000001")});
            auto *scroll = page->findChild<QScrollArea *>(QStringLiteral("phonesScrollArea"));
            for (const QSize size : {QSize(1280, 720), QSize(1024, 768)}) {
                m_window->resize(size);
                const QString where = language + QLatin1Char(' ') + QString::number(size.width());
                if (size.width() == 1280)
                    QTRY_VERIFY2(page->phonesInView() == 4, qPrintable(where + QStringLiteral(": %1 phones, navigation %2 px, page %3 px").arg(page->phonesInView()).arg(m_window->findChild<QSplitter *>(QStringLiteral("mainSplitter"))->sizes().value(0)).arg(page->width())));
                else
                    QTRY_VERIFY2(page->phonesInView() >= 2 && page->phonesInView() < 4, qPrintable(where));
                const int inView = page->phonesInView();
                QTRY_COMPARE(scroll->horizontalScrollBar()->maximum() > 0, inView < 4);
                QCOMPARE(scroll->verticalScrollBar()->maximum(), 0);
                for (const QString &d : page->shownPhones().mid(0, inView)) {
                    PhoneEmulator *e = page->emulator(d);
                    const QRect keys = e->keyRect(QStringLiteral("Services")).united(e->keyRect(QStringLiteral("#")));
                    const QRect inViewport(e->mapTo(scroll->viewport(), keys.topLeft()), keys.size());
                    QVERIFY2(scroll->viewport()->rect().contains(inViewport), qPrintable(where + QLatin1Char(' ') + d));
                    QVERIFY(e->width() >= PhonesPage::MinPhoneWidth);
                }
            }
            m_window->resize(1280, 800);
        }
        // leaving the phones gives the navigation its width back
        QVERIFY(m_window->showPage(QStringLiteral("overview")));
        auto *splitter = m_window->findChild<QSplitter *>(QStringLiteral("mainSplitter"));
        auto *nav = m_window->findChild<QTreeWidget *>(QStringLiteral("navigationTreeWidget"));
        QVERIFY(splitter && nav);
        QVERIFY(splitter->sizes().value(0) > nav->minimumWidth());
    }

    void phoneFeatureListStartsAtTheTop()
    {
        // Before a report, the title, Generate New Report (and the criteria once asked for)
        // and the hint stand one under the other at the top of the page, as on the other
        // pages, not spread down its height.
        for (const QString &language : {QStringLiteral("en"), QStringLiteral("ja")}) {
            QVERIFY(m_languages->setLanguage(language, false));
            // a fresh window: no report generated yet
            m_window = std::make_unique<MainWindow>(m_lab->lab.get(), m_languages.get());
            m_window->show();
            QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
            QVERIFY(m_window->showPage(QStringLiteral("phoneFeatureList")));
            QWidget *page = m_window->findChild<QStackedWidget *>(QStringLiteral("pageStackedWidget"))->currentWidget();
            auto *title = page->findChild<QLabel *>(QStringLiteral("titleLabel"));
            auto *generate = page->findChild<QPushButton *>(QStringLiteral("generateNewReportButton"));
            auto *criteria = page->findChild<QWidget *>(QStringLiteral("criteriaGroupBox"));
            auto *hint = page->findChild<QLabel *>(QStringLiteral("summaryLabel"));
            auto *report = page->findChild<QWidget *>(QStringLiteral("reportTableView"));
            QVERIFY(title && generate && criteria && hint && report);
            QVERIFY(page->height() > 600);
            const auto top = [page](QWidget *w) { return w->mapTo(page, QPoint(0, 0)).y(); };
            const auto bottom = [page](QWidget *w) { return w->mapTo(page, QPoint(0, w->height())).y(); };
            // no taller than its text, and the layout's spacing, no more, between the rows
            const int gap = 2 * page->style()->pixelMetric(QStyle::PM_LayoutVerticalSpacing) + 4;
            const auto stacked = [&](const QList<QWidget *> &rows) -> QString {
                QCoreApplication::processEvents();
                if (top(rows.first()) > gap + page->style()->pixelMetric(QStyle::PM_LayoutTopMargin))
                    return QStringLiteral("%1: the title at y=%2").arg(language).arg(top(rows.first()));
                for (qsizetype i = 0; i < rows.size(); ++i) {
                    QWidget *w = rows[i];
                    const int natural = w->hasHeightForWidth() ? w->heightForWidth(w->width()) : w->sizeHint().height();
                    if (w != report && w->height() > natural + gap)
                        return QStringLiteral("%1: %2 is %3 px high for %4 px of content")
                            .arg(language, w->objectName()).arg(w->height()).arg(natural);
                    if (i > 0 && top(w) - bottom(rows[i - 1]) > gap)
                        return QStringLiteral("%1: %2 at y=%3, %4 ends at y=%5")
                            .arg(language, w->objectName())
                            .arg(top(w))
                            .arg(rows[i - 1]->objectName())
                            .arg(bottom(rows[i - 1]));
                }
                return {};
            };
            QString wrong = stacked({title, generate, hint});
            QVERIFY2(wrong.isEmpty(), qPrintable(wrong));
            QTest::mouseClick(generate, Qt::LeftButton);
            QVERIFY(criteria->isVisible());
            wrong = stacked({title, generate, criteria, hint});
            QVERIFY2(wrong.isEmpty(), qPrintable(wrong));
            // the report then takes the rest of the page
            QTest::mouseClick(page->findChild<QPushButton *>(QStringLiteral("submitButton")), Qt::LeftButton);
            QVERIFY(report->isVisible());
            wrong = stacked({title, generate, criteria, hint, report});
            QVERIFY2(wrong.isEmpty(), qPrintable(wrong));
            QVERIFY(bottom(report) >= page->height() - gap);
        }
    }

    void findAndListTablesFitTheWindow()
    {
        // At 1280×800, in English and in Japanese, a Find and List table shows every column
        // without scrolling sideways: each header whole, each value whole (wrapped onto more
        // lines where a column had to give up room).
        const QStringList keys = {QStringLiteral("phoneServices"), QStringLiteral("phone"), QStringLiteral("deviceProfile"),
                                  QStringLiteral("endUser"), QStringLiteral("applicationUser"), QStringLiteral("accessControlGroup")};
        for (const QString &language : {QStringLiteral("en"), QStringLiteral("ja")}) {
            QVERIFY(m_languages->setLanguage(language, false));
            QCOMPARE(m_window->size(), QSize(1280, 800));
            for (const QString &key : keys) {
                QTableView *table = showResults(key);
                QVERIFY(table);
                const QString wrong = tableShowsEverything(table);
                QVERIFY2(wrong.isEmpty(), qPrintable(language + QLatin1Char(' ') + key + QStringLiteral(": ") + wrong));
            }
        }
        // a language switch while the phone services are in view, then a wider window: one
        // line a row again, as tall as the other tables' rows
        QTableView *services = showResults(QStringLiteral("phoneServices"));
        QVERIFY(m_languages->setLanguage(QStringLiteral("en"), false));
        QCoreApplication::processEvents();
        QString wrong = tableShowsEverything(services);
        QVERIFY2(wrong.isEmpty(), qPrintable(QStringLiteral("en again: ") + wrong));
        const int oneLine = showResults(QStringLiteral("endUser"))->rowHeight(0);
        QVERIFY(showResults(QStringLiteral("phoneServices")) == services);
        QVERIFY(services->rowHeight(0) > oneLine);
        m_window->resize(1900, 800);
        QTRY_COMPARE(services->rowHeight(0), oneLine);
        wrong = tableShowsEverything(services);
        QVERIFY2(wrong.isEmpty(), qPrintable(QStringLiteral("1900 px: ") + wrong));
        m_window->resize(1280, 800);
        QTRY_VERIFY(services->rowHeight(0) > oneLine);
        wrong = tableShowsEverything(services);
        QVERIFY2(wrong.isEmpty(), qPrintable(QStringLiteral("1280 px again: ") + wrong));
    }

    void titleBarNamesTheAppOnce()
    {
        // What the title bar shows: as QPlatformWindow::formatWindowTitle() (xcb, Wayland)
        // builds it, the window title followed by " — " and the application display name
        // that main() sets, unless the title already ends with that name.
        const QString app = QGuiApplication::applicationDisplayName();
        QCOMPARE(app, QStringLiteral("EMRoam Console"));
        const auto titleBar = [this, &app] {
            const QString title = m_window->windowTitle();
            return title.endsWith(app) ? title : title + QStringLiteral(" \u2014 ") + app;
        };
        for (const QString &language : {QStringLiteral("en"), QStringLiteral("ja")}) {
            QVERIFY(m_languages->setLanguage(language, false));
            QCoreApplication::processEvents(); // LanguageChange
            QCOMPARE(m_window->windowTitle().count(app), 1);
            const QString shown = titleBar();
            QVERIFY2(shown.count(app) == 1, qPrintable(language + QStringLiteral(": ") + shown));
            // the lab's name follows the language too: デモ ラボ, Demo lab
            const QString labName = language == QLatin1String("ja") ? QStringLiteral("デモ ラボ") : QStringLiteral("Demo lab");
            QVERIFY2(shown.contains(labName), qPrintable(language + QStringLiteral(": ") + shown));
            QCOMPARE(shown, labName + QStringLiteral(" \u2014 ") + app);
        }
    }

    void searchFindsRecordsOnEveryClusterAndGoOpensThem()
    {
        auto *edit = m_window->findChild<QLineEdit *>(QStringLiteral("globalSearchLineEdit"));
        auto *results = m_window->findChild<QComboBox *>(QStringLiteral("globalSearchResultsComboBox"));
        auto *go = m_window->findChild<QPushButton *>(QStringLiteral("globalSearchGoButton"));
        QVERIFY(edit && results && go);
        QVERIFY(!go->isEnabled());
        // a phone: one record, on Cluster3
        QTest::keyClicks(edit, QStringLiteral("sepc30000000001"));
        QCOMPARE(results->count(), 1);
        QVERIFY2(results->itemText(0).contains(QStringLiteral("Cluster3")), qPrintable(results->itemText(0)));
        QVERIFY(go->isEnabled());
        QVERIFY(go->isVisible());
        QTest::mouseClick(go, Qt::LeftButton);
        QCOMPARE(m_window->currentPageKey(), QStringLiteral("phone"));
        QCOMPARE(m_window->currentCluster()->name(), QStringLiteral("Cluster3"));
        QWidget *page = m_window->findChild<QStackedWidget *>(QStringLiteral("pageStackedWidget"))->currentWidget();
        QCOMPARE(page->findChild<QLineEdit *>(QStringLiteral("deviceNameLineEdit"))->text(), QStringLiteral("SEPC30000000001"));

        // a user: one result per cluster that has kally; Go opens the chosen one
        edit->clear();
        QTest::keyClicks(edit, QStringLiteral("kally"));
        QCOMPARE(results->count(), int(m_lab->lab->clusters().size()));
        int onCluster2 = -1;
        for (int i = 0; i < results->count(); ++i)
            if (results->itemText(i).contains(QStringLiteral("Cluster2")))
                onCluster2 = i;
        QVERIFY(onCluster2 >= 0);
        results->setCurrentIndex(onCluster2);
        QTest::keyClick(edit, Qt::Key_Return);
        QCOMPARE(m_window->currentPageKey(), QStringLiteral("endUser"));
        QCOMPARE(m_window->currentCluster()->name(), QStringLiteral("Cluster2"));
        page = m_window->findChild<QStackedWidget *>(QStringLiteral("pageStackedWidget"))->currentWidget();
        QCOMPARE(page->findChild<QLineEdit *>(QStringLiteral("userIdLineEdit"))->text(), QStringLiteral("kally"));

        // a directory number: the devices and profiles that have it; a profile opens on its page
        edit->clear();
        QTest::keyClicks(edit, QStringLiteral("1000002"));
        QVERIFY(results->count() >= 1);
        QVERIFY2(results->itemText(0).contains(QStringLiteral("1000002")), qPrintable(results->itemText(0)));
        QTest::mouseClick(go, Qt::LeftButton);
        QCOMPARE(m_window->currentPageKey(), QStringLiteral("deviceProfile"));

        // nothing found: Go is off
        edit->clear();
        QTest::keyClicks(edit, QStringLiteral("nobody-at-all"));
        QCOMPARE(results->count(), 0);
        QVERIFY(!go->isEnabled());
    }

    void commandLineRefusesNonsense()
    {
        const QString exe = QStringLiteral("emroam");
        CommandLine ok = CommandLine::parse({exe, QStringLiteral("--lab"), QStringLiteral("/tmp/x"), QStringLiteral("--lang"), QStringLiteral("ja")});
        QVERIFY(ok.error.isEmpty());
        QCOMPARE(ok.labDirectory, QStringLiteral("/tmp/x"));
        QCOMPARE(ok.language, QStringLiteral("ja"));
        QVERIFY(!CommandLine::parse({exe, QStringLiteral("--demo"), QStringLiteral("--lab"), QStringLiteral("/tmp/x")}).error.isEmpty());
        QVERIFY(!CommandLine::parse({exe, QStringLiteral("--lang"), QStringLiteral("fr")}).error.isEmpty());
        QVERIFY(CommandLine::parse({exe, QStringLiteral("--demo"), QStringLiteral("--screenshot"), QStringLiteral("a.png")}).demo);
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
