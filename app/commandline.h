#pragma once

#include <QString>
#include <QStringList>

/// The console's command line (QCommandLineParser).
struct CommandLine
{
    QString labDirectory; ///< --lab DIR
    bool demo = false;    ///< --demo: a fresh demo lab in a temporary folder
    QString language;     ///< --lang ja|en; empty = saved or system choice
    QString screenshot;   ///< --screenshot FILE
    QString page;         ///< --page KEY: the page shown first
    QString cluster;      ///< --cluster NAME: the cluster administered first
    bool headless = false; ///< --headless: no window, serve HTTP until SIGINT/SIGTERM
    QString listen;       ///< --listen ADDRESS: HTTP listeners on ADDRESS instead of 127.0.0.1
    QString script;       ///< --script FILE: run a lab script headless and exit
    bool createMissingDatabases = false; ///< --create-missing-databases: a missing or 0-byte cluster database becomes a new, empty one
    bool check = false;   ///< --check: print the Roaming Readiness report, exit 1 if it finds anything
    QString error;        ///< set when the arguments make no sense
    // Bulk Administration without a window: --bat import|export|delete --type … --file …
    QString bat;          ///< --bat OPERATION
    QString batType;      ///< --type users|profiles|phones
    QString batFile;      ///< --file FILE
    bool allClusters = false; ///< --all-clusters
    bool dryRun = false;      ///< --dry-run
    bool validRowsOnly = false; ///< --valid-rows-only
    QString defaultPin;   ///< --default-pin PIN

    /// Parses @p arguments; --help and --version print and exit as usual.
    static CommandLine parse(const QStringList &arguments);
    /// True when the raw arguments ask for a run without a window, decided before any
    /// application object exists: --script, --headless, --check, --bat, --help or --version.
    static bool needsNoWindow(int argc, char *argv[]);
    /// True when argv asks for --help or --version: answered without a display.
    static bool wantsHelpOrVersion(int argc, char *argv[]);
};
