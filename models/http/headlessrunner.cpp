#include "headlessrunner.h"

#include "cluster/cluster.h"
#include "http/clusterhttp.h"
#include "http/labhttp.h"
#include "lab/lab.h"

#include <QCoreApplication>
#include <QHostAddress>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSocketNotifier>
#include <QTemporaryDir>

#include <csignal>
#include <cstdio>
#include <sys/socket.h>
#include <unistd.h>

namespace {
int s_signalFds[2] = {-1, -1};

void onSignal(int)
{
    const char byte = 1;
    if (::write(s_signalFds[0], &byte, 1) < 0) {
        // nothing else is async-signal-safe to do here
    }
}

void printLine(const QByteArray &line)
{
    std::fwrite(line.constData(), 1, size_t(line.size()), stdout);
    std::fputc('\n', stdout);
    std::fflush(stdout);
}
} // namespace

HeadlessRunner::HeadlessRunner(Options options, QObject *parent)
    : QObject(parent), m_options(std::move(options))
{
}

HeadlessRunner::~HeadlessRunner() = default;

bool HeadlessRunner::installSignalHandlers()
{
    if (s_signalFds[0] < 0 && ::socketpair(AF_UNIX, SOCK_STREAM, 0, s_signalFds) != 0)
        return false;
    auto *notifier = new QSocketNotifier(s_signalFds[1], QSocketNotifier::Read, this);
    connect(notifier, &QSocketNotifier::activated, this, [notifier] {
        char byte = 0;
        if (::read(s_signalFds[1], &byte, 1) < 0) {
            // the quit below is what matters
        }
        notifier->setEnabled(false);
        QCoreApplication::quit();
    });
    struct sigaction sa = {};
    sa.sa_handler = onSignal;
    sigemptyset(&sa.sa_mask);
    sa.sa_flags = SA_RESTART;
    return ::sigaction(SIGINT, &sa, nullptr) == 0 && ::sigaction(SIGTERM, &sa, nullptr) == 0;
}

int HeadlessRunner::run()
{
    QHostAddress address(QHostAddress::LocalHost);
    if (!m_options.listenAddress.isEmpty() && !address.setAddress(m_options.listenAddress)) {
        std::fprintf(stderr, "emroam: %s\n", qPrintable(tr("--listen needs an IP address, not %1.").arg(m_options.listenAddress)));
        return 2;
    }
    if (!address.isLoopback())
        std::fprintf(stderr, "emroam: %s\n",
                     qPrintable(tr("Warning: listening on %1. Phones and API clients then send user IDs and PINs across the network in clear text (plain HTTP).")
                                    .arg(address.toString())));

    QTemporaryDir demoFolder;
    const QString folder = m_options.demo ? demoFolder.path()
                                          : (m_options.labDirectory.isEmpty() ? Lab::defaultDirectory() : m_options.labDirectory);
    Lab lab;
    lab.setCreateMissingDatabases(m_options.createMissingDatabases);
    QString error;
    if (!lab.open(folder, &error)) {
        std::fprintf(stderr, "emroam: %s\n", qPrintable(error));
        return 1;
    }
    // the lab serves the clusters it could open; each refused one is named on stderr
    for (const Lab::RefusedCluster &r : lab.refusedClusters())
        std::fprintf(stderr, "emroam: %s\n", qPrintable(r.reason.text()));
    LabHttp http(&lab);
    http.setListenAddress(address);
    if (!http.start(&error)) {
        std::fprintf(stderr, "emroam: %s\n", qPrintable(error));
        return 1;
    }
    if (!installSignalHandlers()) {
        std::fprintf(stderr, "emroam: %s\n", qPrintable(tr("Cannot install the signal handlers.")));
        return 1;
    }
    for (ClusterHttp *s : http.servers()) {
        const QJsonObject line{{QStringLiteral("cluster"), s->cluster()->name()},
                               {QStringLiteral("clusterId"), s->cluster()->clusterId()},
                               {QStringLiteral("url"), s->url().toString()}};
        printLine(QJsonDocument(line).toJson(QJsonDocument::Compact));
    }
    printLine(QByteArrayLiteral("ready"));

    const int code = QCoreApplication::exec();
    http.stop();
    lab.close();
    std::signal(SIGINT, SIG_DFL);
    std::signal(SIGTERM, SIG_DFL);
    return code;
}
