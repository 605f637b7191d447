#include "commandline.h"
#include "lab/lab.h"
#include "languagemanager.h"
#include "mainwindow.h"
#include "script/labscript.h"

#include <QApplication>
#include <QMessageBox>
#include <QTemporaryDir>
#include <QTimer>

#include <cstdio>

namespace {
// emroam --script FILE: the engine alone, no widgets.
int runScript(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("EMRoam"));
    QCoreApplication::setApplicationName(QStringLiteral("emroam"));
    QCoreApplication::setApplicationVersion(QStringLiteral(EMROAM_VERSION));
    const CommandLine cl = CommandLine::parse(app.arguments());
    if (!cl.error.isEmpty()) {
        std::fprintf(stderr, "emroam: %s\n", qPrintable(cl.error));
        return 2;
    }
    return LabScript::runFile(
        cl.script, cl.labDirectory,
        [](const QString &line) { std::fprintf(stdout, "%s\n", line.toUtf8().constData()); std::fflush(stdout); },
        [](const QString &line) { std::fprintf(stderr, "emroam: %s\n", line.toUtf8().constData()); });
}
}

int main(int argc, char *argv[])
{
    if (CommandLine::isHeadless(argc, argv))
        return runScript(argc, argv);
    QApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("EMRoam"));
    QCoreApplication::setApplicationName(QStringLiteral("emroam"));
    QCoreApplication::setApplicationVersion(QStringLiteral(EMROAM_VERSION));
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
    QString error;
    if (!lab.open(folder, &error)) {
        std::fprintf(stderr, "emroam: %s\n", qPrintable(error));
        QMessageBox::critical(nullptr, QObject::tr("EMRoam Console"), error);
        return 1;
    }

    MainWindow window(&lab, &languages);
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
