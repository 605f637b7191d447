#include "console.h"

#include "lab/labsnapshot.h"

#include "http/labhttp.h"
#include "lab/lab.h"
#include "mainwindow.h"

#include <QApplication>
#include <QDir>
#include <QScreen>
#include <QSettings>
#include <QTimer>

Console::Console(Lab *lab, LabHttp *http, LanguageManager *languages, QObject *parent)
    : QObject(parent), m_lab(lab), m_http(http), m_languages(languages)
{
}

Console::~Console()
{
    delete m_window;
}

MainWindow *Console::window()
{
    if (!m_window)
        buildWindow();
    return m_window;
}

void Console::buildWindow()
{
    m_window = new MainWindow(m_lab, m_languages, m_phones);
    m_window->setAttribute(Qt::WA_DeleteOnClose, false);
    m_window->setListenAddress(m_listen);
    m_window->setTemporaryLab(!m_temporaryDirectory.isEmpty()
                              && QDir(m_temporaryDirectory).absolutePath() == QDir(m_lab->directory()).absolutePath());
    m_window->setLabReplacer([this](LabChange change) { replaceLab(std::move(change)); });
    // The story's Back and Restart replay from a reset lab; every page holds the clusters, so
    // the reset rebuilds the window and the new story view comes back to that step.
    m_window->setStoryRewinder([this](int scenario, const QString &file, int step) {
        m_storyResume = StoryResume{scenario, file, step};
        replaceLab([](Lab *lab, QString *error) { return LabSnapshot::resetToDemo(lab, error); });
    });
    // the first time (no size remembered): 1280×800, or the whole screen of a smaller projector
    if (!QSettings().contains(QStringLiteral("window/geometry")))
        if (const QScreen *s = m_window->screen())
            m_window->resize(m_window->size().boundedTo(s->availableGeometry().size()));
    if (m_wiring)
        m_wiring(m_window);
}

void Console::replaceLab(LabChange change)
{
    if (m_replacing)
        return;
    m_replacing = true;
    // Out of the menu action's call stack first: the window that asked is deleted below.
    QTimer::singleShot(0, this, [this, change = std::move(change)] {
        QString page;
        QString cluster;
        bool wasVisible = false;
        if (m_window) {
            page = m_window->currentPageKey();
            wasVisible = m_window->isVisible();
            m_window->saveWindowState();
        }
        const bool quitOnClose = QGuiApplication::quitOnLastWindowClosed();
        QGuiApplication::setQuitOnLastWindowClosed(false); // the window goes away for a moment
        delete m_window;
        if (m_http)
            m_http->stop();
        QString error;
        const bool ok = change(m_lab, &error); // the lab is open afterwards either way
        if (m_http) {
            QString httpError;
            m_http->start(&httpError);
        }
        buildWindow();
        if (!page.isEmpty())
            m_window->showPage(page);
        if (m_storyResume) {
            if (ok)
                m_window->resumeStory(m_storyResume->scenario, m_storyResume->file, m_storyResume->step);
            m_storyResume.reset();
        }
        if (wasVisible)
            m_window->show();
        QGuiApplication::setQuitOnLastWindowClosed(quitOnClose);
        m_replacing = false;
        m_window->labReplaced(ok, error);
        emit replaced(ok, error);
    });
}
