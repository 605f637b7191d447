#pragma once

#include <QHash>
#include <QHostAddress>
#include <QMainWindow>

#include <functional>
#include <memory>

class Cluster;
class ClusterPage;
class Lab;
class LabHttp;
class LabPhones;
class LanguageManager;
class QActionGroup;
class QComboBox;
class QDialog;
class QTextBrowser;
class QLabel;
class QLineEdit;
class QPushButton;
class QMenu;
class QSplitter;
class QStackedWidget;
class QTreeWidget;
class QTreeWidgetItem;

/// The console's main window: a navigation tree shaped like the Unified CM Administration,
/// Serviceability and Reporting menus, the cluster selector (whose administration you are
/// in), the page area and a status line.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    /// The Phones page and the story drive @p phones' agents (the console's listeners).
    MainWindow(Lab *lab, LanguageManager *languages, LabPhones *phones, QWidget *parent = nullptr);
    /// A window whose phones reach listeners of its own (tests, screenshots).
    MainWindow(Lab *lab, LanguageManager *languages, QWidget *parent = nullptr);
    ~MainWindow() override;

    Cluster *currentCluster() const;
    void setCurrentCluster(const QString &name);
    /// Shows the page registered under @p key ("overview", "endUser", …); false if none.
    bool showPage(const QString &key);
    QString currentPageKey() const;
    /// Roaming Readiness's Go: administer @p cluster, show @p page, open record @p recordId.
    void goTo(const QString &cluster, const QString &page, qint64 recordId = 0);
    /// The address the HTTP listeners are bound to (--listen): anything but loopback shows a
    /// permanent warning in the status bar (user IDs and PINs cross the network in clear).
    void setListenAddress(const QHostAddress &address);
    /// The toolbar's search: records of every cluster whose user ID, device or profile name
    /// or directory number is @p text (case-insensitive), listed in the results box; Go opens
    /// the chosen one on its cluster.
    void search(const QString &text);
    /// Opens the record chosen in the search results (its page, on its cluster).
    bool goToSearchResult();
    /// F1: what the current page is for and which step of the task flow it serves.
    void showPageHelp();
    /// File › Open Scenario… without the file dialog: runs the lab script @p path step by step
    /// on the ILS Topology page (shown); false when it cannot be read or does not read well
    /// (the page shows the error as the script runner words it, "line N: …").
    bool openScenario(const QString &path);

    // ---- File: the lab as a whole ------------------------------------------------------------
    /// Runs a change of the lab's files (Reset Lab, Restore Snapshot…, Open Lab…): the console
    /// closes this window, runs it and opens a new window. Without one those actions are off.
    using LabChange = std::function<bool(Lab *, QString *error)>;
    void setLabReplacer(std::function<void(LabChange)> replacer);
    /// Where the story view's Back, Restart and scenario choice go: @p rewind resets the lab
    /// (rebuilding the window) and comes back to that step with resumeStory().
    void setStoryRewinder(std::function<void(int scenario, const QString &file, int step)> rewind);
    /// On a freshly reset lab: the story view loads that scenario and runs its first @p steps.
    void resumeStory(int scenario, const QString &file, int steps);
    /// The lab lives only while the console runs (--demo): quitting with changes asks first.
    void setTemporaryLab(bool temporary);
    bool isTemporaryLab() const { return m_temporaryLab; }
    /// Save Snapshot… to @p folder (new or empty); the status line says how it went.
    bool saveSnapshot(const QString &folder);
    /// Restore Snapshot… from @p folder: a snapshot that is damaged or not one is refused with
    /// a message and nothing changes; otherwise the lab is replaced (asynchronously).
    bool restoreSnapshot(const QString &folder);
    /// Reset Lab: back to the demo lab (asynchronously).
    bool resetLab();
    /// Open Lab… @p folder (asynchronously); a lab file with problems is refused first.
    bool openLab(const QString &folder);
    /// The console replaced the lab and built this window around it (or left it as it was).
    void labReplaced(bool ok, const QString &error);
    /// The status line's last message (snapshot saved, refused…).
    QString labMessage() const;

    // ---- View ---------------------------------------------------------------------------------
    /// Presentation: full screen and larger type, for projectors.
    void setPresentation(bool on);
    bool isPresentation() const { return m_presentation; }
    /// Size, position and splitters into QSettings (also done on close).
    void saveWindowState() const;

protected:
    void changeEvent(QEvent *event) override;
    void closeEvent(QCloseEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void showEvent(QShowEvent *event) override;
    /// Asks before a temporary lab with changes goes; false to stay.
    bool confirmQuit();

private:
    std::unique_ptr<LabHttp> m_ownHttp;
    std::unique_ptr<LabPhones> m_ownPhones;
    struct NavEntry {
        const char *label; ///< QT_TRANSLATE_NOOP("Navigation", …)
        QString key;       ///< page key; empty for a menu heading
        int depth;
    };
    static const QList<NavEntry> &navigation();
    void buildMenus();
    void buildNavigation();
    void addPage(const QString &key, QWidget *page);
    void retranslate();
    void updateStatus();
    void clusterSelected(int index);
    void addOpenScenarioAction();
    QAction *m_openScenarioAction = nullptr;
    void restoreWindowState();
    void showLabMessage(const QString &text, bool error);
    /// The side-by-side page takes the topology and phones pages in, or gives them back.
    void arrangeStage(bool together);
    /// The navigation at its narrowest while a page wants the width, back as it was after.
    void narrowNavigation(bool narrow);
    void fitNavigation();
    QString askNewSnapshotFolder();

    Lab *m_lab;
    LanguageManager *m_languages;
    QTreeWidget *m_nav;
    QStackedWidget *m_stack;
    QComboBox *m_clusterCombo;
    QLabel *m_clusterLabel;
    QLabel *m_statusLabel;
    QLabel *m_listenWarningLabel = nullptr;
    QHostAddress m_listenAddress{QHostAddress::LocalHost};
    QMenu *m_fileMenu;
    QMenu *m_viewMenu;
    QMenu *m_languageMenu;
    QAction *m_openLabAction;
    QAction *m_resetLabAction;
    QAction *m_saveSnapshotAction;
    QAction *m_restoreSnapshotAction;
    QAction *m_presentationAction;
    QAction *m_stageAction;
    QSplitter *m_mainSplitter;
    QSplitter *m_stageSplitter;
    QLabel *m_labMessageLabel;
    std::function<void(LabChange)> m_replacer;
    bool m_temporaryLab = false;
    bool m_presentation = false;
    bool m_navWidened = false;
    int m_navWidthBeforeNarrow = 0; // the navigation's width before narrowNavigation(); 0: not narrowed
    bool m_wasMaximized = false;
    QFont m_normalFont;
    QMenu *m_helpMenu;
    QAction *m_quitAction;
    QAction *m_aboutAction;
    QAction *m_pageHelpAction;
    QLineEdit *m_searchEdit = nullptr;
    QComboBox *m_searchResults = nullptr;
    QPushButton *m_goButton = nullptr;
    QLabel *m_searchLabel = nullptr;
    void retranslateSearchResults();
    QDialog *m_helpDialog = nullptr;
    QTextBrowser *m_helpBrowser = nullptr;
    void updatePageHelp();
    QActionGroup *m_languageGroup;
    QHash<QString, QWidget *> m_pages;
    QHash<QString, QTreeWidgetItem *> m_navItems;
    QString m_shownCluster; ///< the cluster the pages show (the selector may be put back to it)
};
