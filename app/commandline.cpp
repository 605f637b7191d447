#include "commandline.h"

#include <QCommandLineParser>
#include <QCoreApplication>

CommandLine CommandLine::parse(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "CommandLine", "Administration console and lab for Cisco Unified CM Intercluster Extension Mobility Roaming."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption lab(QStringLiteral("lab"),
                                 QCoreApplication::translate("CommandLine", "Open the lab in <dir> (a new folder gets the demo lab)."),
                                 QStringLiteral("dir"));
    const QCommandLineOption demo(QStringLiteral("demo"),
                                  QCoreApplication::translate("CommandLine", "Start on a fresh demo lab in a temporary folder."));
    const QCommandLineOption lang(QStringLiteral("lang"),
                                  QCoreApplication::translate("CommandLine", "Language of the console: ja or en."),
                                  QStringLiteral("code"));
    const QCommandLineOption screenshot(QStringLiteral("screenshot"),
                                        QCoreApplication::translate("CommandLine", "Save a picture of the main window to <file> once started, then exit."),
                                        QStringLiteral("file"));
    const QCommandLineOption headless(QStringLiteral("headless"),
                                      QCoreApplication::translate("CommandLine", "Run without a window: serve every cluster's HTTP endpoints until SIGINT or SIGTERM."));
    const QCommandLineOption listen(QStringLiteral("listen"),
                                    QCoreApplication::translate("CommandLine", "Serve HTTP on <address> instead of 127.0.0.1 (PINs then cross the network in clear text)."),
                                    QStringLiteral("address"));
    const QCommandLineOption script(QStringLiteral("script"),
                                    QCoreApplication::translate("CommandLine", "Run the lab script <file> without a window and exit (0 when every expect holds)."),
                                    QStringLiteral("file"));
    const QCommandLineOption page(QStringLiteral("page"),
                                  QCoreApplication::translate("CommandLine", "Open the page <key> first (overview, endUser, deviceProfile, phone, …)."),
                                  QStringLiteral("key"));
    const QCommandLineOption cluster(QStringLiteral("cluster"),
                                     QCoreApplication::translate("CommandLine", "Administer the cluster <name> first."),
                                     QStringLiteral("name"));
    const QCommandLineOption createMissing(QStringLiteral("create-missing-databases"),
                                           QCoreApplication::translate("CommandLine", "Give a cluster whose database file is missing or empty (0 bytes) a new, empty database instead of refusing it."));
    const QCommandLineOption check(QStringLiteral("check"),
                                   QCoreApplication::translate("CommandLine", "Print the Roaming Readiness report of the lab without a window; exit 1 when it finds a problem."));
    const QCommandLineOption bat(QStringLiteral("bat"),
                                 QCoreApplication::translate("CommandLine", "Bulk Administration without a window: import, export or delete the records of a BAT file (see docs/bat.md)."),
                                 QStringLiteral("operation"));
    const QCommandLineOption batType(QStringLiteral("type"),
                                     QCoreApplication::translate("CommandLine", "With --bat: the records, users, profiles or phones."),
                                     QStringLiteral("type"));
    const QCommandLineOption batFile(QStringLiteral("file"),
                                     QCoreApplication::translate("CommandLine", "With --bat: the CSV file to read or write."),
                                     QStringLiteral("file"));
    const QCommandLineOption allClusters(QStringLiteral("all-clusters"),
                                         QCoreApplication::translate("CommandLine", "With --bat: every cluster of the lab, one after the other."));
    const QCommandLineOption dryRun(QStringLiteral("dry-run"),
                                    QCoreApplication::translate("CommandLine", "With --bat: check every row and report, but write nothing."));
    const QCommandLineOption validRowsOnly(QStringLiteral("valid-rows-only"),
                                           QCoreApplication::translate("CommandLine", "With --bat: apply the valid rows even when others are refused (default: all or nothing)."));
    const QCommandLineOption defaultPin(QStringLiteral("default-pin"),
                                        QCoreApplication::translate("CommandLine", "With --bat: PIN for new end users whose PIN column is empty."),
                                        QStringLiteral("pin"));
    parser.addOptions({lab, demo, lang, screenshot, script, headless, listen, page, cluster, createMissing, check});
    parser.addOptions({bat, batType, batFile, allClusters, dryRun, validRowsOnly, defaultPin});
    parser.process(arguments);

    CommandLine cl;
    cl.labDirectory = parser.value(lab);
    cl.demo = parser.isSet(demo);
    cl.language = parser.value(lang);
    cl.screenshot = parser.value(screenshot);
    cl.page = parser.value(page);
    cl.cluster = parser.value(cluster);
    cl.headless = parser.isSet(headless);
    cl.listen = parser.value(listen);
    cl.script = parser.value(script);
    cl.createMissingDatabases = parser.isSet(createMissing);
    cl.check = parser.isSet(check);
    cl.bat = parser.value(bat);
    cl.batType = parser.value(batType);
    cl.batFile = parser.value(batFile);
    cl.allClusters = parser.isSet(allClusters);
    cl.dryRun = parser.isSet(dryRun);
    cl.validRowsOnly = parser.isSet(validRowsOnly);
    cl.defaultPin = parser.value(defaultPin);
    if (cl.demo && !cl.labDirectory.isEmpty())
        cl.error = QCoreApplication::translate("CommandLine", "--demo and --lab cannot be used together.");
    else if (!cl.language.isEmpty() && cl.language != QLatin1String("ja") && cl.language != QLatin1String("en"))
        cl.error = QCoreApplication::translate("CommandLine", "--lang takes ja or en, not %1.").arg(cl.language);
    return cl;
}

bool CommandLine::needsNoWindow(int argc, char *argv[])
{
    // --script, --bat (with their value, also as --name=value), --headless and --check run the
    // engine alone; Qt accepts one dash as well as two
    for (int i = 1; i < argc; ++i) {
        QByteArray a(argv[i]);
        if (a.startsWith("--"))
            a.remove(0, 1);
        if (a == "-script" || a.startsWith("-script=") || a == "-bat" || a.startsWith("-bat=") || a == "-headless" || a == "-check")
            return true;
    }
    return wantsHelpOrVersion(argc, argv);
}

bool CommandLine::wantsHelpOrVersion(int argc, char *argv[])
{
    for (int i = 1; i < argc; ++i) {
        const QByteArray a(argv[i]);
        if (a == "--help" || a == "-h" || a == "-?" || a == "--help-all" || a == "--version" || a == "-v")
            return true;
    }
    return false;
}
