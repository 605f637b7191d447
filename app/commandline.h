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
    QString script;       ///< --script FILE: run a lab script headless and exit
    QString error;        ///< set when the arguments make no sense

    /// Parses @p arguments; --help and --version print and exit as usual.
    static CommandLine parse(const QStringList &arguments);
    /// True when argv asks for a headless script run (checked before any QApplication exists).
    static bool isHeadless(int argc, char *argv[]);
};
