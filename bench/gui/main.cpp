// Benchmark of the End User Find and List window over a cluster of 100,000 users, driving the
// real main window offscreen. Prints "name value unit" lines:
//   gui.enduser.users                     how many users the cluster holds
//   gui.enduser.provision_ms              bulk-adding them (setup, not a UI figure)
//   gui.enduser.first_results_ms          choose the cluster, open End User, Find → first rows painted
//   gui.enduser.typing_max_stall_ms       longest event-loop stall while typing a search text
//   gui.enduser.find_contains_ms          Find with "contains" → filtered rows painted
//   gui.enduser.find_begins_ms            Find with "begins with" → filtered rows painted
//   gui.enduser.sort_desc_ms              click the User ID header (descending sort) → painted
//   gui.enduser.live_insert_ms            a user added by the engine appears (insertRows path)
#include "cluster/cluster.h"
#include "items/endusertablemodel.h"
#include "items/findproxymodel.h"
#include "lab/lab.h"
#include "languagemanager.h"
#include "mainwindow.h"
#include "security/credentialhasher.h"

#include <QApplication>
#include <QComboBox>
#include <QElapsedTimer>
#include <QHeaderView>
#include <QLineEdit>
#include <QPushButton>
#include <QStackedWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QtTest>

#include <cstdio>
#include <ctime>

namespace {
void print(const char *name, double value, const char *unit)
{
    std::printf("%s %.1f %s\n", name, value, unit);
    std::fflush(stdout);
}

double msSince(const QElapsedTimer &t)
{
    return double(t.nsecsElapsed()) / 1e6;
}

/// CPU time of this thread: on a shared, loaded machine the wall time also counts the time
/// other processes held the CPU.
double cpuMs()
{
    timespec ts{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return double(ts.tv_sec) * 1e3 + double(ts.tv_nsec) / 1e6;
}

/// Delivers pending events and paints the view, as the next frame would.
void settle(QWidget *view)
{
    QCoreApplication::processEvents();
    view->repaint();
}
}

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("EMRoamBench"));
    QStandardPaths::setTestModeEnabled(true);
    const int users = argc > 1 ? QByteArray(argv[1]).toInt() : 100'000;

    QTemporaryDir dir;
    Lab lab;
    QString error;
    if (!lab.open(dir.path(), &error)) {
        std::fprintf(stderr, "lab: %s\n", qPrintable(error));
        return 1;
    }
    Lab::ClusterSpec spec;
    spec.name = QStringLiteral("Big");
    spec.nodes = {{QStringLiteral("big-pub"), QStringLiteral("198.51.100.250"), true}};
    Cluster *big = lab.addCluster(spec, &error);
    if (!big) {
        std::fprintf(stderr, "cluster: %s\n", qPrintable(error));
        return 1;
    }

    LanguageManager languages;
    MainWindow window(&lab, &languages);
    window.show();
    if (!QTest::qWaitForWindowExposed(&window))
        return 1;

    // provision before the window looks at the cluster (it shows another one meanwhile)
    window.setCurrentCluster(lab.clusters().first()->name());
    QElapsedTimer t;
    t.start();
    const QString pinHash = CredentialHasher::hash(QStringLiteral("12345"));
    big->beginBulk();
    for (int i = 0; i < users; ++i) {
        EndUser u;
        u.userId = QStringLiteral("user%1").arg(i, 6, 10, QLatin1Char('0'));
        u.firstName = QStringLiteral("First%1").arg(i % 997);
        u.lastName = QStringLiteral("Last%1").arg(i);
        u.pinHash = pinHash;
        if (const Refusal r = big->saveEndUser(u)) {
            std::fprintf(stderr, "user %d: %s\n", i, qPrintable(r.englishText()));
            return 1;
        }
    }
    big->commitBulk();
    print("gui.enduser.users", big->endUserCount(), "users");
    print("gui.enduser.provision_ms", msSince(t), "ms");

    if (qEnvironmentVariableIsSet("BENCH_DETAIL")) {
        EndUserTableModel model;
        FindProxyModel proxy;
        t.restart();
        model.setCluster(big);
        print("detail.model_reset_ms", msSince(t), "ms");
        t.restart();
        const QList<qint64> ids = big->ids(Cluster::Entity::EndUser);
        print("detail.ids_ms", msSince(t), "ms");
        t.restart();
        for (int r = 0; r < model.rowCount(); ++r)
            model.index(r, 0).data(ClusterTableModel::RawValueRole);
        print("detail.read_column_ms", msSince(t), "ms");
        proxy.setSourceModel(&model);
        t.restart();
        proxy.sort(0);
        print("detail.proxy_sort_ms", msSince(t), "ms");
        t.restart();
        model.setCluster(nullptr);
        model.setCluster(big);
        print("detail.reset_with_sorted_proxy_ms", msSince(t), "ms");
    }
    // time to first results
    double cpu0 = cpuMs();
    t.restart();
    window.showPage(QStringLiteral("endUser"));
    window.setCurrentCluster(QStringLiteral("Big"));
    if (qEnvironmentVariableIsSet("BENCH_DETAIL"))
        print("detail.select_cluster_ms", msSince(t), "ms");
    QWidget *page = window.findChild<QStackedWidget *>(QStringLiteral("pageStackedWidget"))->currentWidget();
    QWidget *list = page->findChild<QWidget *>(QStringLiteral("findListWidget"));
    auto *view = list->findChild<QTableView *>(QStringLiteral("resultsTableView"));
    auto *search = list->findChild<QLineEdit *>(QStringLiteral("searchLineEdit"));
    auto *find = list->findChild<QPushButton *>(QStringLiteral("findButton"));
    auto *op = list->findChild<QComboBox *>(QStringLiteral("operatorComboBox"));
    QTest::mouseClick(find, Qt::LeftButton);
    if (qEnvironmentVariableIsSet("BENCH_DETAIL"))
        print("detail.find_ms", msSince(t), "ms");
    settle(view);
    print("gui.enduser.first_results_ms", msSince(t), "ms");
    print("gui.enduser.first_results_cpu_ms", cpuMs() - cpu0, "ms");
    if (view->model()->rowCount() != users) {
        std::fprintf(stderr, "expected %d rows, got %d\n", users, view->model()->rowCount());
        return 1;
    }

    // typing a search: the longest stall between two keystrokes
    op->setCurrentIndex(op->findData(QVariant::fromValue(FindProxyModel::Operator::Contains)));
    search->setFocus();
    double worst = 0;
    for (QChar c : QStringLiteral("r099999")) {
        t.restart();
        QTest::keyClick(search, c.toLatin1());
        settle(view);
        worst = qMax(worst, msSince(t));
    }
    print("gui.enduser.typing_max_stall_ms", worst, "ms");

    cpu0 = cpuMs();
    t.restart();
    QTest::keyClick(search, Qt::Key_Return); // Find
    settle(view);
    print("gui.enduser.find_contains_ms", msSince(t), "ms");
    print("gui.enduser.find_contains_cpu_ms", cpuMs() - cpu0, "ms");
    if (view->model()->rowCount() != 1) {
        std::fprintf(stderr, "contains: expected 1 row, got %d\n", view->model()->rowCount());
        return 1;
    }

    op->setCurrentIndex(op->findData(QVariant::fromValue(FindProxyModel::Operator::BeginsWith)));
    search->setText(QStringLiteral("user05"));
    t.restart();
    QTest::mouseClick(find, Qt::LeftButton);
    settle(view);
    print("gui.enduser.find_begins_ms", msSince(t), "ms");

    search->clear();
    QTest::mouseClick(find, Qt::LeftButton);
    settle(view);
    t.restart();
    view->horizontalHeader()->setSortIndicator(0, Qt::DescendingOrder);
    settle(view);
    print("gui.enduser.sort_desc_ms", msSince(t), "ms");

    t.restart();
    EndUser extra;
    extra.userId = QStringLiteral("zz-late-arrival");
    extra.lastName = QStringLiteral("Late");
    extra.pinHash = pinHash;
    big->saveEndUser(extra);
    settle(view);
    print("gui.enduser.live_insert_ms", msSince(t), "ms");
    return 0;
}
