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
    parser.addOptions({lab, demo, lang, screenshot, script, headless, listen, page, cluster});
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
    if (cl.demo && !cl.labDirectory.isEmpty())
        cl.error = QCoreApplication::translate("CommandLine", "--demo and --lab cannot be used together.");
    else if (!cl.language.isEmpty() && cl.language != QLatin1String("ja") && cl.language != QLatin1String("en"))
        cl.error = QCoreApplication::translate("CommandLine", "--lang takes ja or en, not %1.").arg(cl.language);
    return cl;
}

bool CommandLine::isHeadless(int argc, char *argv[])
{
    for (int i = 1; i < argc; ++i) {
        const QByteArray a(argv[i]);
        if (a == "--script" || a.startsWith("--script=") || a == "-script")
            return true;
    }
    return false;
}

bool CommandLine::wantsHeadless(int argc, char *argv[])
{
    for (int i = 1; i < argc; ++i)
        if (qstrcmp(argv[i], "--headless") == 0 || qstrcmp(argv[i], "-headless") == 0)
            return true;
    return false;
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
