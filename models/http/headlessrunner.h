#pragma once

#include <QObject>
#include <QString>

/// `emroam --headless`: opens the lab with no window, starts every cluster's HTTP listener,
/// prints one JSON object per cluster per line ({"cluster":…,"clusterId":…,"url":…}) and then
/// `ready` on standard output, serves until SIGINT or SIGTERM, then closes the listeners and
/// the databases. Signals reach the event loop through a socket pair (the only thing the
/// handler does is write one byte to it).
class HeadlessRunner : public QObject
{
    Q_OBJECT
public:
    struct Options {
        QString labDirectory;  ///< empty = the default lab folder
        bool demo = false;     ///< a fresh demo lab in a temporary folder
        QString listenAddress; ///< empty = 127.0.0.1
        bool createMissingDatabases = false; ///< see Lab::setCreateMissingDatabases()
    };

    explicit HeadlessRunner(Options options, QObject *parent = nullptr);
    ~HeadlessRunner() override;

    /// Runs until a signal arrives; returns the process exit code. Needs a QCoreApplication.
    int run();

private:
    bool installSignalHandlers();

    Options m_options;
};
