#include "bat/batcommand.h"
#include "commandline.h"
#include "console.h"
#include "http/headlessrunner.h"
#include "http/labhttp.h"
#include "lab/lab.h"
#include "provisioning/roamingreadiness.h"
#include "languagemanager.h"
#include "mainwindow.h"
#include "phone/labphones.h"
#include "script/labscript.h"

#include <QApplication>
#include <QHostAddress>
#include <QMessageBox>
#include <QTemporaryDir>
#include <QTimer>

#include <cstdio>

namespace {
void setApplicationNames()
{
    QCoreApplication::setOrganizationName(QStringLiteral("EMRoam"));
    QCoreApplication::setApplicationName(QStringLiteral("emroam"));
    QCoreApplication::setApplicationVersion(QStringLiteral(EMROAM_VERSION));
}

// emroam --check: the Roaming Readiness report, one finding a line (cluster, record, problem,
// why, page), in English; exit 1 when there is any, 0 (and no output) when the lab is ready.
int runCheck(const CommandLine &cl)
{
    QTemporaryDir demoFolder;
    const QString folder = cl.demo ? demoFolder.path() : cl.labDirectory.isEmpty() ? Lab::defaultDirectory() : cl.labDirectory;
    Lab lab;
    QString error;
    if (!lab.open(folder, &error)) {
        std::fprintf(stderr, "emroam: %s\n", qPrintable(error));
        return 2;
    }
    const QStringList lines = RoamingReadiness::report(RoamingReadiness(&lab).findings(), true);
    for (const QString &line : lines)
        std::fprintf(stdout, "%s\n", line.toUtf8().constData());
    std::fflush(stdout);
    return lines.isEmpty() ? 0 : 1;
}

// emroam --script FILE or --headless: the engine (and its HTTP services) alone, no widgets;
// --help and --version too, so they work in a terminal without a display.
int runWithoutWindow(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    setApplicationNames();
    LanguageManager languages;
    if (CommandLine::wantsHelpOrVersion(argc, argv)) // the help text in the console's language
        languages.setLanguage(LanguageManager::preferred(), false);
    const CommandLine cl = CommandLine::parse(app.arguments()); // --help, --version: print and exit
    if (!cl.error.isEmpty()) {
        std::fprintf(stderr, "emroam: %s\n", qPrintable(cl.error));
        return 2;
    }
    if (cl.check)
        return runCheck(cl);
    if (!cl.bat.isEmpty()) {
        BatCommand bat{cl.bat, cl.batType, cl.batFile, cl.cluster, cl.allClusters, cl.dryRun, cl.validRowsOnly,
                       cl.defaultPin, cl.labDirectory, cl.demo};
        return bat.run([](const QString &line) { std::fprintf(stdout, "%s\n", line.toUtf8().constData()); },
                       [](const QString &line) { std::fprintf(stderr, "emroam: %s\n", line.toUtf8().constData()); });
    }
    if (cl.headless)
        return HeadlessRunner({cl.labDirectory, cl.demo, cl.listen, cl.createMissingDatabases}).run();
    return LabScript::runFile(
        cl.script, cl.labDirectory, cl.createMissingDatabases,
        [](const QString &line) { std::fprintf(stdout, "%s\n", line.toUtf8().constData()); std::fflush(stdout); },
        [](const QString &line) { std::fprintf(stderr, "emroam: %s\n", line.toUtf8().constData()); });
}
} // namespace

int main(int argc, char *argv[])
{
    if (CommandLine::needsNoWindow(argc, argv))
        return runWithoutWindow(argc, argv);
    QApplication app(argc, argv);
    setApplicationNames();
    QApplication::setApplicationDisplayName(QStringLiteral("EMRoam Console"));

    const CommandLine cl = CommandLine::parse(app.arguments());
    if (!cl.error.isEmpty()) {
        std::fprintf(stderr, "emroam: %s\n", qPrintable(cl.error));
        return 2;
    }

    LanguageManager languages;
    languages.setLanguage(cl.language.isEmpty() ? LanguageManager::preferred() : cl.language, cl.language.isEmpty());

    QTemporaryDir demoFolder;
    QString folder = cl.labDirectory.isEmpty() ? Lab::defaultDirectory() : cl.labDirectory;
    if (cl.demo)
        folder = demoFolder.path();
    Lab lab;
    lab.setCreateMissingDatabases(cl.createMissingDatabases);
    QString error;
    if (!lab.open(folder, &error)) {
        std::fprintf(stderr, "emroam: %s\n", qPrintable(error));
        QMessageBox::critical(nullptr, QObject::tr("EMRoam Console"), error);
        return 1;
    }
    // a refused cluster is also in the event log and the Lab Overview
    for (const Lab::RefusedCluster &r : lab.refusedClusters())
        std::fprintf(stderr, "emroam: %s\n", qPrintable(r.reason.text()));

    // The clusters' HTTP endpoints serve while the console runs (phones, curl, EM API clients).
    LabHttp http(&lab);
    QHostAddress listenAddress(QHostAddress::LocalHost);
    if (!cl.listen.isEmpty() && !listenAddress.setAddress(cl.listen)) {
        std::fprintf(stderr, "emroam: %s\n", qPrintable(QObject::tr("--listen needs an IP address, not %1.").arg(cl.listen)));
        return 2;
    }
    if (!listenAddress.isLoopback())
        std::fprintf(stderr, "emroam: %s\n", qPrintable(QObject::tr("Warning: listening on %1. Phones and API clients then send user IDs and PINs across the network in clear text (plain HTTP).").arg(listenAddress.toString())));
    http.setListenAddress(listenAddress);
    if (!http.start(&error))
        std::fprintf(stderr, "emroam: %s\n", qPrintable(error));

    // The lab's phones reach the same listeners as every outside client; they outlive the
    // windows a lab reset rebuilds.
    LabPhones phones(&lab, &http);
    Console console(&lab, &http, &languages);
    console.setPhones(&phones);
    console.setListenAddress(listenAddress);
    if (cl.demo)
        console.setTemporaryDirectory(demoFolder.path());
    MainWindow &window = *console.window();
    if (!cl.cluster.isEmpty())
        window.setCurrentCluster(cl.cluster);
    if (!cl.page.isEmpty() && !window.showPage(cl.page))
        std::fprintf(stderr, "emroam: %s\n", qPrintable(QObject::tr("There is no page %1.").arg(cl.page)));
    window.show();
    if (!cl.screenshot.isEmpty()) {
        QTimer::singleShot(1000, &window, [&] {
            const bool saved = window.grab().save(cl.screenshot);
            std::fprintf(saved ? stdout : stderr, "emroam: %s %s\n", saved ? "saved" : "could not save", qPrintable(cl.screenshot));
            QCoreApplication::exit(saved ? 0 : 1);
        });
    }
    return app.exec();
}
