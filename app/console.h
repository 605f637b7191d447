#pragma once

#include <QHostAddress>
#include <QObject>
#include <QPointer>

#include <functional>
#include <optional>

class Lab;
class LabHttp;
class LabPhones;
class LanguageManager;
class MainWindow;

/// The running console: the lab, its HTTP listeners and the main window around them.
///
/// File › Reset Lab, Restore Snapshot… and Open Lab… replace the lab's clusters, which every
/// page holds on to: the console then closes the window, stops the listeners, lets the change
/// run on the lab, starts the listeners again and builds a new window around the reopened lab,
/// on the same page and cluster, where the old one was.
class Console : public QObject
{
    Q_OBJECT
public:
    /// Called on each new window (main() hands the lab's listeners to the phones there).
    using Wiring = std::function<void(MainWindow *)>;
    /// A change of the lab's files; false with a message when it failed (the lab is then open as before).
    using LabChange = std::function<bool(Lab *, QString *error)>;

    Console(Lab *lab, LabHttp *http, LanguageManager *languages, QObject *parent = nullptr);
    ~Console() override;

    void setWiring(Wiring wiring) { m_wiring = std::move(wiring); }
    /// The lab's phones (they outlive the windows); without them each window makes its own.
    void setPhones(LabPhones *phones) { m_phones = phones; }
    void setListenAddress(const QHostAddress &address) { m_listen = address; }
    /// The folder of a lab that lives only while the console runs (--demo): quitting it with
    /// changes asks first.
    void setTemporaryDirectory(const QString &directory) { m_temporaryDirectory = directory; }

    /// Builds the window (the first time) and returns it.
    MainWindow *window();
    /// Runs @p change on the lab once control is back in the event loop, rebuilding the window
    /// around it; replaced() follows.
    void replaceLab(LabChange change);

signals:
    /// The lab was replaced (or, when @p ok is false, left as it was because of @p error).
    void replaced(bool ok, const QString &error);

private:
    void buildWindow();

    Lab *m_lab;
    LabHttp *m_http;
    LabPhones *m_phones = nullptr;
    LanguageManager *m_languages;
    QPointer<MainWindow> m_window;
    Wiring m_wiring;
    QHostAddress m_listen{QHostAddress::LocalHost};
    QString m_temporaryDirectory;
    bool m_replacing = false;
    struct StoryResume {
        int scenario = 0;
        QString file;
        int step = 0;
    };
    std::optional<StoryResume> m_storyResume; // the story view's place, back after a reset
};
